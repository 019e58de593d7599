package io.github.kipp.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.kipp.core.Actor;
import io.github.kipp.core.Reason;
import io.github.kipp.core.Citation;
import io.github.kipp.core.LocalizedText;
import io.github.kipp.core.Role;
import io.github.kipp.core.audit.DecisionLog;
import io.github.kipp.core.audit.EntryKind;
import io.github.kipp.core.audit.PublishedResult;
import io.github.kipp.core.audit.Verification;
import io.github.kipp.format.KippFormatException;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/**
 * The decision log in JSON: entries are read as written, hashes included, so a log changed in its
 * JSON form reads back and {@link DecisionLog#verify()} names the first changed entry.
 */
class DecisionLogJsonTest {

  private static final ObjectMapper PLAIN = new ObjectMapper();
  private static final Instant T0 = Instant.parse("2023-06-01T08:00:00Z");
  private static final Actor SECRETARIAT = Actor.of("sekretariat", Role.SECRETARIAT);
  private static final Actor EVALUATOR = Actor.of("te-1", Role.EVALUATOR);
  private static final Reason UPHELD = Reason.of("objection.upheld", LocalizedText.of("Sanggahan diterima", "Objection upheld"),
      Citation.regulation("PermenPANRB 35/2023", "Pasal 10"));

  private static DecisionLog sample() {
    DecisionLog log = DecisionLog.create();
    Citation basis = Citation.regulation("PermenPANRB 35/2023", "Pasal 10");
    log.append(T0, EVALUATOR, EntryKind.SCORE_SHEET, "p-1", "total 81.50", List.of(basis));
    log.append(T0.plusSeconds(60), EVALUATOR, EntryKind.SCORE_SHEET, "p-2", "total 77.25", List.of());
    log.append(T0.plusSeconds(120), SECRETARIAT, EntryKind.DECISION, "stage desk", "frozen", List.of(basis));
    return log;
  }

  private static String edited(String json, java.util.function.Consumer<ObjectNode> edit) throws Exception {
    ObjectNode doc = (ObjectNode) PLAIN.readTree(json);
    edit.accept(doc);
    return PLAIN.writeValueAsString(doc);
  }

  @Test
  void a_log_is_written_with_its_head_hash_and_every_entry_hash() throws Exception {
    DecisionLog log = sample();

    ObjectNode doc = (ObjectNode) PLAIN.readTree(KippJson.json().write(log));

    assertThat(doc.get("headHash").asText()).isEqualTo(log.headHash());
    assertThat(doc.get("entries")).hasSize(3);
    ObjectNode second = (ObjectNode) doc.get("entries").get(1);
    assertThat(second.get("sequence").asLong()).isEqualTo(2);
    assertThat(second.get("at").asText()).isEqualTo("2023-06-01T08:01:00Z");
    assertThat(second.get("kind").asText()).isEqualTo("SCORE_SHEET");
    assertThat(second.get("actor").get("role").asText()).isEqualTo("EVALUATOR");
    assertThat(second.get("previousHash").asText()).isEqualTo(log.entries().get(0).hash());
    assertThat(second.get("hash").asText()).isEqualTo(log.entries().get(1).hash());
  }

  @Test
  void a_payload_changed_in_the_json_reads_back_and_verification_names_that_entry() throws Exception {
    String json = KippJson.json().write(sample());
    String tampered = edited(json, d -> ((ObjectNode) d.get("entries").get(1)).put("payload", "total 97.25"));

    DecisionLog read = KippJson.json().read(tampered, DecisionLog.class);
    Verification v = read.verify();

    assertThat(v.valid()).isFalse();
    assertThat(v.firstBad()).isEqualTo(OptionalLong.of(2));
  }

  @Test
  void an_entry_removed_from_the_middle_is_named_by_verification() throws Exception {
    String json = KippJson.json().write(sample());
    String tampered = edited(json, d -> ((ArrayNode) d.get("entries")).remove(1));

    Verification v = KippJson.json().read(tampered, DecisionLog.class).verify();

    assertThat(v.firstBad()).isEqualTo(OptionalLong.of(2));
  }

