package io.github.kipp.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableSortedMap;
import io.github.kipp.core.GroupId;
import io.github.kipp.core.ProposalId;
import io.github.kipp.core.eligibility.EligibilityContext;
import io.github.kipp.core.eligibility.EligibilityScreen;
import io.github.kipp.core.eligibility.ScreeningResult;
import io.github.kipp.core.innovation.Proposal;
import io.github.kipp.core.stage.Stages;
import io.github.kipp.format.CompetitionDocument;
import io.github.kipp.jackson.KippJson;
import io.github.kipp.rules.sinovik.SinovikModule;
import io.github.kipp.rules.sinovik.regional.SulawesiSelatan;
import io.github.kipp.scoring.FrozenScores;
import io.github.kipp.scoring.ScoreSheet;
import io.github.kipp.scoring.aggregate.AggregationResult;
import io.github.kipp.scoring.rank.Candidate;
import io.github.kipp.scoring.rank.Ranker;
import io.github.kipp.scoring.shortlist.Shortlist;
import io.github.kipp.scoring.shortlist.Shortlister;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Runs the embedding example and keeps the README's quotation of it equal to its source. */
class EmbeddingExampleTest {

  @Test
  void the_embedding_example_shortlists_the_top_40_as_the_engines_wired_by_hand_do() {
    CompetitionRun run = CompetitionRun.run(SulawesiSelatan.kipp2023(), SampleProvince.generate(SulawesiSelatan.kipp2023().edition(), 120, 11), 11,
        new PrintStream(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8));
    // The run's own document records its sample-run variant; a host of the province records the province's module.
    CompetitionDocument run1 = Report.competition(run);
    CompetitionDocument document = CompetitionDocument.newBuilder().module(SulawesiSelatan.kipp2023()).edition(run1.edition())
        .institutions(run1.institutions()).units(run1.units()).proposals(run1.proposals()).statuses(run1.statuses())
        .scoreSheets(run1.scoreSheets().values().stream().flatMap(List::stream).collect(Collectors.toList())).history(run1.history()).build();
    String json = KippJson.json().write(document);

    Shortlist finalists = EmbeddingExample.finalists(json, 11, Clock.fixed(Instant.parse("2023-03-01T00:00:00Z"), ZoneOffset.UTC));

    // The same steps wired by hand from the module's parts, as hosts had to before.
    SinovikModule module = SulawesiSelatan.kipp2023();
    List<Proposal> submitted = document.proposals().stream()
        .filter(p -> document.statuses().stream().anyMatch(st -> st.proposal().equals(p.id()) && st.hasReached(Stages.SUBMITTED)))
        .collect(Collectors.toList());
    Map<ProposalId, Instant> times = new TreeMap<>();
    document.statuses().forEach(st -> st.history().stream().filter(t -> t.to().equals(Stages.SUBMITTED)).forEach(t -> times.put(st.proposal(), t.at())));
    ScreeningResult screening = EligibilityScreen.of(module.eligibilityRules())
        .screen(submitted, EligibilityContext.newBuilder(module.edition()).submitted(submitted).submittedAt(times).build());
    List<ScoreSheet> sheets = document.scoreSheets().get(SulawesiSelatan.SUBSTANCE);
    Instant closed = sheets.stream().map(ScoreSheet::submittedAt).max(Instant::compareTo).orElseThrow();
    AggregationResult desk = module.aggregation(SulawesiSelatan.SUBSTANCE)
        .aggregate(FrozenScores.of(module.criteria(SulawesiSelatan.SUBSTANCE).orElseThrow(), sheets, closed));
    List<Candidate> candidates = new ArrayList<>();
    for (ProposalId id : screening.eligible()) {
      Proposal p = submitted.stream().filter(x -> x.id().equals(id)).findFirst().orElseThrow();
      desk.score(id).ifPresent(s -> candidates.add(new Candidate(p, s.score(), ImmutableSortedMap.of(SulawesiSelatan.SUBSTANCE, s.score()),
          s.criterionMeans(), Optional.ofNullable(times.get(id)))));
    }
    Ranker ranker = Ranker.withTieBreaks(module.tieBreaks().build(11));
    List<Candidate> nominated = module.nominations().get(GroupId.of("umum")).apply(ranker.rank(candidates)).passed().stream()
        .map(e -> e.candidate()).collect(Collectors.toList());
    Shortlist expected = Shortlister.create().select(ranker.rank(nominated), module.finalists().get(0).spec());

    assertThat(finalists.included()).hasSize(40);
    assertThat(finalists.included()).extracting(e -> e.proposal()).containsExactlyElementsOf(
        expected.included().stream().map(e -> e.proposal()).collect(Collectors.toList()));
    assertThat(finalists.ranking().entries()).extracting(e -> e.score()).containsExactlyElementsOf(
        expected.ranking().entries().stream().map(e -> e.score()).collect(Collectors.toList()));
    assertThat(finalists.decisions()).hasSize(50);
  }

  @Test
  void the_readme_quotes_the_embedding_region_exactly() throws IOException {
    List<String> lines = Files.readAllLines(Paths.get("src/main/java/io/github/kipp/examples/EmbeddingExample.java"), StandardCharsets.UTF_8);
    int start = lines.indexOf("  // tag::embedding[]");
    int end = lines.indexOf("  // end::embedding[]");
    assertThat(start).isNotNegative();
    assertThat(end).isGreaterThan(start);
    List<String> region = lines.subList(start + 1, end);
    assertThat(region.size()).as("lines in the embedding region").isLessThanOrEqualTo(15);
    String quoted = region.stream().map(l -> l.startsWith("  ") ? l.substring(2) : l).reduce((a, b) -> a + "\n" + b).orElseThrow();

    String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
    int open = readme.indexOf("<!-- tag::embedding[] -->");
    int close = readme.indexOf("<!-- end::embedding[] -->");
    assertThat(open).isNotNegative();
    assertThat(close).isGreaterThan(open);
    String block = readme.substring(open, close);
    String code = block.substring(block.indexOf("```java\n") + "```java\n".length(), block.lastIndexOf("```")).stripTrailing();
    assertThat(code).isEqualTo(quoted);
  }
}
