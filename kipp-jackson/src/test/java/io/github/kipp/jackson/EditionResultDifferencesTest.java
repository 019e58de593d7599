package io.github.kipp.jackson;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.kipp.core.Violation;
import io.github.kipp.scoring.competition.EditionResult;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/**
 * A stored edition result is compared with what its steps give field by field: each field of the
 * final ranking and of an outcome, down to a reason's citations, is compared on its own, and a
 * difference in one is reported at that field's path, with both values in the message. Malformed
 * outputs are refused as malformed before any step runs.
 */
class EditionResultDifferencesTest {

  private static final KippJson JSON = KippJson.json();
  private static final EditionRuns SULSEL = EditionRuns.sulsel();

  private static ObjectNode stored(EditionResult result) {
    return EditionResultJsonTest.tree(JSON.write(result));
  }

  private static List<Violation> refusals(EditionResult result, Consumer<ObjectNode> edit) {
    return EditionResultJsonTest.refusals(result, edit);
  }

  private static List<String> pathsAndCodes(List<Violation> violations) {
    return EditionResultJsonTest.pathsAndCodes(violations);
  }

  private static List<String> awardedRefusals(Consumer<ObjectNode> edit) {
    return pathsAndCodes(refusals(SULSEL.awarded(), edit));
  }

  /** Sets one text field of the stored awarded result and returns the paths and codes of reading it. */
  private static List<String> withText(String pointer, String field, String value) {
    return awardedRefusals(d -> object(d, pointer).put(field, value));
  }

  /** The index of the first outcome of the awarded result whose decision matches. */
  private static int outcomeWhoseDecision(Predicate<JsonNode> test) {
    JsonNode outcomes = stored(SULSEL.awarded()).get("outcomes");
    for (int i = 0; i < outcomes.size(); i++) {
      JsonNode decision = outcomes.get(i).get("decision");
      if (decision != null && test.test(decision)) {
        return i;
      }
    }
    throw new AssertionError("no outcome whose decision matches");
  }

  private static int outcomeWithReasons(int atLeast) {
    return outcomeWhoseDecision(d -> d.path("reasons").size() >= atLeast);
  }

  private static ObjectNode object(ObjectNode doc, String pointer) {
    return (ObjectNode) doc.at(pointer);
  }

  @Test
  void another_proposal_or_position_at_a_place_of_the_final_ranking_is_reported_at_that_field() {
    String second = stored(SULSEL.awarded()).at("/ranking/1/proposal").asText();
    String first = stored(SULSEL.awarded()).at("/ranking/0/proposal").asText();

    List<Violation> v = refusals(SULSEL.awarded(), d -> object(d, "/ranking/0").put("proposal", second));

    assertThat(pathsAndCodes(v)).containsExactly("ranking[0].proposal kipp.json.replayMismatch");
    assertThat(v.get(0).message().english()).isEqualTo("For place 1 of the final ranking, the stored result has " + second
        + ", but running its steps again on the competition document gives " + first + ".");
    assertThat(v.get(0).message().indonesian()).startsWith("Untuk urutan 1 peringkat akhir, hasil yang disimpan berisi " + second);
    assertThat(awardedRefusals(d -> object(d, "/ranking/2").put("position", 7)))
        .containsExactly("ranking[2].position kipp.json.replayMismatch");
  }

  @Test
  void a_ranking_longer_or_shorter_than_the_steps_give_is_reported_at_the_place_past_the_end() {
    int size = stored(SULSEL.awarded()).get("ranking").size();

    List<Violation> longer = refusals(SULSEL.awarded(), d -> {
      ArrayNode ranking = (ArrayNode) d.get("ranking");
      ranking.add(ranking.get(size - 1).deepCopy());
    });
    List<Violation> shorter = refusals(SULSEL.awarded(), d -> ((ArrayNode) d.get("ranking")).remove(size - 1));

    assertThat(pathsAndCodes(longer)).containsExactly("ranking[" + size + "] kipp.json.replayMismatch");
    assertThat(longer.get(0).message().english()).endsWith(" gives -.");
    assertThat(pathsAndCodes(shorter)).containsExactly("ranking[" + (size - 1) + "] kipp.json.replayMismatch");
    assertThat(shorter.get(0).message().english()).contains("the stored result has -, but");
  }

  @Test
  void a_score_is_shown_in_the_message_as_written_without_an_exponent() {
    List<Violation> v = refusals(SULSEL.awarded(), d -> object(d, "/ranking/0").put("score", new java.math.BigDecimal("1E+2")));

    assertThat(pathsAndCodes(v)).containsExactly("ranking[0].score kipp.json.replayMismatch");
    assertThat(v.get(0).message().english()).contains("the stored result has 100, but");
  }

