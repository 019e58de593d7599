package io.github.kipp.core.spi;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import io.github.kipp.core.Citation;
import io.github.kipp.core.EffectivePeriod;
import io.github.kipp.core.LocalizedText;
import io.github.kipp.core.RuleModuleId;
import io.github.kipp.core.edition.Edition;
import io.github.kipp.core.eligibility.EligibilityRule;
import io.github.kipp.core.stage.StageMachine;
import java.util.Optional;

/**
 * The rules of one competition edition under one regulation, for one jurisdiction: KIPP 2023 under
 * Pedoman Menteri PANRB 3/2023, or Sulawesi Selatan's round extending it.
 *
 * <p>A module declares its family, id, title, jurisdiction, effective period, the instruments it
 * implements, and its parameters. Everything else a module answers for is a typed {@linkplain
 * ModulePart part} that callers ask for by type, so that kipp-core never sees the part's types: a
 * competition of proposals (edition, stage pipeline, eligibility rules) is the part {@link
 * CompetitionRules}, which {@link #edition()}, {@link #pipeline()} and {@link #eligibilityRules()}
 * read; the scoring side of a SINOVIK module (criteria, aggregation, combination, tie-breaks,
 * shortlists) is the part {@code io.github.kipp.scoring.spi.ScoringRules}; the indicator catalogue
 * of Kemendagri's regional innovation index is a part of its own module (ADR 0014).
 *
 * <pre>{@code
 * ScoringRules scoring = module.requirePart(ScoringRules.class);
 * }</pre>
 *
 * <p><b>Specification for implementors.</b> A module is immutable and thread-safe, never changes an
 * answer once given, does no I/O (reference data ships as resources, read at class loading), and
 * cites every parameter ({@link Parameter#citation()}), with {@link Citation#unknown(String, String)}
 * and a documented default where the regulation is silent. A module discovered by {@link
 * java.util.ServiceLoader} has a public no-argument constructor. The class javadoc names the
 * instrument (type, number, year), what is cited to which article, and where the text is published.
 * A module has the parts whose interfaces it implements; one that supplies a part by composition
 * overrides both {@link #part(Class)} and {@link #parts()}, and every part {@link #parts()} lists
 * must be supplied ({@link io.github.kipp.core.rule.RuleModuleChecks} refuses the module otherwise).
 * Add no method for one family of rules to this interface: give the family a part.
 */
public interface RuleModule {

  /**
   * Returns the family of rules the module belongs to; two families keep their modules apart in a
   * registry.
   *
   * <p>By default {@link RuleFamily#KIPP}, the family of every module written before families
   * existed.
   *
   * @return the family, not null
   */
  default RuleFamily family() {
    return RuleFamily.KIPP;
  }

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
   * <p>By default the edition of the module's {@link CompetitionRules} part.
   *
   * @return the edition, not null
   * @throws MissingModulePartException if the module runs no competition of proposals
   */
  default Edition edition() {
    return requirePart(CompetitionRules.class).edition();
  }

  /**
   * Returns the stage pipeline.
   *
   * <p>By default the pipeline of the module's {@link CompetitionRules} part.
   *
   * @return the pipeline, not null
   * @throws MissingModulePartException if the module runs no competition of proposals
   */
  default StageMachine pipeline() {
    return requirePart(CompetitionRules.class).pipeline();
  }

  /**
   * Returns the eligibility rules, in the order they are applied.
   *
   * <p>By default the rules of the module's {@link CompetitionRules} part.
   *
   * @return the rules, not null
   * @throws MissingModulePartException if the module runs no competition of proposals
   */
  default ImmutableList<EligibilityRule> eligibilityRules() {
    return requirePart(CompetitionRules.class).eligibilityRules();
  }

  /**
   * Returns one of the module's parts.
   *
   * <p>By default the module itself, if it implements the part's interface; a module that supplies
   * a part by composition overrides this method (and {@link #parts()}). A module whose class
   * overrides {@link #edition()}, {@link #pipeline()} and {@link #eligibilityRules()} without
   * implementing {@link CompetitionRules}, as modules written before that part existed do, has the
   * part as a view of those three methods.
   *
   * @param type the part's interface, such as {@code ScoringRules.class}; not null, not {@link
   *     ModulePart} itself
   * @param <T> the part's type
   * @return the part, or empty if the module does not have it
   * @throws IllegalArgumentException if {@code type} is {@link ModulePart} itself
   */
  default <T extends ModulePart> Optional<T> part(Class<T> type) {
    Parts.checkType(requireNonNull(type, "type"));
    if (type.isInstance(this)) {
      return Optional.of(type.cast(this));
    }
    if (type == CompetitionRules.class && Parts.overridesCompetition(getClass())) {
      return Optional.of(type.cast(new CompetitionView(this)));
    }
    return Optional.empty();
  }

  /**
   * Returns one of the module's parts, which the caller needs.
   *
   * @param type the part's interface, such as {@code ScoringRules.class}; not null, not {@link
   *     ModulePart} itself
   * @param <T> the part's type
   * @return the part, not null
   * @throws MissingModulePartException if the module does not have the part, naming the module, the
   *     part and the parts it has
   * @throws IllegalArgumentException if {@code type} is {@link ModulePart} itself
   */
  default <T extends ModulePart> T requirePart(Class<T> type) {
    Optional<T> found = part(type);
    if (found.isPresent()) {
      return found.get();
    }
    throw new MissingModulePartException(id(), type, parts());
  }

  /**
   * Returns the interfaces of the parts the module has, sorted by their names.
   *
   * <p>By default the part interfaces the module's class implements, directly or through its
   * supertypes; a module that supplies a part by composition overrides this method (and {@link
   * #part(Class)}).
   *
   * @return the parts' interfaces, possibly empty; not null
   */
  default ImmutableList<Class<? extends ModulePart>> parts() {
    return Parts.implementedBy(getClass());
  }
}
