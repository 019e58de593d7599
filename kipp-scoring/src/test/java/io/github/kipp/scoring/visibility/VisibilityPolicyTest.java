package io.github.kipp.scoring.visibility;

import static io.github.kipp.scoring.ScoringFixtures.CITED;
import static io.github.kipp.scoring.ScoringFixtures.CLOSE;
import static io.github.kipp.scoring.ScoringFixtures.DESK;
import static io.github.kipp.scoring.ScoringFixtures.DESK_CRITERIA;
import static io.github.kipp.scoring.ScoringFixtures.sheet;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import com.google.common.collect.ImmutableSortedSet;
import io.github.kipp.core.Actor;
import io.github.kipp.core.ActorId;
import io.github.kipp.core.InvalidInputException;
import io.github.kipp.core.ProposalId;
import io.github.kipp.core.Role;
import io.github.kipp.core.Violation;
import io.github.kipp.core.audit.PublishedResult;
import io.github.kipp.core.blind.BlindStages;
import io.github.kipp.scoring.FrozenScores;
import io.github.kipp.scoring.ScoreSheet;
import io.github.kipp.scoring.ScoringFixtures;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class VisibilityPolicyTest {

  private static final List<ScoreSheet> SHEETS = List.of(
      sheet("p-luwu", "te-1", 80, 70), sheet("p-luwu", "te-2", 60, 90), sheet("p-takalar", "te-1", 75, 75),
      sheet("p-takalar", "te-3", 50, 55));
  private static final FrozenScores FROZEN = FrozenScores.of(DESK_CRITERIA, SHEETS, CLOSE);
  private static final PublishedResult RESULT = PublishedResult.of("B/112/2023", "Nominasi", CLOSE.plusSeconds(86_400),
      List.of("p-luwu", "p-takalar"));
  private static final BlindStages DESK_BLIND = BlindStages.of(CITED, List.of(DESK));
  private static final VisibilityPolicy STANDARD = VisibilityPolicy.standard();
  private static final Set<Role> SCORERS = EnumSet.of(Role.EVALUATOR, Role.INDEPENDENT_PANEL, Role.VERIFIER);
  private static final Set<Role> ENTRANTS = EnumSet.of(Role.UNIT, Role.INSTITUTION_ADMIN);

  private static StageScores in(StagePhase phase) {
    return switch (phase) {
      case OPEN -> StageScores.open(DESK_CRITERIA, SHEETS);
      case FROZEN -> StageScores.frozen(FROZEN);
      case PUBLISHED -> StageScores.published(FROZEN, RESULT);
    };
  }

  @Test
  void an_evaluator_sees_only_their_own_sheets_while_the_stage_is_open() {
    StageView view = STANDARD.view(Viewer.of(Actor.of("te-1", Role.EVALUATOR)), in(StagePhase.OPEN), BlindStages.none());

    assertThat(view.sheets()).extracting(VisibleSheet::proposal, VisibleSheet::evaluator, VisibleSheet::own).containsExactly(
        tuple(ProposalId.of("p-luwu"), java.util.Optional.of(ActorId.of("te-1")), true),
        tuple(ProposalId.of("p-takalar"), java.util.Optional.of(ActorId.of("te-1")), true));
    assertThat(view.submissions()).isEmpty();
    assertThat(view.showsEntrant()).isTrue();
  }

  @Test
  void after_the_freeze_an_evaluator_sees_every_sheet_but_only_their_own_name() {
    StageView view = STANDARD.view(Viewer.of(Actor.of("te-1", Role.EVALUATOR)), in(StagePhase.FROZEN), BlindStages.none());

    assertThat(view.sheets()).hasSize(4);
    assertThat(view.sheets()).filteredOn(VisibleSheet::own).allSatisfy(s -> assertThat(s.evaluator()).contains(ActorId.of("te-1")));
    assertThat(view.sheets()).filteredOn(s -> !s.own()).allSatisfy(s -> assertThat(s.evaluator()).isEmpty());
    // the others' sheets are ordered by total, not by who wrote them
    VisibleSheet other = view.sheets().stream().filter(s -> s.proposal().value().equals("p-luwu") && !s.own()).findFirst().orElseThrow();
    assertThat(other.total()).isEqualByComparingTo(DESK_CRITERIA.weightedTotal(SHEETS.get(1).scores()));
  }

  @Test
  void an_entrant_sees_nothing_before_publication_and_then_only_its_own_entries_without_evaluators() {
    Viewer luwu = Viewer.entrant(Actor.of("admin-luwu", Role.INSTITUTION_ADMIN), List.of(ProposalId.of("p-luwu")));

    assertThat(STANDARD.view(luwu, in(StagePhase.OPEN), BlindStages.none()).sheets()).isEmpty();
    assertThat(STANDARD.view(luwu, in(StagePhase.FROZEN), BlindStages.none()).sheets()).isEmpty();
    StageView published = STANDARD.view(luwu, in(StagePhase.PUBLISHED), BlindStages.none());
    assertThat(published.sheets()).extracting(VisibleSheet::proposal).containsOnly(ProposalId.of("p-luwu")).hasSize(2);
    assertThat(published.sheets()).allSatisfy(s -> assertThat(s.evaluator()).isEmpty());
    assertThat(published.submissions()).isEmpty();
  }

  @Test
  void the_secretariat_chases_missing_sheets_while_open_without_seeing_scores() {
    StageView view = STANDARD.view(Viewer.of(Actor.of("sekretariat", Role.SECRETARIAT)), in(StagePhase.OPEN), BlindStages.none());

    assertThat(view.sheets()).isEmpty();
    assertThat(view.submissions()).extracting(Submission::proposal, s -> s.evaluator().orElseThrow().value()).containsExactly(
        tuple(ProposalId.of("p-luwu"), "te-1"), tuple(ProposalId.of("p-luwu"), "te-2"), tuple(ProposalId.of("p-takalar"), "te-1"),
        tuple(ProposalId.of("p-takalar"), "te-3"));
  }

  @Test
  void a_blind_stage_hides_the_entrant_from_the_scorers_until_the_freeze_only() {
    var proposal = ScoringFixtures.proposal("p-luwu", ScoringFixtures.LUWU_UTARA);
    Viewer evaluator = Viewer.of(Actor.of("te-1", Role.EVALUATOR));

    StageView open = STANDARD.view(evaluator, in(StagePhase.OPEN), DESK_BLIND);
    assertThat(open.blindStage()).isTrue();
    assertThat(open.showsEntrant()).isFalse();
    assertThat(open.proposal(proposal).isBlind()).isTrue();
    assertThat(open.proposal(proposal).identified()).isEmpty();
    assertThat(open.proposal(proposal).blind().title()).isEqualTo(proposal.innovation().title());

    assertThat(STANDARD.view(evaluator, in(StagePhase.FROZEN), DESK_BLIND).proposal(proposal).identified()).contains(proposal);
    assertThat(STANDARD.view(Viewer.of(Actor.of("sekretariat", Role.SECRETARIAT)), in(StagePhase.OPEN), DESK_BLIND).showsEntrant()).isTrue();
  }

  @ParameterizedTest
  @EnumSource(Role.class)
  void every_role_sees_in_every_phase_exactly_what_the_documented_table_says(Role role) throws IOException {
    for (StagePhase phase : StagePhase.values()) {
      assertThat(STANDARD.granted(role, phase)).as("%s %s", role, phase).isEqualTo(documented(role, phase));
    }
  }

  /** The cell of the table in docs/blind-review.md for a role and phase. */
  private static ImmutableSortedSet<Disclosure> documented(Role role, StagePhase phase) throws IOException {
    List<String> lines = Files.readAllLines(Path.of("..", "docs", "blind-review.md"), StandardCharsets.UTF_8);
    for (String line : lines) {
      if (line.startsWith("| `" + role + "` |")) {
        String cell = line.split("\\|")[2 + phase.ordinal()].trim();
        if (cell.equals("-")) {
          return ImmutableSortedSet.of();
        }
        return ImmutableSortedSet.copyOf(java.util.Arrays.stream(cell.split(","))
            .map(s -> Disclosure.valueOf(s.trim().replace("`", "").toUpperCase(Locale.ROOT))).iterator());
      }
    }
    throw new AssertionError("docs/blind-review.md has no row for " + role);
  }

  @Test
  void refuses_a_policy_that_shows_scores_before_the_freeze_or_an_entrant_more_than_its_own_published_sheets() {
    VisibilityPolicy.Builder b = STANDARD.toBuilder()
        .grant(Role.EVALUATOR, StagePhase.OPEN, Disclosure.ALL_SHEETS)
        .grant(Role.UNIT, StagePhase.FROZEN, Disclosure.OWN_ENTRY_SHEETS)
        .grant(Role.INSTITUTION_ADMIN, StagePhase.PUBLISHED, Disclosure.EVALUATOR_NAMES);

    assertThatThrownBy(b::build).isInstanceOfSatisfying(InvalidInputException.class, e -> {
      assertThat(e.violations()).extracting(Violation::code, Violation::path).containsExactly(
          tuple("kipp.visibility.entrant", "grants[UNIT][FROZEN]"),
          tuple("kipp.visibility.entrant", "grants[INSTITUTION_ADMIN][PUBLISHED]"),
          tuple("kipp.visibility.beforeFreeze", "grants[EVALUATOR][OPEN]"));
      assertThat(e.violations().get(2).message().english()).contains("ALL_SHEETS").contains("EVALUATOR").contains("before the stage is frozen");
      assertThat(e.violations().get(2).message().indonesian()).contains("sebelum tahapan dibekukan");
    });
  }

  @Test
  void a_host_may_revoke_what_the_standard_policy_grants() {
    VisibilityPolicy quieter = STANDARD.toBuilder().revoke(Role.EVALUATOR, StagePhase.FROZEN, Disclosure.ALL_SHEETS).build();

    assertThat(quieter.granted(Role.EVALUATOR, StagePhase.FROZEN)).containsExactly(Disclosure.OWN_SHEETS, Disclosure.ENTRANT_IDENTITY);
    assertThat(quieter).isNotEqualTo(STANDARD);
    assertThat(STANDARD.toBuilder().build()).isEqualTo(STANDARD).hasSameHashCodeAs(STANDARD);
  }

  @Test
  void refuses_sheets_of_another_stage_as_a_stage_s_sheets() {
    ScoreSheet other = ScoreSheet.of(ProposalId.of("p-luwu"), ActorId.of("te-1"), ScoringFixtures.PRESENTATION,
        SHEETS.get(0).scores(), CLOSE);

    assertThatThrownBy(() -> StageScores.open(DESK_CRITERIA, List.of(other)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("presentasi-wawancara");
  }

  private static final List<String> IDS = List.of("te-1", "te-2", "te-3", "te-4", "upp-1");
  private static final List<String> PROPOSALS = List.of("p-1", "p-2", "p-3");

  @Test
  void no_view_of_any_policy_role_phase_or_stage_ever_leaks() {
    qt().withFixedSeed(1802).withExamples(3_000)
        .forAll(integers().between(0, Role.values().length * StagePhase.values().length * 2 - 1),
            lists().of(integers().between(0, 1_000_000)).ofSizeBetween(0, 12),
            lists().of(integers().between(0, 6 * Role.values().length * StagePhase.values().length - 1)).ofSizeBetween(0, 30))
        .check((case_, sheetSeeds, grantSeeds) -> {
          int r = case_ % Role.values().length;
          int ph = case_ / Role.values().length % StagePhase.values().length;
          boolean blind = case_ / (Role.values().length * StagePhase.values().length) == 1;
          Role role = Role.values()[r];
          StagePhase phase = StagePhase.values()[ph];
          // a policy: the standard one or one with random grants; a policy the rules refuse shows nothing
          VisibilityPolicy policy = STANDARD;
          if (!grantSeeds.isEmpty()) {
            VisibilityPolicy.Builder b = VisibilityPolicy.newBuilder();
            for (int g : grantSeeds) {
              b.grant(Role.values()[g % Role.values().length], StagePhase.values()[g / Role.values().length % StagePhase.values().length],
                  Disclosure.values()[g / (Role.values().length * StagePhase.values().length)]);
            }
            try {
              policy = b.build();
            } catch (InvalidInputException refused) {
              return true;
            }
          }
          List<ScoreSheet> sheets = new ArrayList<>();
          Set<String> seen = new TreeSet<>();
          for (int seed : sheetSeeds) {
            String evaluator = IDS.get(seed % IDS.size());
            String proposal = PROPOSALS.get(seed / IDS.size() % PROPOSALS.size());
            if (seen.add(proposal + evaluator)) {
              sheets.add(sheet(proposal, evaluator, seed % 101, seed / 7 % 101));
            }
          }
          FrozenScores frozen = FrozenScores.of(DESK_CRITERIA, sheets, CLOSE);
          StageScores scores = switch (phase) {
            case OPEN -> StageScores.open(DESK_CRITERIA, sheets);
            case FROZEN -> StageScores.frozen(frozen);
            case PUBLISHED -> StageScores.published(frozen, RESULT);
          };
          String me = IDS.get((r + ph) % IDS.size());
          Viewer viewer = ENTRANTS.contains(role)
              ? Viewer.entrant(Actor.of(me, role), List.of(ProposalId.of("p-1")))
              : Viewer.of(Actor.of(me, role));
          StageView view = policy.view(viewer, scores, blind ? DESK_BLIND : BlindStages.none());
          return leaksNothing(view, role, phase, blind, me, "p-1");
        });
  }

  private static boolean leaksNothing(StageView view, Role role, StagePhase phase, boolean blind, String me, String entry) {
    for (VisibleSheet s : view.sheets()) {
      boolean mine = s.own() && s.evaluator().map(ActorId::value).orElse("").equals(me) && SCORERS.contains(role);
      // no one sees a sheet they did not write before the freeze
      if (phase == StagePhase.OPEN && !mine) {
        return false;
      }
      // an entrant sees only its own entries' sheets, after publication, without evaluators
      if (ENTRANTS.contains(role) && (phase != StagePhase.PUBLISHED || !s.proposal().value().equals(entry) || s.evaluator().isPresent())) {
        return false;
      }
      // a name on another's sheet only where names are granted
      if (!s.own() && s.evaluator().isPresent() && !view.disclosures().contains(Disclosure.EVALUATOR_NAMES)) {
        return false;
      }
    }
    if (ENTRANTS.contains(role) && !view.submissions().isEmpty()) {
      return false;
    }
    if (blind && phase == StagePhase.OPEN && SCORERS.contains(role) && view.showsEntrant()) {
      return false;
    }
    return view.submissions().stream().allMatch(s -> s.evaluator().isEmpty() || view.disclosures().contains(Disclosure.EVALUATOR_NAMES));
  }

  @Test
  void the_standard_policy_shows_every_role_in_every_phase_no_more_than_the_rules_allow() {
    for (Role role : Role.values()) {
      for (StagePhase phase : StagePhase.values()) {
        for (boolean blind : new boolean[] {false, true}) {
          Viewer viewer = ENTRANTS.contains(role) ? Viewer.entrant(Actor.of("te-1", role), List.of(ProposalId.of("p-luwu")))
              : Viewer.of(Actor.of("te-1", role));
          StageView view = STANDARD.view(viewer, in(phase), blind ? DESK_BLIND : BlindStages.none());
          assertThat(leaksNothing(view, role, phase, blind, "te-1", "p-luwu")).as("%s %s blind=%s", role, phase, blind).isTrue();
          assertThat(view.disclosures().stream().map(Disclosure::name).collect(Collectors.toList()))
              .as("%s %s", role, phase).isSubsetOf(STANDARD.granted(role, phase).stream().map(Disclosure::name).collect(Collectors.toList()));
        }
      }
    }
  }
}
