package io.github.kipp.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import com.google.common.testing.EqualsTester;
import org.junit.jupiter.api.Test;

class IdentifierTest {

  @Test
  void ids_of_different_types_with_the_same_value_are_not_equal() {
    new EqualsTester()
        .addEqualityGroup(ProposalId.of("p-1"), ProposalId.of("p-1"))
        .addEqualityGroup(InnovationId.of("p-1"))
        .addEqualityGroup(ProposalId.of("p-2"))
        .testEquals();
  }

  @Test
  void ids_sort_by_value() {
    assertThat(ProposalId.of("a-2").compareTo(ProposalId.of("a-10"))).isPositive();
    assertThat(ProposalId.of("a-1")).hasToString("a-1");
  }

  @Test
  void a_malformed_id_is_refused_with_the_value_and_the_pattern() {
    assertThatThrownBy(() -> ProposalId.of("has space"))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> {
              assertThat(e.violations()).singleElement().satisfies(v -> {
                assertThat(v.code()).isEqualTo("kipp.id.invalid");
                assertThat(v.invalidValue()).isEqualTo("has space");
                assertThat(v.message().english()).contains("proposal id 'has space'").contains(Identifier.PATTERN.pattern());
                assertThat(v.message().indonesian()).contains("tidak valid");
              });
            });
  }

  @Test
  void any_string_either_makes_an_id_or_is_refused_with_a_kipp_error() {
    qt().withFixedSeed(7).withExamples(1_000).forAll(strings().allPossible().ofLengthBetween(0, 140))
        .check(s -> {
          try {
            return ProposalId.of(s).value().equals(s) && Identifier.PATTERN.matcher(s).matches();
          } catch (InvalidInputException e) {
            return !Identifier.PATTERN.matcher(s).matches();
          }
        });
  }

  @Test
  void a_null_value_fails_fast_naming_the_kind() {
    assertThatThrownBy(() -> UnitId.of(null)).isInstanceOf(NullPointerException.class).hasMessage("unit id");
  }
}
