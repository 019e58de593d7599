package io.github.kipp.scoring.competition;

import static io.github.kipp.scoring.ScoringFixtures.CITED;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import io.github.kipp.core.Citation;
import io.github.kipp.core.Decision;
import io.github.kipp.core.LocalizedText;
import io.github.kipp.core.ProposalId;
import io.github.kipp.core.Reason;
import io.github.kipp.core.TierId;
import io.github.kipp.scoring.explain.Explanation;
import io.github.kipp.scoring.rank.CutResult;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * What an {@link EditionResult} says about each proposal: its outcome with the decisions on the way,
 * and the explanation tree, for every way a proposal can leave the competition. The entries and
 * sheets are {@link CompetitionTest}'s: on the desk p-1 and p-2 score 72, p-3 60, p-4 50, k-1 90 and
 * k-2 40, p-5 has no sheet and d-1 is a draft; {@code umum} nominates three and has a Top 2 pool,
 * {@code khusus} nominates one and has no pool; the winner is the Top 1 of {@code umum}.
 */
class EditionResultTest {

  private static final Clock CLOCK = Clock.fixed(Instant.parse("2023-07-31T00:00:00Z"), ZoneOffset.UTC);
  private static final Citation COMPLETENESS = Citation.reported("Petunjuk teknis KIPP 2023", "butir 4");
  private static final ProposalId P1 = ProposalId.of("p-1");
  private static final ProposalId P2 = ProposalId.of("p-2");
  private static final ProposalId P3 = ProposalId.of("p-3");
  private static final ProposalId P4 = ProposalId.of("p-4");
  private static final ProposalId P5 = ProposalId.of("p-5");
  private static final ProposalId K1 = ProposalId.of("k-1");

  private static Competition competition() {
    return Competition.of(SampleModule.plain(), 7, CLOCK);
  }

  private static EditionResult awarded() {
    Competition c = competition();
    return c.award(c.selectFinalists(c.nominate(c.screen(CompetitionTest.entries()), CompetitionTest.desk())),
        List.of(CompetitionTest.presentation(70, 80, 90)), Map.of());
  }

  private static Explanation child(Explanation tree, String step) {
    return tree.children().stream().filter(c -> c.step().equals(step)).findFirst()
        .orElseThrow(() -> new AssertionError("no " + step + " step in " + tree.children()));
  }

  @Test
  void outcomes_cover_every_registered_proposal_with_how_far_it_went() {
    EditionResult awarded = awarded();

    Map<String, ProposalOutcome.Kind> kinds = new TreeMap<>();
    awarded.outcomes().forEach((id, o) -> kinds.put(id.value(), o.kind()));

    // Desk: umum nominates its top 3 (p-1, p-2, p-3), khusus its top 1 (k-1); the Top 2 pool takes
    // p-1 and p-2; with 30 % presentation p-2 (74.4) beats p-1 (71.4) for the one award.
    assertThat(kinds).containsExactly(
        Map.entry("d-1", ProposalOutcome.Kind.NOT_SUBMITTED),
        Map.entry("k-1", ProposalOutcome.Kind.NOT_SELECTED),
        Map.entry("k-2", ProposalOutcome.Kind.NOT_NOMINATED),
        Map.entry("p-1", ProposalOutcome.Kind.NOT_AWARDED),
        Map.entry("p-2", ProposalOutcome.Kind.AWARDED),
        Map.entry("p-3", ProposalOutcome.Kind.NOT_SELECTED),
        Map.entry("p-4", ProposalOutcome.Kind.NOT_NOMINATED),
        Map.entry("p-5", ProposalOutcome.Kind.NOT_SCORED));
    awarded.outcomes().forEach((id, o) -> assertThat(awarded.outcome(id)).contains(o));
  }

  @Test
  void the_outcome_after_nomination_says_in_both_languages_whether_the_proposal_was_nominated() {
    EditionResult nominated = competition().nominate(competition().screen(CompetitionTest.entries()), CompetitionTest.desk());

    assertThat(nominated.outcome(P3).orElseThrow().text()).isEqualTo(LocalizedText.of("Dinominasikan", "Nominated"));
    assertThat(nominated.outcome(P4).orElseThrow().text()).isEqualTo(LocalizedText.of("Tidak dinominasikan", "Not nominated"));
  }

