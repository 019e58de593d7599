package io.github.kipp.testkit.iid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.kipp.core.spi.CompetitionRules;
import io.github.kipp.core.spi.MissingModulePartException;
import io.github.kipp.core.spi.RuleModule;
import io.github.kipp.rules.iid.spi.IndicatorRules;
import io.github.kipp.rules.iid.IidRules;
import io.github.kipp.testkit.ModuleContract;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The index modules pass kipp-testkit's contract for every rule module (C1 to C3), which does not
 * ask for a competition of proposals; they have the indicator rules and no competition part.
 */
class IidModuleContractTest {

  /** IID 2023 under the contract. */
  @Nested
  class Iid2023 implements ModuleContract {
    @Override
    public RuleModule subject() {
      return IidRules.edition2023();
    }
  }

  /** IID 2026 under the contract. */
  @Nested
  class Iid2026 implements ModuleContract {
    @Override
    public RuleModule subject() {
      return IidRules.edition2026();
    }
  }

  /** IID 2027 under the contract. */
  @Nested
  class Iid2027 implements ModuleContract {
    @Override
    public RuleModule subject() {
      return IidRules.edition2027();
    }
  }

  @Test
  void the_contract_meets_modules_without_a_competition_that_say_so_when_asked_for_one() {
    for (RuleModule m : IidRules.modules()) {
      assertThat(m.part(CompetitionRules.class)).as("competition part of %s", m.id()).isEmpty();
      assertThat(m.part(IndicatorRules.class)).as("indicator rules of %s", m.id()).isPresent();
      assertThatThrownBy(m::edition).isInstanceOf(MissingModulePartException.class).hasMessageContaining(m.id().value());
    }
  }
}
