package io.github.kipp.testkit;

import io.github.kipp.core.ProposalId;
import io.github.kipp.scoring.rank.RankedEntry;
import io.github.kipp.scoring.rank.Ranking;
import io.github.kipp.testkit.error.KippErrors;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.assertj.core.api.AbstractAssert;

/** Assertions on a {@link Ranking}: order, ranks and broken ties. */
public class RankingAssert extends AbstractAssert<RankingAssert, Ranking> {

  /**
   * Creates the assertion.
   *
   * @param actual the ranking
   */
  public RankingAssert(Ranking actual) {
    super(actual, RankingAssert.class);
  }

  /**
   * Verifies the order of all entries, by proposal id.
   *
   * @param proposals the expected order
   * @return this assertion
   */
  public RankingAssert hasOrder(String... proposals) {
    isNotNull();
    List<String> actualOrder = actual.entries().stream().map(e -> e.proposal().value()).collect(Collectors.toList());
    if (!actualOrder.equals(Arrays.asList(proposals))) {
      throwAssertionError(KippErrors.shouldHaveOrder(Arrays.asList(proposals), actualOrder));
    }
    return this;
  }

  /**
   * Verifies a proposal's competition rank.
   *
   * @param proposal the proposal's id
   * @param rank the expected rank
   * @return this assertion
   */
  public RankingAssert hasRank(String proposal, int rank) {
    isNotNull();
    Optional<RankedEntry> e = actual.entry(ProposalId.of(proposal));
    if (e.isEmpty() || e.get().rank() != rank) {
      throwAssertionError(KippErrors.shouldHaveRank(proposal, rank, e.map(x -> (Object) x.rank()).orElse("not ranked")));
    }
    return this;
  }

  /**
   * Verifies the tie-break rule that placed a proposal.
   *
   * @param proposal the proposal's id
   * @param rule the rule's id, such as {@code stage:evaluasi-proposal}
   * @return this assertion
   */
  public RankingAssert hasTieBrokenBy(String proposal, String rule) {
    isNotNull();
    Optional<String> found = actual.entry(ProposalId.of(proposal)).flatMap(RankedEntry::brokenTie).map(t -> t.rule());
    if (!found.equals(Optional.of(rule))) {
      throwAssertionError(KippErrors.shouldBeTieBrokenBy(proposal, rule, found.orElse("no tie-break")));
    }
    return this;
  }
}
