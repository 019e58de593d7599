package io.github.kipp.scoring.competition;

import static io.github.kipp.scoring.ScoringFixtures.CITED;
import static io.github.kipp.scoring.ScoringFixtures.CLOSE;
import static io.github.kipp.scoring.ScoringFixtures.DESK;
import static io.github.kipp.scoring.ScoringFixtures.PRESENTATION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import io.github.kipp.core.InvalidInputException;
import io.github.kipp.core.LocalizedText;
import io.github.kipp.core.ProposalId;
import io.github.kipp.core.Reason;
import io.github.kipp.core.StageId;
import io.github.kipp.core.institution.ThreeTRegions;
import io.github.kipp.scoring.CriteriaSet;
import io.github.kipp.scoring.CriterionId;
import io.github.kipp.scoring.FrozenScores;
import io.github.kipp.scoring.Rounding;
import io.github.kipp.scoring.ScoreSheet;
import io.github.kipp.scoring.ScoringFixtures;
import io.github.kipp.scoring.rank.AwardTier;
import io.github.kipp.scoring.rank.TieBreakChain;
import io.github.kipp.scoring.shortlist.Quota;
import io.github.kipp.scoring.shortlist.QuotaDimension;
import io.github.kipp.scoring.shortlist.ShortlistSpec;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The checks a {@link Competition} makes on the calls it is given, and the award of several tiers;
 * the entries and sheets are {@link CompetitionTest}'s.
 */
class CompetitionChecksTest {

  private static final Clock CLOCK = Clock.fixed(Instant.parse("2023-07-31T00:00:00Z"), ZoneOffset.UTC);
  private static final Reason RULING = Reason.of("objection.upheld", LocalizedText.of("Sanggahan diterima", "Objection upheld"), CITED);

  private static Competition competition() {
    return Competition.of(SampleModule.plain(), 7, CLOCK);
  }

  private static List<String> codes(Runnable call) {
    try {
      call.run();
    } catch (InvalidInputException e) {
      return e.violations().stream().map(v -> v.code()).collect(Collectors.toList());
    }
    throw new AssertionError("the call succeeded");
  }

  @Test
  void a_proposal_awarded_in_one_tier_does_not_compete_in_the_next() {
    Competition c = Competition.of(SampleModule.withWinners(
        AwardTier.of("top-1", LocalizedText.of("Juara", "Winner"), SampleModule.UMUM, 1, CITED),
        AwardTier.of("harapan", LocalizedText.of("Harapan", "Honourable mention"), SampleModule.UMUM, 1, CITED)), 7, CLOCK);

    // Ranked from screening: p-2 74.4, p-1 71.4, p-3 69.0.
    EditionResult awarded = c.award(c.screen(CompetitionTest.entries()), List.of(CompetitionTest.desk(), CompetitionTest.presentation(70, 80, 90)), Map.of());

    Winners w = awarded.winners().orElseThrow();
    assertThat(w.tiers()).extracting(t -> t.cut().passed().stream().map(e -> e.proposal().value()).collect(Collectors.toList()))
        .containsExactly(List.of("p-2"), List.of("p-1"));
    assertThat(w.awarded()).extracting(ProposalId::value).containsExactly("p-2", "p-1");
  }

  @Test
  void the_whole_run_refuses_two_sets_of_sheets_for_one_stage() {
    assertThat(codes(() -> competition().run(CompetitionTest.entries(), List.of(CompetitionTest.desk(), CompetitionTest.desk()), Map.of())))
        .containsExactly("kipp.competition.stageTwice");
  }

  @Test
  void the_winners_step_refuses_sheets_of_a_stage_the_module_does_not_score_or_of_other_criteria() {
    Competition c = competition();
    EditionResult nominated = c.nominate(c.screen(CompetitionTest.entries()), CompetitionTest.desk());
    CriteriaSet interview = CriteriaSet.of(StageId.of("wawancara"), SampleModule.PRESENTATION_CRITERIA.criteria(), BigDecimal.ONE,
        ScoringFixtures.TWO_DECIMALS);
    CriteriaSet presentationToThreeDecimals = CriteriaSet.of(PRESENTATION, SampleModule.PRESENTATION_CRITERIA.criteria(), BigDecimal.ONE,
        new Rounding(3, RoundingMode.HALF_UP, ScoringFixtures.DEFAULT));

    assertThat(codes(() -> c.award(nominated, List.of(FrozenScores.of(interview, List.of(), CLOSE)), Map.of())))
        .containsExactly("kipp.competition.unknownStage");
    assertThat(codes(() -> c.award(nominated, List.of(FrozenScores.of(presentationToThreeDecimals, List.of(), CLOSE)), Map.of())))
        .containsExactly("kipp.competition.otherCriteria");
  }

