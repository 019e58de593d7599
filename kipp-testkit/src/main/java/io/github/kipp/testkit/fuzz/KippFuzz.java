package io.github.kipp.testkit.fuzz;

import static java.util.Objects.requireNonNull;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import com.google.common.collect.ImmutableList;
import io.github.kipp.core.KippException;
import java.util.Locale;
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

  private static final String PUNCTUATION = "{}[]\",:0-.e\\ \nabc#&*!|'\t\r";

  private static final ImmutableList<String> TOKENS = ImmutableList.of(
      "0", "1", "7", "9", "3", "73", "73.22", ".", "-", "_", " ", "\t", "\n", "\r", "\\", "\\t", "\\n", "\\x", ",", ":", ";", "\"", "'",
      "{", "}", "[", "]", "a", "Z", "é", "✓", "\u0000", "\uD800", "\uDC00", "\u202E", "\uFEFF", "99999999999999999999", "-1", "1e9",
      "NaN", "Infinity", "T", "2023-", "2023-02-30", "http://", "https://x.id/", "<b>", "&#0;", "kipp", "p-1", "UNKNOWN",
      "REGULATION", "EVALUATOR", "null", "true");

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
   * escapes, dates, links, enum names).
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
   * Returns copies of a valid document with 1 to {@code maxEdits} characters deleted or inserted at
   * random places: what a damaged upload looks like. Half of the inserted characters are the
   * punctuation JSON, YAML and CSV give meaning to, half any character below U+3000.
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

  private static String change(String document, java.util.List<Integer> edits) {
    StringBuilder s = new StringBuilder(document);
    for (int i = 0; i + 1 < edits.size(); i += 2) {
      int at = Math.floorMod(edits.get(i), s.length() + 1);
      int what = edits.get(i + 1);
      if (Math.floorMod(what, 3) == 0 && at < s.length()) {
        s.deleteCharAt(at);
      } else if (Math.floorMod(what, 2) == 0) {
        s.insert(at, PUNCTUATION.charAt(Math.floorMod(what >> 1, PUNCTUATION.length())));
      } else {
        s.insert(at, (char) Math.floorMod(what >> 1, 0x3000));
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
