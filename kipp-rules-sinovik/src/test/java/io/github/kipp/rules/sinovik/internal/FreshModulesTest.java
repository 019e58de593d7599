package io.github.kipp.rules.sinovik.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import io.github.kipp.core.EffectivePeriod;
import io.github.kipp.core.GroupId;
import io.github.kipp.core.RuleModuleId;
import io.github.kipp.core.SectionId;
import io.github.kipp.core.edition.InnovationGroup;
import io.github.kipp.core.edition.Phase;
import io.github.kipp.core.edition.Window;
import io.github.kipp.core.eligibility.EligibilityRule;
import io.github.kipp.core.edition.Category;
import io.github.kipp.rules.sinovik.SinovikKeys;
import io.github.kipp.rules.sinovik.SinovikModule;
import io.github.kipp.rules.sinovik.SinovikRules;
import io.github.kipp.scoring.CriteriaSet;
import io.github.kipp.scoring.Criterion;
import io.github.kipp.scoring.rank.Cutoff;
import io.github.kipp.testkit.scenario.ScenarioRunner;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Each national module answers the facts of its edition worked out by hand below, from the domain
 * specification (3.3 timing, 4.1 quotas, 4.2 groups, 4.3 categories, 4.4 minimum age, 4.6 weights,
 * 4.7 video, 4.8 pass mark, 4.9 finalists and winners) and, where a fact is UNKNOWN, from the
 * default the module's citation states. The facts are checked on a module built
 * afresh and on the installed singleton; two fresh builds answer alike, so building shares no state
 * and depends on no hash order.
 */
class FreshModulesTest {

  private static final io.github.kipp.core.StageId DESK = io.github.kipp.core.StageId.of("evaluasi-proposal");

  private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

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

  /** Two builds are distinct objects that answer alike. */
  private static void twoBuildsAnswerAlike(Supplier<SinovikModule> build) {
    SinovikModule first = build.get();
    SinovikModule second = build.get();

    assertThat(second).isNotSameAs(first);
    assertThat(answers(second)).containsExactlyElementsOf(answers(first));
    assertThat(second.conflictOfInterest()).isNotNull().hasSameClassAs(first.conflictOfInterest());
  }

  private static List<String> groups(SinovikModule m) {
    return m.edition().groups().stream().map(g -> g.id().value()).collect(Collectors.toList());
  }

  private static List<String> invitationOnly(SinovikModule m) {
    return m.edition().groups().stream().filter(InnovationGroup::byInvitation).map(g -> g.id().value()).collect(Collectors.toList());
  }

  private static Map<String, Integer> byGroup(Map<GroupId, Integer> counts) {
    Map<String, Integer> out = new TreeMap<>();
    counts.forEach((g, n) -> out.put(g.value(), n));
    return out;
  }

  private static Map<String, Integer> nominations(SinovikModule m) {
    Map<String, Integer> out = new TreeMap<>();
    m.nominations().forEach((g, cut) -> out.put(g.value(), cut.topN().orElseThrow()));
    return out;
  }

  /** Each finalist pool as {@code tier [groups]: size}. */
  private static List<String> finalists(SinovikModule m) {
    return m.finalists().stream().map(p -> p.tier().value() + " " + p.groups() + ": " + p.spec().size()).collect(Collectors.toList());
  }

  /** Each award tier as {@code tier [groups]: size}. */
  private static List<String> winners(SinovikModule m) {
    return m.winners().stream().map(t -> t.id().value() + " " + t.groups() + ": " + t.size()).collect(Collectors.toList());
  }

  /** The registration window: opens at the start of its first day and closes at the end of its last, in WIB. */
  private static void registration(SinovikModule m, LocalDate first, LocalDate last) {
    Window w = m.edition().schedule().window(Phase.REGISTRATION).orElseThrow();
    assertThat(w.opens()).isEqualTo(ZonedDateTime.of(first.atStartOfDay(), WIB));
    assertThat(w.close()).isEqualTo(ZonedDateTime.of(last.plusDays(1).atStartOfDay(), WIB));
  }

