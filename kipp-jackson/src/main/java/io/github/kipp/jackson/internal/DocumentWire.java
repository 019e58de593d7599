package io.github.kipp.jackson.internal;

import io.github.kipp.format.internal.Expected;
import io.github.kipp.format.internal.FormatMessages;
import io.github.kipp.format.internal.Wire;
import io.github.kipp.format.internal.Mapping;
import io.github.kipp.format.internal.WireRecord;
import io.github.kipp.format.internal.SheetChecks;
import static io.github.kipp.format.internal.Wire.list;
import static io.github.kipp.format.internal.Wire.nested;
import static io.github.kipp.format.internal.Wire.parse;
import static io.github.kipp.format.internal.Wire.required;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import io.github.kipp.core.InstitutionId;
import io.github.kipp.core.InvalidInputException;
import io.github.kipp.core.ProposalId;
import io.github.kipp.core.StageId;
import io.github.kipp.core.UnitId;
import io.github.kipp.core.Violation;
import io.github.kipp.core.edition.Edition;
import io.github.kipp.core.eligibility.PastResult;
import io.github.kipp.core.eligibility.ResultHistory;
import io.github.kipp.core.eligibility.ScreeningResult;
import io.github.kipp.core.innovation.Proposal;
import io.github.kipp.core.rule.RuleModuleReference;
import io.github.kipp.core.institution.Institution;
import io.github.kipp.core.institution.Unit;
import io.github.kipp.core.stage.ProposalStatus;
import io.github.kipp.jackson.CompetitionDocument;
import io.github.kipp.jackson.ResultsDocument;
import io.github.kipp.scoring.CriteriaSet;
import io.github.kipp.scoring.ScoreSheet;
import io.github.kipp.scoring.explain.Explanation;
import io.github.kipp.scoring.panel.Assignment;
import io.github.kipp.scoring.panel.Panel;
import io.github.kipp.scoring.aggregate.AggregationResult;
import io.github.kipp.scoring.aggregate.CombinationResult;
import io.github.kipp.scoring.rank.CutResult;
import io.github.kipp.scoring.rank.Ranking;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/** Wire records of the two top-level documents and of the result history. */
public final class DocumentWire {

  /** The version of the document format this release writes. */
  public static final String VERSION = io.github.kipp.format.KippFormat.FORMAT_VERSION;

  /** The first version of the format, which has no {@code module} in the competition document. */
  public static final String VERSION_1_0 = "1.0";

  /** The versions of the document format this release reads, oldest first. */
  public static final List<String> READABLE = List.of(VERSION_1_0, VERSION);

  /** The fields of a competition document of format 1.0. */
  private static final String FIELDS_1_0 = "formatVersion, edition, institutions, units, proposals, statuses, panels, assignments, scoreSheets, history";

  private DocumentWire() {}

  /**
   * Checks a document's format version.
   *
   * @param version the written version, possibly null
   * @throws InvalidInputException if it is missing or not one this release reads
   */
  public static void checkVersion(@Nullable String version) {
    String v = required(version, "formatVersion", Expected.TEXT);
    if (!READABLE.contains(v)) {
      throw Wire.fail(FormatMessages.violation("kipp.json.version", "formatVersion", v, "allowed", String.join(", ", READABLE)));
    }
  }

  private static <K extends Comparable<K>, V> ImmutableSortedMap<K, V> byStage(@Nullable Map<String, V> values, String field, Function<String, K> key) {
    ImmutableSortedMap.Builder<K, V> out = ImmutableSortedMap.naturalOrder();
    Wire.map(values, field).forEach((k, v) -> out.put(parse(k, field + "." + k, key), v));
    return out.buildOrThrow();
  }

  private static <V> Map<String, V> byStage(Map<StageId, V> values) {
    Map<String, V> out = new LinkedHashMap<>();
    values.forEach((k, v) -> out.put(k.value(), v));
    return out;
  }

  /** {@link ResultHistory}: the results, sorted. */
  @WireRecord
  public record HistoryW(@Nullable List<PastResult> results) {
    static HistoryW of(ResultHistory h) {
      return new HistoryW(h.results());
    }

