package io.github.kipp.jackson3;

import static io.github.kipp.core.meta.BuilderChecks.setOnce;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSortedMap;
import com.google.errorprone.annotations.CanIgnoreReturnValue;
import io.github.kipp.core.InstitutionId;
import io.github.kipp.core.ProposalId;
import io.github.kipp.core.StageId;
import io.github.kipp.core.UnitId;
import io.github.kipp.core.innovation.Proposal;
import io.github.kipp.core.institution.Institution;
import io.github.kipp.core.institution.Unit;
import io.github.kipp.format.CompetitionDocument;
import io.github.kipp.format.KippFormat;
import io.github.kipp.format.KippFormatException;
import io.github.kipp.format.ResultsDocument;
import io.github.kipp.format.internal.DocumentForms;
import io.github.kipp.format.internal.EditionResultWire;
import io.github.kipp.format.internal.ReadFailures;
import io.github.kipp.format.internal.Refs;
import io.github.kipp.format.internal.ReplicationWire;
import io.github.kipp.format.internal.SheetChecks;
import io.github.kipp.jackson3.internal.BoundedYaml;
import io.github.kipp.jackson3.internal.CollectingHandler;
import io.github.kipp.jackson3.internal.Failures;
import io.github.kipp.jackson3.internal.Printing;
import io.github.kipp.jackson3.internal.Problems;
import io.github.kipp.jackson3.internal.StrictScalars;
import io.github.kipp.scoring.CriteriaSet;
import io.github.kipp.scoring.competition.Competition;
import io.github.kipp.scoring.competition.EditionResult;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.snakeyaml.engine.v2.api.LoadSettings;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.cfg.JsonNodeFeature;
import tools.jackson.databind.cfg.MapperBuilder;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.type.LogicalType;
import tools.jackson.dataformat.yaml.YAMLFactory;
import tools.jackson.dataformat.yaml.YAMLMapper;
import tools.jackson.dataformat.yaml.YAMLWriteFeature;

/**
 * Reads and writes kipp values and documents as JSON or YAML with safe defaults: a mapper with
 * {@link KippModule}, unknown fields, duplicate keys, trailing content and lossy numbers refused,
 * size limits on the input, and every failure reported as one {@link KippFormatException} that lists
 * every problem of the input at once, each with its path.
 *
 * <pre>{@code
 * KippJson json = KippJson.json();
 * String text = json.write(document);
 * CompetitionDocument read = json.readCompetition(text);
 * }</pre>
 *
 * <p><b>Limits.</b> By default an input may have at most {@value #DEFAULT_MAX_DOCUMENT_LENGTH}
 * characters, nest at most {@value #DEFAULT_MAX_NESTING_DEPTH} levels deep, hold strings of at most
 * {@value #DEFAULT_MAX_STRING_LENGTH} characters, numbers of at most {@value
 * #DEFAULT_MAX_NUMBER_LENGTH} characters and field names of at most {@value
 * #DEFAULT_MAX_NAME_LENGTH} characters. YAML applies every one of these limits with the messages
 * JSON gives, in time linear in the input: a scalar's word or line, a comment, an anchor, a tag or
 * a run of blanks longer than the string limit is refused as soon as the scanner has looked that far
 * ahead (a 50 MB scalar after about its first million characters), any other scalar longer than the
 * string limit when it ends; an alias bomb stays small and duplicate YAML keys are refused. Numbers,
 * booleans and text are never read as one another. {@link #newBuilder()} changes the limits.
 *
 * <p>Output is pretty-printed with two-space indents and {@code \n} line ends, with fields in a fixed
 * order, so the same value always gives the same text. Instances are immutable and thread-safe.
 *
 * <p>This is the Jackson 3 line's facade, with the public members of the Jackson 2 line's {@code
 * io.github.kipp.jackson.KippJson}: both write the same JSON, byte for byte, and read each other's
 * documents, reporting the same problems.
 */
public final class KippJson {