  @Test
  void a_last_entry_removed_with_the_head_hash_left_is_refused_naming_both_hashes() throws Exception {
    DecisionLog log = sample();
    String tampered = edited(KippJson.json().write(log), d -> ((ArrayNode) d.get("entries")).remove(2));

    KippFormatException e = catchThrowableOfType(KippFormatException.class, () -> KippJson.json().read(tampered, DecisionLog.class));

    assertThat(e).isNotNull();
    assertThat(e.path()).isEqualTo("headHash");
    assertThat(e.violations().get(0).code()).isEqualTo("kipp.json.logHead");
    assertThat(e.message(Locale.ENGLISH))
        .contains("The head hash " + log.headHash() + " is not the hash of the last entry, " + log.entries().get(1).hash());
    assertThat(e.message(LocalizedText.INDONESIAN)).contains("Hash kepala " + log.headHash() + " bukan hash entri terakhir");
  }

  @Test
  void a_last_entry_removed_together_with_the_head_hash_is_caught_by_the_head_recorded_elsewhere() throws Exception {
    DecisionLog log = sample();
    String tampered = edited(KippJson.json().write(log), d -> {
      ((ArrayNode) d.get("entries")).remove(2);
      d.remove("headHash");
    });

    DecisionLog read = KippJson.json().read(tampered, DecisionLog.class);

    assertThat(read.verify().valid()).isTrue();
    assertThat(read.verify(log.headHash()).valid()).isFalse();
  }

  @Test
  void an_empty_log_round_trips_with_the_genesis_hash_as_its_head() throws Exception {
    String json = KippJson.json().write(DecisionLog.create());

    assertThat(PLAIN.readTree(json).get("headHash").asText()).isEqualTo(DecisionLog.GENESIS);
    assertThat(KippJson.json().read(json, DecisionLog.class).size()).isZero();
  }

  @Test
  void a_published_result_whose_content_was_changed_is_refused() throws Exception {
    PublishedResult finalists = PublishedResult.of("B/12/2023", "Top 99", T0, List.of("1. p-1", "2. p-2"));
    String json = KippJson.json().write(finalists);
    String tampered = edited(json, d -> ((ArrayNode) d.get("lines")).set(0, "1. p-9"));

    KippFormatException e = catchThrowableOfType(KippFormatException.class, () -> KippJson.json().read(tampered, PublishedResult.class));

    assertThat(e).isNotNull();
    assertThat(e.violations().get(0).code()).isEqualTo("kipp.result.hash");
    assertThat(e.path()).isEqualTo("hash");
    assertThat(e.message(Locale.ENGLISH)).contains("Published result B/12/2023 has hash " + finalists.hash());
    assertThat(e.message(Locale.forLanguageTag("id"))).contains("Hasil terbitan B/12/2023 memiliki hash " + finalists.hash());
  }

  @Test
  void a_correction_keeps_the_hash_of_the_result_it_supersedes() throws Exception {
    PublishedResult finalists = PublishedResult.of("B/12/2023", "Top 99", T0, List.of("1. p-1", "2. p-2"));
    PublishedResult corrected = finalists.correctedBy("B/13/2023", T0.plusSeconds(86_400), List.of("1. p-2", "2. p-1"), UPHELD);

    String json = KippJson.json().write(corrected);
    PublishedResult read = KippJson.json().read(json, PublishedResult.class);

    assertThat(read).isEqualTo(corrected);
    assertThat(read.supersedes()).contains(finalists.hash());
    assertThat(read.reason()).contains(UPHELD);
    assertThat(PLAIN.readTree(json).get("reason").get("code").asText()).isEqualTo("objection.upheld");
  }

  @Test
  void a_plain_publication_is_written_without_a_reason_and_an_older_document_reads_unchanged() throws Exception {
    PublishedResult finalists = PublishedResult.of("B/12/2023", "Top 99", T0, List.of("1. p-1", "2. p-2"));
    String older = "{\"reference\":\"B/12/2023\",\"title\":\"Top 99\",\"at\":\"" + T0 + "\",\"lines\":[\"1. p-1\",\"2. p-2\"],\"hash\":\""
        + finalists.hash() + "\"}";

    assertThat(PLAIN.readTree(KippJson.json().write(finalists)).has("reason")).isFalse();
    assertThat(KippJson.json().read(older, PublishedResult.class)).isEqualTo(finalists);
  }

