package io.github.kipp.core.eligibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableSortedMap;
import io.github.kipp.core.Citation;
import io.github.kipp.core.Cited;
import io.github.kipp.core.GroupId;
import io.github.kipp.core.InvalidInputException;
import io.github.kipp.core.Violation;
import io.github.kipp.core.innovation.PartialDateResolution;
import java.time.Period;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AgeRequirementTest {

  private static final Citation C = Citation.unknown("KepmenPANRB 161/2021", "kipp default");
  private static final GroupId REPLIKASI = GroupId.of("replikasi");

  private static AgeRequirement of(Period general, Period replikasi, Optional<Period> pandemic) {
    return new AgeRequirement(Cited.of(general, C), ImmutableSortedMap.of(REPLIKASI, Cited.of(replikasi, C)),
        pandemic.map(p -> Cited.of(p, C)), Cited.of(AgeRequirement.CloseBasis.EXTENDED, C), Cited.of(PartialDateResolution.EARLIEST, C));
  }

  @Test
  void a_negative_minimum_for_a_group_is_refused_naming_the_group() {
    assertThatThrownBy(() -> of(Period.ofYears(2), Period.ofYears(-1), Optional.empty()))
        .isInstanceOfSatisfying(InvalidInputException.class, e ->
            assertThat(e.violations()).extracting(Violation::code, Violation::path)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("kipp.age.negative", "byGroup.replikasi")));
  }

  @Test
  void a_negative_pandemic_minimum_is_refused_naming_it() {
    assertThatThrownBy(() -> of(Period.ofYears(2), Period.ofYears(1), Optional.of(Period.ofMonths(-6))))
        .isInstanceOfSatisfying(InvalidInputException.class, e ->
            assertThat(e.violations()).extracting(Violation::path).containsExactly("pandemicRelated"));
  }

  @Test
  void zero_minimums_are_allowed_and_a_groups_own_minimum_wins_over_the_general_one() {
    AgeRequirement r = of(Period.ofYears(2), Period.ZERO, Optional.of(Period.ZERO));

    assertThat(r.forGroup(REPLIKASI).value()).isEqualTo(Period.ZERO);
    assertThat(r.forGroup(GroupId.of("umum")).value()).isEqualTo(Period.ofYears(2));
  }
}