  @Test
  void a_nominated_outcome_carries_its_groups_pass_mark_and_count_decisions_in_that_order() {
    Competition c = Competition.of(SampleModule.withPassMark("55"), 7, CLOCK);
    EditionResult nominated = c.nominate(c.screen(CompetitionTest.entries()), CompetitionTest.desk());
    Nomination.GroupNomination umum = nominated.nomination().orElseThrow().groups().get(SampleModule.UMUM);
    CutResult passMark = umum.passMark().orElseThrow();
    CutResult count = umum.count().orElseThrow();

    ProposalOutcome p3 = nominated.outcome(P3).orElseThrow();
    ProposalOutcome p4 = nominated.outcome(P4).orElseThrow();

    // p-3 scores 60: at or above 55 and third of three; p-4 scores 50: below 55 and fourth.
    assertThat(p3.kind()).isEqualTo(ProposalOutcome.Kind.NOMINATED);
    assertThat(p3.decisions()).endsWith(passMark.decisions().get(P3), count.decisions().get(P3));
    assertThat(p3.decisions().subList(p3.decisions().size() - 2, p3.decisions().size())).allMatch(Decision::passed);
    assertThat(p4.kind()).isEqualTo(ProposalOutcome.Kind.NOT_NOMINATED);
    assertThat(p4.decisions()).endsWith(passMark.decisions().get(P4), count.decisions().get(P4));
    assertThat(p4.decisions().subList(p4.decisions().size() - 2, p4.decisions().size())).noneMatch(Decision::passed);
  }

  @Test
  void a_proposal_inside_its_groups_count_but_below_the_pass_mark_is_not_nominated() {
    Competition c = Competition.of(SampleModule.withPassMark("65"), 7, CLOCK);
    EditionResult nominated = c.nominate(c.screen(CompetitionTest.entries()), CompetitionTest.desk());

    // p-3 scores 60: third of the three umum may nominate, but below 65.
    ProposalOutcome p3 = nominated.outcome(P3).orElseThrow();

    assertThat(p3.kind()).isEqualTo(ProposalOutcome.Kind.NOT_NOMINATED);
    assertThat(p3.decisions().subList(p3.decisions().size() - 2, p3.decisions().size())).extracting(Decision::passed).containsExactly(false, true);
    assertThat(nominated.nomination().orElseThrow().groups().get(SampleModule.UMUM).nominated()).containsExactly(P1, P2);
  }

  @Test
  void the_nomination_step_of_an_explanation_holds_the_desk_aggregate_the_rank_and_each_cut() {
    Competition c = Competition.of(SampleModule.withPassMark("55"), 7, CLOCK);
    EditionResult nominated = c.nominate(c.screen(CompetitionTest.entries()), CompetitionTest.desk());
    Nomination n = nominated.nomination().orElseThrow();
    Nomination.GroupNomination umum = n.groups().get(SampleModule.UMUM);

    Explanation p3 = child(nominated.explain(P3).orElseThrow(), "nomination");
    Explanation p4 = child(nominated.explain(P4).orElseThrow(), "nomination");

    assertThat(p3.value()).isEqualTo("nominated");
    assertThat(p4.value()).isEqualTo("not nominated");
    assertThat(p3.label()).isEqualTo(LocalizedText.of("Evaluasi proposal dan nominasi dalam kelompok umum", "Desk evaluation and nomination in group umum"));
    assertThat(p3.children()).extracting(Explanation::step).containsExactly("aggregate", "position", "cutoff", "cutoff");
    assertThat(p3.children()).containsExactly(n.desk().score(P3).orElseThrow().explanation(), umum.ranking().explain(P3).orElseThrow(),
        umum.passMark().orElseThrow().explain(P3).orElseThrow(), umum.count().orElseThrow().explain(P3).orElseThrow());
    assertThat(p3.children().subList(2, 4)).extracting(Explanation::value).containsExactly("pass", "pass");
    assertThat(p4.children().subList(2, 4)).extracting(Explanation::value).containsExactly("fail", "fail");
  }

  @Test
  void a_finalist_shows_its_desk_aggregate_under_the_nomination_until_the_combination_holds_it() {
    Competition c = competition();
    EditionResult selected = c.selectFinalists(c.nominate(c.screen(CompetitionTest.entries()), CompetitionTest.desk()));
    EditionResult awarded = c.award(selected, List.of(CompetitionTest.presentation(70, 80, 90)), Map.of());

    for (ProposalId finalist : List.of(P1, P2)) {
      Explanation before = selected.explain(finalist).orElseThrow();
      Explanation after = awarded.explain(finalist).orElseThrow();

      assertThat(child(before, "nomination").children()).extracting(Explanation::step).containsExactly("aggregate", "position", "cutoff");
      assertThat(child(after, "nomination").children()).extracting(Explanation::step).containsExactly("position", "cutoff");
      assertThat(child(after, "combination").find("aggregate")).isPresent();
    }
  }

