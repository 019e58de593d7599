package io.github.kipp.scoring.feed;

import static io.github.kipp.scoring.ScoringFixtures.CLOSE;
import static io.github.kipp.scoring.ScoringFixtures.DESK_CRITERIA;
import static io.github.kipp.scoring.ScoringFixtures.LUWU_UTARA;
import static io.github.kipp.scoring.ScoringFixtures.TAKALAR;
import static io.github.kipp.scoring.ScoringFixtures.sheet;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedSet;
import io.github.kipp.core.Citation;
import io.github.kipp.core.EditionId;
import io.github.kipp.core.EffectivePeriod;
import io.github.kipp.core.GroupId;
import io.github.kipp.core.LocalizedText;
import io.github.kipp.core.ProposalId;
import io.github.kipp.core.Reason;
import io.github.kipp.core.RuleModuleId;
import io.github.kipp.core.StageId;
import io.github.kipp.core.TierId;
import io.github.kipp.core.edition.Edition;
import io.github.kipp.core.eligibility.EligibilityRule;
import io.github.kipp.core.eligibility.ResultHistory;
import io.github.kipp.core.rule.RuleRegistry;
import io.github.kipp.core.spi.Jurisdiction;
import io.github.kipp.core.spi.ParameterSet;
import io.github.kipp.core.spi.RuleModule;
import io.github.kipp.core.stage.StageMachine;
import io.github.kipp.scoring.CriteriaSet;
import io.github.kipp.scoring.FrozenScores;
import io.github.kipp.scoring.Rounding;
import io.github.kipp.scoring.ScoringFixtures;
import io.github.kipp.scoring.aggregate.AggregationPolicy;
import io.github.kipp.scoring.aggregate.StageCombinationPolicy;
import io.github.kipp.scoring.competition.Competition;
import io.github.kipp.scoring.competition.EditionResult;
import io.github.kipp.scoring.competition.Entries;
import io.github.kipp.scoring.competition.ProposalOutcome;
import io.github.kipp.scoring.competition.SampleModule;
import io.github.kipp.scoring.panel.ConflictOfInterestPolicy;
import io.github.kipp.scoring.rank.AwardTier;
import io.github.kipp.scoring.rank.Cutoff;
import io.github.kipp.scoring.rank.TieBreakChain;
import io.github.kipp.scoring.shortlist.ShortlistSpec;
import io.github.kipp.scoring.spi.FinalistPool;
import io.github.kipp.scoring.spi.ScoringRules;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Which citations a fed entry carries, with a regional module whose finalist pool, winners' tier and
 * nominations each cite their own source, so that each citation shows where it came from.
 */
class RoundFeedCitationsTest {

  private static final Clock CLOCK = Clock.fixed(Instant.parse("2023-07-31T00:00:00Z"), ZoneOffset.UTC);
  private static final Citation POOL = Citation.reported("Keputusan Bupati 1/2023", "Pasal 1: Top 2");
  private static final Citation TIER = Citation.reported("Keputusan Bupati 1/2023", "Pasal 2: Juara");
  private static final Citation NOMINATION = Citation.reported("Keputusan Bupati 1/2023", "Pasal 3: nominasi");
  private static final Citation CHOICE = Citation.reported("Surat Bagian Organisasi Kabupaten Luwu Utara", "UNKNOWN").withSources("Seed-2");
  private static final Citation RULING = Citation.reported("Keputusan Panitia 4/2023", "Sanggahan");

  /** The sample module with its own citations on the pool, the tier and the nominations. */
  private static final class CitedSample implements RuleModule, ScoringRules {
    private final SampleModule base = SampleModule.plain();

    @Override
    public RuleModuleId id() {
      return base.id();
    }

    @Override
    public LocalizedText title() {
      return base.title();
    }

    @Override
    public Jurisdiction jurisdiction() {
      return base.jurisdiction();
    }

    @Override
    public EffectivePeriod effectivePeriod() {
      return base.effectivePeriod();
    }

    @Override
    public int editionYear() {
      return base.editionYear();
    }

    @Override
    public ImmutableList<Citation> legalBasis() {
      return base.legalBasis();
    }

    @Override
    public ParameterSet parameters() {
      return base.parameters();
    }

    @Override
    public Edition edition() {
      return base.edition();
    }

    @Override
    public StageMachine pipeline() {
      return base.pipeline();
    }

    @Override
    public ImmutableList<EligibilityRule> eligibilityRules() {
      return base.eligibilityRules();
    }

    @Override
    public ImmutableList<CriteriaSet> criteria() {
      return base.criteria();
    }

    @Override
    public AggregationPolicy aggregation(StageId stage) {
      return base.aggregation(stage);
    }

    @Override
    public StageCombinationPolicy combination() {
      return base.combination();
    }

