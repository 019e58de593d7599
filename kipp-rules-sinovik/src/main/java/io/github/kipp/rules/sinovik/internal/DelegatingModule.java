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

/**
 * A rule module that answers as a {@link SinovikModule} does: the classes {@link
 * java.util.ServiceLoader} instantiates, which need a public no-argument constructor.
 */
public abstract class DelegatingModule implements RuleModule {

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
  public String toString() {
    return delegate.toString();
  }
}
