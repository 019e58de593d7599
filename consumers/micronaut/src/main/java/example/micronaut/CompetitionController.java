package example.micronaut;

import io.github.kipp.core.TierId;
import io.github.kipp.format.CompetitionDocument;
import io.github.kipp.jackson.KippJson;
import io.github.kipp.rules.sinovik.SinovikRules;
import io.github.kipp.rules.sinovik.regional.SulawesiSelatan;
import io.github.kipp.scoring.competition.Competition;
import io.github.kipp.scoring.competition.Entries;
import io.github.kipp.scoring.rank.Ranking;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import java.time.Clock;

/** A competition document in, the ranking of a finalists' pool out, written by Micronaut's ObjectMapper with kipp's module. */
@Controller("/competitions")
public class CompetitionController {

  @Post("/finalists")
  @Consumes(MediaType.APPLICATION_JSON)
  public Ranking finalists(@Body String json, @QueryValue long seed, @QueryValue String tier) {
    CompetitionDocument document = KippJson.json().readCompetition(json);
    Entries entries = Entries.newBuilder().fromStatuses(document.proposals(), document.statuses()).history(document.history()).build();
    return Competition.of(document.moduleIn(SinovikRules.registryBuilder().register(SulawesiSelatan.kipp2023()).build()), seed, Clock.systemUTC())
        .replay(entries, document.scoreSheets())
        .finalists().orElseThrow().pool(TierId.of(tier)).orElseThrow().shortlist().ranking();
  }
}
