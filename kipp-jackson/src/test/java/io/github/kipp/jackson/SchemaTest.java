package io.github.kipp.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.quicktheories.QuickTheory.qt;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.kipp.format.KippFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * The JSON Schemas shipped as resources describe exactly what kipp writes: every written document
 * is valid, and documents the schema refuses are refused by the reader too.
 */
class SchemaTest {

  private static final ObjectMapper PLAIN = new ObjectMapper();
  private static final Schema COMPETITION = schema("competition", KippJson.FORMAT_VERSION);
  private static final Schema RESULTS = schema("results", KippJson.FORMAT_VERSION);
  private static final Schema PUBLISHED_RESULT = definition("results", "publishedResult");
  private static final Schema EDITION_RESULT = schema("edition-result", KippJson.EDITION_RESULT_FORMAT_VERSION);

  /** One definition of a shipped schema, as a schema of its own that keeps every other definition. */
  private static Schema definition(String name, String def) {
    try (InputStream in = new java.io.ByteArrayInputStream(io.github.kipp.format.KippFormat.schema(name + "-" + KippJson.FORMAT_VERSION).getBytes(java.nio.charset.StandardCharsets.UTF_8))) {
      ObjectNode root = (ObjectNode) PLAIN.readTree(in);
      ObjectNode only = PLAIN.createObjectNode();
      only.set("$schema", root.get("$schema"));
      only.set("$defs", root.get("$defs"));
      only.put("$ref", "#/$defs/" + def);
      return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(only);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Schema schema(String name, String version) {
    return SharedSchemas.schema(name + "-" + version);
  }

  private static JsonNode tree(String json) {
    return SharedSchemas.tree(json);
  }

  private static List<Error> errors(Schema schema, String json) {
    return schema.validate(tree(json));
  }

  @Test
  void the_written_fixture_documents_are_valid() {
    assertThat(errors(COMPETITION, KippJson.json().write(JacksonFixtures.competition()))).isEmpty();
    assertThat(errors(RESULTS, KippJson.json().write(JacksonFixtures.results()))).isEmpty();
  }

  @Test
  void every_written_published_result_is_valid_and_a_correction_without_its_reason_is_refused_by_schema_and_reader() {
    qt().withFixedSeed(73).withExamples(1_000).forAll(JsonGenerators.publishedResults())
        .checkAssert(r -> assertThat(errors(PUBLISHED_RESULT, KippJson.json().write(r))).isEmpty());
    io.github.kipp.core.audit.PublishedResult first = io.github.kipp.core.audit.PublishedResult.of("B/12/2023", "Top 99",
        java.time.Instant.parse("2023-06-01T08:00:00Z"), List.of("1. p-1"));
    io.github.kipp.core.audit.PublishedResult corrected = first.correctedBy("B/13/2023", first.at().plusSeconds(60), List.of("1. p-2"),
        io.github.kipp.core.Reason.of("objection.upheld", io.github.kipp.core.LocalizedText.of("Sanggahan diterima", "Objection upheld"),
            io.github.kipp.core.Citation.regulation("PermenPANRB 35/2023", "Pasal 10")));
    ObjectNode doc = (ObjectNode) tree(KippJson.json().write(corrected));
    doc.remove("reason");

    assertThat(errors(PUBLISHED_RESULT, doc.toString())).isNotEmpty();
    assertThat(catchThrowable(() -> KippJson.json().read(doc.toString(), io.github.kipp.core.audit.PublishedResult.class)))
        .isInstanceOf(KippFormatException.class);
  }

  @Test
  void the_stored_documents_of_format_1_0_are_valid_under_the_schemas_of_1_0_and_not_under_those_of_1_1() throws IOException {
    Schema competition10 = schema("competition", "1.0");
    String stored = java.nio.file.Files.readString(java.nio.file.Path.of("src/test/resources/golden/competition-document-1.0.json"));

    assertThat(errors(competition10, stored)).isEmpty();
    assertThat(errors(COMPETITION, stored)).isNotEmpty();
    ObjectNode withModule = (ObjectNode) tree(stored);
    withModule.set("module", tree(KippJson.json().write(JacksonFixtures.competition())).get("module"));
    assertThat(errors(competition10, withModule.toString())).as("a 1.0 document has no module").isNotEmpty();
  }

  @Test
  void every_written_competition_document_is_valid() {
    qt().withFixedSeed(71).withExamples(1_000).forAll(JsonGenerators.competitions())
        .checkAssert(d -> assertThat(errors(COMPETITION, KippJson.json().write(d))).isEmpty());
  }

  @Test
  void every_written_results_document_is_valid() {
    qt().withFixedSeed(72).withExamples(1_000).forAll(JsonGenerators.results())
        .checkAssert(x -> assertThat(errors(RESULTS, KippJson.json().write(x.results()))).isEmpty());
  }

  @Test
  void every_written_edition_result_is_valid_after_every_step() {
    // One example is a whole competition of up to 40 proposals, each of its steps' results written.
    qt().withFixedSeed(74).withExamples(1_000)
        .forAll(org.quicktheories.generators.SourceDSL.integers().between(0, EditionRuns.MODULES.size() - 1),
            org.quicktheories.generators.SourceDSL.integers().between(1, 40), org.quicktheories.generators.SourceDSL.longs().all())
        .checkAssert((m, n, seed) -> EditionRuns.generate(m, n, seed).everyStep()
            .forEach(r -> assertThat(errors(EDITION_RESULT, KippJson.json().write(r))).isEmpty()));
    assertThat(errors(EDITION_RESULT, KippJson.json().write(EditionRuns.golden().awarded()))).isEmpty();
  }

  @Test
  void edition_results_the_schema_refuses_are_refused_by_the_reader() {
    EditionRuns run = EditionRuns.golden();
    // kipp's own mapper keeps decimals as written (82.80), so that only the edit differs.
    ObjectMapper exact = KippJson.json().mapper();
    String json = KippJson.json().write(run.awarded());
    List<Consumer<ObjectNode>> edits = List.of(
        d -> d.put("verdict", "unknown field"),
        d -> d.put("formatVersion", "2.0"),
        d -> d.remove("steps"),
        d -> d.put("drawSeed", "11"),
        d -> d.put("module", "Sinovik 2023"),
        d -> ((ObjectNode) d.at("/steps/0")).put("call", "SCREEN_AGAIN"),
        d -> ((ObjectNode) d.at("/steps/0")).put("removed", "p-1"),
        d -> ((ObjectNode) d.at("/steps/1")).remove("scores"),
        d -> ((ObjectNode) d.at("/steps/3")).remove("ruling"),
        d -> ((ObjectNode) d.at("/steps/1/scores/0")).put("closedAt", "2023-04-01 16:00"),
        d -> ((ObjectNode) d.at("/entries")).putArray("registered").add("p 1"),
        d -> ((ObjectNode) d.at("/outcomes/0")).put("kind", "MAYBE"),
        d -> ((ObjectNode) d.at("/outcomes/0")).remove("text"),
        d -> ((ObjectNode) d.at("/ranking/0")).put("rank", 0),
        d -> ((ObjectNode) d.at("/ranking/0")).put("score", "82.80"));
    // Unedited, the same path reads back: each refusal below is the edit's.
    assertThat(KippJson.json().readEditionResult(exactText(exact, exactTree(exact, json)), run.document(), run.competition(9)))
        .isEqualTo(run.awarded());
    for (int i = 0; i < edits.size(); i++) {
      ObjectNode doc = exactTree(exact, json);
      edits.get(i).accept(doc);
      String text = exactText(exact, doc);
      assertThat(errors(EDITION_RESULT, text)).as("schema errors for edit %s", i).isNotEmpty();
      assertThat(catchThrowable(() -> KippJson.json().readEditionResult(text, run.document(), run.competition(9))))
          .as("reader for edit %s", i).isInstanceOf(KippFormatException.class);
    }
  }

  private static ObjectNode exactTree(ObjectMapper mapper, String json) {
    try {
      return (ObjectNode) mapper.readTree(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String exactText(ObjectMapper mapper, JsonNode tree) {
    try {
      return mapper.writeValueAsString(tree);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void bothRefuse(Schema schema, String json, Consumer<ObjectNode> edit, boolean results, int label) {
    ObjectNode doc = (ObjectNode) tree(json);
    edit.accept(doc);
    String text = doc.toString();
    assertThat(errors(schema, text)).as("schema errors for edit %s", label).isNotEmpty();
    Throwable thrown = results
        ? catchThrowable(() -> KippJson.json().readResults(text, JacksonFixtures.competition()))
        : catchThrowable(() -> KippJson.json().readCompetition(text));
    assertThat(thrown).isInstanceOf(KippFormatException.class);
  }

  @Test
  void competition_documents_the_schema_refuses_are_refused_by_the_reader() {
    String json = KippJson.json().write(JacksonFixtures.competition());
    List<Consumer<ObjectNode>> edits = List.of(
        d -> d.put("awards", "unknown field"),
        d -> d.remove("edition"),
        d -> d.remove("formatVersion"),
        d -> d.put("formatVersion", "2.0"),
        d -> ((ObjectNode) d.at("/edition")).put("year", "2023"),
        d -> ((ObjectNode) d.at("/edition")).put("year", 1999),
        d -> ((ObjectNode) d.at("/edition")).putArray("groups"),
        d -> ((ObjectNode) d.at("/institutions/0")).put("region", "7322"),
        d -> ((ObjectNode) d.at("/units/0")).put("kind", "DESA"),
        d -> ((ObjectNode) d.at("/proposals/0/attachments/0")).put("sizeBytes", -1),
        d -> ((ObjectNode) d.at("/proposals/0")).putArray("sdgs").add("18"),
        d -> ((ObjectNode) d.at("/proposals/0/innovation/start")).put("precision", "DECADE"),
        d -> ((ObjectNode) d.at("/proposals/0/video")).put("link", "ftp://example"),
        d -> ((ObjectNode) d.at("/statuses/0")).put("registeredAt", "2023-03-20 09:30"),
        d -> ((ObjectNode) d.at("/edition/schedule")).set("HOLIDAY", d.at("/edition/schedule/REGISTRATION").deepCopy()),
        d -> ((ObjectNode) d.at("/panels/evaluasi-proposal/evaluators/0")).put("role", "SECRETARIAT"),
        d -> ((ObjectNode) d.at("/scoreSheets/evaluasi-proposal/0/scores")).put("signifikansi", "90"),
        d -> ((ObjectNode) d.at("/proposals/0/sections/0")).remove("text"),
        d -> ((ObjectNode) d.at("/module")).put("id", "Sinovik 2023"),
        d -> ((ObjectNode) d.at("/module")).remove("jurisdiction"),
        d -> ((ObjectNode) d.at("/module/jurisdiction")).put("region", "73"),
        d -> ((ObjectNode) d.at("/module/jurisdiction")).put("level", "PROVINCE"),
        d -> ((ObjectNode) d.at("/module/jurisdiction")).put("level", "PROVINCE").put("region", "73.22"),
        d -> ((ObjectNode) d.at("/module/jurisdiction")).put("level", "REGENCY").put("region", "73"),
        d -> ((ObjectNode) d.at("/module/jurisdiction")).put("level", "DESA"),
        d -> ((ObjectNode) d.at("/module/jurisdiction")).remove("name"),
        d -> d.put("formatVersion", "1.0"));
    for (int i = 0; i < edits.size(); i++) {
      bothRefuse(COMPETITION, json, edits.get(i), false, i);
    }
  }

  @Test
  void results_documents_the_schema_refuses_are_refused_by_the_reader() {
    String json = KippJson.json().write(JacksonFixtures.results());
    List<Consumer<ObjectNode>> edits = List.of(
        d -> d.put("formatVersion", "1.2"),
        d -> ((ObjectNode) d.at("/rankings/0/tieBreaks/1")).put("id", "coin-toss"),
        d -> ((ObjectNode) d.at("/cuts/0/cutoff")).put("passMark", 80),
        d -> ((ObjectNode) d.at("/cuts/1/cutoff")).remove("passMark"),
        d -> ((ObjectNode) d.at("/rankings/0/entries/0")).put("rank", 0),
        d -> ((ObjectNode) d.at("/aggregations/0/scores/0")).put("score", "78.5"),
        d -> ((ObjectNode) d.at("/combination/scores/0/decision")).put("outcome", "MAYBE"),
        d -> ((ObjectNode) d.at("/explanations/p-1")).remove("label"));
    for (int i = 0; i < edits.size(); i++) {
      bothRefuse(RESULTS, json, edits.get(i), true, i);
    }
  }
}
