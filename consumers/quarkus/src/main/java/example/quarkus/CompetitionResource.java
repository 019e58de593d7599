package example.quarkus;

import io.github.kipp.core.TierId;
import io.github.kipp.format.CompetitionDocument;
import io.github.kipp.jackson.KippJson;
import io.github.kipp.rules.sinovik.SinovikRules;
import io.github.kipp.rules.sinovik.regional.SulawesiSelatan;
import io.github.kipp.scoring.competition.Competition;
import io.github.kipp.scoring.competition.Entries;
import io.github.kipp.scoring.rank.Ranking;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;

/** A competition document in, the ranking of a finalists' pool out, written by Quarkus's ObjectMapper with kipp's module. */
@Path("/competitions/finalists")
public class CompetitionResource {

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  public Ranking finalists(String json, @QueryParam("seed") long seed, @QueryParam("tier") String tier) {
    CompetitionDocument document = KippJson.json().readCompetition(json);
    Entries entries = Entries.newBuilder().fromStatuses(document.proposals(), document.statuses()).history(document.history()).build();
    return Competition.of(document.moduleIn(SinovikRules.registryBuilder().register(SulawesiSelatan.kipp2023()).build()), seed, Clock.systemUTC())
        .replay(entries, document.scoreSheets())
        .finalists().orElseThrow().pool(TierId.of(tier)).orElseThrow().shortlist().ranking();
  }
}