  /**
   * The version of the document format this release writes. It also reads the versions before it
   * (1.0, which has no {@code module} in the competition document).
   */
  public static final String FORMAT_VERSION = KippFormat.FORMAT_VERSION;

  /**
   * The version of the edition-result format this release writes and reads: a document kind of its
   * own ({@link #readEditionResult}), versioned apart from the competition and results documents.
   */
  public static final String EDITION_RESULT_FORMAT_VERSION = KippFormat.EDITION_RESULT_FORMAT_VERSION;

  /**
   * The version of the replication-network format this release writes and reads: a document kind of
   * its own ({@link #readReplicationNetwork}), versioned apart from the other documents.
   */
  public static final String REPLICATION_NETWORK_FORMAT_VERSION = ReplicationWire.VERSION;

  /** The default limit on an input's length, in characters (100 million). */
  public static final int DEFAULT_MAX_DOCUMENT_LENGTH = KippFormat.DEFAULT_MAX_DOCUMENT_LENGTH;

  /** The default limit on nesting of objects and lists. */
  public static final int DEFAULT_MAX_NESTING_DEPTH = KippFormat.DEFAULT_MAX_NESTING_DEPTH;

  /** The default limit on one string, in characters; kipp's longest text field takes 50,000. */
  public static final int DEFAULT_MAX_STRING_LENGTH = KippFormat.DEFAULT_MAX_STRING_LENGTH;

  /** The default limit on one number, in characters. */
  public static final int DEFAULT_MAX_NUMBER_LENGTH = KippFormat.DEFAULT_MAX_NUMBER_LENGTH;

  /** The default limit on one field name, in characters. */
  public static final int DEFAULT_MAX_NAME_LENGTH = KippFormat.DEFAULT_MAX_NAME_LENGTH;

  private static final KippJson JSON = newBuilder().build();
  private static final KippJson YAML = newBuilder().yaml().build();

  private final ObjectMapper mapper;
  private final String format;
  private final int maxDocumentLength;

  private KippJson(ObjectMapper mapper, String format, int maxDocumentLength) {
    this.mapper = mapper;
    this.format = format;
    this.maxDocumentLength = maxDocumentLength;
  }

  /**
   * Returns the JSON facade with the default limits.
   *
   * @return the facade, not null
   */
  public static KippJson json() {
    return JSON;
  }

  /**
   * Returns the YAML facade with the default limits.
   *
   * @return the facade, not null
   */
  public static KippJson yaml() {
    return YAML;
  }

  /**
   * Returns a builder for a facade with other limits or for YAML.
   *
   * @return a builder, not null
   */
  public static Builder newBuilder() {
    return new Builder();
  }

  /**
   * Returns the configured mapper, for uses this facade does not offer (streaming, other types). A
   * Jackson 3 mapper is immutable: {@code rebuild()} makes a changed copy, which does not change this
   * facade.
   *
   * @return the mapper, not null
   */
  public ObjectMapper mapper() {
    return mapper;
  }

  /**
   * Returns the format this facade reads and writes.
   *
   * @return {@code JSON} or {@code YAML}
   */
  public String format() {
    return format;
  }

  /**
   * Reads a kipp value or document.
   *
   * @param text the input, not null
   * @param type the type to read, such as {@code Proposal.class}; not null
   * @param <T> the type
   * @return the value, not null
   * @throws KippFormatException if the input is malformed, too large, or does not describe a valid
   *     value of the type
   * @throws IllegalArgumentException if the type is {@code EditionResult}, which {@link
   *     #readEditionResult} reads
   */
  public <T> T read(String text, Class<T> type) {
    return doRead(text, type, null);
  }

