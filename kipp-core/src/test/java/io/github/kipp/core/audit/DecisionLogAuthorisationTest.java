package io.github.kipp.core.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import com.google.common.collect.ImmutableList;
import io.github.kipp.core.Actor;
import io.github.kipp.core.Citation;
import io.github.kipp.core.KippException;
import io.github.kipp.core.LocalizedText;
import io.github.kipp.core.ProposalId;
import io.github.kipp.core.Reason;
import io.github.kipp.core.RecordAction;
import io.github.kipp.core.Role;
import io.github.kipp.core.UnauthorizedActionException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The decision log under the authorisation matrix: regressions of the breaks an outside review
 * found, and a property over random sequences of actions by random actors.
 */
class DecisionLogAuthorisationTest {

  private static final Instant T0 = Instant.parse("2023-07-03T02:00:00Z");
  private static final Citation RULE = Citation.regulation("PermenPANRB 1/2023", "Pasal 12 ayat (2)").withSources("S14");
  private static final Reason UPHELD = Reason.of("objection.upheld", LocalizedText.of("Sanggahan diterima", "Objection upheld"), RULE);
  private static final Actor ORGANISER = Actor.of("menteri", Role.ORGANISER);

  @ParameterizedTest(name = "a second plain publication of the same reference by {0} is refused")
  @EnumSource(Role.class)
  void refuses_a_second_publication_under_the_same_reference_from_every_role(Role role) {
    DecisionLog log = DecisionLog.create();
    log.recordPublication(PublishedResult.of("B/112", "Top 99", T0, List.of("1. p-17")), ORGANISER);
    String head = log.headHash();

    assertThatThrownBy(() -> log.recordPublication(PublishedResult.of("B/112", "Top 99", T0.plusSeconds(60), List.of("1. p-44")), Actor.of("x", role)))
        .isInstanceOfSatisfying(UnauthorizedActionException.class, e -> {
          if (RecordAction.PUBLICATION.allows(role)) {
            assertThat(e.errorCode()).isEqualTo(UnauthorizedActionException.REFUSED);
            assertThat(e.text().english()).contains("result B/112 was already published");
            assertThat(e.text().indonesian()).contains("hasil B/112 sudah diterbitkan");
          } else {
            assertThat(e.errorCode()).isEqualTo(UnauthorizedActionException.CODE);
            assertThat(e.allowedRoles()).containsExactly(Role.SECRETARIAT, Role.ORGANISER);
          }
        });
    assertThat(log.size()).isEqualTo(1);
    assertThat(log.headHash()).isEqualTo(head);
    assertThat(log.verify().valid()).isTrue();
  }

  @Test
  void a_re_publication_is_a_correction_of_the_latest_version_with_its_reason() {
    DecisionLog log = DecisionLog.create();
    PublishedResult first = PublishedResult.of("B/112", "Top 99", T0, List.of("1. p-17"));
    log.recordPublication(first, ORGANISER);
    PublishedResult second = first.correctedBy("B/112", T0.plusSeconds(60), List.of("1. p-44"), UPHELD);
    LogEntry republished = log.recordPublication(second, ORGANISER);

    assertThat(republished.kind()).isEqualTo(EntryKind.CORRECTION);
    assertThat(republished.payload()).contains("supersedes=" + first.hash()).contains("reason=objection.upheld");
    assertThat(republished.citations()).containsExactly(RULE);
    // The first version was superseded: a correction must now supersede the second.
    assertThatThrownBy(() -> log.recordPublication(first.correctedBy("B/112", T0.plusSeconds(120), List.of("1. p-03"), UPHELD), ORGANISER))
        .isInstanceOfSatisfying(UnauthorizedActionException.class, e -> assertThat(e.text().english()).contains("latest version, " + second.hash()));
    log.recordPublication(second.correctedBy("B/112", T0.plusSeconds(120), List.of("1. p-03"), UPHELD), ORGANISER);
    assertThat(log.size()).isEqualTo(3);
    assertThat(log.verify().valid()).isTrue();
  }

