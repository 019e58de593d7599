package io.github.kipp.rules.sinovik;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import io.github.kipp.core.ActorId;
import io.github.kipp.core.GroupId;
import io.github.kipp.core.ProposalId;
import io.github.kipp.core.StageId;
import io.github.kipp.core.edition.Phase;
import io.github.kipp.core.eligibility.EligibilityContext;
import io.github.kipp.core.eligibility.EligibilityScreen;
import io.github.kipp.core.eligibility.ScreeningResult;
import io.github.kipp.core.innovation.Proposal;
import io.github.kipp.core.institution.Institution;
import io.github.kipp.rules.sinovik.regional.LuwuUtara;
import io.github.kipp.rules.sinovik.regional.SulawesiSelatan;
import io.github.kipp.scoring.CriteriaSet;
import io.github.kipp.scoring.Criterion;
import io.github.kipp.scoring.CriterionId;
import io.github.kipp.scoring.FrozenScores;
import io.github.kipp.scoring.ScoreSheet;
import io.github.kipp.scoring.aggregate.AggregatedScore;
import io.github.kipp.scoring.aggregate.AggregationResult;
import io.github.kipp.scoring.aggregate.CombinationResult;
import io.github.kipp.scoring.competition.Competition;
import io.github.kipp.scoring.competition.EditionResult;
import io.github.kipp.scoring.competition.Entries;
import io.github.kipp.scoring.competition.FinalistSelection;
import io.github.kipp.scoring.competition.Nomination;
import io.github.kipp.scoring.competition.Winners;
import io.github.kipp.scoring.rank.AwardTier;
import io.github.kipp.scoring.rank.Candidate;
import io.github.kipp.scoring.rank.CutResult;
import io.github.kipp.scoring.rank.Cutoff;
import io.github.kipp.scoring.rank.RankedEntry;
import io.github.kipp.scoring.rank.Ranker;
import io.github.kipp.scoring.rank.Ranking;
import io.github.kipp.scoring.rank.TieBreak;
import io.github.kipp.scoring.rank.TieBreakChain;
import io.github.kipp.scoring.shortlist.Shortlist;
import io.github.kipp.scoring.shortlist.Shortlister;
import io.github.kipp.scoring.spi.FinalistPool;
import io.github.kipp.testkit.generators.KippFactories;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The competition's steps decide exactly what the engines wired by hand decide, for every module and
 * draw seed, whatever the order of the inputs.
 */
class CompetitionPropertiesTest {

  private static final List<SinovikModule> MODULES = List.of(SinovikRules.edition2021(), SinovikRules.edition2022(), SinovikRules.edition2023(),
      SinovikRules.edition2025(), SulawesiSelatan.kipp2023(), LuwuUtara.selection2023());

  /** Scores a few steps apart, so that equal totals (and ties) are common. */
  private static final int[] COARSE = {60, 70, 80, 90};

  /** One generated competition: its entries and the sheets of every scoring stage. */
  private record Generated(SinovikModule module, List<Proposal> proposals, Map<ProposalId, Instant> submittedAt, Map<StageId, FrozenScores> scores,
      long drawSeed) {}

