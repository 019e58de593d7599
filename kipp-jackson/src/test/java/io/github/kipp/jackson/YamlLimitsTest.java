package io.github.kipp.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.kipp.format.KippFormatException;
import io.github.kipp.testkit.internal.ScenarioFile;
import io.github.kipp.rules.sinovik.InvalidModuleFileException;
import io.github.kipp.rules.sinovik.ModuleFiles;
import io.github.kipp.rules.sinovik.SinovikRules;
import io.github.kipp.testkit.scenario.InvalidScenarioException;
import org.junit.jupiter.api.Test;

/**
 * The shared YAML limits ({@link SharedYamlLimits}) on the Jackson 2 line, and what only this line
 * has: a host's copy of its mapper, and the readers of golden scenarios and rule-module files, which
 * keep their own copies of its bounded YAML reader and must refuse alike.
 */
class YamlLimitsTest extends SharedYamlLimits {

  @Override
  protected Line line() {
    return Jackson2Line.json();
  }

  private static KippFormatException refused(KippJson reader, String text) {
    KippFormatException e = catchThrowableOfType(KippFormatException.class, () -> reader.read(text, JsonNode.class));
    assertThat(e).as("refused: %s", text.length() > 200 ? text.substring(0, 200) + "…" : text).isNotNull();
    assertThat(e.violations()).singleElement().satisfies(v -> assertThat(v.code()).isEqualTo("kipp.json.tooLarge"));
    return e;
  }

  @Test
  void a_mapper_copied_from_the_yaml_facade_keeps_its_limits() throws Exception {
    var mapper = KippJson.yaml().mapper();

    Throwable refused = catchThrowableOfType(com.fasterxml.jackson.core.exc.StreamConstraintsException.class,
        () -> mapper.readTree("k: " + "x ".repeat(KippJson.DEFAULT_MAX_STRING_LENGTH)));
    assertThat(refused).hasMessageContaining("String value length");
    assertThat(mapper.copy().readTree("k: v").get("k").asText()).isEqualTo("v");
  }

  @Test
  void the_golden_scenario_reader_applies_the_same_limits_and_refuses_alike() {
    assertThat(ScenarioFile.MAX_DOCUMENT_LENGTH).isEqualTo(KippJson.DEFAULT_MAX_DOCUMENT_LENGTH);
    assertThat(ScenarioFile.MAX_NESTING_DEPTH).isEqualTo(KippJson.DEFAULT_MAX_NESTING_DEPTH);
    assertThat(ScenarioFile.MAX_STRING_LENGTH).isEqualTo(KippJson.DEFAULT_MAX_STRING_LENGTH);
    assertThat(ScenarioFile.MAX_NUMBER_LENGTH).isEqualTo(KippJson.DEFAULT_MAX_NUMBER_LENGTH);
    assertThat(ScenarioFile.MAX_NAME_LENGTH).isEqualTo(KippJson.DEFAULT_MAX_NAME_LENGTH);

    int over = KippJson.DEFAULT_MAX_STRING_LENGTH + 1;
    for (String name : new String[] {"plain", "plain-words", "double-quoted", "single-quoted", "literal-block", "folded-block", "flow"}) {
      String yaml = form(name).apply(over);
      String jackson = refused(KippJson.yaml(), yaml).violations().get(0).message().english();
      InvalidScenarioException scenario = catchThrowableOfType(InvalidScenarioException.class, () -> ScenarioFile.read("big.yaml", yaml));

      assertThat(scenario).as(name).isNotNull();
      assertThat(scenario.getMessage()).as(name).startsWith("big.yaml: over a limit of scenario files")
          .contains("string " + KippJson.DEFAULT_MAX_STRING_LENGTH)
          .contains(jackson.substring("The input is too large: ".length(), jackson.indexOf("; allowed")));
    }
  }

  @Test
  void the_module_file_reader_applies_the_same_limits_and_refuses_alike() {
    assertThat(ModuleFiles.MAX_DOCUMENT_LENGTH).isEqualTo(KippJson.DEFAULT_MAX_DOCUMENT_LENGTH);
    assertThat(ModuleFiles.MAX_NESTING_DEPTH).isEqualTo(KippJson.DEFAULT_MAX_NESTING_DEPTH);
    assertThat(ModuleFiles.MAX_STRING_LENGTH).isEqualTo(KippJson.DEFAULT_MAX_STRING_LENGTH);
    assertThat(ModuleFiles.MAX_NUMBER_LENGTH).isEqualTo(KippJson.DEFAULT_MAX_NUMBER_LENGTH);
    assertThat(ModuleFiles.MAX_NAME_LENGTH).isEqualTo(KippJson.DEFAULT_MAX_NAME_LENGTH);

    int over = KippJson.DEFAULT_MAX_STRING_LENGTH + 1;
    for (String name : new String[] {"plain", "plain-words", "double-quoted", "single-quoted", "literal-block", "folded-block", "flow", "json"}) {
      String yaml = form(name).apply(over);
      String jackson = refused(KippJson.yaml(), yaml).violations().get(0).message().english();
      InvalidModuleFileException module = catchThrowableOfType(InvalidModuleFileException.class,
          () -> ModuleFiles.read("big.yaml", yaml, SinovikRules.registry()));

      assertThat(module).as(name).isNotNull();
      assertThat(module.problems()).as(name).singleElement().satisfies(p -> {
        assertThat(p.code()).isEqualTo("kipp.module.file.tooLarge");
        assertThat(p.violation().message().english())
            .contains(jackson.substring("The input is too large: ".length(), jackson.indexOf("; allowed")));
      });
    }
  }
}