  @Test
  void an_ineligible_proposal_is_refused_in_both_languages_and_explained_by_each_rule_it_failed() {
    Competition c = Competition.of(SampleModule.withRules(new RefusingRule(Set.of("p-4"), COMPLETENESS, true)), 7, CLOCK);
    EditionResult screened = c.screen(CompetitionTest.entries());

    ProposalOutcome outcome = screened.outcome(P4).orElseThrow();
    Explanation tree = screened.explain(P4).orElseThrow();

    assertThat(outcome.kind()).isEqualTo(ProposalOutcome.Kind.INELIGIBLE);
    assertThat(outcome.text()).isEqualTo(LocalizedText.of("Tidak lolos seleksi administrasi", "Failed administrative screening"));
    assertThat(outcome.deciding().orElseThrow().rule()).isEqualTo("eligibility.complete");
    assertThat(tree.children()).extracting(Explanation::step).containsExactly("eligibility");
    Explanation eligibility = tree.children().get(0);
    assertThat(eligibility.value()).isEqualTo("ineligible");
    assertThat(eligibility.label()).isEqualTo(LocalizedText.of("Tidak lolos seleksi administrasi (1 aturan tidak terpenuhi)",
        "Failed administrative screening (1 rules failed)"));
    assertThat(eligibility.children()).containsExactly(new Explanation("rule", LocalizedText.of("Dokumen tidak lengkap", "Documents incomplete"),
        "eligibility.complete", ImmutableList.of(COMPLETENESS), ImmutableList.of()));
  }

  @Test
  void an_eligible_proposal_is_explained_by_the_rules_it_passed_with_their_citations() {
    Competition c = Competition.of(SampleModule.withRules(new RefusingRule(Set.of("p-4"), COMPLETENESS, true)), 7, CLOCK);
    EditionResult screened = c.screen(CompetitionTest.entries());
    int rules = screened.screening().result().outcome(P1).orElseThrow().decisions().size();

    Explanation eligibility = screened.explain(P1).orElseThrow().children().get(0);

    assertThat(eligibility.step()).isEqualTo("eligibility");
    assertThat(eligibility.value()).isEqualTo("eligible");
    assertThat(eligibility.label().english()).isEqualTo("Passed administrative screening (" + rules + " rules)");
    assertThat(eligibility.citations()).contains(COMPLETENESS).doesNotHaveDuplicates();
    assertThat(eligibility.children()).isEmpty();
  }

  @Test
  void a_proposal_whose_group_has_no_pool_is_told_which_group() {
    EditionResult selected = competition().selectFinalists(competition().nominate(competition().screen(CompetitionTest.entries()), CompetitionTest.desk()));

    Reason reason = selected.outcome(K1).orElseThrow().deciding().orElseThrow().reasons().get(0);

    assertThat(reason.message()).isEqualTo(LocalizedText.of("Kelompok khusus dari proposal k-1 tidak bersaing dalam kelompok finalis mana pun",
        "Group khusus of proposal k-1 competes in no finalist pool"));
    assertThat(child(selected.explain(K1).orElseThrow(), "finalists").label()).isEqualTo(reason.message());
  }

  @Test
  void a_proposal_with_no_score_in_any_stage_has_no_final_score_and_the_combination_is_cited() {
    Competition c = competition();
    EditionResult ranked = c.award(c.screen(CompetitionTest.entries()), List.of(CompetitionTest.desk(), CompetitionTest.presentation(70, 80, 90)), Map.of());

    ProposalOutcome p5 = ranked.outcome(P5).orElseThrow();

    assertThat(ranked.winners().orElseThrow().combination().score(P5)).isEmpty();
    assertThat(p5.kind()).isEqualTo(ProposalOutcome.Kind.NOT_RANKED);
    assertThat(p5.text()).isEqualTo(LocalizedText.of("Tanpa nilai akhir", "No final score"));
    Reason reason = p5.deciding().orElseThrow().reasons().get(0);
    assertThat(reason.code()).isEqualTo("kipp.competition.notCombined");
    assertThat(reason.message()).isEqualTo(LocalizedText.of("Proposal p-5 tidak memiliki nilai dalam gabungan tahap",
        "Proposal p-5 has no score in the combination of stages"));
    assertThat(reason.citations()).containsExactly(CITED);
  }

  @Test
  void the_cut_of_a_tier_is_there_once_the_winners_are_decided_and_only_for_a_declared_tier() {
    EditionResult awarded = awarded();

    CutResult top1 = awarded.tierCut(SampleModule.TOP_1).orElseThrow();

    assertThat(top1).isEqualTo(awarded.winners().orElseThrow().tier(SampleModule.TOP_1).orElseThrow().cut());
    assertThat(top1.passed()).extracting(e -> e.proposal().value()).containsExactly("p-2");
    assertThat(awarded.tierCut(TierId.of("top-9"))).isEmpty();
    assertThat(competition().screen(CompetitionTest.entries()).tierCut(SampleModule.TOP_1)).isEmpty();
  }

  @Test
  void a_result_equals_no_value_of_another_kind() {
    EditionResult screened = competition().screen(CompetitionTest.entries());
    Object screening = screened.screening();

    assertThat(screened.equals(screening)).isFalse();
    assertThat(screened).isNotEqualTo(null).isEqualTo(competition().screen(CompetitionTest.entries()));
  }
}