  @Test
  void a_finalist_can_only_be_removed_from_a_result_whose_last_step_chose_the_finalists() {
    Competition c = competition();
    EditionResult nominated = c.nominate(c.screen(CompetitionTest.entries()), CompetitionTest.desk());
    EditionResult awarded = c.award(c.selectFinalists(nominated), List.of(CompetitionTest.presentation(70, 80, 90)), Map.of());

    assertThatThrownBy(() -> c.removeFinalist(nominated, ProposalId.of("p-1"), RULING)).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("last step is NOMINATED");
    assertThatThrownBy(() -> c.removeFinalist(awarded, ProposalId.of("p-1"), RULING)).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("last step is AWARDED");
  }

  @Test
  void freezing_without_a_close_closes_at_the_latest_sheet_wherever_it_is_listed() {
    Instant first = CLOSE.plusSeconds(3_600);
    Instant latest = CLOSE.plusSeconds(3 * 3_600);
    Instant middle = CLOSE.plusSeconds(2 * 3_600);
    List<ScoreSheet> sheets = List.of(SampleModule.presentation("p-1", "tpi-1", 70, first), SampleModule.presentation("p-2", "tpi-1", 80, latest),
        SampleModule.presentation("p-3", "tpi-1", 90, middle));

    assertThat(competition().freeze(PRESENTATION, sheets).closedAt()).isEqualTo(latest);
  }

  @Test
  void a_competition_returns_the_module_it_runs() {
    SampleModule module = SampleModule.plain();

    assertThat(Competition.of(module, 7, CLOCK).module()).isSameAs(module);
    assertThat(competition().stages()).containsExactly(DESK, PRESENTATION);
  }

  @Test
  void a_tie_break_chain_naming_a_stage_or_criterion_the_module_does_not_score_is_refused_naming_it() {
    TieBreakChain interviewFirst = TieBreakChain.of(ScoringFixtures.DEFAULT, TieBreakChain.stage(StageId.of("wawancara")), TieBreakChain.draw());
    TieBreakChain impactFirst = TieBreakChain.of(ScoringFixtures.DEFAULT, TieBreakChain.criterion(CriterionId.of("dampak-luas")), TieBreakChain.draw());

    assertThatThrownBy(() -> Competition.of(SampleModule.withChain(interviewFirst), 7, CLOCK)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("sample-2023").hasMessageContaining("wawancara").hasMessageContaining("names a stage the module does not score");
    assertThatThrownBy(() -> Competition.of(SampleModule.withChain(impactFirst), 7, CLOCK)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("dampak-luas").hasMessageContaining("names a criterion no stage of the module scores");
    TieBreakChain declared = TieBreakChain.of(ScoringFixtures.DEFAULT, TieBreakChain.stage(PRESENTATION), TieBreakChain.criterion(CriterionId.of("presentasi")),
        TieBreakChain.draw());
    assertThat(Competition.of(SampleModule.withChain(declared), 7, CLOCK).stages()).containsExactly(DESK, PRESENTATION);
  }

  @Test
  void quotas_a_host_adds_to_a_pool_keep_the_pools_catalogue_of_3t_regions() {
    ThreeTRegions regions = ThreeTRegions.tertinggal2020to2024();
    Quota oneFromLuwuUtara = Quota.atLeast(QuotaDimension.INSTITUTION, ScoringFixtures.LUWU_UTARA.id().value(), 1, CITED);
    Competition c = Competition.newBuilder(SampleModule.withPoolRegions(regions)).drawSeed(7).clock(CLOCK)
        .quotas(SampleModule.TOP_2, ImmutableList.of(oneFromLuwuUtara)).build();

    EditionResult selected = c.selectFinalists(c.nominate(c.screen(CompetitionTest.entries()), CompetitionTest.desk()));

    ShortlistSpec spec = selected.finalists().orElseThrow().pool(SampleModule.TOP_2).orElseThrow().shortlist().spec();
    assertThat(spec.threeTRegions()).containsSame(regions);
    assertThat(spec.quotas()).containsExactly(oneFromLuwuUtara);
  }
}
