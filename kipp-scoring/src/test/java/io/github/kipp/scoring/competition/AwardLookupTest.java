package io.github.kipp.scoring.competition;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.kipp.core.ProposalId;
import io.github.kipp.core.TierId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Looking up a tier's award, a proposal's tier and a finalist pool in the results of the sample module. */
class AwardLookupTest {

  /** Finalists p-1 and p-2; combined p-1 0.7 × 72 + 0.3 × 70 = 71.4, p-2 0.7 × 72 + 0.3 × 80 = 74.4: p-2 is the Top 1. */
  private static Winners winners() {
    Competition c = CompetitionTest.competition();
    return c.award(c.selectFinalists(c.nominate(c.screen(CompetitionTest.entries()), CompetitionTest.desk())),
        List.of(CompetitionTest.presentation(70, 80, 90)), Map.of()).winners().orElseThrow();
  }

  @Test
  void a_tier_is_found_by_its_id_and_a_tier_the_module_does_not_award_is_not() {
    Winners w = winners();

    assertThat(w.tier(SampleModule.TOP_1)).hasValueSatisfying(t -> {
      assertThat(t.tier().id()).isEqualTo(SampleModule.TOP_1);
      assertThat(t.cut().passed()).extracting(e -> e.proposal().value()).containsExactly("p-2");
    });
    assertThat(w.tier(SampleModule.TOP_2)).as("a finalist pool, not a winners' tier").isEmpty();
    assertThat(w.tier(TierId.of("top-45"))).isEmpty();
  }

  @Test
  void the_tier_of_a_proposal_is_the_one_whose_cut_it_passed_and_none_for_the_others() {
    Winners w = winners();

    assertThat(w.tierOf(ProposalId.of("p-2"))).hasValueSatisfying(t -> assertThat(t.id()).isEqualTo(SampleModule.TOP_1));
    assertThat(w.tierOf(ProposalId.of("p-1"))).as("ranked second, outside the Top 1").isEmpty();
    assertThat(w.tierOf(ProposalId.of("p-3"))).as("not a finalist").isEmpty();
    assertThat(w.tierOf(ProposalId.of("x-9"))).isEmpty();
  }

  @Test
  void a_finalist_pool_is_found_by_its_tier_and_a_tier_without_a_pool_has_none() {
    Competition c = CompetitionTest.competition();
    FinalistSelection finalists = c.selectFinalists(c.nominate(c.screen(CompetitionTest.entries()), CompetitionTest.desk())).finalists().orElseThrow();

    assertThat(finalists.pool(SampleModule.TOP_2)).hasValueSatisfying(p -> assertThat(p.pool().tier()).isEqualTo(SampleModule.TOP_2));
    assertThat(finalists.pool(SampleModule.TOP_1)).as("a winners' tier, not a pool").isEmpty();
    assertThat(finalists.pool(TierId.of("top-99"))).isEmpty();
  }
}
