package io.github.kipp.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.kipp.core.ProposalId;
import io.github.kipp.core.innovation.Proposal;
import io.github.kipp.rules.sinovik.regional.SulawesiSelatan;
import io.github.kipp.scoring.shortlist.Shortlist;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

/** Runs the embedding example and keeps the README's quotation of it equal to its source. */
class EmbeddingExampleTest {

  @Test
  void the_embedding_example_screens_ranks_and_shortlists_the_top_40() {
    List<Proposal> proposals = SampleProvince.generate(SulawesiSelatan.kipp2023().edition(), 70, 11).proposals;
    Map<ProposalId, BigDecimal> scores = new TreeMap<>();
    Random random = new Random(11);
    proposals.forEach(p -> scores.put(p.id(), BigDecimal.valueOf(5000 + random.nextInt(5000), 2)));

    Shortlist finalists = EmbeddingExample.finalists(proposals, scores, 11);

    assertThat(finalists.included()).hasSize(40);
    assertThat(finalists.ranking().size()).isEqualTo(proposals.size() - 4);
    assertThat(finalists.included()).extracting(e -> e.proposal().value()).doesNotContain("sulsel-2023-luar-provinsi");
    BigDecimal lowestIn = finalists.included().stream().map(e -> e.score()).min(BigDecimal::compareTo).orElseThrow();
    assertThat(finalists.excluded()).allSatisfy(e -> assertThat(e.score()).isLessThanOrEqualTo(lowestIn));
    assertThat(finalists.decisions()).hasSize(finalists.ranking().size());
  }

  @Test
  void the_readme_quotes_the_embedding_region_exactly() throws IOException {
    List<String> lines = Files.readAllLines(Paths.get("src/main/java/io/github/kipp/examples/EmbeddingExample.java"), StandardCharsets.UTF_8);
    int start = lines.indexOf("    // tag::embedding[]");
    int end = lines.indexOf("    // end::embedding[]");
    assertThat(start).isNotNegative();
    assertThat(end).isGreaterThan(start);
    List<String> region = lines.subList(start + 1, end);
    assertThat(region.size()).as("lines in the embedding region").isLessThan(40);
    String quoted = region.stream().map(l -> l.startsWith("    ") ? l.substring(4) : l).reduce((a, b) -> a + "\n" + b).orElseThrow();

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