    ResultHistory toDomain() {
      return ResultHistory.of(list(results, "results"));
    }
  }

  /** {@link CompetitionDocument}. */
  @WireRecord
  public record CompetitionW(
      @Nullable String formatVersion,
      @Nullable RuleModuleReference module,
      @Nullable Edition edition,
      @Nullable List<Institution> institutions,
      @Nullable List<Unit> units,
      @Nullable List<Proposal> proposals,
      @Nullable List<ProposalStatus> statuses,
      @Nullable Map<String, Panel> panels,
      @Nullable Map<String, Assignment> assignments,
      @Nullable Map<String, List<ScoreSheet>> scoreSheets,
      @Nullable List<PastResult> history) {
    static CompetitionW of(CompetitionDocument d) {
      return new CompetitionW(
          VERSION,
          d.module().orElse(null),
          d.edition(),
          d.institutions(),
          d.units(),
          d.proposals(),
          d.statuses(),
          byStage(d.panels()),
          byStage(d.assignments()),
          sheets(d),
          d.history().results());
    }

    private static Map<String, List<ScoreSheet>> sheets(CompetitionDocument d) {
      Map<String, List<ScoreSheet>> out = new LinkedHashMap<>();
      d.scoreSheets().forEach((k, v) -> out.put(k.value(), v));
      return out;
    }

    /**
     * Makes the document, checking its sheets against criteria when the read was given some (see
     * {@link SheetChecks#CRITERIA}); the problems of the sheets and of the document are listed together.
     */
    CompetitionDocument toDomain(@Nullable Map<StageId, CriteriaSet> criteria) {
      checkVersion(formatVersion);
      Wire.checkFields(
          () -> required(edition, "edition", Expected.OBJECT),
          () -> list(institutions, "institutions"),
          () -> list(units, "units"),
          () -> list(proposals, "proposals"),
          () -> list(statuses, "statuses"),
          () -> byStage(panels, "panels", StageId::of),
          () -> byStage(assignments, "assignments", StageId::of),
          () -> byStage(scoreSheets, "scoreSheets", StageId::of),
          () -> list(history, "history"));
      if (module != null && VERSION_1_0.equals(formatVersion)) {
        throw Wire.fail(FormatMessages.violation("kipp.json.unknownField", "module", "module", "allowed", FIELDS_1_0));
      }
      Map<StageId, List<ScoreSheet>> sheets = byStage(scoreSheets, "scoreSheets", StageId::of);
      ImmutableSortedMap.Builder<StageId, ImmutableList<ScoreSheet>> s = ImmutableSortedMap.naturalOrder();
      sheets.forEach((k, v) -> s.put(k, ImmutableList.copyOf(list(v, "scoreSheets." + k))));
      ImmutableSortedMap<StageId, ImmutableList<ScoreSheet>> bySheetStage = s.buildOrThrow();
      Edition e = required(edition, "edition", Expected.OBJECT);
      List<Violation> sheetProblems = criteria == null ? List.of() : SheetChecks.against(bySheetStage, criteria);
      CompetitionDocument document;
      try {
        document = nested("", () -> new CompetitionDocument(
            e,
            ImmutableList.copyOf(list(institutions, "institutions")),
            ImmutableList.copyOf(list(units, "units")),
            ImmutableList.copyOf(list(proposals, "proposals")),
            ImmutableList.copyOf(list(statuses, "statuses")),
            byStage(panels, "panels", StageId::of),
            byStage(assignments, "assignments", StageId::of),
            bySheetStage,
            ResultHistory.of(list(history, "history")),
            Optional.ofNullable(module)));
      } catch (InvalidInputException problems) {
        throw sheetProblems.isEmpty() ? problems : InvalidInputException.of(problems.subject(), SheetChecks.both(problems.violations(), sheetProblems));
      }
      InvalidInputException.throwIfAny("score sheets of edition '" + e.id() + "'", sheetProblems);
      return document;
    }
  }

  @SuppressWarnings("unchecked") // the attribute is set by KippJson.readCompetition with this type
  private static @Nullable Map<StageId, CriteriaSet> criteria(DeserializationContext ctxt) {
    return (Map<StageId, CriteriaSet>) ctxt.getAttribute(SheetChecks.CRITERIA);
  }