  /**
   * Reads a kipp value whose references resolve against a competition document: ids of its
   * proposals (in rankings and cut-offs), institutions and units.
   *
   * @param text the input, not null
   * @param type the type to read, not null
   * @param context the document ids resolve against, not null
   * @param <T> the type
   * @return the value, not null
   * @throws KippFormatException if the input is malformed, too large, names an unknown id, or does
   *     not describe a valid value of the type
   * @throws IllegalArgumentException if the type is {@code EditionResult}, which {@link
   *     #readEditionResult} reads
   */
  public <T> T read(String text, Class<T> type, CompetitionDocument context) {
    return doRead(text, type, requireNonNull(context, "context"));
  }

  /**
   * Reads a kipp value or document from a reader, which is read to its end but not closed.
   *
   * @param input the input, not null
   * @param type the type to read, not null
   * @param <T> the type
   * @return the value, not null
   * @throws KippFormatException if the input is too large, malformed or invalid
   * @throws UncheckedIOException if the reader fails
   * @throws IllegalArgumentException if the type is {@code EditionResult}, which {@link
   *     #readEditionResult} reads
   */
  public <T> T read(Reader input, Class<T> type) {
    return doRead(text(input), type, null);
  }

  /**
   * Reads a competition document.
   *
   * @param text the input, not null
   * @return the document, not null
   * @throws KippFormatException if the input is malformed, too large, of another format version, or
   *     not a valid and consistent document
   */
  public CompetitionDocument readCompetition(String text) {
    return doRead(text, CompetitionDocument.class, null);
  }

  /**
   * Reads a competition document and checks its score sheets against the criteria of their stages,
   * such as those of the rule module the host scores with ({@code ScoringRules.criteria()}): every
   * stage with sheets must have criteria, and every sheet must score each criterion of its stage on
   * that criterion's scale (within its bounds, on a step) and no other criterion. The document itself
   * holds no criteria, so {@link #readCompetition(String)} cannot check scores; it does refuse a
   * second sheet of an evaluator for a proposal in a stage, as this method does. Every problem of the
   * document and of its sheets is listed at once, with its path.
   *
   * @param text the input, not null
   * @param criteria the criteria sets, at most one per stage; not null
   * @return the document, not null
   * @throws KippFormatException if the input is malformed, too large, of another format version, not
   *     a valid and consistent document, or holds a sheet the criteria do not allow
   * @throws IllegalArgumentException if two criteria sets are of the same stage
   */
  public CompetitionDocument readCompetition(String text, Iterable<CriteriaSet> criteria) {
    ImmutableSortedMap<StageId, CriteriaSet> byStage = SheetChecks.byStage(requireNonNull(criteria, "criteria"));
    return doRead(text, CompetitionDocument.class, null, byStage);
  }

  /**
   * Reads a results document whose rankings and cut-offs name proposals of a competition document.
   *
   * @param text the input, not null
   * @param competition the document whose proposals the results name, not null
   * @return the document, not null
   * @throws KippFormatException if the input is malformed, too large, of another format version,
   *     names an unknown proposal, or holds a ranking that its candidates do not give
   */
  public ResultsDocument readResults(String text, CompetitionDocument competition) {
    requireNonNull(competition, "competition");
    checkLength(text);
    checkVersion(text, DocumentForms::checkVersion);
    return doRead(text, ResultsDocument.class, competition);
  }