  private static void kipp2021(SinovikModule m) {
    assertThat(m.id()).isEqualTo(RuleModuleId.of("sinovik-2021"));
    assertThat(m.editionYear()).isEqualTo(2021);
    assertThat(m.effectivePeriod()).isEqualTo(EffectivePeriod.of(LocalDate.of(2021, 1, 1), LocalDate.of(2022, 1, 1)));
    assertThat(m.edition().zone()).isEqualTo(WIB);
    registration(m, LocalDate.of(2021, 3, 17), LocalDate.of(2021, 5, 11));
    assertThat(groups(m)).containsExactly("umum", "replikasi", "khusus");
    assertThat(invitationOnly(m)).containsExactly("khusus");
    assertThat(m.edition().categories()).hasSize(10);
    assertThat(m.parameters().get(SinovikKeys.MINIMUM_AGE)).isEqualTo(Period.ofYears(2));
    assertThat(m.parameters().get(SinovikKeys.MINIMUM_AGE_BY_GROUP)).containsExactly(entry(GroupId.of("replikasi"), Period.ofYears(1)));
    assertThat(byGroup(m.parameters().get(SinovikKeys.CAPS))).containsExactly(entry("replikasi", 5), entry("umum", 10));
    // twice the finalists, as 228 were nominated for 114 places in 2023
    assertThat(nominations(m)).containsExactly(entry("khusus", 30), entry("replikasi", 30), entry("umum", 198));
    // 129 finalists = 99 + 15 + 15 (Pengumuman B/112, 16 June 2021)
    assertThat(finalists(m)).containsExactly("top-99 [umum]: 99", "top-15-replikasi [replikasi]: 15", "top-15-khusus [khusus]: 15");
    // 55 winners = 45 + 5 Replikasi + 5 Outstanding Achievement
    assertThat(winners(m)).containsExactly("top-45 [umum]: 45", "top-5-replikasi [replikasi]: 5", "outstanding-achievement [khusus]: 5");
    assertThat(m.passMark()).isEmpty();
    assertThat(m.tieBreaks()).hasToString("stage:evaluasi-proposal > earlier-submission > draw");
  }

  private static void kipp2022(SinovikModule m) {
    assertThat(m.id()).isEqualTo(RuleModuleId.of("sinovik-2022"));
    assertThat(m.editionYear()).isEqualTo(2022);
    assertThat(m.effectivePeriod()).isEqualTo(EffectivePeriod.of(LocalDate.of(2022, 1, 1), LocalDate.of(2023, 1, 1)));
    registration(m, LocalDate.of(2022, 3, 16), LocalDate.of(2022, 4, 15));
    assertThat(groups(m)).containsExactly("umum", "khusus");
    assertThat(invitationOnly(m)).isEmpty();
    assertThat(m.edition().categories()).extracting(c -> c.id().value())
        .containsExactly("inklusif-berkeadilan", "efektivitas-institusi", "ketahanan-institusi");
    assertThat(m.parameters().get(SinovikKeys.MINIMUM_AGE)).isEqualTo(Period.ofYears(2));
    assertThat(m.parameters().get(SinovikKeys.MINIMUM_AGE_PANDEMIC)).isEqualTo(Period.ofYears(1));
    assertThat(m.parameters().get(SinovikKeys.CAPS)).isEmpty();
    assertThat(m.edition().videoRules().maxDuration()).contains(Duration.ofMinutes(3));
    assertThat(nominations(m)).containsExactly(entry("khusus", 30), entry("umum", 198));
    assertThat(finalists(m)).containsExactly("top-99 [umum]: 99", "top-15-khusus [khusus]: 15");
    assertThat(winners(m)).containsExactly("top-45 [umum]: 45", "outstanding-achievement [khusus]: 5");
    assertThat(m.passMark()).isEmpty();
    assertThat(m.tieBreaks()).hasToString("stage:evaluasi-proposal > earlier-submission > draw");
  }

