package io.github.kipp.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.strings;

import io.github.kipp.core.internal.Listing;
import io.github.kipp.core.internal.PeriodText;
import io.github.kipp.core.validation.TextPolicy;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** A catalogue's texts are filled in when first read, and read as if they had been filled in at once. */
class DeferredTextTest {

  private static final MessageCatalog CATALOG =
      MessageCatalog.load("io.github.kipp.core.deferred.Messages", DeferredTextTest.class.getClassLoader());

  @Test
  void a_rendered_text_reads_equals_and_hashes_as_the_same_text_given_as_two_strings() {
    qt().withFixedSeed(2023)
        .withExamples(1_000)
        .forAll(strings().allPossible().ofLengthBetween(0, 12), integers().between(-1000, 1000))
        .checkAssert((name, age) -> {
          LocalizedText rendered = CATALOG.render("greeting", "name", name, "age", age, "mood", Mood.GLAD);
          // A message shows its arguments with the characters no single-line text may hold escaped.
          String shown = TextPolicy.escape(name);
          LocalizedText given = LocalizedText.of(
              "Halo " + shown + ", umur Anda " + age + " (GLAD).", "Hello " + shown + ", you are " + age + " (GLAD).");

          assertThat(rendered).isEqualTo(given).hasSameHashCodeAs(given);
          assertThat(given).isEqualTo(rendered);
          assertThat(rendered.toString()).isEqualTo(given.toString());
          assertThat(rendered.english()).isEqualTo(given.english());
          assertThat(rendered.indonesian()).isEqualTo(given.indonesian());
        });
  }

  @Test
  void a_mutable_argument_changed_after_rendering_does_not_change_the_text() {
    StringBuilder name = new StringBuilder("Rina");
    List<String> moods = new ArrayList<>(List.of("glad"));

    LocalizedText text = CATALOG.render("greeting", "name", name, "age", 30, "mood", moods);
    name.append(" and Budi");
    moods.add("tired");

    assertThat(text.english()).isEqualTo("Hello Rina, you are 30 ([glad]).");
    assertThat(text.indonesian()).isEqualTo("Halo Rina, umur Anda 30 ([glad]).");
  }

  @Test
  void immutable_arguments_are_formatted_as_when_rendered_at_once() {
    LocalizedText text = CATALOG.render("greeting",
        "name", new Listing(com.google.common.collect.ImmutableList.of(GroupId.of("umum"), LocalDate.of(2023, 5, 1)), " + ", "-"),
        "age", new PeriodText(Period.of(1, 11, 0), false),
        "mood", new BigDecimal("12.50"));

    assertThat(text.english()).isEqualTo("Hello umum + 2023-05-01, you are 1 year 11 months (12.50).");
    assertThat(CATALOG.render("only", "detail", new PeriodText(Period.ZERO, true)).english()).isEqualTo("0 hari");
    assertThat(CATALOG.render("only", "detail", Listing.of(List.of())).english()).isEqualTo("-");
  }

  @Test
  void a_message_of_only_placeholders_refuses_a_blank_text_where_it_is_rendered() {
    assertThatThrownBy(() -> CATALOG.render("only", "detail", " "))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("english");
    assertThatThrownBy(() -> CATALOG.render("spaced", "detail", ""))
        .isInstanceOf(InvalidInputException.class);
    // A properties value loses its leading spaces and keeps its trailing ones.
    assertThat(CATALOG.render("spaced", "detail", "x").english()).isEqualTo("x  ");
  }

  @Test
  void a_null_argument_is_refused_at_once_naming_the_argument_and_the_key() {
    assertThatThrownBy(() -> CATALOG.render("greeting", "name", null, "age", 3, "mood", "ok"))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("'name'")
        .hasMessageContaining("'greeting'");
    assertThatThrownBy(() -> CATALOG.render("greeting", "name", "Rina", 3))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("pairs");
    assertThatThrownBy(() -> CATALOG.render("greeting", 7, "Rina"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("position 0");
  }

  @Test
  void the_last_value_of_a_repeated_name_wins_and_a_missing_one_stays_a_placeholder() {
    LocalizedText text = CATALOG.render("greeting", Map.of("name", "Rina"));
    LocalizedText repeated = CATALOG.render("greeting", "name", "Rina", "name", "Budi", "age", 4, "mood", "ok");

    assertThat(text.english()).isEqualTo("Hello Rina, you are {age} ({mood}).");
    assertThat(repeated.english()).isEqualTo("Hello Budi, you are 4 (ok).");
  }

  @Test
  void threads_reading_one_text_for_the_first_time_all_read_the_same_words() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      for (int round = 0; round < 200; round++) {
        LocalizedText text = CATALOG.render("greeting", "name", "Rina", "age", round, "mood", Mood.TIRED);
        List<Future<String>> reads = new ArrayList<>();
        for (int t = 0; t < 8; t++) {
          boolean english = t % 2 == 0;
          reads.add(pool.submit(() -> english ? text.english() : text.indonesian()));
        }
        for (int t = 0; t < 8; t++) {
          assertThat(reads.get(t).get(10, TimeUnit.SECONDS))
              .isEqualTo(t % 2 == 0 ? "Hello Rina, you are " + round + " (TIRED)." : "Halo Rina, umur Anda " + round + " (TIRED).");
        }
      }
    } finally {
      pool.shutdownNow();
    }
  }

  /** An enum argument. */
  private enum Mood {
    GLAD,
    TIRED
  }
}