  private static Generated generate(int moduleIndex, int count, long seed) {
    SinovikModule module = MODULES.get(moduleIndex);
    Random random = new Random(seed);
    List<Integer> regencies = regencies(module);
    List<Proposal> proposals = new ArrayList<>();
    Map<ProposalId, Instant> submittedAt = new TreeMap<>();
    Instant opens = module.edition().schedule().window(Phase.REGISTRATION).orElseThrow().opens().toInstant();
    for (int i = 0; i < count; i++) {
      Proposal p = KippFactories.proposalFrom(module.edition(), i + 1, regencies.get(random.nextInt(regencies.size())), 800 + random.nextInt(2000),
          random.nextInt(2), random.nextInt(3), random.nextInt(10));
      proposals.add(p);
      if (random.nextInt(4) > 0) {
        submittedAt.put(p.id(), opens.plusSeconds(3600L * random.nextInt(6)));
      }
    }
    Map<StageId, FrozenScores> scores = new LinkedHashMap<>();
    Instant close = opens.plusSeconds(90L * 86_400);
    for (CriteriaSet criteria : module.criteria()) {
      List<ScoreSheet> sheets = new ArrayList<>();
      for (Proposal p : proposals) {
        int evaluators = random.nextInt(4);
        for (int e = 0; e < evaluators; e++) {
          Map<CriterionId, BigDecimal> s = new TreeMap<>();
          int level = COARSE[random.nextInt(COARSE.length)];
          for (Criterion c : criteria.criteria()) {
            s.put(c.id(), BigDecimal.valueOf(random.nextInt(3) == 0 ? COARSE[random.nextInt(COARSE.length)] : level));
          }
          sheets.add(ScoreSheet.of(p.id(), ActorId.of("te-" + e), criteria.stage(), s, close.minusSeconds(random.nextInt(1000))));
        }
      }
      scores.put(criteria.stage(), FrozenScores.of(criteria, sheets, close));
    }
    return new Generated(module, proposals, submittedAt, scores, random.nextLong());
  }

  /** Indexes of the test kit's regencies that may enter the module: the province's own for a regional module. */
  private static List<Integer> regencies(SinovikModule module) {
    String prefix = module.jurisdiction().equals(io.github.kipp.core.spi.Jurisdiction.NATIONAL) ? "" : "73.";
    List<Integer> out = new ArrayList<>();
    for (int i = 0; i < 514; i++) {
      Institution inst = KippFactories.institutionFrom(i);
      if (inst.region().map(r -> r.value().startsWith(prefix)).orElse(false)) {
        out.add(i);
      }
    }
    return out;
  }

  private static Entries entries(Generated g, List<Proposal> order) {
    List<Proposal> submitted = order.stream().filter(p -> g.submittedAt().containsKey(p.id())).collect(Collectors.toList());
    List<Proposal> drafts = order.stream().filter(p -> !g.submittedAt().containsKey(p.id())).collect(Collectors.toList());
    return Entries.newBuilder().submitted(submitted).drafts(drafts).submissionTimes(g.submittedAt()).build();
  }

  private static EditionResult run(Generated g, List<Proposal> order, List<FrozenScores> scores) {
    Competition c = Competition.of(g.module(), g.drawSeed(), Clock.fixed(Instant.EPOCH, ZoneOffset.UTC));
    return c.run(entries(g, order), scores, Map.of());
  }

  @Test
  void the_competition_decides_what_the_engines_wired_by_hand_decide_for_every_module_and_seed() {
    // One example is a whole competition of up to 40 proposals through every step (about a millisecond).
    qt().withFixedSeed(20231).withExamples(1_200)
        .forAll(integers().between(0, MODULES.size() - 1), integers().between(1, 40), longs().all())
        .checkAssert((m, n, seed) -> {
          Generated g = generate(m, n, seed);
          EditionResult result = run(g, g.proposals(), List.copyOf(g.scores().values()));
          Reference expected = reference(g);

          Nomination nomination = result.nomination().orElseThrow();
          assertThat(nomination.groups().keySet()).isEqualTo(expected.nominated.keySet());
          expected.nominated.forEach((group, ids) -> assertThat(nomination.groups().get(group).nominated()).as("nominated in %s", group).isEqualTo(ids));
          expected.deskRankings.forEach((group, ranking) -> assertThat(entries(nomination.groups().get(group).ranking())).isEqualTo(entries(ranking)));
          FinalistSelection finalists = result.finalists().orElseThrow();
          expected.finalists.forEach((pool, ids) -> assertThat(finalists.pool(pool.tier()).orElseThrow().shortlist().included())
              .extracting(RankedEntry::proposal).as("finalists of %s", pool.tier()).isEqualTo(ids));
          Winners winners = result.winners().orElseThrow();
          assertThat(entries(winners.ranking())).isEqualTo(entries(expected.finalRanking));
          assertThat(winners.tiers()).hasSameSizeAs(expected.tiers);
          for (int i = 0; i < expected.tiers.size(); i++) {
            assertThat(winners.tiers().get(i).cut().passed()).extracting(RankedEntry::proposal).isEqualTo(expected.tiers.get(i));
          }
        });
  }

