package io.github.kipp.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.kipp.scoring.rank.RankedEntry;
import io.github.kipp.scoring.shortlist.Shortlist;
import org.junit.jupiter.api.Test;

/**
 * Every benchmark's setup runs, including the engines' equivalence check, and each benchmark method
 * runs once and returns a sane value. No timings.
 */
class BenchmarksSmokeTest {

  @Test
  void kipp_the_floor_easy_rules_and_drools_fail_the_same_proposals_of_a_national_edition_by_the_same_rules() {
    EligibilityBenchmark b = new EligibilityBenchmark();
    b.setUp();
    assertThat(b.expected).hasSizeBetween(1, Inputs.PROPOSALS - 1);
    assertThat(b.failures).hasSize(Inputs.PROPOSALS);
    assertThat(b.kipp()).isEqualTo(b.expected);
    assertThat(b.kippPrepared().eligible()).containsExactlyElementsOf(b.expected);
    assertThat(Agreement.failures(b.kippPrepared())).isEqualTo(b.failures);
    assertThat(b.easyRules()).isEqualTo(b.expected);
    assertThat(b.drools()).isEqualTo(b.expected);
    assertThat(EligibilityFloor.failures(b.prepared, b.floor())).isEqualTo(b.failures);
    assertThat(EligibilityFloor.failures(b.prepared, b.floorPrepared())).isEqualTo(b.failures);
  }

  @Test
  void ranking_shortlists_99_proposals_with_at_most_6_per_province_and_the_floor_sorts_every_score() {
    RankingBenchmark b = new RankingBenchmark();
    b.setUp();
    Shortlist shortlist = b.rankAndShortlist();
    assertThat(shortlist.included()).hasSize(RankingBenchmark.SHORTLIST);
    assertThat(shortlist.ranking().size()).isEqualTo(Inputs.PROPOSALS);
    assertThat(b.aggregateRankAndShortlist().included()).extracting(RankedEntry::proposal)
        .containsExactlyElementsOf(shortlist.included().stream().map(RankedEntry::proposal).toList());
    io.github.kipp.scoring.competition.FinalistSelection throughCompetition = b.nominateAndSelectThroughCompetition().finalists().orElseThrow();
    java.util.List<Shortlist> byHand = b.nominateAndSelectByHand();
    assertThat(throughCompetition.pools()).hasSameSizeAs(byHand);
    for (int i = 0; i < byHand.size(); i++) {
      assertThat(throughCompetition.pools().get(i).shortlist().included()).extracting(RankedEntry::proposal)
          .containsExactlyElementsOf(byHand.get(i).included().stream().map(RankedEntry::proposal).toList());
    }
    assertThat(throughCompetition.finalists()).hasSizeGreaterThan(RankingBenchmark.SHORTLIST / 2);
    double[] sorted = b.sortFloor();
    assertThat(sorted).hasSize(Inputs.PROPOSALS);
    assertThat(sorted[0]).isLessThanOrEqualTo(sorted[sorted.length - 1]);
  }

  @Test
  void the_panel_assignment_gives_every_proposal_three_evaluators() {
    AssignmentBenchmark b = new AssignmentBenchmark();
    b.setUp();
    var result = b.assign();
    assertThat(result.uncovered()).isEmpty();
    assertThat(b.proposals).allSatisfy(p -> assertThat(result.assignment().evaluators(p.id())).hasSize(AssignmentBenchmark.PER_PROPOSAL));
  }

  @Test
  void the_bootstrap_gives_every_proposal_a_rank_interval() {
    StabilityBenchmark b = new StabilityBenchmark();
    b.replicates = 200;
    b.setUp();
    assertThat(b.bootstrap().intervals()).hasSize(Inputs.PROPOSALS);
  }

  @Test
  void the_reliability_of_17_500_sheets_has_alpha_icc_and_a_calibration_per_evaluator_and_the_floor_computes_the_same() {
    ReliabilityBenchmark b = new ReliabilityBenchmark();
    b.replicates = 20;
    b.setUp();
    io.github.kipp.scoring.reliability.StageReliability r = b.assess();
    assertThat(r.ratings()).isEqualTo(Inputs.PROPOSALS * ReliabilityBenchmark.EVALUATORS);
    assertThat(r.alpha()).isPresent();
    assertThat(r.iccRaters()).hasSize(ReliabilityBenchmark.EVALUATORS);
    assertThat(r.iccProposals()).hasSizeGreaterThan(100);
    assertThat(r.calibrations()).hasSize(AssignmentBenchmark.PANEL);
    ReliabilityBenchmark.Points floor = b.points();
    assertThat(floor.alpha).isCloseTo(r.alpha().orElseThrow().value().doubleValue(), org.assertj.core.data.Offset.offset(ReliabilityBenchmark.AGREEMENT));
    assertThat(floor.iccSingle).isCloseTo(r.iccSingle().orElseThrow().value().doubleValue(), org.assertj.core.data.Offset.offset(ReliabilityBenchmark.AGREEMENT));
    assertThat(floor.iccAverage).isCloseTo(r.iccAverage().orElseThrow().value().doubleValue(), org.assertj.core.data.Offset.offset(ReliabilityBenchmark.AGREEMENT));
    assertThat(floor.rows.length).isEqualTo(r.iccProposals().size());
    assertThat(floor.offsets).hasSize(r.calibrations().size());
    assertThat(b.plainLoopFloor()).isFinite();
  }

