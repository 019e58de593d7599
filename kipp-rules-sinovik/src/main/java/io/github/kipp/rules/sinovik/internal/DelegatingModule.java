package io.github.kipp.rules.sinovik.internal;

import com.google.common.collect.ImmutableList;
import io.github.kipp.core.Citation;
import io.github.kipp.core.EffectivePeriod;
import io.github.kipp.core.LocalizedText;
import io.github.kipp.core.RuleModuleId;
import io.github.kipp.core.edition.Edition;
import io.github.kipp.core.eligibility.EligibilityRule;
import io.github.kipp.core.spi.Jurisdiction;
import io.github.kipp.core.spi.ParameterSet;
import io.github.kipp.core.spi.RuleModule;
import io.github.kipp.core.stage.StageMachine;
import io.github.kipp.rules.sinovik.SinovikModule;
import io.github.kipp.scoring.CriteriaSet;
import io.github.kipp.scoring.Rounding;
import io.github.kipp.scoring.panel.ConflictOfInterestPolicy;
import io.github.kipp.scoring.aggregate.AggregationPolicy;
import io.github.kipp.scoring.rank.AwardTier;
import io.github.kipp.scoring.rank.Cutoff;
import io.github.kipp.scoring.aggregate.StageCombinationPolicy;
import io.github.kipp.scoring.rank.TieBreakChain;
import io.github.kipp.scoring.spi.ScoringRules;

/**
 * A rule module that answers as a {@link SinovikModule} does: the classes {@link
 * java.util.ServiceLoader} instantiates, which need a public no-argument constructor.
 */
public abstract class DelegatingModule implements RuleModule, ScoringRules {

  private final SinovikModule delegate;

  /**
   * Creates the module.
   *
   * @param delegate the module answered for
   */
  protected DelegatingModule(SinovikModule delegate) {
    this.delegate = delegate;
  }

  /**
   * Returns the module answered for.
   *
   * @return the module
   */
  public SinovikModule delegate() {
    return delegate;
  }

  @Override
  public RuleModuleId id() {
    return delegate.id();
  }

  @Override
  public LocalizedText title() {
    return delegate.title();
  }

  @Override
  public Jurisdiction jurisdiction() {
    return delegate.jurisdiction();
  }

  @Override
  public EffectivePeriod effectivePeriod() {
    return delegate.effectivePeriod();
  }

  @Override
  public int editionYear() {
    return delegate.editionYear();
  }

  @Override
  public ImmutableList<Citation> legalBasis() {
    return delegate.legalBasis();
  }

  @Override
  public ParameterSet parameters() {
    return delegate.parameters();
  }

  @Override
  public Edition edition() {
    return delegate.edition();
  }

  @Override
  public StageMachine pipeline() {
    return delegate.pipeline();
  }

  @Override
  public ImmutableList<EligibilityRule> eligibilityRules() {
    return delegate.eligibilityRules();
  }

  @Override
  public ImmutableList<CriteriaSet> criteria() {
    return delegate.criteria();
  }

  @Override
  public AggregationPolicy aggregation(io.github.kipp.core.StageId stage) {
    return delegate.aggregation(stage);
  }

  @Override
  public StageCombinationPolicy combination() {
    return delegate.combination();
  }

  @Override
  public TieBreakChain tieBreaks() {
    return delegate.tieBreaks();
  }

  @Override
  public java.util.Optional<Cutoff> passMark() {
    return delegate.passMark();
  }

  @Override
  public com.google.common.collect.ImmutableMap<io.github.kipp.core.GroupId, Cutoff> nominations() {
    return delegate.nominations();
  }

  @Override
  public ImmutableList<io.github.kipp.scoring.spi.FinalistPool> finalists() {
    return delegate.finalists();
  }

  @Override
  public ImmutableList<AwardTier> winners() {
    return delegate.winners();
  }

  @Override
  public ConflictOfInterestPolicy conflictOfInterest() {
    return delegate.conflictOfInterest();
  }

  @Override
  public Rounding rounding() {
    return delegate.rounding();
  }

  @Override
  public io.github.kipp.core.blind.BlindStages blindStages() {
    return delegate.blindStages();
  }

  @Override
  public String toString() {
    return delegate.toString();
  }
}