  @Test
  void a_correction_whose_reason_was_changed_after_hashing_is_refused_at_its_hash() throws Exception {
    PublishedResult finalists = PublishedResult.of("B/12/2023", "Top 99", T0, List.of("1. p-1", "2. p-2"));
    PublishedResult corrected = finalists.correctedBy("B/13/2023", T0.plusSeconds(86_400), List.of("1. p-2", "2. p-1"), UPHELD);
    String tampered = edited(KippJson.json().write(corrected), d -> ((ObjectNode) d.get("reason")).put("code", "objection.rejected"));

    KippFormatException e = catchThrowableOfType(KippFormatException.class, () -> KippJson.json().read(tampered, PublishedResult.class));

    assertThat(e).isNotNull();
    assertThat(e.path()).isEqualTo("hash");
    assertThat(e.violations().get(0).code()).isEqualTo("kipp.result.hash");
  }

  @Test
  void an_unknown_entry_kind_is_refused_listing_the_kinds() throws Exception {
    String tampered = edited(KippJson.json().write(sample()), d -> ((ObjectNode) d.get("entries").get(0)).put("kind", "BRIBE"));

    KippFormatException e = catchThrowableOfType(KippFormatException.class, () -> KippJson.json().read(tampered, DecisionLog.class));

    assertThat(e).isNotNull();
    assertThat(e.path()).isEqualTo("entries[0].kind");
    assertThat(e.message(Locale.ENGLISH)).contains("'BRIBE' is not allowed; allowed: ").contains("SCORE_SHEET");
  }

  @Test
  void a_stored_log_whose_json_was_edited_to_a_lone_surrogate_where_a_question_mark_was_is_refused_naming_the_json_path() {
    DecisionLog log = sample();
    log.append(T0.plusSeconds(180), SECRETARIAT, EntryKind.NOTE, "p-1", "nilai ?", List.of());
    String json = KippJson.json().write(log);
    String edited = json.replace("\"nilai ?\"", "\"nilai \\ud800\"");
    assertThat(edited).isNotEqualTo(json);

    KippFormatException e = catchThrowableOfType(KippFormatException.class, () -> KippJson.json().read(edited, DecisionLog.class));

    assertThat(e).isNotNull();
    assertThat(e.violations()).extracting(v -> v.code(), v -> v.path())
        .containsExactly(org.assertj.core.groups.Tuple.tuple("kipp.text.malformed", "entries[3].payload"));
    assertThat(e.message(Locale.ENGLISH)).contains("'nilai \\uD800'").contains("found U+D800 at position 7");
  }

  @Test
  void a_stored_published_result_whose_json_was_edited_to_a_lone_surrogate_is_refused_naming_the_json_path() {
    PublishedResult finalists = PublishedResult.of("B/12/2023", "Top 99 ?", T0, List.of("1. p-1 ?", "2. p-2"));
    String json = KippJson.json().write(finalists);

    KippFormatException title = catchThrowableOfType(KippFormatException.class,
        () -> KippJson.json().read(json.replace("\"Top 99 ?\"", "\"Top 99 \\udc00\""), PublishedResult.class));
    KippFormatException line = catchThrowableOfType(KippFormatException.class,
        () -> KippJson.json().read(json.replace("\"1. p-1 ?\"", "\"1. p-1 \\ud800\""), PublishedResult.class));

    assertThat(title.violations()).extracting(v -> v.code(), v -> v.path())
        .containsExactly(org.assertj.core.groups.Tuple.tuple("kipp.text.malformed", "title"));
    assertThat(line.violations()).extracting(v -> v.code(), v -> v.path())
        .containsExactly(org.assertj.core.groups.Tuple.tuple("kipp.text.malformed", "lines[0]"));
  }

  @Test
  void a_bidi_override_in_a_logged_subject_is_refused_when_the_json_is_read() {
    String json = KippJson.json().write(sample()).replace("\"stage desk\"", "\"stage \\u202edesk\"");

    KippFormatException e = catchThrowableOfType(KippFormatException.class, () -> KippJson.json().read(json, DecisionLog.class));

    assertThat(e.violations()).extracting(v -> v.code(), v -> v.path())
        .containsExactly(org.assertj.core.groups.Tuple.tuple("kipp.text.invisible", "entries[2].subject"));
  }
}