  /**
   * Reads a stored edition result — what a {@link Competition} decided up to some step, written with
   * {@link #write(Object)} — so that the competition can resume from it, checking it by deciding it
   * again: the entries are rebuilt from the document's proposals and history with the recorded
   * submissions; each stage's sheets are frozen from the document at the recorded close and must give
   * the recorded population; every recorded step, finalist removal included, runs again with the
   * given competition at the time it was decided ({@link Competition#withClock}); and every outcome,
   * the nominated, the finalists, the final ranking and the awarded must be what the steps give. The
   * result returned equals the one written when the document and the competition are those it was
   * decided with.
   *
   * <pre>{@code
   * String stored = KippJson.json().write(competition.nominate(screened, desk));  // keep it
   * EditionResult nominated = KippJson.json().readEditionResult(stored, document, competition);
   * EditionResult finalists = competition.selectFinalists(nominated);
   * }</pre>
   *
   * @param text the stored result, not null
   * @param document the competition document the result was decided on, as it is now; not null
   * @param competition the competition that goes on: the result's rule module and draw seed, the host's
   *     quotas; its clock is not read; not null
   * @return the result, ready for the competition's next step; not null
   * @throws KippFormatException if the input is malformed, too large, of another format version, of
   *     another rule module, draw seed or edition, or if anything it says is not what its steps give on
   *     the document (a changed outcome, rank or score, a sheet changed in the document, a step added or
   *     removed), each problem with its path
   */
  public EditionResult readEditionResult(String text, CompetitionDocument document, Competition competition) {
    requireNonNull(text, "text");
    requireNonNull(document, "document");
    requireNonNull(competition, "competition");
    checkLength(text);
    checkVersion(text, EditionResultWire::checkVersion);
    Map<String, Object> attributes = new HashMap<>();
    attributes.put(EditionResultWire.DOCUMENT, document);
    attributes.put(EditionResultWire.COMPETITION, competition);
    return doRead(text, EditionResult.class, null, null, attributes);
  }

  /**
   * Reads a replication network ({@code ReplicationNetwork}): which innovations replicated which
   * sources, in which region and edition, with the past results recorded with it. The format version
   * is checked first; a link or result given twice, an edition given with two years, a link from an
   * innovation to itself and every other invalid value are refused, each with its path.
   *
   * @param text the input, not null
   * @return the network, not null
   * @throws KippFormatException if the input is malformed, too large, of another format version, or
   *     not a valid network
   */
  public io.github.kipp.core.replication.ReplicationNetwork readReplicationNetwork(String text) {
    requireNonNull(text, "text");
    checkLength(text);
    checkVersion(text, ReplicationWire::checkVersion);
    return doRead(text, io.github.kipp.core.replication.ReplicationNetwork.class, null);
  }

  /**
   * Writes a kipp value or document.
   *
   * @param value the value, not null
   * @return the text, ending with a line break
   */
  public String write(Object value) {
    requireNonNull(value, "value");
    String out = mapper.writerWithDefaultPrettyPrinter().writeValueAsString(value);
    return out.endsWith("\n") ? out : out + "\n";
  }

