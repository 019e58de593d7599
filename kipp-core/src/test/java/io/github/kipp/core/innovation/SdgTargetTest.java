package io.github.kipp.core.innovation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableSortedSet;
import io.github.kipp.core.InvalidInputException;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class SdgTargetTest {

  @Test
  void goals_and_targets_parse_and_sort_numerically_then_by_letter() {
    ImmutableSortedSet<SdgTarget> sorted =
        ImmutableSortedSet.copyOf(
            List.of(SdgTarget.parse("3.10"), SdgTarget.parse("1.a"), SdgTarget.parse("3.2"), SdgTarget.goal(3), SdgTarget.parse("17.18"), SdgTarget.parse("1.5")));

    assertThat(sorted).extracting(SdgTarget::toString).containsExactly("1.5", "1.a", "3", "3.2", "3.10", "17.18");
    assertThat(SdgTarget.parse("3.8").goal()).isEqualTo(3);
    assertThat(SdgTarget.parse("3.8").target()).contains("8");
    assertThat(SdgTarget.goal(3).target()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"0", "18", "3.", "3.0", "3.k", "3.100", "x", "", "03"})
  void anything_else_is_refused(String text) {
    assertThatThrownBy(() -> SdgTarget.parse(text))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("not an SDG goal or target");
  }
}