  @Test
  void the_result_is_the_same_whatever_the_order_of_the_proposals_and_the_sheets() {
    // One example runs a competition of up to 40 proposals twice.
    qt().withFixedSeed(20232).withExamples(1_000)
        .forAll(integers().between(0, MODULES.size() - 1), integers().between(1, 40), longs().all())
        .checkAssert((m, n, seed) -> {
          Generated g = generate(m, n, seed);
          List<Proposal> shuffled = new ArrayList<>(g.proposals());
          Collections.shuffle(shuffled, new Random(seed));
          List<FrozenScores> scores = new ArrayList<>();
          for (FrozenScores f : g.scores().values()) {
            List<ScoreSheet> sheets = new ArrayList<>(f.sheets());
            Collections.shuffle(sheets, new Random(seed + 1));
            scores.add(0, FrozenScores.of(f.criteria(), sheets, f.closedAt()));
          }

          assertThat(run(g, shuffled, scores).outcomes()).isEqualTo(run(g, g.proposals(), List.copyOf(g.scores().values())).outcomes());
        });
  }

  /** What each step decides, wired by hand from the module's parts. */
  private static final class Reference {
    final Map<GroupId, List<ProposalId>> nominated = new TreeMap<>();
    final Map<GroupId, Ranking> deskRankings = new TreeMap<>();
    final Map<FinalistPool, List<ProposalId>> finalists = new LinkedHashMap<>();
    Ranking finalRanking;
    final List<List<ProposalId>> tiers = new ArrayList<>();

    @SuppressWarnings("NullAway.Init")
    Reference() {}
  }

