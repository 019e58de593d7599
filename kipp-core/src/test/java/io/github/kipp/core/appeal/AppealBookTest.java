package io.github.kipp.core.appeal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import com.google.common.collect.ImmutableList;
import io.github.kipp.core.Actor;
import io.github.kipp.core.Citation;
import io.github.kipp.core.Confidence;
import io.github.kipp.core.Decision;
import io.github.kipp.core.EffectivePeriod;
import io.github.kipp.core.Fixtures;
import io.github.kipp.core.InvalidInputException;
import io.github.kipp.core.KippTime;
import io.github.kipp.core.LocalizedText;
import io.github.kipp.core.Reason;
import io.github.kipp.core.Role;
import io.github.kipp.core.RuleModuleId;
import io.github.kipp.core.UnauthorizedActionException;
import io.github.kipp.core.audit.DecisionLog;
import io.github.kipp.core.audit.EntryKind;
import io.github.kipp.core.audit.LogEntry;
import io.github.kipp.core.audit.Verification;
import io.github.kipp.core.eligibility.ProposalEligibility;
import io.github.kipp.core.innovation.Proposal;
import io.github.kipp.core.internal.CoreMessages;
import io.github.kipp.core.spi.Jurisdiction;
import io.github.kipp.core.spi.ParameterSet;
import io.github.kipp.core.spi.RuleModule;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * An entrant's appeal is filed by the entrant concerned, within the declared window, once per
 * decision, and decided once by an authorised role with its reasons; everything is recorded in the
 * decision log, which still verifies, and a forged or reordered appeal entry fails verification.
 */
class AppealBookTest {

  private static final Instant ANNOUNCED = ZonedDateTime.of(2023, 6, 10, 9, 0, 0, 0, KippTime.JAKARTA).toInstant();
  private static final Instant FILED = ZonedDateTime.of(2023, 6, 12, 14, 0, 0, 0, KippTime.JAKARTA).toInstant();
  private static final Instant DECIDED = ZonedDateTime.of(2023, 6, 20, 10, 0, 0, 0, KippTime.JAKARTA).toInstant();
  private static final Citation AGE_RULE = Citation.reported("Pedoman Menteri PANRB 3/2023", "Bab III").withSources("S16");
  private static final Citation PANEL_DECISION = Citation.reported("Berita acara sidang pleno TPI", "butir 2");
  private static final Proposal PROPOSAL = Fixtures.proposal("p-17").build();
  private static final Actor UNIT = Actor.of("luwu-utara-dinkes", Role.UNIT);
  private static final Actor ADMIN = Actor.of("pemkab-luwu-utara", Role.INSTITUTION_ADMIN);
  private static final Actor PANEL = Actor.of("tpi-1", Role.INDEPENDENT_PANEL);
  private static final Reason UPHELD = Reason.of("appeal.upheld",
      LocalizedText.of("Tanggal mulai penerapan terbukti Maret 2020.", "The start of implementation is shown to be March 2020."), PANEL_DECISION);

  private static ProposalEligibility refusal() {
    return new ProposalEligibility(PROPOSAL.id(), ImmutableList.of(
        Decision.pass("proposal p-17", "eligibility.fits-edition"),
        Decision.fail("proposal p-17", "eligibility.minimum-age",
            Reason.of("kipp.eligibility.age.fail", LocalizedText.of("Terlalu muda", "Too young"), AGE_RULE))));
  }

  private static AppealedDecision refused() {
    return AppealedDecision.eligibilityRefusal(PROPOSAL, refusal(), ANNOUNCED);
  }

  private static Appeal appeal(String id, Actor by, Instant at) {
    return Appeal.of(id, by, refused(), "Inovasi berjalan sejak Maret 2020; lampiran SK menunjukkannya.", at);
  }

  private static Supplier<Object> state(DecisionLog log, AppealBook book) {
    return () -> List.of(log.size(), log.headHash(), book.appeals(), book.rulings());
  }

