package io.github.kipp.rules.sinovik.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.kipp.core.Confidence;
import io.github.kipp.core.GroupId;
import io.github.kipp.core.institution.RegionCode;
import io.github.kipp.core.rule.ParameterChange;
import io.github.kipp.core.rule.RuleModuleDiff;
import io.github.kipp.core.rule.RuleRegistry;
import io.github.kipp.rules.sinovik.InvalidModuleFileException;
import io.github.kipp.rules.sinovik.ModuleFileProblem;
import io.github.kipp.rules.sinovik.ModuleFiles;
import io.github.kipp.rules.sinovik.SinovikKeys;
import io.github.kipp.rules.sinovik.SinovikModule;
import io.github.kipp.rules.sinovik.SinovikRules;
import io.github.kipp.rules.sinovik.frozen.ModuleComparison;
import io.github.kipp.rules.sinovik.regional.SulawesiSelatan;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Reading module files: a valid file gives the module it describes, in YAML or JSON; a refused file
 * lists every problem at once, each with its line and its path in the file, in both languages.
 */
class ModuleFilesTest {

  private static final RuleRegistry NATIONAL = SinovikRules.registry();

  private static SinovikModule read(String text) {
    return ModuleFiles.read("takalar-2023.yaml", text, NATIONAL);
  }

  private static InvalidModuleFileException refused(String text) {
    return refused(text, NATIONAL);
  }

  private static InvalidModuleFileException refused(String text, RuleRegistry registry) {
    InvalidModuleFileException e = catchThrowableOfType(InvalidModuleFileException.class, () -> ModuleFiles.read("takalar-2023.yaml", text, registry));
    assertThat(e).as("refused:\n%s", text).isNotNull();
    return e;
  }

  private static List<String> codes(InvalidModuleFileException e) {
    return e.problems().stream().map(ModuleFileProblem::code).collect(Collectors.toList());
  }

  @Test
  void a_valid_file_gives_the_module_it_describes() {
    SinovikModule takalar = read(ModuleFileFixtures.TAKALAR);

    assertThat(takalar.id().value()).isEqualTo("sinovik-2023/takalar-2023");
    assertThat(takalar.jurisdiction().region()).contains(RegionCode.of("73.05"));
    assertThat(takalar.effectivePeriod()).isEqualTo(SinovikRules.edition2023().effectivePeriod());
    assertThat(takalar.legalBasis()).hasSize(SinovikRules.edition2023().legalBasis().size() + 1);
    assertThat(takalar.parameters().get(SinovikKeys.PAST_RESULTS)).isEmpty();
    assertThat(takalar.eligibilityRules()).extracting(r -> r.id()).noneMatch(id -> id.startsWith("past-results"));
    assertThat(takalar.conflictOfInterest().toString()).isEqualTo(io.github.kipp.scoring.panel.ConflictOfInterestPolicies.none().toString());
    assertThat(takalar.parameters().get(SinovikKeys.ENTRANT_REGION)).isEqualTo(RegionCode.of("73.05"));
    assertThat(takalar.parameters().citation(SinovikKeys.PAST_RESULTS).confidence()).isEqualTo(Confidence.UNKNOWN);
    assertThat(takalar.parameters().citation(SinovikKeys.ENTRANT_REGION).sources()).containsExactly("Seed-3");
    assertThat(takalar.parameters().citation(SinovikKeys.MINIMUM_AGE)).isEqualTo(SinovikRules.edition2023().parameters().citation(SinovikKeys.MINIMUM_AGE));
  }

  @Test
  void a_loaded_module_registers_beside_the_national_ones() {
    SinovikModule takalar = read(ModuleFileFixtures.TAKALAR);

    RuleRegistry registry = SinovikRules.registryBuilder().register(takalar).build();

    assertThat(registry.module(takalar.id())).isSameAs(takalar);
  }

