package io.github.kipp.scoring;

import static io.github.kipp.scoring.ScoringFixtures.CLOSE;
import static io.github.kipp.scoring.ScoringFixtures.DESK_CRITERIA;
import static io.github.kipp.scoring.ScoringFixtures.LUWU_UTARA;
import static io.github.kipp.scoring.ScoringFixtures.TAKALAR;
import static io.github.kipp.scoring.ScoringFixtures.UNHAS;
import static io.github.kipp.scoring.ScoringFixtures.sheet;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.kipp.core.Citation;
import io.github.kipp.core.InvalidInputException;
import io.github.kipp.core.LocalizedText;
import io.github.kipp.core.Reason;
import io.github.kipp.core.audit.DecisionLog;
import io.github.kipp.core.audit.EntryKind;
import io.github.kipp.core.audit.LogEntry;
import io.github.kipp.core.innovation.Proposal;
import io.github.kipp.scoring.panel.Assignment;
import io.github.kipp.scoring.panel.ConflictOfInterestPolicies;
import io.github.kipp.scoring.panel.Evaluator;
import io.github.kipp.scoring.panel.Panel;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.InstantSource;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** A score book keeps every version of a sheet, explains each revision, and counts only the last. */
class SheetHistoryTest {

  private static final Evaluator ACADEMIC = Evaluator.of("te-unhas", UNHAS);
  private static final Proposal FROM_LUWU = ScoringFixtures.proposal("p-luwu", LUWU_UTARA);
  private static final Proposal FROM_TAKALAR = ScoringFixtures.proposal("p-takalar", TAKALAR);
  private static final Instant OPENED = Instant.parse("2023-05-01T00:00:00Z");
  private static final Reason TYPO = Reason.of("revision.typo",
      LocalizedText.of("Salah ketik pada nilai signifikansi", "A typing error in the significance score"),
      Citation.unknown("Committee minutes", "a host states the rule or minute behind a revision"));
  private static final Reason FAMILY = Reason.of("recusal.family", LocalizedText.of("Kerabat pengusul", "A relative of the proposer"));

  /** A clock that moves one minute on every reading, so each version has its own time. */
  private static InstantSource ticking() {
    AtomicLong minutes = new AtomicLong();
    return () -> OPENED.plusSeconds(60 * minutes.getAndIncrement());
  }

  private static ScoreBook book(DecisionLog log) {
    Assignment assignment = Assignment.of(Map.of(FROM_LUWU.id(), List.of(ACADEMIC.id()), FROM_TAKALAR.id(), List.of(ACADEMIC.id())));
    return ScoreBook.open(DESK_CRITERIA, List.of(FROM_LUWU, FROM_TAKALAR), Panel.of(List.of(ACADEMIC)), assignment,
        ConflictOfInterestPolicies.institutional(), ticking(), log);
  }

  @Test
  void every_version_of_a_sheet_is_kept_with_its_changes_and_reason_and_only_the_last_counts() {
    DecisionLog log = DecisionLog.create();
    ScoreBook book = book(log);
    book.submit(sheet("p-luwu", "te-unhas", 80, 70), ACADEMIC.actor());
    book.revise(sheet("p-luwu", "te-unhas", 85, 70), ACADEMIC.actor(), TYPO);
    book.submit(sheet("p-luwu", "te-unhas", 85, 70), ACADEMIC.actor());

    SheetHistory history = book.history(FROM_LUWU.id(), ACADEMIC.id());
    assertThat(history.versions()).extracting(SheetVersion::number).containsExactly(1, 2, 3);
    assertThat(history.versions()).extracting(SheetVersion::recordedAt)
        .containsExactly(OPENED, OPENED.plusSeconds(60), OPENED.plusSeconds(120));
    SheetVersion second = history.versions().get(1);
    assertThat(second.changes()).containsExactly(new ScoreChange(CriterionId.of("signifikansi"), new BigDecimal("80"), new BigDecimal("85")));
    assertThat(second.revisionReason()).contains(TYPO);
    assertThat(second.explanation().english()).isEqualTo("Version 2 of the sheet of te-unhas for proposal p-luwu, recorded at "
        + OPENED.plusSeconds(60) + ", replaces version 1 and changes signifikansi 80 \u2192 85: A typing error in the significance score");
    assertThat(second.explanation().indonesian()).startsWith("Versi 2 lembar penilaian te-unhas untuk proposal p-luwu")
        .endsWith("mengubah signifikansi 80 \u2192 85: Salah ketik pada nilai signifikansi");
    SheetVersion third = history.versions().get(2);
    assertThat(third.changes()).isEmpty();
    assertThat(third.revisionReason()).isEmpty();
    assertThat(third.explanation().english()).endsWith("replaces version 2 and changes no score: no reason was given.");
    assertThat(history.current()).contains(third.sheet());

    FrozenScores frozen = book.freeze(CLOSE, ScoringFixtures.SECRETARIAT_ACTOR);
    assertThat(frozen.sheets()).containsExactly(third.sheet());
    assertThat(book.history(FROM_LUWU.id(), ACADEMIC.id())).isEqualTo(history);

    List<LogEntry> sheets = log.entries().stream().filter(e -> e.kind() == EntryKind.SCORE_SHEET).toList();
    assertThat(sheets).hasSize(3);
    assertThat(sheets.get(0).payload()).doesNotContain("version=");
    assertThat(sheets.get(1).payload()).endsWith(" version=2 reason=revision.typo");
    assertThat(sheets.get(1).citations()).isEqualTo(TYPO.citations());
    assertThat(sheets.get(2).payload()).endsWith(" version=3");
    assertThat(log.verify().valid()).isTrue();
  }

