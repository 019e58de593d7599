package io.github.kipp.scoring.panel;

import static java.util.Objects.requireNonNull;

import io.github.kipp.core.Citation;
import io.github.kipp.core.InvalidInputException;
import io.github.kipp.core.Violation;
import io.github.kipp.scoring.internal.ScoringMessages;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

/**
 * What an {@link Assigner} must achieve: how many evaluators each proposal gets, the most proposals
 * one evaluator may take, whether evaluators score only the categories they are expert in, and the
 * seed that breaks ties.
 *
 * <p>No KIPP instrument publishes the number of evaluators per proposal, a load limit or an expertise
 * rule (domain specification §4.8), so each is the host's choice and is cited as UNKNOWN: see {@link
 * #EVALUATORS_PER_PROPOSAL_BASIS}, {@link #MAX_LOAD_BASIS} and {@link #EXPERTISE_BASIS}.
 *
 * <pre>{@code
 * AssignmentOptions options = AssignmentOptions.of(3, 2023L).withMaxLoad(60);
 * }</pre>
 *
 * @param evaluatorsPerProposal how many distinct evaluators each proposal needs, 1 to {@value
 *     #MAX_EVALUATORS_PER_PROPOSAL}
 * @param maxLoadPerEvaluator the most proposals one evaluator may take, at least 1; empty for no
 *     limit
 * @param expertiseRequired whether an evaluator may only score proposals of a category they {@link
 *     Evaluator#covers(io.github.kipp.core.CategoryId) cover}
 * @param seed the seed of the shuffle that breaks ties, recorded in the result
 */
public record AssignmentOptions(int evaluatorsPerProposal, OptionalInt maxLoadPerEvaluator, boolean expertiseRequired, long seed) {

  /** The most evaluators a proposal may need: the size of the largest panel. */
  public static final int MAX_EVALUATORS_PER_PROPOSAL = Panel.MAX_EVALUATORS;

  /** The citation of the number of evaluators per proposal. */
  public static final Citation EVALUATORS_PER_PROPOSAL_BASIS =
      Citation.unknown(
          "no KIPP instrument",
          "the number of evaluators per proposal is not published; the host sets it in the assignment options");

  /** The citation of the load limit. */
  public static final Citation MAX_LOAD_BASIS =
      Citation.unknown(
          "no KIPP instrument",
          "no limit on the proposals one evaluator scores is published; the host may set one in the assignment options");

  /** The citation of the expertise rule. */
  public static final Citation EXPERTISE_BASIS =
      Citation.unknown(
          "no KIPP instrument",
          "no rule matching evaluators to categories is published; the host may require it in the assignment options,"
              + " and an evaluator with no declared expertise scores every category");

  /**
   * Creates options, checking every value.
   *
   * @param evaluatorsPerProposal how many distinct evaluators each proposal needs, 1 to {@value
   *     #MAX_EVALUATORS_PER_PROPOSAL}
   * @param maxLoadPerEvaluator the most proposals one evaluator may take, at least 1; empty for no
   *     limit
   * @param expertiseRequired whether an evaluator may only score proposals of a category they cover
   * @param seed the seed of the shuffle that breaks ties
   * @throws InvalidInputException listing every value out of range
   */
  public AssignmentOptions {
    requireNonNull(maxLoadPerEvaluator, "maxLoadPerEvaluator");
    List<Violation> violations = new ArrayList<>(2);
    if (evaluatorsPerProposal < 1 || evaluatorsPerProposal > MAX_EVALUATORS_PER_PROPOSAL) {
      violations.add(
          ScoringMessages.violation(
              "kipp.assign.perProposal", "evaluatorsPerProposal", evaluatorsPerProposal, "max", MAX_EVALUATORS_PER_PROPOSAL));
    }
    if (maxLoadPerEvaluator.isPresent() && maxLoadPerEvaluator.getAsInt() < 1) {
      violations.add(ScoringMessages.violation("kipp.assign.maxLoad", "maxLoadPerEvaluator", maxLoadPerEvaluator.getAsInt()));
    }
    InvalidInputException.throwIfAny("assignment options", violations);
  }

  /**
   * Returns options with no load limit and expertise required.
   *
   * @param evaluatorsPerProposal how many distinct evaluators each proposal needs, 1 to {@value
   *     #MAX_EVALUATORS_PER_PROPOSAL}
   * @param seed the seed of the shuffle that breaks ties
   * @return the options, not null
   * @throws InvalidInputException if {@code evaluatorsPerProposal} is out of range
   */
  public static AssignmentOptions of(int evaluatorsPerProposal, long seed) {
    return new AssignmentOptions(evaluatorsPerProposal, OptionalInt.empty(), true, seed);
  }

  /**
   * Returns a copy with a load limit.
   *
   * @param maxLoad the most proposals one evaluator may take, at least 1
   * @return the new options, not null
   * @throws InvalidInputException if {@code maxLoad} is below 1
   */
  public AssignmentOptions withMaxLoad(int maxLoad) {
    return new AssignmentOptions(evaluatorsPerProposal, OptionalInt.of(maxLoad), expertiseRequired, seed);
  }

  /**
   * Returns a copy without a load limit.
   *
   * @return the new options, not null
   */
  public AssignmentOptions withoutMaxLoad() {
    return new AssignmentOptions(evaluatorsPerProposal, OptionalInt.empty(), expertiseRequired, seed);
  }

  /**
   * Returns a copy that does or does not require expertise.
   *
   * @param required whether an evaluator may only score proposals of a category they cover
   * @return the new options, not null
   */
  public AssignmentOptions withExpertiseRequired(boolean required) {
    return new AssignmentOptions(evaluatorsPerProposal, maxLoadPerEvaluator, required, seed);
  }

  /**
   * Returns a copy with another seed.
   *
   * @param newSeed the seed of the shuffle that breaks ties
   * @return the new options, not null
   */
  public AssignmentOptions withSeed(long newSeed) {
    return new AssignmentOptions(evaluatorsPerProposal, maxLoadPerEvaluator, expertiseRequired, newSeed);
  }
}
