package io.github.kipp.scoring.panel;

import static io.github.kipp.scoring.ScoringFixtures.proposal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import com.google.common.collect.ImmutableList;
import io.github.kipp.core.ActorId;
import io.github.kipp.core.InstitutionId;
import io.github.kipp.core.ProposalId;
import io.github.kipp.core.innovation.Proposal;
import io.github.kipp.core.institution.Institution;
import io.github.kipp.core.institution.InstitutionType;
import io.github.kipp.core.institution.RegionCode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * The assigner never pairs an evaluator with a proposal of their own government, whatever ids the
 * governments, their BUMD and the BUMD's owners were entered under; with the province option, never
 * a province (or its BUMD) with a regency or city inside it (or its BUMD).
 */
class AssignerConflictsUnderAnyIdTest {

  /**
   * The governments institutions are drawn from: two provinces, regencies and a city of each, and a
   * regency missing from the bundled catalogue (73.99).
   */
  private static final ImmutableList<Government> GOVERNMENTS = ImmutableList.of(
      new Government(InstitutionType.PROVINSI, "73"),
      new Government(InstitutionType.KABUPATEN, "73.22"),
      new Government(InstitutionType.KABUPATEN, "73.05"),
      new Government(InstitutionType.KOTA, "73.71"),
      new Government(InstitutionType.PROVINSI, "35"),
      new Government(InstitutionType.KABUPATEN, "35.10"),
      new Government(InstitutionType.KABUPATEN, "73.99"));

  private static final ImmutableList<Institution> CENTRAL = ImmutableList.of(
      Institution.central("kemenkes", "Kementerian Kesehatan", InstitutionType.KEMENTERIAN),
      Institution.central("kementerian-kesehatan", "Kementerian Kesehatan", InstitutionType.KEMENTERIAN),
      Institution.central("brin", "Badan Riset dan Inovasi Nasional", InstitutionType.LEMBAGA),
      Institution.central("pt-pos", "PT Pos Indonesia", InstitutionType.BUMN));

  /** A regional government as the regulation knows it: its type and its region. */
  private record Government(InstitutionType type, String code) {
    RegionCode region() {
      return RegionCode.of(code);
    }

    /** The n-th id this government may be entered under. */
    String alias(int n) {
      return List.of("pemda-", "gov-", "instansi-").get(n % 3) + code.replace('.', '-');
    }
  }

  /** An institution with the government it truly is or belongs to, known from how it was made. */
  private record Drawn(Institution institution, @Nullable Government government) {}

  /**
   * Draws an institution from a code: a ministry, agency or BUMN (by id), or a regional government or
   * one of its BUMD under one of three ids, the BUMD's owner also under one of three ids.
   */
  private static Drawn draw(int code) {
    int kind = code % 4;
    if (kind == 0) {
      return new Drawn(CENTRAL.get((code / 4) % CENTRAL.size()), null);
    }
    Government g = GOVERNMENTS.get((code / 4) % GOVERNMENTS.size());
    int alias = (code / 28) % 3;
    if (kind == 1 || kind == 2) {
      return new Drawn(Institution.regionalGovernment(g.alias(alias), "Pemerintah " + g.code(), g.type(), g.region()), g);
    }
    int owner = (code / 84) % 3;
    return new Drawn(Institution.bumd("bumd-" + alias + "-" + g.code().replace('.', '-'), "Perumda " + g.code(), g.region(),
        InstitutionId.of(g.alias(owner))), g);
  }

  /** Whether the regulation's identity relates two drawn institutions, computed from how they were made. */
  private static boolean related(Drawn a, Drawn b, boolean provinces) {
    if (a.institution().id().equals(b.institution().id())) {
      return true;
    }
    if (a.government() == null || b.government() == null) {
      return false;
    }
    String x = a.government().code();
    String y = b.government().code();
    if (x.equals(y)) {
      return true;
    }
    if (!provinces || (x.length() == 2) == (y.length() == 2)) {
      return false;
    }
    // 73.99 is not in the bundled catalogue: the province option cannot decide, so it bars the pair.
    return x.equals("73.99") || y.equals("73.99") || x.startsWith(y + ".") || y.startsWith(x + ".");
  }

