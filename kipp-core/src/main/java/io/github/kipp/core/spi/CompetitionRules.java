package io.github.kipp.core.spi;

import com.google.common.collect.ImmutableList;
import io.github.kipp.core.edition.Edition;
import io.github.kipp.core.eligibility.EligibilityRule;
import io.github.kipp.core.stage.StageMachine;

/**
 * The part of a rule module that runs a competition of proposals: the edition (groups, categories,
 * sections, schedule, video rules), the stage pipeline a proposal goes through, and the eligibility
 * rules applied to proposals. SINOVIK's modules have it; a module whose subject is not a proposal,
 * such as Kemendagri's regional innovation index, which scores a regional government, does not.
 *
 * <pre>{@code
 * Edition edition = module.requirePart(CompetitionRules.class).edition();
 * Edition same = module.edition();   // the same call, kept on RuleModule for its callers
 * }</pre>
 *
 * <p>A module has this part when its class implements this interface, or, as every module written
 * before the part existed does, when its class overrides all three of {@link RuleModule#edition()},
 * {@link RuleModule#pipeline()} and {@link RuleModule#eligibilityRules()}: the default {@link
 * RuleModule#part(Class)} then answers with a view of those three methods. See ADR 0014.
 */
public interface CompetitionRules extends ModulePart {

  /**
   * Returns the edition the module defines: groups, categories, sections, schedule, video rules.
   *
   * @return the edition, not null
   */
  Edition edition();

  /**
   * Returns the stage pipeline of a proposal.
   *
   * @return the pipeline, not null
   */
  StageMachine pipeline();

  /**
   * Returns the eligibility rules on proposals, in the order they are applied.
   *
   * @return the rules, not null
   */
  ImmutableList<EligibilityRule> eligibilityRules();
}
