package io.github.kipp.examples;

import io.github.kipp.core.ProposalId;
import io.github.kipp.core.eligibility.EligibilityContext;
import io.github.kipp.core.eligibility.EligibilityScreen;
import io.github.kipp.core.eligibility.ScreeningResult;
import io.github.kipp.core.innovation.Proposal;
import io.github.kipp.core.rule.RuleRegistry;
import io.github.kipp.core.spi.RuleModule;
import io.github.kipp.rules.sinovik.SinovikRules;
import io.github.kipp.rules.sinovik.regional.SulawesiSelatan;
import io.github.kipp.scoring.rank.Candidate;
import io.github.kipp.scoring.rank.Ranker;
import io.github.kipp.scoring.rank.Ranking;
import io.github.kipp.scoring.shortlist.Shortlist;
import io.github.kipp.scoring.shortlist.Shortlister;
import io.github.kipp.scoring.spi.ScoringRules;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What a host application does to embed kipp: pick the rule module in force on a date from the
 * registry, screen its proposals, rank the eligible ones by their scores and draw the finalists'
 * shortlist. The README quotes the tagged region of this class.
 */
public final class EmbeddingExample {

  private EmbeddingExample() {}

  /**
   * Screens, ranks and shortlists a provincial round's proposals.
   *
   * @param proposals the submitted proposals of the round, not null
   * @param scores each proposal's desk score; a proposal without one counts 0. Not null
   * @param drawSeed the seed of the tie-break draw the host records
   * @return the finalists' shortlist, with a decision and its reasons for every ranked proposal
   */
  public static Shortlist finalists(List<Proposal> proposals, Map<ProposalId, BigDecimal> scores, long drawSeed) {
    // tag::embedding[]
    RuleRegistry registry = SinovikRules.registryBuilder()       // national modules, no KIPP in 2024
        .register(SulawesiSelatan.kipp2023())                     // a regional module, registered by hand
        .build();
    RuleModule rules = registry.moduleFor(SulawesiSelatan.kipp2023().jurisdiction(), LocalDate.of(2023, 2, 1));
    ScoringRules scoring = ScoringRules.of(rules);

    EligibilityContext context = EligibilityContext.newBuilder(rules.edition()).submitted(proposals).build();
    ScreeningResult screening = EligibilityScreen.of(rules.eligibilityRules()).screen(proposals, context);

    List<Candidate> candidates = proposals.stream()
        .filter(p -> screening.eligible().contains(p.id()))
        .map(p -> Candidate.of(p, scores.getOrDefault(p.id(), BigDecimal.ZERO)))
        .collect(Collectors.toList());
    Ranking ranking = Ranker.withTieBreaks(scoring.tieBreaks().build(drawSeed)).rank(candidates);

    Shortlist finalists = Shortlister.create().select(ranking, scoring.finalists().get(0).spec());   // Top 40
    // end::embedding[]
    return finalists;
  }
}
