package io.github.kipp.testkit.fuzz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.kipp.core.ActorId;
import io.github.kipp.core.Citation;
import io.github.kipp.core.InvalidInputException;
import io.github.kipp.core.edition.Category;
import io.github.kipp.core.edition.Edition;
import io.github.kipp.core.innovation.ProposalSection;
import io.github.kipp.scoring.CriteriaSet;
import io.github.kipp.scoring.FrozenScores;
import io.github.kipp.scoring.ScoreSheet;
import io.github.kipp.scoring.aggregate.Aggregations;
import io.github.kipp.scoring.stability.BootstrapOptions;
import io.github.kipp.scoring.stability.RankStability;
import io.github.kipp.testkit.KippBuilders;
import io.github.kipp.testkit.generators.KippFactories;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The documented input limits (docs/limits.md) are enforced with clear errors, before any heavy work. */
class InputLimitsTest {

  private static final Citation BASIS = Citation.unknown("kipp-testkit", "a test default");

  @Test
  void an_edition_with_more_categories_than_allowed_is_refused_naming_the_count_and_the_limit() {
    Edition.Builder b = KippBuilders.edition();
    for (int i = 0; i <= Edition.MAX_CATEGORIES; i++) {
      b.category(Category.of("k-" + i, "Kategori " + i, "Category " + i));
    }

    assertThatThrownBy(b::build)
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations()).singleElement().satisfies(v -> {
          assertThat(v.code()).isEqualTo("kipp.list.tooMany");
          assertThat(v.path()).isEqualTo("categories");
          assertThat(Integer.parseInt(v.invalidValue())).isGreaterThan(Edition.MAX_CATEGORIES);
          assertThat(v.message().english()).isEqualTo("categories has " + v.invalidValue() + " entries; at most " + Edition.MAX_CATEGORIES + " are allowed.");
        }));
  }

  @Test
  void a_section_longer_than_its_limit_is_refused_before_it_is_counted() {
    String text = "kata ".repeat(ProposalSection.MAX_CHARACTERS / 5 + 1);

    assertThatThrownBy(() -> ProposalSection.of("ringkasan", text))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining(String.valueOf(ProposalSection.MAX_CHARACTERS));
  }

  @Test
  void a_bootstrap_that_would_resample_more_than_the_limit_is_refused_before_it_starts() {
    KippFactories factories = KippFactories.seeded(3);
    CriteriaSet criteria = KippBuilders.criteria();
    List<ScoreSheet> sheets = new ArrayList<>();
    for (int p = 0; p < 300; p++) {
      for (int e = 0; e < 4; e++) {
        sheets.add(factories.sheet(criteria, io.github.kipp.core.ProposalId.of("p-" + p), ActorId.of("te-" + e)));
      }
    }
    var aggregated = Aggregations.mean(BASIS).aggregate(FrozenScores.of(criteria, sheets, Instant.parse("2023-06-30T00:00:00Z")));
    BootstrapOptions options = BootstrapOptions.newBuilder().seed(1).shortlistSize(10).replicates(BootstrapOptions.MAX_REPLICATES).build();

    assertThatThrownBy(() -> RankStability.bootstrap(aggregated, options))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations()).singleElement().satisfies(v -> {
          assertThat(v.code()).isEqualTo("kipp.stability.tooMuchWork");
          assertThat(v.message().english()).contains("1500000000").contains("at most 1000000000").contains("fewer replicates");
          assertThat(v.message().indonesian()).contains("kurangi jumlah ulangan");
        }));
  }
}
