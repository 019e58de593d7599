package io.github.kipp.jackson3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.kipp.format.KippFormatException;
import io.github.kipp.scoring.ScoreSheet;
import org.junit.jupiter.api.Test;

/**
 * The decimals a score sheet keys by criterion are written and read as decimals of the format: each
 * in plain notation, never as an exponent, and each refused when it lies beyond the format's digits
 * or scale, as a single decimal is.
 */
class ScoreDecimalsJackson3Test {

  private static String sheet(String score) {
    return "{\"proposal\": \"p-1\", \"evaluator\": \"te-1\", \"stage\": \"evaluasi-proposal\", \"scores\": {\"adaptabilitas\": 80.5, "
        + "\"signifikansi\": " + score + "}, \"submittedAt\": \"2023-05-30T12:00:00Z\"}";
  }

  @Test
  void a_score_read_with_an_exponent_is_written_in_plain_notation() {
    ScoreSheet read = KippJson.json().read(sheet("1E+2"), ScoreSheet.class);

    assertThat(KippJson.json().write(read)).contains("\"signifikansi\": 100\n").doesNotContain("E+");
  }

  @Test
  void a_score_beyond_the_formats_scale_is_refused_as_out_of_range() {
    KippFormatException e = catchThrowableOfType(KippFormatException.class, () -> KippJson.json().read(sheet("1e400"), ScoreSheet.class));

    assertThat(e.violations()).singleElement().satisfies(v -> {
      assertThat(v.code()).isEqualTo("kipp.json.numberRange");
      assertThat(v.path()).contains("signifikansi");
    });
  }
}
