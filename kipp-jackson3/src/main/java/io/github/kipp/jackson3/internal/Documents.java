package io.github.kipp.jackson3.internal;

import io.github.kipp.format.internal.ProblemLog;
import io.github.kipp.core.InstitutionId;
import io.github.kipp.core.InvalidInputException;
import io.github.kipp.core.UnitId;
import io.github.kipp.core.institution.Institution;
import io.github.kipp.core.institution.Unit;
import io.github.kipp.format.internal.DocumentForms;
import io.github.kipp.format.internal.DocumentForms.CompetitionW;
import io.github.kipp.format.internal.Expected;
import io.github.kipp.format.internal.FormatMessages;
import io.github.kipp.format.internal.Refs;
import io.github.kipp.format.internal.SheetChecks;
import io.github.kipp.format.internal.Wire;
import io.github.kipp.format.CompetitionDocument;
import io.github.kipp.scoring.CriteriaSet;
import io.github.kipp.core.StageId;
import io.github.kipp.core.edition.Edition;
import io.github.kipp.core.eligibility.PastResult;
import io.github.kipp.core.innovation.Proposal;
import io.github.kipp.core.rule.RuleModuleReference;
import io.github.kipp.core.stage.ProposalStatus;
import io.github.kipp.format.internal.ReadFailures;
import io.github.kipp.scoring.ScoreSheet;
import io.github.kipp.scoring.panel.Assignment;
import io.github.kipp.scoring.panel.Panel;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.deser.std.StdDeserializer;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.ser.std.StdSerializer;
import tools.jackson.databind.util.TokenBuffer;

/**
 * The Jackson 3 form of the top-level documents, over the wire records of {@link DocumentForms}: a
 * competition document lists its institutions and units once and names them by id elsewhere.
 */
public final class Documents {

  private static final String FORMAT_VERSION = "formatVersion";
  private static final String INSTITUTIONS = "institutions";
  private static final String UNITS = "units";

  private Documents() {}

  private static CompetitionW wire(CompetitionDocument d) {
    return CompetitionW.of(d.edition(), d.institutions(), d.units(), d.proposals(), d.statuses(), d.panels(), d.assignments(), d.scoreSheets(),
        d.history(), d.module());
  }

  @SuppressWarnings("unchecked") // the attribute is set by a read that checks sheets, with this type
  private static @Nullable Map<StageId, CriteriaSet> criteria(DeserializationContext ctxt) {
    return (Map<StageId, CriteriaSet>) ctxt.getAttribute(SheetChecks.CRITERIA);
  }

  /** Writes a competition document, with institutions and units named by id inside proposals and panels. */
  public static final class CompetitionSerializer extends StdSerializer<CompetitionDocument> {

    /** Creates the serializer. */
    public CompetitionSerializer() {
      super(CompetitionDocument.class);
    }

    @Override
    public void serialize(CompetitionDocument value, JsonGenerator gen, SerializationContext ctxt) {
      Object before = ctxt.getAttribute(Refs.BY_ID);
      ctxt.setAttribute(Refs.BY_ID, true);
      try {
        ctxt.writeValue(gen, wire(value));
      } finally {
        ctxt.setAttribute(Refs.BY_ID, before);
      }
    }
  }

  /**
   * Reads a competition document: first its format version, then its institutions and units, then
   * the rest with ids resolved against them.
   *
   * <p>A document whose first field is its format version, as kipp writes it, is read from the token
   * stream: fields before the institutions and units are buffered and read once both are known, and
   * each field is bound as the wire record would bind it, with the same paths in errors. Any other
   * document, and any parser that does not refuse repeated keys, is read through a tree. This is the
   * Jackson 2 line's reader, over Jackson 3's parser.
   */
  public static final class CompetitionDeserializer extends StdDeserializer<CompetitionDocument> {

    /** The fields of {@link CompetitionW}, in its order. */
    private static final List<String> FIELDS = List.of(
        FORMAT_VERSION, "module", "edition", INSTITUTIONS, UNITS, "proposals", "statuses", "panels", "assignments", "scoreSheets", "history");

    /** Creates the deserializer. */
    public CompetitionDeserializer() {
      super(CompetitionDocument.class);
    }

