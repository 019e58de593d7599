package io.github.kipp.scoring.spi;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.github.kipp.core.GroupId;
import io.github.kipp.core.StageId;
import io.github.kipp.core.blind.BlindStages;
import io.github.kipp.core.spi.MissingModulePartException;
import io.github.kipp.core.spi.ModulePart;
import io.github.kipp.core.spi.RuleModule;
import io.github.kipp.scoring.CriteriaSet;
import io.github.kipp.scoring.Rounding;
import io.github.kipp.scoring.panel.ConflictOfInterestPolicy;
import io.github.kipp.scoring.aggregate.AggregationPolicy;
import io.github.kipp.scoring.rank.AwardTier;
import io.github.kipp.scoring.rank.Cutoff;
import io.github.kipp.scoring.aggregate.StageCombinationPolicy;
import io.github.kipp.scoring.rank.TieBreakChain;
import java.util.Optional;

/**
 * The scoring side of a rule module: the criteria of each scoring stage, how sheets aggregate, how
 * stages combine, the tie-break chain, the pass mark, nominations, finalist pools, winners' tiers,
 * the panels' conflict-of-interest policy and the rounding. It is a {@linkplain ModulePart part} of a
 * {@link RuleModule}, so that kipp-core never sees scoring types: a module has it by implementing
 * this interface (as every SINOVIK module does) or supplies it by composition, and callers ask for
 * it by type:
 *
 * <pre>{@code
 * ScoringRules scoring = module.requirePart(ScoringRules.class);   // or ScoringRules.of(module)
 * }</pre>
 *
 * <p><b>Specification for implementors.</b> As for {@link RuleModule}: immutable, thread-safe, no
 * I/O, and every policy cited (its citation is the module parameter's).
 */
public interface ScoringRules extends ModulePart {

  /**
   * Returns the criteria of every scoring stage.
   *
   * @return the criteria sets, one per stage
   */
  ImmutableList<CriteriaSet> criteria();

  /**
   * Returns the criteria of a stage.
   *
   * @param stage the scoring stage, not null
   * @return the criteria, or empty if the module does not score that stage
   */
  default Optional<CriteriaSet> criteria(StageId stage) {
    requireNonNull(stage, "stage");
    return criteria().stream().filter(c -> c.stage().equals(stage)).findFirst();
  }

  /**
   * Returns how a stage aggregates its sheets.
   *
   * @param stage the scoring stage, not null
   * @return the policy, not null
   * @throws IllegalArgumentException if the module does not score that stage
   */
  AggregationPolicy aggregation(StageId stage);

  /**
   * Returns how stage results combine into the final score.
   *
   * @return the policy, not null
   */
  StageCombinationPolicy combination();

  /**
   * Returns the declared tie-break chain; the host builds it with the seed of its draw.
   *
   * @return the chain, not null
   */
  TieBreakChain tieBreaks();

  /**
   * Returns the desk evaluation's pass mark.
   *
   * @return the cut, or empty if the module has none
   */
  Optional<Cutoff> passMark();

  /**
   * Returns how many proposals of each group the desk evaluators nominate, as a Top-N cut with its
   * citation.
   *
   * @return the cut by group; groups absent are not limited
   */
  ImmutableMap<GroupId, Cutoff> nominations();

  /**
   * Returns the finalist pools, each chosen from the nominated proposals of its groups.
   *
   * @return the pools, in order
   */
  ImmutableList<FinalistPool> finalists();

  /**
   * Returns the winners' tiers.
   *
   * @return the tiers, in order
   */
  ImmutableList<AwardTier> winners();

  /**
   * Returns the panels' conflict-of-interest policy.
   *
   * @return the policy, not null
   */
  ConflictOfInterestPolicy conflictOfInterest();

  /**
   * Returns how scores that decide a rank are rounded.
   *
   * @return the rounding, not null
   */
  Rounding rounding();

  /**
   * Returns which scoring stages are blind: their evaluators see proposals without the entrant
   * ({@code io.github.kipp.core.blind.BlindProposal}) until the stage is frozen. The default is
   * {@link BlindStages#none()}, cited {@code UNKNOWN}: no source says KIPP reviews blind, so a module
   * that does declares its stages, cited.
   *
   * @return the declaration, not null
   */
  default BlindStages blindStages() {
    return BlindStages.none();
  }

  /**
   * Returns a rule module's scoring rules: the same as {@code module.requirePart(ScoringRules.class)},
   * kept as the entry a reader of kipp-scoring finds beside the type.
   *
   * @param module the module, not null
   * @return the module's scoring rules, not null
   * @throws MissingModulePartException if the module has no scoring rules, naming the module and
   *     the parts it has
   */
  static ScoringRules of(RuleModule module) {
    return requireNonNull(module, "module").requirePart(ScoringRules.class);
  }
}
