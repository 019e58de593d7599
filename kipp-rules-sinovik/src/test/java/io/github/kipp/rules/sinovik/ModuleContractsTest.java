package io.github.kipp.rules.sinovik;

import io.github.kipp.core.spi.RuleModule;
import io.github.kipp.rules.sinovik.regional.LuwuUtara;
import io.github.kipp.rules.sinovik.regional.SulawesiSelatan;
import io.github.kipp.rules.sinovik.regional.SulawesiTengah;
import io.github.kipp.rules.sinovik.regional.Takalar;
import io.github.kipp.testkit.ScoringRulesContract;
import java.util.Optional;
import org.junit.jupiter.api.Nested;

/** Every module shipped in kipp-rules-sinovik passes the test kit's scoring contract, golden scenarios included. */
class ModuleContractsTest {

  @Nested
  class Kipp2021 implements ScoringRulesContract {
    @Override
    public RuleModule subject() {
      return SinovikRules.edition2021();
    }

    @Override
    public Optional<String> scenarioFolder() {
      return Optional.of("scenarios/sinovik-2021");
    }
  }

  @Nested
  class Kipp2022 implements ScoringRulesContract {
    @Override
    public RuleModule subject() {
      return SinovikRules.edition2022();
    }
  }

  @Nested
  class Kipp2023 implements ScoringRulesContract {
    @Override
    public RuleModule subject() {
      return SinovikRules.edition2023();
    }
  }

  @Nested
  class Kipp2025 implements ScoringRulesContract {
    @Override
    public RuleModule subject() {
      return SinovikRules.edition2025();
    }
  }

  @Nested
  class Sulsel2023 implements ScoringRulesContract {
    @Override
    public RuleModule subject() {
      return SulawesiSelatan.kipp2023();
    }
  }

  @Nested
  class LuwuUtara2023 implements ScoringRulesContract {
    @Override
    public RuleModule subject() {
      return LuwuUtara.selection2023();
    }
  }

  @Nested
  class Sulteng2022 implements ScoringRulesContract {
    @Override
    public RuleModule subject() {
      return SulawesiTengah.kipp2022();
    }
  }

  @Nested
  class Sulteng2023 implements ScoringRulesContract {
    @Override
    public RuleModule subject() {
      return SulawesiTengah.kipp2023();
    }
  }

  @Nested
  class Takalar2018 implements ScoringRulesContract {
    @Override
    public RuleModule subject() {
      return Takalar.competition2018();
    }
  }

  /** The README's example, a module file dropped in and registered: the contract runs on it as on any module. */
  @Nested
  class TakalarModuleFile implements ScoringRulesContract {
    @Override
    public RuleModule subject() {
      return ModuleFiles.readResource(ModuleContractsTest.class.getClassLoader(), "modules/takalar-2023.yaml", SinovikRules.registry());
    }
  }
}