    @Override
    public TieBreakChain tieBreaks() {
      return base.tieBreaks();
    }

    @Override
    public Optional<Cutoff> passMark() {
      return base.passMark();
    }

    @Override
    public ImmutableMap<GroupId, Cutoff> nominations() {
      return ImmutableMap.of(GroupId.of("umum"), Cutoff.topN(3, NOMINATION), GroupId.of("khusus"), Cutoff.topN(1, NOMINATION));
    }

    @Override
    public ImmutableList<FinalistPool> finalists() {
      return ImmutableList.of(new FinalistPool(TierId.of("top-2"), LocalizedText.of("Top 2 Umum", "Top 2 general"),
          ImmutableSortedSet.of(GroupId.of("umum")), ShortlistSpec.newBuilder().size(2, POOL).build()));
    }

    @Override
    public ImmutableList<AwardTier> winners() {
      return ImmutableList.of(AwardTier.of("top-1", LocalizedText.of("Juara", "Winner"), GroupId.of("umum"), 1, TIER));
    }

    @Override
    public ConflictOfInterestPolicy conflictOfInterest() {
      return base.conflictOfInterest();
    }

    @Override
    public Rounding rounding() {
      return base.rounding();
    }
  }

  private static final CitedSample MODULE = new CitedSample();
  private static final Instant PRESENTED = CLOSE.plusSeconds(30 * 86_400L);

  private static Entries entries() {
    return Entries.newBuilder().submitted(List.of(ScoringFixtures.proposal("p-1", LUWU_UTARA), ScoringFixtures.proposal("p-2", TAKALAR),
        ScoringFixtures.proposal("p-3", LUWU_UTARA), ScoringFixtures.proposal("p-4", TAKALAR))).build();
  }

  /** Desk: p-1 72, p-2 72, p-3 60, p-4 50; the Top 2 is p-1 and p-2; p-2's presentation of 95 makes it the Top 1. */
  private static FrozenScores desk() {
    return FrozenScores.of(DESK_CRITERIA, List.of(sheet("p-1", "te-1", 80, 60), sheet("p-2", "te-1", 70, 75), sheet("p-3", "te-1", 60, 60),
        sheet("p-4", "te-1", 50, 50)), CLOSE);
  }

  private static FrozenScores presentation() {
    return FrozenScores.of(SampleModule.PRESENTATION_CRITERIA, List.of(SampleModule.presentation("p-1", "tpi-1", 60, PRESENTED),
        SampleModule.presentation("p-2", "tpi-1", 95, PRESENTED)), PRESENTED);
  }

  private static final EditionResult REGIONAL = Competition.of(MODULE, 7, CLOCK).run(entries(), List.of(desk(), presentation()), Map.of());

  private static List<Citation> poolDecision(ProposalId p) {
    return REGIONAL.finalists().orElseThrow().poolOf(p).orElseThrow().shortlist().decision(p).orElseThrow().citations();
  }

  private static List<Citation> tierDecision(ProposalId p) {
    return REGIONAL.winners().orElseThrow().tier(TierId.of("top-1")).orElseThrow().cut().decisions().get(p).citations();
  }

  private static List<Citation> union(List<Citation> first, List<Citation> second) {
    Set<Citation> out = new LinkedHashSet<>(first);
    out.addAll(second);
    return new ArrayList<>(out);
  }

  @Test
  void a_winner_carries_the_citations_of_its_pools_selection_and_of_its_tiers_cut() {
    ProposalId p2 = ProposalId.of("p-2");
    assertThat(REGIONAL.outcome(p2).orElseThrow().kind()).isEqualTo(ProposalOutcome.Kind.AWARDED);
    assertThat(poolDecision(p2)).contains(POOL).doesNotContain(TIER);
    assertThat(tierDecision(p2)).contains(TIER).doesNotContain(POOL);

    FeedResult fed = RoundFeed.into(NextRound.MODULE).feed(MODULE, REGIONAL, FeedSelection.winners());

    assertThat(fed.entry(p2).orElseThrow().citations()).containsExactlyElementsOf(union(poolDecision(p2), tierDecision(p2)));
  }

