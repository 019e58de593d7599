package io.github.kipp.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.github.kipp.core.institution.RegionCatalogue;
import io.github.kipp.core.institution.RegionCode;
import io.github.kipp.jackson.KippJson;
import io.github.kipp.rules.iid.IidRules;
import io.github.kipp.rules.iid.RegionalReport;
import io.github.kipp.testkit.iid.IidFactories;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The IID example's embedded sample is what kipp-testkit's seeded generator draws; with {@code
 * -Dkipp.sample.update=true} (or when the file is missing) it is written again, to be reviewed.
 */
class IidSampleTest {

  private static final Path SAMPLE = Path.of("src/main/resources" + IidExample.SAMPLE);

  /** The sample as the seeded generator draws it: each regency and city with seed {@code SAMPLE_SEED + i}, one compact report a line. */
  static String generatedSample() {
    List<String> lines = new ArrayList<>();
    List<RegionCode> regions = IidExample.regions();
    for (int i = 0; i < regions.size(); i++) {
      RegionalReport r = IidFactories.reportFrom(IidRules.edition2026(), RegionCatalogue.bundled().require(regions.get(i)), IidExample.SAMPLE_SEED + i);
      try {
        lines.add(KippJson.json().mapper().writeValueAsString(r));
      } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
        throw new IllegalStateException(e);
      }
    }
    return "[\n" + String.join(",\n", lines) + "\n]\n";
  }

  @Test
  void the_embedded_sample_is_what_the_seeded_generator_draws() throws IOException {
    String generated = generatedSample();
    if (Boolean.getBoolean("kipp.sample.update") || !Files.exists(SAMPLE)) {
      Files.createDirectories(SAMPLE.getParent());
      Files.writeString(SAMPLE, generated, StandardCharsets.UTF_8);
      fail("the sample was written and must be reviewed and committed: %s", SAMPLE);
    }
    assertThat(Files.readString(SAMPLE, StandardCharsets.UTF_8)).isEqualTo(generated);
  }
}
