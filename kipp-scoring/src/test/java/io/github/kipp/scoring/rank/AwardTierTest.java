package io.github.kipp.scoring.rank;

import static io.github.kipp.scoring.ScoringFixtures.DEFAULT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.google.common.collect.ImmutableSortedSet;
import io.github.kipp.core.GroupId;
import io.github.kipp.core.InvalidInputException;
import io.github.kipp.core.LocalizedText;
import io.github.kipp.core.TierId;
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
}
