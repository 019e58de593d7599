package io.github.kipp.scoring.competition;

import static io.github.kipp.scoring.ScoringFixtures.CITED;
import static io.github.kipp.scoring.ScoringFixtures.CLOSE;
import static io.github.kipp.scoring.ScoringFixtures.DESK;
import static io.github.kipp.scoring.ScoringFixtures.PRESENTATION;
import static io.github.kipp.scoring.competition.CompetitionTest.desk;
import static io.github.kipp.scoring.competition.CompetitionTest.entries;
import static io.github.kipp.scoring.competition.CompetitionTest.presentation;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import io.github.kipp.core.LocalizedText;
import io.github.kipp.core.ProposalId;
import io.github.kipp.core.Reason;
import io.github.kipp.core.TierId;
import io.github.kipp.scoring.FrozenScores;
import io.github.kipp.scoring.aggregate.VerificationFinding;
import io.github.kipp.scoring.shortlist.Quota;
import io.github.kipp.scoring.shortlist.QuotaDimension;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** An edition result keeps every call that made it, with its time and inputs; a competition with another clock decides the same. */
class StepRecordTest {

  private static final Instant T0 = Instant.parse("2023-06-01T00:00:00Z");
  private static final Reason RULING = Reason.of("objection.upheld", LocalizedText.of("Sanggahan diterima", "Objection upheld"), CITED);

  private static Competition at(Instant t) {
    return Competition.of(SampleModule.plain(), 7, Clock.fixed(t, ZoneOffset.UTC));
  }

  @Test
  void every_call_is_recorded_in_order_with_its_time_and_what_it_was_given() {
    FrozenScores desk = desk();
    FrozenScores presentation = presentation(70, 80, 90);
    VerificationFinding finding = new VerificationFinding(ProposalId.of("p-1"), VerificationFinding.Outcome.CONFIRMED,
        Reason.of("verified", LocalizedText.same("Terverifikasi"), CITED));
    EditionResult screened = at(T0).screen(entries());
    EditionResult nominated = at(T0.plusSeconds(1)).nominate(screened, desk);
    EditionResult selected = at(T0.plusSeconds(2)).selectFinalists(nominated);
    EditionResult corrected = at(T0.plusSeconds(3)).removeFinalist(selected, ProposalId.of("p-2"), RULING);
    EditionResult awarded = at(T0.plusSeconds(4)).award(corrected, List.of(presentation), Map.of(finding.proposal(), finding));

    assertThat(awarded.steps()).extracting(StepRecord::call).containsExactly(StepRecord.Call.SCREEN, StepRecord.Call.NOMINATE,
        StepRecord.Call.SELECT_FINALISTS, StepRecord.Call.REMOVE_FINALIST, StepRecord.Call.AWARD);
    assertThat(awarded.steps()).extracting(StepRecord::decidedAt)
        .containsExactly(T0, T0.plusSeconds(1), T0.plusSeconds(2), T0.plusSeconds(3), T0.plusSeconds(4));
    assertThat(awarded.steps().get(1).scores()).containsExactly(new StepRecord.FrozenStage(DESK, CLOSE, desk.populationId()));
    assertThat(awarded.steps().get(3).removed()).contains(ProposalId.of("p-2"));
    assertThat(awarded.steps().get(3).ruling()).contains(RULING);
    assertThat(awarded.steps().get(4).scores()).containsExactly(StepRecord.FrozenStage.of(presentation));
    assertThat(awarded.steps().get(4).scores().get(0).stage()).isEqualTo(PRESENTATION);
    assertThat(awarded.steps().get(4).findings()).containsExactly(Map.entry(ProposalId.of("p-1"), finding));
    // The finalists' decidedAt is the last call's that chose them; the earlier results are unchanged.
    assertThat(awarded.finalists().orElseThrow().decidedAt()).isEqualTo(T0.plusSeconds(3));
    assertThat(selected.steps()).hasSize(3);
    assertThat(screened.steps()).containsExactly(StepRecord.screen(T0));
  }

  @Test
  void the_whole_run_records_the_later_stages_in_the_modules_order_as_the_steps_one_at_a_time_do() {
    Competition c = at(T0);
    EditionResult staged = c.award(c.selectFinalists(c.nominate(c.screen(entries()), desk())), List.of(presentation(70, 80, 90)), Map.of());
    EditionResult ranked = c.award(c.screen(entries()), List.of(presentation(70, 80, 90), desk()), Map.of());

    assertThat(c.run(entries(), List.of(presentation(70, 80, 90), desk()), Map.of()).steps()).isEqualTo(staged.steps());
    assertThat(ranked.steps().get(1).scores()).extracting(StepRecord.FrozenStage::stage).containsExactly(DESK, PRESENTATION);
  }