  private static void kipp2023(SinovikModule m) {
    assertThat(m.id()).isEqualTo(RuleModuleId.of("sinovik-2023"));
    assertThat(m.editionYear()).isEqualTo(2023);
    assertThat(m.effectivePeriod()).isEqualTo(EffectivePeriod.of(LocalDate.of(2023, 1, 1), LocalDate.of(2024, 1, 1)));
    // 13 March – 2 May, extended by letter B/188/PP.00.05/2023 to 6 May 23:59 WIB
    registration(m, LocalDate.of(2023, 3, 13), LocalDate.of(2023, 5, 6));
    assertThat(m.edition().schedule().window(Phase.REGISTRATION).orElseThrow().originalClose())
        .isEqualTo(ZonedDateTime.of(LocalDate.of(2023, 5, 3).atStartOfDay(), WIB));
    assertThat(groups(m)).containsExactly("umum", "khusus");
    assertThat(m.edition().categories()).hasSize(3);
    // the 2023 weights of the umum form: 0 + 10 + 15 + 5 + 30 + 20 + 5 + 15 = 100 %
    assertThat(m.criteria().get(0).criteria()).extracting(c -> c.id().value() + " " + c.weight().movePointRight(2).intValueExact() + " %")
        .containsExactly("ringkasan 0 %", "latar-belakang 10 %", "kebaruan 15 %", "implementasi 5 %", "signifikansi 30 %",
            "adaptabilitas 20 %", "sumber-daya 5 %", "strategi-keberlanjutan 15 %");
    assertThat(m.criteria().get(0).weightTotal()).isEqualByComparingTo("1");
    assertThat(m.edition().section(SectionId.of("ringkasan")).orElseThrow().maxWords()).hasValue(200);
    // 228 nominated: 198 umum and 30 khusus, for 99 + 15 finalists
    assertThat(nominations(m)).containsExactly(entry("khusus", 30), entry("umum", 198));
    assertThat(finalists(m)).containsExactly("top-99 [umum]: 99", "top-15-khusus [khusus]: 15");
    assertThat(winners(m)).containsExactly("top-45 [umum]: 45", "outstanding-achievement [khusus]: 5");
    assertThat(m.passMark()).isEmpty();
    assertThat(m.tieBreaks()).hasToString("criterion:signifikansi > stage:evaluasi-proposal > earlier-submission > draw");
  }

  private static void kipp2025(SinovikModule m) {
    assertThat(m.id()).isEqualTo(RuleModuleId.of("sinovik-2025"));
    assertThat(m.editionYear()).isEqualTo(2025);
    assertThat(m.effectivePeriod()).isEqualTo(EffectivePeriod.of(LocalDate.of(2025, 1, 1), LocalDate.of(2026, 1, 1)));
    registration(m, LocalDate.of(2025, 4, 8), LocalDate.of(2025, 6, 3));
    assertThat(groups(m)).containsExactly("umum", "replikasi");
    assertThat(m.edition().categories()).hasSize(9); // issue 16: the nine named categories, no longer eight placeholders
    assertThat(m.edition().requiredAttachments()).hasSize(2);
    assertThat(m.edition().videoRules().maxDuration()).contains(Duration.ofMinutes(5));
    assertThat(m.edition().videoRules().minHeight()).hasValue(720);
    // the desk's pass mark of 85, inclusive, nominates instead of a count
    assertThat(m.passMark().flatMap(Cutoff::passMark)).hasValueSatisfying(mark -> assertThat(mark).isEqualByComparingTo("85"));
    assertThat(m.nominations()).isEmpty();
    assertThat(finalists(m)).containsExactly("finalis-2025 [replikasi, umum]: 273");
    assertThat(winners(m)).containsExactly("top-40 [replikasi, umum]: 40");
    assertThat(m.tieBreaks()).hasToString("stage:evaluasi-proposal > earlier-submission > draw");
  }

