package io.github.kipp.jackson3.internal;

import io.github.kipp.format.internal.ProblemLog;
import io.github.kipp.core.Identifier;
import io.github.kipp.core.InstitutionId;
import io.github.kipp.core.ProposalId;
import io.github.kipp.core.UnitId;
import io.github.kipp.core.innovation.Proposal;
import io.github.kipp.core.institution.Institution;
import io.github.kipp.core.institution.Unit;
import io.github.kipp.format.internal.Refs;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.deser.std.StdDeserializer;
import tools.jackson.databind.ser.std.StdSerializer;

/**
 * The Jackson 3 form of references ({@link Refs}): institutions and units written whole, or by id
 * inside a document; proposals by id.
 */
public final class References {

  private References() {}

  private static boolean byId(SerializationContext ctxt) {
    return Boolean.TRUE.equals(ctxt.getAttribute(Refs.BY_ID));
  }

  @SuppressWarnings("unchecked")
  private static <K, V> @Nullable Map<K, V> known(DeserializationContext ctxt, String attribute) {
    return (Map<K, V>) ctxt.getAttribute(attribute);
  }

  private static <K extends Identifier<K>, V> @Nullable V resolveReference(
      JsonParser p, DeserializationContext ctxt, Refs.Kind<V> kind, Function<String, K> id) {
    JsonToken t = p.currentToken();
    if (t == JsonToken.VALUE_STRING) {
      K key = Refs.id(p.getString(), id);
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

    /** Creates the serializer. */
    public InstitutionSerializer() {
      super(Institution.class);
    }

    @Override
    public void serialize(Institution value, JsonGenerator gen, SerializationContext ctxt) {
      if (byId(ctxt)) {
        gen.writeString(value.id().value());
      } else {
        ctxt.findValueSerializer(Institution.class).serialize(value, gen, ctxt);
      }
    }
  }

  /** Reads an institution object, or an id of a listed institution. */
  public static final class InstitutionDeserializer extends StdDeserializer<Institution> {

    /** Creates the deserializer. */
    public InstitutionDeserializer() {
      super(Institution.class);
    }

    @Override
    public @Nullable Institution deserialize(JsonParser p, DeserializationContext ctxt) {
      return resolveReference(p, ctxt, Refs.Kind.INSTITUTION, InstitutionId::of);
    }
  }

  /** Writes a unit whole, or by id inside a document. */
  public static final class UnitSerializer extends StdSerializer<Unit> {

    /** Creates the serializer. */
    public UnitSerializer() {
      super(Unit.class);
    }

    @Override
    public void serialize(Unit value, JsonGenerator gen, SerializationContext ctxt) {
      if (byId(ctxt)) {
        gen.writeString(value.id().value());
      } else {
        ctxt.findValueSerializer(Unit.class).serialize(value, gen, ctxt);
      }
    }
  }

  /** Reads a unit object, or an id of a listed unit. */
  public static final class UnitDeserializer extends StdDeserializer<Unit> {

    /** Creates the deserializer. */
    public UnitDeserializer() {
      super(Unit.class);
    }

    @Override
    public @Nullable Unit deserialize(JsonParser p, DeserializationContext ctxt) {
      return resolveReference(p, ctxt, Refs.Kind.UNIT, UnitId::of);
    }
  }

  /** Writes a proposal by id: results name the proposals they rank. */
  public static final class ProposalSerializer extends StdSerializer<Proposal> {

    /** Creates the serializer. */
    public ProposalSerializer() {
      super(Proposal.class);
    }

    @Override
    public void serialize(Proposal value, JsonGenerator gen, SerializationContext ctxt) {
      gen.writeString(value.id().value());
    }
  }

  /** Reads the id of a known proposal, or a proposal object. */
  public static final class ProposalDeserializer extends StdDeserializer<Proposal> {

    /** Creates the deserializer. */
    public ProposalDeserializer() {
      super(Proposal.class);
    }

    @Override
    public @Nullable Proposal deserialize(JsonParser p, DeserializationContext ctxt) {
      return resolveReference(p, ctxt, Refs.Kind.PROPOSAL, ProposalId::of);
    }
  }
}