  @Test
  void results_decided_by_the_same_calls_with_other_inputs_are_not_equal() {
    Competition c = at(T0);
    EditionResult selected = c.selectFinalists(c.nominate(c.screen(entries()), desk()));
    VerificationFinding finding = new VerificationFinding(ProposalId.of("p-1"), VerificationFinding.Outcome.NOT_VISITED,
        Reason.of("not.visited", LocalizedText.same("Tidak dikunjungi"), CITED));

    EditionResult without = c.award(selected, List.of(presentation(70, 80, 90)), Map.of());
    EditionResult with = c.award(selected, List.of(presentation(70, 80, 90)), Map.of(finding.proposal(), finding));

    // The sample's combination has no verification gate, so the decisions are the same; the record is not.
    assertThat(with.outcomes()).isEqualTo(without.outcomes());
    assertThat(with).isNotEqualTo(without);
    assertThat(c.award(selected, List.of(presentation(70, 80, 90)), Map.of())).isEqualTo(without).hasSameHashCodeAs(without);
  }

  @Test
  void a_competition_with_another_clock_decides_the_same_with_the_host_quotas_and_stamps_its_own_time() {
    Competition original = Competition.newBuilder(SampleModule.plain()).drawSeed(7).clock(Clock.fixed(T0, ZoneOffset.UTC))
        .quotas(TierId.of("top-2"), List.of(Quota.atLeast(QuotaDimension.INSTITUTION, "pemkab-luwu-utara", 2, CITED))).build();
    Competition later = original.withClock(Clock.fixed(T0.plusSeconds(86_400), ZoneOffset.UTC));

    EditionResult before = original.selectFinalists(original.nominate(original.screen(entries()), desk()));
    EditionResult after = later.selectFinalists(later.nominate(later.screen(entries()), desk()));

    assertThat(after.finalists().orElseThrow().finalists()).extracting(ProposalId::value).containsExactly("p-1", "p-3");
    assertThat(after.outcomes()).isEqualTo(before.outcomes());
    assertThat(after.steps()).extracting(StepRecord::decidedAt).containsOnly(T0.plusSeconds(86_400));
    assertThat(later.drawSeed()).isEqualTo(7);
    assertThat(later.module()).isSameAs(original.module());
    // The copy's steps resume the original's results: same module and seed.
    assertThat(later.selectFinalists(original.nominate(original.screen(entries()), desk())).finalists().orElseThrow().finalists())
        .isEqualTo(before.finalists().orElseThrow().finalists());
    assertThatThrownBy(() -> original.withClock(null)).isInstanceOf(NullPointerException.class).hasMessage("clock");
  }

  @Test
  void a_record_carries_exactly_the_inputs_of_its_call() {
    StepRecord.FrozenStage stage = StepRecord.FrozenStage.of(desk());
    ImmutableSortedMap<ProposalId, VerificationFinding> none = ImmutableSortedMap.of();
    VerificationFinding finding = new VerificationFinding(ProposalId.of("p-1"), VerificationFinding.Outcome.CONFIRMED, RULING);

    assertThatThrownBy(() -> new StepRecord(StepRecord.Call.SCREEN, T0, ImmutableList.of(stage), Optional.empty(), Optional.empty(), none))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("SCREEN step record carries 1 frozen stages");
    assertThatThrownBy(() -> new StepRecord(StepRecord.Call.NOMINATE, T0, ImmutableList.of(), Optional.empty(), Optional.empty(), none))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("NOMINATE freezes exactly one");
    assertThatThrownBy(() -> new StepRecord(StepRecord.Call.REMOVE_FINALIST, T0, ImmutableList.of(), Optional.of(ProposalId.of("p-1")), Optional.empty(), none))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("removes a finalist");
    assertThatThrownBy(() -> new StepRecord(StepRecord.Call.SELECT_FINALISTS, T0, ImmutableList.of(), Optional.of(ProposalId.of("p-1")), Optional.of(RULING), none))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("removes a finalist");
    assertThatThrownBy(() -> new StepRecord(StepRecord.Call.NOMINATE, T0, ImmutableList.of(stage), Optional.empty(), Optional.empty(),
        ImmutableSortedMap.of(finding.proposal(), finding)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("only AWARD is given findings");
    assertThatThrownBy(() -> new StepRecord.FrozenStage(DESK, CLOSE, " ")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("blank");
    assertThat(new StepRecord(StepRecord.Call.AWARD, T0, ImmutableList.of(stage, stage), Optional.empty(), Optional.empty(), none).scores()).hasSize(2);
  }
}