  @Test
  void a_nominated_list_one_longer_than_the_steps_give_is_reported_at_the_extra_place() {
    ObjectNode doc = stored(SULSEL.awarded());
    String group = doc.get("nominated").fieldNames().next();
    int size = doc.get("nominated").get(group).size();
    String outsider = doc.get("outcomes").get(0).get("proposal").asText();

    assertThat(awardedRefusals(d -> ((ArrayNode) d.get("nominated").get(group)).add(outsider)))
        .containsExactly("nominated." + group + "[" + size + "] kipp.json.replayMismatch");
  }

  @Test
  void an_outcomes_tier_or_text_in_either_language_is_compared_on_its_own() {
    int at = outcomeWhoseDecision(d -> true);
    String path = "outcomes[" + at + "]";
    String pointer = "/outcomes/" + at;

    assertThat(withText(pointer, "tier", "no-such-tier"))
        .containsExactly(path + ".tier kipp.json.replayMismatch");
    assertThat(withText(pointer + "/text", "indonesian", "Teks lain"))
        .containsExactly(path + ".text.indonesian kipp.json.replayMismatch");
    assertThat(withText(pointer + "/text", "english", "Another text"))
        .containsExactly(path + ".text.english kipp.json.replayMismatch");
  }

  @Test
  void a_deciding_decision_left_out_or_changed_in_any_field_is_reported_at_that_field() {
    int at = outcomeWithReasons(1);
    String path = "outcomes[" + at + "].decision";
    String pointer = "/outcomes/" + at + "/decision";
    String outcome = stored(SULSEL.awarded()).at(pointer + "/outcome").asText();

    assertThat(awardedRefusals(d -> object(d, "/outcomes/" + at).remove("decision")))
        .containsExactly(path + " kipp.json.replayMismatch");
    assertThat(withText(pointer, "subject", "another subject"))
        .containsExactly(path + ".subject kipp.json.replayMismatch");
    assertThat(withText(pointer, "rule", "another rule"))
        .containsExactly(path + ".rule kipp.json.replayMismatch");
    assertThat(withText(pointer, "outcome", outcome.equals("PASS") ? "FAIL" : "PASS"))
        .containsExactly(path + ".outcome kipp.json.replayMismatch");
  }

  @Test
  void a_reason_changed_in_its_code_message_or_citations_is_reported_at_that_field() {
    int at = outcomeWhoseDecision(d -> d.path("reasons").size() >= 1 && d.path("reasons").get(0).path("citations").size() >= 1);
    String path = "outcomes[" + at + "].decision.reasons[0]";
    String pointer = "/outcomes/" + at + "/decision/reasons/0";

    assertThat(withText(pointer, "code", "another.code"))
        .containsExactly(path + ".code kipp.json.replayMismatch");
    assertThat(withText(pointer + "/message", "indonesian", "Alasan lain"))
        .containsExactly(path + ".message.indonesian kipp.json.replayMismatch");
    assertThat(withText(pointer + "/message", "english", "Another reason"))
        .containsExactly(path + ".message.english kipp.json.replayMismatch");
    assertThat(withText(pointer + "/citations/0", "provision", "Pasal 99"))
        .containsExactly(path + ".citations kipp.json.replayMismatch");
  }

  @Test
  void a_reason_added_or_dropped_is_reported_at_the_place_past_the_shorter_list() {
    int at = outcomeWithReasons(1);
    String pointer = "/outcomes/" + at + "/decision/reasons";
    int size = stored(SULSEL.awarded()).at(pointer).size();
    String path = "outcomes[" + at + "].decision.reasons";

    assertThat(awardedRefusals(d -> ((ArrayNode) d.at(pointer)).add(d.at(pointer + "/0").deepCopy())))
        .containsExactly(path + "[" + size + "] kipp.json.replayMismatch");
    // A reason can be dropped where the decision still reads: one that keeps a reason, or passes.
    int two = outcomeWhoseDecision(d -> d.path("reasons").size() >= 2 || (d.path("reasons").size() == 1 && d.path("outcome").asText().equals("PASS")));
    String twoPointer = "/outcomes/" + two + "/decision/reasons";
    int last = stored(SULSEL.awarded()).at(twoPointer).size() - 1;
    assertThat(awardedRefusals(d -> ((ArrayNode) d.at(twoPointer)).remove(last)))
        .containsExactly("outcomes[" + two + "].decision.reasons[" + last + "] kipp.json.replayMismatch");
  }

  @Test
  void a_malformed_outcome_is_refused_as_malformed_before_any_step_runs() {
    assertThat(withText("/outcomes/0", "kind", "NO_SUCH_KIND"))
        .containsExactly("outcomes[0].kind kipp.json.notAllowed");
  }

