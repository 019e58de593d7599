package io.github.kipp.jackson3;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.kipp.core.Violation;
import io.github.kipp.jackson.Line;
import io.github.kipp.jackson.SharedStrictScalars;
import org.junit.jupiter.api.Test;

/** The shared corpus {@link SharedStrictScalars}, run against the Jackson 3 line, and its YAML 1.2 reading of {@code 0x1}. */
class StrictScalarsJackson3Test extends SharedStrictScalars {

  @Override
  protected Line line() {
    return Jackson3Line.json();
  }

  @Test
  void a_yaml_format_version_written_in_hexadecimal_is_text_and_refused_as_an_unsupported_version() {
    Violation v = refused(() -> line().yaml().readCompetition(hexFormatVersion()));

    assertThat(v.path()).isEqualTo("formatVersion");
    assertThat(v.code()).isEqualTo("kipp.json.version");
    assertThat(v.invalidValue()).isEqualTo("0x1");
  }
}
