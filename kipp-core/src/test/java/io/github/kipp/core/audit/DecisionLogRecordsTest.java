package io.github.kipp.core.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import io.github.kipp.core.Actor;
import io.github.kipp.core.Citation;
import io.github.kipp.core.Confidence;
import io.github.kipp.core.InvalidInputException;
import io.github.kipp.core.LocalizedText;
import io.github.kipp.core.ProposalId;
import io.github.kipp.core.Reason;
import io.github.kipp.core.Role;
import io.github.kipp.core.StageId;
import io.github.kipp.core.TierId;
import io.github.kipp.core.stage.StageTransition;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class DecisionLogRecordsTest {

  private static final Instant T0 = Instant.parse("2023-07-03T02:00:00Z");
  private static final Actor SECRETARIAT = Actor.of("sekretariat", Role.SECRETARIAT);
  private static final Actor PANEL = Actor.of("tpi-ketua", Role.INDEPENDENT_PANEL);
  private static final Citation RULE = Citation.regulation("PermenPANRB 1/2023", "Pasal 12 ayat (2)").withSources("S14", "S15");
  private static final Citation JUKNIS = Citation.reported("Juknis 2023", "Bab III").withSources("S20");

  private static LogEntry entry(long sequence, Instant at, Actor actor, EntryKind kind, String subject, List<Citation> citations, String previous) {
    return new LogEntry(sequence, at, actor, kind, subject, "payload", ImmutableList.copyOf(citations), previous, "");
  }

  @Test
  void a_transition_into_an_awarded_stage_records_the_tier_and_the_reason_codes() {
    DecisionLog log = DecisionLog.create();
    Reason late = Reason.of("late", LocalizedText.of("Terlambat", "Late"), JUKNIS);
    Reason blank = Reason.of("blank", LocalizedText.of("Kosong", "Blank"), RULE);
    StageTransition t = new StageTransition(StageId.of("finalist"), StageId.of("awarded"), SECRETARIAT, T0,
        ImmutableList.of(late, blank), Optional.of(TierId.of("top-45")), RULE);

    LogEntry e = log.recordTransition(ProposalId.of("p-17"), t);

    assertThat(e).isEqualTo(log.entries().get(0));
    assertThat(e.subject()).isEqualTo("proposal p-17");
    assertThat(e.payload()).isEqualTo("finalist -> awarded tier=top-45 reasons=late,blank");
    assertThat(e.citations()).containsExactly(RULE, JUKNIS);
  }

  @Test
  void a_transition_without_tier_or_reasons_records_only_the_move() {
    DecisionLog log = DecisionLog.create();
    StageTransition t = new StageTransition(StageId.of("evaluated"), StageId.of("nominated"), SECRETARIAT, T0,
        ImmutableList.of(), Optional.empty(), RULE);

    assertThat(log.recordTransition(ProposalId.of("p-17"), t).payload()).isEqualTo("evaluated -> nominated");
    assertThat(t.citations()).containsExactly(RULE);
  }

  @Test
  void a_ruling_records_whether_the_objection_was_upheld_or_rejected_with_its_citations() {
    DecisionLog log = DecisionLog.create();
    Reason reason = Reason.of("objection.decided", LocalizedText.of("Diputuskan", "Decided"), RULE);

    PublishedResult top99 = PublishedResult.of("B/112", "Top 99", T0, List.of("p-17"));
    log.recordPublication(top99, SECRETARIAT);
    Actor unit = Actor.of("upp-1", Role.UNIT);
    log.recordObjection(T0, unit, "sanggahan-1", top99, ProposalId.of("p-17"), "grounds");
    log.recordObjection(T0, unit, "sanggahan-2", top99, ProposalId.of("p-17"), "grounds");

    LogEntry upheld = log.recordRuling(T0, PANEL, "sanggahan-1", true, reason);
    LogEntry rejected = log.recordRuling(T0.plusSeconds(1), PANEL, "sanggahan-2", false, reason);

    assertThat(upheld.payload()).isEqualTo("upheld: Decided");
    assertThat(upheld.kind()).isEqualTo(EntryKind.RULING);
    assertThat(upheld.subject()).isEqualTo("objection sanggahan-1");
    assertThat(upheld.citations()).containsExactly(RULE);
    assertThat(rejected.payload()).isEqualTo("rejected: Decided");
    assertThat(log.entries().subList(3, 5)).containsExactly(upheld, rejected);
  }

  @Test
  void an_entry_at_the_same_instant_as_the_last_is_accepted() {
    DecisionLog log = DecisionLog.create();
    log.append(T0, SECRETARIAT, EntryKind.NOTE, "a", "b", List.of());

    assertThat(log.append(T0, SECRETARIAT, EntryKind.NOTE, "c", "d", List.of()).sequence()).isEqualTo(2);
  }

  @Test
  void citations_with_several_sources_survive_writing_and_parsing() {
    DecisionLog log = DecisionLog.create();
    log.append(T0, SECRETARIAT, EntryKind.NOTE, "s", "p", List.of(RULE, JUKNIS.withSources("S20", "S21", "S22")));
    log.append(T0.plusSeconds(5), SECRETARIAT, EntryKind.NOTE, "s2", "p2", List.of(JUKNIS));

    DecisionLog parsed = DecisionLog.parse(log.write());

    assertThat(parsed.entries()).isEqualTo(log.entries());
    assertThat(parsed.entries().get(0).citations().get(1).sources()).containsExactly("S20", "S21", "S22");
    assertThat(parsed.verify().valid()).isTrue();
  }

  @Test
  void a_field_ending_in_a_lone_backslash_is_refused_naming_the_cause() {
    DecisionLog log = DecisionLog.create();
    log.append(T0, SECRETARIAT, EntryKind.NOTE, "subject", "payload", List.of());
    String line = log.write().replace("\tsubject\t", "\tsubject\\\t");

    assertThatThrownBy(() -> DecisionLog.parse(line))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("a lone backslash ends the field");
  }

  @Test
  void a_negative_citation_count_is_refused_naming_the_allowed_range() {
    DecisionLog log = DecisionLog.create();
    log.append(T0, SECRETARIAT, EntryKind.NOTE, "subject", "payload", List.of());
    String line = log.write().replace("\tpayload\t0\t", "\tpayload\t-1\t");

    assertThatThrownBy(() -> DecisionLog.parse(line))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("a count must be between 0 and 10000, found -1");
  }

  @Test
  void a_line_with_a_field_too_many_is_refused_naming_both_counts() {
    DecisionLog log = DecisionLog.create();
    log.append(T0, SECRETARIAT, EntryKind.NOTE, "subject", "payload", List.of());
    String line = log.write().replace("\n", "\textra\n");

    assertThatThrownBy(() -> DecisionLog.parse(line))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("expected 10 fields, found 11");
  }

  @Test
  void a_citation_count_of_exactly_ten_thousand_is_within_range_and_fails_only_for_the_missing_fields() {
    DecisionLog log = DecisionLog.create();
    log.append(T0, SECRETARIAT, EntryKind.NOTE, "subject", "payload", List.of());
    String line = log.write().replace("\tpayload\t0\t", "\tpayload\t10000\t");

    assertThatThrownBy(() -> DecisionLog.parse(line))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageNotContaining("a count must be between");
    assertThatThrownBy(() -> DecisionLog.parse(log.write().replace("\tpayload\t0\t", "\tpayload\t10001\t")))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("a count must be between 0 and 10000, found 10001");
  }

  @Test
  void every_field_of_an_entry_is_part_of_its_hash() {
    List<Citation> cited = List.of(RULE);
    LogEntry base = entry(1, T0, SECRETARIAT, EntryKind.NOTE, "s", cited, DecisionLog.GENESIS);
    List<LogEntry> variants = List.of(
        base,
        entry(2, T0, SECRETARIAT, EntryKind.NOTE, "s", cited, DecisionLog.GENESIS),
        entry(1, T0.plusSeconds(1), SECRETARIAT, EntryKind.NOTE, "s", cited, DecisionLog.GENESIS),
        entry(1, T0, Actor.of("lain", Role.SECRETARIAT), EntryKind.NOTE, "s", cited, DecisionLog.GENESIS),
        entry(1, T0, Actor.of("sekretariat", Role.INDEPENDENT_PANEL), EntryKind.NOTE, "s", cited, DecisionLog.GENESIS),
        entry(1, T0, SECRETARIAT, EntryKind.RULING, "s", cited, DecisionLog.GENESIS),
        entry(1, T0, SECRETARIAT, EntryKind.NOTE, "t", cited, DecisionLog.GENESIS),
        entry(1, T0, SECRETARIAT, EntryKind.NOTE, "s", List.of(), DecisionLog.GENESIS),
        entry(1, T0, SECRETARIAT, EntryKind.NOTE, "s", List.of(Citation.regulation("PermenPANRB 2/2023", "Pasal 12 ayat (2)").withSources("S14", "S15")), DecisionLog.GENESIS),
        entry(1, T0, SECRETARIAT, EntryKind.NOTE, "s", List.of(Citation.regulation("PermenPANRB 1/2023", "Pasal 13").withSources("S14", "S15")), DecisionLog.GENESIS),
        entry(1, T0, SECRETARIAT, EntryKind.NOTE, "s", List.of(Citation.reported("PermenPANRB 1/2023", "Pasal 12 ayat (2)").withSources("S14", "S15")), DecisionLog.GENESIS),
        entry(1, T0, SECRETARIAT, EntryKind.NOTE, "s", List.of(RULE.withSources("S14")), DecisionLog.GENESIS),
        entry(1, T0, SECRETARIAT, EntryKind.NOTE, "s", List.of(RULE.withNote("catatan")), DecisionLog.GENESIS),
        entry(1, T0, SECRETARIAT, EntryKind.NOTE, "s", cited, "0".repeat(63) + "1"));

    Set<String> hashes = variants.stream().map(LogEntry::computeHash).collect(Collectors.toSet());

    assertThat(hashes).hasSize(variants.size());
    assertThat(base.computeHash()).hasSize(64).matches("[0-9a-f]{64}").isEqualTo(entry(1, T0, SECRETARIAT, EntryKind.NOTE, "s", cited, DecisionLog.GENESIS).computeHash());
    assertThat(RULE.confidence()).isEqualTo(Confidence.REGULATION);
  }

  @Test
  void every_field_of_a_published_result_is_part_of_its_hash() {
    PublishedResult base = PublishedResult.of("B/112", "Top 99", T0, List.of("p-17"));
    Set<String> hashes = Stream.of(
            base,
            PublishedResult.of("B/113", "Top 99", T0, List.of("p-17")),
            PublishedResult.of("B/112", "Top 45", T0, List.of("p-17")),
            PublishedResult.of("B/112", "Top 99", T0.plusSeconds(1), List.of("p-17")),
            PublishedResult.of("B/112", "Top 99", T0, List.of("p-18")),
            base.correctedBy("B/112", T0, List.of("p-17"), Reason.of("correction", LocalizedText.of("Koreksi", "Correction"), RULE)),
            base.correctedBy("B/112", T0, List.of("p-17"), Reason.of("correction", LocalizedText.of("Koreksi", "Correction"), JUKNIS)),
            base.correctedBy("B/112", T0, List.of("p-17"), Reason.of("correction", LocalizedText.of("Koreksi", "Correction lost sheet"), RULE)),
            base.correctedBy("B/112", T0, List.of("p-17"), Reason.of("correction.other", LocalizedText.of("Koreksi", "Correction"), RULE)))
        .map(PublishedResult::hash)
        .collect(Collectors.toSet());

    assertThat(hashes).hasSize(9);
    assertThat(PublishedResult.of("B/112", "Top 99", T0, List.of("p-17")).hash()).isEqualTo(base.hash());
  }
}