  @Test
  void a_revision_without_an_earlier_sheet_is_refused_and_nothing_is_stored() {
    DecisionLog log = DecisionLog.create();
    ScoreBook book = book(log);

    assertThatThrownBy(() -> book.revise(sheet("p-luwu", "te-unhas", 85, 70), ACADEMIC.actor(), TYPO))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> {
          assertThat(e.violations()).extracting(v -> v.code()).containsExactly("kipp.sheet.noEarlierVersion");
          assertThat(e.getMessage()).contains("te-unhas has no sheet for proposal p-luwu in stage 'evaluasi-proposal' to revise");
          assertThat(e.text().indonesian()).contains("belum memiliki lembar untuk proposal p-luwu");
        });
    assertThat(book.size()).isZero();
    assertThat(book.history(FROM_LUWU.id(), ACADEMIC.id()).versions()).isEmpty();
    assertThat(log.size()).isZero();
  }

  @Test
  void a_recusal_withdraws_the_sheet_but_its_versions_stay_in_the_history() {
    ScoreBook book = book(DecisionLog.create());
    book.submit(sheet("p-takalar", "te-unhas", 60, 60), ACADEMIC.actor());
    book.revise(sheet("p-takalar", "te-unhas", 60, 65), ACADEMIC.actor(), TYPO);
    book.recuse(ACADEMIC.id(), FROM_TAKALAR.id(), ACADEMIC.actor(), FAMILY);
    book.recuse(ACADEMIC.id(), FROM_LUWU.id(), ACADEMIC.actor(), FAMILY);

    SheetHistory takalar = book.history(FROM_TAKALAR.id(), ACADEMIC.id());
    assertThat(takalar.versions()).hasSize(2);
    assertThat(takalar.withdrawal()).contains(FAMILY);
    assertThat(takalar.current()).isEmpty();
    assertThat(takalar.explanation()).hasSize(3);
    assertThat(takalar.explanation().get(2).english())
        .isEqualTo("The sheet of te-unhas for proposal p-takalar (2 versions) no longer counts: the evaluator recused. A relative of the proposer");
    assertThat(book.histories()).extracting(SheetHistory::proposal).containsExactly(FROM_TAKALAR.id(), FROM_LUWU.id());
    assertThat(book.histories().get(1).versions()).isEmpty();
    assertThat(book.histories().get(1).withdrawal()).contains(FAMILY);
    assertThat(book.freeze(CLOSE, ScoringFixtures.SECRETARIAT_ACTOR).sheets()).isEmpty();
  }

  @Test
  void for_any_sequence_of_submissions_the_history_holds_each_in_order_and_each_change_is_exactly_a_differing_score() {
    qt().withFixedSeed(20_261_207L).withExamples(1_000)
        .forAll(lists().of(integers().between(0, 100)).ofSizeBetween(2, 16))
        .checkAssert(values -> {
          ScoreBook book = book(DecisionLog.create());
          int n = values.size() / 2;
          for (int i = 0; i < n; i++) {
            ScoreSheet s = sheet("p-luwu", "te-unhas", values.get(2 * i), values.get(2 * i + 1));
            if (i % 2 == 0) {
              book.submit(s, ACADEMIC.actor());
            } else {
              book.revise(s, ACADEMIC.actor(), TYPO);
            }
          }
          SheetHistory history = book.history(FROM_LUWU.id(), ACADEMIC.id());
          assertThat(history.versions()).hasSize(n);
          for (int i = 1; i < n; i++) {
            int before0 = values.get(2 * (i - 1));
            int before1 = values.get(2 * (i - 1) + 1);
            int after0 = values.get(2 * i);
            int after1 = values.get(2 * i + 1);
            int expected = (before0 != after0 ? 1 : 0) + (before1 != after1 ? 1 : 0);
            assertThat(history.versions().get(i).changes()).hasSize(expected);
            assertThat(history.versions().get(i).revisionReason().isPresent()).isEqualTo(i % 2 == 1);
          }
          ScoreSheet last = sheet("p-luwu", "te-unhas", values.get(2 * (n - 1)), values.get(2 * (n - 1) + 1));
          assertThat(history.current()).contains(last);
          assertThat(book.freeze(CLOSE, ScoringFixtures.SECRETARIAT_ACTOR).sheets()).containsExactly(last);
        });
  }
}
