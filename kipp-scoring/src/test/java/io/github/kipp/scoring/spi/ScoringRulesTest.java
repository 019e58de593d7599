package io.github.kipp.scoring.spi;

import static io.github.kipp.scoring.ScoringFixtures.DESK;
import static io.github.kipp.scoring.ScoringFixtures.DESK_CRITERIA;
import static io.github.kipp.scoring.ScoringFixtures.PRESENTATION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import io.github.kipp.core.RuleModuleId;
import io.github.kipp.core.spi.MissingModulePartException;
import io.github.kipp.core.spi.RuleModule;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Proxy;
import org.junit.jupiter.api.Test;

class ScoringRulesTest {

  /** A module that answers only its id and, when it has scoring rules, its criteria. */
  private static Object module(String id, Class<?>... interfaces) {
    InvocationHandler handler = (proxy, method, args) -> {
      if (method.isDefault()) {
        return InvocationHandler.invokeDefault(proxy, method, args);
      }
      switch (method.getName()) {
        case "id":
          return RuleModuleId.of(id);
        case "criteria":
          return ImmutableList.of(DESK_CRITERIA);
        default:
          throw new UnsupportedOperationException(method.getName());
      }
    };
    return Proxy.newProxyInstance(ScoringRulesTest.class.getClassLoader(), interfaces, handler);
  }

  @Test
  void a_module_implementing_scoring_rules_has_them_as_a_part() {
    RuleModule m = (RuleModule) module("kipp-2023", RuleModule.class, ScoringRules.class);

    assertThat(ScoringRules.of(m)).isSameAs(m);
    assertThat(m.requirePart(ScoringRules.class)).isSameAs(m);
    assertThat(m.part(ScoringRules.class)).hasValueSatisfying(rules -> assertThat(rules).isSameAs(m));
    assertThat(m.parts()).containsExactly(ScoringRules.class);
  }

  @Test
  void a_module_without_scoring_rules_is_refused_as_a_missing_part_naming_the_module() {
    RuleModule m = (RuleModule) module("kipp-2019", RuleModule.class);

    assertThat(m.part(ScoringRules.class)).isEmpty();
    assertThatThrownBy(() -> ScoringRules.of(m))
        .isInstanceOfSatisfying(MissingModulePartException.class, e -> {
          assertThat(e.module()).isEqualTo(RuleModuleId.of("kipp-2019"));
          assertThat(e.part()).isEqualTo(ScoringRules.class);
          assertThat(e.errorCode()).isEqualTo("kipp.module.missingPart");
        })
        .hasMessage("Rule module kipp-2019 has no part io.github.kipp.scoring.spi.ScoringRules; its parts: -.");
  }

  @Test
  void the_criteria_of_a_stage_are_found_by_stage_and_absent_for_a_stage_not_scored() {
    ScoringRules rules = ((RuleModule) module("kipp-2023", RuleModule.class, ScoringRules.class)).requirePart(ScoringRules.class);

    assertThat(rules.criteria(DESK)).containsSame(DESK_CRITERIA);
    assertThat(rules.criteria(PRESENTATION)).isEmpty();
  }

  @Test
  void a_module_that_declares_no_blind_stage_has_none_and_every_stage_shows_the_entrant() {
    io.github.kipp.core.blind.BlindStages blind = io.github.kipp.scoring.competition.SampleModule.plain().blindStages();

    assertThat(blind).isEqualTo(io.github.kipp.core.blind.BlindStages.none());
    assertThat(blind.isBlind(DESK)).isFalse();
    assertThat(blind.isBlind(PRESENTATION)).isFalse();
  }
}
