package io.github.kipp.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.File;
import java.net.URISyntaxException;
import java.net.URL;
import java.util.Arrays;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/**
 * kipp-format ships the JSON Schemas of every document kind, once for both Jackson lines, and serves
 * each by its name.
 */
class SchemasTest {

  @Test
  void every_schema_named_is_served_with_its_own_id() {
    for (String name : KippFormat.SCHEMAS) {
      int dash = name.lastIndexOf('-');
      String id = "urn:io.github.kipp:schema:" + name.substring(0, dash) + ":" + name.substring(dash + 1);

      assertThat(KippFormat.schema(name)).as(name)
          .startsWith("{")
          .contains("\"$schema\": \"https://json-schema.org/draft/2020-12/schema\"", "\"$id\": \"" + id + "\"");
    }
  }

  @Test
  void the_schemas_named_are_exactly_the_schema_files_shipped() throws URISyntaxException {
    URL dir = Objects.requireNonNull(KippFormat.class.getResource("schema"), "schema resources");
    String[] files = Objects.requireNonNull(new File(dir.toURI()).list(), "schema files");

    assertThat(Arrays.stream(files).map(f -> f.replace(".schema.json", "")))
        .containsExactlyInAnyOrderElementsOf(KippFormat.SCHEMAS);
  }

  @Test
  void a_schema_kipp_does_not_ship_is_refused_naming_those_it_does() {
    assertThat(catchThrowable(() -> KippFormat.schema("competition-9.9")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("competition-9.9").hasMessageContaining("competition-1.1, results-1.0");
  }
}
