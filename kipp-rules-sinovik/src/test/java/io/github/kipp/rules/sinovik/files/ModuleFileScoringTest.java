package io.github.kipp.rules.sinovik.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.kipp.core.Citation;
import io.github.kipp.core.StageId;
import io.github.kipp.core.institution.RegionCode;
import io.github.kipp.core.institution.ThreeTRegions;
import io.github.kipp.core.rule.RuleRegistry;
import io.github.kipp.rules.sinovik.InvalidModuleFileException;
import io.github.kipp.rules.sinovik.ModuleFileProblem;
import io.github.kipp.rules.sinovik.ModuleFiles;
import io.github.kipp.rules.sinovik.SinovikKeys;
import io.github.kipp.rules.sinovik.SinovikModule;
import io.github.kipp.rules.sinovik.SinovikRules;
import io.github.kipp.scoring.aggregate.AggregationPolicy;
import io.github.kipp.scoring.aggregate.Aggregations;
import io.github.kipp.scoring.aggregate.ZScoreOptions;
import io.github.kipp.scoring.shortlist.Quota;
import io.github.kipp.scoring.shortlist.QuotaDimension;
import io.github.kipp.scoring.shortlist.ShortlistSpec;
import io.github.kipp.scoring.spi.FinalistPool;
import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The scoring values a file can now say: the per-evaluator z-score aggregation with its minimum
 * sample and reference, the cited quotas of a finalist pool, and the 3T regions its 3T quotas count,
 * named or listed. Each is read into the value a module declares in Java, and each malformed form is
 * refused with every problem, its path and line, in both languages.
 */
class ModuleFileScoringTest {

  private static final RuleRegistry NATIONAL = SinovikRules.registry();
  private static final StageId DESK = StageId.of("evaluasi-proposal");
  private static final StageId PANEL = StageId.of("presentasi-wawancara");

  private static SinovikModule read(String text) {
    return ModuleFiles.read("takalar-2023.yaml", text, NATIONAL);
  }

  private static InvalidModuleFileException refused(String text) {
    InvalidModuleFileException e = catchThrowableOfType(InvalidModuleFileException.class, () -> read(text));
    assertThat(e).as("refused:\n%s", text).isNotNull();
    return e;
  }

  private static ModuleFileProblem at(InvalidModuleFileException e, String path) {
    return e.problems().stream().filter(p -> p.path().equals(path)).findFirst()
        .orElseThrow(() -> new AssertionError("no problem at " + path + " in " + e.problems()));
  }

  private static Citation ortala() {
    return Citation.reported("Seleksi inovasi Bagian Organisasi dan Tata Laksana Kabupaten Takalar", Citation.UNKNOWN_PROVISION).withSources("Seed-3");
  }

  private static String withAggregation(String desk) {
    return ModuleFileFixtures.TAKALAR + """
          scoring.aggregation:
            value:
              evaluasi-proposal: %s
              presentasi-wawancara: {kind: mean, citation: ortala}
            citation: ortala
        """.formatted(desk);
  }

  private static String withFinalists(String pool) {
    return ModuleFileFixtures.TAKALAR + """
          scoring.finalists:
            value:
              - %s
            citation: ortala
        """.formatted(pool);
  }

  private static String describe(AggregationPolicy p) {
    return p.toString() + " / " + p.citation();
  }

  @Test
  void a_z_score_aggregation_is_read_with_its_minimum_sample_fallback_and_population_reference() {
    SinovikModule m = read(withAggregation("{kind: z-score, minSheets: 5, fallback: use-raw, citation: ortala}"));

    AggregationPolicy expected = Aggregations.zScore(ZScoreOptions.population(5, ZScoreOptions.Fallback.USE_RAW, ortala()));
    assertThat(describe(m.aggregation(DESK))).isEqualTo(describe(expected));
    assertThat(describe(m.aggregation(PANEL))).isEqualTo(describe(Aggregations.mean(ortala())));
  }

  @Test
  void a_z_score_aggregation_with_a_fixed_reference_takes_its_mean_and_deviation() {
    SinovikModule m = read(withAggregation("{kind: z-score, minSheets: 3, fallback: exclude, reference: fixed, mean: 70.5, sd: 12, citation: ortala}"));

    AggregationPolicy expected = Aggregations.zScore(ZScoreOptions.fixed(3, ZScoreOptions.Fallback.EXCLUDE, new BigDecimal("70.5"), new BigDecimal("12"), ortala()));
    assertThat(describe(m.aggregation(DESK))).isEqualTo(describe(expected));
  }

