package io.github.kipp.core.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import com.google.common.collect.ImmutableList;
import io.github.kipp.core.Actor;
import io.github.kipp.core.Citation;
import io.github.kipp.core.InvalidInputException;
import io.github.kipp.core.LocalizedText;
import io.github.kipp.core.ProposalId;
import io.github.kipp.core.Reason;
import io.github.kipp.core.RecordAction;
import io.github.kipp.core.Role;
import io.github.kipp.core.UnauthorizedActionException;
import io.github.kipp.core.Violation;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * A log rebuilt from its stored entries, or read from its text form, holds the same rules as the log
 * that recorded them; and a stored log whose forger recomputed every hash still fails verification
 * when an entry breaks the form or the rules its record method would have checked.
 */
class RestoredAndForgedLogTest {

  private static final Instant T0 = Instant.parse("2023-07-03T02:00:00Z");
  private static final Citation RULE = Citation.regulation("PermenPANRB 1/2023", "Pasal 12 ayat (2)").withSources("S14");
  private static final Reason UPHELD = Reason.of("objection.upheld", LocalizedText.of("Sanggahan diterima", "Objection upheld"), RULE);
  private static final Actor ORGANISER = Actor.of("menteri", Role.ORGANISER);
  private static final Actor SECRETARIAT = Actor.of("sekretariat", Role.SECRETARIAT);
  private static final Actor UNIT = Actor.of("upp-17", Role.UNIT);
  private static final Actor PANEL = Actor.of("tpi-1", Role.INDEPENDENT_PANEL);
  private static final PublishedResult TOP99 = PublishedResult.of("B/112", "Top 99", T0, List.of("1. p-17", "2. p-44"));
  private static final PublishedResult TOP45 = PublishedResult.of("B/120", "Top 45", T0.plusSeconds(10), List.of("1. p-17"));

  /** A log with two publications, an objection to the first, its ruling and a correction. */
  private static DecisionLog recorded() {
    DecisionLog log = DecisionLog.create();
    log.recordPublication(TOP99, ORGANISER);
    log.recordPublication(TOP45, ORGANISER);
    log.recordObjection(T0.plusSeconds(20), UNIT, "S-1", TOP99, ProposalId.of("p-44"), "skor presentasi tidak lengkap");
    log.recordRuling(T0.plusSeconds(30), PANEL, "S-1", true, UPHELD);
    log.recordPublication(TOP99.correctedBy("B/112", T0.plusSeconds(40), List.of("1. p-44", "2. p-17"), UPHELD), SECRETARIAT);
    return log;
  }

  private static List<DecisionLog> restored(DecisionLog log) {
    return List.of(DecisionLog.of(log.entries()), DecisionLog.parse(log.write()));
  }

  @Test
  void a_restored_log_refuses_what_the_recording_log_refuses_and_changes_nothing() {
    DecisionLog original = recorded();
    List<Function<DecisionLog, LogEntry>> refused = List.of(
        log -> log.recordPublication(PublishedResult.of("B/112", "Top 99", T0.plusSeconds(50), List.of("1. p-03")), ORGANISER),
        log -> log.recordPublication(TOP99.correctedBy("B/112", T0.plusSeconds(50), List.of("1. p-03"), UPHELD), ORGANISER),
        log -> log.recordPublication(TOP45.correctedBy("B/112", T0.plusSeconds(50), List.of("1. p-03"), UPHELD), ORGANISER),
        log -> log.recordObjection(T0.plusSeconds(50), UNIT, "S-1", TOP45, ProposalId.of("p-17"), "lagi"),
        log -> log.recordObjection(T0.plusSeconds(50), UNIT, "S-2",
            PublishedResult.of("B/999", "Top 5", T0, List.of("1. p-03")), ProposalId.of("p-03"), "tidak pernah terbit"),
        log -> log.recordRuling(T0.plusSeconds(50), PANEL, "S-1", false, UPHELD),
        log -> log.recordRuling(T0.plusSeconds(50), PANEL, "S-9", true, UPHELD));
    List<String> expected = new ArrayList<>();
    for (Function<DecisionLog, LogEntry> action : refused) {
      DecisionLog log = recorded();
      UnauthorizedActionException e = catchThrowableOfType(UnauthorizedActionException.class, () -> action.apply(log));
      assertThat(e).as("refused by the recording log").isNotNull();
      expected.add(e.text().english());
    }

    for (DecisionLog log : restored(original)) {
      String head = log.headHash();
      for (int i = 0; i < refused.size(); i++) {
        Function<DecisionLog, LogEntry> action = refused.get(i);
        UnauthorizedActionException e = catchThrowableOfType(UnauthorizedActionException.class, () -> action.apply(log));
        assertThat(e).as("action %s on a restored log", i).isNotNull();
        assertThat(e.errorCode()).isEqualTo(UnauthorizedActionException.REFUSED);
        assertThat(e.text().english()).isEqualTo(expected.get(i));
      }
      assertThat(log.headHash()).isEqualTo(head);
      assertThat(log.verify(original.headHash()).valid()).isTrue();
      // What the rules allow is still allowed: a correction of the latest version, a new objection.
      log.recordPublication(latestTop99().correctedBy("B/112", T0.plusSeconds(60), List.of("1. p-17"), UPHELD), ORGANISER);
      log.recordObjection(T0.plusSeconds(70), UNIT, "S-2", TOP45, ProposalId.of("p-17"), "skor lapangan");
      assertThat(log.verify().valid()).isTrue();
    }
  }

