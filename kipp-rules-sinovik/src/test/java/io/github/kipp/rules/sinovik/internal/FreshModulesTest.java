package io.github.kipp.rules.sinovik.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.kipp.core.RuleModuleId;
import io.github.kipp.core.eligibility.EligibilityRule;
import io.github.kipp.rules.sinovik.SinovikKeys;
import io.github.kipp.rules.sinovik.SinovikModule;
import io.github.kipp.rules.sinovik.SinovikRules;
import io.github.kipp.scoring.CriteriaSet;
import io.github.kipp.scoring.Criterion;
import io.github.kipp.testkit.scenario.ScenarioRunner;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Each national module, built afresh, answers exactly as the installed singleton does, and the
 * shared building blocks give the published shapes.
 */
class FreshModulesTest {

  /** Everything a module answers, as comparable values. */
  private static List<Object> answers(SinovikModule m) {
    List<Object> out = new ArrayList<>();
    out.add(m.id());
    out.add(m.title());
    out.add(m.jurisdiction());
    out.add(m.effectivePeriod());
    out.add(m.editionYear());
    out.add(m.legalBasis());
    m.parameters().parameters().forEach(p -> out.add(p.key() + "=" + describe(p.value()) + " " + p.citation()));
    out.add(m.edition());
    out.add(m.pipeline());
    out.add(m.eligibilityRules().stream().map(EligibilityRule::id).collect(Collectors.toList()));
    out.add(m.criteria());
    m.criteria().forEach(c -> out.add(m.aggregation(c.stage()).toString()));
    out.add(m.combination().describe());
    out.add(m.tieBreaks());
    out.add(m.passMark().map(Object::toString));
    out.add(m.nominations().toString());
    out.add(m.finalists());
    out.add(m.winners());
    out.add(m.rounding());
    return out;
  }

  /** A value as text; a value without its own text (a history condition) by its class. */
  private static String describe(Object value) {
    String text = value.toString();
    return text.startsWith(value.getClass().getName() + "@") ? value.getClass().getName() : text;
  }

  private static void answersAsInstalled(Supplier<SinovikModule> fresh, SinovikModule installed) {
    SinovikModule m = fresh.get();

    assertThat(answers(m)).containsExactlyElementsOf(answers(installed));
    assertThat(m.conflictOfInterest()).isNotNull().hasSameClassAs(installed.conflictOfInterest());
  }

  @Test
  void the_2021_module_built_afresh_answers_as_the_installed_one() {
    answersAsInstalled(National2021::module, SinovikRules.edition2021());
    SinovikModule m = National2021.module();
    assertThat(m.id()).isEqualTo(RuleModuleId.of("sinovik-2021"));
    assertThat(m.parameters().get(SinovikKeys.GROUPS)).hasSize(3);
    assertThat(m.tieBreaks()).hasToString("stage:evaluasi-proposal > earlier-submission > draw");
  }

  @Test
  void the_2022_module_built_afresh_answers_as_the_installed_one() {
    answersAsInstalled(National2022::module, SinovikRules.edition2022());
    assertThat(National2022.module().tieBreaks()).hasToString("stage:evaluasi-proposal > earlier-submission > draw");
  }

  @Test
  void the_2023_module_built_afresh_answers_as_the_installed_one() {
    answersAsInstalled(National2023::module, SinovikRules.edition2023());
    SinovikModule m = National2023.module();
    assertThat(m.eligibilityRules()).isNotEmpty();
    assertThat(m.edition().sections()).extracting(s -> s.id().value()).contains("ringkasan", "spbe");
  }

  @Test
  void the_2025_module_built_afresh_answers_as_the_installed_one() {
    answersAsInstalled(National2025::module, SinovikRules.edition2025());
  }

  @Test
  void the_2025_catalogue_has_one_category_per_asta_cita_mission_numbered_one_to_eight() {
    assertThat(Common.categories2025()).extracting(c -> c.id().value())
        .containsExactly("asta-cita-1", "asta-cita-2", "asta-cita-3", "asta-cita-4", "asta-cita-5", "asta-cita-6", "asta-cita-7", "asta-cita-8");
    assertThat(Common.categories2025().get(7).name().english()).isEqualTo("Asta Cita mission 8");
  }

