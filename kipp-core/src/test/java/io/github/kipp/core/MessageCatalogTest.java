package io.github.kipp.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.kipp.core.internal.CoreMessages;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class MessageCatalogTest {

  private static final Pattern KEY_IN_SOURCE = Pattern.compile("[\"{](kipp\\.[A-Za-z.]+)[\"}]");
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z]+)}");

  @Test
  void every_message_key_used_in_the_sources_is_in_both_languages() throws IOException {
    Set<String> used = new TreeSet<>();
    try (Stream<Path> files = Files.walk(Paths.get("src/main/java"))) {
      files.filter(p -> p.toString().endsWith(".java")).forEach(p -> {
        try {
          Matcher m = KEY_IN_SOURCE.matcher(Files.readString(p));
          while (m.find()) {
            used.add(m.group(1));
          }
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    }
    assertThat(used).hasSizeGreaterThan(40);
    assertThat(used).allSatisfy(key -> assertThat(CoreMessages.CATALOG.contains(key)).as(key).isTrue());
  }

  @Test
  void both_languages_use_the_same_placeholders_for_each_key() {
    for (String key : CoreMessages.CATALOG.keys()) {
      LocalizedText raw = CoreMessages.CATALOG.render(key, java.util.Map.of());
      assertThat(placeholders(raw.indonesian()))
          .as(key)
          .isEqualTo(
              placeholders(raw.english()).stream()
                  .map(p -> p.endsWith("En") ? p.substring(0, p.length() - 2) + "Id" : p)
                  .collect(java.util.stream.Collectors.toCollection(TreeSet::new)));
    }
  }

  /** Placeholders ending in En and Id carry language-specific text; all others are shared. */
  private static Set<String> placeholders(String template) {
    Set<String> names = new TreeSet<>();
    Matcher m = PLACEHOLDER.matcher(template);
    while (m.find()) {
      names.add(m.group(1));
    }
    return names;
  }

  @Test
  void rendering_fills_named_placeholders_in_both_languages_and_keeps_apostrophes() {
    LocalizedText text = CoreMessages.render("kipp.id.invalid", "kind", "unit id", "value", "a b", "pattern", "[a-z]+");

    assertThat(text.english()).isEqualTo("unit id 'a b' is not valid; it must match [a-z]+.");
    assertThat(text.indonesian()).isEqualTo("unit id 'a b' tidak valid; harus sesuai pola [a-z]+.");
    assertThat(text.in(Locale.forLanguageTag("id"))).isEqualTo(text.indonesian());
    assertThat(text.in(Locale.ENGLISH)).isEqualTo(text.english());
  }

  @Test
  void a_missing_key_is_a_programmer_error_naming_the_key() {
    assertThatThrownBy(() -> CoreMessages.render("kipp.no.such.key"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("kipp.no.such.key");
  }

  @Test
  void arguments_must_come_in_pairs() {
    assertThatThrownBy(() -> MessageCatalog.arguments("a", 1, "b"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("pairs");
  }

  @Test
  void a_long_refused_value_is_abbreviated_in_the_violation() {
    Violation v = CoreMessages.violation("kipp.text.blank", "title", "x".repeat(500));

    assertThat(v.invalidValue()).hasSize(Violation.MAX_VALUE_LENGTH).endsWith("…");
    assertThat(v.under("innovation").path()).isEqualTo("innovation.title");
  }

  @Test
  void a_refused_value_shows_its_control_characters_as_escapes_in_the_message_and_keeps_them_in_the_violation() {
    Violation v = CoreMessages.violation("kipp.text.controlCharacter", "name", "Dinas\u0007Kesehatan\nLuwu\tUtara\r");

    assertThat(v.invalidValue()).isEqualTo("Dinas\u0007Kesehatan\nLuwu\tUtara\r");
    assertThat(v.message().english()).contains("'Dinas\\u0007Kesehatan\\nLuwu\\tUtara\\r'").doesNotContain("\u0007");
    assertThat(v.message().indonesian()).contains("'Dinas\\u0007Kesehatan\\nLuwu\\tUtara\\r'");
    assertThat(CoreMessages.violation("kipp.text.controlCharacter", "name", "Dinas Kesehatan").message().english()).contains("'Dinas Kesehatan'");
  }
}