  @Test
  void no_assignment_pairs_an_evaluator_with_a_proposal_of_their_own_government_under_any_ids() {
    qt().withFixedSeed(20_261_208L).withExamples(1_000)
        .forAll(lists().of(integers().between(0, 251)).ofSizeBetween(1, 6), lists().of(integers().between(0, 251)).ofSizeBetween(0, 8),
            integers().between(1, 3), longs().all())
        .checkAssert((evaluatorCodes, proposalCodes, perProposal, seed) -> {
          List<Drawn> evaluators = evaluatorCodes.stream().map(AssignerConflictsUnderAnyIdTest::draw).toList();
          List<Drawn> entrants = proposalCodes.stream().map(AssignerConflictsUnderAnyIdTest::draw).toList();
          List<Evaluator> panel = new ArrayList<>();
          for (int i = 0; i < evaluators.size(); i++) {
            panel.add(Evaluator.of("e-" + i, evaluators.get(i).institution()));
          }
          List<Proposal> proposals = new ArrayList<>();
          for (int i = 0; i < entrants.size(); i++) {
            proposals.add(proposal("p-" + i, entrants.get(i).institution()));
          }
          for (boolean provinces : new boolean[] {false, true}) {
            Assigner assigner = Assigner.of(provinces ? ConflictOfInterestPolicies.institutionalWithProvinces() : ConflictOfInterestPolicies.institutional());
            AssignmentResult r = assigner.assign(proposals, Panel.of(panel), AssignmentOptions.of(perProposal, seed));

            Set<String> expected = new TreeSet<>();
            for (int p = 0; p < entrants.size(); p++) {
              int free = 0;
              for (int e = 0; e < evaluators.size(); e++) {
                boolean conflicted = related(evaluators.get(e), entrants.get(p), provinces);
                if (conflicted) {
                  expected.add("e-" + e + "/p-" + p);
                } else {
                  free++;
                }
                assertThat(conflicted && r.assignment().isAssigned(ActorId.of("e-" + e), ProposalId.of("p-" + p)))
                    .as("%s assigned %s (%s) to %s (%s)", assigner, "e-" + e, evaluators.get(e).institution(), "p-" + p, entrants.get(p).institution())
                    .isFalse();
              }
              // Without a load limit every proposal gets as many of its free evaluators as it needs.
              assertThat(r.assignment().evaluators(ProposalId.of("p-" + p))).as("%s: evaluators of p-%d", assigner, p)
                  .hasSize(Math.min(perProposal, free));
            }
            Set<String> found = new TreeSet<>();
            r.conflicts().forEach(c -> found.add(c.evaluator() + "/" + c.proposal()));
            assertThat(found).as("%s: conflicts found", assigner).isEqualTo(expected);
          }
        });
  }

  @Test
  void the_drawn_institutions_cover_every_kind_of_relation() {
    Set<String> kinds = new TreeSet<>();
    for (int a = 0; a < 252; a++) {
      for (int b = 0; b < 252; b++) {
        Drawn x = draw(a);
        Drawn y = draw(b);
        Optional<ConflictOfInterest> c = ConflictOfInterestPolicies.institutionalWithProvinces()
            .conflict(Evaluator.of("e", x.institution()), proposal("p", y.institution()));
        kinds.add(c.map(k -> k.reason().code()).orElse("none"));
      }
    }
    assertThat(kinds).containsExactlyInAnyOrder("none", "kipp.coi.sameInstitution", "kipp.coi.sameGovernment", "kipp.coi.sameFamily",
        "kipp.coi.provinceFamily", "kipp.coi.regionUnknown");
  }
}
