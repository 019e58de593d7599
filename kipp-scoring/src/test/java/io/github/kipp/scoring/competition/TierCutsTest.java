package io.github.kipp.scoring.competition;

import static io.github.kipp.scoring.ScoringFixtures.CITED;
import static io.github.kipp.scoring.ScoringFixtures.DEFAULT;
import static io.github.kipp.scoring.ScoringFixtures.proposal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import com.google.common.collect.ImmutableSortedSet;
import io.github.kipp.core.Citation;
import io.github.kipp.core.Decision;
import io.github.kipp.core.GroupId;
import io.github.kipp.core.InstitutionId;
import io.github.kipp.core.LocalizedText;
import io.github.kipp.core.ProposalId;
import io.github.kipp.core.institution.RegionCode;
import io.github.kipp.core.institution.Institution;
import io.github.kipp.core.institution.InstitutionType;
import io.github.kipp.scoring.rank.AwardTier;
import io.github.kipp.scoring.rank.Candidate;
import io.github.kipp.scoring.rank.RankedEntry;
import io.github.kipp.scoring.rank.Ranker;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class TierCutsTest {

  private static final Citation CLUSTER_SIZE = Citation.unknown("Pedoman Menteri PANRB 3/2023", "the cluster's size is UNKNOWN; a default");
  private static final LocalizedText TOP = LocalizedText.of("Top 45 Inovasi Terpuji", "Top 45 Commendable Innovations");

  private static Institution of(InstitutionType type, int n) {
    String id = type.name().toLowerCase(java.util.Locale.ROOT) + "-" + n;
    switch (type) {
      case PROVINSI:
        return Institution.regionalGovernment(id, "Provinsi " + n, type, RegionCode.of("73"));
      case KABUPATEN:
        return Institution.regionalGovernment(id, "Kabupaten " + n, type, RegionCode.of("73.22"));
      case KOTA:
        return Institution.regionalGovernment(id, "Kota " + n, type, RegionCode.of("73.71"));
      case BUMD:
        return Institution.bumd(id, "BUMD " + n, RegionCode.of("73"), InstitutionId.of("pemprov-sulsel"));
      default:
        return Institution.central(id, type.name() + " " + n, type);
    }
  }

  private static AwardTier tier(int ministries, int provinces, int regencies, int enterprises) {
    return new AwardTier(io.github.kipp.core.TierId.of("top-45"), TOP, ImmutableSortedSet.of(GroupId.of("umum")),
        ministries + provinces + regencies + enterprises, CITED).withClusters(List.of(
            new AwardTier.Cluster("kementerian-lembaga", LocalizedText.of("Kementerian dan Lembaga", "Ministries and agencies"),
                ImmutableSortedSet.of(InstitutionType.KEMENTERIAN, InstitutionType.LEMBAGA), ministries, CLUSTER_SIZE),
            new AwardTier.Cluster("pemerintah-provinsi", LocalizedText.of("Pemerintah Provinsi", "Provincial governments"),
                ImmutableSortedSet.of(InstitutionType.PROVINSI), provinces, CLUSTER_SIZE),
            new AwardTier.Cluster("pemerintah-kabupaten-kota", LocalizedText.of("Pemerintah Kabupaten/Kota", "Regency and city governments"),
                ImmutableSortedSet.of(InstitutionType.KABUPATEN, InstitutionType.KOTA), regencies, CLUSTER_SIZE),
            new AwardTier.Cluster("bumn-bumd", LocalizedText.of("BUMN dan BUMD", "State- and region-owned enterprises"),
                ImmutableSortedSet.of(InstitutionType.BUMN, InstitutionType.BUMD), enterprises, CLUSTER_SIZE)));
  }

  private static Candidate candidate(String id, InstitutionType type, int n, long score) {
    return Candidate.of(proposal(id, of(type, n)), BigDecimal.valueOf(score));
  }

  private static Set<ProposalId> ids(List<RankedEntry> entries) {
    return entries.stream().map(RankedEntry::proposal).collect(Collectors.toSet());
  }

  @Test
  void a_ministrys_best_entry_wins_in_its_own_cluster_below_every_regency_and_says_so_in_both_languages() {
    List<Candidate> competing = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      competing.add(candidate("kab-" + i, InstitutionType.KABUPATEN, i, 100 - i));
    }
    competing.add(candidate("kementerian", InstitutionType.KEMENTERIAN, 0, 50));

    Winners.TierAward award = TierCuts.award(tier(1, 1, 2, 1), Ranker.withTieBreaks(), competing);

    // the ministry wins its cluster; two regencies win theirs; the province's and the enterprises'
    // two unfilled seats go to the best two remaining regencies
    assertThat(ids(award.cut().passed())).containsExactlyInAnyOrder(
        ProposalId.of("kementerian"), ProposalId.of("kab-0"), ProposalId.of("kab-1"), ProposalId.of("kab-2"), ProposalId.of("kab-3"));
    Decision ministry = award.cut().decisions().get(ProposalId.of("kementerian"));
    assertThat(ministry.passed()).isTrue();
    assertThat(ministry.reasons().get(0).code()).isEqualTo("kipp.cutoff.insideCluster");
    assertThat(ministry.reasons().get(0).message().english()).isEqualTo("Position 1 in the cluster Ministries and agencies is within its 1 seats");
    assertThat(ministry.reasons().get(0).message().indonesian()).isEqualTo("Posisi 1 dalam klaster Kementerian dan Lembaga termasuk 1 kursinya");
    assertThat(ministry.citations()).containsExactly(CLUSTER_SIZE);

    Decision refilled = award.cut().decisions().get(ProposalId.of("kab-2"));
    assertThat(refilled.passed()).isTrue();
    assertThat(refilled.reasons()).extracting(r -> r.code()).containsExactly("kipp.cutoff.unfilledSeat", "kipp.cutoff.outsideCluster");
    assertThat(refilled.reasons().get(0).message().english()).isEqualTo(
        "Position 1 among the proposals not awarded in their cluster is within the 2 seats the clusters Provincial governments,"
            + " State- and region-owned enterprises left unfilled");
    assertThat(refilled.reasons().get(1).message().english()).isEqualTo(
        "Position 3 in the cluster Regency and city governments is outside its 2 seats");
    assertThat(refilled.citations()).containsExactlyInAnyOrder(CITED, CLUSTER_SIZE);

    Decision out = award.cut().decisions().get(ProposalId.of("kab-4"));
    assertThat(out.passed()).isFalse();
    assertThat(out.reasons()).extracting(r -> r.code()).containsExactly("kipp.cutoff.outsideCluster", "kipp.cutoff.noUnfilledSeat");
    assertThat(out.reasons().get(1).message().indonesian()).isEqualTo(
        "Tidak ada kursi kosong dari klaster lain untuknya: tersisa 2 kursi, dan posisinya 3 di antara proposal yang tidak menang di klasternya");
    assertThat(award.clusters()).extracting(c -> c.cluster().id())
        .containsExactly("kementerian-lembaga", "pemerintah-provinsi", "pemerintah-kabupaten-kota", "bumn-bumd");
    assertThat(ids(award.clusters().get(2).cut().passed())).containsExactlyInAnyOrder(ProposalId.of("kab-0"), ProposalId.of("kab-1"));
  }

  @Test
  void a_tier_without_clusters_still_ranks_one_pool() {
    List<Candidate> competing = List.of(candidate("kab-0", InstitutionType.KABUPATEN, 0, 90), candidate("kementerian", InstitutionType.KEMENTERIAN, 0, 50));

    Winners.TierAward award = TierCuts.award(AwardTier.of("top-1", TOP, GroupId.of("umum"), 1, DEFAULT), Ranker.withTieBreaks(), competing);

    assertThat(ids(award.cut().passed())).containsExactly(ProposalId.of("kab-0"));
    assertThat(award.clusters()).isEmpty();
    assertThat(award.cut().decisions().get(ProposalId.of("kementerian")).reasons().get(0).code()).isEqualTo("kipp.cutoff.outsideTopN");
  }

  @Test
  void every_cluster_awards_at_most_its_size_and_only_its_own_and_the_tier_is_the_clusters_awards_and_the_unfilled_seats() {
    InstitutionType[] types = InstitutionType.values();
    qt().withFixedSeed(1607).withExamples(1_000)
        .forAll(lists().of(integers().between(0, types.length - 1)).ofSizeBetween(0, 40), lists().of(integers().between(1, 12)).ofSize(4))
        .checkAssert((typeIndexes, sizes) -> {
          List<Candidate> competing = new ArrayList<>();
          for (int i = 0; i < typeIndexes.size(); i++) {
            // distinct scores, spread so that the clusters' orders interleave
            competing.add(candidate("p-" + i, types[typeIndexes.get(i)], i, (i * 37L) % 101 + 1000L * (i % 3)));
          }
          AwardTier tier = tier(sizes.get(0), sizes.get(1), sizes.get(2), sizes.get(3));
          Winners.TierAward award = TierCuts.award(tier, Ranker.withTieBreaks(), competing);

          Set<ProposalId> tierAwards = ids(award.cut().passed());
          Set<ProposalId> clusterAwards = new HashSet<>();
          int unfilled = 0;
          for (Winners.ClusterAward c : award.clusters()) {
            long members = competing.stream().filter(x -> c.cluster().types().contains(x.proposal().innovation().institution().type())).count();
            assertThat(c.cut().passed()).hasSize((int) Math.min(members, c.cluster().size()));
            assertThat(c.cut().passed()).allSatisfy(e -> assertThat(c.cluster().types()).contains(e.candidate().proposal().innovation().institution().type()));
            c.cut().passed().forEach(e -> clusterAwards.add(e.proposal()));
            unfilled += c.cluster().size() - c.cut().passed().size();
          }
          assertThat(tierAwards).containsAll(clusterAwards);
          Set<ProposalId> refilled = new HashSet<>(tierAwards);
          refilled.removeAll(clusterAwards);
          assertThat(refilled).hasSize(Math.min(unfilled, competing.size() - clusterAwards.size()));
          if (unfilled == 0) {
            assertThat(tierAwards).isEqualTo(clusterAwards);
          }
          assertThat(tierAwards).hasSize(Math.min(tier.size(), competing.size()));
          // the unfilled seats go to the best of the rest by the tier's ranking
          int worstRefilled = award.ranking().entries().stream().filter(e -> refilled.contains(e.proposal())).mapToInt(RankedEntry::position).max().orElse(0);
          assertThat(award.ranking().entries().stream().filter(e -> !tierAwards.contains(e.proposal())))
              .allSatisfy(e -> assertThat(e.position()).isGreaterThan(worstRefilled));
          // every proposal has a decision, explained, that agrees with the award
          assertThat(award.cut().decisions().keySet()).hasSize(competing.size());
          award.cut().decisions().forEach((id, d) -> {
            assertThat(d.passed()).isEqualTo(tierAwards.contains(id));
            assertThat(d.reasons()).isNotEmpty();
            assertThat(d.citations()).isNotEmpty();
          });
        });
  }
  /** A Top 2 of two clusters of one seat each: ministries and agencies, and every other institution. */
  private static AwardTier twoClusters() {
    return new AwardTier(io.github.kipp.core.TierId.of("top-2"), TOP, ImmutableSortedSet.of(GroupId.of("umum")), 2, CITED).withClusters(List.of(
        new AwardTier.Cluster("kementerian-lembaga", LocalizedText.of("Kementerian dan Lembaga", "Ministries and agencies"),
            ImmutableSortedSet.of(InstitutionType.KEMENTERIAN, InstitutionType.LEMBAGA), 1, CLUSTER_SIZE),
        new AwardTier.Cluster("lainnya", LocalizedText.of("Lainnya", "Others"),
            ImmutableSortedSet.copyOf(java.util.EnumSet.complementOf(java.util.EnumSet.of(InstitutionType.KEMENTERIAN, InstitutionType.LEMBAGA))),
            1, CLUSTER_SIZE)));
  }

  @Test
  void two_entries_tied_on_a_clusters_last_seat_both_win_it_and_the_second_says_it_shares_the_rank() {
    List<Candidate> competing = List.of(candidate("kementerian-a", InstitutionType.KEMENTERIAN, 0, 80),
        candidate("kementerian-b", InstitutionType.KEMENTERIAN, 1, 80), candidate("lembaga-c", InstitutionType.LEMBAGA, 2, 70),
        candidate("provinsi", InstitutionType.PROVINSI, 0, 60));

    Winners.TierAward award = TierCuts.award(twoClusters(), Ranker.withTieBreaks(), competing);

    Winners.ClusterAward ministries = award.clusters().get(0);
    assertThat(ids(ministries.cut().passed())).containsExactlyInAnyOrder(ProposalId.of("kementerian-a"), ProposalId.of("kementerian-b"));
    Decision second = ministries.cut().decisions().get(ProposalId.of("kementerian-b"));
    assertThat(second.passed()).isTrue();
    assertThat(second.reasons()).extracting(r -> r.code()).containsExactly("kipp.cutoff.tiedInCluster");
    assertThat(second.reasons().get(0).message().english())
        .isEqualTo("Position 2 in the cluster Ministries and agencies shares rank 1 with the last of its 1 seats");
    assertThat(ministries.cut().decisions().get(ProposalId.of("kementerian-a")).passed()).isTrue();
    Decision third = ministries.cut().decisions().get(ProposalId.of("lembaga-c"));
    assertThat(third.passed()).isFalse();
    assertThat(third.reasons()).extracting(r -> r.code()).containsExactly("kipp.cutoff.outsideCluster");
    assertThat(award.clusters().get(1).cut().decisions().get(ProposalId.of("provinsi")).passed()).isTrue();
    assertThat(ids(award.cut().passed())).containsExactlyInAnyOrder(ProposalId.of("kementerian-a"), ProposalId.of("kementerian-b"),
        ProposalId.of("provinsi"));
    assertThat(award.cut().decisions().get(ProposalId.of("lembaga-c")).passed()).as("no cluster left a seat unfilled").isFalse();
    assertThat(award.cut().decisions().get(ProposalId.of("lembaga-c")).reasons()).extracting(r -> r.code())
        .containsExactly("kipp.cutoff.outsideCluster", "kipp.cutoff.noUnfilledSeat");
  }

  @Test
  void the_names_of_several_short_clusters_are_joined_in_both_languages() {
    List<Candidate> competing = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      competing.add(candidate("kab-" + i, InstitutionType.KABUPATEN, i, 100 - i));
    }
    competing.add(candidate("kementerian", InstitutionType.KEMENTERIAN, 0, 50));

    Winners.TierAward award = TierCuts.award(tier(1, 1, 2, 1), Ranker.withTieBreaks(), competing);

    Decision refilled = award.cut().decisions().get(ProposalId.of("kab-2"));
    assertThat(refilled.reasons().get(0).message().indonesian()).isEqualTo(
        "Posisi 1 di antara proposal yang tidak menang di klasternya termasuk 2 kursi yang tidak terisi oleh klaster Pemerintah Provinsi, BUMN dan BUMD");
    assertThat(award.clusters().get(2).cut().decisions().get(ProposalId.of("kab-2")).passed()).as("outside its own cluster").isFalse();
    assertThat(award.clusters().get(2).cut().decisions().get(ProposalId.of("kab-1")).passed()).isTrue();
  }
}