  /** The correction recorded last in {@link #recorded()}, rebuilt as a value. */
  private static PublishedResult latestTop99() {
    return TOP99.correctedBy("B/112", T0.plusSeconds(40), List.of("1. p-44", "2. p-17"), UPHELD);
  }

  /** A forger's copy of a stored log: one entry replaced, then every hash after it recomputed. */
  private static DecisionLog forged(DecisionLog log, int index, UnaryOperator<LogEntry> edit) {
    List<LogEntry> out = new ArrayList<>();
    String previous = DecisionLog.GENESIS;
    ImmutableList<LogEntry> entries = log.entries();
    for (int i = 0; i < entries.size(); i++) {
      LogEntry e = i == index ? edit.apply(entries.get(i)) : entries.get(i);
      LogEntry unsigned = new LogEntry(i + 1L, e.at(), e.actor(), e.kind(), e.subject(), e.payload(), e.citations(), previous, "");
      LogEntry signed = new LogEntry(i + 1L, e.at(), e.actor(), e.kind(), e.subject(), e.payload(), e.citations(), previous, unsigned.computeHash());
      out.add(signed);
      previous = signed.hash();
    }
    return DecisionLog.of(out);
  }

  private static LogEntry with(LogEntry e, EntryKind kind, String subject, String payload) {
    return new LogEntry(e.sequence(), e.at(), e.actor(), kind, subject, payload, e.citations(), e.previousHash(), e.hash());
  }

  @Test
  void a_re_signed_log_whose_entry_breaks_the_form_of_its_record_method_fails_verification_at_that_entry() {
    DecisionLog log = recorded();
    String top99 = "hash=" + TOP99.hash();
    String correction = log.entries().get(4).payload();
    List<UnaryOperator<LogEntry>> edits = List.of(
        e -> with(e, EntryKind.PUBLICATION, "B/112", e.payload()),                                   // subject without "result "
        e -> with(e, EntryKind.PUBLICATION, e.subject(), "lines=2 title=Top 99"),                      // no hash
        e -> with(e, EntryKind.PUBLICATION, e.subject(), top99 + " supersedes=" + TOP45.hash()),       // a plain publication that supersedes
        e -> with(e, EntryKind.CORRECTION, e.subject(), e.payload()));                                 // a correction that supersedes nothing
    for (UnaryOperator<LogEntry> edit : edits) {
      Verification v = forged(log, 0, edit).verify();
      assertThat(v.firstBad()).hasValue(1);
      assertThat(v.problem().orElseThrow().english()).contains("forbids").contains("is not in the form DecisionLog.recordPublication writes");
    }
    Verification objection = forged(log, 2, e -> with(e, EntryKind.OBJECTION, "S-1", e.payload())).verify();
    Verification objectionPayload = forged(log, 2, e -> with(e, EntryKind.OBJECTION, e.subject(), "grounds=none")).verify();
    Verification ruling = forged(log, 3, e -> with(e, EntryKind.RULING, "S-1", e.payload())).verify();
    Verification correctionElsewhere = forged(log, 4, e -> with(e, EntryKind.CORRECTION, "result B/120", correction)).verify();

    assertThat(objection.firstBad()).hasValue(3);
    assertThat(objection.problem().orElseThrow().english()).contains("DecisionLog.recordObjection");
    assertThat(objectionPayload.firstBad()).hasValue(3);
    assertThat(objectionPayload.problem().orElseThrow().english()).contains("DecisionLog.recordObjection");
    assertThat(ruling.firstBad()).hasValue(4);
    assertThat(ruling.problem().orElseThrow().english()).contains("DecisionLog.recordRuling");
    assertThat(correctionElsewhere.firstBad()).hasValue(5);
    assertThat(correctionElsewhere.problem().orElseThrow().english()).contains("result B/120 was already published");
    assertThat(forged(log, 4, UnaryOperator.identity()).verify(log.headHash()).valid()).isTrue();
  }

