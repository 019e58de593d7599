package io.github.kipp.core.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.kipp.core.Actor;
import io.github.kipp.core.Citation;
import io.github.kipp.core.InvalidInputException;
import io.github.kipp.core.KippException;
import io.github.kipp.core.Role;
import io.github.kipp.core.Violation;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Reading the decision log's text form is linear, shown without a clock: the reader gets its input
 * through a {@link CharSequence} that counts every character read. The reader reads each character
 * once, and refuses an oversized line, a line of too many fields or too many lines as soon as it
 * has read past the limit, before it builds anything from them; everything after the scan works on
 * the fields of one line, each step linear in their length.
 */
class LogTextLinearityTest {

  private static final Instant T0 = Instant.parse("2023-07-01T01:00:00Z");

  /** The most characters a refusal reads again, to quote the start of the refused line. */
  private static final int QUOTE = Violation.MAX_VALUE_LENGTH + 1;

  /** A text that counts the characters read from it and allows no other way in. */
  private static final class CountingText implements CharSequence {
    private final String text;
    private long reads;

    CountingText(String text) {
      this.text = text;
    }

    @Override
    public int length() {
      return text.length();
    }

    @Override
    public char charAt(int index) {
      reads++;
      return text.charAt(index);
    }

    @Override
    public CharSequence subSequence(int start, int end) {
      throw new UnsupportedOperationException("the reader reads characters one by one");
    }

    @Override
    public String toString() {
      throw new UnsupportedOperationException("the reader reads characters one by one");
    }
  }

  private static String validLog(int entries) {
    DecisionLog log = DecisionLog.create();
    for (int i = 0; i < entries; i++) {
      log.append(T0.plusSeconds(i), Actor.of("te-" + (i % 7), Role.EVALUATOR), EntryKind.SCORE_SHEET, "proposal p-" + i,
          "signifikansi=80\tkebaruan=75\nbaris \\ dua", List.of(Citation.regulation("PermenPANRB 1/2023", "Pasal 5").withSources("S14")));
    }
    return log.write();
  }

  @Test
  void a_valid_log_is_read_reading_each_character_exactly_once() {
    for (int entries : List.of(1, 10, 1_000, 20_000)) {
      String text = validLog(entries);
      CountingText counted = new CountingText(text);

      List<LogEntry> read = LogText.parse(counted);

      assertThat(read).hasSize(entries);
      assertThat(counted.reads).as("reads of %d entries", entries).isEqualTo(text.length());
    }
  }

  @Test
  void a_five_megabyte_single_line_is_refused_after_reading_just_past_the_line_limit() {
    CountingText line = new CountingText("a".repeat(5_000_000));

    InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> LogText.parse(line));

    assertThat(e.violations()).extracting(Violation::code).containsExactly("kipp.log.malformed");
    assertThat(e.getMessage()).contains("Line 1").contains("at most 1000000 characters");
    assertThat(line.reads).isLessThanOrEqualTo(DecisionLog.MAX_LINE_LENGTH + 1L + QUOTE);
  }

  @Test
  void a_five_megabyte_line_of_escapes_is_refused_after_reading_just_past_the_line_limit() {
    CountingText line = new CountingText("\\\\".repeat(2_500_000));

    InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> LogText.parse(line));

    assertThat(e.getMessage()).contains("at most 1000000 characters");
    assertThat(line.reads).isLessThanOrEqualTo(DecisionLog.MAX_LINE_LENGTH + 2L + QUOTE);
  }

  @Test
  void a_line_of_five_million_fields_is_refused_after_reading_just_past_the_field_limit() {
    CountingText line = new CountingText("\t".repeat(5_000_000));

    InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> LogText.parse(line));

    assertThat(e.getMessage()).contains("at most 10000 fields");
    assertThat(line.reads).isLessThanOrEqualTo(DecisionLog.MAX_FIELDS + QUOTE);
  }

  @Test
  void five_million_empty_lines_are_refused_at_the_first() {
    CountingText lines = new CountingText("\n".repeat(5_000_000));

    InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> LogText.parse(lines));

    assertThat(e.getMessage()).contains("Line 1");
    assertThat(lines.reads).isLessThanOrEqualTo(1L + QUOTE);
  }

  @Test
  void the_largest_entry_an_entry_allows_fits_one_line_and_reads_back() {
    String note = "\\".repeat(1_000);
    List<Citation> citations = new java.util.ArrayList<>();
    String[] sources = new String[LogEntry.MAX_SOURCES];
    for (int s = 0; s < sources.length; s++) {
      sources[s] = "S" + "9".repeat(14) + (s % 10);
    }
    for (int c = 0; c < LogEntry.MAX_CITATIONS; c++) {
      citations.add(Citation.inferred("\\".repeat(1_000), "\\".repeat(1_000), note).withSources(sources));
    }
    DecisionLog log = DecisionLog.create();
    log.append(T0, Actor.of("a".repeat(128), Role.SECRETARIAT), EntryKind.NOTE, "\\".repeat(LogEntry.MAX_SUBJECT),
        "\\".repeat(LogEntry.MAX_PAYLOAD), citations);
    String text = log.write();

    assertThat(text.length()).isLessThanOrEqualTo(DecisionLog.MAX_LINE_LENGTH + 1);
    assertThat(DecisionLog.parse(text).entries()).isEqualTo(log.entries());
  }

  @Test
  void any_input_is_read_or_refused_reading_each_character_at_most_once_besides_the_quoted_start_of_a_refused_line() {
    String alphabet = "\t\n\\tnr0123456789-:TZ.aPRS\r\u00e9\ud800";
    String valid = validLog(3);
    qt().withFixedSeed(77).withExamples(2_000)
        .forAll(lists().of(integers().between(0, alphabet.length() - 1)).ofSizeBetween(0, 400), integers().between(0, valid.length()))
        .checkAssert((picks, cut) -> {
          StringBuilder text = new StringBuilder(valid.substring(0, cut));
          picks.forEach(i -> text.append(alphabet.charAt(i)));
          CountingText counted = new CountingText(text.toString());
          try {
            LogText.parse(counted);
            assertThat(counted.reads).isEqualTo(text.length());
          } catch (KippException refused) {
            assertThat(counted.reads).isLessThanOrEqualTo(text.length() + (long) QUOTE);
          }
        });
  }
}
