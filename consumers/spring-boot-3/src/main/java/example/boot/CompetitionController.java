package example.boot;

import io.github.kipp.core.InvalidInputException;
import io.github.kipp.core.TierId;
import io.github.kipp.core.Violation;
import io.github.kipp.core.rule.RuleRegistry;
import io.github.kipp.core.spi.RuleModule;
import io.github.kipp.format.CompetitionDocument;
import io.github.kipp.format.KippFormatException;
import io.github.kipp.jackson.KippJson;
import io.github.kipp.scoring.competition.Competition;
import io.github.kipp.scoring.competition.EditionResult;
import io.github.kipp.scoring.competition.Entries;
import io.github.kipp.scoring.rank.Ranking;
import jakarta.validation.Valid;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** A competition document in, the ranking of a finalists' pool out; a form checked with kipp's constraints. */
@RestController
class CompetitionController {

  private final RuleRegistry registry;
  private final Clock clock;

  CompetitionController(RuleRegistry registry, Clock clock) {
    this.registry = registry;
    this.clock = clock;
  }

  /** Runs the stages the document's module declares and returns the ranking of one finalists' pool. */
  @PostMapping(path = "/competitions/finalists", consumes = MediaType.APPLICATION_JSON_VALUE)
  Ranking finalists(@RequestBody String json, @RequestParam long seed, @RequestParam String tier) {
    CompetitionDocument document = KippJson.json().readCompetition(json);
    RuleModule rules = document.moduleIn(registry);
    Entries entries = Entries.newBuilder()
        .fromStatuses(document.proposals(), document.statuses())
        .history(document.history())
        .build();
    EditionResult result = Competition.of(rules, seed, clock).replay(entries, document.scoreSheets());
    return result.finalists().orElseThrow().pool(TierId.of(tier)).orElseThrow().shortlist().ranking();
  }

  /** Accepts a registration form whose fields carry kipp's constraints. */
  @PostMapping(path = "/registrations", consumes = MediaType.APPLICATION_JSON_VALUE)
  Map<String, String> register(@Valid @RequestBody RegistrationForm form) {
    return Map.of("accepted", form.name());
  }

  /** kipp's refusal of bad input, with every violation's code and path. */
  @ExceptionHandler({InvalidInputException.class, KippFormatException.class})
  @ResponseStatus(HttpStatus.UNPROCESSABLE_ENTITY)
  Map<String, Object> refused(RuntimeException e) {
    List<Violation> found = e instanceof InvalidInputException invalid
        ? invalid.violations()
        : ((KippFormatException) e).violations();
    List<Map<String, String>> violations = found.stream().map(v -> Map.of("code", v.code(), "path", v.path())).toList();
    return Map.of("violations", violations);
  }
}
