package example.sulteng;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.kipp.core.spi.RuleModule;
import io.github.kipp.rules.sinovik.ModuleFiles;
import io.github.kipp.rules.sinovik.SinovikModule;
import io.github.kipp.rules.sinovik.SinovikRules;
import io.github.kipp.rules.sinovik.frozen.ModuleComparison;
import io.github.kipp.testkit.ScoringRulesContract;
import org.junit.jupiter.api.Test;

/**
 * Sulawesi Tengah's 2022 module written as data from the start: the module file holds exactly what
 * the same module written with the Java API holds, and passes the test kit's scoring contract.
 */
class SulawesiTengahModuleFileTest implements ScoringRulesContract {

  static SinovikModule fromFile() {
    return ModuleFiles.readResource(SulawesiTengahModuleFileTest.class.getClassLoader(), "example/sulteng/sulteng-2022.yaml", SinovikRules.registry());
  }

  @Override
  public RuleModule subject() {
    return fromFile();
  }

  @Test
  void the_module_file_holds_what_the_module_written_in_java_holds() {
    assertThat(ModuleComparison.differences(SulawesiTengahModuleTest.sulteng2022(), fromFile())).isEmpty();
  }
}