  @Test
  void equal_weights_give_each_criterion_weight_one_and_a_total_equal_to_their_number() {
    CriteriaSet c = Common.equalWeights(Common.PANEL, Sources.unknown(Sources.PEDOMAN_3_2023, "test"), Common.rounding(Sources.PEDOMAN_3_2023),
        "a", "Satu", "One", "b", "Dua", "Two");

    assertThat(c.criteria()).extracting(x -> x.id().value()).containsExactly("a", "b");
    assertThat(c.criteria()).extracting(x -> x.name().english()).containsExactly("One", "Two");
    assertThat(c.criteria()).extracting(x -> x.name().indonesian()).containsExactly("Satu", "Dua");
    assertThat(c.criteria()).extracting(Criterion::weight).containsOnly(BigDecimal.ONE);
    assertThat(c.weightTotal()).isEqualByComparingTo("2");
    assertThat(c.stage()).isEqualTo(Common.PANEL);
  }

  @Test
  void only_the_2023_summary_section_has_a_word_limit_of_two_hundred() {
    assertThat(Common.sections2023()).filteredOn(s -> s.maxWords().isPresent())
        .singleElement().satisfies(s -> {
          assertThat(s.id().value()).isEqualTo("ringkasan");
          assertThat(s.maxWords().getAsInt()).isEqualTo(200);
        });
  }

  @Test
  void an_installed_module_answers_every_question_as_its_singleton() {
    Installed2023 installed = new Installed2023();
    SinovikModule m = SinovikRules.edition2023();

    assertThat(installed.delegate()).isSameAs(m);
    assertThat(installed.id()).isEqualTo(m.id());
    assertThat(installed.title()).isEqualTo(m.title());
    assertThat(installed.pipeline()).isSameAs(m.pipeline());
    assertThat(installed.criteria()).isSameAs(m.criteria());
    assertThat(installed.aggregation(Common.DESK)).isSameAs(m.aggregation(Common.DESK));
    assertThat(installed.combination()).isSameAs(m.combination());
    assertThat(installed.tieBreaks()).isSameAs(m.tieBreaks());
    assertThat(installed.passMark()).isEqualTo(m.passMark());
    assertThat(installed.nominations()).hasToString(m.nominations().toString());
    assertThat(installed.finalists()).isSameAs(m.finalists());
    assertThat(installed.winners()).isSameAs(m.winners());
    assertThat(installed.conflictOfInterest()).isSameAs(m.conflictOfInterest());
    assertThat(installed.rounding()).isSameAs(m.rounding());
  }

  @Test
  void a_builder_returns_itself_and_refuses_calls_that_do_not_fit_how_it_was_made() {
    SinovikModule.Builder scratch = SinovikModule.newBuilder();
    assertThat(scratch.id(RuleModuleId.of("kipp-uji"))).isSameAs(scratch);
    assertThat(scratch.effectivePeriod(SinovikRules.edition2023().effectivePeriod())).isSameAs(scratch);
    assertThat(scratch.editionYear(2023)).isSameAs(scratch);
    assertThat(scratch.parameters(SinovikRules.edition2023().parameters())).isSameAs(scratch);
    assertThatThrownBy(() -> scratch.remove(SinovikKeys.REPLICATION_GROUP))
        .isInstanceOf(IllegalStateException.class).hasMessage("remove(…) is for modules made with SinovikModule.extend(base)");

    SinovikModule.Builder variant = SinovikModule.extend(SinovikRules.edition2023());
    assertThat(variant.remove(SinovikKeys.REPLICATION_GROUP)).isSameAs(variant);
    assertThatThrownBy(() -> variant.id(RuleModuleId.of("kipp-uji")))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("takes its id from variant(segment)");
    assertThatThrownBy(() -> variant.parameters(SinovikRules.edition2023().parameters()))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("changes parameters with override(key, value, citation)");
  }

  /** The golden scenarios of the national editions hold for modules built afresh, not only for the singletons. */
  @TestFactory
  Stream<DynamicTest> the_golden_scenarios_hold_for_national_modules_built_afresh() {
    ScenarioRunner fresh = ScenarioRunner.of(National2021.module(), National2022.module(), National2023.module(), National2025.module());
    return Stream.of("2021", "2022", "2023", "2025").flatMap(year -> fresh.dynamicTests("scenarios/sinovik-" + year));
  }
}
