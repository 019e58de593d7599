package io.github.kipp.testkit.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.kipp.testkit.SampleModule;
import io.github.kipp.testkit.internal.ScenarioMessages;
import org.junit.jupiter.api.Test;

/** A scenario file with several problems reports every one at once, each with its path, line and both languages. */
class ScenarioProblemsTest {

  private final ScenarioRunner runner = ScenarioRunner.of(new SampleModule());

  private static final String BROKEN = ""
      + "name: Banyak masalah\n"                                      // 1
      + "module: sample-2023\n"                                       // 2
      + "pending: true\n"                                             // 3
      + "given:\n"                                                    // 4
      + "  proposals:\n"                                              // 5
      + "    - {id: a, started: 2019-01-01}\n"                        // 6
      + "    - {id: b, started: kemarin}\n"                           // 7
      + "    - {id: c, started: 2019-01-01, institution: entah}\n"    // 8
      + "  drawSeed: tujuh\n"                                         // 9
      + "expect:\n"                                                   // 10
      + "  ranks: {a: satu}\n"                                        // 11
      + "  winners: {top-1: {clusters: {DESA: 1}}}\n";                 // 12

  @Test
  void every_problem_of_a_file_is_reported_at_once_with_its_path_and_line() {
    InvalidScenarioException e = catchThrowableOfType(InvalidScenarioException.class, () -> runner.run("banyak.yaml", BROKEN));

    assertThat(e.problems()).extracting(p -> p.line() + " " + p.path()).containsExactly(
        "3 pending",
        "7 given.proposals[1].started",
        "8 given.proposals[2].institution",
        "9 given.drawSeed",
        "11 expect.ranks.a",
        "12 expect.winners.top-1.clusters.DESA");
    assertThat(e.getMessage()).startsWith("banyak.yaml: 6 problems / 6 masalah\n  - line 3, pending: unknown key 'pending'")
        .contains("line 7, given.proposals[1].started: 'kemarin' is not a start date; write 2019-05-12, 2019-05, mid-2019 or 2019")
        .contains("baris 7, given.proposals[1].started: 'kemarin' bukan tanggal mulai; tulis 2019-05-12, 2019-05, mid-2019 atau 2019")
        .contains("baris 8, given.proposals[2].institution: instansi 'entah' tidak dikenal")
        .contains("baris 9, given.drawSeed: seharusnya bilangan bulat, bukan 'tujuh'")
        .contains("baris 11, expect.ranks.a: seharusnya bilangan bulat, bukan 'satu'")
        .contains("baris 12, expect.winners.top-1.clusters.DESA: 'DESA' bukan jenis instansi");
  }

  @Test
  void every_problem_the_reader_writes_has_its_own_indonesian_text() {
    InvalidScenarioException e = catchThrowableOfType(InvalidScenarioException.class, () -> runner.run("banyak.yaml", BROKEN));

    assertThat(e.problems()).allSatisfy(p -> {
      assertThat(ScenarioMessages.translates(p.english())).as(p.english()).isTrue();
      assertThat(p.indonesian()).isNotEqualTo(p.english()).doesNotContain("bahasa Inggris");
    });
  }

  @Test
  void a_file_with_one_problem_reports_it_with_its_line() {
    InvalidScenarioException e = catchThrowableOfType(InvalidScenarioException.class, () -> runner.run("satu.yaml",
        "name: Satu\nmodule: sample-2023\ngiven:\n  proposals:\n    - {id: a, started: 2019-01-01}\nexpect:\n  ranking: a\n"));

    assertThat(e.problems()).singleElement().satisfies(p -> {
      assertThat(p.line()).isEqualTo(7);
      assertThat(p.path()).isEqualTo("expect.ranking");
      assertThat(p.english()).isEqualTo("expected a list, got 'a'");
      assertThat(p.indonesian()).isEqualTo("seharusnya daftar (list), bukan 'a'");
    });
    assertThat(e).hasMessageStartingWith("satu.yaml: 1 problem / 1 masalah");
  }

  @Test
  void every_bad_field_of_one_proposal_is_reported() {
    InvalidScenarioException e = catchThrowableOfType(InvalidScenarioException.class, () -> runner.run("satu-proposal.yaml",
        "name: P\nmodule: sample-2023\ngiven:\n  proposals:\n    - id: a\n      started: kemarin\n      pandemicRelated: mungkin\n"
            + "      video: pendek\nexpect:\n  eligible: [a]\n"));

    assertThat(e.problems()).extracting(p -> p.line() + " " + p.path()).containsExactly(
        "6 given.proposals[0].started", "7 given.proposals[0].pandemicRelated", "8 given.proposals[0].video");
  }

  @Test
  void every_proposal_the_domain_refuses_and_every_duplicate_is_reported_with_its_line() {
    InvalidScenarioException e = catchThrowableOfType(InvalidScenarioException.class, () -> runner.run("domain.yaml",
        "name: D\nmodule: sample-2023\ngiven:\n  proposals:\n    - {id: a, started: 2019-01-01}\n    - {id: a, started: 2019-01-01}\n"
            + "    - {id: b, started: 2019-01-01, title: \"\"}\n    - {id: b2, started: 2019-01-01, sdgs: [\"99\"]}\nexpect:\n  eligible: [a]\n"));

    assertThat(e.problems()).extracting(p -> p.line() + " " + p.path()).containsExactly(
        "6 given.proposals[1].id", "7 given.proposals[2]", "8 given.proposals[3]");
    assertThat(e.problems().get(0).indonesian()).isEqualTo("proposal 'a' diberikan dua kali");
  }

  @Test
  void a_text_from_elsewhere_keeps_its_english_under_an_indonesian_lead() {
    assertThat(ScenarioMessages.translates("something the domain refused")).isFalse();
    assertThat(ScenarioMessages.indonesian("something the domain refused"))
        .isEqualTo("nilai ditolak (keterangan dalam bahasa Inggris): something the domain refused");
  }
}
