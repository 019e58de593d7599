package io.github.kipp.rules.sinovik.files;

import static io.github.kipp.testkit.fuzz.KippFuzz.changed;
import static io.github.kipp.testkit.fuzz.KippFuzz.examples;
import static io.github.kipp.testkit.fuzz.KippFuzz.hostileText;
import static io.github.kipp.testkit.fuzz.KippFuzz.onlyKippErrors;
import static io.github.kipp.testkit.fuzz.KippFuzz.seed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.github.kipp.core.InvalidInputException;
import io.github.kipp.core.LocalizedText;
import io.github.kipp.core.Violation;
import io.github.kipp.core.eligibility.EligibilityRules;
import io.github.kipp.core.rule.RuleRegistry;
import io.github.kipp.rules.sinovik.InvalidModuleFileException;
import io.github.kipp.rules.sinovik.ModuleFiles;
import io.github.kipp.rules.sinovik.RuleKindRegistry;
import io.github.kipp.rules.sinovik.SinovikModule;
import io.github.kipp.rules.sinovik.SinovikRules;
import org.junit.jupiter.api.Test;

/**
 * Fuzzes the module-file reader like every other reader: hostile text, and the shipped files and
 * the README's example with characters changed (in YAML and JSON), a file with the z-score
 * aggregation and a finalist pool's quotas and 3T regions, and a file naming a host's rule kind. Only {@link
 * InvalidModuleFileException} may escape, and a file that is read gives a module the registry
 * accepts: every check a registry makes was made when the file was read. A normal run tries {@code
 * KippFuzz.SHORT_RUN} inputs per target; {@code mvn -Pfuzz} many more.
 */
class ModuleFilesFuzzTest {

  private static final RuleRegistry NATIONAL = SinovikRules.registry();
  private static final String SULSEL = ModuleFileFixtures.resource("io/github/kipp/rules/sinovik/modules/sulsel-2023.yaml");

  /** A host's rule kind, for the files that name one: an eligibility rule that takes a setting. */
  private static final RuleKindRegistry HOST_KINDS = RuleKindRegistry.newBuilder()
      .eligibility("example/unique-title", (settings, citation) -> {
        if (!settings.getOrDefault("strict", "").equals("true")) {
          throw InvalidInputException.of("unique-title rule", new Violation("example.strict", "strict", settings.getOrDefault("strict", "(missing)"),
              LocalizedText.of("Pengaturan 'strict' harus true.", "The setting 'strict' must be true.")));
        }
        return EligibilityRules.uniqueTitle(citation);
      })
      .build();

  private static final String HOST_RULES = ModuleFileFixtures.TAKALAR.replace("added:\n", """
      added:
        eligibility.hostRules:
          value:
            - {kind: example/unique-title, settings: {strict: true, note: "a title once", weight: 2}, citation: ortala}
          citation: ortala
      """);

  private static void readOrRefuse(String text) {
    readOrRefuse(text, RuleKindRegistry.kipp());
  }

  private static void readOrRefuse(String text, RuleKindRegistry kinds) {
    onlyKippErrors(text, () -> {
      SinovikModule module;
      try {
        module = ModuleFiles.read("fuzzed.yaml", text, NATIONAL, kinds);
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

  @Test
  void the_scoring_example_in_yaml_and_json_with_changed_characters_is_read_and_registered_or_refused() {
    String json = ModuleFileFixtures.json(ModuleFileFixtures.TAKALAR_SCORING);
    qt().withFixedSeed(seed()).withExamples(examples()).forAll(changed(ModuleFileFixtures.TAKALAR_SCORING, 4), changed(json, 4))
        .checkAssert((yaml, changedJson) -> {
          readOrRefuse(yaml);
          readOrRefuse(changedJson);
        });
  }

  @Test
  void a_file_naming_a_host_rule_kind_with_changed_characters_is_read_and_registered_or_refused() {
    assertThat(ModuleFiles.read("host.yaml", HOST_RULES, NATIONAL, HOST_KINDS).eligibilityRules()).extracting(r -> r.id()).contains("unique-title");
    qt().withFixedSeed(seed()).withExamples(examples()).forAll(changed(HOST_RULES, 4)).checkAssert(text -> readOrRefuse(text, HOST_KINDS));
  }
}
