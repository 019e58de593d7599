package io.github.kipp.jackson3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.kipp.format.KippFormat;
import io.github.kipp.jackson.Line;
import io.github.kipp.jackson.SharedYamlLimits;
import io.github.kipp.jackson3.internal.BoundedYaml;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.core.JsonParser;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.databind.ObjectMapper;

/**
 * The shared YAML limits ({@link SharedYamlLimits}) on the Jackson 3 line, and what only this line
 * needs: a mapper rebuilt from the facade's keeps the bounds, and snakeyaml-engine's stream reader,
 * which copies what it holds each time it reads more, copies each character of the input a bounded
 * number of times.
 */
class YamlLimitsJackson3Test extends SharedYamlLimits {

  private static final int LOOK_AHEAD = KippFormat.DEFAULT_MAX_STRING_LENGTH + 2;

  @Override
  protected Line line() {
    return Jackson3Line.json();
  }

  @Test
  void a_mapper_rebuilt_or_copied_from_the_yaml_facade_keeps_its_bounds() {
    ObjectMapper mapper = KippJson.yaml().mapper();
    String word = "k: " + "x".repeat(2 * KippFormat.DEFAULT_MAX_STRING_LENGTH) + "\n";

    for (ObjectMapper m : new ObjectMapper[] {mapper, mapper.rebuild().build(), mapper.rebuild().build().rebuild().build()}) {
      Throwable refused = catchThrowableOfType(StreamConstraintsException.class, () -> m.readTree(word));
      assertThat(refused).hasMessageContaining("longer than the maximum string length allowed (1000000");
      assertThat(m.readTree("k: v").get("k").asString()).isEqualTo("v");
    }
  }

  /**
   * Without the bounds, the stream reader copied about n² / 2,000 characters for a word of n (for
   * 10 MB, 5 × 10¹⁰); with them, each read of the stream reader is paid for by the characters it
   * takes, so a read copies at most about three times the input plus the look-ahead.
   */
  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"words", "scalars-at-the-limit", "lines-at-the-limit", "documents", "flow", "word-past-the-limit"})
  void the_stream_reader_copies_each_character_a_bounded_number_of_times(String shape) {
    int limit = KippFormat.DEFAULT_MAX_STRING_LENGTH;
    String text = switch (shape) {
      case "words" -> "k: " + "x ".repeat(5_000_000) + "\n";
      case "scalars-at-the-limit" -> "a: " + "x".repeat(limit) + "\nb: " + "x".repeat(limit) + "\nc: \"" + "x".repeat(limit) + "\"\nd: '"
          + "x".repeat(limit) + "'\n";
      case "lines-at-the-limit" -> "k: |\n" + ("  " + "x".repeat(limit) + "\n").repeat(6);
      case "documents" -> "k: 1\n---\n".repeat(1_000_000);
      case "flow" -> "[" + "1,".repeat(5_000_000) + "1]";
      case "word-past-the-limit" -> "k: " + "x".repeat(10 * limit) + "\n";
      default -> throw new IllegalArgumentException(shape);
    };

    BoundedYaml.Parser parser = (BoundedYaml.Parser) KippJson.yaml().mapper().createParser(text);
    Throwable refusal = catchThrowable(() -> drain(parser));

    if (shape.equals("scalars-at-the-limit") || shape.equals("documents") || shape.equals("flow")) {
      assertThat(refusal).as(shape).isNull();
      assertThat(parser.charactersRead()).isEqualTo(text.length());
    } else {
      assertThat(refusal).as(shape).isInstanceOf(StreamConstraintsException.class);
    }
    assertThat(parser.charactersCopied()).as("characters copied for %s", shape)
        .isLessThanOrEqualTo(3 * parser.charactersRead() + 2L * LOOK_AHEAD);
  }

  private static void drain(JsonParser parser) {
    try (parser) {
      while (parser.nextToken() != null) {
        parser.getString();
      }
    }
  }
}
