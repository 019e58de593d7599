package io.github.kipp.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.kipp.core.ProposalId;
import io.github.kipp.core.Reason;
import io.github.kipp.core.TierId;
import io.github.kipp.core.spi.RuleModule;
import io.github.kipp.format.CompetitionDocument;
import io.github.kipp.jackson.KippJson;
import io.github.kipp.rules.sinovik.regional.SulawesiSelatan;
import io.github.kipp.scoring.FrozenScores;
import io.github.kipp.scoring.aggregate.VerificationFinding;
import io.github.kipp.scoring.competition.Competition;
import io.github.kipp.scoring.competition.EditionResult;
import io.github.kipp.scoring.competition.Entries;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/**
 * Runs the README's second embedding snippet — a host running one stage at a time, storing the result
 * and resuming from it in another process — and keeps the README's quotation of it equal to it.
 */
class ResumingSnippetTest {

  private static final Path SOURCE = Path.of("src/test/java/io/github/kipp/examples/ResumingSnippetTest.java");

  @Test
  void a_host_stores_the_result_after_each_stage_and_resumes_to_the_winners_it_would_have_had_without_storing() {
    CompetitionRun run = CompetitionRun.run(SulawesiSelatan.kipp2023(), SampleProvince.generate(SulawesiSelatan.kipp2023().edition(), 120, 11), 11,
        new PrintStream(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8));
    CompetitionDocument document = Report.competition(run);       // the host's stored competition document
    RuleModule rules = SulawesiSelatan.kipp2023();                  // found in the registry, as in the embedding example
    long drawSeed = 11;
    Clock clock = Clock.fixed(Instant.parse("2023-03-31T02:00:00Z"), ZoneOffset.UTC);
    Instant deskClosed = run.deskScores.closedAt();
    Instant presented = run.presentationScores.closedAt();
    Reason ruling = Objects.requireNonNull(run.ruling, "ruling");
    Map<ProposalId, VerificationFinding> findings = run.findings;
    // The same stages without storing anything, to compare with and to pick the finalist objected to.
    Competition direct = Competition.of(rules, drawSeed, clock);
    Entries all = Entries.newBuilder().fromStatuses(document.proposals(), document.statuses()).history(document.history()).build();
    EditionResult unstored = direct.selectFinalists(direct.nominate(direct.screen(all),
        direct.freeze(SulawesiSelatan.SUBSTANCE, document.scoreSheets().get(SulawesiSelatan.SUBSTANCE), deskClosed)));
    ProposalId objected = unstored.finalists().orElseThrow().finalists().get(3);

    // tag::resuming[]
    Competition competition = Competition.of(rules, drawSeed, clock);   // the same module and seed on every day
    Entries entries = Entries.newBuilder().fromStatuses(document.proposals(), document.statuses()).history(document.history()).build();
    FrozenScores desk = competition.freeze(SulawesiSelatan.SUBSTANCE, document.scoreSheets().get(SulawesiSelatan.SUBSTANCE), deskClosed);
    String stored = KippJson.json().write(competition.nominate(competition.screen(entries), desk));   // keep it with the document

    // Weeks later, in another process: the stored steps run again on the document and are checked
    EditionResult nominated = KippJson.json().readEditionResult(stored, document, competition);
    stored = KippJson.json().write(competition.selectFinalists(nominated));

    // After public review (an objection upheld) and the presentations
    EditionResult finalists = KippJson.json().readEditionResult(stored, document, competition);
    EditionResult corrected = competition.removeFinalist(finalists, objected, ruling);
    FrozenScores talks = competition.freeze(SulawesiSelatan.PRESENTATION, document.scoreSheets().get(SulawesiSelatan.PRESENTATION), presented);
    EditionResult winners = competition.award(corrected, List.of(talks), findings);
    // end::resuming[]

    FrozenScores unstoredTalks = direct.freeze(SulawesiSelatan.PRESENTATION, document.scoreSheets().get(SulawesiSelatan.PRESENTATION), presented);
    assertThat(winners).isEqualTo(direct.award(direct.removeFinalist(unstored, objected, ruling), List.of(unstoredTalks), findings));
    assertThat(winners.awardedByTier()).containsEntry(TierId.of("top-30"), 30);
    assertThat(winners.outcome(objected).orElseThrow().citations()).isEqualTo(ruling.citations());
    assertThat(KippJson.json().readEditionResult(KippJson.json().write(winners), document, competition)).isEqualTo(winners);
  }

  @Test
  void the_readme_quotes_the_resuming_region_exactly_and_it_stays_short() throws IOException {
    List<String> lines = Files.readAllLines(SOURCE, StandardCharsets.UTF_8);
    int start = lines.indexOf("    // tag::resuming[]");
    int end = lines.indexOf("    // end::resuming[]");
    assertThat(start).isNotNegative();
    assertThat(end).isGreaterThan(start);
    List<String> region = lines.subList(start + 1, end);
    assertThat(region.size()).as("lines in the resuming region").isLessThanOrEqualTo(20);
    String quoted = region.stream().map(l -> l.startsWith("    ") ? l.substring(4) : l).reduce((a, b) -> a + "\n" + b).orElseThrow();

    String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
    int open = readme.indexOf("<!-- tag::resuming[] -->");
    int close = readme.indexOf("<!-- end::resuming[] -->");
    assertThat(open).isGreaterThan(readme.indexOf("<!-- end::embedding[] -->"));
    assertThat(close).isGreaterThan(open);
    String block = readme.substring(open, close);
    String code = block.substring(block.indexOf("```java\n") + "```java\n".length(), block.lastIndexOf("```")).stripTrailing();
    assertThat(code).isEqualTo(quoted);
  }
}