  /** {@link ResultsDocument}. */
  @WireRecord
  public record ResultsW(
      @Nullable String formatVersion,
      @Nullable ScreeningResult screening,
      @Nullable List<AggregationResult> aggregations,
      @Nullable CombinationResult combination,
      @Nullable List<Ranking> rankings,
      @Nullable List<CutResult> cuts,
      @Nullable Map<String, Explanation> explanations) {
    static ResultsW of(ResultsDocument d) {
      Map<String, Explanation> ex = new LinkedHashMap<>();
      d.explanations().forEach((k, v) -> ex.put(k.value(), v));
      return new ResultsW(VERSION, d.screening().orElse(null), d.aggregations(), d.combination().orElse(null), d.rankings(), d.cuts(), ex);
    }

    ResultsDocument toDomain() {
      checkVersion(formatVersion);
      Wire.checkFields(
          () -> list(aggregations, "aggregations"),
          () -> list(rankings, "rankings"),
          () -> list(cuts, "cuts"),
          () -> byStage(explanations, "explanations", ProposalId::of));
      return new ResultsDocument(
          Optional.ofNullable(screening),
          ImmutableList.copyOf(list(aggregations, "aggregations")),
          Optional.ofNullable(combination),
          ImmutableList.copyOf(list(rankings, "rankings")),
          ImmutableList.copyOf(list(cuts, "cuts")),
          byStage(explanations, "explanations", ProposalId::of));
    }
  }

  /** Writes a competition document, with institutions and units named by id inside proposals and panels. */
  public static final class CompetitionSerializer extends StdSerializer<CompetitionDocument> {
    private static final long serialVersionUID = 1L;

    /** Creates the serializer. */
    public CompetitionSerializer() {
      super(CompetitionDocument.class);
    }

