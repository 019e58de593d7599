package io.github.kipp.rules.sinovik.files;

import static io.github.kipp.testkit.fuzz.KippFuzz.changed;
import static io.github.kipp.testkit.fuzz.KippFuzz.examples;
import static io.github.kipp.testkit.fuzz.KippFuzz.hostileText;
import static io.github.kipp.testkit.fuzz.KippFuzz.onlyKippErrors;
import static io.github.kipp.testkit.fuzz.KippFuzz.seed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.github.kipp.core.rule.RuleRegistry;
import io.github.kipp.rules.sinovik.InvalidModuleFileException;
import io.github.kipp.rules.sinovik.ModuleFiles;
import io.github.kipp.rules.sinovik.SinovikModule;
import io.github.kipp.rules.sinovik.SinovikRules;
import org.junit.jupiter.api.Test;

/**
 * Fuzzes the module-file reader like every other reader: hostile text, and the shipped files and
 * the README's example with characters changed (in YAML and JSON). Only {@link
 * InvalidModuleFileException} may escape, and a file that is read gives a module the registry
 * accepts: every check a registry makes was made when the file was read. A normal run tries {@code
 * KippFuzz.SHORT_RUN} inputs per target; {@code mvn -Pfuzz} many more.
 */
class ModuleFilesFuzzTest {

  private static final RuleRegistry NATIONAL = SinovikRules.registry();
  private static final String SULSEL = ModuleFileFixtures.resource("io/github/kipp/rules/sinovik/modules/sulsel-2023.yaml");

  private static void readOrRefuse(String text) {
    onlyKippErrors(text, () -> {
      SinovikModule module;
      try {
        module = ModuleFiles.read("fuzzed.yaml", text, NATIONAL);
      } catch (InvalidModuleFileException refused) {
        assertThat(refused.problems()).isNotEmpty();
        return;
      }
      assertThat(SinovikRules.registryBuilder().register(module).build().module(module.id())).isSameAs(module);
    });
  }

  @Test
  void module_files_of_any_text_are_refused_with_a_module_file_error() {
    qt().withFixedSeed(seed()).withExamples(examples()).forAll(hostileText(300)).checkAssert(ModuleFilesFuzzTest::readOrRefuse);
  }

  @Test
  void the_south_sulawesi_file_with_changed_characters_is_read_and_registered_or_refused() {
    qt().withFixedSeed(seed()).withExamples(examples()).forAll(changed(SULSEL, 4)).checkAssert(ModuleFilesFuzzTest::readOrRefuse);
  }

  @Test
  void the_readme_example_in_yaml_and_json_with_changed_characters_is_read_and_registered_or_refused() {
    qt().withFixedSeed(seed()).withExamples(examples()).forAll(changed(ModuleFileFixtures.TAKALAR, 4), changed(ModuleFileFixtures.TAKALAR_JSON, 4))
        .checkAssert((yaml, json) -> {
          readOrRefuse(yaml);
          readOrRefuse(json);
        });
  }
}