  @Test
  void files_the_entrants_appeal_within_the_window_and_records_it_with_the_windows_citation() {
    DecisionLog log = DecisionLog.create();
    AppealBook book = AppealBook.open(AppealWindow.defaultWindow(), log);

    Appeal filed = book.file(appeal("banding-1", UNIT, FILED));

    assertThat(book.appeals()).containsExactly(filed);
    assertThat(book.pending()).containsExactly(filed);
    LogEntry entry = log.entries().get(0);
    assertThat(entry.kind()).isEqualTo(EntryKind.APPEAL);
    assertThat(entry.subject()).isEqualTo("appeal banding-1");
    assertThat(entry.payload()).startsWith("decision=eligibility-refusal:p-17 unit=luwu-utara-dinkes institution=pemkab-luwu-utara announced=2023-06-10T02:00:00Z"
        + " closes=2023-06-15T17:00:00Z grounds=Inovasi berjalan");
    assertThat(entry.citations()).containsExactly(AppealWindow.defaultWindow().citation());
    assertThat(log.verify().valid()).isTrue();
  }

  @Test
  void the_institutions_coordinating_account_may_appeal_for_its_unit() {
    DecisionLog log = DecisionLog.create();
    AppealBook book = AppealBook.open(AppealWindow.defaultWindow(), log);

    book.file(appeal("banding-1", ADMIN, FILED));

    assertThat(log.entries()).extracting(LogEntry::actor).containsExactly(ADMIN);
  }

  @Test
  void refuses_an_appeal_by_anyone_but_the_entrant_concerned_changing_nothing() {
    DecisionLog log = DecisionLog.create();
    AppealBook book = AppealBook.open(AppealWindow.defaultWindow(), log);
    Object before = state(log, book).get();

    for (Actor other : List.of(Actor.of("takalar-dinkes", Role.UNIT), Actor.of("pemkab-takalar", Role.INSTITUTION_ADMIN),
        Actor.of("pemkab-luwu-utara", Role.UNIT), Actor.of("luwu-utara-dinkes", Role.INSTITUTION_ADMIN))) {
      assertThatThrownBy(() -> book.file(appeal("banding-1", other, FILED))).as("%s", other)
          .isInstanceOfSatisfying(UnauthorizedActionException.class, e -> {
            assertThat(e.errorCode()).isEqualTo(UnauthorizedActionException.REFUSED);
            assertThat(e.text().english()).contains(CoreMessages.render("kipp.appeal.notEntrant", "appeal", "banding-1", "actor", other.id(),
                "role", other.role(), "unit", "luwu-utara-dinkes", "institution", "pemkab-luwu-utara").english());
            assertThat(e.text().indonesian()).contains("hanya peserta yang bersangkutan yang boleh mengajukan banding");
          });
    }
    assertThat(state(log, book).get()).isEqualTo(before);
  }

  @Test
  void refuses_an_appeal_by_a_role_that_may_not_appeal_naming_the_allowed_roles() {
    DecisionLog log = DecisionLog.create();
    AppealBook book = AppealBook.open(AppealWindow.defaultWindow(), log);

    for (Role role : List.of(Role.SECRETARIAT, Role.EVALUATOR, Role.INDEPENDENT_PANEL, Role.VERIFIER, Role.ORGANISER)) {
      assertThatThrownBy(() -> book.file(appeal("banding-1", Actor.of("luwu-utara-dinkes", role), FILED))).as("%s", role)
          .isInstanceOfSatisfying(UnauthorizedActionException.class, e -> {
            assertThat(e.errorCode()).isEqualTo(UnauthorizedActionException.CODE);
            assertThat(e.allowedRoles()).containsExactly(Role.UNIT, Role.INSTITUTION_ADMIN);
          });
    }
    assertThat(log.size()).isZero();
  }

