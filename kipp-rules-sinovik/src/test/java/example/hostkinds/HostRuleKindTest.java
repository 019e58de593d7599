package example.hostkinds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.kipp.core.eligibility.EligibilityContext;
import io.github.kipp.core.eligibility.EligibilityScreen;
import io.github.kipp.core.eligibility.ScreeningResult;
import io.github.kipp.core.institution.InstitutionType;
import io.github.kipp.core.rule.RuleRegistry;
import io.github.kipp.rules.sinovik.InvalidModuleFileException;
import io.github.kipp.rules.sinovik.ModuleFileProblem;
import io.github.kipp.rules.sinovik.ModuleFiles;
import io.github.kipp.rules.sinovik.ModuleReview;
import io.github.kipp.rules.sinovik.RuleKindRegistry;
import io.github.kipp.rules.sinovik.SinovikKeys;
import io.github.kipp.rules.sinovik.SinovikModule;
import io.github.kipp.rules.sinovik.SinovikRules;
import io.github.kipp.testkit.KippBuilders;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A host writes a kind of eligibility rule of its own in Java ({@link TitleWords}), registers it
 * under an id, and a module file applies it by that id; kipp's public API only. The module screens
 * proposals with the host's rule after kipp's own; an id the registry does not hold is refused
 * naming those it holds, and an id cannot be registered twice.
 */
class HostRuleKindTest {

  private static final RuleRegistry NATIONAL = SinovikRules.registry();

  private static final RuleKindRegistry KINDS = RuleKindRegistry.newBuilder().eligibility(TitleWords.KIND, TitleWords::of).build();

  private static String file(String rules) {
    return """
        format: kipp-module/1
        id: sinovik-2023/takalar-2023
        extends: sinovik-2023
        title: {id: Seleksi Inovasi Kabupaten Takalar 2023, en: Takalar Regency Innovation Selection 2023}
        jurisdiction: {level: regency, region: "73.05", name: {id: Kabupaten Takalar, en: Takalar Regency}}
        citations:
          ortala: {instrument: Seleksi inovasi Bagian Organisasi dan Tata Laksana Kabupaten Takalar, provision: UNKNOWN, confidence: reported}
        legalBasis: [ortala]
        parameters:
          edition.id: {value: takalar-2023, citation: ortala}
        added:
          eligibility.entrantRegion: {value: "73.05", citation: ortala}
          eligibility.hostRules:
            value:
        %s
            citation: ortala
        """.formatted(rules);
  }

  private static InvalidModuleFileException refused(String text, RuleKindRegistry kinds) {
    InvalidModuleFileException e = catchThrowableOfType(InvalidModuleFileException.class, () -> ModuleFiles.read("takalar-2023.yaml", text, NATIONAL, kinds));
    assertThat(e).as("refused:\n%s", text).isNotNull();
    return e;
  }

  @Test
  void a_file_applies_the_hosts_own_rule_kind_after_kipps_rules_when_screening() {
    SinovikModule takalar = ModuleFiles.read("takalar-2023.yaml", file("      - {kind: example/title-words, settings: {max: 4}, citation: ortala}"), NATIONAL, KINDS);
    var institution = KippBuilders.institution().id("pemkab-takalar").name("Pemerintah Kabupaten Takalar").type(InstitutionType.KABUPATEN).region("73.05").build();
    var shortTitle = KippBuilders.proposalFor(takalar.edition()).id("short").title("Sigap Desa Takalar").started(LocalDate.of(2019, 1, 1))
        .institution(institution).build();
    var longTitle = KippBuilders.proposalFor(takalar.edition()).id("long").title("Layanan Administrasi Kependudukan Keliling Desa Takalar")
        .started(LocalDate.of(2019, 1, 1)).institution(institution).build();

    ScreeningResult screen = EligibilityScreen.of(takalar.eligibilityRules()).screen(List.of(shortTitle, longTitle),
        EligibilityContext.newBuilder(takalar.edition()).build());

    assertThat(takalar.eligibilityRules().get(takalar.eligibilityRules().size() - 1).id()).isEqualTo("title-words");
    assertThat(takalar.parameters().get(SinovikKeys.HOST_RULES)).hasSize(1);
    assertThat(screen.eligible()).extracting(id -> id.value()).containsExactly("short");
    assertThat(screen.outcome(longTitle.id()).orElseThrow().failures()).extracting(d -> d.rule()).containsExactly("title-words");
    assertThat(ModuleReview.markdown(takalar, NATIONAL)).contains("Judul inovasi paling banyak 4 kata / An innovation's title has at most 4 words");
  }

