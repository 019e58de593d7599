package io.github.kipp.scoring.feed;

import static io.github.kipp.scoring.ScoringFixtures.CITED;
import static io.github.kipp.scoring.ScoringFixtures.CLOSE;
import static io.github.kipp.scoring.ScoringFixtures.DESK_CRITERIA;
import static io.github.kipp.scoring.ScoringFixtures.LUWU_UTARA;
import static io.github.kipp.scoring.ScoringFixtures.SULSEL;
import static io.github.kipp.scoring.ScoringFixtures.TAKALAR;
import static io.github.kipp.scoring.ScoringFixtures.sheet;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import com.google.common.collect.ImmutableList;
import io.github.kipp.core.Citation;
import io.github.kipp.core.EditionId;
import io.github.kipp.core.EffectivePeriod;
import io.github.kipp.core.GroupId;
import io.github.kipp.core.InvalidInputException;
import io.github.kipp.core.KippTime;
import io.github.kipp.core.LocalizedText;
import io.github.kipp.core.ProposalId;
import io.github.kipp.core.RuleModuleId;
import io.github.kipp.core.TierId;
import io.github.kipp.core.edition.Category;
import io.github.kipp.core.edition.Edition;
import io.github.kipp.core.edition.InnovationGroup;
import io.github.kipp.core.eligibility.EligibilityRule;
import io.github.kipp.core.eligibility.EligibilityRules;
import io.github.kipp.core.eligibility.HistoryCondition;
import io.github.kipp.core.eligibility.PastResult;
import io.github.kipp.core.eligibility.ResultHistory;
import io.github.kipp.core.eligibility.Tiers;
import io.github.kipp.core.innovation.Proposal;
import io.github.kipp.core.spi.Jurisdiction;
import io.github.kipp.core.spi.ParameterSet;
import io.github.kipp.core.spi.RuleModule;
import io.github.kipp.core.stage.StageMachine;
import io.github.kipp.scoring.FrozenScores;
import io.github.kipp.scoring.ScoringFixtures;
import io.github.kipp.scoring.competition.Competition;
import io.github.kipp.scoring.competition.EditionResult;
import io.github.kipp.scoring.competition.Entries;
import io.github.kipp.scoring.competition.ProposalOutcome;
import io.github.kipp.scoring.competition.SampleModule;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class RoundFeedTest {

  private static final Clock CLOCK = Clock.fixed(Instant.parse("2023-07-31T00:00:00Z"), ZoneOffset.UTC);
  private static final Citation SEED_2 = Citation.reported("Surat Bagian Organisasi Kabupaten Luwu Utara", "UNKNOWN").withSources("Seed-2");

  static final RuleModule NEXT = NextRound.MODULE;

  private static Proposal umum(String id, io.github.kipp.core.institution.Institution institution) {
    return ScoringFixtures.proposal(id, institution);
  }

  private static Proposal khusus(String id) {
    Proposal umum = ScoringFixtures.proposal(id, SULSEL);
    return Proposal.newBuilder().id(umum.id()).innovation(umum.innovation()).edition(umum.edition()).group(GroupId.of("khusus"))
        .category(umum.category()).build();
  }

  /** The regional round of the sample module: p-1 and p-2 reach its Top 2, p-2 wins its Top 1; d-1 is a draft. */
  private static final EditionResult REGIONAL = regional();

  private static EditionResult regional() {
    Entries entries = Entries.newBuilder()
        .submitted(List.of(umum("p-1", LUWU_UTARA), umum("p-2", TAKALAR), umum("p-3", LUWU_UTARA), umum("p-4", TAKALAR), khusus("k-1")))
        .drafts(List.of(umum("d-1", LUWU_UTARA)))
        .build();
    FrozenScores desk = FrozenScores.of(DESK_CRITERIA, List.of(sheet("p-1", "te-1", 80, 60), sheet("p-2", "te-1", 70, 75),
        sheet("p-3", "te-1", 60, 60), sheet("p-4", "te-1", 50, 50), sheet("k-1", "te-2", 90, 90)), CLOSE);
    Instant presented = CLOSE.plusSeconds(30 * 86_400L);
    FrozenScores presentation = FrozenScores.of(SampleModule.PRESENTATION_CRITERIA, List.of(
        SampleModule.presentation("p-1", "tpi-1", 60, presented), SampleModule.presentation("p-2", "tpi-1", 95, presented)), presented);
    return Competition.of(SampleModule.plain(), 7, CLOCK).run(entries, List.of(desk, presentation), Map.of());
  }

  private static final ResultHistory NATIONAL_HISTORY = ResultHistory.of(List.of(PastResult.umum("inv-p-3", 2021, Tiers.TOP_45)));

  @Test
  void the_winners_are_entered_in_the_next_edition_with_their_regional_results_qualified_and_cited() {
    FeedResult fed = RoundFeed.into(NEXT).feed(SampleModule.plain(), REGIONAL, FeedSelection.winners(), NATIONAL_HISTORY);

    assertThat(REGIONAL.outcome(ProposalId.of("p-2")).orElseThrow().kind()).isEqualTo(ProposalOutcome.Kind.AWARDED);
    assertThat(fed.selected()).extracting(ProposalId::value).containsExactly("p-2");
    assertThat(fed.refused()).isEmpty();
    FeedEntry entry = fed.entry(ProposalId.of("p-2")).orElseThrow();
    assertThat(entry.proposal().edition()).isEqualTo(EditionId.of("kipp-next"));
    assertThat(entry.proposal().withEdition(EditionId.of("kipp-2023"))).isEqualTo(REGIONAL.entries().proposal(ProposalId.of("p-2")).orElseThrow());
    assertThat(entry.regionalResults()).extracting(PastResult::tier).extracting(TierId::value).containsExactly("kipp-2023:top-2", "kipp-2023:top-1");
    assertThat(entry.regionalResults()).allSatisfy(r -> {
      assertThat(r.year()).isEqualTo(2023);
      assertThat(r.group()).isEqualTo(GroupId.of("umum"));
      assertThat(r.innovation().value()).isEqualTo("inv-p-2");
    });
    assertThat(entry.citations()).contains(CITED);
    assertThat(entry.regionalOutcome().kind()).isEqualTo(ProposalOutcome.Kind.AWARDED);
    assertThat(entry.screening().eligible()).isTrue();
    assertThat(fed.history()).isEqualTo(NATIONAL_HISTORY);
    assertThat(fed.regionalHistory().results()).containsExactlyInAnyOrderElementsOf(entry.regionalResults());
    assertThat(fed.from()).isEqualTo(RuleModuleId.of("sample-2023"));
    assertThat(fed.to()).isEqualTo(RuleModuleId.of("sample-next"));
  }

  @Test
  void a_chosen_proposal_the_next_round_refuses_is_refused_with_its_rules_reasons_in_both_languages() {
    FeedResult fed = RoundFeed.into(NEXT).feed(SampleModule.plain(), REGIONAL,
        FeedSelection.chosen(ids("k-1", "p-1", "p-3", "d-1"), SEED_2), NATIONAL_HISTORY);

    assertThat(fed.selected()).extracting(ProposalId::value).containsExactly("k-1", "p-1", "p-3", "d-1");
    assertThat(fed.entered()).extracting(e -> e.proposal().id().value()).containsExactly("p-1", "d-1");
    assertThat(fed.refused().keySet()).extracting(ProposalId::value).containsExactly("k-1", "p-3");
    assertThat(fed.refused().get(ProposalId.of("k-1")).failures()).extracting(d -> d.rule()).containsExactly("fits-edition");
    assertThat(fed.refused().get(ProposalId.of("p-3")).failures()).extracting(d -> d.rule()).containsExactly("past-results:umum");
    var why = fed.refusal(ProposalId.of("p-3")).orElseThrow();
    assertThat(why.code()).isEqualTo("kipp.feed.refused");
    assertThat(why.message().english()).contains("p-3", "kipp-next", "sample-next", "past-results:umum");
    assertThat(why.message().indonesian()).contains("p-3", "tidak diikutkan", "past-results:umum");
    assertThat(why.citations()).containsExactly(NextRound.BASIS);
    assertThat(fed.refused().get(ProposalId.of("p-3")).failures().get(0).reasons().get(0).message().indonesian()).contains("top-45 2021");
    assertThat(fed.refusal(ProposalId.of("p-1"))).isEmpty();
    // p-1 reached the Top 2 without winning; the draft d-1 only registered
    assertThat(fed.entry(ProposalId.of("p-1")).orElseThrow().regionalResults()).extracting(r -> r.tier().value()).containsExactly("kipp-2023:top-2");
    assertThat(fed.entry(ProposalId.of("d-1")).orElseThrow().regionalResults()).extracting(r -> r.tier().value()).containsExactly("kipp-2023:entered");
    assertThat(fed.selection().citation()).contains(SEED_2);
    assertThat(fed.entry(ProposalId.of("p-1")).orElseThrow().citations()).startsWith(SEED_2).contains(CITED);
  }

  @Test
  void every_selected_proposal_is_entered_or_refused_with_a_reason_and_the_next_competition_admits_every_entry() {
    List<String> registered = List.of("p-1", "p-2", "p-3", "p-4", "k-1", "d-1");
    Competition next = Competition.of(NEXT, 3, CLOCK);
    qt().withFixedSeed(1603).withExamples(1_000)
        .forAll(lists().of(integers().between(0, registered.size() - 1)).ofSizeBetween(1, 6), lists().of(integers().between(0, 47)).ofSizeBetween(0, 6))
        .checkAssert((picks, past) -> {
          List<ProposalId> chosen = picks.stream().distinct().map(i -> ProposalId.of(registered.get(i))).collect(Collectors.toList());
          ResultHistory history = ResultHistory.of(past.stream()
              .map(n -> PastResult.umum("inv-" + registered.get(n % 6), 2017 + (n / 6) % 8, n % 2 == 0 ? Tiers.TOP_45 : Tiers.TOP_99))
              .collect(Collectors.toList()));
          FeedResult fed = RoundFeed.into(NEXT).feed(SampleModule.plain(), REGIONAL, FeedSelection.chosen(chosen, SEED_2), history);

          assertThat(fed.selected()).containsExactlyElementsOf(chosen);
          Set<ProposalId> entered = fed.entered().stream().map(e -> e.proposal().id()).collect(Collectors.toSet());
          assertThat(entered.stream().filter(fed.refused()::containsKey)).as("entered and refused").isEmpty();
          Set<ProposalId> union = new HashSet<>(entered);
          union.addAll(fed.refused().keySet());
          assertThat(union).containsExactlyInAnyOrderElementsOf(chosen);
          List<ProposalId> order = new ArrayList<>(chosen);
          order.retainAll(entered);
          assertThat(fed.entered()).extracting(e -> e.proposal().id()).containsExactlyElementsOf(order);
          for (ProposalId refused : fed.refused().keySet()) {
            assertThat(fed.refused().get(refused).failures()).isNotEmpty().allSatisfy(d -> assertThat(d.reasons()).isNotEmpty());
            assertThat(fed.refusal(refused).orElseThrow().citations()).isNotEmpty();
          }
          EditionResult screened = next.screen(fed.entries());
          assertThat(screened.screening().result().ineligible()).isEmpty();
          assertThat(screened.screening().result().eligible()).containsExactlyInAnyOrderElementsOf(entered);
          for (FeedEntry e : fed.entered()) {
            assertThat(e.proposal().edition()).isEqualTo(NEXT.edition().id());
            assertThat(e.regionalResults()).isNotEmpty().allMatch(r -> r.tier().value().startsWith("kipp-2023:"));
          }
        });
  }

  @Test
  void a_selection_by_tier_hands_on_that_tiers_winners_and_refuses_a_tier_the_module_lacks() {
    assertThat(RoundFeed.into(NEXT).feed(SampleModule.plain(), REGIONAL, FeedSelection.tiers(List.of(TierId.of("top-1")))).selected())
        .extracting(ProposalId::value).containsExactly("p-2");
    assertThatThrownBy(() -> RoundFeed.into(NEXT).feed(SampleModule.plain(), REGIONAL, FeedSelection.tiers(List.of(TierId.of("top-30")))))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> {
          assertThat(e.violations()).extracting(v -> v.code()).containsExactly("kipp.feed.unknownTier");
          assertThat(e.text().english()).contains("top-30", "sample-2023", "top-1");
          assertThat(e.text().indonesian()).contains("top-30", "bukan tingkat pemenang");
        });
  }

  @Test
  void misuse_and_bad_selections_are_refused_naming_what_was_wrong() {
    RoundFeed feed = RoundFeed.into(NEXT);
    assertThatThrownBy(() -> feed.feed(SampleModule.plain(), REGIONAL, FeedSelection.chosen(ids("p-1", "x-9", "x-8"), SEED_2)))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> {
          assertThat(e.violations()).extracting(v -> v.code()).containsExactly("kipp.feed.unknownProposal", "kipp.feed.unknownProposal");
          assertThat(e.text().english()).contains("x-9", "x-8", "kipp-2023");
          assertThat(e.text().indonesian()).contains("x-9", "tidak terdaftar");
        });
    EditionResult screened = Competition.of(SampleModule.plain(), 7, CLOCK).screen(REGIONAL.entries());
    assertThatThrownBy(() -> feed.feed(SampleModule.plain(), screened, FeedSelection.winners()))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("SCREENED");
    assertThat(feed.feed(SampleModule.plain(), screened, FeedSelection.chosen(ids("p-1"), SEED_2)).entered()).hasSize(1);
    assertThatThrownBy(() -> feed.feed(NEXT, REGIONAL, FeedSelection.winners())).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("sample-2023").hasMessageContaining("sample-next");
    assertThatThrownBy(() -> RoundFeed.into(SampleModule.plain()).feed(SampleModule.plain(), REGIONAL, FeedSelection.winners()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cannot feed itself");
    assertThatThrownBy(() -> FeedSelection.chosen(ids("p-1", "p-1"), SEED_2)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> FeedSelection.tiers(List.of())).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void the_same_inputs_give_equal_results() {
    FeedSelection chosen = FeedSelection.chosen(ids("k-1", "p-1", "p-3"), SEED_2);
    assertThat(RoundFeed.into(NEXT).feed(SampleModule.plain(), REGIONAL, chosen, NATIONAL_HISTORY))
        .isEqualTo(RoundFeed.into(NEXT).feed(SampleModule.plain(), regional(), chosen, NATIONAL_HISTORY));
  }

  private static List<ProposalId> ids(String... values) {
    List<ProposalId> out = new ArrayList<>();
    for (String v : values) {
      out.add(ProposalId.of(v));
    }
    return out;
  }
}
