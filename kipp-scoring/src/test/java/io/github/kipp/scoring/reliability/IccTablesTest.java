package io.github.kipp.scoring.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.kipp.core.ActorId;
import io.github.kipp.core.ProposalId;
import io.github.kipp.core.StageId;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Which table the intraclass correlations use, and the tables on which one of them is undefined. */
class IccTablesTest {

  private static final StageId STAGE = StageId.of("evaluasi-proposal");
  private static final ReliabilityOptions OPTIONS = ReliabilityOptions.newBuilder().seed(3).replicates(50).build();

  private static Ratings.Builder rate(Ratings.Builder b, String proposal, String... raterValue) {
    for (int i = 0; i < raterValue.length; i += 2) {
      b.rate(ProposalId.of(proposal), ActorId.of(raterValue[i]), new BigDecimal(raterValue[i + 1]));
    }
    return b;
  }

  @Test
  void of_two_rater_sets_seen_equally_often_the_larger_one_makes_the_table() {
    Ratings.Builder b = Ratings.newBuilder(STAGE);
    rate(b, "p-1", "te-a", "60", "te-b", "70");
    rate(b, "p-2", "te-a", "50", "te-b", "65");
    rate(b, "p-3", "te-a", "80", "te-b", "75", "te-c", "90");
    rate(b, "p-4", "te-a", "40", "te-b", "55", "te-c", "45");
    StageReliability r = RaterReliability.assess(b.build(), OPTIONS);
    assertThat(r.iccRaters()).containsExactly(ActorId.of("te-a"), ActorId.of("te-b"), ActorId.of("te-c"));
    assertThat(r.iccProposals()).containsExactly(ProposalId.of("p-3"), ProposalId.of("p-4"));
  }

  @Test
  void a_rater_set_seen_more_often_makes_the_table_with_every_proposal_those_raters_share() {
    Ratings.Builder b = Ratings.newBuilder(STAGE);
    rate(b, "p-1", "te-a", "60", "te-b", "70");
    rate(b, "p-2", "te-a", "50", "te-b", "65");
    rate(b, "p-3", "te-a", "80", "te-b", "75");
    rate(b, "p-4", "te-a", "40", "te-b", "55", "te-c", "45");
    rate(b, "p-5", "te-a", "45", "te-b", "50", "te-c", "47");
    StageReliability r = RaterReliability.assess(b.build(), OPTIONS);
    assertThat(r.iccRaters()).containsExactly(ActorId.of("te-a"), ActorId.of("te-b"));
    assertThat(r.iccProposals()).hasSize(5);
  }

  @Test
  void a_table_whose_average_measure_denominator_is_zero_reports_the_single_measure_only() {
    // rows (0, 2) and (1, 1): equal row means, so ICC(2,k)'s denominator BMS + (JMS − EMS)/n is 0,
    // while ICC(2,1) is (BMS − EMS) / (BMS + EMS + 2(JMS − EMS)/2) = −1
    Ratings.Builder b = Ratings.newBuilder(STAGE);
    rate(b, "p-1", "te-a", "0", "te-b", "2");
    rate(b, "p-2", "te-a", "1", "te-b", "1");
    StageReliability r = RaterReliability.assess(b.build(), OPTIONS);
    assertThat(r.iccAverage()).isEmpty();
    assertThat(r.iccSingle().orElseThrow().value()).isEqualByComparingTo("-1");
  }

  @Test
  void a_table_of_one_value_has_no_intraclass_correlation_at_all() {
    Ratings.Builder b = Ratings.newBuilder(STAGE);
    rate(b, "p-1", "te-a", "70", "te-b", "70");
    rate(b, "p-2", "te-a", "70", "te-b", "70");
    rate(b, "p-3", "te-a", "70", "te-b", "70");
    StageReliability r = RaterReliability.assess(b.build(), OPTIONS);
    assertThat(r.iccSingle()).isEmpty();
    assertThat(r.iccAverage()).isEmpty();
    assertThat(r.iccProposals()).hasSize(3);
  }
}