  @Test
  void a_chosen_finalist_carries_the_choice_and_its_pools_selection_and_a_chosen_nominee_the_choice_and_its_outcome() {
    ProposalId p1 = ProposalId.of("p-1");
    ProposalId p3 = ProposalId.of("p-3");
    assertThat(REGIONAL.outcome(p1).orElseThrow().kind()).isEqualTo(ProposalOutcome.Kind.NOT_AWARDED);
    assertThat(REGIONAL.outcome(p1).orElseThrow().citations()).contains(TIER);

    FeedResult fed = RoundFeed.into(NextRound.MODULE).feed(MODULE, REGIONAL, FeedSelection.chosen(List.of(p1, p3), CHOICE));

    assertThat(fed.entry(p1).orElseThrow().citations()).containsExactlyElementsOf(union(List.of(CHOICE), poolDecision(p1)))
        .as("not awarded, so not the tier's cut").doesNotContain(TIER);
    List<Citation> p3Outcome = REGIONAL.outcome(p3).orElseThrow().citations();
    assertThat(p3Outcome).isNotEmpty().doesNotContain(CHOICE);
    assertThat(fed.entry(p3).orElseThrow().citations()).containsExactlyElementsOf(union(List.of(CHOICE), p3Outcome));
    assertThat(fed.entry(p3).orElseThrow().regionalResults()).as("nominated, but not chosen into the Top 2").extracting(r -> r.tier().value())
        .containsExactly("kipp-2023:entered");
  }

  @Test
  void a_finalist_removed_on_objection_reached_no_pool_and_carries_the_choice_and_the_ruling() {
    Competition c = Competition.of(MODULE, 7, CLOCK);
    EditionResult selected = c.selectFinalists(c.nominate(c.screen(entries()), desk()));
    EditionResult corrected = c.removeFinalist(selected, ProposalId.of("p-2"), Reason.of("objection.upheld",
        LocalizedText.of("Sanggahan diterima", "Objection upheld"), RULING));
    FeedResult removed = RoundFeed.into(NextRound.MODULE).feed(MODULE, corrected, FeedSelection.chosen(List.of(ProposalId.of("p-2")), CHOICE));
    FeedEntry p2 = removed.entry(ProposalId.of("p-2")).orElseThrow();
    assertThat(p2.regionalOutcome().kind()).isEqualTo(ProposalOutcome.Kind.REMOVED);
    assertThat(p2.regionalResults()).as("a finalist removed on objection reached no pool").extracting(r -> r.tier().value())
        .containsExactly("kipp-2023:entered");
    assertThat(p2.citations()).containsExactly(CHOICE, RULING);
  }

  @Test
  void a_feed_into_the_national_edition_in_force_feeds_the_national_module_of_the_regional_year() {
    RuleRegistry registry = RuleRegistry.newBuilder().register(NextRound.MODULE).build();

    RoundFeed feed = RoundFeed.nationalInForce(registry, MODULE);

    assertThat(feed.next()).isSameAs(NextRound.MODULE);
    assertThat(feed.toString()).isEqualTo("RoundFeed[into sample-next]");
    assertThat(RoundFeed.into(NextRound.MODULE).next()).isSameAs(NextRound.MODULE);
  }

  @Test
  void feed_results_and_selections_are_equal_only_with_equal_parts_and_name_themselves() {
    FeedSelection chosen = FeedSelection.chosen(List.of(ProposalId.of("p-1")), CHOICE);
    FeedResult a = RoundFeed.into(NextRound.MODULE).feed(MODULE, REGIONAL, chosen);
    FeedResult b = RoundFeed.into(NextRound.MODULE).feed(MODULE, REGIONAL, FeedSelection.chosen(List.of(ProposalId.of("p-1")), CHOICE));
    FeedResult winners = RoundFeed.into(NextRound.MODULE).feed(MODULE, REGIONAL, FeedSelection.winners());
    FeedResult otherHistory = RoundFeed.into(NextRound.MODULE).feed(MODULE, REGIONAL, chosen,
        ResultHistory.of(List.of(io.github.kipp.core.eligibility.PastResult.umum("inv-x", 2020, io.github.kipp.core.eligibility.Tiers.TOP_99))));

    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b).isNotEqualTo(winners).isNotEqualTo(otherHistory).isNotEqualTo("p-1");
    assertThat(a.edition()).isEqualTo(EditionId.of("kipp-next"));
    assertThat(a.toString()).isEqualTo("FeedResult[sample-2023 -> sample-next: 1 entered, 0 refused]");

    FeedSelection tiers = FeedSelection.tiers(List.of(TierId.of("top-1")));
    assertThat(chosen).isEqualTo(FeedSelection.chosen(List.of(ProposalId.of("p-1")), CHOICE))
        .isNotEqualTo(FeedSelection.chosen(List.of(ProposalId.of("p-2")), CHOICE))
        .isNotEqualTo(FeedSelection.chosen(List.of(ProposalId.of("p-1")), RULING))
        .isNotEqualTo(FeedSelection.winners());
    assertThat(tiers).isEqualTo(FeedSelection.tiers(List.of(TierId.of("top-1")))).isNotEqualTo(FeedSelection.tiers(List.of(TierId.of("top-2"))))
        .isNotEqualTo(FeedSelection.winners());
    assertThat(chosen.toString()).isEqualTo("chosen [p-1]");
    assertThat(tiers.toString()).isEqualTo("tiers [top-1]");
    assertThat(FeedSelection.winners().toString()).isEqualTo("winners");
  }
}