  @Test
  void a_correction_published_under_the_reference_of_another_result_is_refused_when_recorded() {
    DecisionLog log = DecisionLog.create();
    log.recordPublication(TOP99, ORGANISER);
    log.recordPublication(TOP45, ORGANISER);
    String head = log.headHash();

    assertThatThrownBy(() -> log.recordPublication(TOP45.correctedBy("B/112", T0.plusSeconds(60), List.of("1. p-44"), UPHELD), ORGANISER))
        .isInstanceOfSatisfying(UnauthorizedActionException.class, e -> {
          assertThat(e.errorCode()).isEqualTo(UnauthorizedActionException.REFUSED);
          assertThat(e.text().english()).contains("result B/112 was already published, latest as " + TOP99.hash());
        });
    assertThat(log.headHash()).isEqualTo(head);
  }

  @Test
  void the_matrix_authorises_a_role_it_lists_and_refuses_any_other_naming_the_roles_it_allows() {
    for (RecordAction action : RecordAction.values()) {
      if (action == RecordAction.STAGE_MOVE) {
        assertThatThrownBy(() -> action.authorise(ORGANISER, "move")).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> action.allows(Role.ORGANISER)).isInstanceOf(IllegalStateException.class);
        continue;
      }
      for (Role role : Role.values()) {
        Actor actor = Actor.of("a-1", role);
        if (action.roles().contains(role)) {
          action.authorise(actor, "act");
          assertThat(action.allows(role)).isTrue();
        } else {
          assertThat(action.allows(role)).isFalse();
          assertThatThrownBy(() -> action.authorise(actor, "act"))
              .isInstanceOfSatisfying(UnauthorizedActionException.class, e -> {
                assertThat(e.errorCode()).isEqualTo(UnauthorizedActionException.CODE);
                assertThat(e.allowedRoles()).containsExactlyElementsOf(action.roles());
              });
        }
      }
    }
  }

  @Test
  void a_stored_entry_whose_hash_fields_are_too_long_or_not_text_is_refused_naming_the_field() {
    LogEntry e = recorded().entries().get(1);

    InvalidInputException longPrevious = catchThrowableOfType(InvalidInputException.class, () -> new LogEntry(e.sequence(), e.at(), e.actor(),
        e.kind(), e.subject(), e.payload(), e.citations(), e.previousHash() + "0", e.hash()));
    InvalidInputException badHash = catchThrowableOfType(InvalidInputException.class, () -> new LogEntry(e.sequence(), e.at(), e.actor(),
        e.kind(), e.subject(), e.payload(), e.citations(), e.previousHash(), e.hash().substring(1) + "\uDC00"));
    InvalidInputException badPrevious = catchThrowableOfType(InvalidInputException.class, () -> new LogEntry(e.sequence(), e.at(), e.actor(),
        e.kind(), e.subject(), e.payload(), e.citations(), "\u202E" + e.previousHash().substring(1), e.hash()));

    assertThat(longPrevious.violations()).extracting(Violation::code, Violation::path).containsExactly(tuple("kipp.text.tooLong", "previousHash"));
    assertThat(badHash.violations()).extracting(Violation::code, Violation::path).containsExactly(tuple("kipp.text.malformed", "hash"));
    assertThat(badPrevious.violations()).extracting(Violation::code, Violation::path).containsExactly(tuple("kipp.text.invisible", "previousHash"));
  }
}