  @Test
  void refuses_an_appeal_filed_at_the_close_or_before_the_announcement() {
    DecisionLog log = DecisionLog.create();
    AppealBook book = AppealBook.open(AppealWindow.defaultWindow(), log);
    Instant closes = AppealWindow.defaultWindow().closes(ANNOUNCED);

    assertThat(closes).isEqualTo(ZonedDateTime.of(2023, 6, 16, 0, 0, 0, 0, KippTime.JAKARTA).toInstant());
    for (Instant at : List.of(closes, ANNOUNCED.minusSeconds(1))) {
      assertThatThrownBy(() -> book.file(appeal("banding-1", UNIT, at))).as("%s", at)
          .isInstanceOfSatisfying(UnauthorizedActionException.class, e -> {
            assertThat(e.text().english()).contains("appeal banding-1 is filed at " + at + ", outside its window");
            assertThat(e.text().indonesian()).contains("di luar masa banding");
          });
    }
    assertThat(log.size()).isZero();
    book.file(appeal("banding-1", UNIT, closes.minusSeconds(1)));
    assertThat(log.verify().valid()).isTrue();
  }

  @Test
  void refuses_a_second_appeal_on_the_same_decision_and_a_second_appeal_under_the_same_id() {
    DecisionLog log = DecisionLog.create();
    AppealBook book = AppealBook.open(AppealWindow.defaultWindow(), log);
    book.file(appeal("banding-1", UNIT, FILED));
    Object before = state(log, book).get();

    assertThatThrownBy(() -> book.file(appeal("banding-2", ADMIN, FILED)))
        .isInstanceOfSatisfying(UnauthorizedActionException.class, e -> assertThat(e.text().english())
            .contains("decision eligibility-refusal:p-17 was already appealed in appeal banding-1; a decision may be appealed once."));
    assertThatThrownBy(() -> book.file(appeal("banding-1", UNIT, FILED)))
        .isInstanceOfSatisfying(UnauthorizedActionException.class, e -> assertThat(e.text().indonesian())
            .contains("banding banding-1 sudah diajukan; setiap banding diajukan sekali."));
    assertThat(state(log, book).get()).isEqualTo(before);
  }

  @Test
  void another_administrative_decision_of_the_same_proposal_is_a_different_decision() {
    DecisionLog log = DecisionLog.create();
    AppealBook book = AppealBook.open(AppealWindow.defaultWindow(), log);
    book.file(appeal("banding-1", UNIT, FILED));
    Decision returned = Decision.fail("proposal p-17", "administration.correction-refused",
        Reason.of("administration.late", LocalizedText.of("Perbaikan terlambat", "Correction late"), AGE_RULE));

    book.file(Appeal.of("banding-2", UNIT, AppealedDecision.administrative(PROPOSAL, returned, ANNOUNCED), "Perbaikan dikirim tepat waktu.", FILED));

    assertThat(book.appeals()).extracting(a -> a.decision().reference())
        .containsExactly("eligibility-refusal:p-17", "administrative:p-17:administration.correction-refused");
  }

