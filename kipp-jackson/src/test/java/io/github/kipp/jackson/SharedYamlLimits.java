package io.github.kipp.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.kipp.core.LocalizedText;
import io.github.kipp.format.KippFormat;
import io.github.kipp.format.KippFormatException;
import java.io.Reader;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntFunction;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * YAML applies every limit of the JSON reader (document length, nesting, string, number and name
 * length) with the same messages, whatever form a scalar is written in, and refuses a long scalar,
 * comment, anchor or run of blanks early, having read little more of it than the string limit. One
 * corpus for both lines: each line's subclass gives its facades ({@link #line()}).
 *
 * <p>Linear time is shown by counting, not by timing: a token longer than the string limit is
 * refused before the parser has taken much more than the string limit of characters from its input,
 * however long the input. The wall-time bounds here ({@link #SAFETY_NET}) only stop a run that would
 * otherwise hang; they are 50 to 100 times what a read takes on a shared 2-core machine.
 */
public abstract class SharedYamlLimits {

  /** The string limit of the facades most cases read with. */
  protected static final int LIMIT = 100;

  /** How long one read of 50 MB may take before the run is stopped. */
  protected static final Duration SAFETY_NET = Duration.ofSeconds(10);

  private static final int FIFTY_MB = 50_000_000;

  /**
   * Returns the line under test.
   *
   * @return the line's facades
   */
  protected abstract Line line();

  private Line yaml() {
    return line().yaml(0, LIMIT);
  }

  /**
   * A scalar of n characters in each form YAML writes one, as the value of key {@code k}.
   *
   * @param name the form
   * @return the document for a scalar of n characters
   */
  public static IntFunction<String> form(String name) {
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

  /**
   * Reads a text that must be refused as too large, and returns the refusal.
   *
   * @param reader the facade
   * @param text the text
   * @return the refusal, with a single violation {@code kipp.json.tooLarge}
   */
  protected static KippFormatException refused(Line reader, String text) {
    KippFormatException e = catchThrowableOfType(KippFormatException.class, () -> reader.read(text, Object.class));
    assertThat(e).as("refused: %s", text.length() > 200 ? text.substring(0, 200) + "…" : text).isNotNull();
    assertThat(e.violations()).singleElement().satisfies(v -> assertThat(v.code()).isEqualTo("kipp.json.tooLarge"));
    return e;
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"plain", "plain-words", "plain-lines", "double-quoted", "double-quoted-words", "single-quoted", "literal-block",
      "folded-block", "flow", "json"})
  public void a_yaml_string_of_the_limit_is_read_and_one_character_more_is_refused_as_in_json(String name) {
    IntFunction<String> form = form(name);

    Object k = ((Map<?, ?>) yaml().read(form.apply(LIMIT), Object.class)).get("k");
    assertThat((String) (k instanceof List<?> list ? list.get(0) : k)).hasSize(LIMIT);
    KippFormatException yaml = refused(yaml(), form.apply(LIMIT + 1));

    assertThat(yaml.message(Locale.ENGLISH)).contains("String value length (101) exceeds the maximum allowed (100");
    assertThat(refused(line().json(0, LIMIT), "{\"k\": \"" + "x".repeat(LIMIT + 1) + "\"}").message(Locale.ENGLISH))
        .contains("String value length (101) exceeds the maximum allowed (100");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"plain", "double-quoted", "single-quoted", "literal-block"})
  public void a_scalar_run_past_the_limit_is_refused_before_it_is_scanned_to_its_end(String name) {
    KippFormatException e = refused(yaml(), form(name).apply(10_000));

    assertThat(e.message(Locale.ENGLISH)).contains("longer than the maximum string length allowed (100");
    assertThat(e.message(LocalizedText.INDONESIAN)).contains("Masukan terlalu besar");
  }

  @Test
  public void a_comment_anchor_tag_or_run_of_blanks_longer_than_the_string_limit_is_refused_however_short_the_document() {
    assertThat(refused(yaml(), "# " + "x".repeat(1_000) + "\nk: 1\n").message(Locale.ENGLISH)).contains("a comment");
    refused(yaml(), "k: 1 # " + "x".repeat(1_000) + "\n");
    refused(yaml(), "k: &" + "a".repeat(1_000) + " 1\n");
    refused(yaml(), "k: !" + "t".repeat(1_000) + " 1\n");
    refused(yaml(), "k: 1" + " ".repeat(1_000) + "\n");
    assertThat(yaml().read("# " + "x".repeat(LIMIT - 1) + "\nk: 1\n", Object.class)).isEqualTo(Map.of("k", 1));
  }

  @Test
  public void a_yaml_key_of_the_name_limit_is_read_and_one_character_more_is_refused_as_in_json() {
    String name = "k".repeat(KippFormat.DEFAULT_MAX_NAME_LENGTH);
    Line yaml = line().yaml();

    assertThat(yaml.read("? " + name + "\n: 1\n", Object.class)).isEqualTo(Map.of(name, 1));
    assertThat(refused(yaml, "? " + name + "k\n: 1\n").message(Locale.ENGLISH)).contains("Name length (1001) exceeds the maximum allowed (1000");
    assertThat(refused(yaml, name + "k: 1\n").message(Locale.ENGLISH)).contains("Name length (1001)");
    assertThat(refused(line().json(0, 0), "{\"" + name + "k\": 1}").message(Locale.ENGLISH)).contains("Name length (1001)");
  }

  @Test
  public void yaml_nesting_numbers_and_document_length_are_limited_as_in_json() {
    int depth = KippFormat.DEFAULT_MAX_NESTING_DEPTH;
    String deep = "k: " + "[".repeat(depth + 1) + "]".repeat(depth + 1);
    assertThat(refused(line().yaml(), deep).message(Locale.ENGLISH)).contains("nesting depth (65) exceeds the maximum allowed (64");
    StringBuilder block = new StringBuilder();
    for (int i = 0; i <= depth; i++) {
      block.append("  ".repeat(i)).append("k:\n");
    }
    assertThat(refused(line().yaml(), block.toString()).message(Locale.ENGLISH)).contains("nesting depth (65)");
    assertThat(refused(line().yaml(), "k: 1" + "0".repeat(64) + "\n").message(Locale.ENGLISH))
        .contains("Number value length (65) exceeds the maximum allowed (64");
    Line small = line().yaml(1_000, 0);
    assertThat(refused(small, "k: " + "x ".repeat(600)).message(Locale.ENGLISH)).contains("1203 characters; allowed: at most 1000 characters");
    assertThat(refused(line().json(1_000, 0), "{\"k\": \"" + "x ".repeat(600) + "\"}").message(Locale.ENGLISH))
        .contains("1209 characters; allowed: at most 1000 characters");
  }

  @Test
  public void an_alias_bomb_is_read_without_expanding_its_aliases() {
    StringBuilder bomb = new StringBuilder("a: &a [\"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\"]\n");
    for (char c = 'b'; c <= 'j'; c++) {
      String previous = "*" + (char) (c - 1);
      bomb.append(c).append(": &").append(c).append(" [").append(String.join(", ", List.of(previous, previous, previous, previous, previous,
          previous, previous, previous, previous, previous))).append("]\n");
    }
    String text = bomb.toString();

    // Expanded, the last list would hold 10^10 strings; read, every value is no bigger than its text.
    Object read = assertTimeoutPreemptively(SAFETY_NET, () -> {
      try {
        return line().yaml().read(text, Object.class);
      } catch (KippFormatException refusedBomb) {
        return refusedBomb;
      }
    });
    if (!(read instanceof KippFormatException)) {
      assertThat(values(read)).isLessThanOrEqualTo(text.length());
    }
  }

  private static long values(@Nullable Object value) {
    if (value instanceof Map<?, ?> map) {
      return 1 + map.values().stream().mapToLong(SharedYamlLimits::values).sum();
    }
    if (value instanceof List<?> list) {
      return 1 + list.stream().mapToLong(SharedYamlLimits::values).sum();
    }
    return 1;
  }

  /**
   * The attack that found this: a 50 MB scalar held a thread for about ten minutes before it was
   * refused. Each token below is 50 MB long and refused once the parser has taken little more than
   * the string limit of characters from the input (the parser reads through its own buffer, so a
   * tenth more is allowed).
   */
  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"word", "double-quoted", "single-quoted", "block-line", "comment", "anchor", "blanks"})
  public void a_fifty_megabyte_token_is_refused_after_reading_about_the_string_limit_of_it(String token) {
    Repeated input = switch (token) {
      case "word" -> new Repeated("k: ", 'x', FIFTY_MB, "\n");
      case "double-quoted" -> new Repeated("k: \"", 'x', FIFTY_MB, "\"\n");
      case "single-quoted" -> new Repeated("k: '", 'x', FIFTY_MB, "'\n");
      case "block-line" -> new Repeated("k: |\n  ", 'x', FIFTY_MB, "\n");
      case "comment" -> new Repeated("# ", 'x', FIFTY_MB, "\nk: 1\n");
      case "anchor" -> new Repeated("k: &", 'a', FIFTY_MB, " 1\n");
      case "blanks" -> new Repeated("k: 1", ' ', FIFTY_MB, "\n");
      default -> throw new IllegalArgumentException(token);
    };

    Throwable refusal = assertTimeoutPreemptively(SAFETY_NET, () -> catchThrowable(() -> line().yaml().parseTokens(input)));

    assertThat(refusal).as(token).isNotNull().hasStackTraceContaining("longer than the maximum string length allowed ("
        + KippFormat.DEFAULT_MAX_STRING_LENGTH);
    assertThat(input.read).as("characters read of %s", token).isLessThan(KippFormat.DEFAULT_MAX_STRING_LENGTH * 11L / 10);
  }

  @Test
  public void a_fifty_megabyte_scalar_of_short_words_is_refused_when_it_ends() {
    String spaced = "k: " + "x ".repeat(FIFTY_MB / 2) + "\n";

    KippFormatException e = assertTimeoutPreemptively(SAFETY_NET.multipliedBy(6), () -> refused(line().yaml(), spaced));

    assertThat(e.message(Locale.ENGLISH)).contains("String value length (" + (FIFTY_MB - 1) + ") exceeds the maximum allowed");
  }

  @Test
  public void a_stream_of_many_small_documents_is_refused_as_soon_as_it_passes_the_document_length() {
    Repeated documents = new Repeated("", "k: 1\n---\n", FIFTY_MB / 9, "");

    Throwable refusal = assertTimeoutPreemptively(SAFETY_NET, () -> catchThrowable(() -> line().yaml(1_000_000, 0).parseTokens(documents)));

    assertThat(refusal).isNotNull().hasStackTraceContaining("exceeds the maximum allowed (1000000");
    assertThat(documents.read).isLessThan(1_100_000);
    assertThatCode(() -> line().yaml(1_000, 0).parseTokens(new Repeated("", "k: 1\n---\n", 100, ""))).doesNotThrowAnyException();
  }

  /** A text made of a head, a piece repeated, and a tail, produced as it is read; counts what was read. */
  protected static final class Repeated extends Reader {
    private final String head;
    private final String piece;
    private final long pieces;
    private final String tail;
    private long position;
    /** The characters read so far. */
    public long read;

    Repeated(String head, char c, long count, String tail) {
      this(head, String.valueOf(c), count, tail);
    }

    Repeated(String head, String piece, long pieces, String tail) {
      this.head = head;
      this.piece = piece;
      this.pieces = pieces;
      this.tail = tail;
    }

    @Override
    public int read(char[] buffer, int offset, int length) {
      long total = head.length() + pieces * piece.length() + tail.length();
      if (position >= total) {
        return -1;
      }
      int n = (int) Math.min(length, total - position);
      for (int i = 0; i < n; i++, position++) {
        long body = position - head.length();
        buffer[offset + i] = position < head.length() ? head.charAt((int) position)
            : body < pieces * piece.length() ? piece.charAt((int) (body % piece.length()))
            : tail.charAt((int) (body - pieces * piece.length()));
      }
      read += n;
      return n;
    }

    @Override
    public void close() {}
  }
}
