package io.github.kipp.rules.iid.iga;

import static io.github.kipp.rules.iid.iga.IgaFixtures.all;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.kipp.core.institution.RegionCode;
import io.github.kipp.rules.iid.IidRules;
import io.github.kipp.scoring.rank.SubjectId;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Invariants of the award: the order of the input changes nothing, and a higher index never ranks lower. */
class IgaPropertiesTest {

  /** Provinces, regencies and cities, in Papua, on the border list and on the disadvantaged list. */
  private static final List<String> POOL = List.of("73", "61", "91", "92", "73.22", "73.02", "73.03", "73.04", "73.05", "73.71",
      "73.72", "73.73", "91.03", "91.11", "91.15", "61.01", "53.04", "53.01", "53.02", "53.05", "12.04", "12.14", "64.01", "64.02");

  private static final IgaAward EXCLUSIVE = IgaAward.of(IidRules.edition2023(), IgaFixtures.settings(5L));
  private static final IgaAward BOTH = IgaAward.of(IidRules.edition2026(), IgaSettings.newBuilder(6L).borderRegions(IgaFixtures.BORDER)
      .overlap(IgaOverlap.BOTH, IgaFixtures.HOST).cluster(IgaCluster.DISADVANTAGED, 3, 2, IgaFixtures.HOST)
      .cluster(IgaCluster.REGENCIES, 4, 2, IgaFixtures.HOST).build());

  /** Entrants from picks: each pick chooses a region of the pool (first pick wins), an index and a SID part from few values, so ties are common. */
  private static List<IgaEntrant> entrants(List<Integer> picks) {
    Map<String, IgaEntrant> out = new LinkedHashMap<>();
    for (int p : picks) {
      String code = POOL.get(p % POOL.size());
      String index = (40 + (p / POOL.size()) % 4) + "." + (p % 2 == 0 ? "25" : "50");
      out.putIfAbsent(code, IgaFixtures.entrant(code, index, String.valueOf(p % 3)));
    }
    return new ArrayList<>(out.values());
  }

  private static List<IgaPresentation> presentations(IgaNomination n, int salt) {
    List<IgaPresentation> out = new ArrayList<>();
    n.nominees().values().stream().flatMap(List::stream).distinct().forEach(code ->
        out.add(all(code.value(), String.valueOf(60 + Math.floorMod(code.value().hashCode() + salt, 3) * 5))));
    return out;
  }

  @Test
  void the_order_of_entrants_and_presentations_changes_neither_nominees_nor_winners() {
    qt().withFixedSeed(2023).withExamples(1_000)
        .forAll(lists().of(integers().between(0, 10_000)).ofSizeBetween(0, 30), integers().all(), integers().between(0, 2))
        .checkAssert((picks, seed, salt) -> {
          IgaAward award = seed % 2 == 0 ? EXCLUSIVE : BOTH;
          List<IgaEntrant> entrants = entrants(picks);
          IgaNomination expected = award.nominate(entrants);
          List<IgaEntrant> shuffled = new ArrayList<>(entrants);
          Collections.shuffle(shuffled, new Random(seed));
          IgaNomination again = award.nominate(shuffled);
          assertThat(again).isEqualTo(expected);

          List<IgaPresentation> presentations = presentations(expected, salt);
          IgaResult result = award.award(expected, presentations);
          List<IgaPresentation> reordered = new ArrayList<>(presentations);
          Collections.shuffle(reordered, new Random(~seed));
          assertThat(award.award(again, reordered)).isEqualTo(result);
        });
  }

  @Test
  void raising_one_regions_verified_index_never_lowers_its_rank_in_any_of_its_clusters() {
    qt().withFixedSeed(2024).withExamples(1_000)
        .forAll(lists().of(integers().between(0, 10_000)).ofSizeBetween(1, 30), integers().between(0, 29), integers().between(1, 300),
            integers().between(0, 1))
        .checkAssert((picks, which, raise, mode) -> {
          IgaAward award = mode == 0 ? EXCLUSIVE : BOTH;
          List<IgaEntrant> before = entrants(picks);
          int i = which % before.size();
          IgaEntrant chosen = before.get(i);
          BigDecimal raised = chosen.verifiedIndex().add(new BigDecimal(raise).movePointLeft(2)).min(new BigDecimal("100.00"));
          List<IgaEntrant> after = new ArrayList<>(before);
          after.set(i, IgaEntrant.of(chosen.region(), raised, chosen.verifiedSidPart()));
          IgaNomination n0 = award.nominate(before);
          IgaNomination n1 = award.nominate(after);
          RegionCode code = chosen.region().code();
          SubjectId id = SubjectId.of(code.value());
          for (IgaCluster c : award.clustersOf(chosen.region())) {
            int rankBefore = n0.rankings().get(c).entry(id).orElseThrow().rank();
            int rankAfter = n1.rankings().get(c).entry(id).orElseThrow().rank();
            assertThat(rankAfter).as("rank of %s in %s", code, c).isLessThanOrEqualTo(rankBefore);
            if (n0.nominees(c).contains(code)) {
              assertThat(n1.nominees(c)).as("still nominated in %s", c).contains(code);
            }
          }
        });
  }
}
