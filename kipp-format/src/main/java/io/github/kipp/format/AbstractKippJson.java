package io.github.kipp.format;

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
import io.github.kipp.core.replication.ReplicationNetwork;
import io.github.kipp.format.internal.DocumentForms;
import io.github.kipp.format.internal.EditionResultWire;
import io.github.kipp.format.internal.ProblemLog;
import io.github.kipp.format.internal.ReadIds;
import io.github.kipp.format.internal.ReadFailures;
import io.github.kipp.format.internal.Refs;
import io.github.kipp.format.internal.ReplicationWire;
import io.github.kipp.format.internal.SheetChecks;
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

/**
 * Reads and writes kipp values and documents as JSON or YAML with safe defaults: unknown fields,
 * duplicate keys, trailing content and lossy numbers refused, size limits on the input, and every
 * failure reported as one {@link KippFormatException} that lists every problem of the input at once,
 * each with its path. This is what both Jackson lines' {@code KippJson} do without their mapper: the
 * format's versions and limits, the checks of the arguments and of the input's size and version, the
 * collection of every problem of a read, and the documents read and written. {@code io.github.kipp.jackson.KippJson}
 * (Jackson 2) and {@code io.github.kipp.jackson3.KippJson} (Jackson 3) extend it, each with its own
 * mapper, and behave alike: the same text for the same value, byte for byte, and the same problems
 * for the same input. A host that supports both lines can hold either facade as this type.
 *
 * <p><b>Limits.</b> By default an input may have at most {@value #DEFAULT_MAX_DOCUMENT_LENGTH}
 * characters, nest at most {@value #DEFAULT_MAX_NESTING_DEPTH} levels deep, hold strings of at most
 * {@value #DEFAULT_MAX_STRING_LENGTH} characters, numbers of at most {@value
 * #DEFAULT_MAX_NUMBER_LENGTH} characters and field names of at most {@value
 * #DEFAULT_MAX_NAME_LENGTH} characters; a line's builder changes them. Numbers, booleans and text
 * are never read as one another.
 *
 * <p>Output is pretty-printed with two-space indents and {@code \n} line ends, with fields in a fixed
 * order, so the same value always gives the same text. Instances are immutable and thread-safe.
 *
 * <p>Only the two lines extend this class: its protected members are how a line plugs its mapper in,
 * and may change with the lines in any release.
 */
public abstract class AbstractKippJson {

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
  public static final String REPLICATION_NETWORK_FORMAT_VERSION = KippFormat.REPLICATION_NETWORK_FORMAT_VERSION;

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

  private final String format;
  private final int maxDocumentLength;

  /**
   * Creates the facade of a line.
   *
   * @param format the format read and written, {@code JSON} or {@code YAML}
   * @param maxDocumentLength the longest input accepted, in characters
   */
  protected AbstractKippJson(String format, int maxDocumentLength) {
    this.format = requireNonNull(format, "format");
    this.maxDocumentLength = maxDocumentLength;
  }

