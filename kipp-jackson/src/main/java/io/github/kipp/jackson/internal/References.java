package io.github.kipp.jackson.internal;

import io.github.kipp.format.internal.ProblemLog;
import io.github.kipp.format.internal.Refs;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.github.kipp.core.Identifier;
import io.github.kipp.core.InstitutionId;
import io.github.kipp.core.ProposalId;
import io.github.kipp.core.UnitId;
import io.github.kipp.core.innovation.Proposal;
import io.github.kipp.core.institution.Institution;
import io.github.kipp.core.institution.Unit;
import java.io.IOException;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * References inside documents: a competition document lists its institutions and units once, and its
 * proposals and evaluators name them by id; a results document names proposals by id. The
 * attributes below, set on an {@code ObjectReader} or {@code ObjectWriter} (or by the document
 * (de)serializers), say which form to write and what ids resolve to.
 */
public final class References {

  /** Attribute: {@link Boolean#TRUE} to write institutions and units by id ({@link Refs#BY_ID}). */
  public static final String BY_ID = Refs.BY_ID;

  /** Attribute: the institutions that ids resolve to ({@link Refs#INSTITUTIONS}). */
  public static final String INSTITUTIONS = Refs.INSTITUTIONS;

  /** Attribute: the units that ids resolve to ({@link Refs#UNITS}). */
  public static final String UNITS = Refs.UNITS;

  /** Attribute: the proposals that ids resolve to ({@link Refs#PROPOSALS}). */
  public static final String PROPOSALS = Refs.PROPOSALS;

  private References() {}

  private static boolean byId(SerializerProvider provider) {
    return Boolean.TRUE.equals(provider.getAttribute(BY_ID));
  }

  @SuppressWarnings("unchecked")
  private static <K, V> @Nullable Map<K, V> known(DeserializationContext ctxt, String attribute) {
    return (Map<K, V>) ctxt.getAttribute(attribute);
  }

  private static <K extends Identifier<K>, V> @Nullable V resolve(JsonParser p, DeserializationContext ctxt, Refs.Kind<V> kind, Function<String, K> id)
      throws IOException {
    JsonToken t = p.currentToken();
    if (t == JsonToken.VALUE_STRING) {
      K key = Refs.id(p.getText(), id);
      Map<K, V> known = known(ctxt, kind.attribute());
      V found = known == null ? null : known.get(key);
      if (found == null) {
        ProblemLog problems = Problems.of(ctxt);
        String list = kind.list();
        if (problems != null && list != null && problems.refusedAtOrUnder(list)) {
          // The document's list was refused, wholly or in part, and is reported: an id it would have
          // held says nothing more.
          problems.markAbsent(Problems.path(problems, p));
          return null;
        }
        throw Refs.unknown(key, known, kind);
      }
      return found;
    }
    if (t == JsonToken.START_OBJECT) {
      return ctxt.readValue(p, kind.type());
    }
    throw Refs.wrongType(String.valueOf(t), kind);
  }

  /** Writes an institution whole, or by id inside a document. */
  public static final class InstitutionSerializer extends StdSerializer<Institution> {
    private static final long serialVersionUID = 1L;

    /** Creates the serializer. */
    public InstitutionSerializer() {
      super(Institution.class);
    }

    @Override
    public void serialize(Institution value, JsonGenerator gen, SerializerProvider provider) throws IOException {
      if (byId(provider)) {
        gen.writeString(value.id().value());
      } else {
        provider.findValueSerializer(Institution.class).serialize(value, gen, provider);
      }
    }
  }

  /** Reads an institution object, or an id of a listed institution. */
  public static final class InstitutionDeserializer extends StdDeserializer<Institution> {
    private static final long serialVersionUID = 1L;

    /** Creates the deserializer. */
    public InstitutionDeserializer() {
      super(Institution.class);
    }

    @Override
    public @Nullable Institution deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      return resolve(p, ctxt, Refs.Kind.INSTITUTION, InstitutionId::of);
    }
  }

  /** Writes a unit whole, or by id inside a document. */
  public static final class UnitSerializer extends StdSerializer<Unit> {
    private static final long serialVersionUID = 1L;

    /** Creates the serializer. */
    public UnitSerializer() {
      super(Unit.class);
    }

    @Override
    public void serialize(Unit value, JsonGenerator gen, SerializerProvider provider) throws IOException {
      if (byId(provider)) {
        gen.writeString(value.id().value());
      } else {
        provider.findValueSerializer(Unit.class).serialize(value, gen, provider);
      }
    }
  }

  /** Reads a unit object, or an id of a listed unit. */
  public static final class UnitDeserializer extends StdDeserializer<Unit> {
    private static final long serialVersionUID = 1L;

    /** Creates the deserializer. */
    public UnitDeserializer() {
      super(Unit.class);
    }

    @Override
    public @Nullable Unit deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      return resolve(p, ctxt, Refs.Kind.UNIT, UnitId::of);
    }
  }

  /** Writes a proposal by id: results name the proposals they rank. */
  public static final class ProposalSerializer extends StdSerializer<Proposal> {
    private static final long serialVersionUID = 1L;

    /** Creates the serializer. */
    public ProposalSerializer() {
      super(Proposal.class);
    }

    @Override
    public void serialize(Proposal value, JsonGenerator gen, SerializerProvider provider) throws IOException {
      gen.writeString(value.id().value());
    }
  }

  /** Reads the id of a known proposal, or a proposal object. */
  public static final class ProposalDeserializer extends StdDeserializer<Proposal> {
    private static final long serialVersionUID = 1L;

    /** Creates the deserializer. */
    public ProposalDeserializer() {
      super(Proposal.class);
    }

    @Override
    public @Nullable Proposal deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      return resolve(p, ctxt, Refs.Kind.PROPOSAL, ProposalId::of);
    }
  }
}
