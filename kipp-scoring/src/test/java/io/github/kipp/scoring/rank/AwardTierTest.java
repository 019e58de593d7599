package io.github.kipp.scoring.rank;

import static io.github.kipp.scoring.ScoringFixtures.DEFAULT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.google.common.collect.ImmutableSortedSet;
import io.github.kipp.core.GroupId;
import io.github.kipp.core.InvalidInputException;
import io.github.kipp.core.LocalizedText;
import io.github.kipp.core.TierId;
import io.github.kipp.core.institution.InstitutionType;
import java.util.List;
import org.junit.jupiter.api.Test;

class AwardTierTest {

  private static final LocalizedText TOP = LocalizedText.of("Top 45", "Top 45");

  @Test
  void a_tier_for_one_group_holds_that_group_and_may_be_as_small_as_one() {
    AwardTier tier = AwardTier.of("top-1", TOP, GroupId.of("umum"), 1, DEFAULT);

    assertThat(tier.id()).isEqualTo(TierId.of("top-1"));
    assertThat(tier.groups()).containsExactly(GroupId.of("umum"));
    assertThat(tier.size()).isEqualTo(1);
    assertThat(tier.citation()).isEqualTo(DEFAULT);
  }

  @Test
  void a_tier_of_size_zero_or_without_a_group_is_refused() {
    assertThat(catchThrowableOfType(InvalidInputException.class, () -> AwardTier.of("top-0", TOP, GroupId.of("umum"), 0, DEFAULT)).violations())
        .extracting(v -> v.code()).containsExactly("kipp.tier.invalid");
    assertThat(catchThrowableOfType(InvalidInputException.class,
            () -> new AwardTier(TierId.of("top-45"), TOP, ImmutableSortedSet.of(), 45, DEFAULT)).violations())
        .extracting(v -> v.code()).containsExactly("kipp.tier.invalid");
  }

  private static AwardTier.Cluster cluster(String id, int size, InstitutionType... types) {
    return new AwardTier.Cluster(id, LocalizedText.same(id), ImmutableSortedSet.copyOf(types), size, DEFAULT);
  }

  @Test
  void clusters_that_put_every_institution_type_in_one_cluster_and_sum_to_the_size_are_kept_in_order() {
    AwardTier tier = AwardTier.of("top-45", TOP, GroupId.of("umum"), 45, DEFAULT).withClusters(List.of(
        cluster("kl", 10, InstitutionType.KEMENTERIAN, InstitutionType.LEMBAGA, InstitutionType.BUMN),
        cluster("pemda", 35, InstitutionType.PROVINSI, InstitutionType.KABUPATEN, InstitutionType.KOTA, InstitutionType.BUMD)));

    assertThat(tier.clustered()).isTrue();
    assertThat(tier.clusters()).extracting(AwardTier.Cluster::id).containsExactly("kl", "pemda");
    assertThat(tier.clusterOf(InstitutionType.KOTA)).map(AwardTier.Cluster::id).contains("pemda");
    assertThat(AwardTier.of("top-45", TOP, GroupId.of("umum"), 45, DEFAULT).clusterOf(InstitutionType.KOTA)).isEmpty();
  }

  @Test
  void clusters_that_leave_a_type_out_name_one_twice_or_do_not_sum_to_the_size_are_refused() {
    AwardTier tier = AwardTier.of("top-45", TOP, GroupId.of("umum"), 45, DEFAULT);
    InstitutionType[] rest = {InstitutionType.PROVINSI, InstitutionType.KABUPATEN, InstitutionType.KOTA, InstitutionType.BUMD};
    List<List<AwardTier.Cluster>> refused = List.of(
        List.of(cluster("kl", 10, InstitutionType.KEMENTERIAN, InstitutionType.LEMBAGA), cluster("pemda", 35, rest)),
        List.of(cluster("kl", 10, InstitutionType.KEMENTERIAN, InstitutionType.LEMBAGA, InstitutionType.BUMN, InstitutionType.KOTA),
            cluster("pemda", 35, rest)),
        List.of(cluster("kl", 10, InstitutionType.KEMENTERIAN, InstitutionType.LEMBAGA, InstitutionType.BUMN), cluster("pemda", 30, rest)),
        List.of(cluster("kl", 10, InstitutionType.KEMENTERIAN, InstitutionType.LEMBAGA, InstitutionType.BUMN), cluster("kl", 35, rest)));
    for (List<AwardTier.Cluster> clusters : refused) {
      assertThat(catchThrowableOfType(InvalidInputException.class, () -> tier.withClusters(clusters)).violations())
          .extracting(v -> v.code()).containsExactly("kipp.tier.clusters");
    }
    assertThat(catchThrowableOfType(InvalidInputException.class, () -> cluster("Bad Id", 1, InstitutionType.KOTA)).violations())
        .extracting(v -> v.code()).containsExactly("kipp.tier.cluster");
    assertThat(catchThrowableOfType(InvalidInputException.class, () -> cluster("kota", 1)).violations())
        .extracting(v -> v.code()).containsExactly("kipp.tier.cluster");
  }
}