  @Test
  void a_stored_log_with_a_second_plain_publication_does_not_verify() {
    DecisionLog log = DecisionLog.create();
    PublishedResult first = PublishedResult.of("B/112", "Top 99", T0, List.of("1. p-17"));
    LogEntry published = log.recordPublication(first, ORGANISER);
    PublishedResult again = PublishedResult.of("B/112", "Top 99", T0.plusSeconds(60), List.of("1. p-44"));
    String payload = "hash=" + again.hash() + " lines=1 title=Top 99";
    LogEntry unsigned = new LogEntry(2, again.at(), Actor.of("upp-1", Role.UNIT), EntryKind.PUBLICATION, "result B/112", payload, ImmutableList.of(),
        published.hash(), "");
    LogEntry forged = new LogEntry(2, again.at(), unsigned.actor(), unsigned.kind(), unsigned.subject(), payload, ImmutableList.of(), published.hash(),
        unsigned.computeHash());

    Verification v = DecisionLog.of(List.of(published, forged)).verify();

    assertThat(v.firstBad()).hasValue(2);
    assertThat(v.problem().orElseThrow().english()).contains("forbids").contains("UNIT");
  }

  @Test
  void a_correction_without_a_reason_cannot_be_made() {
    PublishedResult first = PublishedResult.of("B/112", "Top 99", T0, List.of("1. p-17"));

    assertThatThrownBy(() -> new PublishedResult("B/130", "Top 99", T0, ImmutableList.of("1. p-44"), java.util.Optional.of(first.hash()),
        java.util.Optional.empty(), first.hash()))
        .isInstanceOfSatisfying(io.github.kipp.core.InvalidInputException.class,
            e -> assertThat(e.violations()).extracting(io.github.kipp.core.Violation::code).containsExactly("kipp.result.reasonRequired"));
  }

  // ---- the property ------------------------------------------------------------------------

  private static final List<String> REFERENCES = List.of("B/1", "B/2", "B/3");
  private static final EntryKind[] KINDS = EntryKind.values();

  /** Runs a random sequence of actions by random actors; refused actions must change nothing. */
  private static DecisionLog run(long seed, int steps) {
    Random random = new Random(seed);
    DecisionLog log = DecisionLog.create();
    List<PublishedResult> published = new ArrayList<>();
    Instant at = T0;
    for (int i = 0; i < steps; i++) {
      at = at.plusSeconds(random.nextInt(3));
      Actor actor = Actor.of("actor-" + random.nextInt(3), Role.values()[random.nextInt(Role.values().length)]);
      int size = log.size();
      String head = log.headHash();
      Instant when = at;
      try {
        switch (random.nextInt(6)) {
          case 0: {
            PublishedResult r = PublishedResult.of(REFERENCES.get(random.nextInt(REFERENCES.size())), "Top 99", when, List.of("1. p-" + random.nextInt(9)));
            log.recordPublication(r, actor);
            published.add(r);
            break;
          }
          case 1:
            if (!published.isEmpty()) {
              PublishedResult old = published.get(random.nextInt(published.size()));
              String reference = random.nextBoolean() ? old.reference() : REFERENCES.get(random.nextInt(REFERENCES.size())) + "-R" + random.nextInt(3);
              PublishedResult r = old.correctedBy(reference, when, List.of("1. p-" + random.nextInt(9)), UPHELD);
              log.recordPublication(r, actor);
              published.add(r);
            }
            break;
          case 2: {
            PublishedResult against = published.isEmpty() || random.nextInt(5) == 0
                ? PublishedResult.of("B/9", "Top 99", when, List.of("x")) : published.get(random.nextInt(published.size()));
            log.recordObjection(when, actor, "s-" + random.nextInt(4), against, ProposalId.of("p-1"), "grounds");
            break;
          }
          case 3:
            log.recordRuling(when, actor, "s-" + random.nextInt(4), random.nextBoolean(), UPHELD);
            break;
          default:
            log.append(when, actor, KINDS[random.nextInt(KINDS.length)], "proposal p-" + random.nextInt(9), "payload", List.of());
            break;
        }
      } catch (KippException refused) {
        assertThat(refused).isInstanceOf(UnauthorizedActionException.class);
        assertThat(log.size()).isEqualTo(size);
        assertThat(log.headHash()).isEqualTo(head);
      }
    }
    return log;
  }

