package io.github.kipp.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.kipp.format.CompetitionDocument;
import io.github.kipp.format.KippFormat;
import io.github.kipp.format.KippFormatException;
import io.github.kipp.scoring.competition.EditionResult;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The JSON Schemas kipp-format ships ({@link KippFormat#schema}) describe what a Jackson line writes:
 * each document kind, written by the line of the subclass ({@link #line()}), is validated against
 * its schema the same way on both lines, and a document the schema refuses is refused by the line's
 * reader too.
 */
public abstract class SharedSchemas {

  private static final ObjectMapper PLAIN = new ObjectMapper();

  /**
   * Returns the line whose output is validated.
   *
   * @return the line
   */
  protected abstract Line line();

  /**
   * Returns a schema kipp-format ships, ready to validate with.
   *
   * @param name the schema's name, one of {@link KippFormat#SCHEMAS}
   * @return the schema
   */
  static Schema schema(String name) {
    try (InputStream in = new ByteArrayInputStream(KippFormat.schema(name).getBytes(StandardCharsets.UTF_8))) {
      return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads JSON as a tree of the validator's Jackson 2.
   *
   * @param json the text
   * @return the tree
   */
  static JsonNode tree(String json) {
    try {
      return PLAIN.readTree(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private List<Error> errors(String schema, Object value) {
    return schema(schema).validate(tree(line().write(value)));
  }

  @Test
  public void the_competition_and_results_documents_written_are_valid_against_their_schemas() {
    assertThat(errors("competition-" + KippFormat.FORMAT_VERSION, JacksonFixtures.competition())).isEmpty();
    assertThat(errors("results-" + KippFormat.FORMAT_VERSION, JacksonFixtures.results())).isEmpty();
  }

  @Test
  public void a_stored_edition_result_after_each_step_is_valid_against_its_schema() {
    List<EditionResult> steps = EditionRuns.golden().steps().all();

    assertThat(steps).hasSizeGreaterThanOrEqualTo(4);
    steps.forEach(step -> assertThat(errors("edition-result-" + KippFormat.EDITION_RESULT_FORMAT_VERSION, step)).isEmpty());
  }

  @Test
  public void a_stored_edition_result_with_proposals_restored_by_upheld_appeals_is_valid_against_its_schema() {
    for (EditionResult step : EditionRuns.appealed().restoredSteps()) {
      assertThat(line().write(step)).contains("\"restorations\"");
      assertThat(errors("edition-result-" + KippFormat.EDITION_RESULT_FORMAT_VERSION, step)).isEmpty();
    }
  }

  @Test
  public void the_replication_network_written_is_valid_against_its_schema() {
    assertThat(errors("replication-network-" + KippFormat.REPLICATION_NETWORK_FORMAT_VERSION, ReplicationNetworkJsonTest.top5Replikasi2021()))
        .isEmpty();
  }

  @Test
  public void the_regional_innovation_index_report_and_assessment_written_are_valid_against_their_schemas() {
    assertThat(errors("iid-report-1.0", IidFixtures.report())).isEmpty();
    assertThat(errors("iid-assessment-1.0", IidFixtures.assessment())).isEmpty();
  }

  @Test
  public void a_competition_document_with_a_field_the_schema_does_not_know_is_refused_by_schema_and_reader() {
    ObjectNode document = (ObjectNode) tree(line().write(JacksonFixtures.competition()));
    document.put("unexpected", true);
    String text = document.toString();

    assertThat(schema("competition-" + KippFormat.FORMAT_VERSION).validate(tree(text))).isNotEmpty();
    assertThat(catchThrowable(() -> line().readCompetition(text))).isInstanceOf(KippFormatException.class);
    assertThat(line().readCompetition(line().write(JacksonFixtures.competition()))).isInstanceOf(CompetitionDocument.class);
  }
}
