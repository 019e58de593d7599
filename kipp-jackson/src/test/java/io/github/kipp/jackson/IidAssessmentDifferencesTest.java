package io.github.kipp.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.kipp.core.Violation;
import io.github.kipp.format.KippFormatException;
import io.github.kipp.rules.iid.IndexAssessment;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A stored IID assessment is compared with the assessment its report gives, field by field: each
 * figure of the claimed and verified scores is compared on its own and a difference is reported at
 * that field's path; a figure left out is reported as missing there.
 */
class IidAssessmentDifferencesTest {

  private static final ObjectMapper PLAIN = new ObjectMapper();

  /** Every figure of a score, as the assessment writes it under claimed and verified. */
  static Stream<String> figures() {
    Stream<String> each = Stream.of("index", "band.lowest", "band.highest", "spd", "sidSum", "divisor", "sidPart", "counted",
        "affairsCovered", "countPart", "total");
    return each.flatMap(f -> Stream.of("claimed." + f, "verified." + f));
  }

  private static ObjectNode stored() {
    try {
      return (ObjectNode) PLAIN.readTree(KippJson.json().write(IidFixtures.assessment()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static ObjectNode parentOf(ObjectNode doc, String path) {
    String[] steps = path.split("\\.");
    JsonNode at = doc;
    for (int i = 0; i < steps.length - 1; i++) {
      at = at.get(steps[i]);
    }
    return (ObjectNode) at;
  }

  private static String last(String path) {
    return path.substring(path.lastIndexOf('.') + 1);
  }

  private static List<Violation> refusals(Consumer<ObjectNode> edit) {
    ObjectNode doc = stored();
    edit.accept(doc);
    KippFormatException e = catchThrowableOfType(KippFormatException.class, () -> KippJson.json().read(doc.toString(), IndexAssessment.class));
    assertThat(e).as("the edited assessment is refused").isNotNull();
    return e.violations();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("figures")
  void a_figure_changed_by_one_is_refused_at_its_path_alone_with_both_values(String path) {
    ObjectNode original = stored();
    BigDecimal written = parentOf(original, path).get(last(path)).decimalValue();
    BigDecimal changed = written.add(BigDecimal.ONE);

    List<Violation> v = refusals(doc -> {
      ObjectNode parent = parentOf(doc, path);
      if (parent.get(last(path)).isIntegralNumber()) {
        parent.put(last(path), changed.intValueExact());
      } else {
        parent.put(last(path), changed);
      }
    });

    assertThat(v).extracting(x -> x.path() + " " + x.code()).containsExactly(path + " kipp.json.iidMismatch");
    assertThat(v.get(0).message().english()).contains(changed.toPlainString()).contains(written.toPlainString());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("figures")
  void a_figure_left_out_is_refused_as_missing_at_its_path(String path) {
    List<Violation> v = refusals(doc -> parentOf(doc, path).remove(last(path)));

    assertThat(v).extracting(x -> x.path() + " " + x.code()).containsExactly(path + " kipp.json.missing");
  }

  @Test
  void a_band_name_eligibility_list_or_whole_score_left_out_is_refused_as_missing_at_its_path() {
    assertThat(refusals(doc -> ((ObjectNode) doc.get("claimed").get("band")).remove("name")))
        .extracting(x -> x.path() + " " + x.code()).containsExactly("claimed.band.name kipp.json.missing");
    assertThat(refusals(doc -> ((ObjectNode) doc.get("verified")).remove("band")))
        .extracting(x -> x.path() + " " + x.code()).containsExactly("verified.band kipp.json.missing");
    assertThat(refusals(doc -> ((ObjectNode) doc.get("verified")).remove("eligibility")))
        .extracting(x -> x.path() + " " + x.code()).containsExactly("verified.eligibility kipp.json.missing");
    assertThat(refusals(doc -> doc.remove("claimed")))
        .extracting(x -> x.path() + " " + x.code()).containsExactly("claimed kipp.json.missing");
    assertThat(refusals(doc -> doc.remove("difference")))
        .extracting(x -> x.path() + " " + x.code()).containsExactly("difference kipp.json.missing");
    assertThat(refusals(doc -> doc.remove("explanation")))
        .extracting(x -> x.path() + " " + x.code()).containsExactly("explanation kipp.json.missing");
  }

  @Test
  void an_eligibility_list_one_longer_is_refused_for_its_length_and_the_difference_changed_for_its_value() {
    List<Violation> longer = refusals(doc -> {
      ArrayNode eligibility = (ArrayNode) doc.get("claimed").get("eligibility");
      eligibility.add(eligibility.get(0).deepCopy());
    });
    int size = stored().get("claimed").get("eligibility").size();

    assertThat(longer).extracting(x -> x.path() + " " + x.code()).containsExactly("claimed.eligibility kipp.json.iidMismatch");
    assertThat(longer.get(0).message().english()).contains((size + 1) + " entries").contains(size + " entries");
    assertThat(refusals(doc -> doc.put("difference", stored().get("difference").decimalValue().add(BigDecimal.ONE))))
        .extracting(x -> x.path() + " " + x.code()).containsExactly("difference kipp.json.iidMismatch");
  }
}
