package io.github.kipp.rules.sinovik;

import io.github.kipp.rules.sinovik.regional.LuwuUtara;
import io.github.kipp.rules.sinovik.regional.SulawesiSelatan;
import io.github.kipp.testkit.scenario.ScenarioRunner;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Runs the golden scenarios of every module shipped in kipp-rules-sinovik. */
class GoldenScenariosTest {

  private static final ScenarioRunner RUNNER = ScenarioRunner.of(SinovikRulesTest.allModules());

  @TestFactory
  Stream<DynamicTest> sinovik_2021() {
    return RUNNER.dynamicTests("scenarios/sinovik-2021");
  }

  @TestFactory
  Stream<DynamicTest> sinovik_2022() {
    return RUNNER.dynamicTests("scenarios/sinovik-2022");
  }

  @TestFactory
  Stream<DynamicTest> sinovik_2023() {
    return RUNNER.dynamicTests("scenarios/sinovik-2023");
  }

  @TestFactory
  Stream<DynamicTest> sinovik_2025() {
    return RUNNER.dynamicTests("scenarios/sinovik-2025");
  }

  @TestFactory
  Stream<DynamicTest> sulsel_2023() {
    return RUNNER.dynamicTests("scenarios/sulsel-2023");
  }

  @TestFactory
  Stream<DynamicTest> luwu_utara_2023() {
    return RUNNER.dynamicTests("scenarios/luwu-utara-2023");
  }

  @TestFactory
  Stream<DynamicTest> sulteng_2022() {
    return RUNNER.dynamicTests("scenarios/sulteng-2022");
  }

  @TestFactory
  Stream<DynamicTest> sulteng_2023() {
    return RUNNER.dynamicTests("scenarios/sulteng-2023");
  }

  @TestFactory
  Stream<DynamicTest> takalar_2018() {
    return RUNNER.dynamicTests("scenarios/takalar-2018");
  }
}