  @Test
  void a_malformed_z_score_lists_every_problem_with_its_path_and_line() {
    String text = withAggregation("{kind: z-score, minSheets: 1, fallback: sometimes, reference: fixed, sd: -2, trimEachSide: 1, citation: ortala}");

    InvalidModuleFileException e = refused(text);

    String base = "parameters.scoring.aggregation.value.evaluasi-proposal";
    int line = ModuleFileFixtures.lineOf(text, "kind: z-score");
    assertThat(at(e, base + ".fallback").code()).isEqualTo("kipp.module.file.value");
    assertThat(at(e, base + ".trimEachSide").code()).isEqualTo("kipp.module.file.unknownField");
    assertThat(e.problems()).allSatisfy(p -> assertThat(p.line()).isEqualTo(line));
    assertThat(at(e, base + ".fallback").violation().message().indonesian()).contains("sometimes").isNotEqualTo(at(e, base + ".fallback").violation().message().english());
  }

  @Test
  void a_z_score_the_domain_refuses_is_reported_under_its_path() {
    String text = withAggregation("{kind: z-score, minSheets: 1, fallback: use-raw, reference: fixed, mean: 70, sd: 0, citation: ortala}");

    InvalidModuleFileException e = refused(text);

    assertThat(e.problems()).extracting(ModuleFileProblem::code).contains("kipp.zscore.minSheets", "kipp.zscore.sd");
    assertThat(e.problems()).allSatisfy(p -> assertThat(p.path()).startsWith("parameters.scoring.aggregation.value.evaluasi-proposal"));
  }

  @Test
  void a_population_reference_takes_no_mean_and_a_fixed_one_needs_both() {
    InvalidModuleFileException stray = refused(withAggregation("{kind: z-score, minSheets: 5, fallback: use-raw, mean: 70, citation: ortala}"));
    InvalidModuleFileException missing = refused(withAggregation("{kind: z-score, minSheets: 5, fallback: use-raw, reference: fixed, citation: ortala}"));

    assertThat(at(stray, "parameters.scoring.aggregation.value.evaluasi-proposal.mean").code()).isEqualTo("kipp.module.file.unknownField");
    assertThat(missing.problems()).extracting(ModuleFileProblem::code).containsExactly("kipp.module.file.missing", "kipp.module.file.missing");
    assertThat(missing.problems().stream().map(p -> p.violation().invalidValue()).collect(Collectors.toList())).containsExactly("mean", "sd");
  }

  @Test
  void a_finalist_pool_declares_its_cited_quotas_and_the_3t_set_kipp_ships() {
    SinovikModule m = read(withFinalists("""
        {tier: top-99, name: {id: Top 99, en: Top 99}, groups: [umum, khusus], size: 20, sizeCitation: ortala,
                 quotas: [{dimension: category, value: tata-kelola, min: 2, max: 8, citation: ortala},
                          {dimension: institution, max: 3, citation: ortala},
                          {dimension: three-t, value: "true", min: 4, label: {id: Daerah 3T, en: 3T regions}, citation: ortala},
                          {dimension: province, value: "73", max: 10, citation: ortala}],
                 threeTRegions: tertinggal-2020-2024}"""));

    FinalistPool pool = m.finalists().get(0);
    ShortlistSpec expected = ShortlistSpec.newBuilder().size(20, ortala())
        .quota(Quota.between(QuotaDimension.CATEGORY, "tata-kelola", 2, 8, ortala()))
        .quota(Quota.eachAtMost(QuotaDimension.INSTITUTION, 3, ortala()))
        .quota(Quota.atLeast(QuotaDimension.THREE_T, "true", 4, ortala()).withLabel(io.github.kipp.core.LocalizedText.of("Daerah 3T", "3T regions")))
        .quota(Quota.atMost(QuotaDimension.PROVINCE, "73", 10, ortala()))
        .threeTRegions(ThreeTRegions.tertinggal2020to2024())
        .build();
    assertThat(pool.spec()).isEqualTo(expected);
    assertThat(m.parameters().citation(SinovikKeys.FINALISTS)).isEqualTo(ortala());
  }

  @Test
  void a_pools_3t_regions_may_be_listed_or_added_to_the_shipped_set_under_their_citation() {
    SinovikModule listed = read(withFinalists("""
        {tier: top-99, name: {id: Top 99, en: Top 99}, groups: [umum], size: 20, sizeCitation: ortala,
                 quotas: [{dimension: three-t, value: "true", min: 1, citation: ortala}],
                 threeTRegions: {codes: ["73.01", "73.02"], citation: ortala}}"""));
    SinovikModule added = read(withFinalists("""
        {tier: top-99, name: {id: Top 99, en: Top 99}, groups: [umum], size: 20, sizeCitation: ortala,
                 threeTRegions: {base: tertinggal-2020-2024, codes: ["73.01"], citation: ortala}}"""));

    assertThat(listed.finalists().get(0).spec().threeTRegions()).contains(ThreeTRegions.of(List.of(RegionCode.of("73.01"), RegionCode.of("73.02")), ortala()));
    ThreeTRegions union = added.finalists().get(0).spec().threeTRegions().orElseThrow();
    assertThat(union).isEqualTo(ThreeTRegions.tertinggal2020to2024().union(ThreeTRegions.of(List.of(RegionCode.of("73.01")), ortala()), ortala()));
    assertThat(union.codes()).hasSize(ThreeTRegions.tertinggal2020to2024().codes().size() + 1);
  }

