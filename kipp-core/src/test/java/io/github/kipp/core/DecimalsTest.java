package io.github.kipp.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;

class DecimalsTest {

  @Test
  void forty_integer_digits_and_twenty_decimals_are_the_last_values_accepted() {
    assertThat(Decimals.isWithinBounds(new BigDecimal("9".repeat(40)))).isTrue();
    assertThat(Decimals.isWithinBounds(new BigDecimal("9".repeat(41)))).isFalse();
    assertThat(Decimals.isWithinBounds(new BigDecimal("0." + "0".repeat(19) + "1"))).isTrue();
    assertThat(Decimals.isWithinBounds(new BigDecimal("0." + "0".repeat(20) + "1"))).isFalse();
    assertThat(Decimals.isWithinBounds(new BigDecimal("1E+39"))).isTrue();
    assertThat(Decimals.isWithinBounds(new BigDecimal("1E+40"))).isFalse();
    assertThat(Decimals.isWithinBounds(new BigDecimal(BigInteger.ONE, -Integer.MAX_VALUE))).isFalse();
  }

  @Test
  void a_decimal_out_of_bounds_is_named_with_its_field_and_the_bounds_in_both_languages() {
    Violation v = Decimals.check("weights.umum", new BigDecimal("1E-25")).orElseThrow();

    assertThat(v.code()).isEqualTo("kipp.number.precision");
    assertThat(v.path()).isEqualTo("weights.umum");
    assertThat(v.message().english()).isEqualTo("weights.umum is 1E-25; at most 40 digits before the decimal point and 20 after it are allowed.");
    assertThat(v.message().indonesian()).contains("paling banyak 40 angka sebelum tanda desimal dan 20 angka sesudahnya");
    assertThat(Decimals.check("w", new BigDecimal("0.35"))).isEmpty();
  }

  @Test
  void text_is_read_as_a_decimal_keeping_its_scale_or_refused_naming_the_text() {
    assertThat(Decimals.parse("criterion", "weight", "0.30")).isEqualTo(new BigDecimal("0.30"));
    assertThat(Decimals.parse("criterion", "weight", "1e2")).isEqualByComparingTo("100");
    assertThatThrownBy(() -> Decimals.parse("criterion", "weight", "thirty"))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> {
          assertThat(e.subject()).isEqualTo("criterion");
          assertThat(e.violations()).singleElement().satisfies(v -> {
            assertThat(v.code()).isEqualTo("kipp.number.notDecimal");
            assertThat(v.invalidValue()).isEqualTo("thirty");
          });
        });
    assertThatThrownBy(() -> Decimals.parse("criterion", "weight", "1".repeat(100)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("not a decimal number");
    assertThatThrownBy(() -> Decimals.require("pass mark", "minimum", new BigDecimal("1E+41")))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("minimum is 1E+41");
  }

  @Test
  void messages_show_decimals_in_plain_notation_unless_they_are_out_of_bounds() {
    LocalizedText within = MessageCatalog.load("io.github.kipp.core.ValidationMessages", DecimalsTest.class.getClassLoader()).render("kipp.number.negative", "field", "w", "value",
        new BigDecimal("1E+3"));
    assertThat(within.english()).contains("1000");
  }
}