  @Test
  void an_appeal_against_a_decision_that_passed_is_refused_as_input() {
    ProposalEligibility eligible = new ProposalEligibility(PROPOSAL.id(), ImmutableList.of(Decision.pass("proposal p-17", "eligibility.minimum-age")));

    assertThatThrownBy(() -> AppealedDecision.eligibilityRefusal(PROPOSAL, eligible, ANNOUNCED))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> {
          assertThat(e.violations()).extracting(v -> v.code()).containsExactly("kipp.appeal.notRefused");
          assertThat(e.violations().get(0).path()).isEqualTo("decisions[0]");
          assertThat(e.violations().get(0).message().indonesian()).contains("hanya penolakan yang dapat diajukan banding");
        });
  }

  @Test
  void blank_grounds_are_refused_naming_the_field() {
    assertThatThrownBy(() -> Appeal.of("banding-1", UNIT, refused(), "  ", FILED))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
            .extracting(v -> v.code() + " " + v.path()).containsExactly("kipp.text.blank grounds"));
  }

  @Test
  void decides_an_appeal_once_with_its_reasons_recorded_in_both_languages() {
    DecisionLog log = DecisionLog.create();
    AppealBook book = AppealBook.open(AppealWindow.defaultWindow(), log);
    Appeal filed = book.file(appeal("banding-1", UNIT, FILED));

    AppealRuling ruling = book.decide(filed.id(), AppealOutcome.UPHELD, UPHELD, PANEL, DECIDED);

    assertThat(ruling.restoresProposal()).isTrue();
    assertThat(book.ruling(filed.id())).contains(ruling);
    assertThat(book.pending()).isEmpty();
    LogEntry entry = log.entries().get(1);
    assertThat(entry.kind()).isEqualTo(EntryKind.APPEAL_DECISION);
    assertThat(entry.payload()).isEqualTo("upheld reason=appeal.upheld | because: The start of implementation is shown to be March 2020."
        + " | karena: Tanggal mulai penerapan terbukti Maret 2020.");
    assertThat(entry.citations()).containsExactly(PANEL_DECISION);
    assertThat(log.verify().valid()).isTrue();

    Object before = state(log, book).get();
    assertThatThrownBy(() -> book.decide(filed.id(), AppealOutcome.DISMISSED, UPHELD, Actor.of("menteri", Role.ORGANISER), DECIDED))
        .isInstanceOfSatisfying(UnauthorizedActionException.class, e -> assertThat(e.text().english())
            .contains("appeal banding-1 was already decided; an appeal is decided once."));
    assertThatThrownBy(() -> book.decide(AppealId.of("banding-9"), AppealOutcome.DISMISSED, UPHELD, PANEL, DECIDED))
        .isInstanceOfSatisfying(UnauthorizedActionException.class, e -> assertThat(e.text().indonesian())
            .contains("tidak ada banding banding-9 yang diajukan."));
    assertThat(state(log, book).get()).isEqualTo(before);
  }

  @Test
  void refuses_a_decision_by_a_role_that_may_not_decide_appeals_the_secretariat_included() {
    DecisionLog log = DecisionLog.create();
    AppealBook book = AppealBook.open(AppealWindow.defaultWindow(), log);
    Appeal filed = book.file(appeal("banding-1", UNIT, FILED));
    Object before = state(log, book).get();

    for (Role role : List.of(Role.UNIT, Role.INSTITUTION_ADMIN, Role.SECRETARIAT, Role.EVALUATOR, Role.VERIFIER)) {
      assertThatThrownBy(() -> book.decide(filed.id(), AppealOutcome.UPHELD, UPHELD, Actor.of("someone", role), DECIDED)).as("%s", role)
          .isInstanceOfSatisfying(UnauthorizedActionException.class, e -> {
            assertThat(e.errorCode()).isEqualTo(UnauthorizedActionException.CODE);
            assertThat(e.allowedRoles()).containsExactly(Role.INDEPENDENT_PANEL, Role.ORGANISER);
          });
    }
    assertThat(state(log, book).get()).isEqualTo(before);
  }

  @Test
  void a_dismissed_appeal_restores_nothing() {
    DecisionLog log = DecisionLog.create();
    AppealBook book = AppealBook.open(AppealWindow.defaultWindow(), log);
    Appeal filed = book.file(appeal("banding-1", UNIT, FILED));

    AppealRuling ruling = book.decide(filed.id(), AppealOutcome.DISMISSED, UPHELD, PANEL, DECIDED);

    assertThat(ruling.upheld()).isFalse();
    assertThat(ruling.restoresProposal()).isFalse();
  }

  @Test
  void a_stored_log_with_appeals_reads_back_and_verifies_and_keeps_refusing_a_second_appeal() {
    DecisionLog log = DecisionLog.create();
    AppealBook book = AppealBook.open(AppealWindow.defaultWindow(), log);
    book.decide(book.file(appeal("banding-1", UNIT, FILED)).id(), AppealOutcome.UPHELD, UPHELD, PANEL, DECIDED);

    DecisionLog read = DecisionLog.parse(log.write());

    assertThat(read.verify()).isEqualTo(log.verify());
    assertThat(read.verify().valid()).isTrue();
    assertThat(read.headHash()).isEqualTo(log.headHash());
    AppealBook onRead = AppealBook.open(AppealWindow.of(30, Citation.unknown("Pedoman", "a longer window")), read);
    assertThatThrownBy(() -> onRead.file(appeal("banding-2", UNIT, DECIDED)))
        .isInstanceOfSatisfying(UnauthorizedActionException.class, e -> assertThat(e.text().english())
            .contains("decision eligibility-refusal:p-17 was already appealed in appeal banding-1"));
  }

  @Test
  void a_forged_appeal_entry_fails_verification() {
    DecisionLog log = DecisionLog.create();
    AppealBook book = AppealBook.open(AppealWindow.defaultWindow(), log);
    book.decide(book.file(appeal("banding-1", UNIT, FILED)).id(), AppealOutcome.DISMISSED, UPHELD, PANEL, DECIDED);
    List<LogEntry> entries = log.entries();
    LogEntry appeal = entries.get(0);

    // the grounds changed after the fact, without a new hash
    LogEntry edited = new LogEntry(1, appeal.at(), appeal.actor(), appeal.kind(), appeal.subject(), appeal.payload().replace("Maret", "Mei"),
        appeal.citations(), appeal.previousHash(), appeal.hash());
    Verification changed = DecisionLog.of(List.of(edited, entries.get(1))).verify();
    assertThat(changed.firstBad()).hasValue(1);
    assertThat(changed.problem().orElseThrow().english()).contains("its content was changed");

    // a late appeal re-signed by a forger who moved its close
    String late = appeal.payload().replace("closes=2023-06-15T17:00:00Z", "closes=2023-06-12T00:00:00Z");
    Verification forged = DecisionLog.of(List.of(signed(1, appeal.at(), appeal.actor(), EntryKind.APPEAL, appeal.subject(), late, DecisionLog.GENESIS)))
        .verify();
    assertThat(forged.firstBad()).hasValue(1);
    assertThat(forged.problem().orElseThrow().english()).contains("forbids").contains("outside its window");

    // an appeal re-signed as if another unit had filed it
    Actor stranger = Actor.of("takalar-dinkes", Role.UNIT);
    Verification impostor = DecisionLog.of(List.of(signed(1, appeal.at(), stranger, EntryKind.APPEAL, appeal.subject(), appeal.payload(), DecisionLog.GENESIS)))
        .verify();
    assertThat(impostor.problem().orElseThrow().indonesian()).contains("hanya peserta yang bersangkutan");
  }

  @Test
  void a_reordered_appeal_decision_fails_verification_even_when_every_hash_is_recomputed() {
    DecisionLog log = DecisionLog.create();
    AppealBook book = AppealBook.open(AppealWindow.defaultWindow(), log);
    book.decide(book.file(appeal("banding-1", UNIT, FILED)).id(), AppealOutcome.UPHELD, UPHELD, PANEL, DECIDED);
    LogEntry appeal = log.entries().get(0);
    LogEntry decision = log.entries().get(1);

    Verification swapped = DecisionLog.of(List.of(decision, appeal)).verify();
    assertThat(swapped.valid()).isFalse();

    LogEntry first = signed(1, FILED, decision.actor(), decision.kind(), decision.subject(), decision.payload(), DecisionLog.GENESIS);
    LogEntry second = signed(2, FILED, appeal.actor(), appeal.kind(), appeal.subject(), appeal.payload(), first.hash());
    Verification resigned = DecisionLog.of(List.of(first, second)).verify();
    assertThat(resigned.firstBad()).hasValue(1);
    assertThat(resigned.problem().orElseThrow().english()).contains("no appeal banding-1 was filed.");
  }

  @Test
  void an_appeal_filed_after_the_window_is_always_refused_and_changes_nothing() {
    qt().withFixedSeed(1806).withExamples(1_000)
        .forAll(integers().between(1, 60), longs().between(0, 4_000_000_000L), longs().between(0, 400L * 86_400))
        .check((days, announcedSecond, lateBy) -> {
          Instant announced = Instant.ofEpochSecond(1_600_000_000L + announcedSecond);
          AppealWindow window = AppealWindow.of(days, Citation.unknown("Pedoman", "test window"));
          AppealedDecision decision = AppealedDecision.eligibilityRefusal(PROPOSAL, refusal(), announced);
          Instant at = window.closes(announced).plusSeconds(lateBy);
          DecisionLog log = DecisionLog.create();
          AppealBook book = AppealBook.open(window, log);
          try {
            book.file(Appeal.of("banding-1", UNIT, decision, "Alasan banding.", at));
            return false;
          } catch (UnauthorizedActionException e) {
            return e.text().english().contains("outside its window") && log.size() == 0 && book.appeals().isEmpty();
          }
        });
  }

  @Test
  void an_appeal_filed_by_the_entrant_within_the_window_is_always_accepted_and_the_log_verifies() {
    qt().withFixedSeed(1807).withExamples(1_000)
        .forAll(integers().between(1, 60), longs().between(0, 4_000_000_000L), integers().between(0, 1_000_000))
        .check((days, announcedSecond, permille) -> {
          Instant announced = Instant.ofEpochSecond(1_600_000_000L + announcedSecond);
          AppealWindow window = AppealWindow.of(days, Citation.unknown("Pedoman", "test window"));
          long span = window.closes(announced).getEpochSecond() - announced.getEpochSecond();
          Instant at = announced.plusSeconds(span * permille / 1_000_001);
          DecisionLog log = DecisionLog.create();
          AppealBook book = AppealBook.open(window, log);
          book.file(Appeal.of("banding-1", permille % 2 == 0 ? UNIT : ADMIN, AppealedDecision.eligibilityRefusal(PROPOSAL, refusal(), announced),
              "Alasan banding.", at));
          return log.size() == 1 && log.verify().valid() && span >= days * 86_400L;
        });
  }

  @Test
  void the_default_window_is_five_calendar_days_in_jakarta_cited_unknown_and_a_module_may_declare_its_own() {
    AppealWindow window = AppealWindow.defaultWindow();

    assertThat(window.days()).isEqualTo(5);
    assertThat(window.zone()).isEqualTo(KippTime.JAKARTA);
    assertThat(window.citation().confidence()).isEqualTo(Confidence.UNKNOWN);
    assertThat(window.citation().sources()).containsExactly("S37", "S2");
    assertThat(AppealWindow.KEY.name()).isEqualTo("appeal.window");
    assertThatThrownBy(() -> AppealWindow.of(0, window.citation())).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1 to 366");
    assertThat(AppealWindow.declaredBy(module(ParameterSet.newBuilder().build()))).isSameAs(window);
    Citation sk = Citation.regulation("SK Gubernur Sulawesi Selatan 1234/2023", "Diktum Ketiga");
    AppealWindow declared = AppealWindow.of(7, sk);
    assertThat(AppealWindow.declaredBy(module(ParameterSet.newBuilder().set(AppealWindow.KEY, declared, sk).build()))).isEqualTo(declared);
  }

  /** An entry whose hash is right for its content, as a forger who knows the hashing would write it. */
  private static LogEntry signed(long sequence, Instant at, Actor actor, EntryKind kind, String subject, String payload, String previous) {
    LogEntry unsigned = new LogEntry(sequence, at, actor, kind, subject, payload, ImmutableList.of(), previous, "");
    return new LogEntry(sequence, at, actor, kind, subject, payload, ImmutableList.of(), previous, unsigned.computeHash());
  }

  /** A module that declares nothing but its appeal window, if any. */
  private static RuleModule module(ParameterSet parameters) {
    return new RuleModule() {
      @Override
      public RuleModuleId id() {
        return RuleModuleId.of("sulsel-2023");
      }

      @Override
      public LocalizedText title() {
        return LocalizedText.of("Kompetisi Inovasi Sulawesi Selatan 2023", "South Sulawesi innovation competition 2023");
      }

      @Override
      public Jurisdiction jurisdiction() {
        return Jurisdiction.NATIONAL;
      }

      @Override
      public EffectivePeriod effectivePeriod() {
        return EffectivePeriod.ofYear(2023);
      }

      @Override
      public int editionYear() {
        return 2023;
      }

      @Override
      public ImmutableList<Citation> legalBasis() {
        return ImmutableList.of(AGE_RULE);
      }

      @Override
      public ParameterSet parameters() {
        return parameters;
      }
    };
  }
}
