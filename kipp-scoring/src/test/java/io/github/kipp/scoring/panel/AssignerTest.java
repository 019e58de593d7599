package io.github.kipp.scoring.panel;

import static io.github.kipp.scoring.panel.AssignerFixtures.BANYUWANGI;
import static io.github.kipp.scoring.panel.AssignerFixtures.BRIN;
import static io.github.kipp.scoring.panel.AssignerFixtures.CATEGORIES;
import static io.github.kipp.scoring.panel.AssignerFixtures.INSTITUTIONS;
import static io.github.kipp.scoring.panel.AssignerFixtures.JATIM;
import static io.github.kipp.scoring.panel.AssignerFixtures.KEMENKES;
import static io.github.kipp.scoring.panel.AssignerFixtures.KEMENPANRB;
import static io.github.kipp.scoring.panel.AssignerFixtures.KESEHATAN;
import static io.github.kipp.scoring.panel.AssignerFixtures.LUWU_UTARA;
import static io.github.kipp.scoring.panel.AssignerFixtures.MAKASSAR;
import static io.github.kipp.scoring.panel.AssignerFixtures.PDAM_LUWU_UTARA;
import static io.github.kipp.scoring.panel.AssignerFixtures.PENDIDIKAN;
import static io.github.kipp.scoring.panel.AssignerFixtures.SULSEL;
import static io.github.kipp.scoring.panel.AssignerFixtures.TAKALAR;
import static io.github.kipp.scoring.panel.AssignerFixtures.TATA_KELOLA;
import static io.github.kipp.scoring.panel.AssignerFixtures.evaluator;
import static io.github.kipp.scoring.panel.AssignerFixtures.proposal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.kipp.core.ActorId;
import io.github.kipp.core.CategoryId;
import io.github.kipp.core.InvalidInputException;
import io.github.kipp.core.LocalizedText;
import io.github.kipp.core.ProposalId;
import io.github.kipp.core.Reason;
import io.github.kipp.core.Violation;
import io.github.kipp.core.innovation.Proposal;
import io.github.kipp.core.institution.Institution;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class AssignerTest {

  private static final Assigner INSTITUTIONAL = Assigner.of(ConflictOfInterestPolicies.institutional());
  private static final Assigner PROVINCIAL = Assigner.of(ConflictOfInterestPolicies.institutionalWithProvinces());

  /** A random case: proposals (institution, category), evaluators (institution, expertise bits), options. */
  record Scenario(List<int[]> proposalSpecs, List<int[]> evaluatorSpecs, int k, int cap, boolean expertise, long seed) {

    List<Proposal> proposals() {
      List<Proposal> out = new ArrayList<>();
      for (int i = 0; i < proposalSpecs.size(); i++) {
        int[] s = proposalSpecs.get(i);
        out.add(proposal(String.format("p-%03d", i), INSTITUTIONS.get(s[0]), CATEGORIES.get(s[1])));
      }
      return out;
    }

    List<Evaluator> evaluators() {
      List<Evaluator> out = new ArrayList<>();
      for (int j = 0; j < evaluatorSpecs.size(); j++) {
        int[] s = evaluatorSpecs.get(j);
        CategoryId[] expertise = IntStream.range(0, CATEGORIES.size()).filter(c -> (s[1] & (1 << c)) != 0).mapToObj(CATEGORIES::get).toArray(CategoryId[]::new);
        out.add(evaluator(String.format("e-%02d", j), INSTITUTIONS.get(s[0]), expertise));
      }
      return out;
    }

    Panel panel() {
      return Panel.of(evaluators());
    }

    AssignmentOptions options() {
      AssignmentOptions o = AssignmentOptions.of(k, seed).withExpertiseRequired(expertise);
      return cap > 0 ? o.withMaxLoad(cap) : o;
    }

    @Override
    public String toString() {
      return "proposals " + proposalSpecs.stream().map(s -> s[0] + "/" + s[1]).collect(Collectors.toList())
          + ", evaluators " + evaluatorSpecs.stream().map(s -> s[0] + "/" + s[1]).collect(Collectors.toList())
          + ", k " + k + ", cap " + cap + ", expertise " + expertise + ", seed " + seed;
    }
  }

  private static Gen<Scenario> scenarios(int maxProposals, int maxEvaluators) {
    return scenarios(maxProposals, maxEvaluators, 6);
  }

  /** Random cases; a load limit of 0 stands for none. */
  private static Gen<Scenario> scenarios(int maxProposals, int maxEvaluators, int maxCap) {
    Gen<int[]> proposalSpec = integers().between(0, INSTITUTIONS.size() - 1).zip(integers().between(0, CATEGORIES.size() - 1), (i, c) -> new int[] {i, c});
    Gen<int[]> evaluatorSpec = integers().between(0, INSTITUTIONS.size() - 1).zip(integers().between(0, (1 << CATEGORIES.size()) - 1), (i, e) -> new int[] {i, e});
    Gen<int[]> limits = integers().between(1, 4).zip(integers().between(0, maxCap), (k, cap) -> new int[] {k, cap});
    return lists().of(proposalSpec).ofSizeBetween(0, maxProposals)
        .zip(lists().of(evaluatorSpec).ofSizeBetween(1, maxEvaluators), limits, booleans().all(), longs().all(),
            (ps, es, l, exp, seed) -> new Scenario(ps, es, l[0], l[1], exp, seed));
  }

  // ---------------------------------------------------------------- properties

  @Test
  void every_assignment_is_valid_and_covers_as_many_slots_as_possible() {
    int[] seen = new int[3];
    qt().withFixedSeed(20230501L).withExamples(1_000)
        .forAll(scenarios(30, 10))
        .checkAssert(s -> {
          List<Proposal> proposals = s.proposals();
          Panel panel = s.panel();
          AssignmentResult r = PROVINCIAL.assign(proposals, panel, s.options());
          AssignmentOracle oracle = AssignmentOracle.of(proposals, panel, PROVINCIAL.policy(), s.options());
          int cap = s.cap() > 0 ? s.cap() : Integer.MAX_VALUE;

          int total = 0;
          for (int i = 0; i < proposals.size(); i++) {
            Set<ActorId> got = r.assignment().evaluators(proposals.get(i).id());
            assertThat(got).hasSizeLessThanOrEqualTo(s.k());
            for (int j = 0; j < panel.size(); j++) {
              if (got.contains(panel.evaluators().get(j).id())) {
                assertThat(oracle.eligible(i, j)).as("%s may score %s", panel.evaluators().get(j).id(), proposals.get(i).id()).isTrue();
              }
            }
            total += got.size();
            assertThat(r.uncovered(proposals.get(i).id()).isPresent()).isEqualTo(got.size() < s.k());
          }
          assertThat(r.assignment().byProposal().keySet()).containsExactlyElementsOf(proposals.stream().map(Proposal::id).sorted().collect(Collectors.toList()));
          assertThat(total).isEqualTo(oracle.maxCoverage());
          assertThat(r.isComplete()).isEqualTo(total == proposals.size() * s.k());
          assertThat(r.loads().keySet()).containsExactlyElementsOf(panel.evaluators().stream().map(Evaluator::id).collect(Collectors.toList()));
          r.loads().forEach((e, load) -> {
            assertThat(load).isEqualTo(r.assignment().proposals(e).size()).isLessThanOrEqualTo(cap);
          });
          for (UncoveredProposal u : r.uncovered()) {
            assertThat(u.assigned()).isEqualTo(r.assignment().evaluators(u.proposal()).size());
            assertThat(u.needed()).isEqualTo(s.k());
            assertThat(u.reasons().get(0).code()).isEqualTo("kipp.assign.short");
          }
          seen[r.isComplete() ? 0 : 1]++;
          seen[2] += r.uncovered().stream().anyMatch(u -> u.reasons().stream().anyMatch(x -> x.code().equals("kipp.assign.full"))) ? 1 : 0;
        });
    // the generator reaches complete cases, shortfalls, and shortfalls caused by the load limit
    assertThat(seen).doesNotContain(0);
  }

  @Test
  void no_evaluator_is_ever_given_a_proposal_they_conflict_with_or_lack_expertise_for() {
    qt().withFixedSeed(161L).withExamples(1_000)
        .forAll(scenarios(30, 10))
        .checkAssert(s -> {
          Panel panel = s.panel();
          List<Proposal> proposals = s.proposals();
          AssignmentResult r = PROVINCIAL.assign(proposals, panel, s.options());
          List<ConflictOfInterest> expected = new ArrayList<>();
          for (Proposal p : proposals) {
            for (ActorId id : r.assignment().evaluators(p.id())) {
              Evaluator e = panel.evaluator(id).orElseThrow();
              assertThat(PROVINCIAL.policy().conflict(e, p)).isEmpty();
              if (s.expertise()) {
                assertThat(e.covers(p.category())).isTrue();
              }
            }
            for (Evaluator e : panel.evaluators()) {
              PROVINCIAL.policy().conflict(e, p).ifPresent(expected::add);
            }
          }
          expected.sort(Comparator.comparing(ConflictOfInterest::proposal).thenComparing(ConflictOfInterest::evaluator));
          assertThat(r.conflicts()).containsExactlyElementsOf(expected);
        });
  }

  @Test
  void loads_are_as_even_as_any_maximum_assignment_allows() {
    qt().withFixedSeed(2021L).withExamples(1_000)
        .forAll(scenarios(30, 10))
        .checkAssert(s -> {
          List<Proposal> proposals = s.proposals();
          Panel panel = s.panel();
          AssignmentResult r = PROVINCIAL.assign(proposals, panel, s.options());
          AssignmentOracle oracle = AssignmentOracle.of(proposals, panel, PROVINCIAL.policy(), s.options());

          assertThat(r.maxLoad()).isEqualTo(oracle.minMaxLoad());
          assertThat(oracle.improvingSwap(proposals, panel, r.assignment())).isEmpty();
        });
  }

  @Test
  void loads_stay_least_majorised_when_levels_run_high() {
    qt().withFixedSeed(2025L).withExamples(1_000)
        .forAll(scenarios(160, 8, 60))
        .checkAssert(s -> {
          List<Proposal> proposals = s.proposals();
          Panel panel = s.panel();
          AssignmentResult r = PROVINCIAL.assign(proposals, panel, s.options());
          AssignmentOracle oracle = AssignmentOracle.of(proposals, panel, PROVINCIAL.policy(), s.options());

          assertThat(r.loads().values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(oracle.maxCoverage());
          assertThat(oracle.improvingSwap(proposals, panel, r.assignment())).isEmpty();
        });
  }

  @Test
  void when_every_evaluator_may_score_every_proposal_all_are_covered_and_loads_differ_by_at_most_one() {
    Gen<int[]> sizes = integers().between(0, 80).zip(integers().between(1, 15), integers().between(1, 15), (n, m, k) -> new int[] {n, m, Math.min(k, m)});
    qt().withFixedSeed(99L).withExamples(1_000)
        .forAll(sizes, longs().all())
        .checkAssert((size, seed) -> {
          List<Proposal> proposals = new ArrayList<>();
          for (int i = 0; i < size[0]; i++) {
            proposals.add(proposal("p-" + i, INSTITUTIONS.get(i % INSTITUTIONS.size()), CATEGORIES.get(i % CATEGORIES.size())));
          }
          List<Evaluator> evaluators = new ArrayList<>();
          for (int j = 0; j < size[1]; j++) {
            evaluators.add(evaluator("e-" + j, INSTITUTIONS.get(j % INSTITUTIONS.size())));
          }
          AssignmentResult r = Assigner.of(ConflictOfInterestPolicies.none())
              .assign(proposals, Panel.of(evaluators), AssignmentOptions.of(size[2], seed));

          assertThat(r.isComplete()).isTrue();
          assertThat(r.conflicts()).isEmpty();
          assertThat(r.assignment().byProposal().values()).allSatisfy(es -> assertThat(es).hasSize(size[2]));
          assertThat(r.maxLoad() - r.minLoad()).isLessThanOrEqualTo(1);
        });
  }

  @Test
  void the_same_seed_gives_the_same_result_whatever_the_order_of_the_input() {
    qt().withFixedSeed(7L).withExamples(1_000)
        .forAll(scenarios(30, 10), longs().all())
        .checkAssert((s, shuffleSeed) -> {
          AssignmentResult first = PROVINCIAL.assign(s.proposals(), s.panel(), s.options());
          AssignmentResult again = PROVINCIAL.assign(s.proposals(), s.panel(), s.options());
          List<Proposal> proposals = new ArrayList<>(s.proposals());
          List<Evaluator> evaluators = new ArrayList<>(s.evaluators());
          Collections.shuffle(proposals, new Random(shuffleSeed));
          Collections.shuffle(evaluators, new Random(~shuffleSeed));
          AssignmentResult shuffled = PROVINCIAL.assign(proposals, Panel.of(evaluators), s.options());

          assertThat(again).isEqualTo(first);
          assertThat(shuffled).isEqualTo(first);
          assertThat(shuffled.assignment().byProposal()).isEqualTo(first.assignment().byProposal());
          assertThat(shuffled.uncovered()).isEqualTo(first.uncovered());
          assertThat(shuffled.seed()).isEqualTo(s.seed());
        });
  }

  // ---------------------------------------------------------------- shortfalls

  @Test
  void too_few_experts_in_a_category_is_explained_with_the_category_and_the_counts() {
    Panel panel = Panel.of(List.of(
        evaluator("e-1", BRIN, KESEHATAN),
        evaluator("e-2", KEMENPANRB, KESEHATAN, PENDIDIKAN),
        evaluator("e-3", BRIN, PENDIDIKAN)));
    AssignmentResult r = INSTITUTIONAL.assign(List.of(proposal("p-1", TAKALAR, KESEHATAN)), panel, AssignmentOptions.of(3, 1L));

    assertThat(r.isComplete()).isFalse();
    assertThat(r.assignment().evaluators(ProposalId.of("p-1"))).containsExactly(ActorId.of("e-1"), ActorId.of("e-2"));
    UncoveredProposal u = r.uncovered().get(0);
    assertThat(u.proposal()).isEqualTo(ProposalId.of("p-1"));
    assertThat(u.assigned()).isEqualTo(2);
    assertThat(u.needed()).isEqualTo(3);
    assertThat(u.missing()).isEqualTo(1);
    assertThat(u.reasons()).extracting(Reason::code)
        .containsExactly("kipp.assign.short", "kipp.assign.tooFewExperts", "kipp.assign.notExpert");
    assertThat(u.reasons().get(0).message().english()).isEqualTo("Proposal p-1 has 2 of the 3 evaluators it needs.");
    assertThat(u.reasons().get(1).message().english()).isEqualTo(
        "Only 2 evaluators are free of conflicts and expert in kesehatan; 3 are needed"
            + " (panel of 3: 0 with a conflict of interest, 1 not expert in kesehatan).");
    assertThat(u.reasons().get(1).message().indonesian()).isEqualTo(
        "Hanya 2 penilai yang bebas konflik kepentingan dan ahli dalam kesehatan; dibutuhkan 3"
            + " (panel 3 penilai: 0 memiliki konflik kepentingan, 1 tidak ahli dalam kesehatan).");
    assertThat(u.reasons().get(1).citations()).contains(AssignmentOptions.EVALUATORS_PER_PROPOSAL_BASIS, AssignmentOptions.EXPERTISE_BASIS);
    assertThat(u.reasons().get(2).message().english()).isEqualTo("1 evaluators are not expert in kesehatan: e-3.");
  }

  @Test
  void an_evaluator_in_conflict_is_kept_out_and_the_conflict_is_named_with_its_citation() {
    Panel panel = Panel.of(List.of(
        evaluator("e-1", LUWU_UTARA),
        evaluator("e-2", PDAM_LUWU_UTARA),
        evaluator("e-3", BRIN)));
    AssignmentResult r = INSTITUTIONAL.assign(List.of(proposal("p-1", LUWU_UTARA, TATA_KELOLA)), panel, AssignmentOptions.of(2, 5L));

    assertThat(r.assignment().evaluators(ProposalId.of("p-1"))).containsExactly(ActorId.of("e-3"));
    assertThat(r.conflicts()).extracting(ConflictOfInterest::evaluator).containsExactly(ActorId.of("e-1"), ActorId.of("e-2"));
    UncoveredProposal u = r.uncovered(ProposalId.of("p-1")).orElseThrow();
    assertThat(u.reasons()).extracting(Reason::code)
        .containsExactly("kipp.assign.short", "kipp.assign.tooFewExperts", "kipp.coi.sameInstitution", "kipp.coi.sameFamily");
    assertThat(u.reasons().get(1).message().english())
        .startsWith("Only 1 evaluators are free of conflicts and expert in tata-kelola; 2 are needed (panel of 3: 2 with a conflict of interest, 0 not expert");
    assertThat(u.reasons().get(1).citations()).contains(ConflictOfInterestPolicies.INSTITUTIONAL_BASIS);
    assertThat(u.reasons().get(2).message().english())
        .isEqualTo("Evaluator e-1 may not score p-1: both come from Pemerintah Kabupaten Luwu Utara.");
    assertThat(u.reasons().get(2).citations()).containsExactly(ConflictOfInterestPolicies.INSTITUTIONAL_BASIS);
    assertThat(u.reasons().get(3).message().english()).contains("e-2", "Perumda Air Minum Luwu Utara", "same regional-government family");
  }

  @Test
  void when_every_eligible_evaluator_is_full_the_shortfall_names_them_and_the_limit() {
    Panel panel = Panel.of(List.of(evaluator("e-1", BRIN), evaluator("e-2", KEMENPANRB)));
    List<Proposal> proposals = List.of(proposal("p-1", TAKALAR, KESEHATAN), proposal("p-2", MAKASSAR, KESEHATAN), proposal("p-3", JATIM, PENDIDIKAN));
    AssignmentResult r = INSTITUTIONAL.assign(proposals, panel, AssignmentOptions.of(1, 3L).withMaxLoad(1));

    assertThat(r.loads()).containsEntry(ActorId.of("e-1"), 1).containsEntry(ActorId.of("e-2"), 1);
    assertThat(r.uncovered()).hasSize(1);
    UncoveredProposal u = r.uncovered().get(0);
    assertThat(u.assigned()).isZero();
    assertThat(u.reasons()).extracting(Reason::code).containsExactly("kipp.assign.short", "kipp.assign.full");
    assertThat(u.reasons().get(1).message().english())
        .isEqualTo("2 eligible evaluators already carry the maximum load of 1 proposals: e-1, e-2.");
    assertThat(u.reasons().get(1).message().indonesian())
        .isEqualTo("2 penilai yang memenuhi syarat sudah menanggung beban maksimum 1 proposal: e-1, e-2.");
    assertThat(u.reasons().get(1).citations()).containsExactly(AssignmentOptions.MAX_LOAD_BASIS);
  }

  @Test
  void an_evaluator_expert_in_one_category_still_gets_an_even_share_under_a_loose_limit() {
    Panel panel = Panel.of(List.of(evaluator("e-1", BRIN), evaluator("e-2", KEMENPANRB, KESEHATAN), evaluator("e-3", KEMENKES)));
    List<Proposal> proposals = IntStream.range(0, 9).mapToObj(i -> proposal("p-" + i, TAKALAR, i < 3 ? KESEHATAN : PENDIDIKAN)).collect(Collectors.toList());
    AssignmentResult r = INSTITUTIONAL.assign(proposals, panel, AssignmentOptions.of(1, 11L).withMaxLoad(4));

    assertThat(r.isComplete()).isTrue();
    assertThat(r.loads().values()).containsOnly(3);
  }

  @Test
  void a_proposal_that_needs_more_evaluators_than_the_panel_has_gets_them_all() {
    Panel panel = Panel.of(List.of(evaluator("e-1", BRIN), evaluator("e-2", KEMENPANRB)));
    List<Proposal> proposals = IntStream.range(0, 4).mapToObj(i -> proposal("p-" + i, TAKALAR, KESEHATAN)).collect(Collectors.toList());
    AssignmentResult r = INSTITUTIONAL.assign(proposals, panel, AssignmentOptions.of(3, 8L));

    assertThat(r.isComplete()).isFalse();
    assertThat(r.assignment().byProposal().values()).allSatisfy(es -> assertThat(es).hasSize(2));
    assertThat(r.loads().values()).containsOnly(4);
    assertThat(r.uncovered()).hasSize(4).allSatisfy(u -> {
      assertThat(u.reasons()).extracting(Reason::code).containsExactly("kipp.assign.short", "kipp.assign.panelTooSmall", "kipp.assign.tooFewExperts");
      assertThat(u.reasons().get(1).message().english()).isEqualTo("The panel has only 2 evaluators; each proposal needs 3.");
      assertThat(u.reasons().get(1).message().indonesian()).isEqualTo("Panel hanya beranggotakan 2 penilai; setiap proposal membutuhkan 3.");
    });
  }

  @Test
  void without_the_expertise_rule_any_evaluator_free_of_conflicts_may_score() {
    Panel panel = Panel.of(List.of(evaluator("e-1", BRIN, PENDIDIKAN), evaluator("e-2", LUWU_UTARA, PENDIDIKAN)));
    AssignmentResult r = INSTITUTIONAL.assign(List.of(proposal("p-1", LUWU_UTARA, KESEHATAN)), panel, AssignmentOptions.of(2, 2L).withExpertiseRequired(false));

    assertThat(r.assignment().evaluators(ProposalId.of("p-1"))).containsExactly(ActorId.of("e-1"));
    UncoveredProposal u = r.uncovered().get(0);
    assertThat(u.reasons()).extracting(Reason::code).containsExactly("kipp.assign.short", "kipp.assign.tooFewFree", "kipp.coi.sameInstitution");
    assertThat(u.reasons().get(1).message().english())
        .isEqualTo("Only 1 evaluators are free of conflicts; 2 are needed (panel of 2: 1 with a conflict of interest).");
  }

  @Test
  void the_province_family_policy_keeps_a_province_from_its_regencies_and_the_reverse() {
    Panel panel = Panel.of(List.of(evaluator("e-sulsel", SULSEL), evaluator("e-makassar", MAKASSAR), evaluator("e-jatim", JATIM)));
    List<Proposal> proposals = List.of(proposal("p-takalar", TAKALAR, KESEHATAN), proposal("p-sulsel", SULSEL, KESEHATAN), proposal("p-banyuwangi", BANYUWANGI, KESEHATAN));
    AssignmentOptions options = AssignmentOptions.of(2, 73L);

    AssignmentResult plain = INSTITUTIONAL.assign(proposals, panel, options);
    AssignmentResult provincial = PROVINCIAL.assign(proposals, panel, options);

    assertThat(plain.isComplete()).isTrue();
    assertThat(plain.conflicts()).extracting(ConflictOfInterest::evaluator, ConflictOfInterest::proposal)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(ActorId.of("e-sulsel"), ProposalId.of("p-sulsel")));
    assertThat(provincial.conflicts()).extracting(c -> c.evaluator().value() + "/" + c.proposal().value() + "/" + c.reason().code())
        .containsExactly(
            "e-jatim/p-banyuwangi/kipp.coi.provinceFamily",
            "e-makassar/p-sulsel/kipp.coi.provinceFamily",
            "e-sulsel/p-sulsel/kipp.coi.sameInstitution",
            "e-sulsel/p-takalar/kipp.coi.provinceFamily");
    assertThat(provincial.assignment().evaluators(ProposalId.of("p-takalar"))).containsExactly(ActorId.of("e-jatim"), ActorId.of("e-makassar"));
    assertThat(provincial.assignment().evaluators(ProposalId.of("p-sulsel"))).containsExactly(ActorId.of("e-jatim"));
    assertThat(provincial.assignment().evaluators(ProposalId.of("p-banyuwangi"))).containsExactly(ActorId.of("e-makassar"), ActorId.of("e-sulsel"));
    UncoveredProposal u = provincial.uncovered(ProposalId.of("p-sulsel")).orElseThrow();
    assertThat(u.reasons().get(2).message().english())
        .isEqualTo("Evaluator e-makassar may not score p-sulsel: Pemerintah Kota Makassar and Pemerintah Provinsi Sulawesi Selatan are, or belong to, province 73 and region 73.71 inside it.");
    assertThat(u.reasons().get(2).citations()).containsExactly(ConflictOfInterestPolicies.PROVINCE_FAMILY_BASIS);
  }

  // ---------------------------------------------------------------- scale, seeds, edges

  @Test
  void a_national_desk_round_of_3500_proposals_with_3_evaluators_each_from_60_is_complete_and_even() {
    List<Institution> entrants = List.of(SULSEL, LUWU_UTARA, TAKALAR, MAKASSAR, JATIM, BANYUWANGI, PDAM_LUWU_UTARA, KEMENKES);
    List<Proposal> proposals = new ArrayList<>();
    for (int i = 0; i < 3500; i++) {
      proposals.add(proposal(String.format("p-%04d", i), entrants.get(i % entrants.size()), CATEGORIES.get((i / entrants.size()) % CATEGORIES.size())));
    }
    List<Evaluator> evaluators = new ArrayList<>();
    for (int j = 0; j < 60; j++) {
      Institution from = j < 50 ? (j % 2 == 0 ? BRIN : KEMENPANRB) : (j % 2 == 0 ? TAKALAR : JATIM);
      evaluators.add(evaluator(String.format("e-%02d", j), from, CATEGORIES.get(j % 4), CATEGORIES.get((j / 4 + j + 1) % 4)));
    }
    AssignmentResult r = PROVINCIAL.assign(proposals, Panel.of(evaluators), AssignmentOptions.of(3, 2023L));

    assertThat(r.isComplete()).isTrue();
    assertThat(r.conflicts()).isNotEmpty();
    assertThat(r.loads()).hasSize(60);
    assertThat(r.loads().values()).containsOnly(175);
    assertThat(r.assignment().byProposal()).hasSize(3500);
    assertThat(r.assignment().byProposal().values()).allSatisfy(es -> assertThat(es).hasSize(3));
  }

  @Test
  void another_seed_breaks_ties_another_way_and_is_recorded() {
    List<Proposal> proposals = IntStream.range(0, 12).mapToObj(i -> proposal("p-" + i, TAKALAR, KESEHATAN)).collect(Collectors.toList());
    Panel panel = Panel.of(IntStream.range(0, 12).mapToObj(j -> evaluator("e-" + j, BRIN)).collect(Collectors.toList()));

    AssignmentResult one = INSTITUTIONAL.assign(proposals, panel, AssignmentOptions.of(1, 1L));
    AssignmentResult two = INSTITUTIONAL.assign(proposals, panel, AssignmentOptions.of(1, 2L));

    assertThat(one.assignment()).isNotEqualTo(two.assignment());
    assertThat(one.loads()).isEqualTo(two.loads());
    assertThat(one.seed()).isEqualTo(1L);
    assertThat(two.options()).isEqualTo(AssignmentOptions.of(1, 2L));
    assertThat(two.toString()).isEqualTo("AssignmentResult[12 proposals, loads 1..1, 0 uncovered, seed 2]");
  }

  @Test
  void no_proposals_give_an_empty_complete_assignment_with_every_load_zero() {
    Panel panel = Panel.of(List.of(evaluator("e-1", BRIN), evaluator("e-2", KEMENPANRB)));
    AssignmentResult r = INSTITUTIONAL.assign(List.of(), panel, AssignmentOptions.of(2, 0L));

    assertThat(r.isComplete()).isTrue();
    assertThat(r.assignment().byProposal()).isEmpty();
    assertThat(r.loads()).containsExactly(java.util.Map.entry(ActorId.of("e-1"), 0), java.util.Map.entry(ActorId.of("e-2"), 0));
    assertThat(r.minLoad()).isZero();
    assertThat(r.maxLoad()).isZero();
  }

  @Test
  void an_evaluator_who_may_score_nothing_keeps_load_zero_while_the_others_share_evenly() {
    Panel panel = Panel.of(List.of(evaluator("e-1", BRIN), evaluator("e-2", KEMENPANRB), evaluator("e-3", TAKALAR), evaluator("e-4", KEMENKES, PENDIDIKAN)));
    List<Proposal> proposals = IntStream.range(0, 10).mapToObj(i -> proposal("p-" + i, TAKALAR, KESEHATAN)).collect(Collectors.toList());
    AssignmentResult r = INSTITUTIONAL.assign(proposals, panel, AssignmentOptions.of(1, 4L));

    assertThat(r.isComplete()).isTrue();
    assertThat(r.loads()).containsEntry(ActorId.of("e-3"), 0).containsEntry(ActorId.of("e-4"), 0);
    assertThat(r.loads().get(ActorId.of("e-1"))).isEqualTo(5);
    assertThat(r.loads().get(ActorId.of("e-2"))).isEqualTo(5);
  }

  @Test
  void two_proposals_with_the_same_id_are_refused() {
    Panel panel = Panel.of(List.of(evaluator("e-1", BRIN)));
    List<Proposal> proposals = List.of(proposal("p-1", TAKALAR, KESEHATAN), proposal("p-1", MAKASSAR, KESEHATAN), proposal("p-1", JATIM, KESEHATAN));

    assertThatThrownBy(() -> INSTITUTIONAL.assign(proposals, panel, AssignmentOptions.of(1, 0L)))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> {
          assertThat(e.violations()).extracting(Violation::code, Violation::path, Violation::invalidValue)
              .containsExactly(org.assertj.core.groups.Tuple.tuple("kipp.assign.duplicateProposal", "proposals", "p-1"));
          assertThat(e.getMessage()).contains("proposals: Proposal p-1 appears twice among the proposals to assign.");
        });
  }

  @Test
  void too_many_pairs_for_one_call_are_refused_naming_the_limit() {
    Panel panel = Panel.of(IntStream.range(0, Panel.MAX_EVALUATORS).mapToObj(j -> evaluator("e-" + j, BRIN)).collect(Collectors.toList()));
    List<Proposal> proposals = IntStream.range(0, 501).mapToObj(i -> proposal("p-" + i, TAKALAR, KESEHATAN)).collect(Collectors.toList());

    assertThatThrownBy(() -> INSTITUTIONAL.assign(proposals, panel, AssignmentOptions.of(1, 0L)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("5010000 proposal-evaluator pairs are too many for one assignment; at most 5000000 are allowed.");
  }

  @Test
  void a_policy_that_answers_about_another_pair_is_a_programming_error() {
    ConflictOfInterestPolicy confused =
        (e, p) -> Optional.of(new ConflictOfInterest(ActorId.of("someone-else"), p.id(), Reason.of("test.conflict", LocalizedText.same("conflict"))));
    Panel panel = Panel.of(List.of(evaluator("e-1", BRIN)));

    assertThatThrownBy(() -> Assigner.of(confused).assign(List.of(proposal("p-1", TAKALAR, KESEHATAN)), panel, AssignmentOptions.of(1, 0L)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("asked about evaluator e-1 and proposal p-1 but answered with a conflict between someone-else and p-1");
  }

  @Test
  void null_arguments_are_refused_by_name() {
    Panel panel = Panel.of(List.of(evaluator("e-1", BRIN)));
    AssignmentOptions options = AssignmentOptions.of(1, 0L);

    assertThatThrownBy(() -> Assigner.of(null)).isInstanceOf(NullPointerException.class).hasMessage("policy");
    assertThatThrownBy(() -> INSTITUTIONAL.assign(null, panel, options)).isInstanceOf(NullPointerException.class).hasMessage("proposals");
    assertThatThrownBy(() -> INSTITUTIONAL.assign(List.of(), null, options)).isInstanceOf(NullPointerException.class).hasMessage("panel");
    assertThatThrownBy(() -> INSTITUTIONAL.assign(List.of(), panel, null)).isInstanceOf(NullPointerException.class).hasMessage("options");
    assertThatThrownBy(() -> INSTITUTIONAL.assign(java.util.Arrays.asList((Proposal) null), panel, options))
        .isInstanceOf(NullPointerException.class).hasMessage("proposal");
  }
}
