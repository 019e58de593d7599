package io.github.kipp.core.spi;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.reflect.TypeToken;
import java.time.Period;
import java.util.List;
import org.junit.jupiter.api.Test;

class ParameterKeyTest {

  @Test
  void a_key_of_a_generic_type_keeps_the_full_type_and_accepts_values_of_its_raw_type() {
    TypeToken<List<Period>> periods = new TypeToken<List<Period>>() {};
    ParameterKey<List<Period>> key = ParameterKey.of("eligibility.minimumAges", periods);

    assertThat(key.name()).isEqualTo("eligibility.minimumAges");
    assertThat(key.type()).isEqualTo(periods);
    assertThat(key.accepts(List.of(Period.ofYears(2)))).isTrue();
    assertThat(key.accepts(Period.ofYears(2))).isFalse();
  }
}