  @Test
  void the_diff_against_the_parent_lists_each_override_with_both_citations() {
    SinovikModule takalar = read(ModuleFileFixtures.TAKALAR);

    RuleModuleDiff diff = RuleModuleDiff.between(SinovikRules.edition2023(), takalar);

    assertThat(diff.changes().stream().map(ParameterChange::key))
        .containsExactly("edition.id", "edition.title", "edition.zone", "eligibility.entrantRegion", "eligibility.pastResults", "scoring.conflictOfInterest");
    ParameterChange past = diff.changes().stream().filter(c -> c.key().equals("eligibility.pastResults")).findFirst().orElseThrow();
    assertThat(past.before().orElseThrow().citation()).isEqualTo(SinovikRules.edition2023().parameters().find(SinovikKeys.PAST_RESULTS).orElseThrow().citation());
    assertThat(past.after().orElseThrow().citation().orElseThrow().instrument()).isEqualTo("Seleksi inovasi Bagian Organisasi dan Tata Laksana Kabupaten Takalar");
    assertThat(diff.render()).contains("Bagian Organisasi dan Tata Laksana Kabupaten Takalar").contains("Pedoman Menteri PANRB 3/2023");
  }

  @Test
  void the_same_module_is_read_from_json() {
    SinovikModule yaml = read(ModuleFileFixtures.TAKALAR);
    SinovikModule json = read(ModuleFileFixtures.TAKALAR_JSON);

    assertThat(ModuleComparison.differences(yaml, json)).isEmpty();
  }

  @Test
  void the_south_sulawesi_file_overlaps_a_registered_module_of_the_province() {
    SinovikModule sulsel = SulawesiSelatan.kipp2023();
    RuleRegistry withSulsel = SinovikRules.registryBuilder().register(sulsel).build();
    String other = ModuleFileFixtures.TAKALAR
        .replace("takalar-2023", "sulsel-2023-b")
        .replace("level: regency", "level: province")
        .replace("region: \"73.05\"", "region: \"73\"");

    InvalidModuleFileException e = refused(other, withSulsel);

    assertThat(e.problems()).singleElement().satisfies(p -> {
      assertThat(p.code()).isEqualTo("kipp.module.file.overlap");
      assertThat(p.violation().message().english()).contains("sinovik-2023/sulsel-2023").contains("[2023-01-01, 2024-01-01)");
    });
  }

  @Test
  void a_file_with_several_problems_lists_them_all_by_line_with_their_paths() {
    String text = ModuleFileFixtures.TAKALAR
        .replace("confidence: inferred", "confidence: probable")
        .replace("  eligibility.pastResults:", "  eligibility.pastResultz:")
        .replace("kind: none", "kind: lottery");

    InvalidModuleFileException e = refused(text);

    assertThat(e.problems()).extracting(ModuleFileProblem::code)
        .contains("kipp.module.file.confidence", "kipp.module.file.unknownKey", "kipp.module.file.unknownKind");
    assertThat(e.problems()).extracting(ModuleFileProblem::line).isSorted();
    ModuleFileProblem kind = e.problems().stream().filter(p -> p.code().equals("kipp.module.file.unknownKind")).findFirst().orElseThrow();
    assertThat(kind.path()).isEqualTo("parameters.scoring.conflictOfInterest.value.kind");
    assertThat(kind.line()).isEqualTo(ModuleFileFixtures.lineOf(text, "kind: lottery"));
    assertThat(kind.violation().message().english()).isEqualTo("'lottery' is not a known rule kind of conflict of interest; allowed: institutional, institutional-with-provinces, none.");
    assertThat(kind.violation().message().indonesian()).isEqualTo("'lottery' bukan jenis aturan conflict of interest yang dikenal; yang diizinkan: institutional, institutional-with-provinces, none.");
  }

  @Test
  void the_exception_says_every_problem_in_both_languages_with_its_line() {
    String text = ModuleFileFixtures.TAKALAR.replace("kind: none", "kind: lottery");

    InvalidModuleFileException e = refused(text);

    int line = ModuleFileFixtures.lineOf(text, "kind: lottery");
    assertThat(e.errorCode()).isEqualTo("kipp.module.file.invalid");
    assertThat(e.source()).isEqualTo("takalar-2023.yaml");
    assertThat(e.text().english()).startsWith("Module file takalar-2023.yaml is refused (1 problem(s)): line " + line
        + ", parameters.scoring.conflictOfInterest.value.kind: 'lottery' is not a known rule kind");
    assertThat(e.text().indonesian()).startsWith("Berkas modul takalar-2023.yaml ditolak (1 masalah): baris " + line
        + ", parameters.scoring.conflictOfInterest.value.kind: 'lottery' bukan jenis aturan");
    assertThat(e.violations()).hasSize(1);
  }