  private static Reference reference(Generated g) {
    SinovikModule module = g.module();
    Reference out = new Reference();
    List<Proposal> submitted = g.proposals().stream().filter(p -> g.submittedAt().containsKey(p.id())).collect(Collectors.toList());
    ScreeningResult screening = EligibilityScreen.of(module.eligibilityRules())
        .screen(submitted, EligibilityContext.newBuilder(module.edition()).submitted(submitted).submittedAt(g.submittedAt()).build());
    Map<ProposalId, Proposal> byId = new TreeMap<>();
    g.proposals().forEach(p -> byId.put(p.id(), p));
    StageId desk = module.criteria().get(0).stage();
    AggregationResult deskScores = module.aggregation(desk).aggregate(g.scores().get(desk));
    Set<String> deskCriteria = module.criteria().get(0).criteria().stream().map(c -> c.id().value()).collect(Collectors.toSet());
    // Before the later stages are scored, only the chain's rules on the desk stage and its criteria apply.
    List<TieBreak> deskChain = new ArrayList<>();
    List<TieBreakChain.Step> steps = module.tieBreaks().steps();
    List<TieBreak> built = module.tieBreaks().build(g.drawSeed());
    for (int i = 0; i < steps.size(); i++) {
      TieBreakChain.Step s = steps.get(i);
      boolean later = (s.kind() == TieBreakChain.Kind.STAGE && !s.target().orElseThrow().equals(desk.value()))
          || (s.kind() == TieBreakChain.Kind.CRITERION && !deskCriteria.contains(s.target().orElseThrow()));
      if (!later) {
        deskChain.add(built.get(i));
      }
    }
    Ranker deskRanker = Ranker.withTieBreaks(deskChain);
    Map<GroupId, List<Candidate>> byGroup = new TreeMap<>();
    for (ProposalId id : screening.eligible()) {
      Optional<AggregatedScore> s = deskScores.score(id);
      if (s.isPresent()) {
        Proposal p = byId.get(id);
        byGroup.computeIfAbsent(p.group(), k -> new ArrayList<>()).add(new Candidate(p, s.get().score(), ImmutableSortedMap.of(desk, s.get().score()),
            s.get().criterionMeans(), Optional.ofNullable(g.submittedAt().get(id))));
      }
    }
    Map<ProposalId, Candidate> nominatedCandidates = new LinkedHashMap<>();
    byGroup.forEach((group, candidates) -> {
      Ranking ranking = deskRanker.rank(candidates);
      out.deskRankings.put(group, ranking);
      Set<ProposalId> passed = ranking.entries().stream().map(RankedEntry::proposal).collect(Collectors.toCollection(HashSet::new));
      module.passMark().ifPresent(mark -> passed.retainAll(ids(mark.apply(ranking))));
      Cutoff count = module.nominations().get(group);
      if (count != null) {
        passed.retainAll(ids(count.apply(ranking)));
      }
      List<ProposalId> inOrder = new ArrayList<>();
      for (RankedEntry e : ranking.entries()) {
        if (passed.contains(e.proposal())) {
          inOrder.add(e.proposal());
          nominatedCandidates.put(e.proposal(), e.candidate());
        }
      }
      out.nominated.put(group, inOrder);
    });
    Set<ProposalId> finalistIds = new HashSet<>();
    for (FinalistPool pool : module.finalists()) {
      List<Candidate> competing = nominatedCandidates.values().stream().filter(c -> pool.groups().contains(c.proposal().group())).collect(Collectors.toList());
      Shortlist shortlist = Shortlister.create().select(deskRanker.rank(competing), pool.spec());
      List<ProposalId> included = shortlist.included().stream().map(RankedEntry::proposal).collect(Collectors.toList());
      out.finalists.put(pool, included);
      finalistIds.addAll(included);
    }
    ImmutableSortedMap.Builder<StageId, AggregationResult> stages = ImmutableSortedMap.naturalOrder();
    for (CriteriaSet criteria : module.criteria()) {
      AggregationResult all = criteria.stage().equals(desk) ? deskScores : module.aggregation(criteria.stage()).aggregate(g.scores().get(criteria.stage()));
      ImmutableSortedMap.Builder<ProposalId, AggregatedScore> kept = ImmutableSortedMap.naturalOrder();
      all.scores().forEach((id, s) -> {
        if (finalistIds.contains(id)) {
          kept.put(id, s);
        }
      });
      stages.put(criteria.stage(), new AggregationResult(all.stage(), all.policy(), all.parameters(), all.populationId(), all.citation(), kept.buildOrThrow()));
    }
    CombinationResult combination = module.combination().combine(stages.buildOrThrow(), ImmutableSortedMap.of());
    Map<ProposalId, Proposal> finalists = new TreeMap<>();
    finalistIds.forEach(id -> finalists.put(id, byId.get(id)));
    ImmutableList<Candidate> candidates = combination.candidates(finalists, g.submittedAt());
    Ranker ranker = Ranker.withTieBreaks(built);
    out.finalRanking = ranker.rank(candidates);
    Set<ProposalId> awarded = new HashSet<>();
    for (AwardTier tier : module.winners()) {
      List<Candidate> competing = new ArrayList<>();
      for (RankedEntry e : out.finalRanking.entries()) {
        if (tier.groups().contains(e.candidate().proposal().group()) && !awarded.contains(e.proposal())) {
          competing.add(e.candidate());
        }
      }
      CutResult cut = Cutoff.topN(tier.size(), tier.citation()).apply(ranker.rank(competing));
      List<ProposalId> passed = cut.passed().stream().map(RankedEntry::proposal).collect(Collectors.toList());
      awarded.addAll(passed);
      out.tiers.add(passed);
    }
    return out;
  }

  private static Set<ProposalId> ids(CutResult cut) {
    return cut.passed().stream().map(RankedEntry::proposal).collect(Collectors.toSet());
  }

  /** A ranking as comparable rows: proposal, score, rank and the rule that broke its tie. */
  private static List<String> entries(Ranking ranking) {
    return ranking.entries().stream()
        .map(e -> e.proposal() + " " + e.score().toPlainString() + " #" + e.rank() + " " + e.brokenTie().map(t -> t.rule()).orElse("-"))
        .collect(Collectors.toList());
  }
}
