package io.github.kipp.core.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;
import static org.quicktheories.generators.SourceDSL.strings;

import com.google.common.collect.ImmutableList;
import io.github.kipp.core.Actor;
import io.github.kipp.core.Citation;
import io.github.kipp.core.InvalidInputException;
import io.github.kipp.core.LocalizedText;
import io.github.kipp.core.ProposalId;
import io.github.kipp.core.Reason;
import io.github.kipp.core.Role;
import io.github.kipp.core.StageId;
import io.github.kipp.core.stage.StageTransition;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class DecisionLogTest {

  private static final Instant T0 = Instant.parse("2023-07-03T02:00:00Z");
  private static final Actor SECRETARIAT = Actor.of("sekretariat", Role.SECRETARIAT);
  private static final Actor UNIT = Actor.of("upp-luwu-utara", Role.UNIT);
  private static final Actor PANEL = Actor.of("tpi-ketua", Role.INDEPENDENT_PANEL);
  private static final Citation RULE = Citation.regulation("PermenPANRB 1/2023", "Pasal 12 ayat (2)").withSources("S14", "S15");
  private static final Reason UPHELD = Reason.of("objection.upheld", LocalizedText.of("Sanggahan diterima", "Objection upheld"), RULE);

  /** A log shaped like a real competition: a transition, a publication, an objection, a ruling and a correction. */
  private static DecisionLog competitionLog() {
    DecisionLog log = DecisionLog.create();
    log.recordTransition(ProposalId.of("p-17"), new StageTransition(StageId.of("evaluated"), StageId.of("nominated"), SECRETARIAT, T0,
        ImmutableList.of(), Optional.empty(), RULE));
    PublishedResult top99 = PublishedResult.of("B/112/PP.00.05/2023", "Top 99", T0.plus(Duration.ofDays(1)), List.of("1\tp-17", "2\tp-03"));
    log.recordPublication(top99, SECRETARIAT);
    log.recordObjection(T0.plus(Duration.ofDays(2)), UNIT, "sanggahan-1", top99, ProposalId.of("p-44"), "our score sheet was lost");
    log.recordRuling(T0.plus(Duration.ofDays(3)), PANEL, "sanggahan-1", true, UPHELD);
    log.recordPublication(top99.correctedBy("B/130/PP.00.05/2023", T0.plus(Duration.ofDays(4)), List.of("1\tp-17", "2\tp-44", "3\tp-03"),
        UPHELD), SECRETARIAT);
    return log;
  }

  @Test
  void an_untouched_log_verifies_and_its_head_hash_stands_for_the_whole_log() {
    DecisionLog log = competitionLog();

    assertThat(log.size()).isEqualTo(5);
    assertThat(log.verify().valid()).isTrue();
    assertThat(log.verify(log.headHash()).valid()).isTrue();
    assertThat(log.entries().get(0).previousHash()).isEqualTo(DecisionLog.GENESIS);
    assertThat(log.entries()).extracting(LogEntry::kind).containsExactly(
        EntryKind.TRANSITION, EntryKind.PUBLICATION, EntryKind.OBJECTION, EntryKind.RULING, EntryKind.CORRECTION);
  }

  @Test
  void a_correction_links_the_hash_of_the_result_it_supersedes_and_objections_name_the_result_they_contest() {
    PublishedResult first = PublishedResult.of("B/112", "Top 99", T0, List.of("p-17", "p-03"));
    PublishedResult corrected = first.correctedBy("B/130", T0.plusSeconds(60), List.of("p-17", "p-44"), UPHELD);
    DecisionLog log = DecisionLog.create();
    log.recordPublication(first, SECRETARIAT);
    LogEntry objection = log.recordObjection(T0.plusSeconds(30), UNIT, "s-1", first, ProposalId.of("p-44"), "lost sheet");
    LogEntry correction = log.recordPublication(corrected, SECRETARIAT);

    assertThat(corrected.supersedes()).contains(first.hash());
    assertThat(corrected.hash()).isNotEqualTo(first.hash());
    assertThat(objection.payload()).contains("against=" + first.hash());
    assertThat(correction.payload()).contains("hash=" + corrected.hash()).contains("supersedes=" + first.hash())
        .contains("reason=objection.upheld").contains("Objection upheld").contains("Sanggahan diterima");
    assertThat(correction.citations()).containsExactly(RULE);
    assertThat(corrected.reason()).contains(UPHELD);
  }

  @Test
  void a_published_result_whose_hash_does_not_match_its_content_is_refused() {
    PublishedResult result = PublishedResult.of("B/112", "Top 99", T0, List.of("p-17"));

    assertThatThrownBy(() -> new PublishedResult("B/112", "Top 99", T0, ImmutableList.of("p-18"), Optional.empty(), Optional.empty(), result.hash()))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> {
          assertThat(e.violations()).singleElement().satisfies(v -> {
            assertThat(v.code()).isEqualTo("kipp.result.hash");
            assertThat(v.path()).isEqualTo("hash");
            assertThat(v.invalidValue()).isEqualTo(result.hash());
          });
          assertThat(e.text().english()).contains("B/112").contains(result.hash());
          assertThat(e.text().indonesian()).contains("B/112").contains(result.hash());
        });
  }

  @Test
  void an_entry_dated_before_the_last_is_refused_and_nothing_is_appended() {
    DecisionLog log = competitionLog();
    String head = log.headHash();

    assertThatThrownBy(() -> log.append(T0.minusSeconds(1), SECRETARIAT, EntryKind.NOTE, "s", "p", List.of()))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("at");
    assertThat(log.size()).isEqualTo(5);
    assertThat(log.headHash()).isEqualTo(head);
  }

  @Test
  void writing_and_parsing_gives_back_the_same_entries_even_with_tabs_line_breaks_and_backslashes_in_text() {
    DecisionLog log = competitionLog();
    // The subject is a single line of plain text; the payload and the notes may hold tabs and line breaks.
    log.append(T0.plus(Duration.ofDays(5)), SECRETARIAT, EntryKind.NOTE, "note with a back\\slash", "line\tone\nline two\r\\end",
        List.of(RULE.withNote("a note, with a comma\tand a tab"), Citation.unknown("Juknis 2023", "2 decimals")));

    DecisionLog parsed = DecisionLog.parse(log.write());

    assertThat(parsed.entries()).isEqualTo(log.entries());
    assertThat(parsed.verify().valid()).isTrue();
    assertThat(parsed.write()).isEqualTo(log.write());
  }

  @Test
  void a_changed_payload_is_named_as_the_first_bad_entry() {
    List<LogEntry> entries = new ArrayList<>(competitionLog().entries());
    LogEntry e = entries.get(2);
    entries.set(2, new LogEntry(e.sequence(), e.at(), e.actor(), e.kind(), e.subject(), e.payload().replace("p-44", "p-45"), e.citations(),
        e.previousHash(), e.hash()));

    Verification v = DecisionLog.of(entries).verify();

    assertThat(v.valid()).isFalse();
    assertThat(v.firstBad()).hasValue(3);
    assertThat(v.problem().orElseThrow().english()).contains("#3").contains("changed");
    assertThat(v.problem().orElseThrow().indonesian()).contains("#3").contains("diubah");
  }

  @Test
  void a_changed_entry_whose_hash_was_recomputed_still_breaks_the_link_of_the_next() {
    List<LogEntry> entries = new ArrayList<>(competitionLog().entries());
    LogEntry e = entries.get(1);
    String payload = "hash=" + "0".repeat(64) + " lines=2 title=Top 99";
    LogEntry forged = new LogEntry(e.sequence(), e.at(), e.actor(), e.kind(), e.subject(), payload, e.citations(), e.previousHash(), "");
    entries.set(1, new LogEntry(e.sequence(), e.at(), e.actor(), e.kind(), e.subject(), payload, e.citations(), e.previousHash(),
        forged.computeHash()));

    Verification v = DecisionLog.of(entries).verify();

    assertThat(v.firstBad()).hasValue(3);
    assertThat(v.problem().orElseThrow().english()).contains("links to");
  }

  @Test
  void a_removed_entry_in_the_middle_is_caught_by_the_chain_and_one_at_the_end_by_the_recorded_head() {
    DecisionLog log = competitionLog();
    String head = log.headHash();
    List<LogEntry> middle = new ArrayList<>(log.entries());
    middle.remove(1);
    List<LogEntry> end = new ArrayList<>(log.entries());
    end.remove(end.size() - 1);

    assertThat(DecisionLog.of(middle).verify().firstBad()).hasValue(2);
    assertThat(DecisionLog.of(end).verify().valid()).isTrue();
    Verification atHead = DecisionLog.of(end).verify(head);
    assertThat(atHead.firstBad()).hasValue(5);
    assertThat(atHead.problem().orElseThrow().english()).contains(head);
  }

  @Test
  void swapped_entries_are_caught_at_the_first_one_out_of_place() {
    List<LogEntry> entries = new ArrayList<>(competitionLog().entries());
    LogEntry second = entries.get(1);
    entries.set(1, entries.get(2));
    entries.set(2, second);

    assertThat(DecisionLog.of(entries).verify().firstBad()).hasValue(2);
  }

  @Test
  void a_line_that_cannot_be_read_is_refused_naming_its_line_number() {
    String text = competitionLog().write();
    String broken = text.replaceFirst("TRANSITION", "TRANSITIONS");

    assertThatThrownBy(() -> DecisionLog.parse(broken))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> {
          assertThat(e.violations()).singleElement().satisfies(v -> {
            assertThat(v.code()).isEqualTo("kipp.log.malformed");
            assertThat(v.path()).isEqualTo("lines[0]");
            assertThat(v.message().english()).contains("Line 1").contains("TRANSITIONS");
            assertThat(v.message().indonesian()).contains("Baris 1");
          });
        });
  }

  @Test
  void a_line_that_reads_the_same_but_is_not_written_the_way_the_log_writes_is_refused() {
    String text = competitionLog().write();
    String lowerCaseTime = text.replaceFirst("T02:00:00Z", "t02:00:00z");

    assertThatThrownBy(() -> DecisionLog.parse(lowerCaseTime))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("form the log writes");
  }

  // ---- properties ----------------------------------------------------------------------------

  private static Gen<DecisionLog> logs() {
    return longs().between(1, Long.MAX_VALUE).zip(integers().between(1, 12), (seed, n) -> randomLog(new Random(seed), n));
  }

  private static DecisionLog randomLog(Random random, int size) {
    DecisionLog log = DecisionLog.create();
    Instant at = T0;
    // The kinds a host appends; publications, corrections, objections and rulings have their own record methods.
    EntryKind[] kinds = {EntryKind.TRANSITION, EntryKind.SCORE_SHEET, EntryKind.RECUSAL, EntryKind.DECISION, EntryKind.NOTE};
    String alphabet = "abcXYZ 019-\t\n\\\r,é✓";
    for (int i = 0; i < size; i++) {
      at = at.plusMillis(random.nextInt(3) * 1000L + random.nextInt(2));
      List<Citation> citations = new ArrayList<>();
      for (int c = random.nextInt(3); c > 0; c--) {
        citations.add(RULE.withNote(text(random, alphabet, 6)));
      }
      EntryKind kind = kinds[random.nextInt(kinds.length)];
      List<Role> roles = kind.roles().asList();
      log.append(at, Actor.of("actor-" + random.nextInt(5), roles.get(random.nextInt(roles.size()))), kind,
          "proposal p-" + random.nextInt(100), text(random, alphabet, 20), citations);
    }
    return log;
  }

  private static String text(Random random, String alphabet, int max) {
    StringBuilder s = new StringBuilder();
    for (int i = random.nextInt(max + 1); i > 0; i--) {
      s.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    return s.toString();
  }

  @Test
  void every_single_byte_change_to_a_written_log_is_refused_on_reading_or_caught_by_verification() {
    qt().withFixedSeed(2023).withExamples(1_000)
        .forAll(logs(), integers().between(0, Integer.MAX_VALUE - 1), integers().between(1, 255))
        .checkAssert((log, position, delta) -> {
          String head = log.headHash();
          byte[] bytes = log.write().getBytes(StandardCharsets.UTF_8);
          int at = position % bytes.length;
          bytes[at] = (byte) (bytes[at] + delta);
          String tampered = new String(bytes, StandardCharsets.UTF_8);
          try {
            DecisionLog parsed = DecisionLog.parse(tampered);
            assertThat(parsed.verify(head).valid())
                .as("byte %d of the log changed by %d went unnoticed", at, delta)
                .isFalse();
          } catch (InvalidInputException refused) {
            assertThat(refused.getMessage()).contains("decision log");
          }
        });
  }

  @Test
  void every_removed_inserted_swapped_or_changed_entry_is_caught() {
    qt().withFixedSeed(99).withExamples(1_000)
        .forAll(logs(), integers().between(0, 3), longs().between(0, Long.MAX_VALUE))
        .checkAssert((log, mutation, seed) -> {
          Random random = new Random(seed);
          String head = log.headHash();
          List<LogEntry> entries = new ArrayList<>(log.entries());
          int i = random.nextInt(entries.size());
          switch (mutation) {
            case 0 -> entries.remove(i);
            case 1 -> entries.add(i, entries.get(random.nextInt(entries.size())));
            case 2 -> {
              int j = random.nextInt(entries.size());
              if (entries.get(i).equals(entries.get(j))) {
                j = (i + 1) % entries.size();
              }
              LogEntry tmp = entries.get(i);
              entries.set(i, entries.get(j));
              entries.set(j, tmp);
              if (entries.size() == 1) {
                entries.add(tmp);
              }
            }
            default -> {
              LogEntry e = entries.get(i);
              entries.set(i, new LogEntry(e.sequence(), e.at(), e.actor(), e.kind(), e.subject(), e.payload() + "!", e.citations(),
                  e.previousHash(), e.hash()));
            }
          }
          assertThat(DecisionLog.of(entries).verify(head).valid()).as("mutation %d at %d", mutation, i).isFalse();
        });
  }

  @Test
  void verification_of_a_random_untouched_log_passes_after_a_round_trip() {
    qt().withFixedSeed(5).withExamples(1_000).forAll(logs()).checkAssert(log -> {
      DecisionLog parsed = DecisionLog.parse(log.write());
      assertThat(parsed.verify(log.headHash()).valid()).isTrue();
      assertThat(parsed.entries()).isEqualTo(log.entries());
    });
  }

  @Test
  void random_text_never_escapes_as_anything_but_a_kipp_error() {
    qt().withFixedSeed(11).withExamples(2000).forAll(strings().allPossible().ofLengthBetween(0, 200)).checkAssert(text -> {
      try {
        DecisionLog.parse(text).verify();
      } catch (InvalidInputException expected) {
        assertThat(expected.errorCode()).isNotBlank();
      }
    });
  }
}