    @Override
    public void serialize(CompetitionDocument value, JsonGenerator gen, SerializerProvider provider) throws IOException {
      Object before = provider.getAttribute(References.BY_ID);
      provider.setAttribute(References.BY_ID, Boolean.TRUE);
      try {
        provider.defaultSerializeValue(CompetitionW.of(value), gen);
      } finally {
        provider.setAttribute(References.BY_ID, before);
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
   * document, and any parser that does not refuse repeated keys, is read through a tree.
   */
  public static final class CompetitionDeserializer extends StdDeserializer<CompetitionDocument> {
    private static final long serialVersionUID = 1L;

    private static final String FORMAT_VERSION = "formatVersion";
    private static final String INSTITUTIONS = "institutions";
    private static final String UNITS = "units";

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
    public CompetitionDocument deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      if (p.currentToken() != JsonToken.START_OBJECT || !p.isEnabled(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)) {
        return fromTree(ctxt.readTree(p), p, ctxt);
      }
      JsonToken t = p.nextToken();
      if (t == JsonToken.FIELD_NAME && FORMAT_VERSION.equals(p.currentName())) {
        if (p.nextToken() == JsonToken.VALUE_STRING) {
          String version = p.getText();
          checkVersion(version);
          return new Streamed(version).read(p, ctxt, this);
        }
        ObjectNode tree = ctxt.getNodeFactory().objectNode();
        tree.set(FORMAT_VERSION, ctxt.readTree(p));
        if (p.nextToken() == JsonToken.FIELD_NAME) {
          tree.setAll((ObjectNode) ctxt.readTree(p));
        }
        return fromTree(tree, p, ctxt);
      }
      return fromTree(t == JsonToken.FIELD_NAME ? ctxt.readTree(p) : ctxt.getNodeFactory().objectNode(), p, ctxt);
    }

    private static CompetitionDocument fromTree(JsonNode tree, JsonParser p, DeserializationContext ctxt) throws IOException {
      if (!tree.isObject()) {
        return (CompetitionDocument) ctxt.handleUnexpectedToken(CompetitionW.class, p);
      }
      JsonNode version = tree.get(FORMAT_VERSION);
      checkVersion(version == null || version.isNull() ? null : text(version));
      Map<InstitutionId, Institution> institutions = new HashMap<>();
      preRead(ctxt, tree, INSTITUTIONS, Institution.class).forEach(i -> institutions.put(i.id(), i));
      Map<UnitId, Unit> units = new HashMap<>();
      preRead(ctxt, tree, UNITS, Unit.class).forEach(u -> units.put(u.id(), u));
      Object beforeInstitutions = ctxt.getAttribute(References.INSTITUTIONS);
      Object beforeUnits = ctxt.getAttribute(References.UNITS);
      ctxt.setAttribute(References.INSTITUTIONS, institutions);
      ctxt.setAttribute(References.UNITS, units);
      try {
        return ctxt.readTreeAsValue(tree, CompetitionW.class).toDomain(criteria(ctxt));
      } finally {
        ctxt.setAttribute(References.INSTITUTIONS, beforeInstitutions);
        ctxt.setAttribute(References.UNITS, beforeUnits);
      }
    }

    /** The format version as written: a JSON string, never a number or boolean that reads like one. */
    private static String text(JsonNode version) {
      if (!version.isTextual()) {
        throw Wire.fail(FormatMessages.violation("kipp.json.wrongType", FORMAT_VERSION, version.toString(),
            "expectedEn", Expected.TEXT.english(), "expectedId", Expected.TEXT.indonesian()));
      }
      return version.asText();
    }

    private static <T> List<T> preRead(DeserializationContext ctxt, JsonNode tree, String field, Class<T> type) throws IOException {
      JsonNode node = tree.get(field);
      if (node == null || node.isNull()) {
        return List.of();
      }
      JavaType listType = ctxt.getTypeFactory().constructCollectionType(List.class, type);
      try {
        Problems problems = Problems.of(ctxt);
        @Nullable List<T> read = problems == null ? ctxt.readTreeAsValue(node, listType) : problems.under(field, () -> ctxt.readTreeAsValue(node, listType));
        return read == null ? List.of() : read.stream().filter(java.util.Objects::nonNull).toList();
      } catch (JsonMappingException e) {
        e.prependPath(CompetitionW.class, field);
        throw e;
      } catch (InvalidInputException e) {
        throw JsonMappingException.wrapWithPath(e, CompetitionW.class, field);
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

    CompetitionDocument read(JsonParser p, DeserializationContext ctxt, CompetitionDeserializer owner) throws IOException {
      List<String> pendingNames = new ArrayList<>();
      List<TokenBuffer> pendingValues = new ArrayList<>();
      @Nullable TokenBuffer pendingUnits = null;
      boolean institutionsRead = false;
      boolean unitsRead = false;
      boolean resolving = false;
      Object beforeInstitutions = ctxt.getAttribute(References.INSTITUTIONS);
      Object beforeUnits = ctxt.getAttribute(References.UNITS);
      try {
        for (JsonToken t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
          String name = p.currentName();
          p.nextToken();
          if (CompetitionDeserializer.INSTITUTIONS.equals(name)) {
            institutions = preRead(p, ctxt, name, Institution.class);
            institutionsRead = true;
            if (pendingUnits != null) {
              units = buffered(ctxt, CompetitionDeserializer.UNITS, pendingUnits, b -> preRead(b, ctxt, CompetitionDeserializer.UNITS, Unit.class));
              pendingUnits = null;
              unitsRead = true;
            }
          } else if (CompetitionDeserializer.UNITS.equals(name)) {
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
          units = buffered(ctxt, CompetitionDeserializer.UNITS, pendingUnits, b -> preRead(b, ctxt, CompetitionDeserializer.UNITS, Unit.class));
        }
        if (!resolving) {
          resolve(ctxt, pendingNames, pendingValues);
        }
        Problems problems = Problems.of(ctxt);
        for (int i = 0; i < unknownNames.size(); i++) {
          if (problems != null) {
            problems.addSkipped(Failures.unknownField(unknownNames.get(i), unknownNames.get(i), owner.getKnownPropertyNames()));
          } else {
            ctxt.handleUnknownProperty(unknownValues.get(i).asParserOnFirstToken(), owner, CompetitionW.class, unknownNames.get(i));
          }
        }
      } finally {
        ctxt.setAttribute(References.INSTITUTIONS, beforeInstitutions);
        ctxt.setAttribute(References.UNITS, beforeUnits);
      }
      return new CompetitionW(formatVersion, module, edition, institutions, units, proposals, statuses, panels, assignments, scoreSheets, history)
          .toDomain(criteria(ctxt));
    }

    /** Makes the institutions and units known to references, then reads the fields buffered so far. */
    private void resolve(DeserializationContext ctxt, List<String> names, List<TokenBuffer> values) throws IOException {
      ctxt.setAttribute(References.INSTITUTIONS, byId(institutions, Institution::id));
      ctxt.setAttribute(References.UNITS, byId(units, Unit::id));
      for (int i = 0; i < names.size(); i++) {
        String name = names.get(i);
        buffered(ctxt, name, values.get(i), b -> {
          field(name, b, ctxt);
          return name;
        });
      }
    }

    /** A read of a buffered field's value. */
    @FunctionalInterface
    private interface BufferRead<T> {
      @Nullable T read(JsonParser p) throws IOException;
    }

    /** Reads a field's value from its buffered tokens, with the field's path before the paths in it. */
    private static <T> @Nullable T buffered(DeserializationContext ctxt, String field, TokenBuffer buffer, BufferRead<T> read) throws IOException {
      JsonParser p = buffer.asParserOnFirstToken();
      Problems problems = Problems.of(ctxt);
      if (problems == null) {
        return read.read(p);
      }
      problems.enter(field, p);
      try {
        return read.read(p);
      } finally {
        problems.leave();
      }
    }

    private static <K, V> Map<K, V> byId(@Nullable List<V> values, Function<V, K> id) {
      Map<K, V> out = new HashMap<>();
      if (values != null) {
        values.stream().filter(java.util.Objects::nonNull).forEach(v -> out.put(id.apply(v), v));
      }
      return out;
    }

    /** Reads the institutions or units as the tree reader reads them before anything else. */
    private static <T> @Nullable List<T> preRead(JsonParser p, DeserializationContext ctxt, String field, Class<T> type) throws IOException {
      if (p.currentToken() == JsonToken.VALUE_NULL) {
        return null;
      }
      JavaType listType = ctxt.getTypeFactory().constructCollectionType(List.class, type);
      try {
        return ctxt.readValue(p, listType);
      } catch (JsonMappingException e) {
        e.prependPath(CompetitionW.class, field);
        throw e;
      } catch (InvalidInputException e) {
        throw JsonMappingException.wrapWithPath(e, CompetitionW.class, field);
      }
    }

    /** Reads one field as binding {@link CompetitionW} does: null for JSON null, failures under the field's name. */
    private void field(String name, JsonParser p, DeserializationContext ctxt) throws IOException {
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
    private static <T> @Nullable T value(String name, JsonParser p, DeserializationContext ctxt, JavaType type) throws IOException {
      if (p.currentToken() == JsonToken.VALUE_NULL) {
        return null;
      }
      try {
        return ctxt.readValue(p, type);
      } catch (IOException | RuntimeException e) {
        throw wrap(e, name, ctxt);
      }
    }

    /** What a bean deserializer does with a failure of one property (see {@code BeanDeserializerBase.wrapAndThrow}). */
    private static IOException wrap(Exception e, String name, DeserializationContext ctxt) throws IOException {
      boolean wrap = ctxt.isEnabled(DeserializationFeature.WRAP_EXCEPTIONS);
      if (e instanceof IOException io && (!wrap || !(e instanceof JsonMappingException))) {
        throw io;
      }
      if (e instanceof RuntimeException r && !wrap) {
        throw r;
      }
      return JsonMappingException.wrapWithPath(e, CompetitionW.class, name);
    }
  }

  /**
   * Returns the mappings of this file.
   *
   * @return the mappings
   */
  public static List<Mapping<?, ?>> mappings() {
    return List.of(
        Mapping.of(ResultHistory.class, HistoryW.class, HistoryW::of, HistoryW::toDomain),
        Mapping.of(ResultsDocument.class, ResultsW.class, ResultsW::of, ResultsW::toDomain));
  }
}
