package io.github.kipp.jackson;

import org.junit.jupiter.api.Test;

/** The shared corpus {@link SharedStrictScalars}, run against the Jackson 2 line, and its YAML 1.1 reading of {@code 0x1}. */
class StrictScalarsJackson2Test extends SharedStrictScalars {

  @Override
  protected Line line() {
    return Jackson2Line.json();
  }

  @Test
  void a_yaml_format_version_written_in_hexadecimal_is_a_number_and_refused_as_one() {
    wrongType(refused(() -> line().yaml().readCompetition(hexFormatVersion())), "formatVersion", "1", "text", "teks");
  }
}
