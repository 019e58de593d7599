package io.github.kipp.core.spi;

import com.google.common.collect.ImmutableList;
import io.github.kipp.core.Citation;
import io.github.kipp.core.EffectivePeriod;
import io.github.kipp.core.LocalizedText;
import io.github.kipp.core.RuleModuleId;
import io.github.kipp.core.edition.Edition;
import io.github.kipp.core.eligibility.EligibilityRule;
import io.github.kipp.core.stage.StageMachine;

/**
 * The rules of one competition edition under one regulation, for one jurisdiction: KIPP 2023 under
 * Pedoman Menteri PANRB 3/2023, or Sulawesi Selatan's round extending it.
 *
 * <p>A module declares its id, title, jurisdiction, effective period, the instruments it implements,
 * and its parameters; from them it gives the edition (groups, categories, sections, schedule, video
 * rules), the stage pipeline and the eligibility rules. The scoring side (criteria, aggregation,
 * combination, tie-breaks, shortlists) is the {@code io.github.kipp.scoring.spi.ScoringRules}
 * interface, which a module implements too.
 *
 * <p><b>Specification for implementors.</b> A module is immutable and thread-safe, never changes an
 * answer once given, does no I/O (reference data ships as resources, read at class loading), and
 * cites every parameter ({@link Parameter#citation()}), with {@link Citation#unknown(String, String)}
 * and a documented default where the regulation is silent. A module discovered by {@link
 * java.util.ServiceLoader} has a public no-argument constructor. The class javadoc names the
 * instrument (type, number, year), what is cited to which article, and where the text is published.
 */
public interface RuleModule {

  /**
   * Returns the module's id, such as {@code sinovik-2023} or {@code sinovik-2023/sulsel-2023}.
   *
   * @return the id, not null
   */
  RuleModuleId id();

  /**
   * Returns the module's title.
   *
   * @return the title in both languages, not null
   */
  LocalizedText title();

  /**
   * Returns whose competition the module governs.
   *
   * @return the jurisdiction, not null
   */
  Jurisdiction jurisdiction();

  /**
   * Returns the dates on which the module is in force.
   *
   * @return the period, not null
   */
  EffectivePeriod effectivePeriod();

  /**
   * Returns the year of the national edition the module implements or feeds.
   *
   * @return the year
   */
  int editionYear();

  /**
   * Returns the instruments the module implements, each cited.
   *
   * @return the legal basis, not empty
   */
  ImmutableList<Citation> legalBasis();

  /**
   * Returns the module's parameters, each with its citation.
   *
   * @return the parameters, not null
   */
  ParameterSet parameters();

  /**
   * Returns the edition the module defines: groups, categories, sections, schedule, video rules.
   *
   * @return the edition, not null
   */
  Edition edition();

  /**
   * Returns the stage pipeline.
   *
   * @return the pipeline, not null
   */
  StageMachine pipeline();

  /**
   * Returns the eligibility rules, in the order they are applied.
   *
   * @return the rules, not null
   */
  ImmutableList<EligibilityRule> eligibilityRules();
}
