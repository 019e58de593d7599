package io.github.kipp.rules.iid;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.github.kipp.core.Decision;
import io.github.kipp.core.InnovationId;
import io.github.kipp.core.Reason;
import io.github.kipp.core.institution.RegionCatalogue;
import io.github.kipp.core.institution.RegionCode;
import io.github.kipp.core.rule.RuleRegistry;
import io.github.kipp.core.spi.Jurisdiction;
import io.github.kipp.core.spi.RuleModule;
import io.github.kipp.rules.iid.spi.BasicServiceAffair;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs the golden scenarios under {@code src/test/resources/scenarios/<module>/}: each a report in
 * the module's own YAML format (docs/iid.md) with the claimed and verified index, band, count of
 * innovations, divisor, count part and refusals expected. The module is looked up in a registry by
 * family and date, as a host would.
 */
class GoldenScenariosTest {

  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
  private static final RuleRegistry REGISTRY = RuleRegistry.newBuilder()
      .register(IidRules.edition2023()).register(IidRules.edition2026()).register(IidRules.edition2027()).build();

  @TestFactory
  Stream<DynamicTest> every_scenario_gives_the_expected_indices() {
    return files().stream().map(f -> DynamicTest.dynamicTest(f.getParent().getFileName() + "/" + f.getFileName(), () -> run(f)));
  }

  @Test
  void each_dated_module_has_at_least_fifteen_scenarios() {
    Map<String, Long> perModule = files().stream()
        .collect(Collectors.groupingBy(f -> f.getParent().getFileName().toString(), TreeMap::new, Collectors.counting()));
    assertThat(perModule.get("iid-2023")).isGreaterThanOrEqualTo(15);
    assertThat(perModule.get("iid-2026")).isGreaterThanOrEqualTo(15);
    assertThat(perModule.get("iid-2027")).isGreaterThanOrEqualTo(15);
  }

  private static List<Path> files() {
    URL root = Objects.requireNonNull(GoldenScenariosTest.class.getResource("/scenarios"), "scenarios on the test class path");
    try (Stream<Path> walk = Files.walk(Paths.get(root.toURI()))) {
      return walk.filter(p -> p.toString().endsWith(".yaml")).sorted().collect(Collectors.toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void run(Path file) throws IOException {
    JsonNode doc = YAML.readTree(file.toFile());
    int year = doc.get("year").asInt();
    RuleModule module = REGISTRY.moduleFor(IidRules.FAMILY, Jurisdiction.NATIONAL, LocalDate.of(year, 7, 1));
    assertThat(module.id().value()).isEqualTo(doc.get("module").asText());
    RegionalReport.Builder report = RegionalReport.newBuilder(
        RegionCatalogue.bundled().require(RegionCode.of(doc.get("region").asText())), year);
    report.spd(rows(doc.get("spd")));
    for (JsonNode i : doc.get("innovations")) {
      int copies = i.has("copies") ? i.get("copies").asInt() : 1;
      for (int k = 1; k <= copies; k++) {
        String id = copies == 1 ? i.get("id").asText() : i.get("id").asText() + "-" + k;
        InnovationEntry.Builder e = InnovationEntry.newBuilder(InnovationId.of(id), "Inovasi " + id)
            .implementedOn(LocalDate.parse(i.get("implemented").asText()))
            .narrativeWords(i.get("words").asInt())
            .earlierEntries(i.has("earlier") ? i.get("earlier").asInt() : 0)
            .rows(rows(i.get("rows")));
        if (i.has("affair")) {
          e.affair(BasicServiceAffair.valueOf(i.get("affair").asText()));
        }
        report.innovation(e.build());
      }
    }
    IndexAssessment a = InnovationIndex.of(module).assess(report.build());
    check(a.claimed(), doc.get("expect").get("claimed"));
    check(a.verified(), doc.get("expect").get("verified"));
  }

  private static void check(IndexScore s, JsonNode expected) {
    assertThat(s.index()).as("%s index", s.view()).isEqualTo(new BigDecimal(expected.get("index").asText()));
    assertThat(s.band().name()).as("%s band", s.view()).isEqualTo(expected.get("band").asText());
    assertThat(s.counted()).as("%s innovations counted", s.view()).isEqualTo(expected.get("counted").asInt());
    assertThat(s.divisor()).as("%s divisor", s.view()).isEqualTo(expected.get("divisor").asInt());
    assertThat(s.countPart()).as("%s count part", s.view()).isEqualByComparingTo(expected.get("countPart").asText());
    Map<String, List<String>> refusals = new TreeMap<>();
    for (Decision d : s.eligibility()) {
      if (!d.passed()) {
        refusals.put(d.subject(), d.reasons().stream().map(Reason::code).collect(Collectors.toList()));
      }
    }
    Map<String, List<String>> expectedRefusals = new TreeMap<>();
    if (expected.has("refusals")) {
      Iterator<Map.Entry<String, JsonNode>> it = expected.get("refusals").fields();
      while (it.hasNext()) {
        Map.Entry<String, JsonNode> e = it.next();
        List<String> codes = new ArrayList<>();
        e.getValue().forEach(c -> codes.add(c.asText()));
        expectedRefusals.put(e.getKey(), codes);
      }
    }
    assertThat(refusals).as("%s refusals", s.view()).isEqualTo(expectedRefusals);
  }

  private static List<IndicatorRow> rows(JsonNode node) {
    List<IndicatorRow> out = new ArrayList<>();
    Iterator<Map.Entry<String, JsonNode>> it = node.fields();
    while (it.hasNext()) {
      Map.Entry<String, JsonNode> e = it.next();
      String v = e.getValue().asText();
      String id = e.getKey();
      if (v.endsWith("u")) {
        out.add(Reports.unverified(id, Integer.parseInt(v.substring(0, v.length() - 1))));
      } else if (v.endsWith("n")) {
        out.add(IndicatorRow.withoutEvidence(id, Integer.parseInt(v.substring(0, v.length() - 1))));
      } else {
        out.add(Reports.verified(id, Integer.parseInt(v)));
      }
    }
    return out;
  }
}