  @Test
  void the_2021_module_answers_the_facts_of_kipp_2021_built_afresh_and_installed() {
    kipp2021(National2021.module());
    kipp2021(SinovikRules.edition2021());
    twoBuildsAnswerAlike(National2021::module);
    assertThat(National2021.module().parameters().get(SinovikKeys.GROUPS)).hasSize(3);
  }

  @Test
  void the_2022_module_answers_the_facts_of_kipp_2022_built_afresh_and_installed() {
    kipp2022(National2022.module());
    kipp2022(SinovikRules.edition2022());
    twoBuildsAnswerAlike(National2022::module);
  }

  @Test
  void the_2023_module_answers_the_facts_of_kipp_2023_built_afresh_and_installed() {
    kipp2023(National2023.module());
    kipp2023(SinovikRules.edition2023());
    twoBuildsAnswerAlike(National2023::module);
    SinovikModule m = National2023.module();
    assertThat(m.eligibilityRules()).isNotEmpty();
    assertThat(m.edition().sections()).extracting(s -> s.id().value()).contains("ringkasan", "spbe");
  }

  @Test
  void the_2025_module_answers_the_facts_of_kipp_2025_built_afresh_and_installed() {
    kipp2025(National2025.module());
    kipp2025(SinovikRules.edition2025());
    twoBuildsAnswerAlike(National2025::module);
  }

  @Test
  void the_2025_catalogue_has_the_nine_categories_the_guide_names() {
    // Issue 16: changed deliberately from the eight numbered Asta Cita placeholders.
    List<Category> categories = SinovikRules.edition2025().edition().categories();

    assertThat(categories).extracting(c -> c.id().value())
        .containsExactly("kesetaraan-gender", "swasembada-pangan-air-energi", "lapangan-kerja", "layanan-kesehatan", "makan-bergizi",
            "pemerataan-ekonomi-umkm", "pengentasan-kemiskinan", "transformasi-digital", "pelestarian-lingkungan");
    assertThat(categories.get(4).name().indonesian()).isEqualTo("Program Makan Bergizi");
    assertThat(SinovikRules.edition2025().parameters().citation(SinovikKeys.CATEGORIES).sources()).contains("S130");
  }

  @Test
  void equal_weights_give_each_criterion_weight_one_and_a_total_equal_to_their_number() {
    CriteriaSet c = SinovikRules.edition2025().criteria().stream().filter(x -> x.stage().equals(DESK)).findFirst().orElseThrow();

    assertThat(c.criteria()).hasSize(3);
    assertThat(c.criteria()).extracting(Criterion::weight).containsOnly(BigDecimal.ONE);
    assertThat(c.weightTotal()).isEqualByComparingTo(BigDecimal.valueOf(c.criteria().size()));
  }

  @Test
  void only_the_2023_summary_section_has_a_word_limit_of_two_hundred() {
    assertThat(SinovikRules.edition2023().edition().sections()).filteredOn(s -> s.maxWords().isPresent())
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
    assertThat(installed.aggregation(DESK)).isSameAs(m.aggregation(DESK));
    assertThat(installed.combination()).isSameAs(m.combination());
    assertThat(installed.tieBreaks()).isSameAs(m.tieBreaks());
    assertThat(installed.passMark()).isEqualTo(m.passMark());
    assertThat(installed.nominations()).hasToString(m.nominations().toString());
    assertThat(installed.finalists()).isSameAs(m.finalists());
    assertThat(installed.winners()).isSameAs(m.winners());
    assertThat(installed.conflictOfInterest()).isSameAs(m.conflictOfInterest());
    assertThat(installed.rounding()).isSameAs(m.rounding());
    assertThat(m).hasToString("sinovik-2023 (KIPP 2023 (Pedoman Menteri PANRB 3/2023))");
    assertThat(installed).hasToString(m.toString());
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
