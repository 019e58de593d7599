package io.github.kipp.jackson3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.kipp.core.InvalidInputException;
import io.github.kipp.jackson.IidFixtures;
import io.github.kipp.jackson3.internal.Printing;
import io.github.kipp.rules.iid.IndexAssessment;
import io.github.kipp.rules.iid.RegionalReport;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * The regional innovation index through the Jackson 3 line: the report and the assessment are
 * written byte for byte as the Jackson 2 line's golden files, read back, and a forged stored index is
 * refused by the same shared mapping.
 */
class IidJackson3Test {

  private static final JsonMapper MAPPER = JsonMapper.builder().addModule(new KippModule()).defaultPrettyPrinter(Printing.printer()).build();

  private static String golden(String name) {
    try (InputStream in = IidJackson3Test.class.getResourceAsStream("/golden/" + name + ".json")) {
      return new String(Objects.requireNonNull(in, name).readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String write(Object value) {
    String out = MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(value);
    return out.endsWith("\n") ? out : out + "\n";
  }

  @Test
  void the_report_and_the_assessment_are_written_as_the_jackson_2_lines_golden_files() {
    assertThat(write(IidFixtures.report())).isEqualTo(golden("iid-report"));
    assertThat(write(IidFixtures.assessment())).isEqualTo(golden("iid-assessment"));
  }

  @Test
  void the_jackson_2_lines_documents_read_back_as_the_same_values() {
    assertThat(MAPPER.readValue(golden("iid-report"), RegionalReport.class)).isEqualTo(IidFixtures.report());
    IndexAssessment back = MAPPER.readValue(golden("iid-assessment"), IndexAssessment.class);
    assertThat(back.verified().index()).isEqualByComparingTo("8.53");
    assertThat(write(back)).isEqualTo(golden("iid-assessment"));
  }

  @Test
  void a_forged_verified_index_is_refused_with_the_index_the_report_gives() {
    String forged = golden("iid-assessment").replaceFirst("(\"verified\": \\{\\s*\"index\": )8\\.53", "$141.00");
    assertThat(forged).isNotEqualTo(golden("iid-assessment"));

    Throwable t = catchThrowable(() -> MAPPER.readValue(forged, IndexAssessment.class));

    InvalidInputException refusal = null;
    for (Throwable c = t; c != null; c = c.getCause()) {
      if (c instanceof InvalidInputException e) {
        refusal = e;
      }
    }
    assertThat(refusal).as("the refusal inside %s", t).isNotNull();
    assertThat(refusal.violations()).anySatisfy(v -> {
      assertThat(v.code()).isEqualTo("kipp.json.iidMismatch");
      assertThat(v.path()).endsWith("verified.index");
      assertThat(v.message().english()).contains("8.53");
    });
  }
}
