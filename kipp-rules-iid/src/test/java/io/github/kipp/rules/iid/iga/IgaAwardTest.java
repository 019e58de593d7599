package io.github.kipp.rules.iid.iga;

import static io.github.kipp.rules.iid.iga.IgaFixtures.all;
import static io.github.kipp.rules.iid.iga.IgaFixtures.code;
import static io.github.kipp.rules.iid.iga.IgaFixtures.entrant;
import static io.github.kipp.rules.iid.iga.IgaFixtures.region;
import static io.github.kipp.rules.iid.iga.IgaFixtures.scored;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.kipp.core.Confidence;
import io.github.kipp.core.Decision;
import io.github.kipp.core.Reason;
import io.github.kipp.core.institution.RegionCode;
import io.github.kipp.rules.iid.IidRules;
import io.github.kipp.rules.iid.IndexAssessment;
import io.github.kipp.rules.iid.InnovationIndex;
import io.github.kipp.scoring.rank.RankedSubject;
import io.github.kipp.scoring.rank.SubjectTie;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The award worked out by hand: clusters, nominees by verified index, presentation and final scores
 * (60 % index, 40 % presentation in these settings), winners, and the ties of each step.
 */
class IgaAwardTest {

  private static final long SEED = 2023L;
  private static final IgaAward AWARD = IgaAward.of(IidRules.edition2023(), IgaFixtures.settings(SEED));

  /** Parepare (73.72) and Palopo (73.73) tie on index and SID part; the draw's order, computed apart from kipp. */
  private static final List<String> DRAWN_CITIES = drawOrder(SEED, "73.72", "73.73");

  private static List<String> drawOrder(long seed, String a, String b) {
    return Long.compareUnsigned(lot(seed, a), lot(seed, b)) < 0 ? List.of(a, b) : List.of(b, a);
  }

