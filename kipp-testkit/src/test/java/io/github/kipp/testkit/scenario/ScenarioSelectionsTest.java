package io.github.kipp.testkit.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.kipp.testkit.SampleModule;
import org.junit.jupiter.api.Test;

/**
 * The expectations of finalist pools, winners' tiers, nominations and submissions, and proposals
 * made by {@code generate}, against the sample module: nominations top 3 above 60, a Top 2 of
 * finalists, a Top 1 winner, submissions from 13 March to 6 May 2023, 23:59 WIB.
 */
class ScenarioSelectionsTest {

  private final ScenarioRunner runner = ScenarioRunner.of(new SampleModule());

  /** Five proposals scoring 90, 85, 80, 75, 70 on every criterion, of two institution types. */
  private static String scenario(String expect) {
    return "name: Seleksi\n"
        + "module: sample-2023\n"
        + "given:\n"
        + "  institutions:\n"
        + "    - {id: kementerian-x, type: KEMENTERIAN}\n"
        + "  proposals:\n"
        + "    - {id: kem, institution: kementerian-x, started: 2019-01-01}\n"
        + "  generate:\n"
        + "    - {prefix: kab, count: 4, started: 2019-01-01, score: {from: 90, step: -5}, stages: [evaluasi-proposal]}\n"
        + "  scores:\n"
        + "    evaluasi-proposal:\n"
        + "      - {proposal: kem, evaluator: te-1, all: 70}\n"
        + "expect:\n"
        + expect;
  }

  @Test
  void nominations_finalists_and_winners_pass_when_counts_members_groups_and_clusters_hold() {
    runner.run("seleksi.yaml", scenario(""
        + "  nominated: {count: 3, members: [kab-003, kab-001, kab-002], groups: {umum: 3}, clusters: {KABUPATEN: 3, KEMENTERIAN: 0}}\n"
        + "  finalists:\n"
        + "    top-2: [kab-001, kab-002]\n"
        + "  winners:\n"
        + "    top-1: {count: 1, members: [kab-001], clusters: {KABUPATEN: 1}}\n"));
  }

  @Test
  void every_wrong_count_member_group_and_cluster_is_reported_at_once() {
    assertThatThrownBy(() -> runner.run("salah.yaml", scenario(""
        + "  nominated: {count: 4, groups: {umum: 2}}\n"
        + "  finalists:\n"
        + "    top-2: {members: [kab-002, kab-001], clusters: {KEMENTERIAN: 1, KABUPATEN: 1}}\n"
        + "    top-3: [kab-001]\n"
        + "  winners:\n"
        + "    top-1: [kem]\n"
        + "    top-9: {count: 9}\n")))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("nominated should count 4 but counted 3")
        .hasMessageContaining("nominated per group should be {umum=2} but were {umum=3}")
        .hasMessageContaining("finalists of top-2 per participant type should be {KABUPATEN=1, KEMENTERIAN=1} but were {KABUPATEN=2}")
        .hasMessageContaining("module has no finalist pool 'top-3'; it has [top-2]")
        .hasMessageContaining("winners of top-1 should be [kem] but were [kab-001]")
        .hasMessageContaining("module has no winners' tier 'top-9'; it has [top-1]");
  }

  @Test
  void finalists_as_a_list_are_compared_in_order_and_as_a_mapping_as_a_set() {
    assertThatThrownBy(() -> runner.run("urutan.yaml", scenario("  finalists: {top-2: [kab-002, kab-001]}\n")))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("finalists of top-2 should be [kab-002, kab-001] but were [kab-001, kab-002]");
    runner.run("himpunan.yaml", scenario("  finalists: {top-2: {members: [kab-002, kab-001]}}\n"));
  }

  @Test
  void a_cluster_that_is_not_an_institution_type_is_refused_naming_the_types() {
    assertThatThrownBy(() -> runner.run("klaster.yaml", scenario("  winners: {top-1: {clusters: {DESA: 1}}}\n")))
        .isInstanceOf(InvalidScenarioException.class)
        .hasMessageContaining("expect.winners.top-1.clusters.DESA")
        .hasMessageContaining("'DESA' is not an institution type; allowed: [KEMENTERIAN");
  }

  private static String submissions(String accepted, String refused) {
    return "name: Pengiriman\n"
        + "module: sample-2023\n"
        + "given:\n"
        + "  proposals:\n"
        + "    - {id: tepat, started: 2019-01-01, submittedAt: \"2023-05-06T23:59:00+07:00\"}\n"
        + "    - {id: tengah-malam, started: 2019-01-01, submittedAt: \"2023-05-07T00:00:00+07:00\"}\n"
        + "    - {id: wita, started: 2019-01-01, submittedAt: \"2023-05-07T00:30:00+08:00\"}\n"
        + "expect:\n"
        + "  submissions: {accepted: " + accepted + ", refused: " + refused + "}\n";
  }

  @Test
  void a_submission_after_the_close_in_the_editions_zone_is_refused_and_one_before_is_taken() {
    runner.run("kirim.yaml", submissions("[tepat, wita]", "[tengah-malam]"));
    assertThatThrownBy(() -> runner.run("kirim-salah.yaml", submissions("[tengah-malam]", "[tepat]")))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("tepat should be refused at the close but was submitted at 2023-05-06T16:59:00Z")
        .hasMessageContaining("tengah-malam should be submitted but was refused");
  }

  @Test
  void an_expected_submission_needs_its_time() {
    String yaml = "name: Tanpa waktu\nmodule: sample-2023\ngiven:\n  proposals:\n    - {id: p, started: 2019-01-01}\n"
        + "expect:\n  submissions: {refused: [p]}\n";
    assertThatThrownBy(() -> runner.run("waktu.yaml", yaml)).isInstanceOf(InvalidScenarioException.class)
        .hasMessageContaining("proposal 'p' has no submittedAt to submit at");
  }

  @Test
  void generated_scores_that_whole_number_sheets_cannot_average_to_are_refused() {
    String yaml = "name: Skor\nmodule: sample-2023\ngiven:\n  generate:\n"
        + "    - {prefix: g, count: 2, started: 2019-01-01, score: {from: 90, step: -0.001}, stages: [evaluasi-proposal]}\n"
        + "expect:\n  nominated: {count: 2}\n";
    assertThatThrownBy(() -> runner.run("skor.yaml", yaml)).isInstanceOf(InvalidScenarioException.class)
        .hasMessageContaining("given.generate[0].score")
        .hasMessageContaining("cannot be written as the mean of at most 100 whole-number sheets");
  }

  @Test
  void generated_quarter_steps_are_exact_means_of_four_sheets() {
    String yaml = "name: Seperempat\nmodule: sample-2023\ngiven:\n  generate:\n"
        + "    - {prefix: g, count: 3, started: 2019-01-01, score: {from: 80, step: -0.25}, stages: [evaluasi-proposal]}\n"
        + "expect:\n  scores: {g-001: 80.00, g-002: 79.75, g-003: 79.50}\n  ranking: [g-001, g-002, g-003]\n";
    runner.run("seperempat.yaml", yaml);
    assertThat(io.github.kipp.testkit.internal.ScenarioFile.read("s.yaml", yaml).sheets().values().iterator().next()).hasSize(12);
  }
}
