package io.github.kipp.scoring.reliability;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import io.github.kipp.core.ActorId;
import io.github.kipp.core.LocalizedText;
import io.github.kipp.core.ProposalId;
import io.github.kipp.core.StageId;
import io.github.kipp.core.meta.Beta;
import io.github.kipp.scoring.internal.ScoringMessages;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The rater reliability and calibration of one scoring stage: Krippendorff's interval alpha over
 * every proposal rated at least twice, ICC(2,1) and ICC(2,k) over the proposals that one set of
 * evaluators rated completely, each with its bootstrap interval, and every evaluator's calibration
 * against the panel. Made by {@link RaterReliability}.
 *
 * <p>Nothing is dropped silently: {@link #alphaProposals()} and {@link #pairableRatings()} say what
 * alpha used (a proposal rated once cannot be paired), {@link #iccRaters()} and {@link
 * #iccProposals()} say on which complete rows the ICC was computed, and {@link #summary()} says it
 * in both languages. A coefficient that cannot be computed is absent, not zero.
 *
 * <p>Immutable and thread-safe. Calibrations are sorted by evaluator.
 */
@Beta
public final class StageReliability {

  private final StageId stage;
  private final int proposals;
  private final int raters;
  private final int ratings;
  private final long seed;
  private final int replicates;
  private final BigDecimal confidence;
  private final @Nullable ReliabilityEstimate alpha;
  private final int alphaProposals;
  private final int pairableRatings;
  private final ImmutableSortedSet<ActorId> iccRaters;
  private final ImmutableSortedSet<ProposalId> iccProposals;
  private final @Nullable ReliabilityEstimate iccSingle;
  private final @Nullable ReliabilityEstimate iccAverage;
  private final @Nullable BigDecimal pooledDeviation;
  private final ImmutableList<EvaluatorCalibration> calibrations;

  StageReliability(
      Ratings source,
      ReliabilityOptions options,
      @Nullable ReliabilityEstimate alpha,
      int alphaProposals,
      int pairableRatings,
      ImmutableSortedSet<ActorId> iccRaters,
      ImmutableSortedSet<ProposalId> iccProposals,
      @Nullable ReliabilityEstimate iccSingle,
      @Nullable ReliabilityEstimate iccAverage,
      @Nullable BigDecimal pooledDeviation,
      ImmutableList<EvaluatorCalibration> calibrations) {
    this.stage = source.stage();
    this.proposals = source.byProposal().size();
    this.raters = source.raters().size();
    this.ratings = source.size();
    this.seed = options.seed();
    this.replicates = options.replicates();
    this.confidence = options.confidence();
    this.alpha = alpha;
    this.alphaProposals = alphaProposals;
    this.pairableRatings = pairableRatings;
    this.iccRaters = requireNonNull(iccRaters, "iccRaters");
    this.iccProposals = requireNonNull(iccProposals, "iccProposals");
    this.iccSingle = iccSingle;
    this.iccAverage = iccAverage;
    this.pooledDeviation = pooledDeviation == null ? null : pooledDeviation.setScale(ReliabilityEstimate.SCALE, RoundingMode.HALF_EVEN);
    this.calibrations = requireNonNull(calibrations, "calibrations");
  }

  /**
   * Returns the stage.
   *
   * @return the stage, not null
   */
  public StageId stage() {
    return stage;
  }

  /**
   * Returns the number of proposals with at least one rating.
   *
   * @return zero or more
   */
  public int proposals() {
    return proposals;
  }

  /**
   * Returns the number of evaluators with at least one rating.
   *
   * @return zero or more
   */
  public int raters() {
    return raters;
  }

  /**
   * Returns the number of ratings.
   *
   * @return zero or more
   */
  public int ratings() {
    return ratings;
  }

  /**
   * Returns the seed the bootstrap replicates were drawn from.
   *
   * @return the seed
   */
  public long seed() {
    return seed;
  }

  /**
   * Returns the number of bootstrap replicates.
   *
   * @return 1 or more
   */
  public int replicates() {
    return replicates;
  }

  /**
   * Returns the confidence level of the intervals.
   *
   * @return strictly between 0 and 1, without trailing zeros
   */
  public BigDecimal confidence() {
    return confidence;
  }

  /**
   * Returns Krippendorff's alpha with the interval metric over every proposal rated at least twice,
   * missing ratings handled as the coefficient defines (a proposal's ratings are paired only with
   * each other).
   *
   * @return alpha, or empty if fewer than two ratings can be paired or all of them are equal
   */
  public Optional<ReliabilityEstimate> alpha() {
    return Optional.ofNullable(alpha);
  }

  /**
   * Returns the number of proposals alpha used: those rated at least twice.
   *
   * @return zero or more
   */
  public int alphaProposals() {
    return alphaProposals;
  }

  /**
   * Returns the number of ratings alpha paired: the ratings of the proposals rated at least twice.
   *
   * @return zero or more
   */
  public int pairableRatings() {
    return pairableRatings;
  }

  /**
   * Returns the evaluators whose ratings the ICC used: the set of two or more evaluators that rated
   * the most proposals together (see {@link RaterReliability}).
   *
   * @return the evaluators, empty if no two evaluators rated a proposal together
   */
  public ImmutableSortedSet<ActorId> iccRaters() {
    return iccRaters;
  }

  /**
   * Returns the proposals the ICC used: those every one of {@link #iccRaters()} rated. Other
   * ratings of these proposals, and every other proposal, are left out of the ICC (not of alpha).
   *
   * @return the proposals, sorted
   */
  public ImmutableSortedSet<ProposalId> iccProposals() {
    return iccProposals;
  }

  /**
   * Returns ICC(2,1) of Shrout and Fleiss (1979): two-way random effects, absolute agreement, the
   * reliability of one evaluator's rating.
   *
   * @return the coefficient, or empty if fewer than two complete rows exist or they have no spread
   */
  public Optional<ReliabilityEstimate> iccSingle() {
    return Optional.ofNullable(iccSingle);
  }

  /**
   * Returns ICC(2,k) of Shrout and Fleiss (1979), k the number of {@link #iccRaters()}: two-way
   * random effects, absolute agreement, the reliability of the mean of k evaluators' ratings.
   *
   * @return the coefficient, or empty when {@link #iccSingle()} is
   */
  public Optional<ReliabilityEstimate> iccAverage() {
    return Optional.ofNullable(iccAverage);
  }

  /**
   * Returns the pooled within-proposal standard deviation that standardises the calibrations, with
   * {@value ReliabilityEstimate#SCALE} decimals.
   *
   * @return the deviation, or empty if no proposal was rated twice
   */
  public Optional<BigDecimal> pooledDeviation() {
    return Optional.ofNullable(pooledDeviation);
  }

  /**
   * Returns every evaluator's calibration, sorted by evaluator.
   *
   * @return the calibrations, one per evaluator with a rating
   */
  public ImmutableList<EvaluatorCalibration> calibrations() {
    return calibrations;
  }

  /**
   * Returns the calibration of one evaluator.
   *
   * @param evaluator the evaluator, not null
   * @return the calibration, or empty if the evaluator rated nothing in this stage
   */
  public Optional<EvaluatorCalibration> calibration(ActorId evaluator) {
    requireNonNull(evaluator, "evaluator");
    return calibrations.stream().filter(c -> c.evaluator().equals(evaluator)).findFirst();
  }

  /**
   * Returns the evaluators with at least one flag.
   *
   * @return the flagged calibrations, sorted by evaluator
   */
  public ImmutableList<EvaluatorCalibration> flagged() {
    return calibrations.stream().filter(EvaluatorCalibration::flagged).collect(ImmutableList.toImmutableList());
  }

  /**
   * Says in both languages what the coefficients are and what they were computed on: alpha with its
   * interval and the proposals and ratings it paired, the ICC with the evaluators and the complete
   * proposals it used out of all, and the number of flagged evaluators.
   *
   * @return the summary, not null
   */
  public LocalizedText summary() {
    LocalizedText none = ScoringMessages.render("kipp.reliability.notComputable");
    return ScoringMessages.render(
        "kipp.reliability.summary",
        "stage", stage,
        "alpha", alpha == null ? none.english() : describe(alpha),
        "alphaId", alpha == null ? none.indonesian() : describe(alpha),
        "alphaProposals", alphaProposals,
        "pairable", pairableRatings,
        "single", iccSingle == null ? none.english() : describe(iccSingle),
        "singleId", iccSingle == null ? none.indonesian() : describe(iccSingle),
        "average", iccAverage == null ? none.english() : describe(iccAverage),
        "averageId", iccAverage == null ? none.indonesian() : describe(iccAverage),
        "k", iccRaters.size(),
        "iccProposals", iccProposals.size(),
        "proposals", proposals,
        "percent", confidence.movePointRight(2).stripTrailingZeros().toPlainString(),
        "replicates", replicates,
        "seed", seed,
        "flagged", flagged().size(),
        "raters", raters);
  }

  private static String describe(ReliabilityEstimate e) {
    return e.value().toPlainString()
        + (e.lower().isPresent() ? " [" + e.lower().orElseThrow().toPlainString() + ", " + e.upper().orElseThrow().toPlainString() + "]" : "");
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof StageReliability other
        && stage.equals(other.stage)
        && proposals == other.proposals
        && raters == other.raters
        && ratings == other.ratings
        && seed == other.seed
        && replicates == other.replicates
        && confidence.equals(other.confidence)
        && Objects.equals(alpha, other.alpha)
        && alphaProposals == other.alphaProposals
        && pairableRatings == other.pairableRatings
        && iccRaters.equals(other.iccRaters)
        && iccProposals.equals(other.iccProposals)
        && Objects.equals(iccSingle, other.iccSingle)
        && Objects.equals(iccAverage, other.iccAverage)
        && Objects.equals(pooledDeviation, other.pooledDeviation)
        && calibrations.equals(other.calibrations);
  }

  @Override
  public int hashCode() {
    return Objects.hash(stage, proposals, raters, ratings, seed, replicates, confidence, alpha, alphaProposals, pairableRatings,
        iccRaters, iccProposals, iccSingle, iccAverage, pooledDeviation, calibrations);
  }

  /** Returns the stage, the coefficients and the flagged evaluators. */
  @Override
  public String toString() {
    return "StageReliability[stage=" + stage + ", alpha=" + (alpha == null ? "-" : describe(alpha))
        + ", icc21=" + (iccSingle == null ? "-" : describe(iccSingle))
        + ", icc2k=" + (iccAverage == null ? "-" : describe(iccAverage))
        + ", flagged=" + flagged().stream().map(c -> c.evaluator() + c.flags().toString()).collect(Collectors.joining(", ", "[", "]")) + "]";
  }
}
