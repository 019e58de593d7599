package io.github.kipp.scoring.panel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import io.github.kipp.core.Confidence;
import io.github.kipp.core.InvalidInputException;
import io.github.kipp.core.Violation;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class AssignmentOptionsTest {

  @Test
  void the_factory_sets_no_load_limit_and_requires_expertise() {
    AssignmentOptions o = AssignmentOptions.of(3, 2023L);

    assertThat(o.evaluatorsPerProposal()).isEqualTo(3);
    assertThat(o.maxLoadPerEvaluator()).isEmpty();
    assertThat(o.expertiseRequired()).isTrue();
    assertThat(o.seed()).isEqualTo(2023L);
  }

  @Test
  void copies_change_one_option_each() {
    AssignmentOptions o = AssignmentOptions.of(3, 1L).withMaxLoad(60).withExpertiseRequired(false).withSeed(9L);

    assertThat(o).isEqualTo(new AssignmentOptions(3, OptionalInt.of(60), false, 9L));
    assertThat(o.withoutMaxLoad().maxLoadPerEvaluator()).isEmpty();
  }

  @Test
  void the_bounds_of_each_option_are_accepted() {
    assertThat(AssignmentOptions.of(1, 0L).evaluatorsPerProposal()).isEqualTo(1);
    assertThat(AssignmentOptions.of(AssignmentOptions.MAX_EVALUATORS_PER_PROPOSAL, 0L).evaluatorsPerProposal()).isEqualTo(10_000);
    assertThat(AssignmentOptions.of(1, 0L).withMaxLoad(1).maxLoadPerEvaluator()).hasValue(1);
  }

  @Test
  void evaluators_per_proposal_out_of_range_is_refused_naming_the_field_the_value_and_the_range() {
    for (int bad : new int[] {0, -1, 10_001}) {
      assertThatThrownBy(() -> AssignmentOptions.of(bad, 0L))
          .isInstanceOfSatisfying(InvalidInputException.class, e -> {
            assertThat(e.violations()).extracting(Violation::code, Violation::path, Violation::invalidValue)
                .containsExactly(tuple("kipp.assign.perProposal", "evaluatorsPerProposal", String.valueOf(bad)));
            assertThat(e.getMessage()).contains("evaluatorsPerProposal: Each proposal cannot be given " + bad + " evaluators; allowed: 1 to 10000.");
            assertThat(e.violations().get(0).message().indonesian())
                .isEqualTo("Setiap proposal tidak dapat diberi " + bad + " penilai; yang diperbolehkan: 1 sampai 10000.");
          });
    }
  }

  @Test
  void a_load_limit_below_one_is_refused_in_both_languages() {
    assertThatThrownBy(() -> AssignmentOptions.of(2, 0L).withMaxLoad(0))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> {
          Violation v = e.violations().get(0);
          assertThat(v.path()).isEqualTo("maxLoadPerEvaluator");
          assertThat(v.message().english()).isEqualTo("A maximum load of 0 proposals per evaluator is not allowed; it must be at least 1.");
          assertThat(v.message().indonesian()).isEqualTo("Beban maksimum 0 proposal per penilai tidak diperbolehkan; paling sedikit 1.");
        });
  }

  @Test
  void every_bad_option_is_reported_at_once() {
    assertThatThrownBy(() -> new AssignmentOptions(0, OptionalInt.of(-3), true, 0L))
        .isInstanceOfSatisfying(InvalidInputException.class, e ->
            assertThat(e.violations()).extracting(Violation::path).containsExactly("evaluatorsPerProposal", "maxLoadPerEvaluator"));
    assertThatThrownBy(() -> new AssignmentOptions(1, null, true, 0L))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("maxLoadPerEvaluator");
  }

  @Test
  void the_host_chosen_parameters_are_cited_as_unknown_with_a_documented_default() {
    assertThat(java.util.List.of(AssignmentOptions.EVALUATORS_PER_PROPOSAL_BASIS, AssignmentOptions.MAX_LOAD_BASIS, AssignmentOptions.EXPERTISE_BASIS))
        .allSatisfy(c -> {
          assertThat(c.confidence()).isEqualTo(Confidence.UNKNOWN);
          assertThat(c.note()).contains("the host");
        });
  }
}
