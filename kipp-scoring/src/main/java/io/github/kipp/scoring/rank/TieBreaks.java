package io.github.kipp.scoring.rank;

import static java.util.Objects.requireNonNull;

import com.google.common.hash.Hashing;
import io.github.kipp.core.Citation;
import io.github.kipp.core.LocalizedText;
import io.github.kipp.core.StageId;
import io.github.kipp.scoring.CriterionId;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The tie-break rules kipp ships. Each takes the citation of the rule module that declares it; no
 * KIPP instrument publishes a tie-break, so modules cite them as UNKNOWN with the chain as the
 * documented default.
 *
 * <ul>
 *   <li>{@link #higherCriterion}: higher mean score on a named criterion ranks first (e.g.
 *       <i>Signifikansi</i>).
 *   <li>{@link #higherStage}: higher score in a named stage ranks first (e.g. the desk evaluation).
 *   <li>{@link #earlierSubmission}: the earlier submission ranks first; unknown times rank last.
 *   <li>{@link #seededDraw}: a draw, reproducible from its recorded seed: candidates are ordered by
 *       the SHA-256 of the seed and their proposal id, so the draw does not depend on input order.
 * </ul>
 *
 * <p>A rule that compares scores never passes a tie on because a candidate lacks the score it
 * compares: it throws {@link MissingTieBreakDataException} naming the rule, the proposal and the
 * missing score, so a declared tie-break order cannot be skipped by incomplete candidates.
 */
public final class TieBreaks {

  private TieBreaks() {}

  /**
   * Higher mean score on a criterion ranks first.
   *
   * @param criterion the criterion, not null
   * @param citation where the rule comes from, not null
   * @return the rule, not null
   */
  public static TieBreak higherCriterion(CriterionId criterion, Citation citation) {
    requireNonNull(criterion, "criterion");
    return new Rule(
        "criterion:" + criterion,
        LocalizedText.of("Nilai lebih tinggi pada kriteria " + criterion, "Higher score on criterion " + criterion),
        citation) {
      @Override
      public int compare(Candidate a, Candidate b) {
        return descending(required(this, a, a.criterionScores().get(criterion), "criterion", criterion.value()),
            required(this, b, b.criterionScores().get(criterion), "criterion", criterion.value()));
      }
    };
  }

  /**
   * Higher score in a stage ranks first.
   *
   * @param stage the stage, not null
   * @param citation where the rule comes from, not null
   * @return the rule, not null
   */
  public static TieBreak higherStage(StageId stage, Citation citation) {
    requireNonNull(stage, "stage");
    return new Rule(
        "stage:" + stage,
        LocalizedText.of("Nilai lebih tinggi pada tahap " + stage, "Higher score in stage " + stage),
        citation) {
      @Override
      public int compare(Candidate a, Candidate b) {
        return descending(required(this, a, a.stageScores().get(stage), "stage", stage.value()),
            required(this, b, b.stageScores().get(stage), "stage", stage.value()));
      }
    };
  }

  /**
   * The earlier submission ranks first.
   *
   * @param citation where the rule comes from, not null
   * @return the rule, not null
   */
  public static TieBreak earlierSubmission(Citation citation) {
    return new Rule(
        "earlier-submission",
        LocalizedText.of("Proposal yang dikirim lebih awal", "Earlier submission"),
        citation) {
      @Override
      public int compare(Candidate a, Candidate b) {
        Optional<Instant> x = a.submittedAt();
        Optional<Instant> y = b.submittedAt();
        if (x.isPresent() && y.isPresent()) {
          return x.get().compareTo(y.get());
        }
        return Boolean.compare(x.isEmpty(), y.isEmpty());
      }
    };
  }

  /**
   * A reproducible draw. Record the seed with the result; the same seed gives the same order.
   *
   * @param seed the seed, recorded in the rule's id and description
   * @param citation where the rule comes from, not null
   * @return the rule, not null
   */
  public static TieBreak seededDraw(long seed, Citation citation) {
    return new Rule(
        "draw:" + seed,
        LocalizedText.of("Undian dengan benih " + seed, "Draw with seed " + seed),
        citation) {
      @Override
      public int compare(Candidate a, Candidate b) {
        int byLot = Long.compareUnsigned(lot(seed, a), lot(seed, b));
        return byLot != 0 ? byLot : a.id().compareTo(b.id());
      }
    };
  }

  private static long lot(long seed, Candidate c) {
    return Hashing.sha256().newHasher().putLong(seed).putString(c.id().value(), StandardCharsets.UTF_8).hash().asLong();
  }

  /** Returns a tied candidate's score that a rule compares, or throws naming what is missing. */
  private static BigDecimal required(TieBreak rule, Candidate c, @Nullable BigDecimal score, String kind, String target) {
    if (score == null) {
      throw new MissingTieBreakDataException(rule.id(), c.id(), "the score of " + kind + " " + target);
    }
    return score;
  }

  /** Higher scores first. */
  private static int descending(BigDecimal a, BigDecimal b) {
    return b.compareTo(a);
  }

  private abstract static class Rule implements TieBreak {
    private final String id;
    private final LocalizedText description;
    private final Citation citation;

    Rule(String id, LocalizedText description, Citation citation) {
      this.id = id;
      this.description = description;
      this.citation = requireNonNull(citation, "citation");
    }

    @Override
    public String id() {
      return id;
    }

    @Override
    public LocalizedText description() {
      return description;
    }

    @Override
    public Citation citation() {
      return citation;
    }

    @Override
    public String toString() {
      return id;
    }
  }
}
