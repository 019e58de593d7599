package io.github.kipp.format.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;
import static org.quicktheories.generators.SourceDSL.strings;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * The fast paths for instants and dates accept exactly what {@link Instant#parse} and {@link
 * LocalDate#parse} accept, with the same values.
 */
class IsoTimesTest {

  /** Characters of ISO texts and their near misses. */
  private static final String EDGES = "0123456789-:.TZtz+ /\u0660";

  private static Object outcome(String text, Function<String, ?> parser) {
    try {
      return Objects.requireNonNull(parser.apply(text));
    } catch (DateTimeException e) {
      return "refused";
    }
  }

  private static boolean sameAsJdk(String text) {
    return outcome(text, IsoTimes::instant).equals(outcome(text, Instant::parse))
        && outcome(text, IsoTimes::date).equals(outcome(text, LocalDate::parse));
  }

  /** Every instant from year 0 to 9999, written by the JDK with 0, 3, 6 or 9 fraction digits. */
  private static final long FIRST = Instant.parse("0000-01-01T00:00:00Z").getEpochSecond();
  private static final long LAST = Instant.parse("9999-12-31T23:59:59Z").getEpochSecond();

  @Test
  void every_instant_kipp_writes_is_read_back_to_the_same_instant() {
    qt().withFixedSeed(31).withExamples(20_000).forAll(longs().between(FIRST, LAST), integers().between(0, 999_999_999))
        .check((seconds, nanos) -> {
          Instant at = Instant.ofEpochSecond(seconds, nanos);
          Instant whole = Instant.ofEpochSecond(seconds);
          return IsoTimes.instant(at.toString()).equals(at) && IsoTimes.instant(whole.toString()).equals(whole)
              && IsoTimes.canonicalInstant(at.toString()) != null
              && IsoTimes.date(at.toString().substring(0, 10)).equals(LocalDate.ofEpochDay(Math.floorDiv(seconds, 86_400)));
        });
  }

  @Test
  void valid_texts_with_one_character_changed_are_read_or_refused_as_the_jdk_does() {
    qt().withFixedSeed(32).withExamples(50_000)
        .forAll(longs().between(FIRST, LAST), integers().between(0, 29), integers().between(0, EDGES.length() - 1), integers().between(0, 9))
        .check((seconds, at, c, fraction) -> {
          String written = Instant.ofEpochSecond(seconds, fraction * 111_111_111L / 9 * 9).toString();
          StringBuilder changed = new StringBuilder(written);
          changed.setCharAt(at % written.length(), EDGES.charAt(c));
          String text = changed.toString();
          return sameAsJdk(written) && sameAsJdk(text) && sameAsJdk(text.substring(0, Math.min(10, text.length())));
        });
  }

  @Test
  void texts_of_date_characters_are_read_or_refused_as_the_jdk_does() {
    qt().withFixedSeed(33).withExamples(50_000).forAll(strings().betweenCodePoints('+', ':').ofLengthBetween(8, 31))
        .check(IsoTimesTest::sameAsJdk);
  }

  @Test
  void any_text_is_read_or_refused_as_the_jdk_does() {
    qt().withFixedSeed(34).withExamples(20_000).forAll(strings().allPossible().ofLengthBetween(0, 32))
        .check(IsoTimesTest::sameAsJdk);
  }

  @Test
  void the_edges_of_the_calendar_and_the_clock_are_read_or_refused_as_the_jdk_does() {
    String[] texts = {
      "2024-02-29T00:00:00Z", "2023-02-29T00:00:00Z", "2000-02-29T12:00:00Z", "1900-02-29T12:00:00Z", "2023-04-31T00:00:00Z",
      "2023-12-31T23:59:59.999999999Z", "2023-12-31T23:59:60Z", "2023-12-31T24:00:00Z", "2023-01-01T00:00:00.Z",
      "2023-01-01T00:00:00.1234567890Z", "2023-01-01t00:00:00z", "2023-01-01T00:00:00+07:00", "2023-01-01T00:00Z",
      "0000-01-01T00:00:00Z", "9999-12-31T23:59:59Z", "+10000-01-01T00:00:00Z", "-0001-01-01T00:00:00Z",
      "2023-00-10T00:00:00Z", "2023-13-10T00:00:00Z", "2023-01-00T00:00:00Z", "2023-1-01T00:00:00Z",
      "2024-02-29", "2023-02-29", "2023-04-31", "0000-01-01", "+2023-01-01", "2023-01-01T", "2023/01/01", "",
    };
    for (String text : texts) {
      assertThat(sameAsJdk(text)).as(text).isTrue();
    }
    assertThat(IsoTimes.instant("2023-05-30T16:59:00.5Z")).isEqualTo(Instant.parse("2023-05-30T16:59:00.500Z"));
  }
}
