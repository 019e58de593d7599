package io.github.kipp.testkit.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.kipp.testkit.SampleModule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ScenarioRunnerTest {

  private final ScenarioRunner runner = ScenarioRunner.of(new SampleModule());

  @Test
  void the_sample_scenarios_are_listed_and_pass() {
    assertThat(ScenarioRunner.resources("scenarios/sample"))
        .containsExactly("scenarios/sample/age-and-title.yaml", "scenarios/sample/rank-nominate-shortlist.yaml");
    assertThat(runner.dynamicTests("scenarios/sample")).hasSize(2);
    runner.runResource("scenarios/sample/rank-nominate-shortlist.yaml");
  }

  @Test
  void every_wrong_expectation_and_an_uncited_claim_are_reported_together() {
    assertThatThrownBy(() -> runner.runResource("scenarios/broken/wrong-expectations.yaml"))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("b should be eligible but failed minimum-age")
        .hasMessageContaining("a should be ineligible but passed every rule")
        .hasMessageContaining("the scenario's citation 'PermenPANRB 99/2099' is not among the citations");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "bad-start-date.yaml|given.proposals[0].started: 'mid 2019' is not a start date; write 2019-05-12, 2019-05, mid-2019 or 2019",
    "unknown-key.yaml|given.proposals[0].colour: unknown key 'colour'; allowed:",
    "unknown-institution.yaml|given.proposals[0].institution: unknown institution 'pemkab-x'",
    "unknown-module.yaml|module: 'sample-2099' is not one of this runner's modules [sample-2023]",
    "expects-nothing.yaml|expect: a scenario must expect something",
    "not-yaml.yaml|not valid YAML"
  })
  void a_broken_scenario_file_is_refused_naming_file_path_and_what_is_allowed(String file, String message) {
    assertThatThrownBy(() -> runner.runResource("scenarios/broken/" + file))
        .isInstanceOf(InvalidScenarioException.class)
        .hasMessageStartingWith("scenarios/broken/" + file + ": ")
        .hasMessageContaining(message);
  }

  @Test
  void a_missing_folder_or_resource_is_refused() {
    assertThatThrownBy(() -> runner.dynamicTests("scenarios/none")).isInstanceOf(InvalidScenarioException.class).hasMessageContaining("no .yaml scenario");
    assertThatThrownBy(() -> runner.runResource("scenarios/none.yaml")).isInstanceOf(InvalidScenarioException.class).hasMessageContaining("no such resource");
  }
}
