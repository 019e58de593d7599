package io.github.kipp.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.kipp.format.KippFormatException;
import org.junit.jupiter.api.Test;

/**
 * What the YAML facade reads within its limits: nulls in every spelling among other values, nesting
 * to its own depth limit (beyond the YAML parser's default of 50), documents beyond the YAML parser's
 * default size (3 MiB of code points), and keys held to the string limit as values are.
 */
class YamlReadingTest {

  @Test
  void a_plain_null_in_any_spelling_is_read_as_null_and_the_values_after_it_are_read() {
    JsonNode read = KippJson.yaml().read("a: ~\nb: 1\nc:\nd: null\ne: Null\nf: \"~\"\n", JsonNode.class);

    assertThat(read.toString()).isEqualTo("{\"a\":null,\"b\":1,\"c\":null,\"d\":null,\"e\":null,\"f\":\"~\"}");
  }

  @Test
  void yaml_nests_as_deep_as_the_facades_nesting_limit() {
    int depth = KippJson.DEFAULT_MAX_NESTING_DEPTH - 4;
    String nested = "[".repeat(depth) + "]".repeat(depth);

    assertThat(KippJson.yaml().read(nested, JsonNode.class).toString()).isEqualTo(nested);
    StringBuilder mapping = new StringBuilder();
    for (int i = 0; i < depth; i++) {
      mapping.append("  ".repeat(i)).append("k:\n");
    }
    mapping.append("  ".repeat(depth)).append("v\n");
    assertThat(KippJson.yaml().read(mapping.toString(), JsonNode.class).at("/k".repeat(depth)).asText()).isEqualTo("v");
  }

  @Test
  void a_yaml_document_longer_than_the_yaml_parsers_default_of_three_mebibytes_is_read_within_the_facades_limit() {
    String line = "# " + "x".repeat(98) + "\n";
    String text = "k: v\n" + line.repeat(33_000);
    assertThat(text.length()).isGreaterThan(3 * 1024 * 1024);

    assertThat(KippJson.yaml().read(text, JsonNode.class).get("k").asText()).isEqualTo("v");
  }

  @Test
  void a_key_over_the_string_limit_is_refused_though_no_line_of_it_is() {
    KippJson small = KippJson.newBuilder().yaml().maxStringLength(10).build();

    KippFormatException e = catchThrowableOfType(KippFormatException.class, () -> small.read("? |\n  abcdefgh\n  abcdefgh\n: v\n", JsonNode.class));

    assertThat(e.violations()).singleElement().satisfies(v -> {
      assertThat(v.code()).isEqualTo("kipp.json.tooLarge");
      assertThat(v.message().english()).startsWith("The input is too large: String value length (18) exceeds the maximum allowed (10,");
      assertThat(v.message().indonesian()).startsWith("Masukan terlalu besar: String value length (18) exceeds the maximum allowed (10,");
    });
    assertThat(small.read("? |\n  abcd\n  abcd\n: v\n", JsonNode.class).get("abcd\nabcd\n").asText()).isEqualTo("v");
  }
}
