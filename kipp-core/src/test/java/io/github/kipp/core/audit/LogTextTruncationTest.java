package io.github.kipp.core.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.kipp.core.Actor;
import io.github.kipp.core.Citation;
import io.github.kipp.core.InvalidInputException;
import io.github.kipp.core.Role;
import io.github.kipp.core.Violation;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A line of the decision log's text form cut short anywhere in its citations is refused naming the
 * line and exactly where it ends: inside which citation, inside its sources, or short of the hashes.
 */
class LogTextTruncationTest {

  private static final Instant T0 = Instant.parse("2023-07-03T02:00:00Z");

  /** The text of a log whose one entry has one citation with two sources: 8 fields, 5 + 2 for the citation, 2 hashes. */
  private static String[] fields() {
    DecisionLog log = DecisionLog.create();
    Citation rule = Citation.regulation("PermenPANRB 1/2023", "Pasal 12").withSources("S14", "S15").withNote("catatan");
    log.append(T0, Actor.of("menteri", Role.ORGANISER), EntryKind.DECISION, "ranking final", "frozen",
        List.of(rule));
    String line = log.write().strip();
    String[] f = line.split("\t", -1);
    assertThat(f).hasSize(17);
    assertThat(DecisionLog.parse(line).entries()).hasSize(1);
    return f;
  }

  private static String cause(int keep) {
    String cut = String.join("\t", Arrays.copyOf(fields(), keep));
    InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> DecisionLog.parse(cut));
    assertThat(e).as("a line of %s fields", keep).isNotNull();
    Violation v = e.violations().get(0);
    assertThat(v.code()).isEqualTo("kipp.log.malformed");
    assertThat(v.path()).isEqualTo("lines[0]");
    return v.message().english();
  }

  @Test
  void a_line_ending_inside_a_citation_names_the_citation() {
    assertThat(cause(10)).contains("the line ends inside citation 1 of 1");
    assertThat(cause(12)).contains("the line ends inside citation 1 of 1");
  }

  @Test
  void a_line_ending_inside_the_sources_of_a_citation_names_the_citation() {
    assertThat(cause(13)).contains("the line ends inside the sources of citation 1");
    assertThat(cause(14)).contains("the line ends inside the sources of citation 1");
  }

  @Test
  void a_line_ending_after_its_citations_but_short_of_the_hashes_gives_the_number_of_fields_expected() {
    assertThat(cause(15)).contains("expected 17 fields, found 15");
    assertThat(cause(16)).contains("expected 17 fields, found 16");
  }

  @Test
  void a_line_of_fewer_than_ten_fields_says_so() {
    assertThat(cause(8)).contains("an entry has at least 10 fields, found 8");
  }
}