  /** The draw's lot: the first eight bytes, little-endian, of SHA-256 over the seed (little-endian) and the id in UTF-8. */
  private static long lot(long seed, String id) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      md.update(ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN).putLong(seed).array());
      md.update(id.getBytes(StandardCharsets.UTF_8));
      return ByteBuffer.wrap(md.digest(), 0, 8).order(ByteOrder.LITTLE_ENDIAN).getLong();
    } catch (NoSuchAlgorithmException e) {
      throw new AssertionError(e);
    }
  }

  private static List<IgaPresentation> presentations() {
    return List.of(
        all("73", "80"),
        scored("61", "90", "95", "100", "85", "90"),
        all("73.02", "72"),
        scored("73.03", "80", "75", "70", "80", "75"),
        scored("73.22", "75", "70", "60", "65", "80"),
        all("73.71", "85"),
        all(DRAWN_CITIES.get(0), "90"),
        scored("91", "77", "63", "58", "71", "69"),
        all("61.01", "60"),
        all("53.04", "75"),
        all("53.01", "50"),
        all("53.05", "55"));
  }

  private static List<String> codes(List<RegionCode> codes) {
    return codes.stream().map(RegionCode::value).toList();
  }

  private static List<String> reasonCodes(Decision d) {
    return d.reasons().stream().map(Reason::code).toList();
  }

  @Test
  void places_each_region_in_its_type_cluster_or_first_overlay_with_the_reasons() {
    IgaNomination n = AWARD.nominate(IgaFixtures.entrants());

    assertThat(AWARD.clustersOf(region("73.22"))).containsExactly(IgaCluster.REGENCIES);
    assertThat(AWARD.clustersOf(region("73.71"))).containsExactly(IgaCluster.CITIES);
    assertThat(AWARD.clustersOf(region("73"))).containsExactly(IgaCluster.PROVINCES);
    assertThat(AWARD.clustersOf(region("91"))).containsExactly(IgaCluster.PAPUA);
    assertThat(AWARD.clustersOf(region("61"))).as("only Sambas, not its province, is on the border list").containsExactly(IgaCluster.PROVINCES);
    assertThat(AWARD.clustersOf(region("53.04"))).as("border before disadvantaged").containsExactly(IgaCluster.BORDER);
    assertThat(AWARD.clustersOf(region("91.11"))).as("Papua before disadvantaged").containsExactly(IgaCluster.PAPUA);
    assertThat(AWARD.clustersOf(region("12.04"))).containsExactly(IgaCluster.DISADVANTAGED);

    Decision belu = n.memberships().get(code("53.04"));
    assertThat(belu.passed()).isTrue();
    assertThat(belu.rule()).isEqualTo("iga.cluster");
    assertThat(reasonCodes(belu)).containsExactly("kipp.iga.cluster.type", "kipp.iga.cluster.border", "kipp.iga.cluster.disadvantaged",
        "kipp.iga.cluster.exclusive");
    assertThat(belu.reasons().get(3).message().english()).isEqualTo("Region 53.04 Kabupaten Belu competes only in cluster Border regions,"
        + " not in its type cluster Regencies: a region competes in one cluster, its first overlay cluster.");
    assertThat(belu.reasons().get(0).message().indonesian())
        .isEqualTo("Daerah 53.04 Kabupaten Belu adalah kabupaten menurut katalog wilayah bawaan, sehingga klaster jenisnya Kabupaten.");
    assertThat(belu.reasons().get(2).citations()).containsExactly(IgaFixtures.settings(SEED).disadvantagedRegions().citation());
    assertThat(reasonCodes(n.memberships().get(code("91.11")))).containsExactly("kipp.iga.cluster.type", "kipp.iga.cluster.papua",
        "kipp.iga.cluster.disadvantaged", "kipp.iga.cluster.exclusive");
    assertThat(reasonCodes(n.memberships().get(code("73.22")))).containsExactly("kipp.iga.cluster.type");
    assertThat(n.memberships().keySet()).hasSize(16);
  }

  @Test
  void nominates_the_first_of_each_cluster_by_verified_index_breaking_ties_by_the_sid_part_then_the_draw() {
    IgaNomination n = AWARD.nominate(IgaFixtures.entrants());

    assertThat(n.rankings().keySet()).containsExactly(IgaCluster.values());
    assertThat(codes(n.nominees(IgaCluster.PROVINCES))).containsExactly("73", "61");
    assertThat(codes(n.nominees(IgaCluster.REGENCIES))).containsExactly("73.02", "73.22", "73.03");
    assertThat(codes(n.nominees(IgaCluster.CITIES))).containsExactly("73.71", DRAWN_CITIES.get(0));
    assertThat(codes(n.nominees(IgaCluster.PAPUA))).containsExactly("91");
    assertThat(codes(n.nominees(IgaCluster.BORDER))).containsExactly("61.01", "53.04");
    assertThat(codes(n.nominees(IgaCluster.DISADVANTAGED))).containsExactly("53.01", "53.05");
    assertThat(n.rankings().get(IgaCluster.REGENCIES).entries()).extracting(RankedSubject::rank).containsExactly(1, 2, 3, 4);
    assertThat(n.nominatedIn(code("73.04"))).isEmpty();
    assertThat(n.nominatedIn(code("53.04"))).containsExactly(IgaCluster.BORDER);

    Decision luwuUtara = n.decision(IgaCluster.REGENCIES, code("73.22")).orElseThrow();
    assertThat(luwuUtara.passed()).isTrue();
    assertThat(luwuUtara.rule()).isEqualTo("iga.nomination");
    assertThat(luwuUtara.subject()).isEqualTo("region 73.22");
    assertThat(reasonCodes(luwuUtara)).containsExactly("kipp.iga.nominated", "kipp.iga.tie");
    assertThat(luwuUtara.reasons().get(0).message().english())
        .isEqualTo("Rank 2 of 4 in cluster Regencies by verified index 62.50; the cluster nominates 3.");
    assertThat(luwuUtara.reasons().get(1).message().english())
        .isEqualTo("Tied at 62.50 with 73.02, 73.22; placed below 73.02 by: Higher verified SID part.");
    assertThat(luwuUtara.reasons().get(1).message().indonesian())
        .isEqualTo("Bernilai sama 62.50 dengan 73.02, 73.22; ditempatkan di bawah 73.02 oleh: Nilai lebih tinggi pada bagian SID terverifikasi.");
    assertThat(luwuUtara.weakestConfidence()).as("the tie-break is kipp's default").contains(Confidence.UNKNOWN);

    Decision jeneponto = n.decision(IgaCluster.REGENCIES, code("73.04")).orElseThrow();
    assertThat(jeneponto.passed()).isFalse();
    assertThat(jeneponto.reasons().get(0).message().english())
        .isEqualTo("Rank 4 of 4 in cluster Regencies by verified index 40.00; the cluster nominates only 3.");
    assertThat(jeneponto.reasons().get(0).citations()).contains(IgaFixtures.HOST);

    SubjectTie drawn = n.rankings().get(IgaCluster.CITIES).entries().get(2).brokenTie().orElseThrow();
    assertThat(drawn.rule()).isEqualTo("draw:2023");
    assertThat(drawn.above().value()).isEqualTo(DRAWN_CITIES.get(0));
    assertThat(n.decision(IgaCluster.CITIES, code(DRAWN_CITIES.get(1))).orElseThrow().passed()).isFalse();
    assertThat(n.decision(IgaCluster.CITIES, code(DRAWN_CITIES.get(1))).orElseThrow().reasons().get(1).message().english())
        .endsWith("by: Draw with seed 2023.");
    assertThat(n.decision(IgaCluster.PAPUA, code("91.11")).orElseThrow().passed()).isFalse();
    assertThat(n.decision(IgaCluster.REGENCIES, code("91.11"))).isEmpty();
    assertThat(n.drawSeed()).isEqualTo(SEED);
    assertThat(n.module().value()).isEqualTo("iid-2023");
  }

  @Test
  void weighs_index_and_presentation_exactly_rounds_once_and_names_the_winners() {
    IgaResult r = AWARD.award(AWARD.nominate(IgaFixtures.entrants()), presentations());

    assertFinal(r, IgaCluster.PROVINCES, "73", "70.00", "80", "74.00");
    assertFinal(r, IgaCluster.PROVINCES, "61", "55.00", "91.75", "69.70");
    assertFinal(r, IgaCluster.REGENCIES, "73.02", "62.50", "72", "66.30");
    assertFinal(r, IgaCluster.REGENCIES, "73.03", "58.00", "76.75", "65.50");
    assertFinal(r, IgaCluster.REGENCIES, "73.22", "62.50", "70", "65.50");
    assertFinal(r, IgaCluster.CITIES, "73.71", "61.20", "85", "70.72");
    assertFinal(r, IgaCluster.CITIES, DRAWN_CITIES.get(0), "48.75", "90", "65.25");
    assertFinal(r, IgaCluster.PAPUA, "91", "50.01", "68.65", "57.47");
    assertFinal(r, IgaCluster.BORDER, "61.01", "52.00", "60", "55.20");
    assertFinal(r, IgaCluster.BORDER, "53.04", "47.00", "75", "58.20");
    assertFinal(r, IgaCluster.DISADVANTAGED, "53.01", "44.44", "50", "46.66");
    assertFinal(r, IgaCluster.DISADVANTAGED, "53.05", "39.99", "55", "45.99");

    assertThat(codes(r.winners(IgaCluster.PROVINCES))).containsExactly("73");
    assertThat(codes(r.winners(IgaCluster.REGENCIES))).containsExactly("73.02", "73.03");
    assertThat(codes(r.winners(IgaCluster.CITIES))).containsExactly("73.71");
    assertThat(codes(r.winners(IgaCluster.PAPUA))).containsExactly("91");
    assertThat(codes(r.winners(IgaCluster.BORDER))).as("the presentation overturns the index order").containsExactly("53.04");
    assertThat(codes(r.winners(IgaCluster.DISADVANTAGED))).containsExactly("53.01");
    assertThat(r.scores().get(IgaCluster.REGENCIES)).extracting(s -> s.region().value()).containsExactly("73.02", "73.03", "73.22");
  }

  private static void assertFinal(IgaResult r, IgaCluster c, String code, String index, String presentation, String score) {
    IgaFinalScore f = r.score(c, code(code)).orElseThrow();
    assertThat(f.index()).as("index of %s", code).isEqualByComparingTo(index);
    assertThat(f.presentation()).as("presentation of %s", code).isEqualByComparingTo(presentation);
    assertThat(f.score()).as("final score of %s", code).isEqualTo(new BigDecimal(score));
  }

  @Test
  void explains_each_winner_decision_with_the_presentation_the_weights_the_rounding_and_any_tie() {
    IgaResult r = AWARD.award(AWARD.nominate(IgaFixtures.entrants()), presentations());

    Decision luwuUtara = r.decision(IgaCluster.REGENCIES, code("73.22")).orElseThrow();
    assertThat(luwuUtara.passed()).isFalse();
    assertThat(luwuUtara.rule()).isEqualTo("iga.winner");
    assertThat(reasonCodes(luwuUtara)).containsExactly("kipp.iga.presentationScore", "kipp.iga.finalScore", "kipp.iga.notWinner", "kipp.iga.tie");
    assertThat(luwuUtara.reasons().get(0).message().english()).isEqualTo("Presentation score 70.00: Kebaruan 75 x 30%; Kemanfaatan 70 x 25%;"
        + " Kewenangan daerah dan kolaborasi 60 x 15%; Kemampuan direplikasi 65 x 20%; Penguasaan materi 80 x 10%, divided by 100.");
    assertThat(luwuUtara.reasons().get(1).message().english()).isEqualTo("Final score 65.50 = (verified index 62.50 x 60% + presentation"
        + " 70.00 x 40%) / 100, rounded to 2 decimals HALF_UP.");
    assertThat(luwuUtara.reasons().get(2).message().english())
        .isEqualTo("Rank 3 of 3 nominees in cluster Regencies by final score; the cluster has only 2 winners.");
    assertThat(luwuUtara.reasons().get(3).message().english())
        .isEqualTo("Tied at 65.50 with 73.03, 73.22; placed below 73.03 by: Higher presentation score.");
    assertThat(luwuUtara.reasons().get(0).citations()).containsExactly(IidRules.edition2023().citation(io.github.kipp.rules.iid.spi.IidKeys.PRESENTATION_WEIGHTS));
    assertThat(luwuUtara.reasons().get(0).citations().get(0).confidence()).isEqualTo(Confidence.REPORTED);
    assertThat(luwuUtara.reasons().get(1).citations()).containsExactly(IgaFixtures.HOST,
        IidRules.edition2023().citation(io.github.kipp.rules.iid.spi.IidKeys.INDEX_ROUNDING));

    Decision papua = r.decision(IgaCluster.PAPUA, code("91")).orElseThrow();
    assertThat(papua.passed()).isTrue();
    assertThat(papua.reasons().get(1).message().english())
        .isEqualTo("Final score 57.47 = (verified index 50.01 x 60% + presentation 68.65 x 40%) / 100, rounded to 2 decimals HALF_UP.");
    assertThat(papua.reasons().get(2).message().indonesian())
        .isEqualTo("Peringkat 1 dari 1 nominasi pada klaster Daerah di Tanah Papua menurut nilai akhir; klaster ini memiliki 1 pemenang.");
  }

  @Test
  void a_nominee_of_two_clusters_presents_once_and_is_ranked_in_each_when_regions_compete_in_every_cluster() {
    IgaSettings both = IgaSettings.newBuilder(SEED).borderRegions(IgaFixtures.BORDER)
        .overlap(IgaOverlap.BOTH, IgaFixtures.HOST)
        .cluster(IgaCluster.DISADVANTAGED, 2, 1, IgaFixtures.HOST).build();
    IgaAward award = IgaAward.of(IidRules.edition2023(), both);
    IgaNomination n = award.nominate(List.of(entrant("53.04", "47.00", "28"), entrant("53.01", "44.44", "20"), entrant("73.22", "62.50", "1")));

    assertThat(award.clustersOf(region("53.04"))).containsExactly(IgaCluster.REGENCIES, IgaCluster.BORDER, IgaCluster.DISADVANTAGED);
    assertThat(reasonCodes(n.memberships().get(code("53.04")))).containsExactly("kipp.iga.cluster.type", "kipp.iga.cluster.border",
        "kipp.iga.cluster.disadvantaged", "kipp.iga.cluster.both");
    assertThat(n.nominatedIn(code("53.04"))).containsExactly(IgaCluster.REGENCIES, IgaCluster.BORDER, IgaCluster.DISADVANTAGED);
    assertThat(codes(n.nominees(IgaCluster.REGENCIES))).containsExactly("73.22", "53.04", "53.01");

    IgaResult r = award.award(n, List.of(all("53.04", "75"), all("53.01", "50"), all("73.22", "70")));
    assertThat(codes(r.winners(IgaCluster.BORDER))).containsExactly("53.04");
    assertThat(codes(r.winners(IgaCluster.DISADVANTAGED))).containsExactly("53.04");
    assertThat(codes(r.winners(IgaCluster.REGENCIES))).containsExactly("73.22", "53.04", "53.01");
    assertThat(r.score(IgaCluster.BORDER, code("53.04")).orElseThrow().score())
        .as("50 %% each by default: (47.00 x 50 + 75 x 50) / 100").isEqualTo(new BigDecimal("61.00"));
  }

  @Test
  void the_defaults_follow_iga_2025_and_leave_the_disadvantaged_cluster_unawarded() {
    IgaSettings d = IgaSettings.defaults(7L);
    IgaAward award = IgaAward.of(IidRules.edition2026(), d);

    assertThat(IgaClusterCounts.of(d)).containsExactly(8, 24, 11, 3, 7, 0);
    assertThat(d.winners(IgaCluster.PAPUA).value()).isEqualTo(3);
    assertThat(d.winners(IgaCluster.DISADVANTAGED).value()).isZero();
    assertThat(d.nominees(IgaCluster.REGENCIES).citation().confidence()).isEqualTo(Confidence.INFERRED);
    assertThat(d.nominees(IgaCluster.REGENCIES).citation().sources()).containsExactly("S137");
    assertThat(d.winners(IgaCluster.REGENCIES).citation().confidence()).isEqualTo(Confidence.UNKNOWN);
    assertThat(d.indexWeight().value()).isEqualByComparingTo("50");
    assertThat(d.indexWeight().citation().confidence()).isEqualTo(Confidence.UNKNOWN);
    assertThat(d.overlap().value()).isEqualTo(IgaOverlap.EXCLUSIVE);
    assertThat(d.overlap().citation().confidence()).isEqualTo(Confidence.INFERRED);
    assertThat(d.borderRegions().codes()).isEmpty();
    assertThat(d.drawSeed()).isEqualTo(7L);

    assertThat(award.clustersOf(region("12.04"))).containsExactly(IgaCluster.REGENCIES);
    assertThat(reasonCodes(award.membership(region("12.04"))))
        .containsExactly("kipp.iga.cluster.type", "kipp.iga.cluster.disadvantaged", "kipp.iga.cluster.notAwarded");
    assertThat(award.clustersOf(region("91.11"))).containsExactly(IgaCluster.PAPUA);
    assertThat(award.nominationTieBreaks()).extracting(t -> t.id()).containsExactly("measure:sid", "draw:7");
    assertThat(award.finalTieBreaks()).extracting(t -> t.id()).containsExactly("measure:presentation", "measure:index", "draw:7");
    assertThat(award.nominationTieBreaks()).allSatisfy(t -> assertThat(t.citation().confidence()).isEqualTo(Confidence.UNKNOWN));
  }

  /** The default nominees in cluster order. */
  private static final class IgaClusterCounts {
    static List<Integer> of(IgaSettings s) {
      List<Integer> out = new ArrayList<>();
      for (IgaCluster c : IgaCluster.values()) {
        out.add(s.nominees(c).value());
      }
      return out;
    }
  }

  @Test
  void an_entrant_takes_the_verified_index_and_sid_part_of_an_assessment() {
    IndexAssessment a = InnovationIndex.of(IidRules.edition2026()).assess(io.github.kipp.rules.iid.ReportsAccess.handComputed2026());
    IgaEntrant e = IgaEntrant.of(a);

    assertThat(e.region()).isEqualTo(a.report().region());
    assertThat(e.verifiedIndex()).isEqualTo(a.verified().index());
    assertThat(e.verifiedSidPart()).isEqualTo(a.verified().sidPart());
  }

  @Test
  void refuses_a_nomination_made_with_another_module_or_seed() {
    IgaNomination n = AWARD.nominate(IgaFixtures.entrants());
    IgaAward other = IgaAward.of(IidRules.edition2026(), IgaFixtures.settings(SEED));
    IgaAward reseeded = IgaAward.of(IidRules.edition2023(), IgaFixtures.settings(SEED + 1));

    assertThatThrownBy(() -> other.award(n, presentations())).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("iid-2023");
    assertThatThrownBy(() -> reseeded.award(n, presentations())).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("seed");
  }

  @Test
  void builder_options_are_set_once() {
    IgaSettings.Builder b = IgaSettings.newBuilder(1).cluster(IgaCluster.CITIES, 2, 1, IgaFixtures.HOST).overlap(IgaOverlap.BOTH, IgaFixtures.HOST);

    assertThatThrownBy(() -> b.cluster(IgaCluster.CITIES, 3, 1, IgaFixtures.HOST)).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("kota");
    assertThatThrownBy(() -> b.overlap(IgaOverlap.EXCLUSIVE, IgaFixtures.HOST)).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("overlap");
  }

  @Test
  void no_entrants_give_no_clusters() {
    IgaNomination n = AWARD.nominate(List.of());

    assertThat(n.rankings()).isEmpty();
    assertThat(AWARD.award(n, List.of()).winners()).isEmpty();
  }
}