  @Test
  void the_reliability_floor_check_fails_when_the_floor_and_kipp_disagree() {
    ReliabilityBenchmark b = new ReliabilityBenchmark();
    b.replicates = 20;
    b.setUp();
    b.totals[0] += 40;
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> b.check(io.github.kipp.scoring.reliability.RaterReliability.assess(b.frozen, b.options)))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("the floor and kipp disagree");
  }

  @Test
  void kipp_and_plain_jackson_both_read_the_competition_document() {
    DocumentBenchmark b = new DocumentBenchmark();
    b.setUp();
    assertThat(b.kipp().proposals()).hasSize(Inputs.PROPOSALS);
    assertThat((java.util.List<?>) b.jacksonMap().get("proposals")).hasSize(Inputs.PROPOSALS);
    DocumentRecords.Document records = b.jacksonRecords();
    assertThat(records.proposals()).hasSize(Inputs.PROPOSALS);
    assertThat(DocumentBenchmark.differences(b.kipp(), records)).isEmpty();
    // a record that says something else is found
    java.util.List<DocumentRecords.PastResult> fewer = records.history().subList(1, records.history().size());
    assertThat(DocumentBenchmark.differences(b.kipp(), new DocumentRecords.Document(records.formatVersion(), records.module(), records.edition(),
        records.institutions(), records.units(), records.proposals(), records.statuses(), records.panels(), records.assignments(),
        records.scoreSheets(), fewer))).singleElement().asString().startsWith("history:");
  }

  @Test
  void the_z_score_floor_gives_kipps_score_for_every_proposal_and_a_changed_total_is_found() {
    AggregationBenchmark b = new AggregationBenchmark();
    b.setUp();
    io.github.kipp.scoring.aggregate.AggregationResult kipp = b.kipp();
    assertThat(kipp.scores()).hasSize(Inputs.PROPOSALS);
    assertThat(kipp.scores().values()).allSatisfy(s -> assertThat(s.contributions()).allSatisfy(c -> assertThat(c.normalised()).isTrue()));
    double[] floor = b.floor();
    assertThat(b.differences(kipp, floor)).isEmpty();
    b.totals[0] += 1;
    assertThat(b.differences(kipp, b.floor())).isNotEmpty();
  }

  @Test
  void the_leak_detector_scans_every_proposal_and_finds_the_planted_mentions_of_each_entrant() {
    LeakDetectorBenchmark b = new LeakDetectorBenchmark();
    b.setUp();
    var leaks = b.scanAll();
    assertThat(leaks).hasSize(Inputs.PROPOSALS);
    assertThat(leaks.values().stream().mapToInt(java.util.List::size).sum()).isGreaterThan(Inputs.PROPOSALS / 2);
    assertThat(b.buildAndScanAll()).isEqualTo(leaks);
    long inSections = leaks.values().stream().flatMap(java.util.List::stream)
        .filter(l -> l.field() == io.github.kipp.core.blind.LeakField.SECTION).count();
    assertThat(b.plainLoopFloor()).isEqualTo(inSections).isPositive();
    assertThat(b.characters()).isGreaterThan(Inputs.PROPOSALS * 1_000L);
  }

  @Test
  void the_leak_floor_keeps_a_name_behind_its_prefix_as_one_span_and_ignores_it_inside_a_word() {
    long[] spans = LeakDetectorBenchmark.spans("data Kab. Gowa inovasi Gowakota Gowa. desa", java.util.List.of("Gowa", "Kab. Gowa"));
    assertThat(spans).hasSize(2);
    assertThat(spans[0] >>> 32).isEqualTo(5);
    assertThat((int) spans[0]).isEqualTo(14);
    assertThat(spans[1] >>> 32).isEqualTo(32);
    assertThat((int) spans[1]).isEqualTo(36);
  }

  @Test
  void the_footprint_of_a_thousand_proposals_is_measured_both_ways() {
    Footprint.Result r = Footprint.measure(1_000);
    assertThat(r.jolBytes()).isPositive();
    assertThat(r.objects()).isGreaterThan(1_000);
  }

  @Test
  void the_ratio_table_divides_each_baseline_by_kipp_and_judges_the_goals() throws Exception {
    String json = """
        [{"benchmark":"io.github.kipp.benchmarks.EligibilityBenchmark.kipp","mode":"avgt","primaryMetric":{"score":2.0,"scoreError":0.1,"scoreUnit":"ms/op"}},
         {"benchmark":"io.github.kipp.benchmarks.EligibilityBenchmark.drools","mode":"avgt","primaryMetric":{"score":30.0,"scoreError":1.0,"scoreUnit":"ms/op"}},
         {"benchmark":"io.github.kipp.benchmarks.EligibilityBenchmark.easyRules","mode":"avgt","primaryMetric":{"score":1.0,"scoreError":0.1,"scoreUnit":"ms/op"}},
         {"benchmark":"io.github.kipp.benchmarks.RankingBenchmark.rankAndShortlist","mode":"avgt","primaryMetric":{"score":1000.0,"scoreError":"NaN","scoreUnit":"us/op"}},
         {"benchmark":"io.github.kipp.benchmarks.RankingBenchmark.sortFloor","mode":"avgt","primaryMetric":{"score":100.0,"scoreError":"NaN","scoreUnit":"us/op"}},
         {"benchmark":"io.github.kipp.benchmarks.RankingBenchmark.nominateAndSelectThroughCompetition","mode":"avgt","primaryMetric":{"score":2.28,"scoreError":0.1,"scoreUnit":"ms/op"}},
         {"benchmark":"io.github.kipp.benchmarks.RankingBenchmark.nominateAndSelectByHand","mode":"avgt","primaryMetric":{"score":2.0,"scoreError":0.1,"scoreUnit":"ms/op"}}]
        """;
    String table = RatioTable.render(new ObjectMapper().readTree(json), null);
    assertThat(table).contains("| Eligibility, 3,500 proposals (sinovik-2023) vs Drools | 2.00 ms ± 0.100 ms | 30.00 ms ± 1.00 ms (drools) | kipp 15.00× faster | kipp ≥ 10× faster | met |");
    assertThat(table).contains("vs Easy Rules | 2.00 ms ± 0.100 ms | 1.00 ms ± 0.100 ms (easyRules) | kipp 0.50× faster | kipp ≥ 1× faster | **missed** |");
    // ratios to two decimals, so that a ratio just over its goal does not print as the goal
    assertThat(table).contains("| 1.00 ms | 0.100 ms (sortFloor) | 10.00× | ≤ 15× baseline, < 5.00 ms | met |");
    assertThat(table).contains("| Panel assignment, 3,500 × 3 of 60 | – | – | – | < 1,000 ms | not run |");
    assertThat(table).contains("(nominateAndSelectByHand) | 1.14× | ≤ 1.1× baseline | **missed** |");
  }

  @Test
  void the_index_of_531_regions_agrees_with_its_plain_loop_floor_to_the_cent() {
    IndexBenchmark b = new IndexBenchmark();
    b.setUp();
    java.util.List<io.github.kipp.rules.iid.IndexAssessment> kipp = b.kipp();
    long[] floor = b.floor();
    assertThat(kipp).hasSize(IndexBenchmark.REGIONS);
    assertThat(kipp.stream().mapToInt(a -> a.verified().counted()).sum()).isEqualTo(IndexBenchmark.INNOVATIONS);
    for (int g = 0; g < IndexBenchmark.REGIONS; g++) {
      java.math.BigDecimal truncated = java.math.BigDecimal.valueOf(floor[g], 2);
      assertThat(kipp.get(g).verified().index().subtract(truncated).abs()).isLessThanOrEqualTo(new java.math.BigDecimal("0.01"));
    }
  }

  @Test
  void the_scaling_benchmarks_screen_aggregate_rank_and_read_a_national_edition_whole() {
    ScalingBenchmark b = new ScalingBenchmark();
    b.proposals = Inputs.PROPOSALS;
    b.setUp();
    assertThat(b.screen().outcomes()).hasSize(Inputs.PROPOSALS);
    assertThat(b.aggregate().scores()).hasSize(Inputs.PROPOSALS);
    assertThat(b.rankAndShortlist().included()).hasSize(RankingBenchmark.SHORTLIST);
    // the floors give one row per proposal, and the floor's Top 99 is as large as kipp's
    assertThat(b.screenFloor()).hasSize(Inputs.PROPOSALS);
    assertThat(b.rankFloor()).hasSize(Inputs.PROPOSALS).filteredOn(r -> r.selected).hasSize(RankingBenchmark.SHORTLIST);
    DocumentScalingBenchmark d = new DocumentScalingBenchmark();
    d.proposals = Inputs.PROPOSALS;
    d.setUp();
    assertThat(d.read().proposals()).hasSize(Inputs.PROPOSALS);
  }
}
