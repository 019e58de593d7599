package io.github.kipp.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.kipp.core.LocalizedText;
import io.github.kipp.format.KippFormatException;
import io.github.kipp.testkit.internal.ScenarioFile;
import io.github.kipp.rules.sinovik.InvalidModuleFileException;
import io.github.kipp.rules.sinovik.ModuleFiles;
import io.github.kipp.rules.sinovik.SinovikRules;
import io.github.kipp.testkit.scenario.InvalidScenarioException;
import java.util.Locale;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * YAML applies every limit of the JSON reader (document length, nesting, string, number and name
 * length) with the same messages, whatever form a scalar is written in, and refuses a long scalar
 * early and in time linear in the input.
 */
class YamlLimitsTest {

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
    assertThat((k.isArray() ? k.get(0) : k).asText()).hasSize(LIMIT);
    KippFormatException yaml = refused(YAML, form.apply(LIMIT + 1));

    assertThat(yaml.message(Locale.ENGLISH)).contains("String value length (101) exceeds the maximum allowed (100");
    assertThat(refused(JSON, "{\"k\": \"" + "x".repeat(LIMIT + 1) + "\"}").message(Locale.ENGLISH))
        .contains("String value length (101) exceeds the maximum allowed (100");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"plain", "double-quoted", "single-quoted", "literal-block"})
  void a_scalar_run_past_the_limit_is_refused_before_it_is_scanned_to_its_end(String name) {
    KippFormatException e = refused(YAML, form(name).apply(10_000));

    assertThat(e.message(Locale.ENGLISH)).contains("longer than the maximum string length allowed (100");
    assertThat(e.message(LocalizedText.INDONESIAN)).contains("Masukan terlalu besar");
  }

  @Test
  void a_comment_anchor_or_run_of_blanks_longer_than_the_string_limit_is_refused_however_short_the_document() {
    assertThat(refused(YAML, "# " + "x".repeat(1_000) + "\nk: 1\n").message(Locale.ENGLISH)).contains("a comment");
    refused(YAML, "k: &" + "a".repeat(1_000) + " 1\n");
    refused(YAML, "k: 1" + " ".repeat(1_000) + "\n");
  }

  @Test
  void a_yaml_key_of_the_name_limit_is_read_and_one_character_more_is_refused_as_in_json() {
    String name = "k".repeat(KippJson.DEFAULT_MAX_NAME_LENGTH);

    assertThat(KippJson.yaml().read("? " + name + "\n: 1\n", JsonNode.class).has(name)).isTrue();
    assertThat(refused(KippJson.yaml(), "? " + name + "k\n: 1\n").message(Locale.ENGLISH))
        .contains("Name length (1001) exceeds the maximum allowed (1000");
    assertThat(refused(KippJson.yaml(), name + "k: 1\n").message(Locale.ENGLISH)).contains("Name length (1001)");
    assertThat(refused(KippJson.json(), "{\"" + name + "k\": 1}").message(Locale.ENGLISH)).contains("Name length (1001)");
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
    assertThat(refused(KippJson.newBuilder().maxDocumentLength(1_000).build(), "{\"k\": \"" + "x ".repeat(600) + "\"}").message(Locale.ENGLISH))
        .contains("1209 characters; allowed: at most 1000 characters");
  }

  @Test
  void a_mapper_copied_from_the_yaml_facade_keeps_its_limits() throws Exception {
    var mapper = KippJson.yaml().mapper();

    Throwable refused = catchThrowableOfType(com.fasterxml.jackson.core.exc.StreamConstraintsException.class,
        () -> mapper.readTree("k: " + "x ".repeat(KippJson.DEFAULT_MAX_STRING_LENGTH)));
    assertThat(refused).hasMessageContaining("String value length");
    assertThat(mapper.copy().readTree("k: v").get("k").asText()).isEqualTo("v");
  }

  /**
   * The attack that found this: a 50 MB scalar held a thread for about ten minutes before it was
   * refused. Bounds are wall time of one read on a shared 2-core machine, set at least 20 times the
   * time observed there: a 50 MB word is refused after about its first million characters (observed
   * under 0.1 s; bound 5 s), and a 50 MB scalar of short words, which can only be refused when it ends,
   * is scanned in linear time (observed about 3 s; bound 60 s; the reader before this change needed
   * minutes for either).
   */
  @Test
  void a_fifty_megabyte_yaml_scalar_is_refused_in_bounded_time() {
    int size = 50_000_000;
    String word = "k: " + "x".repeat(size) + "\n";
    String spaced = "k: " + "x ".repeat(size / 2) + "\n";

    long started = System.nanoTime();
    refused(KippJson.yaml(), word);
    long wordMillis = (System.nanoTime() - started) / 1_000_000;
    started = System.nanoTime();
    refused(KippJson.yaml(), spaced);
    long spacedMillis = (System.nanoTime() - started) / 1_000_000;

    assertThat(wordMillis).as("milliseconds to refuse a 50 MB word").isLessThan(5_000);
    assertThat(spacedMillis).as("milliseconds to refuse a 50 MB scalar of words").isLessThan(60_000);
  }

  @Test
  void the_golden_scenario_reader_applies_the_same_limits_and_refuses_alike() {
    assertThat(ScenarioFile.MAX_DOCUMENT_LENGTH).isEqualTo(KippJson.DEFAULT_MAX_DOCUMENT_LENGTH);
    assertThat(ScenarioFile.MAX_NESTING_DEPTH).isEqualTo(KippJson.DEFAULT_MAX_NESTING_DEPTH);
    assertThat(ScenarioFile.MAX_STRING_LENGTH).isEqualTo(KippJson.DEFAULT_MAX_STRING_LENGTH);
    assertThat(ScenarioFile.MAX_NUMBER_LENGTH).isEqualTo(KippJson.DEFAULT_MAX_NUMBER_LENGTH);
    assertThat(ScenarioFile.MAX_NAME_LENGTH).isEqualTo(KippJson.DEFAULT_MAX_NAME_LENGTH);

    int over = KippJson.DEFAULT_MAX_STRING_LENGTH + 1;
    for (String name : new String[] {"plain", "plain-words", "double-quoted", "single-quoted", "literal-block", "folded-block", "flow"}) {
      String yaml = form(name).apply(over);
      String jackson = refused(KippJson.yaml(), yaml).violations().get(0).message().english();
      InvalidScenarioException scenario = catchThrowableOfType(InvalidScenarioException.class, () -> ScenarioFile.read("big.yaml", yaml));

      assertThat(scenario).as(name).isNotNull();
      assertThat(scenario.getMessage()).as(name).startsWith("big.yaml: over a limit of scenario files")
          .contains("string " + KippJson.DEFAULT_MAX_STRING_LENGTH)
          .contains(jackson.substring("The input is too large: ".length(), jackson.indexOf("; allowed")));
    }
  }

  @Test
  void the_module_file_reader_applies_the_same_limits_and_refuses_alike() {
    assertThat(ModuleFiles.MAX_DOCUMENT_LENGTH).isEqualTo(KippJson.DEFAULT_MAX_DOCUMENT_LENGTH);
    assertThat(ModuleFiles.MAX_NESTING_DEPTH).isEqualTo(KippJson.DEFAULT_MAX_NESTING_DEPTH);
    assertThat(ModuleFiles.MAX_STRING_LENGTH).isEqualTo(KippJson.DEFAULT_MAX_STRING_LENGTH);
    assertThat(ModuleFiles.MAX_NUMBER_LENGTH).isEqualTo(KippJson.DEFAULT_MAX_NUMBER_LENGTH);
    assertThat(ModuleFiles.MAX_NAME_LENGTH).isEqualTo(KippJson.DEFAULT_MAX_NAME_LENGTH);

    int over = KippJson.DEFAULT_MAX_STRING_LENGTH + 1;
    for (String name : new String[] {"plain", "plain-words", "double-quoted", "single-quoted", "literal-block", "folded-block", "flow", "json"}) {
      String yaml = form(name).apply(over);
      String jackson = refused(KippJson.yaml(), yaml).violations().get(0).message().english();
      InvalidModuleFileException module = catchThrowableOfType(InvalidModuleFileException.class,
          () -> ModuleFiles.read("big.yaml", yaml, SinovikRules.registry()));

      assertThat(module).as(name).isNotNull();
      assertThat(module.problems()).as(name).singleElement().satisfies(p -> {
        assertThat(p.code()).isEqualTo("kipp.module.file.tooLarge");
        assertThat(p.violation().message().english())
            .contains(jackson.substring("The input is too large: ".length(), jackson.indexOf("; allowed")));
      });
    }
  }
}
