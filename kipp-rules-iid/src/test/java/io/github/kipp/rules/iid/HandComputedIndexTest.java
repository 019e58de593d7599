package io.github.kipp.rules.iid;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.kipp.core.Confidence;
import io.github.kipp.core.InnovationId;
import io.github.kipp.scoring.explain.Explanation;
import java.math.BigDecimal;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The index of {@link Reports#handComputed2026()}, worked out by hand under IID 2026.
 *
 * <pre>
 * SPD rows (weight × level): 1: 1×3 = 3; 2a: 1×2 = 2; 5a: 0.75×3 = 2.25; 6: 1.5×2 = 3 (evidence not
 * verified); 8: 1.5×3 = 4.5; 12: no evidence = 0.
 *   claimed SPD 14.75; verified SPD 11.75.
 * SID rows per innovation: a = 16:3×2 + 17:2×1 + 32:2×3 + 33:3×2 + 35:4×1 + 19:2×3 = 6+2+6+6+4+6 = 30;
 *   b = 3 + 4 + 2 + 3 + 8 + (31: 3×1 unverified) = 23 claimed, 20 verified;
 *   c = 9 + 2 + 2 + 9 + (35: 4×3 unverified) = 34 claimed; verified: mandatory 35 unverified, c does not count;
 *   d, e, f = 3 + 2 + 2 + 3 + 4 = 14 each.
 * Claimed: n = 6, sum 30+23+34+14×3 = 129, divisor max(12, 6) = 12, SID 10.75; affairs 6 ≥ 5, count
 *   6 × 0.38 = 2.28; total 14.75 + 10.75 + 2.28 = 27.78; index 27.78 ÷ 250 × 100 = 11.112 → 11.11.
 * Verified: n = 5, sum 30+20+14×3 = 92, divisor 12, SID 7.6666…; affairs 5 (Sosial lost) ≥ 5, count
 *   5 × 0.38 = 1.90; total 21.31666…; index 8.52666… → 8.53 (half up).
 * </pre>
 */
class HandComputedIndexTest {

  private final IndexAssessment a = InnovationIndex.of(IidRules.edition2026()).assess(Reports.handComputed2026());

  @Test
  void the_claimed_index_matches_the_hand_computation_to_the_cent() {
    IndexScore c = a.claimed();
    assertThat(c.spd()).isEqualByComparingTo("14.75");
    assertThat(c.sidSum()).isEqualByComparingTo("129");
    assertThat(c.divisor()).isEqualTo(12);
    assertThat(c.sidPart()).isEqualByComparingTo("10.75");
    assertThat(c.counted()).isEqualTo(6);
    assertThat(c.affairsCovered()).isEqualTo(6);
    assertThat(c.countPart()).isEqualByComparingTo("2.28");
    assertThat(c.total()).isEqualByComparingTo("27.78");
    assertThat(c.index()).isEqualTo(new BigDecimal("11.11"));
    assertThat(c.band().name()).isEqualTo("Kurang Inovatif");
  }

  @Test
  void the_verified_index_matches_the_hand_computation_to_the_cent() {
    IndexScore v = a.verified();
    assertThat(v.spd()).isEqualByComparingTo("11.75");
    assertThat(v.sidSum()).isEqualByComparingTo("92");
    assertThat(v.divisor()).isEqualTo(12);
    assertThat(v.sidPart()).isEqualByComparingTo("7.6667");
    assertThat(v.counted()).isEqualTo(5);
    assertThat(v.affairsCovered()).isEqualTo(5);
    assertThat(v.countPart()).isEqualByComparingTo("1.90");
    assertThat(v.total()).isEqualByComparingTo("21.3167");
    assertThat(v.index()).isEqualTo(new BigDecimal("8.53"));
    assertThat(v.band().name()).isEqualTo("Kurang Inovatif");
    assertThat(a.difference()).isEqualTo(new BigDecimal("2.58"));
  }

  @Test
  void the_innovation_with_an_unverified_mandatory_row_counts_as_claimed_but_not_once_verified() {
    assertThat(a.claimed().eligibility(InnovationId.of("c"))).hasValueSatisfying(d -> assertThat(d.passed()).isTrue());
    assertThat(a.verified().eligibility(InnovationId.of("c"))).hasValueSatisfying(d -> {
      assertThat(d.passed()).isFalse();
      assertThat(d.reasons()).extracting(r -> r.code()).containsExactly("kipp.iid.refused.mandatoryVerified");
      assertThat(d.reasons().get(0).message().english()).contains("35");
      assertThat(d.reasons().get(0).message().indonesian()).contains("35").contains("terverifikasi");
    });
  }

  @Test
  void the_difference_is_explained_row_by_row() {
    assertThat(a.differences()).extracting(d -> d.innovation().map(InnovationId::value).orElse("SPD") + ":" + d.indicator()
        + ":" + d.claimedLevel() + ">" + d.verifiedLevel())
        .containsExactly("SPD:6:2>0", "b:31:1>0", "c:16:3>0", "c:17:1>0", "c:32:1>0", "c:33:3>0", "c:35:3>0");
    assertThat(a.differences()).extracting(d -> d.points().toPlainString())
        .containsExactly("3.0", "3", "9", "2", "2", "9", "12");
    assertThat(a.differences().get(2).why().english()).isEqualTo("the innovation does not count after verification");
    assertThat(a.differences().get(6).why().english()).isEqualTo("evidence not verified");
    Explanation diff = a.explain().find("difference").orElseThrow();
    assertThat(diff.value()).isEqualTo("2.58");
    assertThat(diff.children()).extracting(Explanation::step).containsExactly("count-difference", "row-difference",
        "row-difference", "row-difference", "row-difference", "row-difference", "row-difference", "row-difference");
  }

  @Test
  void the_explanation_cites_every_parameter_it_uses_and_shows_which_rest_on_defaults() {
    Explanation tree = a.verified().explanation();
    assertThat(tree.value()).isEqualTo("8.53 Kurang Inovatif");
    assertThat(tree.find("divisor").orElseThrow().value()).isEqualTo("12");
    assertThat(tree.find("rounding").orElseThrow().citations()).extracting(c -> c.confidence())
        .contains(Confidence.UNKNOWN);
    assertThat(tree.weakestConfidence()).contains(Confidence.UNKNOWN);
    assertThat(tree.allCitations()).filteredOn(c -> c.confidence() != Confidence.UNKNOWN)
        .isNotEmpty().allSatisfy(c -> assertThat(c.sources()).as("sources of %s", c).isNotEmpty());
    String rendered = tree.render(Locale.ENGLISH);
    assertThat(rendered).contains("6 Jumlah peningkatan investasi: 1.5 × 0 (level 2, evidence not verified)");
    assertThat(a.verified().explanation().render(LocaleIds.INDONESIAN)).contains("data dukung belum terverifikasi");
  }
}
