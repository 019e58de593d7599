package io.github.kipp.jackson.readme;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.kipp.core.edition.Edition;
import io.github.kipp.core.innovation.Proposal;
import io.github.kipp.format.CompetitionDocument;
import io.github.kipp.format.KippFormatException;
import io.github.kipp.jackson.KippJson;
import io.github.kipp.jackson.KippModule;
import io.github.kipp.testkit.KippBuilders;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Compiles and runs the README's JSON snippet, and checks the README quotes it. */
class ReadmeJsonSnippetTest {

  @Test
  void a_host_writes_a_competition_reads_it_back_and_registers_the_module_on_its_own_mapper() throws Exception {
    Edition edition = KippBuilders.edition().build();
    List<Proposal> proposals = List.of(KippBuilders.proposalFor(edition).id("p-1").build(), KippBuilders.proposalFor(edition).id("p-2").build());

    // tag::json[]
    CompetitionDocument document = CompetitionDocument.newBuilder()
        .edition(edition).proposals(proposals).build();     // adds the institutions and units they use
    String json = KippJson.json().write(document);           // "formatVersion": "1.1", exact decimals
    CompetitionDocument back = KippJson.json().readCompetition(json);   // or KippFormatException

    ObjectMapper mapper = new ObjectMapper().registerModule(new KippModule());   // your Jackson 2 mapper
    Proposal first = mapper.readValue(mapper.writeValueAsString(proposals.get(0)), Proposal.class);
    // end::json[]

    assertThat(back).isEqualTo(document);
    assertThat(back.proposals()).hasSize(2);
    assertThat(first).isEqualTo(proposals.get(0));
    assertThat(Files.readString(Paths.get("..", "README.md"))).contains(region("json"));
  }

  private static String region(String tag) throws java.io.IOException {
    List<String> lines = Files.readAllLines(Paths.get("src/test/java/io/github/kipp/jackson/readme/ReadmeJsonSnippetTest.java"));
    int start = lines.indexOf("    // tag::" + tag + "[]");
    int end = lines.indexOf("    // end::" + tag + "[]");
    assertThat(start).isNotNegative();
    assertThat(end).isGreaterThan(start);
    return lines.subList(start + 1, end).stream().map(l -> l.length() >= 4 ? l.substring(4) : l.strip()).collect(Collectors.joining("\n"));
  }
}
