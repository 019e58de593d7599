package io.github.kipp.jackson3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.kipp.core.Violation;
import io.github.kipp.format.KippFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A competition document on the Jackson 3 line, read from the token stream when its format version
 * comes first and through a tree otherwise: input that is no object is a value of the wrong type; a
 * part that must be an object is refused at its path either way; and a reference into a list that was
 * itself refused is not reported again as unknown.
 */
class CompetitionReadingJackson3Test {

  private static final JsonMapper PLAIN = JsonMapper.builder().build();

  private static ObjectNode golden() {
    try (InputStream in = Objects.requireNonNull(CompetitionReadingJackson3Test.class.getResourceAsStream("/golden/competition-document.json"))) {
      return (ObjectNode) PLAIN.readTree(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The document with its format version last, so that it is read through a tree. */
  private static ObjectNode versionLast(ObjectNode document) {
    JsonNode version = document.remove("formatVersion");
    return document.set("formatVersion", version);
  }

  private static List<Violation> refused(String text) {
    KippFormatException e = catchThrowableOfType(KippFormatException.class, () -> KippJson.json().readCompetition(text));
    assertThat(e).as(text).isNotNull();
    return e.violations();
  }

  @Test
  void the_golden_document_reads_either_way() {
    assertThat(KippJson.json().readCompetition(golden().toString())).isEqualTo(KippJson.json().readCompetition(versionLast(golden()).toString()));
  }

  @Test
  void input_that_is_no_object_is_a_value_of_the_wrong_type() {
    for (String text : new String[] {"5", "[1]", "\"x\""}) {
      assertThat(refused(text)).as(text).singleElement().satisfies(v -> {
        assertThat(v.code()).isEqualTo("kipp.json.wrongType");
        assertThat(v.path()).isEmpty();
        assertThat(v.message().english()).endsWith("it must be an object { ... }.");
      });
    }
  }

  @Test
  void an_edition_that_is_no_object_is_refused_at_its_path_either_way() {
    ObjectNode streamed = golden();
    streamed.putArray("edition");
    ObjectNode tree = versionLast(golden());
    tree.putArray("edition");

    for (ObjectNode document : new ObjectNode[] {streamed, tree}) {
      assertThat(refused(document.toString())).extracting(v -> v.path() + " " + v.code()).containsExactly("edition kipp.json.wrongType");
    }
  }

  @Test
  void a_reference_into_a_refused_list_is_not_reported_again_either_way() {
    ObjectNode streamed = golden();
    streamed.put("institutions", 5);
    ObjectNode tree = versionLast(golden());
    tree.put("institutions", 5);

    for (ObjectNode document : new ObjectNode[] {streamed, tree}) {
      assertThat(refused(document.toString())).extracting(v -> v.path() + " " + v.code()).containsExactly("institutions kipp.json.wrongType");
    }
  }
}