    @Override
    public Collection<Object> getKnownPropertyNames() {
      return new ArrayList<>(FIELDS);
    }

    @Override
    public CompetitionDocument deserialize(JsonParser p, DeserializationContext ctxt) {
      if (p.currentToken() != JsonToken.START_OBJECT || !p.isEnabled(StreamReadFeature.STRICT_DUPLICATE_DETECTION)) {
        return fromTree(ctxt.readTree(p), p, ctxt);
      }
      JsonToken t = p.nextToken();
      if (t == JsonToken.PROPERTY_NAME && FORMAT_VERSION.equals(p.currentName())) {
        if (p.nextToken() == JsonToken.VALUE_STRING) {
          String version = p.getString();
          DocumentForms.checkVersion(version);
          return new Streamed(version).read(p, ctxt, this);
        }
        ObjectNode tree = ctxt.getNodeFactory().objectNode();
        tree.set(FORMAT_VERSION, ctxt.readTree(p));
        if (p.nextToken() == JsonToken.PROPERTY_NAME) {
          tree.setAll((ObjectNode) ctxt.readTree(p));
        }
        return fromTree(tree, p, ctxt);
      }
      return fromTree(t == JsonToken.PROPERTY_NAME ? ctxt.readTree(p) : ctxt.getNodeFactory().objectNode(), p, ctxt);
    }

    private static CompetitionDocument fromTree(@Nullable JsonNode tree, JsonParser p, DeserializationContext ctxt) {
      if (tree == null || !tree.isObject()) {
        return (CompetitionDocument) Objects.requireNonNull(ctxt.handleUnexpectedToken(CompetitionW.class, p));
      }
      JsonNode version = tree.get(FORMAT_VERSION);
      DocumentForms.checkVersion(version == null || version.isNull() ? null : text(version));
      Map<InstitutionId, Institution> institutions = new HashMap<>();
      preRead(ctxt, tree, INSTITUTIONS, Institution.class).forEach(i -> institutions.put(i.id(), i));
      Map<UnitId, Unit> units = new HashMap<>();
      preRead(ctxt, tree, UNITS, Unit.class).forEach(u -> units.put(u.id(), u));
      Object beforeInstitutions = ctxt.getAttribute(Refs.INSTITUTIONS);
      Object beforeUnits = ctxt.getAttribute(Refs.UNITS);
      ctxt.setAttribute(Refs.INSTITUTIONS, institutions);
      ctxt.setAttribute(Refs.UNITS, units);
      try {
        return ctxt.readTreeAsValue(tree, CompetitionW.class).toDomain(criteria(ctxt));
      } finally {
        ctxt.setAttribute(Refs.INSTITUTIONS, beforeInstitutions);
        ctxt.setAttribute(Refs.UNITS, beforeUnits);
      }
    }

    /** The format version as written: a JSON string, never a number or boolean that reads like one. */
    private static String text(JsonNode version) {
      if (!version.isString()) {
        throw Wire.fail(FormatMessages.violation("kipp.json.wrongType", FORMAT_VERSION, version.toString(),
            "expectedEn", Expected.TEXT.english(), "expectedId", Expected.TEXT.indonesian()));
      }
      return version.asString();
    }

    private static <T> List<T> preRead(DeserializationContext ctxt, JsonNode tree, String field, Class<T> type) {
      JsonNode node = tree.get(field);
      if (node == null || node.isNull()) {
        return List.of();
      }
      JavaType listType = ctxt.getTypeFactory().constructCollectionType(List.class, type);
      try {
        ProblemLog problems = Problems.of(ctxt);
        @Nullable List<T> read = problems == null ? ctxt.readTreeAsValue(node, listType)
            : problems.<@Nullable List<T>, RuntimeException>under(field, () -> ctxt.readTreeAsValue(node, listType));
        return read == null ? List.of() : read.stream().filter(Objects::nonNull).toList();
      } catch (JacksonException e) {
        throw e.prependPath(CompetitionW.class, field);
      } catch (InvalidInputException e) {
        throw JacksonException.wrapWithPath(e, CompetitionW.class, field);
      }
    }
  }

