package io.github.kipp.testkit;

import io.github.kipp.core.spi.RuleModule;
import java.util.Optional;

/** The scoring contract run against the kit's own sample module, with its golden scenarios. */
class SampleModuleContractTest implements ScoringRulesContract {

  @Override
  public RuleModule subject() {
    return new SampleModule();
  }

  @Override
  public Optional<String> scenarioFolder() {
    return Optional.of("scenarios/sample");
  }
}
