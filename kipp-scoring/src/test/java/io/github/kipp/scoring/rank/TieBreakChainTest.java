package io.github.kipp.scoring.rank;

import static io.github.kipp.scoring.ScoringFixtures.CITED;
import static io.github.kipp.scoring.ScoringFixtures.DEFAULT;
import static io.github.kipp.scoring.ScoringFixtures.DESK;
import static io.github.kipp.scoring.ScoringFixtures.LUWU_UTARA;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableSortedMap;
import com.google.common.testing.EqualsTester;
import io.github.kipp.scoring.CriterionId;
import io.github.kipp.scoring.ScoringFixtures;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TieBreakChainTest {

  private static final CriterionId SIGNIFIKANSI = CriterionId.of("signifikansi");

  private static TieBreakChain declared() {
    return TieBreakChain.of(DEFAULT,
        TieBreakChain.criterion(SIGNIFIKANSI), TieBreakChain.stage(DESK), TieBreakChain.earlierSubmission(), TieBreakChain.draw());
  }

  @Test
  void a_declared_chain_keeps_its_steps_in_order_with_their_targets_and_citation() {
    TieBreakChain chain = declared();

    assertThat(chain.steps()).extracting(TieBreakChain.Step::kind).containsExactly(
        TieBreakChain.Kind.CRITERION, TieBreakChain.Kind.STAGE, TieBreakChain.Kind.EARLIER_SUBMISSION, TieBreakChain.Kind.DRAW);
    assertThat(chain.steps()).extracting(TieBreakChain.Step::target).containsExactly(
        Optional.of("signifikansi"), Optional.of("evaluasi-proposal"), Optional.empty(), Optional.empty());
    assertThat(chain.citation()).isEqualTo(DEFAULT);
    assertThat(chain).hasToString("criterion:signifikansi > stage:evaluasi-proposal > earlier-submission > draw");
    assertThat(TieBreakChain.of(DEFAULT)).hasToString("(none)");
  }

  @Test
  void building_a_chain_gives_one_rule_per_step_with_the_recorded_seed_and_the_chain_citation() {
    List<TieBreak> rules = declared().build(2023);

    assertThat(rules).extracting(TieBreak::id).containsExactly("criterion:signifikansi", "stage:evaluasi-proposal", "earlier-submission", "draw:2023");
    assertThat(rules).extracting(TieBreak::citation).containsOnly(DEFAULT);
    assertThat(rules.get(3).description().english()).isEqualTo("Draw with seed 2023");
    assertThat(TieBreakChain.of(DEFAULT).build(1)).isEmpty();
  }

  @Test
  void built_rules_order_tied_candidates_as_each_step_says() {
    List<TieBreak> rules = declared().build(7);
    Candidate strong = candidate("a", "90", "70", Optional.of(Instant.parse("2023-05-01T00:00:00Z")));
    Candidate weak = candidate("b", "80", "90", Optional.of(Instant.parse("2023-04-01T00:00:00Z")));

    assertThat(rules.get(0).compare(strong, weak)).isNegative();
    assertThat(rules.get(1).compare(strong, weak)).isPositive();
    assertThat(rules.get(2).compare(strong, weak)).isPositive();
    assertThat(rules.get(3).compare(strong, weak)).isEqualTo(-rules.get(3).compare(weak, strong)).isNotZero();
  }

  @Test
  void a_draw_must_be_the_last_step_of_a_chain() {
    assertThatThrownBy(() -> TieBreakChain.of(DEFAULT, TieBreakChain.draw(), TieBreakChain.earlierSubmission()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a draw separates every tie, so it must be the last step of [draw, earlier-submission]");
    assertThatThrownBy(() -> TieBreakChain.of(DEFAULT, TieBreakChain.earlierSubmission(), TieBreakChain.draw(), TieBreakChain.stage(DESK)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(TieBreakChain.of(DEFAULT, TieBreakChain.draw()).steps()).hasSize(1);
    assertThat(TieBreakChain.of(DEFAULT, TieBreakChain.earlierSubmission(), TieBreakChain.draw()).steps()).hasSize(2);
  }

  @Test
  void a_step_has_a_target_exactly_when_it_names_a_criterion_or_a_stage() {
    assertThatThrownBy(() -> new TieBreakChain.Step(TieBreakChain.Kind.CRITERION, Optional.empty()))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("tie-break step CRITERION needs target");
    assertThatThrownBy(() -> new TieBreakChain.Step(TieBreakChain.Kind.STAGE, Optional.empty()))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("tie-break step STAGE needs target");
    assertThatThrownBy(() -> new TieBreakChain.Step(TieBreakChain.Kind.DRAW, Optional.of("x")))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("tie-break step DRAW takes no target");
    assertThatThrownBy(() -> new TieBreakChain.Step(TieBreakChain.Kind.EARLIER_SUBMISSION, Optional.of("x")))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("tie-break step EARLIER_SUBMISSION takes no target");
    assertThat(new TieBreakChain.Step(TieBreakChain.Kind.STAGE, Optional.of("presentasi"))).hasToString("stage:presentasi");
  }

  @Test
  void chains_are_equal_exactly_when_steps_and_citation_are() {
    new EqualsTester()
        .addEqualityGroup(declared(), declared())
        .addEqualityGroup(TieBreakChain.of(DEFAULT, TieBreakChain.criterion(SIGNIFIKANSI)))
        .addEqualityGroup(TieBreakChain.of(DEFAULT, TieBreakChain.draw()))
        .addEqualityGroup(TieBreakChain.of(CITED, TieBreakChain.draw()))
        .addEqualityGroup(TieBreakChain.of(DEFAULT))
        .testEquals();
  }

  private static Candidate candidate(String id, String signifikansi, String desk, Optional<Instant> submitted) {
    return new Candidate(ScoringFixtures.proposal(id, LUWU_UTARA), new BigDecimal("80"),
        ImmutableSortedMap.of(DESK, new BigDecimal(desk)),
        ImmutableSortedMap.of(SIGNIFIKANSI, new BigDecimal(signifikansi)),
        submitted);
  }
}
