package io.github.kipp.jackson3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.kipp.format.KippFormatException;
import java.util.Locale;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

/**
 * YAML on the Jackson 3 line applies the string, nesting, number and document-length limits of the
 * JSON reader with the same messages, whatever form a scalar is written in. (The bound on the YAML
 * scanner's look-ahead, which the Jackson 2 line's reader adds, is not yet ported: see {@link
 * KippJson}.)
 */
class YamlLimitsJackson3Test {

  private static final int LIMIT = 100;
  private static final KippJson YAML = KippJson.newBuilder().yaml().maxStringLength(LIMIT).build();
  private static final KippJson JSON = KippJson.newBuilder().maxStringLength(LIMIT).build();

  /** A scalar of n characters in each form YAML writes one, as the value of key {@code k}. */
  private static IntFunction<String> form(String name) {
    return switch (name) {
      case "plain" -> n -> "k: " + "x".repeat(n) + "\n";
      case "plain-words" -> n -> "k: " + words(n) + "\n";
      case "plain-lines" -> n -> "k: " + words(n).replace(' ', '\n').replace("\n", "\n  ") + "\n";
      case "double-quoted" -> n -> "k: \"" + "x".repeat(n) + "\"\n";
      case "double-quoted-words" -> n -> "k: \"" + words(n) + "\"\n";
      case "single-quoted" -> n -> "k: '" + "x".repeat(n) + "'\n";
      case "literal-block" -> n -> "k: |-\n  " + "x".repeat(n) + "\n";
      case "folded-block" -> n -> "k: >-\n  " + words(n).replace(" ", "\n  ") + "\n";
      case "flow" -> n -> "{k: [\"" + "x".repeat(n) + "\"]}";
      case "json" -> n -> "{\"k\": \"" + "x".repeat(n) + "\"}";
      default -> throw new IllegalArgumentException(name);
    };
  }

  /** Words of four letters and a blank (the last without), n characters in all. */
  private static String words(int n) {
    StringBuilder out = new StringBuilder(n);
    while (out.length() < n) {
      out.append(out.length() % 5 == 4 ? ' ' : 'x');
    }
    if (out.charAt(n - 1) == ' ') {
      out.setCharAt(n - 1, 'x');
    }
    return out.toString();
  }

  private static KippFormatException refused(KippJson reader, String text) {
    KippFormatException e = catchThrowableOfType(KippFormatException.class, () -> reader.read(text, JsonNode.class));
    assertThat(e).as("refused: %s", text.length() > 200 ? text.substring(0, 200) + "…" : text).isNotNull();
    assertThat(e.violations()).singleElement().satisfies(v -> assertThat(v.code()).isEqualTo("kipp.json.tooLarge"));
    return e;
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"plain", "plain-words", "plain-lines", "double-quoted", "double-quoted-words", "single-quoted", "literal-block",
      "folded-block", "flow", "json"})
  void a_yaml_string_of_the_limit_is_read_and_one_character_more_is_refused_as_in_json(String name) {
    IntFunction<String> form = form(name);

    JsonNode k = YAML.read(form.apply(LIMIT), JsonNode.class).get("k");
    assertThat((k.isArray() ? k.get(0) : k).asString()).hasSize(LIMIT);
    KippFormatException yaml = refused(YAML, form.apply(LIMIT + 1));

    assertThat(yaml.message(Locale.ENGLISH)).contains("String value length (101) exceeds the maximum allowed (100");
    assertThat(refused(JSON, "{\"k\": \"" + "x".repeat(LIMIT + 1) + "\"}").message(Locale.ENGLISH))
        .contains("String value length (101) exceeds the maximum allowed (100");
  }

  @Test
  void yaml_nesting_numbers_and_document_length_are_limited_as_in_json() {
    String deep = "k: " + "[".repeat(KippJson.DEFAULT_MAX_NESTING_DEPTH + 1) + "]".repeat(KippJson.DEFAULT_MAX_NESTING_DEPTH + 1);
    assertThat(refused(KippJson.yaml(), deep).message(Locale.ENGLISH)).contains("nesting depth (65) exceeds the maximum allowed (64");
    StringBuilder block = new StringBuilder();
    for (int i = 0; i <= KippJson.DEFAULT_MAX_NESTING_DEPTH; i++) {
      block.append("  ".repeat(i)).append("k:\n");
    }
    assertThat(refused(KippJson.yaml(), block.toString()).message(Locale.ENGLISH)).contains("nesting depth (65)");
    assertThat(refused(KippJson.yaml(), "k: 1" + "0".repeat(64) + "\n").message(Locale.ENGLISH))
        .contains("Number value length (65) exceeds the maximum allowed (64");
    KippJson small = KippJson.newBuilder().yaml().maxDocumentLength(1_000).build();
    assertThat(refused(small, "k: " + "x ".repeat(600)).message(Locale.ENGLISH)).contains("1203 characters; allowed: at most 1000 characters");
  }
}
