package io.github.kipp.scoring.competition;

import static io.github.kipp.scoring.ScoringFixtures.CITED;
import static io.github.kipp.scoring.ScoringFixtures.CLOSE;
import static io.github.kipp.scoring.ScoringFixtures.DESK;
import static io.github.kipp.scoring.ScoringFixtures.DESK_CRITERIA;
import static io.github.kipp.scoring.ScoringFixtures.LUWU_UTARA;
import static io.github.kipp.scoring.ScoringFixtures.PRESENTATION;
import static io.github.kipp.scoring.ScoringFixtures.SULSEL;
import static io.github.kipp.scoring.ScoringFixtures.TAKALAR;
import static io.github.kipp.scoring.ScoringFixtures.sheet;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.github.kipp.core.Actor;
import io.github.kipp.core.Citation;
import io.github.kipp.core.GroupId;
import io.github.kipp.core.InvalidInputException;
import io.github.kipp.core.LocalizedText;
import io.github.kipp.core.ProposalId;
import io.github.kipp.core.Reason;
import io.github.kipp.core.Role;
import io.github.kipp.core.innovation.Proposal;
import io.github.kipp.core.institution.Institution;
import io.github.kipp.core.stage.ProposalStatus;
import io.github.kipp.core.stage.StageMachine;
import io.github.kipp.core.stage.Stages;
import io.github.kipp.core.stage.TransitionRequest;
import io.github.kipp.scoring.CriteriaSet;
import io.github.kipp.scoring.FrozenScores;
import io.github.kipp.scoring.ScoreSheet;
import io.github.kipp.scoring.ScoringFixtures;
import io.github.kipp.scoring.explain.Explanation;
import io.github.kipp.scoring.rank.RankedEntry;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class CompetitionTest {

  private static final Clock CLOCK = Clock.fixed(Instant.parse("2023-07-31T00:00:00Z"), ZoneOffset.UTC);
  private static final Instant PRESENTED = CLOSE.plusSeconds(30 * 86_400L);

  static Proposal umum(String id, Institution institution) {
    return ScoringFixtures.proposal(id, institution);
  }

  static Proposal khusus(String id) {
    Proposal umum = ScoringFixtures.proposal(id, SULSEL);
    return Proposal.newBuilder().id(umum.id()).innovation(umum.innovation()).edition(umum.edition()).group(SampleModule.KHUSUS)
        .category(umum.category()).build();
  }

  /** p-1 and p-2 tie at 72 on the desk (signifikansi 80 against 70); p-5 has no sheet; d-1 is a draft. */
  static Entries entries() {
    return Entries.newBuilder()
        .submitted(List.of(umum("p-1", LUWU_UTARA), umum("p-2", TAKALAR), umum("p-3", LUWU_UTARA), umum("p-4", TAKALAR), umum("p-5", TAKALAR),
            khusus("k-1"), khusus("k-2")))
        .drafts(List.of(umum("d-1", LUWU_UTARA)))
        .build();
  }

  static FrozenScores desk() {
    return FrozenScores.of(DESK_CRITERIA, List.of(
        sheet("p-1", "te-1", 80, 60), sheet("p-1", "te-2", 80, 60),
        sheet("p-2", "te-1", 70, 75), sheet("p-2", "te-2", 70, 75),
        sheet("p-3", "te-1", 60, 60), sheet("p-4", "te-1", 50, 50),
        sheet("k-1", "te-2", 90, 90), sheet("k-2", "te-2", 40, 40)), CLOSE);
  }

  static FrozenScores presentation(int p1, int p2, int p3) {
    return FrozenScores.of(SampleModule.PRESENTATION_CRITERIA, List.of(
        SampleModule.presentation("p-1", "tpi-1", p1, PRESENTED), SampleModule.presentation("p-2", "tpi-1", p2, PRESENTED),
        SampleModule.presentation("p-3", "tpi-1", p3, PRESENTED)), PRESENTED);
  }

  static Competition competition() {
    return Competition.of(SampleModule.plain(), 7, CLOCK);
  }

  private static List<String> ids(List<ProposalId> ids) {
    return ids.stream().map(ProposalId::value).collect(Collectors.toList());
  }

  @Test
  void the_steps_one_at_a_time_and_the_whole_run_give_equal_results() {
    Competition c = competition();
    EditionResult staged = c.award(c.selectFinalists(c.nominate(c.screen(entries()), desk())), List.of(presentation(70, 80, 90)), Map.of());

    EditionResult whole = c.run(entries(), List.of(presentation(70, 80, 90), desk()), Map.of());

    assertThat(whole).isEqualTo(staged).hasSameHashCodeAs(staged);
    assertThat(whole.step()).isEqualTo(EditionStep.AWARDED);
    assertThat(whole.toString()).isEqualTo("EditionResult[sample-2023, kipp-2023, AWARDED, 1 going on]");
    assertThat(entries().toString()).isEqualTo("Entries[8 registered, 7 submitted]");
    assertThat(whole).isNotEqualTo(c.award(c.selectFinalists(c.nominate(c.screen(entries()), desk())), List.of(presentation(90, 80, 70)), Map.of()));
  }

  @Test
  void the_result_does_not_depend_on_the_order_of_proposals_or_sheets() {
    Competition c = competition();
    EditionResult expected = c.run(entries(), List.of(desk(), presentation(70, 80, 90)), Map.of());
    Random random = new Random(3);
    for (int i = 0; i < 20; i++) {
      List<Proposal> proposals = new ArrayList<>(entries().submitted());
      Collections.shuffle(proposals, random);
      List<ScoreSheet> sheets = new ArrayList<>(desk().sheets());
      Collections.shuffle(sheets, random);
      Entries shuffled = Entries.newBuilder().submitted(proposals).drafts(List.of(umum("d-1", LUWU_UTARA))).build();

      EditionResult result = c.run(shuffled, List.of(presentation(70, 80, 90), FrozenScores.of(DESK_CRITERIA, sheets, CLOSE)), Map.of());

      assertThat(result.winners()).isEqualTo(expected.winners());
      assertThat(result.finalists()).isEqualTo(expected.finalists());
      assertThat(result.outcomes()).isEqualTo(expected.outcomes());
    }
  }

  @Test
  void nomination_ranks_each_group_cuts_its_count_and_leaves_an_unscored_proposal_out() {
    EditionResult nominated = competition().nominate(competition().screen(entries()), desk());

    Nomination n = nominated.nomination().orElseThrow();
    assertThat(n.groups().keySet()).containsExactly(SampleModule.KHUSUS, SampleModule.UMUM);
    assertThat(ids(n.groups().get(SampleModule.UMUM).nominated())).containsExactly("p-1", "p-2", "p-3");
    assertThat(ids(n.groups().get(SampleModule.KHUSUS).nominated())).containsExactly("k-1");
    assertThat(ids(List.copyOf(n.unscored()))).containsExactly("p-5");
    assertThat(ids(nominated.competing())).containsExactly("k-1", "p-1", "p-2", "p-3");
    assertThat(nominated.outcome(ProposalId.of("p-4")).orElseThrow().kind()).isEqualTo(ProposalOutcome.Kind.NOT_NOMINATED);
    ProposalOutcome unscored = nominated.outcome(ProposalId.of("p-5")).orElseThrow();
    assertThat(unscored.kind()).isEqualTo(ProposalOutcome.Kind.NOT_SCORED);
    assertThat(unscored.deciding().orElseThrow().reasons().get(0).code()).isEqualTo("kipp.competition.unscored");
    assertThat(nominated.outcome(ProposalId.of("d-1")).orElseThrow().kind()).isEqualTo(ProposalOutcome.Kind.NOT_SUBMITTED);
    assertThat(nominated.outcome(ProposalId.of("nobody"))).isEmpty();
  }

  @Test
  void a_desk_tie_is_broken_by_the_first_declared_rule_whose_score_exists() {
    Nomination n = competition().nominate(competition().screen(entries()), desk()).nomination().orElseThrow();

    RankedEntry second = n.groups().get(SampleModule.UMUM).ranking().entries().get(1);
    assertThat(second.proposal().value()).isEqualTo("p-2");
    assertThat(second.brokenTie()).hasValueSatisfying(t -> assertThat(t.rule()).isEqualTo("criterion:signifikansi"));
    assertThat(second.candidate().stageScores()).containsKey(DESK);
    assertThat(second.candidate().criterionScores()).containsKeys(io.github.kipp.scoring.CriterionId.of("signifikansi"));
  }

  @Test
  void a_desk_ranking_leaves_out_the_rules_of_stages_not_yet_scored_and_the_final_ranking_applies_them_all() {
    Competition c = Competition.of(SampleModule.presentationFirst(), 7, CLOCK);
    EditionResult nominated = c.nominate(c.screen(entries()), desk());

    Nomination.GroupNomination umum = nominated.nomination().orElseThrow().groups().get(SampleModule.UMUM);
    assertThat(umum.ranking().tieBreaks()).extracting(t -> t.id()).containsExactly("stage:evaluasi-proposal", "draw:7");
    assertThat(umum.ranking().entries().get(1).brokenTie()).hasValueSatisfying(t -> assertThat(t.rule()).isEqualTo("draw:7"));

    EditionResult awarded = c.award(c.selectFinalists(nominated), List.of(presentation(70, 70, 70)), Map.of());
    assertThat(awarded.winners().orElseThrow().ranking().tieBreaks()).extracting(t -> t.id())
        .containsExactly("stage:presentasi-wawancara", "stage:evaluasi-proposal", "draw:7");
  }

  @Test
  void the_finalists_are_the_pools_shortlist_and_a_group_without_a_pool_is_explained() {
    EditionResult selected = competition().selectFinalists(competition().nominate(competition().screen(entries()), desk()));

    FinalistSelection f = selected.finalists().orElseThrow();
    assertThat(ids(f.finalists())).containsExactly("p-1", "p-2");
    assertThat(f.pool(SampleModule.TOP_2)).isPresent();
    ProposalOutcome p3 = selected.outcome(ProposalId.of("p-3")).orElseThrow();
    assertThat(p3.kind()).isEqualTo(ProposalOutcome.Kind.NOT_SELECTED);
    assertThat(p3.deciding().orElseThrow().reasons().get(0).code()).isEqualTo("kipp.shortlist.belowCut");
    ProposalOutcome k1 = selected.outcome(ProposalId.of("k-1")).orElseThrow();
    assertThat(k1.kind()).isEqualTo(ProposalOutcome.Kind.NOT_SELECTED);
    assertThat(k1.deciding().orElseThrow().reasons().get(0).code()).isEqualTo("kipp.competition.noPool");
    ProposalOutcome p1 = selected.outcome(ProposalId.of("p-1")).orElseThrow();
    assertThat(p1.kind()).isEqualTo(ProposalOutcome.Kind.FINALIST);
    assertThat(p1.tier()).contains(SampleModule.TOP_2);
    assertThat(p1.text()).isEqualTo(LocalizedText.of("Finalis: Top 2 Umum", "Finalist: Top 2 general"));
  }

  @Test
  void an_upheld_objection_removes_the_finalist_and_the_next_nominated_takes_its_place() {
    Competition c = competition();
    EditionResult selected = c.selectFinalists(c.nominate(c.screen(entries()), desk()));
    Reason ruling = Reason.of("objection.upheld", LocalizedText.of("Sanggahan diterima", "Objection upheld"), CITED);

    EditionResult corrected = c.removeFinalist(selected, ProposalId.of("p-2"), ruling);

    assertThat(ids(corrected.finalists().orElseThrow().finalists())).containsExactly("p-1", "p-3");
    ProposalOutcome removed = corrected.outcome(ProposalId.of("p-2")).orElseThrow();
    assertThat(removed.kind()).isEqualTo(ProposalOutcome.Kind.REMOVED);
    assertThat(removed.citations()).containsExactly(CITED);
    assertThat(corrected.explain(ProposalId.of("p-2")).orElseThrow().find("public-review")).isPresent();
    assertThat(selected.finalists().orElseThrow().removed()).isEmpty();
    assertThatThrownBy(() -> c.removeFinalist(corrected, ProposalId.of("p-2"), ruling))
        .isInstanceOf(InvalidInputException.class)
        .satisfies(e -> assertThat(((InvalidInputException) e).violations()).extracting(v -> v.code()).containsExactly("kipp.competition.notFinalist"));
  }

  @Test
  void the_winners_are_cut_from_the_combination_of_every_stage_with_each_stage_score_carried() {
    Competition c = competition();
    EditionResult awarded = c.award(c.selectFinalists(c.nominate(c.screen(entries()), desk())), List.of(presentation(70, 80, 90)), Map.of());

    Winners w = awarded.winners().orElseThrow();
    // p-1: 0.7 × 72 + 0.3 × 70 = 71.4; p-2: 0.7 × 72 + 0.3 × 80 = 74.4; p-3 is not a finalist.
    assertThat(w.ranking().entries()).extracting(e -> e.proposal().value()).containsExactly("p-2", "p-1");
    assertThat(w.ranking().entries()).extracting(e -> e.score().toPlainString()).containsExactly("74.40", "71.40");
    assertThat(w.ranking().entries()).allSatisfy(e -> assertThat(e.candidate().stageScores()).containsOnlyKeys(DESK, PRESENTATION));
    assertThat(ids(w.awarded())).containsExactly("p-2");
    ProposalOutcome winner = awarded.outcome(ProposalId.of("p-2")).orElseThrow();
    assertThat(winner.kind()).isEqualTo(ProposalOutcome.Kind.AWARDED);
    assertThat(winner.tier()).contains(SampleModule.TOP_1);
    assertThat(winner.text()).isEqualTo(LocalizedText.of("Juara", "Winner"));
    assertThat(awarded.outcome(ProposalId.of("p-1")).orElseThrow().kind()).isEqualTo(ProposalOutcome.Kind.NOT_AWARDED);
    assertThat(awarded.awardedByTier()).containsEntry(SampleModule.TOP_1, 1);
    assertThat(w.stages()).extracting(a -> a.stage()).containsExactly(PRESENTATION);
    assertThat(w.stages().get(0).scores().keySet()).extracting(ProposalId::value).containsExactly("p-1", "p-2");
  }

  @Test
  void a_finalist_without_a_later_stage_score_has_no_final_score_and_says_so() {
    Competition c = competition();
    FrozenScores onlyP1 = FrozenScores.of(SampleModule.PRESENTATION_CRITERIA, List.of(SampleModule.presentation("p-1", "tpi-1", 70, PRESENTED)), PRESENTED);

    EditionResult awarded = c.award(c.selectFinalists(c.nominate(c.screen(entries()), desk())), List.of(onlyP1), Map.of());

    ProposalOutcome p2 = awarded.outcome(ProposalId.of("p-2")).orElseThrow();
    assertThat(p2.kind()).isEqualTo(ProposalOutcome.Kind.NOT_RANKED);
    assertThat(p2.deciding().orElseThrow().reasons().get(0).code()).isEqualTo("kipp.combination.missingStage");
    assertThat(ids(awarded.winners().orElseThrow().awarded())).containsExactly("p-1");
  }

  @Test
  void the_winners_of_a_result_stopped_at_screening_rank_every_eligible_proposal() {
    Competition c = competition();
    EditionResult ranked = c.award(c.screen(entries()), List.of(desk(), presentation(70, 80, 90)), Map.of());

    // p-2 74.4, p-1 71.4, p-3 0.7 × 60 + 0.3 × 90 = 69.0; p-4 and the khusus proposals have no presentation score.
    assertThat(ranked.winners().orElseThrow().ranking().entries()).extracting(e -> e.proposal().value()).containsExactly("p-2", "p-1", "p-3");
    assertThat(ranked.outcome(ProposalId.of("p-4")).orElseThrow().kind()).isEqualTo(ProposalOutcome.Kind.NOT_RANKED);
    assertThat(ranked.nomination()).isEmpty();
    assertThat(ranked.finalists()).isEmpty();
  }

  @Test
  void steps_out_of_order_or_of_another_competition_are_refused_naming_both() {
    Competition c = competition();
    EditionResult screened = c.screen(entries());
    EditionResult nominated = c.nominate(screened, desk());

    assertThatThrownBy(() -> c.nominate(nominated, desk())).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("cannot nominate a result whose last step is NOMINATED");
    assertThatThrownBy(() -> c.selectFinalists(screened)).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("last step is SCREENED");
    assertThatThrownBy(() -> Competition.of(SampleModule.plain(), 8, CLOCK).selectFinalists(nominated))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("draw seed 7").hasMessageContaining("draw seed 8");
    EditionResult awarded = c.award(c.selectFinalists(nominated), List.of(presentation(1, 2, 3)), Map.of());
    assertThatThrownBy(() -> c.award(awarded, List.of(), Map.of())).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void sheets_of_the_wrong_stage_a_stage_given_twice_an_unknown_stage_or_other_criteria_are_refused() {
    Competition c = competition();
    EditionResult screened = c.screen(entries());
    EditionResult nominated = c.nominate(screened, desk());
    CriteriaSet otherDesk = CriteriaSet.of(DESK, List.of(DESK_CRITERIA.criteria().get(0)), java.math.BigDecimal.valueOf(6, 1), ScoringFixtures.TWO_DECIMALS);

    assertThat(codes(() -> c.nominate(screened, presentation(1, 2, 3)))).containsExactly("kipp.competition.wrongStage");
    assertThat(codes(() -> c.award(nominated, List.of(desk()), Map.of()))).containsExactly("kipp.competition.stageTwice");
    assertThat(codes(() -> c.award(screened, List.of(presentation(1, 2, 3), presentation(1, 2, 3)), Map.of())))
        .containsExactly("kipp.competition.stageTwice");
    assertThat(codes(() -> c.freeze(io.github.kipp.core.StageId.of("wawancara"), List.of(), CLOSE))).containsExactly("kipp.competition.unknownStage");
    assertThat(codes(() -> c.nominate(screened, FrozenScores.of(otherDesk, List.of(), CLOSE)))).containsExactly("kipp.competition.otherCriteria");
  }

  private static List<String> codes(Runnable call) {
    try {
      call.run();
    } catch (InvalidInputException e) {
      return e.violations().stream().map(v -> v.code()).collect(Collectors.toList());
    }
    throw new AssertionError("the call succeeded");
  }

  @Test
  void freezing_without_a_close_closes_at_the_last_sheet_or_the_clock_when_there_is_none() {
    Competition c = competition();

    assertThat(c.freeze(DESK, desk().sheets()).closedAt()).isEqualTo(ScoringFixtures.DURING);
    assertThat(c.freeze(PRESENTATION, List.of()).closedAt()).isEqualTo(CLOCK.instant());
    assertThat(c.replay(entries(), ImmutableMap.of(DESK, desk().sheets())).step()).isEqualTo(EditionStep.FINALISTS_SELECTED);
  }

  @Test
  void entries_from_statuses_submit_what_reached_submitted_at_its_last_submission() {
    StageMachine machine = StageMachine.national();
    Instant registered = Instant.parse("2023-03-20T01:00:00Z");
    Instant sent = Instant.parse("2023-04-02T03:00:00Z");
    Actor unit = Actor.of("upp-1", Role.UNIT);
    Actor admin = Actor.of("admin-1", Role.INSTITUTION_ADMIN);
    ProposalStatus submitted = ProposalStatus.start(ProposalId.of("p-1"), machine, registered);
    submitted = machine.apply(submitted, TransitionRequest.of(Stages.AT_INSTITUTION_ADMIN, unit, registered.plusSeconds(60)), SampleModule.plain().edition().schedule());
    submitted = machine.apply(submitted, TransitionRequest.of(Stages.SUBMITTED, admin, sent), SampleModule.plain().edition().schedule());
    ProposalStatus draft = ProposalStatus.start(ProposalId.of("p-2"), machine, registered);

    Entries e = Entries.newBuilder().fromStatuses(List.of(umum("p-1", LUWU_UTARA), umum("p-2", TAKALAR)), List.of(draft, submitted)).build();

    assertThat(e.submitted()).extracting(p -> p.id().value()).containsExactly("p-1");
    assertThat(e.submissionTimes()).containsExactly(Map.entry(ProposalId.of("p-1"), sent));
    assertThat(e.registered()).hasSize(2);
    assertThat(competition().screen(e).screening().notSubmitted()).containsExactly(ProposalId.of("p-2"));
  }

  @Test
  void entries_list_every_problem_at_once() {
    Entries.Builder b = Entries.newBuilder()
        .submitted(List.of(umum("p-1", LUWU_UTARA), umum("p-1", TAKALAR)))
        .drafts(List.of(umum("d-1", LUWU_UTARA)))
        .submissionTimes(Map.of(ProposalId.of("d-1"), CLOSE, ProposalId.of("x-9"), CLOSE));

    assertThatThrownBy(b::build).isInstanceOf(InvalidInputException.class)
        .satisfies(e -> assertThat(((InvalidInputException) e).violations()).extracting(v -> v.code())
            .containsExactlyInAnyOrder("kipp.entries.duplicate", "kipp.entries.notSubmitted", "kipp.entries.unknownProposal"));
    assertThatThrownBy(() -> Entries.newBuilder().fromStatuses(List.of(umum("p-1", LUWU_UTARA)), List.of()).build())
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("p-1");
  }

  @Test
  void every_explanation_names_the_outcome_in_both_languages_and_shows_no_node_twice() {
    Competition c = competition();
    EditionResult awarded = c.award(c.removeFinalist(c.selectFinalists(c.nominate(c.screen(entries()), desk())), ProposalId.of("p-2"),
        Reason.of("objection.upheld", LocalizedText.of("Sanggahan diterima", "Objection upheld"), CITED)), List.of(presentation(70, 80, 90)), Map.of());

    for (ProposalOutcome o : awarded.outcomes().values()) {
      Explanation tree = awarded.explain(o.proposal()).orElseThrow();
      assertThat(tree.label().english()).isEqualTo("Proposal " + o.proposal() + ": " + o.text().english());
      assertThat(tree.label().indonesian()).isEqualTo("Proposal " + o.proposal() + ": " + o.text().indonesian());
      List<Explanation> all = new ArrayList<>();
      collect(tree, all);
      for (Explanation child : tree.children()) {
        long appearances = all.stream().filter(child::equals).count();
        assertThat(appearances).as("%s appears once in the explanation of %s", child.step(), o.proposal()).isEqualTo(1);
      }
    }
    Explanation winner = awarded.explain(ProposalId.of("p-3")).orElseThrow();
    assertThat(winner.children()).extracting(Explanation::step).containsExactly("eligibility", "nomination", "quota", "combination", "position", "cutoff");
    assertThat(winner.find("aggregate")).isPresent();
  }

  private static void collect(Explanation node, List<Explanation> out) {
    out.add(node);
    node.children().forEach(c -> collect(c, out));
  }

  @Test
  void the_compact_rendering_prints_each_citation_once_as_a_numbered_note() {
    Competition c = competition();
    EditionResult awarded = c.award(c.selectFinalists(c.nominate(c.screen(entries()), desk())), List.of(presentation(70, 80, 90)), Map.of());
    Explanation tree = awarded.explain(ProposalId.of("p-2")).orElseThrow();

    String full = tree.render(Locale.ENGLISH);
    String compact = tree.renderCompact(Locale.ENGLISH);

    for (Citation citation : tree.allCitations()) {
      assertThat(occurrences(compact, citation.toString())).as("%s in the compact text", citation).isEqualTo(1);
    }
    assertThat(occurrences(full, CITED.toString())).isGreaterThan(1);
    assertThat(compact).contains("\n[1] ").startsWith("Proposal p-2: Winner\n");
  }

  private static int occurrences(String text, String part) {
    int n = 0;
    for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
      n++;
    }
    return n;
  }

  @Test
  void a_module_without_scoring_rules_can_be_screened_but_not_scored() {
    io.github.kipp.core.spi.RuleModule screeningOnly = (io.github.kipp.core.spi.RuleModule) java.lang.reflect.Proxy.newProxyInstance(
        getClass().getClassLoader(), new Class<?>[] {io.github.kipp.core.spi.RuleModule.class}, (proxy, method, args) -> {
          // The module writes its edition, pipeline and rules (once abstract, now defaults that read a
          // CompetitionRules part) and leaves every other default, the parts among them, as it is.
          boolean written = List.of("edition", "pipeline", "eligibilityRules").contains(method.getName());
          if (method.isDefault() && !written) {
            return java.lang.reflect.InvocationHandler.invokeDefault(proxy, method, args);
          }
          return method.invoke(SampleModule.plain(), args);
        });
    Competition c = Competition.of(screeningOnly, 1, CLOCK);

    assertThat(c.scores()).isFalse();
    assertThat(c.run(entries(), List.of(desk()), Map.of()).step()).isEqualTo(EditionStep.SCREENED);
    assertThatThrownBy(() -> c.nominate(c.screen(entries()), desk())).isInstanceOf(io.github.kipp.core.spi.MissingModulePartException.class)
        .hasMessageContaining("sample-2023").hasMessageContaining("ScoringRules");
  }

  @Test
  void a_competition_needs_a_clock_and_refuses_quotas_for_a_pool_the_module_lacks() {
    assertThatThrownBy(() -> Competition.newBuilder(SampleModule.plain()).drawSeed(1).build()).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("clock is required");
    assertThatThrownBy(() -> Competition.newBuilder(SampleModule.plain()).clock(CLOCK).quotas(io.github.kipp.core.TierId.of("top-99"), ImmutableList.of()).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("top-99");
    assertThatThrownBy(() -> Competition.newBuilder(SampleModule.plain()).drawSeed(1).drawSeed(2)).isInstanceOf(IllegalStateException.class);
    assertThat(competition().stages()).containsExactly(DESK, PRESENTATION);
    assertThat(competition().drawSeed()).isEqualTo(7);
    assertThat(competition().toString()).isEqualTo("Competition[sample-2023, draw seed 7]");
    assertThat(GroupId.of("umum")).isEqualTo(SampleModule.UMUM);
  }

  @Test
  void nomination_scores_exactly_the_eligible_proposals_with_sheets_and_gives_each_candidate_its_own_submission_time() {
    List<Proposal> all = List.of(umum("p-1", LUWU_UTARA), umum("p-2", TAKALAR), umum("p-3", LUWU_UTARA), umum("p-4", TAKALAR), umum("p-5", TAKALAR),
        khusus("k-1"), khusus("k-2"));
    Instant first = Instant.parse("2023-04-01T00:00:00Z");
    // each of the three numbers picks, bit by bit, which proposals are refused, have a submission
    // time, and have desk sheets
    org.quicktheories.QuickTheory.qt().withFixedSeed(20261208L).withExamples(500)
        .forAll(org.quicktheories.generators.SourceDSL.integers().between(0, 127), org.quicktheories.generators.SourceDSL.integers().between(0, 127),
            org.quicktheories.generators.SourceDSL.integers().between(1, 127))
        .checkAssert((refusedBits, timedBits, scoredBits) -> {
          java.util.Set<String> refused = new java.util.TreeSet<>();
          Map<ProposalId, Instant> times = new java.util.TreeMap<>();
          List<ScoreSheet> sheets = new ArrayList<>();
          java.util.Set<ProposalId> scored = new java.util.TreeSet<>();
          for (int i = 0; i < all.size(); i++) {
            ProposalId id = all.get(i).id();
            if ((refusedBits >> i & 1) == 1) {
              refused.add(id.value());
            }
            if ((timedBits >> i & 1) == 1) {
              times.put(id, first.plusSeconds(60L * ((i * 5) % 7)));
            }
            if ((scoredBits >> i & 1) == 1) {
              sheets.add(sheet(id.value(), "te-1", 50 + 5 * i, 40 + 3 * i));
              sheets.add(sheet(id.value(), "te-2", 90 - 4 * i, 60));
              scored.add(id);
            }
          }
          Competition c = Competition.of(SampleModule.withRules(new RefusingRule(refused, CITED, false)), 7, CLOCK);
          EditionResult screened = c.screen(Entries.newBuilder().submitted(all).submissionTimes(times).build());
          Nomination n = c.nominate(screened, FrozenScores.of(DESK_CRITERIA, sheets, CLOSE)).nomination().orElseThrow();

          java.util.Set<ProposalId> eligible = new java.util.TreeSet<>(screened.screening().result().eligible());
          java.util.Set<ProposalId> expectedScored = new java.util.TreeSet<>(eligible);
          expectedScored.retainAll(scored);
          java.util.Set<ProposalId> expectedUnscored = new java.util.TreeSet<>(eligible);
          expectedUnscored.removeAll(scored);
          assertThat(n.desk().scores().keySet()).containsExactlyElementsOf(expectedScored);
          assertThat(n.unscored()).containsExactlyElementsOf(expectedUnscored);
          List<ProposalId> ranked = new ArrayList<>();
          for (Nomination.GroupNomination g : n.groups().values()) {
            for (RankedEntry e : g.ranking().entries()) {
              ranked.add(e.proposal());
              assertThat(e.candidate().submittedAt()).as("time of %s", e.proposal()).isEqualTo(java.util.Optional.ofNullable(times.get(e.proposal())));
              assertThat(e.candidate().score()).as("score of %s", e.proposal()).isEqualTo(n.desk().scores().get(e.proposal()).score());
            }
          }
          assertThat(ranked).containsExactlyInAnyOrderElementsOf(expectedScored);
        });
  }
}
