package io.github.kipp.testkit.readme;

import static io.github.kipp.testkit.KippAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.kipp.core.eligibility.EligibilityContext;
import io.github.kipp.core.eligibility.EligibilityScreen;
import io.github.kipp.core.innovation.Proposal;
import io.github.kipp.core.spi.RuleModule;
import io.github.kipp.testkit.KippBuilders;
import io.github.kipp.testkit.ScoringRulesContract;
import io.github.kipp.testkit.SampleModule;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Compiles and runs the README's "Testing with kipp" snippet, and checks the README quotes it. */
class ReadmeTestingSnippetTest {

  // tag::testing-with-kipp[]
  @Nested
  class MyRegionalModuleTest implements ScoringRulesContract {   // 11 checks (C1-C6, S1-S5) + golden scenarios (C7)

    @Override
    public RuleModule subject() {
      return new SampleModule();                                  // your module
    }

    @Override
    public Optional<String> scenarioFolder() {
      return Optional.of("scenarios/sample");                     // src/test/resources/scenarios/sample/*.yaml
    }

    @Test
    void a_proposal_one_day_too_young_is_refused_with_its_citation() {
      Proposal young = KippBuilders.proposalFor(subject().edition()).started(LocalDate.of(2021, 5, 7)).build();
      var outcome = EligibilityScreen.of(subject().eligibilityRules())
          .screen(young, EligibilityContext.newBuilder(subject().edition()).build());

      assertThat(outcome).isIneligible().failsExactly("minimum-age").cites("Pedoman Uji 1/2023");
    }
  }
  // end::testing-with-kipp[]

  @Test
  void the_readme_quotes_the_snippet() throws IOException {
    List<String> lines = Files.readAllLines(Paths.get("src/test/java/io/github/kipp/testkit/readme/ReadmeTestingSnippetTest.java"));
    int start = lines.indexOf("  // tag::testing-with-kipp[]");
    int end = lines.indexOf("  // end::testing-with-kipp[]");
    String snippet = lines.subList(start + 1, end).stream().map(l -> l.length() >= 2 ? l.substring(2) : l.strip()).collect(Collectors.joining("\n"));
    assertThat(Files.readString(Paths.get("..", "README.md"))).contains(snippet);
  }
}