  private static final Pattern PUBLISHED = Pattern.compile("hash=([0-9a-f]{64})(?: supersedes=([0-9a-f]{64}))?.*", Pattern.DOTALL);
  private static final Pattern AGAINST = Pattern.compile("against=([0-9a-f]{64}) .*", Pattern.DOTALL);

  /**
   * Checks the entries against the matrix, written out here apart from the log's own checks: each
   * actor's role may record its entry's kind; a reference is published plainly once; a correction
   * supersedes a hash published before and not superseded yet, and gives a reason; objections
   * contest published hashes and are filed once; rulings decide filed objections once.
   */
  private static void assertNothingForbidden(DecisionLog log) {
    Set<String> references = new HashSet<>();
    Map<String, Boolean> current = new HashMap<>();
    Set<String> filed = new HashSet<>();
    Set<String> ruled = new HashSet<>();
    for (LogEntry e : log.entries()) {
      Role role = e.actor().role();
      switch (e.kind()) {
        case PUBLICATION: {
          assertThat(RecordAction.PUBLICATION.roles()).contains(role);
          assertThat(references.add(e.subject())).as("a second plain publication of %s", e.subject()).isTrue();
          Matcher m = PUBLISHED.matcher(e.payload());
          assertThat(m.matches()).isTrue();
          current.put(m.group(1), true);
          break;
        }
        case CORRECTION: {
          assertThat(RecordAction.CORRECTION.roles()).contains(role);
          Matcher m = PUBLISHED.matcher(e.payload());
          assertThat(m.matches()).isTrue();
          assertThat(current.get(m.group(2))).as("%s supersedes the latest version", e).isTrue();
          assertThat(e.payload()).contains(" reason=" + UPHELD.code());
          current.put(m.group(2), false);
          current.put(m.group(1), true);
          references.add(e.subject());
          break;
        }
        case OBJECTION: {
          assertThat(RecordAction.OBJECTION.roles()).contains(role);
          Matcher m = AGAINST.matcher(e.payload());
          assertThat(m.matches()).isTrue();
          assertThat(current).containsKey(m.group(1));
          assertThat(filed.add(e.subject())).isTrue();
          break;
        }
        case RULING:
          assertThat(RecordAction.RULING.roles()).contains(role);
          assertThat(filed).contains(e.subject());
          assertThat(ruled.add(e.subject())).isTrue();
          break;
        case SCORE_SHEET:
          assertThat(RecordAction.SHEET_SUBMISSION.roles()).contains(role);
          break;
        case RECUSAL:
          assertThat(RecordAction.RECUSAL_SELF.roles().contains(role) || RecordAction.RECUSAL_ON_BEHALF.roles().contains(role)).isTrue();
          break;
        case DECISION:
          assertThat(RecordAction.FREEZE.roles().contains(role) || RecordAction.RANK_OVERRIDE.roles().contains(role)).isTrue();
          break;
        default:
          break;
      }
    }
  }

  @Test
  void random_actions_by_random_actors_leave_a_log_that_verifies_and_holds_no_entry_the_matrix_forbids() {
    qt().withFixedSeed(20_230_703L).withExamples(1_000).forAll(longs().all(), integers().between(1, 40))
        .checkAssert((seed, steps) -> {
          DecisionLog log = run(seed, steps);
          assertThat(log.verify().valid()).isTrue();
          assertNothingForbidden(log);
          DecisionLog read = DecisionLog.parse(log.write());
          assertThat(read.verify(log.headHash()).valid()).isTrue();
        });
  }
}
