package io.github.kipp.testkit.generators;

import static java.util.Objects.requireNonNull;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.kipp.core.ActorId;
import io.github.kipp.core.ProposalId;
import io.github.kipp.core.edition.Edition;
import io.github.kipp.core.innovation.Proposal;
import io.github.kipp.core.institution.Institution;
import io.github.kipp.scoring.CriteriaSet;
import io.github.kipp.scoring.ScoreSheet;
import io.github.kipp.scoring.panel.Panel;
import org.quicktheories.core.Gen;

/**
 * QuickTheories generators of valid kipp values, built over the same construction as {@link
 * KippFactories}: a failing case shrinks through its whole-number choices (an earlier start, the
 * first category, a smaller panel).
 *
 * <pre>{@code
 * qt().withFixedSeed(7).forAll(KippGenerators.proposals(edition)).check(p -> edition.validate(p).isEmpty());
 * }</pre>
 */
public final class KippGenerators {

  private KippGenerators() {}

  /**
   * Generates regional governments of the bundled catalogue's regencies and cities.
   *
   * @return the generator, not null
   */
  public static Gen<Institution> institutions() {
    return integers().between(0, 513).map(KippFactories::institutionFrom);
  }

  /**
   * Generates complete proposals for an edition.
   *
   * @param edition the edition, not null
   * @return the generator, not null
   */
  public static Gen<Proposal> proposals(Edition edition) {
    requireNonNull(edition, "edition");
    Gen<int[]> choices = integers().between(1, 99_999).zip(integers().between(0, 513), integers().between(0, 3649),
        (number, regency, age) -> new int[] {number, regency, age});
    return choices.zip(integers().between(0, 3), integers().between(0, 7), integers().between(0, 7),
        (c, precision, group, category) -> KippFactories.proposalFrom(edition, c[0], c[1], c[2], precision, group, category));
  }

  /**
   * Generates editions with 1 to 3 groups, 1 to 8 categories and 1 to 5 weighted sections.
   *
   * @return the generator, not null
   */
  public static Gen<Edition> editions() {
    return integers().between(0, 2).zip(integers().between(0, 7), integers().between(0, 4), longs().all(), KippFactories::editionFrom);
  }

  /**
   * Generates panels of 1 to {@code maxSize} evaluators.
   *
   * @param maxSize the largest panel, at least 1
   * @return the generator, not null
   */
  public static Gen<Panel> panels(int maxSize) {
    return integers().between(1, maxSize).zip(integers().between(1, 5), KippFactories::panelFrom);
  }

  /**
   * Generates sheets for one proposal and evaluator, with scores on every criterion's scale.
   *
   * @param criteria the criteria, not null
   * @param proposal the proposal, not null
   * @param evaluator the evaluator, not null
   * @return the generator, not null
   */
  public static Gen<ScoreSheet> sheets(CriteriaSet criteria, ProposalId proposal, ActorId evaluator) {
    requireNonNull(criteria, "criteria");
    requireNonNull(proposal, "proposal");
    requireNonNull(evaluator, "evaluator");
    return longs().all().map(seed -> KippFactories.sheetFrom(criteria, proposal, evaluator, seed));
  }
}
