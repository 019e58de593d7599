package io.github.kipp.scoring.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.kipp.core.ActorId;
import io.github.kipp.core.ProposalId;
import io.github.kipp.core.StageId;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/**
 * Reproduces the published values of the two reference data sets kept, with their attribution, in
 * {@code src/test/resources/io/github/kipp/scoring/reliability/README.md}: Krippendorff (2011), the
 * example with four observers, twelve units and missing values; Shrout and Fleiss (1979), Table 2.
 */
class PublishedReferenceTest {

  private static final StageId STAGE = StageId.of("reference");
  private static final ReliabilityOptions OPTIONS = ReliabilityOptions.newBuilder().seed(1979).replicates(500).build();

  /** Reads a CSV whose first column names the row and whose header names the columns; empty cells are missing. */
  private static Ratings read(String file, boolean rowsAreRaters) {
    List<String> lines;
    try (InputStream in = Objects.requireNonNull(PublishedReferenceTest.class.getResourceAsStream(file), file)) {
      lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank()).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    String[] header = lines.get(0).split(",", -1);
    Ratings.Builder b = Ratings.newBuilder(STAGE);
    for (String line : lines.subList(1, lines.size())) {
      String[] cells = line.split(",", -1);
      for (int c = 1; c < header.length; c++) {
        if (!cells[c].isEmpty()) {
          String row = cells[0];
          String column = header[c];
          ProposalId proposal = ProposalId.of(rowsAreRaters ? column : "target-" + row);
          ActorId rater = ActorId.of(rowsAreRaters ? "observer-" + row : column);
          b.rate(proposal, rater, new BigDecimal(cells[c]));
        }
      }
    }
    return b.build();
  }

  private static BigDecimal published(BigDecimal value, int decimals) {
    return value.setScale(decimals, RoundingMode.HALF_UP);
  }

  @Test
  void krippendorffs_interval_alpha_of_the_worked_example_is_the_published_0_849() {
    Ratings ratings = read("krippendorff-2011.csv", true);

    StageReliability r = RaterReliability.assess(ratings, OPTIONS);

    assertThat(ratings.size()).isEqualTo(41);
    assertThat(r.alphaProposals()).as("unit 12, rated once, cannot be paired").isEqualTo(11);
    assertThat(r.pairableRatings()).as("n of the worked example").isEqualTo(40);
    ReliabilityEstimate alpha = r.alpha().orElseThrow();
    assertThat(published(alpha.value(), 3)).isEqualByComparingTo("0.849");
    assertThat(alpha.value()).isEqualByComparingTo("0.8491");
    assertThat(alpha.value().scale()).isEqualTo(ReliabilityEstimate.SCALE);
    assertThat(alpha.lower().orElseThrow()).isLessThanOrEqualTo(alpha.upper().orElseThrow());
    assertThat(alpha.definedReplicates() + alpha.undefinedReplicates()).isEqualTo(500);
  }

  @Test
  void shrout_and_fleiss_table_2_gives_the_published_icc_2_1_of_0_29_and_icc_2_4_of_0_62() {
    Ratings ratings = read("shrout-fleiss-1979.csv", false);

    StageReliability r = RaterReliability.assess(ratings, OPTIONS);

    assertThat(r.iccRaters()).extracting(ActorId::value).containsExactly("judge1", "judge2", "judge3", "judge4");
    assertThat(r.iccProposals()).hasSize(6);
    assertThat(published(r.iccSingle().orElseThrow().value(), 2)).isEqualByComparingTo("0.29");
    assertThat(published(r.iccAverage().orElseThrow().value(), 2)).isEqualByComparingTo("0.62");
    // (BMS − EMS) / (BMS + 3·EMS + 4·(JMS − EMS)/6) with BMS 11.24, JMS 32.49, EMS 1.02: 0.28976…; and 0.62005…
    assertThat(r.iccSingle().orElseThrow().value()).isEqualByComparingTo("0.2898");
    assertThat(r.iccAverage().orElseThrow().value()).isEqualByComparingTo("0.6201");
  }

  @Test
  void the_bootstrap_intervals_are_reproducible_from_the_seed_and_bracket_the_resampled_values() {
    Ratings ratings = read("shrout-fleiss-1979.csv", false);

    StageReliability first = RaterReliability.assess(ratings, OPTIONS);
    StageReliability again = RaterReliability.assess(ratings, OPTIONS);
    StageReliability otherSeed = RaterReliability.assess(ratings, ReliabilityOptions.newBuilder().seed(1980).replicates(500).build());

    assertThat(again).isEqualTo(first).hasSameHashCodeAs(first);
    assertThat(otherSeed.iccSingle().orElseThrow().value()).isEqualTo(first.iccSingle().orElseThrow().value());
    assertThat(otherSeed.iccSingle().orElseThrow().lower()).isNotEqualTo(first.iccSingle().orElseThrow().lower());
    ReliabilityEstimate single = first.iccSingle().orElseThrow();
    assertThat(single.lower().orElseThrow()).isLessThan(single.upper().orElseThrow());
    assertThat(single.upper().orElseThrow()).isLessThanOrEqualTo(BigDecimal.ONE);
    assertThat(first.seed()).isEqualTo(1979L);
    assertThat(first.replicates()).isEqualTo(500);
    assertThat(first.confidence()).isEqualByComparingTo("0.95");
  }
}
