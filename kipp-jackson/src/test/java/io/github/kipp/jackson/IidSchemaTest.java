package io.github.kipp.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.kipp.format.KippFormatException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Schema;
import io.github.kipp.rules.iid.IidModule;
import io.github.kipp.rules.iid.IidRules;
import io.github.kipp.rules.iid.IndexAssessment;
import io.github.kipp.rules.iid.InnovationIndex;
import io.github.kipp.rules.iid.RegionalReport;
import io.github.kipp.testkit.iid.IidGenerators;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The JSON Schemas of the regional innovation index's report and assessment describe what kipp writes. */
class IidSchemaTest {

  private static final ObjectMapper PLAIN = new ObjectMapper();
  private static final Schema REPORT = schema("iid-report-1.0");
  private static final Schema ASSESSMENT = schema("iid-assessment-1.0");
  private static final List<IidModule> MODULES = IidRules.modules();

  private static Schema schema(String name) {
    return SharedSchemas.schema(name);
  }

  private static ObjectNode tree(String json) {
    try {
      return (ObjectNode) PLAIN.readTree(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  @Tag("slow") // a whole-run property of many seconds, left out of mutation runs (docs/quality.md)
  void every_written_report_and_assessment_is_valid() {
    qt().withFixedSeed(75).withExamples(1_000).forAll(integers().between(0, MODULES.size() - 1).flatMap(m -> IidGenerators.reports(MODULES.get(m))))
        .checkAssert(r -> {
          assertThat(REPORT.validate(tree(KippJson.json().write(r)))).isEmpty();
          IidModule module = MODULES.stream().filter(m -> m.editionYear() == r.year()).findFirst().orElseThrow();
          assertThat(ASSESSMENT.validate(tree(KippJson.json().write(InnovationIndex.of(module).assess(r))))).isEmpty();
        });
  }

  @Test
  void a_verified_row_without_evidence_and_a_level_of_four_are_refused_by_schema_and_reader() {
    ObjectNode doc = tree(KippJson.json().write(IidFixtures.report()));
    ((ObjectNode) doc.get("spd").get(5)).put("verified", true);
    assertThat(REPORT.validate(doc)).isNotEmpty();
    assertThat(catchThrowable(() -> KippJson.json().read(doc.toString(), RegionalReport.class))).isInstanceOf(KippFormatException.class);

    ObjectNode four = tree(KippJson.json().write(IidFixtures.report()));
    ((ObjectNode) four.get("spd").get(0)).put("level", 4);
    assertThat(REPORT.validate(four)).isNotEmpty();
    assertThat(catchThrowable(() -> KippJson.json().read(four.toString(), RegionalReport.class))).isInstanceOf(KippFormatException.class);
  }

  @Test
  void an_assessment_without_its_explanation_is_refused_by_schema_and_reader() {
    ObjectNode doc = tree(KippJson.json().write(IidFixtures.assessment()));
    doc.remove("explanation");
    assertThat(ASSESSMENT.validate(doc)).isNotEmpty();
    assertThat(catchThrowable(() -> KippJson.json().read(doc.toString(), IndexAssessment.class))).isInstanceOf(KippFormatException.class);
  }
}