  @Test
  void an_id_the_registry_does_not_hold_is_refused_naming_the_ids_it_holds() {
    String text = file("      - {kind: example/title-letters, settings: {max: 4}, citation: ortala}");

    InvalidModuleFileException e = refused(text, KINDS);
    InvalidModuleFileException withKippsKindsOnly = catchThrowableOfType(InvalidModuleFileException.class,
        () -> ModuleFiles.read("takalar-2023.yaml", file("      - {kind: example/title-words, settings: {max: 4}, citation: ortala}"), NATIONAL));

    ModuleFileProblem p = e.problems().get(0);
    assertThat(e.problems()).hasSize(1);
    assertThat(p.code()).isEqualTo("kipp.module.file.unknownKind");
    assertThat(p.path()).isEqualTo("added.eligibility.hostRules.value[0].kind");
    assertThat(p.line()).isEqualTo(text.split("\n", -1).length - 2);
    assertThat(p.violation().message().english()).isEqualTo("'example/title-letters' is not a known rule kind of eligibility rule; allowed: example/title-words.");
    assertThat(p.violation().message().indonesian()).contains("'example/title-letters'", "example/title-words");
    assertThat(withKippsKindsOnly.problems()).extracting(p2 -> p2.violation().message().english())
        .containsExactly("'example/title-words' is not a known rule kind of eligibility rule; allowed: (none).");
  }

  @Test
  void the_hosts_refusal_of_a_setting_is_listed_with_every_other_problem_by_path_and_line() {
    String text = file("""
              - {kind: example/title-words, settings: {max: many}, citation: ortala}
              - {kind: example/title-words, settings: {max: [1, 2]}, citation: ortala}
              - {kind: example/title-words}
        """.stripTrailing());

    InvalidModuleFileException e = refused(text, KINDS);

    assertThat(e.problems()).extracting(ModuleFileProblem::path).containsExactly(
        "added.eligibility.hostRules.value[0].settings.max",
        "added.eligibility.hostRules.value[1].settings.max",
        "added.eligibility.hostRules.value[2]");
    assertThat(e.problems()).extracting(ModuleFileProblem::code).containsExactly("example.titleWords.max", "kipp.module.file.type", "kipp.module.file.missing");
    assertThat(e.problems().get(0).violation().message().indonesian()).isEqualTo("Pengaturan 'max' harus bilangan bulat: many.");
    assertThat(e.problems()).extracting(ModuleFileProblem::line).doesNotHaveDuplicates().isSorted();
  }

  @Test
  void an_id_is_registered_once_and_in_the_form_a_file_can_name() {
    RuleKindRegistry.Builder b = RuleKindRegistry.newBuilder().eligibility(TitleWords.KIND, TitleWords::of);

    assertThatThrownBy(() -> b.eligibility(TitleWords.KIND, TitleWords::of)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'example/title-words' is already registered");
    assertThatThrownBy(() -> b.eligibility("Title Words", TitleWords::of)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'Title Words'");
    assertThat(KINDS.ids(RuleKindRegistry.ELIGIBILITY)).containsExactly(TitleWords.KIND);
    assertThat(KINDS.ids("aggregation")).isEqualTo(ModuleFiles.ruleKinds("aggregation"));
    assertThat(RuleKindRegistry.kipp().ids(RuleKindRegistry.ELIGIBILITY)).isEmpty();
  }
}