  /**
   * The fields of a competition document read from the token stream, after its format version. The
   * institutions are read first, then the units, then every other field in the order of the
   * document; a field met before both lists are read is buffered until they are.
   */
  private static final class Streamed {
    private final String formatVersion;
    private @Nullable RuleModuleReference module;
    private @Nullable Edition edition;
    private @Nullable List<Institution> institutions;
    private @Nullable List<Unit> units;
    private @Nullable List<Proposal> proposals;
    private @Nullable List<ProposalStatus> statuses;
    private @Nullable Map<String, Panel> panels;
    private @Nullable Map<String, Assignment> assignments;
    private @Nullable Map<String, List<ScoreSheet>> scoreSheets;
    private @Nullable List<PastResult> history;
    private final List<String> unknownNames = new ArrayList<>();
    private final List<TokenBuffer> unknownValues = new ArrayList<>();

    Streamed(String formatVersion) {
      this.formatVersion = formatVersion;
    }

    CompetitionDocument read(JsonParser p, DeserializationContext ctxt, CompetitionDeserializer owner) {
      List<String> pendingNames = new ArrayList<>();
      List<TokenBuffer> pendingValues = new ArrayList<>();
      @Nullable TokenBuffer pendingUnits = null;
      boolean institutionsRead = false;
      boolean unitsRead = false;
      boolean resolving = false;
      Object beforeInstitutions = ctxt.getAttribute(Refs.INSTITUTIONS);
      Object beforeUnits = ctxt.getAttribute(Refs.UNITS);
      try {
        for (JsonToken t = p.nextToken(); t == JsonToken.PROPERTY_NAME; t = p.nextToken()) {
          String name = p.currentName();
          p.nextToken();
          if (INSTITUTIONS.equals(name)) {
            institutions = preRead(p, ctxt, name, Institution.class);
            institutionsRead = true;
            if (pendingUnits != null) {
              units = buffered(ctxt, UNITS, pendingUnits, b -> preRead(b, ctxt, UNITS, Unit.class));
              pendingUnits = null;
              unitsRead = true;
            }
          } else if (UNITS.equals(name)) {
            if (institutionsRead) {
              units = preRead(p, ctxt, name, Unit.class);
              unitsRead = true;
            } else {
              pendingUnits = ctxt.bufferAsCopyOfValue(p);
            }
          } else if (institutionsRead && unitsRead) {
            if (!resolving) {
              resolving = true;
              resolve(ctxt, pendingNames, pendingValues);
            }
            field(name, p, ctxt);
          } else {
            pendingNames.add(name);
            pendingValues.add(ctxt.bufferAsCopyOfValue(p));
          }
        }
        if (pendingUnits != null) {
          units = buffered(ctxt, UNITS, pendingUnits, b -> preRead(b, ctxt, UNITS, Unit.class));
        }
        if (!resolving) {
          resolve(ctxt, pendingNames, pendingValues);
        }
        ProblemLog problems = Problems.of(ctxt);
        for (int i = 0; i < unknownNames.size(); i++) {
          if (problems != null) {
            problems.addSkipped(ReadFailures.unknownField(unknownNames.get(i), unknownNames.get(i), owner.getKnownPropertyNames()));
          } else {
            ctxt.handleUnknownProperty(unknownValues.get(i).asParserOnFirstToken(ctxt), owner, CompetitionW.class, unknownNames.get(i));
          }
        }
      } finally {
        ctxt.setAttribute(Refs.INSTITUTIONS, beforeInstitutions);
        ctxt.setAttribute(Refs.UNITS, beforeUnits);
      }
      return new CompetitionW(formatVersion, module, edition, institutions, units, proposals, statuses, panels, assignments, scoreSheets, history)
          .toDomain(criteria(ctxt));
    }

    /** Makes the institutions and units known to references, then reads the fields buffered so far. */
    private void resolve(DeserializationContext ctxt, List<String> names, List<TokenBuffer> values) {
      ctxt.setAttribute(Refs.INSTITUTIONS, byId(institutions, Institution::id));
      ctxt.setAttribute(Refs.UNITS, byId(units, Unit::id));
      for (int i = 0; i < names.size(); i++) {
        String name = names.get(i);
        buffered(ctxt, name, values.get(i), b -> {
          field(name, b, ctxt);
          return name;
        });
      }
    }