  /**
   * Writes a kipp value or document to a writer, which is not closed.
   *
   * @param output the output, not null
   * @param value the value, not null
   * @throws UncheckedIOException if the writer fails
   */
  public void write(Writer output, Object value) {
    requireNonNull(output, "output");
    try {
      output.write(write(value));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private <T> T doRead(String text, Class<T> type, @Nullable CompetitionDocument context) {
    return doRead(text, type, context, null);
  }

  private <T> T doRead(String text, Class<T> type, @Nullable CompetitionDocument context, @Nullable Map<StageId, CriteriaSet> criteria) {
    if (type == EditionResult.class) {
      throw new IllegalArgumentException("an edition result is read with readEditionResult(text, document, competition), which runs its steps again");
    }
    return doRead(text, type, context, criteria, Map.of());
  }

  private <T> T doRead(String text, Class<T> type, @Nullable CompetitionDocument context, @Nullable Map<StageId, CriteriaSet> criteria,
      Map<String, Object> attributes) {
    requireNonNull(text, "text");
    requireNonNull(type, "type");
    checkLength(text);
    ObjectReader reader = mapper.readerFor(type).withAttributes(attributes);
    if (criteria != null) {
      reader = reader.withAttribute(SheetChecks.CRITERIA, criteria);
    }
    if (context != null) {
      Map<ProposalId, Proposal> proposals = new HashMap<>();
      context.proposals().forEach(p -> proposals.put(p.id(), p));
      Map<InstitutionId, Institution> institutions = new HashMap<>();
      context.institutions().forEach(i -> institutions.put(i.id(), i));
      Map<UnitId, Unit> units = new HashMap<>();
      context.units().forEach(u -> units.put(u.id(), u));
      reader = reader
          .withAttribute(Refs.PROPOSALS, proposals)
          .withAttribute(Refs.INSTITUTIONS, institutions)
          .withAttribute(Refs.UNITS, units);
    }
    // The read goes on past each problem it can step over, recording it, so that every problem of
    // the input is reported at once.
    Problems problems = new Problems();
    reader = reader.withAttribute(Problems.KEY, problems);
    T value;
    try {
      value = reader.readValue(text);
    } catch (RuntimeException e) {
      KippFormatException failure = e instanceof KippFormatException known ? known : Failures.translate(format, e, () -> tree(text));
      if (problems.isEmpty()) {
        throw failure;
      }
      problems.add(failure.violations());
      throw KippFormatException.of(format, problems.all(), e);
    }
    if (!problems.isEmpty()) {
      throw KippFormatException.of(format, problems.all(), null);
    }
    if (value == null) {
      throw KippFormatException.of(format, List.of(ReadFailures.noDocument()), null);
    }
    return value;
  }

  private @Nullable JsonNode tree(String text) {
    try {
      return mapper.readTree(text);
    } catch (RuntimeException e) {
      return null;
    }
  }

  private void checkLength(String text) {
    if (text.length() > maxDocumentLength) {
      throw KippFormatException.of(format, List.of(ReadFailures.tooLong(text.length(), maxDocumentLength)), null);
    }
  }

  /** Checks the format version first, so that a newer document is refused for its version. */
  private void checkVersion(String text, Consumer<@Nullable String> check) {
    String version = null;
    try (JsonParser p = mapper.createParser(text)) {
      if (p.nextToken() == JsonToken.START_OBJECT) {
        while (p.nextToken() == JsonToken.PROPERTY_NAME) {
          String name = p.currentName();
          JsonToken value = p.nextToken();
          if ("formatVersion".equals(name) && value == JsonToken.VALUE_STRING) {
            version = p.getString();
            break;
          }
          p.skipChildren();
        }
      }
    } catch (RuntimeException e) {
      return;
    }
    if (version != null) {
      try {
        check.accept(version);
      } catch (RuntimeException e) {
        throw Failures.translate(format, e, () -> null);
      }
    }
  }

  private String text(Reader input) {
    requireNonNull(input, "input");
    StringBuilder out = new StringBuilder();
    char[] buffer = new char[8192];
    try {
      for (int n = input.read(buffer); n >= 0; n = input.read(buffer)) {
        out.append(buffer, 0, n);
        if (out.length() > maxDocumentLength) {
          checkLength(out.toString());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  /**
   * Builds a {@link KippJson}. Each option can be set once. Not thread-safe.
   */
  public static final class Builder {
    private @Nullable Boolean yaml;
    private @Nullable Integer maxDocumentLength;
    private @Nullable Integer maxNestingDepth;
    private @Nullable Integer maxStringLength;
    private @Nullable Integer maxNumberLength;

    private Builder() {}

    private static int limit(@Nullable Integer current, int value, String name) {
      int checked = setOnce(current, value, Builder.class, name);
      if (checked < 1) {
        throw new IllegalArgumentException("KippJson.Builder: " + name + " must be at least 1, not " + value);
      }
      return checked;
    }

    /**
     * Reads and writes YAML instead of JSON.
     *
     * @return this builder
     * @throws IllegalStateException if already chosen
     */
    @CanIgnoreReturnValue
    public Builder yaml() {
      yaml = setOnce(yaml, Boolean.TRUE, Builder.class, "yaml");
      return this;
    }

    /**
     * Sets the longest input accepted, in characters.
     *
     * @param value the limit, at least 1
     * @return this builder
     * @throws IllegalStateException if already set
     * @throws IllegalArgumentException if below 1
     */
    @CanIgnoreReturnValue
    public Builder maxDocumentLength(int value) {
      maxDocumentLength = limit(maxDocumentLength, value, "maxDocumentLength");
      return this;
    }

    /**
     * Sets the deepest nesting of objects and lists accepted.
     *
     * @param value the limit, at least 1
     * @return this builder
     * @throws IllegalStateException if already set
     * @throws IllegalArgumentException if below 1
     */
    @CanIgnoreReturnValue
    public Builder maxNestingDepth(int value) {
      maxNestingDepth = limit(maxNestingDepth, value, "maxNestingDepth");
      return this;
    }

    /**
     * Sets the longest string accepted, in characters.
     *
     * @param value the limit, at least 1
     * @return this builder
     * @throws IllegalStateException if already set
     * @throws IllegalArgumentException if below 1
     */
    @CanIgnoreReturnValue
    public Builder maxStringLength(int value) {
      maxStringLength = limit(maxStringLength, value, "maxStringLength");
      return this;
    }

    /**
     * Sets the longest number accepted, in characters.
     *
     * @param value the limit, at least 1
     * @return this builder
     * @throws IllegalStateException if already set
     * @throws IllegalArgumentException if below 1
     */
    @CanIgnoreReturnValue
    public Builder maxNumberLength(int value) {
      maxNumberLength = limit(maxNumberLength, value, "maxNumberLength");
      return this;
    }

    /**
     * Builds the facade.
     *
     * @return the facade, not null
     */
    public KippJson build() {
      int document = maxDocumentLength == null ? DEFAULT_MAX_DOCUMENT_LENGTH : maxDocumentLength;
      int nesting = maxNestingDepth == null ? DEFAULT_MAX_NESTING_DEPTH : maxNestingDepth;
      StreamReadConstraints limits = StreamReadConstraints.builder()
          .maxDocumentLength(document)
          .maxNestingDepth(nesting)
          .maxStringLength(maxStringLength == null ? DEFAULT_MAX_STRING_LENGTH : maxStringLength)
          .maxNumberLength(maxNumberLength == null ? DEFAULT_MAX_NUMBER_LENGTH : maxNumberLength)
          .maxNameLength(DEFAULT_MAX_NAME_LENGTH)
          .build();
      MapperBuilder<?, ?> builder;
      if (yaml != null) {
        LoadSettings load = LoadSettings.builder()
            .setCodePointLimit(document)
            .setAllowDuplicateKeys(false)
            .build();
        YAMLFactory factory = BoundedYaml.factory(YAMLFactory.builder()
            .loadSettings(load)
            .streamReadConstraints(limits)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .disable(YAMLWriteFeature.WRITE_DOC_START_MARKER));
        builder = YAMLMapper.builder(factory);
      } else {
        JsonFactory factory = JsonFactory.builder()
            .streamReadConstraints(limits)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();
        builder = JsonMapper.builder(factory);
      }
      // No scalar becomes another kind of scalar: a number or boolean where text belongs (such as
      // "formatVersion": 1.0) is refused, as is text where a number or boolean belongs, in JSON and YAML.
      builder.configure(MapperFeature.ALLOW_COERCION_OF_SCALARS, false)
          .withCoercionConfig(LogicalType.Textual, c -> c
              .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
              .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
              .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail));
      ObjectMapper mapper = builder
          .addModule(new KippModule())
          .addModule(new SimpleModule("kipp-strict-scalars")
              .addDeserializer(String.class, new StrictScalars())
              .addDeserializer(Integer.class, StrictScalars.INTEGERS)
              .addDeserializer(Long.class, StrictScalars.LONGS)
              .addDeserializer(Boolean.class, StrictScalars.BOOLEANS))
          .addHandler(new CollectingHandler())
          .enable(
              DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES,
              DeserializationFeature.FAIL_ON_TRAILING_TOKENS,
              DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES,
              DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY,
              DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS,
              DeserializationFeature.WRAP_EXCEPTIONS)
          .enable(EnumFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
          .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
          .configure(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false)
          .defaultPrettyPrinter(Printing.printer())
          .build();
      return new KippJson(mapper, yaml != null ? "YAML" : "JSON", document);
    }
  }
}