  @Test
  void a_malformed_group_or_proposal_id_in_the_lists_of_nominated_finalists_and_awarded_is_refused_at_its_path() {
    ObjectNode doc = stored(SULSEL.awarded());
    for (String field : List.of("nominated", "finalists", "awarded")) {
      String key = doc.get(field).fieldNames().next();
      List<String> badKey = awardedRefusals(d -> {
        ObjectNode lists = object(d, "/" + field);
        lists.set("not a key!", lists.get(key));
      });
      List<String> badId = awardedRefusals(d -> ((ArrayNode) d.get(field).get(key)).set(0, com.fasterxml.jackson.databind.node.TextNode.valueOf("not an id!")));

      assertThat(badKey).as(field).containsExactly(field + ".not a key! kipp.id.invalid");
      assertThat(badId).as(field).hasSize(1).allSatisfy(line -> assertThat(line).startsWith(field + "." + key + "[0] "));
    }
  }

  @Test
  void a_draft_that_was_never_registered_is_refused_naming_the_registered_proposals() {
    List<Violation> v = refusals(SULSEL.awarded(), d -> ((ArrayNode) d.at("/entries/drafts")).add("p-never"));

    assertThat(pathsAndCodes(v)).anySatisfy(line -> assertThat(line).endsWith(" kipp.json.reference").startsWith("entries.drafts["));
    Violation reference = v.stream().filter(x -> x.code().equals("kipp.json.reference")).findFirst().orElseThrow();
    String firstRegistered = stored(SULSEL.awarded()).at("/entries/registered").get(0).asText();
    assertThat(reference.message().english()).contains("known: ").doesNotEndWith("known: -.").contains(firstRegistered);
  }

  @Test
  void a_step_after_the_award_is_refused_saying_that_nothing_may_follow() {
    List<Violation> v = refusals(SULSEL.awarded(), d -> {
      ArrayNode steps = (ArrayNode) d.get("steps");
      steps.add(steps.get(steps.size() - 1).deepCopy());
    });

    Violation order = v.stream().filter(x -> x.code().equals("kipp.json.stepOrder")).findFirst().orElseThrow();
    assertThat(order.message().english()).isEqualTo("Step AWARD cannot follow AWARD; allowed there: -.");
    assertThat(order.message().indonesian()).isEqualTo("Langkah AWARD tidak dapat menyusul AWARD; yang diizinkan di situ: -.");
  }

  @Test
  void an_outcome_left_out_or_added_at_the_end_is_reported_once_at_the_place_past_the_shorter_list() {
    ObjectNode doc = stored(SULSEL.awarded());
    int size = doc.get("outcomes").size();
    String last = doc.get("outcomes").get(size - 1).get("proposal").asText();

    List<Violation> dropped = refusals(SULSEL.awarded(), d -> ((ArrayNode) d.get("outcomes")).remove(size - 1));
    List<Violation> added = refusals(SULSEL.awarded(), d -> ((ArrayNode) d.get("outcomes")).add(d.get("outcomes").get(0).deepCopy()));

    assertThat(pathsAndCodes(dropped)).containsExactly("outcomes[" + (size - 1) + "].proposal kipp.json.replayMismatch");
    assertThat(dropped.get(0).message().english()).isEqualTo("For outcome " + size + ", the stored result has -, but running its steps again"
        + " on the competition document gives " + last + ".");
    assertThat(dropped.get(0).message().indonesian()).startsWith("Untuk hasil ke-" + size + ", hasil yang disimpan berisi -,");
    assertThat(pathsAndCodes(added)).containsExactly("outcomes[" + size + "].proposal kipp.json.replayMismatch");
  }

  @Test
  void two_outcomes_swapped_are_reported_at_both_places_by_proposal_without_comparing_their_fields() {
    ObjectNode doc = stored(SULSEL.awarded());
    String first = doc.get("outcomes").get(0).get("proposal").asText();
    String second = doc.get("outcomes").get(1).get("proposal").asText();

    List<Violation> v = refusals(SULSEL.awarded(), d -> {
      ArrayNode outcomes = (ArrayNode) d.get("outcomes");
      JsonNode zero = outcomes.get(0).deepCopy();
      outcomes.set(0, outcomes.get(1).deepCopy());
      outcomes.set(1, zero);
    });

    assertThat(pathsAndCodes(v)).containsExactly("outcomes[0].proposal kipp.json.replayMismatch", "outcomes[1].proposal kipp.json.replayMismatch");
    assertThat(v.get(0).invalidValue()).isEqualTo(second);
    assertThat(v.get(1).invalidValue()).isEqualTo(first);
  }
}
