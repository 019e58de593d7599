package io.github.kipp.rules.sinovik.readme;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.kipp.core.Citation;
import io.github.kipp.core.EditionId;
import io.github.kipp.core.KippTime;
import io.github.kipp.core.LocalizedText;
import io.github.kipp.core.eligibility.EligibilityContext;
import io.github.kipp.core.eligibility.EligibilityScreen;
import io.github.kipp.core.eligibility.ScreeningResult;
import io.github.kipp.core.innovation.Proposal;
import io.github.kipp.core.institution.RegionCode;
import io.github.kipp.core.rule.RuleRegistry;
import io.github.kipp.core.spi.Jurisdiction;
import io.github.kipp.core.spi.RuleModule;
import io.github.kipp.core.rule.RuleModuleDiff;
import io.github.kipp.rules.sinovik.ModuleFiles;
import io.github.kipp.rules.sinovik.SinovikKeys;
import io.github.kipp.rules.sinovik.SinovikModule;
import io.github.kipp.rules.sinovik.SinovikRules;
import io.github.kipp.testkit.KippBuilders;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Compiles and runs the README's snippets about rule modules, and checks the README quotes them. */
class ReadmeSnippetsTest {

  @Test
  void a_host_picks_the_module_in_force_by_date_and_screens_proposals() throws IOException {
    List<Proposal> proposals = List.of(KippBuilders.proposalFor(SinovikRules.edition2023().edition()).id("p-1").build());

    // tag::pick-by-date[]
    RuleRegistry registry = SinovikRules.registry();        // 2021, 2022, 2023, 2025; no KIPP in 2024
    RuleModule rules = registry.moduleFor(Jurisdiction.NATIONAL, LocalDate.of(2023, 4, 10));

    EligibilityContext context = EligibilityContext.newBuilder(rules.edition()).submitted(proposals).build();
    ScreeningResult screening = EligibilityScreen.of(rules.eligibilityRules()).screen(proposals, context);
    List<String> refusals = screening.ineligible().stream()
        .flatMap(id -> screening.outcome(id).orElseThrow().failures().stream()
            .map(d -> id + ": " + d.reasons().get(0).message().indonesian() + " [" + d.citations().get(0) + "]"))
        .collect(Collectors.toList());
    // end::pick-by-date[]

    assertThat(rules.id().value()).isEqualTo("sinovik-2023");
    assertThat(screening.eligible()).hasSize(1);
    assertThat(refusals).isEmpty();
    assertThat(readme()).contains(region("pick-by-date"));
  }

  @Test
  void a_region_extends_a_national_module_with_cited_overrides() throws IOException {
    // tag::extend-region[]
    Citation panduan = Citation.reported("Panduan KIPP Provinsi Sulawesi Selatan", "Bab III");
    SinovikModule sulsel = SinovikModule.extend(SinovikRules.edition2023())
        .variant("sulsel-2023")                               // id: sinovik-2023/sulsel-2023
        .title(LocalizedText.of("KIPP Provinsi Sulawesi Selatan 2023", "South Sulawesi KIPP 2023"))
        .jurisdiction(Jurisdiction.province(RegionCode.of("73"), LocalizedText.same("Provinsi Sulawesi Selatan")))
        .legalBasis(panduan)
        .override(SinovikKeys.EDITION_ID, EditionId.of("sulsel-2023"), panduan)   // its own edition, found by its id
        .override(SinovikKeys.ZONE, KippTime.MAKASSAR, panduan)
        .override(SinovikKeys.ENTRANT_REGION, RegionCode.of("73"), panduan)
        .build();
    RuleRegistry registry = SinovikRules.registryBuilder().register(sulsel).build();
    // end::extend-region[]

    assertThat(registry.moduleFor(sulsel.jurisdiction(), LocalDate.of(2023, 3, 1))).isSameAs(sulsel);
    assertThat(registry.moduleFor(EditionId.of("sulsel-2023"))).isSameAs(sulsel);
    assertThat(readme()).contains(region("extend-region"));
  }

  @Test
  void a_region_writes_its_module_as_one_reviewed_file_of_at_most_forty_lines() throws IOException {
    Path file = Paths.get("src/test/resources/modules/takalar-2023.yaml");

    // tag::module-file[]
    String text = Files.readString(file, StandardCharsets.UTF_8);       // takalar-2023.yaml, above
    SinovikModule takalar = ModuleFiles.read("takalar-2023.yaml", text, SinovikRules.registry());
    RuleRegistry registry = SinovikRules.registryBuilder().register(takalar).build();
    // end::module-file[]

    assertThat(text.lines().count()).isLessThanOrEqualTo(40);
    assertThat(readme()).contains("```yaml\n" + text + "```").contains(region("module-file"));
    assertThat(registry.moduleFor(EditionId.of("takalar-2023"))).isSameAs(takalar);
    assertThat(RuleModuleDiff.between(SinovikRules.edition2023(), takalar).changes()).hasSize(6);
  }

  static String readme() throws IOException {
    return Files.readString(Paths.get("..", "README.md"));
  }

  static String region(String tag) throws IOException {
    List<String> lines = Files.readAllLines(Paths.get("src/test/java/io/github/kipp/rules/sinovik/readme/ReadmeSnippetsTest.java"));
    int start = lines.indexOf("    // tag::" + tag + "[]");
    int end = lines.indexOf("    // end::" + tag + "[]");
    assertThat(start).isNotNegative();
    assertThat(end).isGreaterThan(start);
    return lines.subList(start + 1, end).stream().map(l -> l.length() >= 4 ? l.substring(4) : l.strip()).collect(Collectors.joining("\n"));
  }
}
