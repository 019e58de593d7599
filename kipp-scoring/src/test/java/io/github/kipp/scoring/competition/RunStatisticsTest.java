package io.github.kipp.scoring.competition;

import static io.github.kipp.scoring.competition.CompetitionTest.competition;
import static io.github.kipp.scoring.competition.CompetitionTest.desk;
import static io.github.kipp.scoring.competition.CompetitionTest.entries;
import static io.github.kipp.scoring.competition.CompetitionTest.presentation;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import io.github.kipp.core.ActorId;
import io.github.kipp.core.Citation;
import io.github.kipp.core.ProposalId;
import io.github.kipp.core.innovation.Proposal;
import io.github.kipp.core.institution.ThreeTRegions;
import io.github.kipp.scoring.ScoringFixtures;
import io.github.kipp.scoring.fairness.FairnessOptions;
import io.github.kipp.scoring.fairness.RegionalFairness;
import io.github.kipp.scoring.fairness.ShareShift;
import io.github.kipp.scoring.fairness.StageFairness;
import io.github.kipp.scoring.reliability.RaterReliability;
import io.github.kipp.scoring.reliability.ReliabilityOptions;
import io.github.kipp.scoring.reliability.StageReliability;
import io.github.kipp.scoring.shortlist.QuotaDimension;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Rater reliability and regional fairness read from a competition's run, as a host gets it. */
class RunStatisticsTest {

  private static final ReliabilityOptions RELIABILITY = ReliabilityOptions.newBuilder().seed(7).replicates(50).build();
  private static final FairnessOptions FAIRNESS = FairnessOptions.of(ThreeTRegions.none(Citation.unknown("test", "no 3T region")));

  private static EditionResult awarded() {
    Competition c = competition();
    return c.award(c.selectFinalists(c.nominate(c.screen(entries()), desk())), List.of(presentation(70, 80, 90)), Map.of());
  }

  @Test
  void every_scored_stage_of_a_run_is_assessed_from_the_sheets_its_aggregation_saw() {
    EditionResult result = awarded();

    ImmutableList<StageReliability> stages = RaterReliability.assess(result, RELIABILITY);

    assertThat(stages).extracting(StageReliability::stage).containsExactly(ScoringFixtures.DESK, ScoringFixtures.PRESENTATION);
    StageReliability desk = stages.get(0);
    assertThat(desk.proposals()).isEqualTo(result.nomination().orElseThrow().desk().scores().size());
    // p-1 and p-2 were each rated 72 by te-1 and te-2: pairable, but without any spread
    assertThat(desk.alphaProposals()).isEqualTo(2);
    assertThat(desk.pairableRatings()).isEqualTo(4);
    assertThat(desk.alpha()).isEmpty();
    assertThat(desk.iccRaters()).containsExactly(ActorId.of("te-1"), ActorId.of("te-2"));
    assertThat(desk.iccProposals()).containsExactly(ProposalId.of("p-1"), ProposalId.of("p-2"));
    assertThat(desk.iccSingle()).isEmpty();
    assertThat(desk.calibrations()).extracting(c -> c.evaluator().value()).containsExactly("te-1", "te-2");
    assertThat(desk.calibration(ActorId.of("te-1")).orElseThrow().offset()).hasValue(new BigDecimal("0.0000"));
    StageReliability presentation = stages.get(1);
    assertThat(presentation.alphaProposals()).as("one panellist per proposal: nothing to pair").isZero();
    assertThat(presentation.ratings()).isEqualTo(result.winners().orElseThrow().stages().get(0).scores().size());
    assertThat(RaterReliability.assess(competition().screen(entries()), RELIABILITY)).isEmpty();
  }

  @Test
  void every_step_of_a_run_compares_those_that_went_on_with_those_that_entered() {
    EditionResult result = awarded();

    ImmutableList<StageFairness> steps = RegionalFairness.assess(result, FAIRNESS);

    assertThat(steps).extracting(StageFairness::stage).containsExactly("SCREENED", "NOMINATED", "FINALISTS_SELECTED", "AWARDED");
    assertThat(steps).extracting(StageFairness::entered).containsExactly(
        result.entries().submitted().size(),
        result.screening().result().eligible().size(),
        result.nomination().orElseThrow().nominated().size(),
        result.finalists().orElseThrow().finalists().size());
    assertThat(steps).extracting(StageFairness::passed).containsExactly(
        result.screening().result().eligible().size(),
        result.nomination().orElseThrow().nominated().size(),
        result.finalists().orElseThrow().finalists().size(),
        result.winners().orElseThrow().awarded().size());
    for (StageFairness step : steps) {
      assertThat(step.of(QuotaDimension.GROUP).stream().map(ShareShift::enteredShare).reduce(BigDecimal.ZERO, BigDecimal::add))
          .isEqualByComparingTo(BigDecimal.ONE);
    }
    StageFairness screened = steps.get(0);
    assertThat(screened.of(QuotaDimension.GROUP)).extracting(ShareShift::value).containsExactly("khusus", "umum");
    assertThat(result.entries().submitted()).extracting(Proposal::id).hasSize(screened.entered());
    assertThat(RegionalFairness.assess(competition().screen(entries()), FAIRNESS)).extracting(StageFairness::stage).containsExactly("SCREENED");
  }
}
