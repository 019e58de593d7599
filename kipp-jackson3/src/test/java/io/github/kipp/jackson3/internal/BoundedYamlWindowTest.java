package io.github.kipp.jackson3.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.kipp.jackson3.KippJson;
import java.io.Reader;
import java.io.StringReader;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JsonParser;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.databind.ObjectMapper;

/**
 * The window {@link BoundedYaml}'s parser reads its input through: it fills each read of the stream
 * reader completely from an input that hands out characters a few at a time or none at all, counts
 * every character taken and copied, and names the line and column where a token too long is refused.
 */
class BoundedYamlWindowTest {

  private static final ObjectMapper YAML = KippJson.newBuilder().yaml().maxStringLength(10).build().mapper();

  /** An input that hands out one character on every other read and none on the others. */
  private static final class Trickling extends Reader {
    private final StringReader in;
    private boolean give;

    Trickling(String text) {
      this.in = new StringReader(text);
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws java.io.IOException {
      give = !give;
      return give ? in.read(buffer, offset, Math.min(1, length)) : 0;
    }

    @Override
    public void close() {
      in.close();
    }
  }

  @Test
  void an_input_that_hands_out_characters_one_at_a_time_or_none_is_read_whole() {
    String text = "a: one\nb: [two, three]\nc: four\n";

    try (JsonParser p = YAML.createParser(new Trickling(text))) {
      assertThat(YAML.readTree(p).toString()).isEqualTo("{\"a\":\"one\",\"b\":[\"two\",\"three\"],\"c\":\"four\"}");
      assertThat(((BoundedYaml.Parser) p).charactersRead()).isEqualTo(text.length());
    }
  }

  @Test
  void every_character_taken_is_counted_as_copied_and_held_characters_again_when_more_is_read() {
    String text = "k:\n" + "- abcdefgh\n".repeat(2_000);

    BoundedYaml.Parser p = (BoundedYaml.Parser) YAML.createParser(text);
    try (p) {
      while (p.nextToken() != null) {
        p.getString();
      }
    }

    assertThat(p.charactersRead()).isEqualTo(text.length());
    assertThat(p.charactersCopied()).isGreaterThan(p.charactersRead()).isLessThanOrEqualTo(3L * p.charactersRead() + 2L * 12);
  }

  @Test
  void a_token_longer_than_the_look_ahead_is_refused_where_the_scanner_stands() {
    StreamConstraintsException e = catchThrowableOfType(StreamConstraintsException.class,
        () -> YAML.readTree("a: b\nkey: abcdefghijklmnopqrstuvwxyz\n"));

    assertThat(e).hasMessageContaining("longer than the maximum string length allowed (10").hasMessageContaining("refused at line 2, column 6");
  }
}
