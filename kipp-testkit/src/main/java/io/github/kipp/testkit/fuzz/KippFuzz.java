package io.github.kipp.testkit.fuzz;

import static java.util.Objects.requireNonNull;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.github.kipp.core.ActorId;
import io.github.kipp.core.KippException;
import io.github.kipp.core.ProposalId;
import io.github.kipp.scoring.CriteriaSet;
import io.github.kipp.scoring.Criterion;
import io.github.kipp.scoring.CriterionId;
import io.github.kipp.scoring.FrozenScores;
import io.github.kipp.scoring.Scale;
import io.github.kipp.scoring.ScoreSheet;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * The fuzzing harness: how many inputs a target tries, generators of hostile input, and the check
 * that only kipp's own errors ({@link KippException}) escape.
 *
 * <p>A target tries {@link #examples()} inputs: {@value #SHORT_RUN} unless the system property
 * {@code kipp.fuzz.examples} says otherwise. kipp's {@code fuzz} Maven profile sets it so that its
 * targets together try more than 1,000,000 inputs. Every run is seeded ({@link #seed()}), so a
 * failure repeats.
 *
 * <pre>{@code
 * qt().withFixedSeed(KippFuzz.seed()).withExamples(KippFuzz.examples())
 *     .forAll(KippFuzz.hostileText(200))
 *     .checkAssert(text -> KippFuzz.onlyKippErrors(text, () -> RegionCode.of(text)));
 * }</pre>
 */
public final class KippFuzz {

  /** Inputs a target tries in a normal test run. */
  public static final int SHORT_RUN = 1_000;

  /** The seed used unless the system property {@code kipp.fuzz.seed} gives another. */
  public static final long DEFAULT_SEED = 20_231_122L;

  /** When every sheet of a drawn population was submitted, and when its stage closed. */
  private static final Instant SUBMITTED = Instant.parse("2023-05-01T00:00:00Z");

  private static final Instant CLOSED = Instant.parse("2023-05-31T00:00:00Z");

  private static final String PUNCTUATION = "{}[]\",:0-.e\\ \nabc#&*!|'\t\r";

  /**
   * One or more samples of every class of code point that kipp's text policy treats apart, and of
   * the characters around them: plain letters and digits, {@code ?} (what a lossy encoder writes for
   * a lone surrogate), the replacement character, lone high and low surrogates, noncharacters of the
   * BMP and of other planes, C0 controls (NUL, BEL, ESC, unit separator), tab, line feed, carriage
   * return, DEL, C1 controls (U+0080, NEL, CSI, U+009F), the line and paragraph separators, every
   * bidirectional embedding, override and isolate, zero-width and other invisible characters (ZWSP,
   * ZWNJ, ZWJ, LRM, RLM, ALM, word joiner, soft hyphen, Mongolian vowel separator, combining grapheme
   * joiner, Hangul filler), the byte order mark, variation selectors, tag characters, astral
   * characters, an emoji ZWJ sequence and combining marks.
   */
  private static final ImmutableList<String> CODE_POINT_CLASSES = ImmutableList.of(
      "a", "Z", "0", " ", "-", "?", "\\", "\u00e9", "\u4e2d", "\ufffd",
      "\ud800", "\udbff", "\udc00", "\udfff",
      "\ufffe", "\uffff", "\ufdd0", "\ufdef", "\ud83f\udffe", "\udbff\udfff",
      "\u0000", "\u0007", "\u001b", "\u001f", "\t", "\n", "\r", "\u007f", "\u0080", "\u0085", "\u009b", "\u009f",
      "\u2028", "\u2029",
      "\u202a", "\u202b", "\u202c", "\u202d", "\u202e", "\u2066", "\u2067", "\u2068", "\u2069",
      "\u200b", "\u200c", "\u200d", "\u200e", "\u200f", "\u061c", "\u2060", "\u00ad", "\u180e", "\u034f", "\u3164",
      "\ufeff", "\ufe0f", "\udb40\udd00", "\udb40\udc41", "\udb40\udc01",
      "\ud83d\ude00", "\ud835\udc00", "\ud83d\udc69\u200d\ud83d\udcbb", "\u0301", "e\u0301", "\u0651");

  /** The samples of {@link #CODE_POINT_CLASSES} that are one UTF-16 unit, lone surrogates included. */
  private static final String SINGLE_UNITS =
      CODE_POINT_CLASSES.stream().filter(c -> c.length() == 1).collect(Collectors.joining());

  private static final ImmutableList<String> TOKENS = ImmutableList.<String>builder().add(
      "0", "1", "7", "9", "3", "73", "73.22", ".", "-", "_", " ", "\t", "\n", "\r", "\\", "\\t", "\\n", "\\x", ",", ":", ";", "\"", "'",
      "{", "}", "[", "]", "a", "Z", "\u00e9", "\u2713", "99999999999999999999", "-1", "1e9",
      "NaN", "Infinity", "T", "2023-", "2023-02-30", "http://", "https://x.id/", "<b>", "&#0;", "kipp", "p-1", "UNKNOWN",
      "REGULATION", "EVALUATOR", "null", "true")
      .addAll(CODE_POINT_CLASSES)
      .build();

  private KippFuzz() {}

  /**
   * Returns how many inputs each target tries in this run.
   *
   * @return the system property {@code kipp.fuzz.examples}, or {@value #SHORT_RUN}
   */
  public static int examples() {
    return Integer.getInteger("kipp.fuzz.examples", SHORT_RUN);
  }

  /**
   * Returns the seed of this run.
   *
   * @return the system property {@code kipp.fuzz.seed}, or {@value #DEFAULT_SEED}
   */
  public static long seed() {
    return Long.getLong("kipp.fuzz.seed", DEFAULT_SEED);
  }

  /**
   * Returns hostile text: half of it any code points (lone surrogates and control characters
   * included), half of it built from tokens that kipp's formats give meaning to (digits, dots,
   * escapes, dates, links, enum names) and from samples of every class of code point of {@link
   * #codePointClasses()}.
   *
   * @param maxLength the most characters of the first half, and a quarter of it the most tokens of
   *     the second; at least 1
   * @return the generator, not null
   * @throws IllegalArgumentException if {@code maxLength} is below 1
   */
  public static Gen<String> hostileText(int maxLength) {
    if (maxLength < 1) {
      throw new IllegalArgumentException("maxLength must be at least 1, not " + maxLength);
    }
    Gen<String> any = strings().allPossible().ofLengthBetween(0, maxLength);
    Gen<String> tokens = lists().of(Generate.pick(TOKENS)).ofSizeBetween(0, Math.max(1, maxLength / 4))
        .map(parts -> parts.stream().collect(Collectors.joining()));
    return Generate.frequency(Pair.of(1, any), Pair.of(1, tokens));
  }

  /**
   * Returns texts made of samples of every class of code point that kipp's text policy treats
   * apart (see {@link #codePointClasses()}): lone surrogates, noncharacters, C0 and C1 controls,
   * DEL, NEL, tabs and line breaks, line and paragraph separators, bidirectional controls,
   * zero-width and other invisible characters, the byte order mark, variation selectors, tags,
   * astral characters and combining marks, mixed with plain letters and {@code ?}.
   *
   * @param maxSamples the most samples in one text, at least 1
   * @return the generator, not null
   * @throws IllegalArgumentException if {@code maxSamples} is below 1
   */
  public static Gen<String> everyCodePointClass(int maxSamples) {
    if (maxSamples < 1) {
      throw new IllegalArgumentException("maxSamples must be at least 1, not " + maxSamples);
    }
    return lists().of(Generate.pick(CODE_POINT_CLASSES)).ofSizeBetween(0, maxSamples)
        .map(parts -> String.join("", parts));
  }

  /**
   * Returns the samples {@link #everyCodePointClass(int)} builds its texts from, one code point (or,
   * for the emoji sequence and the decomposed letter, one grapheme) each.
   *
   * @return the samples, in a fixed order
   */
  public static ImmutableList<String> codePointClasses() {
    return CODE_POINT_CLASSES;
  }

  /**
   * Returns copies of a valid document with 1 to {@code maxEdits} characters deleted or inserted at
   * random places: what a damaged upload looks like. Of the inserted characters, a third are the
   * punctuation JSON, YAML and CSV give meaning to, a third any character below U+3000 and a third
   * the samples of {@link #codePointClasses()} that are one UTF-16 unit (lone surrogates,
   * noncharacters, controls, bidirectional and invisible characters).
   *
   * @param document the valid document, not null
   * @param maxEdits the most characters changed, at least 1
   * @return the generator, not null
   * @throws IllegalArgumentException if {@code maxEdits} is below 1
   */
  public static Gen<String> changed(String document, int maxEdits) {
    requireNonNull(document, "document");
    if (maxEdits < 1) {
      throw new IllegalArgumentException("maxEdits must be at least 1, not " + maxEdits);
    }
    return lists().of(integers().all()).ofSizeBetween(2, 2 * maxEdits).map(edits -> change(document, edits));
  }

  private static String change(String document, List<Integer> edits) {
    StringBuilder s = new StringBuilder(document);
    for (int i = 0; i + 1 < edits.size(); i += 2) {
      int at = Math.floorMod(edits.get(i), s.length() + 1);
      int what = edits.get(i + 1);
      if (Math.floorMod(what, 3) == 0 && at < s.length()) {
        s.deleteCharAt(at);
      } else if (Math.floorMod(what >> 2, 3) == 0) {
        s.insert(at, PUNCTUATION.charAt(Math.floorMod(what >> 4, PUNCTUATION.length())));
      } else if (Math.floorMod(what >> 2, 3) == 1) {
        s.insert(at, (char) Math.floorMod(what >> 4, 0x3000));
      } else {
        s.insert(at, SINGLE_UNITS.charAt(Math.floorMod(what >> 4, SINGLE_UNITS.length())));
      }
    }
    return s.toString();
  }

  /**
   * Returns hostile integers: any, small, and the limits (zero, ±1, powers of ten, the extremes).
   *
   * @return the generator, not null
   */
  public static Gen<Integer> hostileInts() {
    return Generate.frequency(
        Pair.of(3, integers().all()),
        Pair.of(2, Generate.pick(ImmutableList.of(0, 1, -1, 2, 10, 100, 1000, 1_000_000, Integer.MAX_VALUE, Integer.MIN_VALUE))),
        Pair.of(2, integers().between(-5, 5000)));
  }

  /** The shapes {@link #degeneratePopulations} draws, each as likely as the others. */
  private enum Shape {
    /** No sheet at all: nobody submitted, or nobody was scored. */
    EMPTY,
    /** One sheet. */
    ONE_SHEET,
    /** Every sheet from one evaluator. */
    ONE_EVALUATOR,
    /** Every sheet for one proposal. */
    ONE_PROPOSAL,
    /** Every score the same value. */
    ALL_EQUAL,
    /** Each evaluator gives every proposal the same scores: no evaluator has any spread. */
    EVALUATORS_FLAT,
    /** Only the scale's minimum and maximum. */
    EXTREMES,
    /** Any scores on the scale. */
    ANY
  }

  /**
   * Returns small frozen populations of a stage, most of them empty or degenerate: no sheet, one
   * sheet, one evaluator, one proposal, every score equal, every evaluator without spread, only the
   * scale's extremes, or any scores on the scale. Up to four proposals ({@code p-0} …) and four
   * evaluators ({@code te-0} …), at most one sheet per pair, every score on its criterion's scale,
   * every sheet submitted before the close. Aggregation policies, combinations, rankings and the
   * bootstrap must give a result or a kipp error on each.
   *
   * @param criteria the stage's criteria, not null
   * @param maxSheets the most sheets drawn, at least 1 (at most 16 are distinct)
   * @return the generator, not null
   * @throws IllegalArgumentException if {@code maxSheets} is below 1
   */
  public static Gen<FrozenScores> degeneratePopulations(CriteriaSet criteria, int maxSheets) {
    requireNonNull(criteria, "criteria");
    if (maxSheets < 1) {
      throw new IllegalArgumentException("maxSheets must be at least 1, not " + maxSheets);
    }
    return Generate.enumValues(Shape.class)
        .zip(lists().of(integers().between(0, Integer.MAX_VALUE)).ofSizeBetween(1, maxSheets), (shape, codes) -> population(criteria, shape, codes));
  }

  private static FrozenScores population(CriteriaSet criteria, Shape shape, List<Integer> codes) {
    Set<String> pairs = new HashSet<>();
    List<ScoreSheet> sheets = new ArrayList<>();
    int count = shape == Shape.EMPTY ? 0 : shape == Shape.ONE_SHEET ? 1 : codes.size();
    for (int i = 0; i < count; i++) {
      int code = codes.get(i);
      int p = shape == Shape.ONE_PROPOSAL ? 0 : code & 3;
      int e = shape == Shape.ONE_EVALUATOR ? 0 : (code >> 2) & 3;
      if (!pairs.add(p + "/" + e)) {
        continue;
      }
      ImmutableMap.Builder<CriterionId, BigDecimal> scores = ImmutableMap.builder();
      int c = 0;
      for (Criterion criterion : criteria.criteria()) {
        int pick = switch (shape) {
          case ALL_EQUAL -> 5;
          case EVALUATORS_FLAT -> e * 3 + c;
          case EXTREMES -> ((code >> (4 + c)) & 1) == 0 ? 0 : Integer.MAX_VALUE;
          default -> (code >> (4 + 4 * (c % 6))) & 15;
        };
        scores.put(criterion.id(), onScale(criterion.scale(), pick));
        c++;
      }
      sheets.add(ScoreSheet.of(ProposalId.of("p-" + p), ActorId.of("te-" + e), criteria.stage(), scores.buildOrThrow(), SUBMITTED));
    }
    return FrozenScores.of(criteria, sheets, CLOSED);
  }

  /** The {@code k}-th value of a scale from its minimum, or its maximum when the scale is shorter. */
  private static BigDecimal onScale(Scale scale, int k) {
    BigDecimal value = scale.min().add(scale.step().multiply(BigDecimal.valueOf(Math.min(k, 1_000))));
    return value.compareTo(scale.max()) > 0 ? scale.max() : value;
  }

  /**
   * Runs an action on fuzzed input: it may succeed or throw a {@link KippException} with a message;
   * anything else fails.
   *
   * @param input the input, shown in the failure message; may be anything
   * @param action the action, not null
   * @throws AssertionError if another exception or error escapes, or a kipp error has no message
   */
  public static void onlyKippErrors(Object input, Runnable action) {
    try {
      action.run();
    } catch (KippException expected) {
      String message = expected.getMessage();
      if (message == null || message.isBlank()) {
        throw new AssertionError("input " + describe(input) + " gave a kipp error without a message", expected);
      }
    } catch (RuntimeException | StackOverflowError e) {
      throw new AssertionError("input " + describe(input) + " let " + e.getClass().getName() + " escape: " + e.getMessage(), e);
    }
  }

  /**
   * Describes an input for a failure message: printable ASCII as it is, every other code point as
   * {@code \}{@code u{hex}}, at most 200 code points.
   *
   * @param input the input, may be anything
   * @return the description in double quotes, not null
   */
  public static String describe(Object input) {
    String s = String.valueOf(input);
    StringBuilder out = new StringBuilder("\"");
    s.codePoints().limit(200).forEach(cp -> {
      if (cp < 0x20 || cp > 0x7e) {
        out.append(String.format(Locale.ROOT, "\\u{%x}", cp));
      } else {
        out.appendCodePoint(cp);
      }
    });
    return out.append(s.codePointCount(0, s.length()) > 200 ? "…\"" : "\"").toString();
  }
}
