package io.github.kipp.core.spi;

import com.google.common.collect.ImmutableList;
import io.github.kipp.core.edition.Edition;
import io.github.kipp.core.eligibility.EligibilityRule;
import io.github.kipp.core.stage.StageMachine;

/**
 * The {@link CompetitionRules} of a module whose class overrides the three competition accessors of
 * {@link RuleModule} without implementing the part's interface.
 */
record CompetitionView(RuleModule module) implements CompetitionRules {

  @Override
  public Edition edition() {
    return module.edition();
  }

  @Override
  public StageMachine pipeline() {
    return module.pipeline();
  }

  @Override
  public ImmutableList<EligibilityRule> eligibilityRules() {
    return module.eligibilityRules();
  }
}
