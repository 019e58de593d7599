package io.github.kipp.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.kipp.core.Violation;
import io.github.kipp.format.CompetitionDocument;
import io.github.kipp.format.KippFormatException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * A competition document whose format version comes first, as kipp writes it, is read from the token
 * stream; any other is read through a tree. Both ways must accept the same documents and refuse the
 * same documents with the same violations (code, path, value and text in both languages).
 */
class CompetitionStreamingTest {

  private static final ObjectMapper PLAIN = new ObjectMapper();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final KippJson JSON = KippJson.json();
  private static final CompetitionDocument COMPETITION = JacksonFixtures.competition();
  private static final ObjectNode TREE = tree(JSON.write(COMPETITION));
  private static final List<String> POINTERS = pointers(TREE, "", new ArrayList<>());

  /** Values put in place of a node: wrong types, malformed ids and times, nulls, empty and odd structures. */
  private static final List<JsonNode> VALUES = List.of(
      NODES.textNode("x"), NODES.textNode("p 1!"), NODES.textNode("2023-13-01T00:00:00Z"), NODES.textNode("DESA"),
      NODES.textNode(""), NODES.numberNode(new BigDecimal("1.5")), NODES.numberNode(new BigDecimal("1e999999999")),
      NODES.numberNode(-3), NODES.booleanNode(true), NODES.nullNode(), NODES.objectNode(), NODES.arrayNode(),
      NODES.arrayNode().addNull(), NODES.objectNode().put("colour", "red"), NODES.textNode("kemenkes"));

  private static ObjectNode tree(String json) {
    try {
      return (ObjectNode) PLAIN.readTree(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<String> pointers(JsonNode node, String at, List<String> out) {
    if (!at.isEmpty() && !at.equals("/formatVersion")) {
      out.add(at);
    }
    if (node.isObject()) {
      node.fieldNames().forEachRemaining(name -> pointers(node.get(name), at + "/" + name.replace("~", "~0").replace("/", "~1"), out));
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        pointers(node.get(i), at + "/" + i, out);
      }
    }
    return out;
  }

  /** One to three random edits of the fixture's document; its format version is left as written. */
  private static ObjectNode edited(long seed) {
    Random random = new Random(seed);
    ObjectNode doc = TREE.deepCopy();
    int edits = 1 + random.nextInt(3);
    for (int e = 0; e < edits; e++) {
      String pointer = POINTERS.get(random.nextInt(POINTERS.size()));
      JsonNode parent = doc.at(pointer.substring(0, pointer.lastIndexOf('/')));
      String last = pointer.substring(pointer.lastIndexOf('/') + 1).replace("~1", "/").replace("~0", "~");
      if (parent.isMissingNode() || doc.at(pointer).isMissingNode()) {
        continue;
      }
      int kind = random.nextInt(4);
      if (parent.isObject()) {
        ObjectNode object = (ObjectNode) parent;
        switch (kind) {
          case 0 -> object.remove(last);
          case 1 -> object.put("colour", "red");
          case 2 -> {
            JsonNode moved = object.remove(last);
            object.set(last, moved);
          }
          default -> object.set(last, VALUES.get(random.nextInt(VALUES.size())).deepCopy());
        }
      } else if (parent.isArray()) {
        ArrayNode array = (ArrayNode) parent;
        int index = Integer.parseInt(last);
        switch (kind) {
          case 0 -> array.remove(index);
          case 1 -> array.add(array.get(index).deepCopy());
          default -> array.set(index, VALUES.get(random.nextInt(VALUES.size())).deepCopy());
        }
      }
    }
    return doc;
  }

  /** The document with its format version first (read from the stream) or last (read through a tree). */
  private static String withVersion(ObjectNode doc, boolean first) {
    ObjectNode out = NODES.objectNode();
    JsonNode version = doc.get("formatVersion");
    if (first && version != null) {
      out.set("formatVersion", version);
    }
    for (Iterator<String> names = doc.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!name.equals("formatVersion")) {
        out.set(name, doc.get(name));
      }
    }
    if (!first && version != null) {
      out.set("formatVersion", version);
    }
    try {
      return PLAIN.writerWithDefaultPrettyPrinter().writeValueAsString(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** What a read gives: the document, or the violations it was refused with. */
  private static Object outcome(String json) {
    try {
      return JSON.readCompetition(json);
    } catch (KippFormatException e) {
      List<Violation> violations = e.violations();
      return violations;
    }
  }

  @Test
  void a_document_read_from_the_stream_equals_the_document_read_through_a_tree() {
    String streamed = withVersion(TREE, true);
    String throughTree = withVersion(TREE, false);

    assertThat(JSON.readCompetition(streamed)).isEqualTo(COMPETITION).isEqualTo(JSON.readCompetition(throughTree));
  }

  @Test
  void institutions_and_units_after_the_fields_that_name_them_are_still_resolved() {
    ObjectNode doc = TREE.deepCopy();
    JsonNode units = doc.remove("units");
    JsonNode institutions = doc.remove("institutions");
    doc.set("units", units);
    doc.set("institutions", institutions);

    assertThat(JSON.readCompetition(withVersion(doc, true))).isEqualTo(COMPETITION);
  }

  @Test
  void an_unknown_top_level_field_is_refused_naming_it_and_the_fields_of_the_document() {
    ObjectNode doc = TREE.deepCopy();
    doc.put("awards", "new");

    KippFormatException e = catchThrowableOfType(KippFormatException.class, () -> JSON.readCompetition(withVersion(doc, true)));

    assertThat(e.path()).isEqualTo("awards");
    assertThat(e.value()).isEqualTo("awards");
    assertThat(e.message(java.util.Locale.ENGLISH)).contains(
        "allowed fields: assignments, edition, formatVersion, history, institutions, module, panels, proposals, scoreSheets, statuses, units");
  }

  @Test
  void a_bad_value_in_a_field_buffered_before_the_institutions_keeps_its_path() {
    ObjectNode doc = TREE.deepCopy();
    ((ObjectNode) doc.get("edition")).put("year", "twenty");
    JsonNode institutions = doc.remove("institutions");
    doc.set("institutions", institutions);

    KippFormatException e = catchThrowableOfType(KippFormatException.class, () -> JSON.readCompetition(withVersion(doc, true)));

    assertThat(e.path()).isEqualTo("edition.year");
    assertThat(e.value()).isEqualTo("\"twenty\"");
  }

  @Test
  void edited_documents_are_accepted_or_refused_alike_from_the_stream_and_through_a_tree() {
    qt().withFixedSeed(23).withExamples(1_000).forAll(longs().all())
        .checkAssert(seed -> {
          ObjectNode doc = edited(seed);
          assertThat(outcome(withVersion(doc, true))).as("seed %d", seed).isEqualTo(outcome(withVersion(doc, false)));
        });
  }
}