  @Test
  void weights_that_do_not_sum_are_refused_at_their_criteria_and_combination() {
    String text = ModuleFileFixtures.TAKALAR + ModuleFileFixtures.WEIGHTS;

    InvalidModuleFileException e = refused(text.replace("presentasi-wawancara: 0.40", "presentasi-wawancara: 0.45").replace("weight: 2", "weight: 3"));

    assertThat(e.problems()).extracting(ModuleFileProblem::code).containsExactly("kipp.criteria.weights", "kipp.combination.sum");
    assertThat(e.problems().get(0).path()).isEqualTo("parameters.scoring.criteria.value[0].criteria");
    assertThat(e.problems().get(0).violation().message().english()).contains("sum to 4").contains("must sum to 3");
    assertThat(e.problems().get(1).path()).startsWith("parameters.scoring.combination.value");
  }

  @Test
  void an_uncited_parameter_is_refused_naming_its_key() {
    String text = ModuleFileFixtures.TAKALAR.replace(
        "    citation: {from: ortala, confidence: unknown, note: \"no exclusion of earlier winners is known; kipp applies none\"}\n", "");

    InvalidModuleFileException e = refused(text);

    assertThat(e.problems()).singleElement().satisfies(p -> {
      assertThat(p.code()).isEqualTo("kipp.module.file.uncited");
      assertThat(p.path()).isEqualTo("parameters.eligibility.pastResults");
      assertThat(p.violation().message().english()).startsWith("Parameter eligibility.pastResults has no citation");
    });
  }

  @Test
  void an_override_of_a_key_the_parent_lacks_is_refused_and_so_is_adding_one_it_has() {
    String adding = ModuleFileFixtures.TAKALAR.replace("added:\n", "added:\n  edition.theme:\n    value: {id: Tema, en: Theme}\n    citation: ortala\n");
    String overriding = ModuleFileFixtures.TAKALAR.replace("added:\n", "parameters:\n").replace("\nparameters:\n  edition.id:", "\n  edition.id:");

    assertThat(codes(refused(adding))).containsExactly("kipp.module.file.inParent");
    assertThat(codes(refused(overriding))).containsExactly("kipp.module.file.notInParent");
  }

  @Test
  void a_file_beyond_the_string_limit_is_refused_as_too_large() {
    String text = ModuleFileFixtures.TAKALAR.replace("Seleksi Inovasi Kabupaten Takalar 2023, en: Takalar Regency", "x".repeat(ModuleFiles.MAX_STRING_LENGTH + 1) + ", en: Takalar Regency");

    InvalidModuleFileException e = refused(text);

    assertThat(e.problems()).singleElement().satisfies(p -> {
      assertThat(p.code()).isEqualTo("kipp.module.file.tooLarge");
      assertThat(p.violation().message().english()).contains(String.valueOf(ModuleFiles.MAX_STRING_LENGTH));
    });
  }

  @Test
  void anchors_and_aliases_are_refused() {
    String text = ModuleFileFixtures.TAKALAR.replace("citations:\n", "citations:\n  base: &b {instrument: X, provision: Y, confidence: reported}\n  copy: *b\n");

    assertThat(codes(refused(text))).containsExactly("kipp.module.file.alias");
  }

  @Test
  void a_malformed_file_is_refused_with_its_line() {
    String text = ModuleFileFixtures.TAKALAR.replace("title: {id:", "title: {{id:");

    InvalidModuleFileException e = refused(text);

    assertThat(e.problems()).singleElement().satisfies(p -> {
      assertThat(p.code()).isEqualTo("kipp.module.file.malformed");
      assertThat(p.line()).isEqualTo(ModuleFileFixtures.lineOf(text, "title: {{id:"));
    });
  }

  @Test
  void a_module_from_a_file_is_a_programmers_error_only_for_null_arguments() {
    assertThatThrownBy(() -> ModuleFiles.read("x.yaml", null, NATIONAL)).isInstanceOf(NullPointerException.class).hasMessage("text");
    assertThatThrownBy(() -> ModuleFiles.readResource(ModuleFilesTest.class.getClassLoader(), "no/such.yaml", NATIONAL))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("no resource no/such.yaml");
    assertThatThrownBy(() -> ModuleFiles.ruleKinds("scoring")).isInstanceOf(IllegalArgumentException.class);
    assertThat(ModuleFiles.ruleKinds("tieBreak")).contains("draw");
  }
}