  /**
   * Returns the format this facade reads and writes.
   *
   * @return {@code JSON} or {@code YAML}
   */
  public final String format() {
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
  public final <T> T read(String text, Class<T> type) {
    return doRead(text, type, null, null);
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
  public final <T> T read(String text, Class<T> type, CompetitionDocument context) {
    return doRead(text, type, requireNonNull(context, "context"), null);
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
  public final <T> T read(Reader input, Class<T> type) {
    return doRead(text(input), type, null, null);
  }

  /**
   * Reads a competition document.
   *
   * @param text the input, not null
   * @return the document, not null
   * @throws KippFormatException if the input is malformed, too large, of another format version, or
   *     not a valid and consistent document
   */
  public final CompetitionDocument readCompetition(String text) {
    return doRead(text, CompetitionDocument.class, null, null);
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
  public final CompetitionDocument readCompetition(String text, Iterable<CriteriaSet> criteria) {
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
  public final ResultsDocument readResults(String text, CompetitionDocument competition) {
    requireNonNull(competition, "competition");
    checkLength(text);
    checkVersion(text, DocumentForms::checkVersion);
    return doRead(text, ResultsDocument.class, competition, null);
  }

  /**
   * Reads a stored edition result — what a {@link Competition} decided up to some step, written with
   * {@link #write(Object)} — so that the competition can resume from it, checking it by deciding it
   * again: the entries are rebuilt from the document's proposals and history with the recorded
   * submissions; each stage's sheets are frozen from the document at the recorded close and must give
   * the recorded population; every recorded step, finalist removal and restoration by an upheld
   * appeal included, runs again with the given competition at the time it was decided ({@link
   * Competition#withClock}); and every outcome, the nominated, the finalists, the final ranking and
   * the awarded must be what the steps give. The result returned equals the one written when the
   * document and the competition are those it was decided with.
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
  public final EditionResult readEditionResult(String text, CompetitionDocument document, Competition competition) {
    requireNonNull(text, "text");
    requireNonNull(document, "document");
    requireNonNull(competition, "competition");
    checkLength(text);
    checkVersion(text, EditionResultWire::checkVersion);
    Map<String, Object> attributes = new HashMap<>();
    attributes.put(EditionResultWire.DOCUMENT, document);
    attributes.put(EditionResultWire.COMPETITION, competition);
    return collect(text, EditionResult.class, attributes);
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
  public final ReplicationNetwork readReplicationNetwork(String text) {
    requireNonNull(text, "text");
    checkLength(text);
    checkVersion(text, ReplicationWire::checkVersion);
    return doRead(text, ReplicationNetwork.class, null, null);
  }

  /**
   * Writes a kipp value or document.
   *
   * @param value the value, not null
   * @return the text, ending with a line break
   */
  public final String write(Object value) {
    requireNonNull(value, "value");
    String out = writeValue(value);
    return out.endsWith("\n") ? out : out + "\n";
  }

  /**
   * Writes a kipp value or document to a writer, which is not closed.
   *
   * @param output the output, not null
   * @param value the value, not null
   * @throws UncheckedIOException if the writer fails
   */
  public final void write(Writer output, Object value) {
    requireNonNull(output, "output");
    try {
      output.write(write(value));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads a value with the line's mapper, its reader given the attributes (the read's problems under
   * {@code ProblemLog.KEY}, the context of its references, criteria or edition result).
   *
   * @param text the input, checked for length
   * @param type the type to read
   * @param attributes the read's attributes
   * @param <T> the type
   * @return the value, possibly null (a document {@code null})
   * @throws Exception what the line's mapper throws
   */
  protected abstract <T> @Nullable T readValue(String text, Class<T> type, Map<String, Object> attributes) throws Exception;

  /**
   * Translates what the line's mapper threw into kipp's exception.
   *
   * @param failure what the read threw, not a {@link KippFormatException}
   * @param text the input, to show a value refused at a path
   * @return the exception, listing its problems
   */
  protected abstract KippFormatException translate(Exception failure, @Nullable String text);

  /**
   * Returns the {@code formatVersion} of a document, if its top object gives it as text.
   *
   * @param text the input, checked for length
   * @return the version, or null if none is given or the input cannot be scanned
   */
  protected abstract @Nullable String formatVersion(String text);

  /**
   * Writes a value with the line's mapper and its pretty printer.
   *
   * @param value the value, not null
   * @return the text
   */
  protected abstract String writeValue(Object value);

  private <T> T doRead(String text, Class<T> type, @Nullable CompetitionDocument context, @Nullable Map<StageId, CriteriaSet> criteria) {
    requireNonNull(text, "text");
    requireNonNull(type, "type");
    if (type == EditionResult.class) {
      throw new IllegalArgumentException("an edition result is read with readEditionResult(text, document, competition), which runs its steps again");
    }
    Map<String, Object> attributes = new HashMap<>();
    if (criteria != null) {
      attributes.put(SheetChecks.CRITERIA, criteria);
    }
    if (context != null) {
      Map<ProposalId, Proposal> proposals = new HashMap<>();
      context.proposals().forEach(p -> proposals.put(p.id(), p));
      Map<InstitutionId, Institution> institutions = new HashMap<>();
      context.institutions().forEach(i -> institutions.put(i.id(), i));
      Map<UnitId, Unit> units = new HashMap<>();
      context.units().forEach(u -> units.put(u.id(), u));
      attributes.put(Refs.PROPOSALS, proposals);
      attributes.put(Refs.INSTITUTIONS, institutions);
      attributes.put(Refs.UNITS, units);
    }
    return collect(text, type, attributes);
  }

  private <T> T collect(String text, Class<T> type, Map<String, Object> attributes) {
    requireNonNull(text, "text");
    checkLength(text);
    // The read goes on past each problem it can step over, recording it, so that every problem of
    // the input is reported at once.
    ProblemLog problems = new ProblemLog();
    attributes.put(ProblemLog.KEY, problems);
    T value;
    try {
      // Each identifier of the read is made once (ReadIds): a document repeats the same ids thousands of times.
      value = ReadIds.during(() -> readValue(text, type, attributes));
    } catch (Exception e) {
      KippFormatException failure = e instanceof KippFormatException known ? known : translate(e, text);
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

  private void checkLength(String text) {
    if (text.length() > maxDocumentLength) {
      throw KippFormatException.of(format, List.of(ReadFailures.tooLong(text.length(), maxDocumentLength)), null);
    }
  }

  /** Checks the format version first, so that a newer document is refused for its version. */
  private void checkVersion(String text, Consumer<@Nullable String> check) {
    String version = formatVersion(text);
    if (version != null) {
      try {
        check.accept(version);
      } catch (RuntimeException e) {
        throw translate(e, null);
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
   * The options both lines' builders share: YAML instead of JSON and the limits of the input. Each
   * option can be set once. Not thread-safe.
   *
   * @param <B> the line's builder
   */
  public abstract static class Builder<B extends Builder<B>> {
    private @Nullable Boolean yaml;
    private @Nullable Integer maxDocumentLength;
    private @Nullable Integer maxNestingDepth;
    private @Nullable Integer maxStringLength;
    private @Nullable Integer maxNumberLength;

    /** Creates a builder with no option set. */
    protected Builder() {}

    /** This builder as the line's type: each line's builder is declared {@code Builder<Builder>}. */
    @SuppressWarnings("unchecked") // B is the class of this builder, by the declaration of every line's builder
    private B self() {
      return (B) this;
    }

    private int limit(@Nullable Integer current, int value, String name) {
      int checked = setOnce(current, value, getClass(), name);
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
    public final B yaml() {
      yaml = setOnce(yaml, Boolean.TRUE, getClass(), "yaml");
      return self();
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
    public final B maxDocumentLength(int value) {
      maxDocumentLength = limit(maxDocumentLength, value, "maxDocumentLength");
      return self();
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
    public final B maxNestingDepth(int value) {
      maxNestingDepth = limit(maxNestingDepth, value, "maxNestingDepth");
      return self();
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
    public final B maxStringLength(int value) {
      maxStringLength = limit(maxStringLength, value, "maxStringLength");
      return self();
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
    public final B maxNumberLength(int value) {
      maxNumberLength = limit(maxNumberLength, value, "maxNumberLength");
      return self();
    }

    /**
     * Tells whether YAML was chosen.
     *
     * @return true for YAML, false for JSON
     */
    protected final boolean isYaml() {
      return yaml != null;
    }

    /**
     * Returns the format chosen.
     *
     * @return {@code YAML} or {@code JSON}
     */
    protected final String formatName() {
      return yaml != null ? "YAML" : "JSON";
    }

    /**
     * Returns the longest input accepted.
     *
     * @return the limit set, or the default
     */
    protected final int documentLength() {
      return maxDocumentLength == null ? DEFAULT_MAX_DOCUMENT_LENGTH : maxDocumentLength;
    }

    /**
     * Returns the deepest nesting accepted.
     *
     * @return the limit set, or the default
     */
    protected final int nestingDepth() {
      return maxNestingDepth == null ? DEFAULT_MAX_NESTING_DEPTH : maxNestingDepth;
    }

    /**
     * Returns the longest string accepted.
     *
     * @return the limit set, or the default
     */
    protected final int stringLength() {
      return maxStringLength == null ? DEFAULT_MAX_STRING_LENGTH : maxStringLength;
    }

    /**
     * Returns the longest number accepted.
     *
     * @return the limit set, or the default
     */
    protected final int numberLength() {
      return maxNumberLength == null ? DEFAULT_MAX_NUMBER_LENGTH : maxNumberLength;
    }

    /**
     * Builds the facade.
     *
     * @return the facade, not null
     */
    public abstract AbstractKippJson build();
  }
}