  @Test
  void malformed_quotas_and_3t_regions_list_every_problem_with_its_path_and_line() {
    String text = withFinalists("""
        {tier: top-99, name: {id: Top 99, en: Top 99}, groups: [umum], size: 20, sizeCitation: ortala,
                 quotas: [{dimension: colour, value: red, min: 1, citation: ortala},
                          {dimension: category, value: tata-kelola, citation: ortala},
                          {dimension: institution, min: 1, max: 3, citation: ortala},
                          {dimension: category, value: tata-kelola, min: 5, max: 2, citation: ortala},
                          {dimension: group, value: umum, max: 3}],
                 threeTRegions: {base: tertinggal-2030, codes: ["99.99"], citation: ortala}}""");

    InvalidModuleFileException e = refused(text);

    String base = "parameters.scoring.finalists.value[0]";
    assertThat(at(e, base + ".quotas[0].dimension").code()).isEqualTo("kipp.module.file.value");
    assertThat(at(e, base + ".quotas[0].dimension").line()).isEqualTo(ModuleFileFixtures.lineOf(text, "dimension: colour"));
    assertThat(at(e, base + ".quotas[1]").code()).isEqualTo("kipp.module.file.missing");
    assertThat(at(e, base + ".quotas[2].min").code()).isEqualTo("kipp.module.file.unknownField");
    assertThat(e.problems()).extracting(ModuleFileProblem::code).contains("kipp.quota.minAboveMax");
    assertThat(at(e, base + ".quotas[4]").violation().invalidValue()).isEqualTo("citation");
    assertThat(at(e, base + ".threeTRegions.base").code()).isEqualTo("kipp.module.file.value");
    assertThat(at(e, base + ".threeTRegions.codes[0]").violation().message().english()).contains("99.99");
    assertThat(e.problems()).allSatisfy(p -> assertThat(p.violation().message().indonesian()).isNotBlank());
  }

  @Test
  void a_3t_quota_without_the_pools_3t_regions_is_refused_at_the_quota() {
    String text = withFinalists("""
        {tier: top-99, name: {id: Top 99, en: Top 99}, groups: [umum], size: 20, sizeCitation: ortala,
                 quotas: [{dimension: three-t, value: "true", min: 4, citation: ortala}]}""");

    InvalidModuleFileException e = refused(text);

    assertThat(e.problems()).hasSize(1);
    assertThat(e.problems().get(0).path()).isEqualTo("parameters.scoring.finalists.value[0].quotas[0]");
    assertThat(e.problems().get(0).code()).isEqualTo("kipp.module.file.missing");
    assertThat(e.problems().get(0).violation().message().english()).contains("threeTRegions");
  }

  @Test
  void the_scoring_example_file_gives_the_aggregations_quotas_and_3t_regions_it_writes() {
    SinovikModule m = read(ModuleFileFixtures.TAKALAR_SCORING);

    Citation host = ortala().withNote("the regency publishes no aggregation or quota; the host's documented choice");
    host = new Citation(host.instrument(), host.provision(), io.github.kipp.core.Confidence.UNKNOWN, host.sources(), host.note());
    assertThat(describe(m.aggregation(DESK))).isEqualTo(describe(Aggregations.zScore(ZScoreOptions.population(5, ZScoreOptions.Fallback.USE_RAW, host))));
    assertThat(describe(m.aggregation(PANEL))).isEqualTo(describe(Aggregations.zScore(
        ZScoreOptions.fixed(3, ZScoreOptions.Fallback.EXCLUDE, BigDecimal.valueOf(70), BigDecimal.TEN, host))));
    ShortlistSpec spec = m.finalists().get(0).spec();
    assertThat(spec.size()).isEqualTo(20);
    assertThat(spec.quotas()).extracting(q -> q.label().english()).containsExactly("each institution", "3T villages", "group khusus");
    assertThat(spec.threeTRegions().orElseThrow().codes()).contains(RegionCode.of("73.01"), RegionCode.of("73.02"))
        .hasSize(ThreeTRegions.tertinggal2020to2024().codes().size() + 2);
    assertThat(spec.threeTRegions().orElseThrow().citation()).isEqualTo(host);
  }
}
