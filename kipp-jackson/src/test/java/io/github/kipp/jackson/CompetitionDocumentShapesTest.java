package io.github.kipp.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.kipp.core.Violation;
import io.github.kipp.format.CompetitionDocument;
import io.github.kipp.format.KippFormatException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Competition documents of every shape: values that are not objects, and documents read by a host's
 * mapper, which refuses repeated keys or not (a document is then read from the token stream or
 * through a tree, with the same paths in its errors).
 */
class CompetitionDocumentShapesTest {

  private static final CompetitionDocument COMPETITION = JacksonFixtures.competition();
  private static final String DOCUMENT = KippJson.json().write(COMPETITION);
  /** A host's mapper as Jackson builds it: repeated keys are not refused, so documents are read through a tree. */
  private static final ObjectMapper HOST = new ObjectMapper().registerModule(new KippModule());
  /** A host's mapper that refuses repeated keys: documents whose format version comes first are read from the stream. */
  private static final ObjectMapper STRICT_HOST = JsonMapper.builder()
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).addModule(new KippModule()).build();

  private static ObjectNode document() throws Exception {
    return (ObjectNode) HOST.readTree(DOCUMENT);
  }

  @ParameterizedTest
  @ValueSource(strings = {"[]", "[1]", "5", "\"x\"", "true"})
  void a_competition_document_that_is_not_an_object_is_a_value_of_the_wrong_type(String text) {
    for (KippJson line : List.of(KippJson.json(), KippJson.yaml())) {
      KippFormatException e = catchThrowableOfType(KippFormatException.class, () -> line.readCompetition(text));

      assertThat(e.violations()).singleElement().satisfies(v -> {
        assertThat(v.code()).isEqualTo("kipp.json.wrongType");
        assertThat(v.path()).isEmpty();
        assertThat(v.invalidValue()).isEqualTo(text);
        assertThat(v.message().english()).isEqualTo("The value " + text + " does not fit here; it must be an object { ... }.");
        assertThat(v.message().indonesian()).isEqualTo("Nilai " + text + " tidak sesuai di sini; harus berupa objek { ... }.");
      });
    }
  }

  @Test
  void a_host_mapper_that_allows_repeated_keys_reads_the_last_format_version_of_a_document() throws Exception {
    String repeated = DOCUMENT.replaceFirst("\"formatVersion\": \"1.1\"", "\"formatVersion\": \"9.9\"");
    repeated = repeated.substring(0, repeated.lastIndexOf('}')) + ", \"formatVersion\": \"1.1\"}";

    assertThat(HOST.readValue(repeated, CompetitionDocument.class)).isEqualTo(COMPETITION);
  }

  @Test
  void a_host_mappers_error_in_a_refused_institution_names_the_institutions_field() throws Exception {
    ObjectNode doc = document();
    ((ObjectNode) doc.get("institutions").get(0)).put("type", "NOPE");
    String text = HOST.writeValueAsString(doc);

    for (ObjectMapper mapper : List.of(HOST, STRICT_HOST)) {
      JsonMappingException e = catchThrowableOfType(JsonMappingException.class, () -> mapper.readValue(text, CompetitionDocument.class));

      assertThat(steps(e)).containsExactly("institutions", "[0]");
      assertThat(e.getOriginalMessage()).contains("type: 'NOPE' is not allowed");
    }
  }

  @Test
  void a_host_mappers_error_in_a_refused_edition_names_the_edition_field() throws Exception {
    ObjectNode doc = document();
    ((ObjectNode) doc.get("edition")).put("year", 1);
    String text = HOST.writeValueAsString(doc);

    for (ObjectMapper mapper : List.of(HOST, STRICT_HOST)) {
      JsonMappingException e = catchThrowableOfType(JsonMappingException.class, () -> mapper.readValue(text, CompetitionDocument.class));

      assertThat(steps(e)).containsExactly("edition");
      assertThat(e.getOriginalMessage()).contains("Year 1 is not plausible for a competition");
    }
    KippFormatException e = catchThrowableOfType(KippFormatException.class, () -> KippJson.json().readCompetition(text));
    assertThat(e.violations()).extracting(Violation::path, Violation::code).containsExactly(org.assertj.core.groups.Tuple.tuple("edition.year", "kipp.edition.year"));
  }

  @Test
  void a_host_mappers_error_in_a_proposal_names_the_proposals_field() throws Exception {
    ObjectNode doc = document();
    ((ObjectNode) doc.get("proposals").get(1)).put("colour", "red");
    String text = HOST.writeValueAsString(doc);

    for (ObjectMapper mapper : List.of(HOST, STRICT_HOST)) {
      UnrecognizedPropertyException e = catchThrowableOfType(UnrecognizedPropertyException.class, () -> mapper.readValue(text, CompetitionDocument.class));

      assertThat(steps(e)).containsExactly("proposals", "[1]", "colour");
    }
  }

  @Test
  void a_host_mapper_refuses_an_unknown_document_field_naming_the_fields_it_knows() throws Exception {
    ObjectNode doc = document();
    doc.put("colour", "red");
    String text = HOST.writeValueAsString(doc);

    for (ObjectMapper mapper : List.of(HOST, STRICT_HOST)) {
      UnrecognizedPropertyException e = catchThrowableOfType(UnrecognizedPropertyException.class, () -> mapper.readValue(text, CompetitionDocument.class));

      assertThat(e.getPropertyName()).isEqualTo("colour");
      assertThat(steps(e)).containsExactly("colour");
      assertThat(e.getKnownPropertyIds()).map(String::valueOf).containsExactlyInAnyOrder(
          "formatVersion", "module", "edition", "institutions", "units", "proposals", "statuses", "panels", "assignments", "scoreSheets", "history");
    }
  }

  @Test
  void an_id_naming_a_refused_institution_is_not_reported_again() throws Exception {
    ObjectNode doc = document();
    int found = 0;
    while (!doc.get("institutions").get(found).get("id").asText().equals("pemkab-luwu-utara")) {
      found++;
    }
    int index = found;
    ((ObjectNode) doc.get("institutions").get(index)).put("type", "NOPE");
    String text = HOST.writeValueAsString(doc);
    assertThat(text).contains("\"institution\":\"pemkab-luwu-utara\"");

    KippFormatException e = catchThrowableOfType(KippFormatException.class, () -> KippJson.json().readCompetition(text));

    assertThat(e.violations()).singleElement().satisfies(v -> {
      assertThat(v.path()).isEqualTo("institutions[" + index + "].type");
      assertThat(v.code()).isEqualTo("kipp.json.notAllowed");
      assertThat(v.message().english()).isEqualTo("'NOPE' is not allowed; allowed: KEMENTERIAN, LEMBAGA, PROVINSI, KABUPATEN, KOTA, BUMN, BUMD.");
    });
  }

  @Test
  void an_id_naming_an_institution_the_document_does_not_list_is_refused() throws Exception {
    ObjectNode doc = document();
    String text = HOST.writeValueAsString(doc).replace("\"institution\":\"pemkab-luwu-utara\"", "\"institution\":\"pemkab-nowhere\"");

    KippFormatException e = catchThrowableOfType(KippFormatException.class, () -> KippJson.json().readCompetition(text));

    assertThat(e.violations()).isNotEmpty().allSatisfy(v -> assertThat(v.message().english()).contains("pemkab-nowhere"));
  }

  /** The steps of an exception's path: field names, and indexes as {@code [i]}. */
  private static List<String> steps(JsonMappingException e) {
    return e.getPath().stream().map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]").toList();
  }
}
