package io.github.kipp.examples;

import io.github.kipp.core.TierId;
import io.github.kipp.core.rule.RuleRegistry;
import io.github.kipp.core.spi.RuleModule;
import io.github.kipp.format.CompetitionDocument;
import io.github.kipp.jackson.KippJson;
import io.github.kipp.rules.sinovik.SinovikRules;
import io.github.kipp.rules.sinovik.regional.SulawesiSelatan;
import io.github.kipp.scoring.competition.Competition;
import io.github.kipp.scoring.competition.EditionResult;
import io.github.kipp.scoring.competition.Entries;
import io.github.kipp.scoring.shortlist.Shortlist;
import java.time.Clock;

/**
 * What a host application does to embed kipp: read a stored competition document, find the rule
 * module that defines its edition, and run the edition's stages as the module declares them up to
 * the finalists' shortlist. The README quotes the tagged region of this class.
 */
public final class EmbeddingExample {

  private EmbeddingExample() {}

  /**
   * Screens, nominates and shortlists a provincial round stored as a competition document.
   *
   * @param json the competition document (kipp-jackson's JSON), with its proposals, their statuses
   *     and the desk evaluation's score sheets; not null
   * @param drawSeed the seed of the tie-break draw the host records
   * @param clock the host's clock, which stamps each step; not null
   * @return the Top 40's shortlist, with a decision and its reasons for every proposal ranked
   */
  // tag::embedding[]
  public static Shortlist finalists(String json, long drawSeed, Clock clock) {
    RuleRegistry registry = SinovikRules.registryBuilder()      // national modules, no KIPP in 2024
        .register(SulawesiSelatan.kipp2023())                    // a regional module, registered by hand
        .build();
    CompetitionDocument document = KippJson.json().readCompetition(json);
    RuleModule rules = document.moduleIn(registry);              // the module it records, or its edition's
    Entries entries = Entries.newBuilder()
        .fromStatuses(document.proposals(), document.statuses())  // drafts are kept, never screened
        .history(document.history())
        .build();
    EditionResult result = Competition.of(rules, drawSeed, clock).replay(entries, document.scoreSheets());
    return result.finalists().orElseThrow().pool(TierId.of("top-40")).orElseThrow().shortlist();
  }
  // end::embedding[]
}
