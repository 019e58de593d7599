package io.github.kipp.core.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.groups.Tuple.tuple;

import com.google.common.collect.ImmutableList;
import io.github.kipp.core.Actor;
import io.github.kipp.core.Citation;
import io.github.kipp.core.InvalidInputException;
import io.github.kipp.core.Role;
import io.github.kipp.core.Violation;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A stored decision log (its text form) edited so that it differs from what was recorded only by a
 * lone surrogate where a {@code ?} was: before, the lossy encoding hashed both alike and the edited
 * log still verified against the recorded head. Now it is refused when read.
 */
class StoredLogTamperingTest {

  private static final Instant T0 = Instant.parse("2023-07-01T01:00:00Z");
  private static final Actor SECRETARIAT = Actor.of("sekretariat", Role.SECRETARIAT);

  private static DecisionLog recorded() {
    DecisionLog log = DecisionLog.create();
    log.append(T0, SECRETARIAT, EntryKind.NOTE, "stage uji-publik", "opened", List.of());
    log.append(T0.plusSeconds(60), SECRETARIAT, EntryKind.DECISION, "proposal p-17?", "nilai akhir ?",
        List.of(Citation.inferred("PermenPANRB 1/2023", "Pasal 5", "pembulatan ?")));
    return log;
  }

  @Test
  void a_stored_log_whose_payload_was_edited_to_a_lone_surrogate_is_refused_when_read() {
    DecisionLog log = recorded();
    String edited = log.write().replace("nilai akhir ?", "nilai akhir \ud800");

    InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> DecisionLog.parse(edited));

    assertThat(e).isNotNull();
    assertThat(e.violations()).extracting(Violation::code, Violation::path).contains(
        tuple("kipp.log.malformed", "lines[1]"), tuple("kipp.text.malformed", "lines[1].payload"));
    assertThat(e.getMessage()).contains("Line 2 of the decision log cannot be read").contains("\\uD800");
  }

  @Test
  void a_stored_log_whose_subject_or_citation_was_edited_to_a_lone_surrogate_is_refused_when_read() {
    String text = recorded().write();
    for (String edited : List.of(text.replace("p-17?", "p-17\udc00"), text.replace("pembulatan ?", "pembulatan \udbff"))) {
      assertThatThrownBy(() -> DecisionLog.parse(edited))
          .isInstanceOfSatisfying(InvalidInputException.class,
              e -> assertThat(e.violations()).extracting(Violation::code).contains("kipp.log.malformed", "kipp.text.malformed"));
    }
  }

  @Test
  void entries_rebuilt_with_the_edit_are_refused_before_they_reach_a_log() {
    LogEntry e = recorded().entries().get(1);

    assertThatThrownBy(() -> new LogEntry(e.sequence(), e.at(), e.actor(), e.kind(), e.subject(), "nilai akhir \ud800", e.citations(),
        e.previousHash(), e.hash()))
        .isInstanceOfSatisfying(InvalidInputException.class,
            x -> assertThat(x.violations()).extracting(Violation::code, Violation::path).containsExactly(tuple("kipp.text.malformed", "payload")));
  }

  @Test
  void a_stored_published_result_edited_to_a_lone_surrogate_is_refused() {
    PublishedResult result = PublishedResult.of("B/112/2023", "Top 99 ?", T0, List.of("1. p-17 ?"));

    assertThatThrownBy(() -> new PublishedResult(result.reference(), "Top 99 \ud800", result.at(), result.lines(), Optional.empty(), Optional.empty(), result.hash()))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("\\uD800");
    assertThatThrownBy(() -> new PublishedResult(result.reference(), result.title(), result.at(), ImmutableList.of("1. p-17 \udfff"),
        Optional.empty(), Optional.empty(), result.hash()))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("lines[0]");
  }

  @Test
  void an_edit_to_any_other_character_still_fails_verification_against_the_recorded_head() {
    DecisionLog log = recorded();
    String edited = log.write().replace("nilai akhir ?", "nilai akhir \ufffd");

    assertThat(DecisionLog.parse(edited).verify(log.headHash()).valid()).isFalse();
  }
}