    /** Reads a field's value from its buffered tokens, with the field's path before the paths in it. */
    private static <T> @Nullable T buffered(DeserializationContext ctxt, String field, TokenBuffer buffer, Function<JsonParser, @Nullable T> read) {
      JsonParser p = buffer.asParserOnFirstToken(ctxt);
      ProblemLog problems = Problems.of(ctxt);
      if (problems == null) {
        return read.apply(p);
      }
      Problems.enter(problems, field, p);
      try {
        return read.apply(p);
      } finally {
        problems.leave();
      }
    }

    private static <K, V> Map<K, V> byId(@Nullable List<V> values, Function<V, K> id) {
      Map<K, V> out = new HashMap<>();
      if (values != null) {
        values.stream().filter(Objects::nonNull).forEach(v -> out.put(id.apply(v), v));
      }
      return out;
    }

    /** Reads the institutions or units as the tree reader reads them before anything else. */
    private static <T> @Nullable List<T> preRead(JsonParser p, DeserializationContext ctxt, String field, Class<T> type) {
      if (p.currentToken() == JsonToken.VALUE_NULL) {
        return null;
      }
      JavaType listType = ctxt.getTypeFactory().constructCollectionType(List.class, type);
      try {
        return ctxt.readValue(p, listType);
      } catch (JacksonException e) {
        throw e.prependPath(CompetitionW.class, field);
      } catch (InvalidInputException e) {
        throw JacksonException.wrapWithPath(e, CompetitionW.class, field);
      }
    }

    /** Reads one field as binding {@link CompetitionW} does: null for JSON null, failures under the field's name. */
    private void field(String name, JsonParser p, DeserializationContext ctxt) {
      switch (name) {
        case "module" -> module = value(name, p, ctxt, ctxt.constructType(RuleModuleReference.class));
        case "edition" -> edition = value(name, p, ctxt, ctxt.constructType(Edition.class));
        case "proposals" -> proposals = value(name, p, ctxt, ctxt.getTypeFactory().constructCollectionType(List.class, Proposal.class));
        case "statuses" -> statuses = value(name, p, ctxt, ctxt.getTypeFactory().constructCollectionType(List.class, ProposalStatus.class));
        case "panels" -> panels = value(name, p, ctxt, ctxt.getTypeFactory().constructMapType(Map.class, String.class, Panel.class));
        case "assignments" -> assignments = value(name, p, ctxt, ctxt.getTypeFactory().constructMapType(Map.class, String.class, Assignment.class));
        case "scoreSheets" -> scoreSheets = value(name, p, ctxt, ctxt.getTypeFactory().constructMapType(
            Map.class, ctxt.constructType(String.class), ctxt.getTypeFactory().constructCollectionType(List.class, ScoreSheet.class)));
        case "history" -> history = value(name, p, ctxt, ctxt.getTypeFactory().constructCollectionType(List.class, PastResult.class));
        default -> {
          // Like a record's deserializer, keep unknown fields for after the known ones are bound.
          unknownNames.add(name);
          unknownValues.add(ctxt.bufferAsCopyOfValue(p));
        }
      }
    }

    @SuppressWarnings("TypeParameterUnusedInFormals") // the type is the field's, as ctxt.readValue(p, JavaType)
    private static <T> @Nullable T value(String name, JsonParser p, DeserializationContext ctxt, JavaType type) {
      if (p.currentToken() == JsonToken.VALUE_NULL) {
        return null;
      }
      try {
        return ctxt.readValue(p, type);
      } catch (RuntimeException e) {
        throw wrap(e, name, ctxt);
      }
    }

    /** What a bean deserializer does with a failure of one property (see {@code BeanDeserializerBase.wrapAndThrow}). */
    private static RuntimeException wrap(RuntimeException e, String name, DeserializationContext ctxt) {
      if (!ctxt.isEnabled(DeserializationFeature.WRAP_EXCEPTIONS)) {
        throw e;
      }
      return JacksonException.wrapWithPath(e, CompetitionW.class, name);
    }
  }
}
