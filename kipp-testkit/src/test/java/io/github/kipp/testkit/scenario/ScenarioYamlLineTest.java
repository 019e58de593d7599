package io.github.kipp.testkit.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.kipp.testkit.internal.ScenarioYaml;
import org.junit.jupiter.api.Test;

/**
 * The scenario tests of this package run twice: with both Jackson lines on the class path, where
 * Jackson 2 reads, and without Jackson 2, as on a Spring Boot 4 host, where Jackson 3 reads (the
 * module's {@code jackson3-only} test run, which says so in {@code kipp.testkit.expectedYamlLine}).
 * This test shows which line read them in each run.
 */
class ScenarioYamlLineTest {

  @Test
  void the_scenarios_are_read_by_the_jackson_line_this_run_has() {
    String expected = System.getProperty("kipp.testkit.expectedYamlLine", "Jackson 2");

    assertThat(ScenarioYaml.available().line()).isEqualTo(expected);
    if (expected.equals("Jackson 3")) {
      assertThat(present("com.fasterxml.jackson.databind.ObjectMapper")).as("Jackson 2 on the class path").isFalse();
      assertThat(present("org.yaml.snakeyaml.Yaml")).as("SnakeYAML on the class path").isFalse();
    }
  }

  private static boolean present(String name) {
    try {
      Class.forName(name, false, ScenarioYamlLineTest.class.getClassLoader());
      return true;
    } catch (ClassNotFoundException e) {
      return false;
    }
  }
}
