package io.github.kipp.scoring.panel;

import static io.github.kipp.scoring.ScoringFixtures.LUWU_UTARA;
import static io.github.kipp.scoring.ScoringFixtures.SULSEL;
import static io.github.kipp.scoring.ScoringFixtures.TAKALAR;
import static io.github.kipp.scoring.ScoringFixtures.proposal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.kipp.core.Confidence;
import io.github.kipp.core.InvalidInputException;
import io.github.kipp.core.Role;
import io.github.kipp.core.institution.Institution;
import io.github.kipp.core.institution.RegionCode;
import org.junit.jupiter.api.Test;

class ConflictOfInterestPoliciesTest {

  private static final Institution PDAM_LUWU =
      Institution.bumd("pdam-luwu-utara", "Perumda Air Minum Luwu Utara", RegionCode.of("73.22"), LUWU_UTARA.id());

  @Test
  void the_institutional_policy_bars_own_institution_and_bumd_family_only() {
    ConflictOfInterestPolicy policy = ConflictOfInterestPolicies.institutional();

    assertThat(policy.conflict(Evaluator.of("e", LUWU_UTARA), proposal("p", LUWU_UTARA)))
        .hasValueSatisfying(c -> {
          assertThat(c.reason().code()).isEqualTo("kipp.coi.sameInstitution");
          assertThat(c.reason().citations()).singleElement().extracting(x -> x.confidence()).isEqualTo(Confidence.UNKNOWN);
        });
    assertThat(policy.conflict(Evaluator.of("e", LUWU_UTARA), proposal("p", PDAM_LUWU)))
        .hasValueSatisfying(c -> assertThat(c.reason().message().english()).contains("same regional-government family"));
    assertThat(policy.conflict(Evaluator.of("e", PDAM_LUWU), proposal("p", LUWU_UTARA))).isPresent();
    assertThat(policy.conflict(Evaluator.of("e", SULSEL), proposal("p", LUWU_UTARA))).isEmpty();
    assertThat(policy.conflict(Evaluator.of("e", TAKALAR), proposal("p", LUWU_UTARA))).isEmpty();
  }

  @Test
  void the_province_option_also_bars_a_province_and_its_regencies_both_ways() {
    ConflictOfInterestPolicy policy = ConflictOfInterestPolicies.institutionalWithProvinces();

    assertThat(policy.conflict(Evaluator.of("e", SULSEL), proposal("p", LUWU_UTARA)))
        .hasValueSatisfying(c -> assertThat(c.reason().code()).isEqualTo("kipp.coi.provinceFamily"));
    assertThat(policy.conflict(Evaluator.of("e", TAKALAR), proposal("p", SULSEL))).isPresent();
    assertThat(policy.conflict(Evaluator.of("e", TAKALAR), proposal("p", LUWU_UTARA))).isEmpty();
    assertThat(ConflictOfInterestPolicies.none().conflict(Evaluator.of("e", LUWU_UTARA), proposal("p", LUWU_UTARA))).isEmpty();
    assertThat(ConflictOfInterestPolicies.anyOf(ConflictOfInterestPolicies.none(), policy)
        .conflict(Evaluator.of("e", SULSEL), proposal("p", LUWU_UTARA))).isPresent();
  }

  @Test
  void only_scoring_roles_can_be_evaluators() {
    assertThatThrownBy(() -> new Evaluator(io.github.kipp.core.ActorId.of("x"), LUWU_UTARA, com.google.common.collect.ImmutableSortedSet.of(), Role.SECRETARIAT))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("Role SECRETARIAT does not score proposals");
  }
}
