package io.github.kipp.scoring.rank;

import static io.github.kipp.scoring.ScoringFixtures.DEFAULT;
import static io.github.kipp.scoring.ScoringFixtures.DESK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import com.google.common.hash.Hashing;
import io.github.kipp.core.Citation;
import io.github.kipp.core.LocalizedText;
import io.github.kipp.core.ProposalId;
import io.github.kipp.core.StageId;
import io.github.kipp.core.innovation.Proposal;
import io.github.kipp.scoring.CriterionId;
import io.github.kipp.scoring.ScoringFixtures;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * The ranker against the engine it replaced ({@link ReferenceRankOrder}, with the shipped rules
 * compared pair by pair as they were): on populations with many equal scores, long runs of exact
 * ties, ties the whole chain cannot break and candidates without a score a rule needs, both give the
 * same entries (order, positions, ranks, broken ties with their rule, description, citation, entry
 * above and tied proposals) or the same failure.
 */
class RankerReferenceTest {

  private static final CriterionId SIGNIFIKANSI = CriterionId.of("signifikansi");
  private static final CriterionId KEBARUAN = CriterionId.of("kebaruan");
  private static final Citation OTHER = Citation.unknown("Pedoman lain", "a second source for the tests");
  private static final Instant T1 = Instant.parse("2023-04-01T00:00:00Z");
  private static final Instant T2 = Instant.parse("2023-04-01T00:00:01Z");
  /** Scores equal in value written at different scales, and one just below them. */
  private static final List<String> SCORES = List.of("70", "70.0", "70.00", "69.95");
  /** The same scores at a scale beyond 18, which are not sorted as primitive keys. */
  private static final List<String> FINE_SCORES = List.of("70.00000000000000000000", "70", "70.0", "69.99999999999999999999");
  private static final List<String> STAGE = List.of("80", "80.0", "79");
  private static final List<String> CRITERION = List.of("9", "9.00", "8");
  private static final Map<String, Proposal> PROPOSALS = new ConcurrentHashMap<>();

  /** A rule with no keys, compared pair by pair: Luwu Utara's proposals first. */
  private static final TieBreak LUWU_UTARA_FIRST = new TieBreak() {
    @Override
    public String id() {
      return "luwu-utara-first";
    }

    @Override
    public LocalizedText description() {
      return LocalizedText.of("Luwu Utara lebih dulu", "Luwu Utara first");
    }

    @Override
    public Citation citation() {
      return OTHER;
    }

    @Override
    public int compare(Candidate a, Candidate b) {
      return Boolean.compare(!luwuUtara(a), !luwuUtara(b));
    }

    private boolean luwuUtara(Candidate c) {
      return c.proposal().innovation().institution().equals(ScoringFixtures.LUWU_UTARA);
    }
  };

  private static Proposal proposal(int i, boolean luwuUtara) {
    return PROPOSALS.computeIfAbsent(i + "/" + luwuUtara,
        k -> ScoringFixtures.proposal("p-" + i, luwuUtara ? ScoringFixtures.LUWU_UTARA : ScoringFixtures.TAKALAR));
  }

  /**
   * A candidate from a code: its score, stage score, criterion scores, submission time and
   * institution each from a few values, so that most candidates tie with others.
   */
  private static Candidate candidate(int i, int code, boolean fine, boolean withStage, boolean withCriterion) {
    String score = (fine ? FINE_SCORES : SCORES).get(code % 4);
    ImmutableSortedMap<StageId, BigDecimal> stages = withStage ? ImmutableSortedMap.of(DESK, new BigDecimal(STAGE.get(code / 4 % 3))) : ImmutableSortedMap.of();
    ImmutableSortedMap<CriterionId, BigDecimal> criteria = withCriterion
        ? ImmutableSortedMap.of(SIGNIFIKANSI, new BigDecimal(CRITERION.get(code / 12 % 3)), KEBARUAN, new BigDecimal(CRITERION.get(code / 36 % 3)))
        : ImmutableSortedMap.of();
    Optional<Instant> submitted = switch (code / 108 % 4) {
      case 0 -> Optional.empty();
      case 1, 2 -> Optional.of(T1);
      default -> Optional.of(T2);
    };
    return new Candidate(proposal(i, code / 432 % 2 == 0), new BigDecimal(score), stages, criteria, submitted);
  }

  /** A rule from a code: the shipped rules, with two citations, and a rule without keys. */
  private static TieBreak rule(int code, long seed) {
    Citation citation = code / 7 % 2 == 0 ? DEFAULT : OTHER;
    return switch (code % 7) {
      case 0 -> TieBreaks.higherCriterion(SIGNIFIKANSI, citation);
      case 1 -> TieBreaks.higherCriterion(KEBARUAN, citation);
      case 2 -> TieBreaks.higherStage(DESK, citation);
      case 3 -> TieBreaks.earlierSubmission(citation);
      case 4 -> TieBreaks.seededDraw(seed, citation);
      case 5 -> LUWU_UTARA_FIRST;
      default -> TieBreaks.higherStage(StageId.of("presentasi-wawancara"), citation);
    };
  }

  private static List<TieBreak> chain(List<Integer> codes, long seed) {
    List<TieBreak> out = new ArrayList<>();
    for (int code : codes) {
      // code 6, a stage no candidate is scored in, is left out: every tie would fail on it
      if (code % 7 != 6) {
        out.add(rule(code, seed));
      }
    }
    return out;
  }

  // ---- the reference: the engine and the shipped rules as they were ----

  /** A shipped rule compared as it was, reading each candidate's value at every comparison. */
  private static int referenceCompare(TieBreak rule, Candidate a, Candidate b) {
    String id = rule.id();
    if (id.startsWith("criterion:")) {
      CriterionId c = CriterionId.of(id.substring("criterion:".length()));
      return required(rule, b, b.criterionScores().get(c), "criterion", c.value())
          .compareTo(required(rule, a, a.criterionScores().get(c), "criterion", c.value()));
    }
    if (id.startsWith("stage:")) {
      StageId s = StageId.of(id.substring("stage:".length()));
      BigDecimal x = required(rule, a, a.stageScores().get(s), "stage", s.value());
      return required(rule, b, b.stageScores().get(s), "stage", s.value()).compareTo(x);
    }
    if (id.equals("earlier-submission")) {
      Optional<Instant> x = a.submittedAt();
      Optional<Instant> y = b.submittedAt();
      if (x.isPresent() && y.isPresent()) {
        return x.get().compareTo(y.get());
      }
      return Boolean.compare(x.isEmpty(), y.isEmpty());
    }
    if (id.startsWith("draw:")) {
      long seed = Long.parseLong(id.substring("draw:".length()));
      int byLot = Long.compareUnsigned(lot(seed, a), lot(seed, b));
      return byLot != 0 ? byLot : a.id().compareTo(b.id());
    }
    return rule.compare(a, b);
  }

  private static long lot(long seed, Candidate c) {
    return Hashing.sha256().newHasher().putLong(seed).putString(c.id().value(), StandardCharsets.UTF_8).hash().asLong();
  }

  private static BigDecimal required(TieBreak rule, Candidate c, @Nullable BigDecimal score, String kind, String target) {
    if (score == null) {
      throw new MissingTieBreakDataException(rule.id(), c.id(), "the score of " + kind + " " + target);
    }
    return score;
  }

  /** The entries the ranker made before, from the reference engine and the ranker's own steps. */
  private static ImmutableList<RankedEntry> reference(List<TieBreak> chain, List<Candidate> candidates) {
    ReferenceRankOrder<Candidate, TieBreak> engine =
        new ReferenceRankOrder<>(Candidate::score, ImmutableList.copyOf(chain), RankerReferenceTest::referenceCompare, Comparator.comparing(Candidate::id));
    ImmutableList.Builder<RankedEntry> entries = ImmutableList.builder();
    @Nullable BigDecimal lastTiedScore = null;
    ImmutableList<ProposalId> lastTiedIds = ImmutableList.of();
    for (ReferenceRankOrder.Placed<Candidate, TieBreak> p : engine.place(new ArrayList<>(candidates))) {
      Optional<BrokenTie> broken = Optional.empty();
      TieBreak decisive = p.decisive();
      Candidate above = p.above();
      if (decisive != null && above != null) {
        if (lastTiedScore == null || lastTiedScore.compareTo(p.item().score()) != 0) {
          lastTiedScore = p.item().score();
          lastTiedIds = p.tied().stream().map(Candidate::id).collect(ImmutableList.toImmutableList());
        }
        broken = Optional.of(new BrokenTie(decisive.id(), decisive.description(), decisive.citation(), above.id(), lastTiedIds));
      }
      entries.add(new RankedEntry(p.item(), p.position(), p.rank(), broken, Optional.empty()));
    }
    return entries.build();
  }

  /** Ranks with both, from a shuffled input, and checks they agree, in result or in failure. */
  private static void agree(List<TieBreak> chain, List<Candidate> candidates, long shuffleSeed) {
    List<Candidate> shuffled = new ArrayList<>(candidates);
    Collections.shuffle(shuffled, new Random(shuffleSeed));
    ImmutableList<RankedEntry> expected;
    try {
      expected = reference(chain, candidates);
    } catch (RuntimeException expectedFailure) {
      Throwable failure = catchThrowable(() -> Ranker.withTieBreaks(chain).rank(shuffled));
      assertThat(failure).isInstanceOf(expectedFailure.getClass());
      if (failure instanceof MissingTieBreakDataException m && expectedFailure instanceof MissingTieBreakDataException r) {
        // The proposal named is one that lacks the score; with one such proposal, the same one.
        long incomplete = candidates.stream().filter(c -> c.stageScores().isEmpty() || c.criterionScores().isEmpty()).count();
        if (incomplete == 1) {
          assertThat(m.proposal()).isEqualTo(r.proposal());
          assertThat(m.rule()).isEqualTo(r.rule());
          assertThat(m.missing()).isEqualTo(r.missing());
        } else {
          assertThat(candidates.stream().filter(c -> c.id().equals(m.proposal())).findFirst().orElseThrow())
              .matches(c -> c.stageScores().isEmpty() || c.criterionScores().isEmpty());
        }
      }
      return;
    }
    Ranking ranking = Ranker.withTieBreaks(chain).rank(shuffled);
    assertThat(ranking.entries()).isEqualTo(expected);
    assertThat(ranking.tieBreaks()).isEqualTo(chain);
  }

  @Test
  void rankings_of_populations_with_many_equal_scores_are_those_of_the_previous_engine() {
    qt().withFixedSeed(20261207L).withExamples(2_000)
        .forAll(lists().of(integers().between(0, 863)).ofSizeBetween(0, 40), lists().of(integers().between(0, 13)).ofSizeBetween(0, 5),
            integers().between(0, 3), integers().all())
        .checkAssert((codes, chainCodes, variant, seed) -> {
          List<Candidate> candidates = new ArrayList<>();
          for (int i = 0; i < codes.size(); i++) {
            candidates.add(candidate(i, codes.get(i), variant == 3, true, true));
          }
          agree(chain(chainCodes, seed), candidates, seed);
        });
  }

  @Test
  void long_runs_of_exact_ties_are_ordered_and_explained_as_before() {
    qt().withFixedSeed(424242L).withExamples(1_000)
        .forAll(integers().between(2, 300), lists().of(integers().between(0, 13)).ofSizeBetween(0, 4), integers().between(0, 431), integers().all())
        .checkAssert((size, chainCodes, spread, seed) -> {
          // every candidate has the score 70; their other values spread over few values or none
          Random random = new Random(seed);
          List<Candidate> candidates = new ArrayList<>();
          for (int i = 0; i < size; i++) {
            int code = random.nextInt(spread + 1) * 4;
            candidates.add(candidate(i, code, false, true, true));
          }
          agree(chain(chainCodes, seed), candidates, seed);
        });
  }

  @Test
  void ties_the_whole_chain_cannot_break_share_a_rank_as_before() {
    qt().withFixedSeed(8080L).withExamples(1_000)
        .forAll(lists().of(integers().between(0, 863)).ofSizeBetween(2, 60), lists().of(integers().between(0, 13)).ofSizeBetween(0, 5), integers().all())
        .checkAssert((codes, chainCodes, seed) -> {
          List<TieBreak> chain = new ArrayList<>(chain(chainCodes, seed));
          chain.removeIf(r -> r.id().startsWith("draw:"));
          // one value per tie-break: candidates differ only in score, and in the institution
          List<Candidate> candidates = new ArrayList<>();
          for (int i = 0; i < codes.size(); i++) {
            int code = codes.get(i) % 4 + codes.get(i) / 432 % 2 * 432;
            candidates.add(candidate(i, code, false, true, true));
          }
          agree(chain, candidates, seed);
          Ranking ranking = Ranker.withTieBreaks(chain).rank(candidates);
          if (chain.stream().noneMatch(r -> r == LUWU_UTARA_FIRST)) {
            assertThat(ranking.entries()).allMatch(e -> e.brokenTie().isEmpty());
          }
        });
  }

  @Test
  void candidates_without_a_score_a_rule_needs_fail_as_before() {
    qt().withFixedSeed(5150L).withExamples(1_000)
        .forAll(lists().of(integers().between(0, 863)).ofSizeBetween(1, 30), lists().of(integers().between(0, 13)).ofSizeBetween(1, 4),
            lists().of(integers().between(0, 29)).ofSizeBetween(1, 3), integers().all())
        .checkAssert((codes, chainCodes, incomplete, seed) -> {
          List<Candidate> candidates = new ArrayList<>();
          for (int i = 0; i < codes.size(); i++) {
            int which = i;
            boolean missing = incomplete.stream().anyMatch(k -> k % codes.size() == which);
            boolean lacksStage = missing && codes.get(i) % 2 == 0;
            candidates.add(candidate(i, codes.get(i), false, !lacksStage, !missing || lacksStage));
          }
          agree(chain(chainCodes, seed), candidates, seed);
        });
  }

  @Test
  void a_ranking_of_one_score_broken_by_submission_then_draw_names_every_tied_proposal_once() {
    List<Candidate> candidates = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      candidates.add(candidate(i, i % 2 == 0 ? 108 : 216 + 216 * (i % 3 == 0 ? 1 : 0), false, true, true));
    }
    List<TieBreak> chain = List.of(TieBreaks.earlierSubmission(DEFAULT), TieBreaks.seededDraw(7, OTHER));

    Ranking ranking = Ranker.withTieBreaks(chain).rank(candidates);

    assertThat(ranking.entries()).isEqualTo(reference(chain, candidates));
    assertThat(ranking.entries().get(1).brokenTie()).hasValueSatisfying(t -> {
      assertThat(t.tiedWith()).hasSize(5).doesNotHaveDuplicates();
      assertThat(t.above()).isEqualTo(ranking.entries().get(0).proposal());
    });
  }

  /**
   * Submission times of every range: unknown, the ends of {@link Instant}, both ends of the times
   * kept in nanoseconds and the seconds just beyond them, and times a nanosecond apart.
   */
  private static final List<Optional<Instant>> TIMES = List.of(Optional.empty(), Optional.of(Instant.MIN), Optional.of(Instant.MAX),
      Optional.of(Instant.EPOCH), Optional.of(Instant.EPOCH.minusNanos(1)), Optional.of(T1), Optional.of(T1.plusNanos(1)), Optional.of(T2),
      Optional.of(Instant.ofEpochSecond(Long.MAX_VALUE / 1_000_000_000L - 1, 999_999_999)),
      Optional.of(Instant.ofEpochSecond(Long.MAX_VALUE / 1_000_000_000L)),
      Optional.of(Instant.ofEpochSecond(Long.MAX_VALUE / 1_000_000_000L, 999_999_999)),
      Optional.of(Instant.ofEpochSecond(-(Long.MAX_VALUE / 1_000_000_000L - 1))),
      Optional.of(Instant.ofEpochSecond(-(Long.MAX_VALUE / 1_000_000_000L))),
      Optional.of(Instant.ofEpochSecond(-(Long.MAX_VALUE / 1_000_000_000L) - 1, 999_999_999)));

  @Test
  void tie_break_scores_of_every_magnitude_and_scale_and_times_of_every_range_order_as_before() {
    // criterion and stage scores from one band per example (small numbers of mixed scales, values
    // just under 2^62 of either sign, beyond a long, scales beyond 18, or all of them mixed), five
    // values per band, so that the chain meets ties, keys too far apart to pack and keys that are
    // not longs at all
    qt().withFixedSeed(20261208L).withExamples(3_000)
        .forAll(lists().of(longs().all()).ofSizeBetween(2, 40), integers().between(0, 5), lists().of(integers().between(0, 13)).ofSizeBetween(1, 4),
            integers().all())
        .checkAssert((draws, band, chainCodes, seed) -> {
          List<Candidate> candidates = new ArrayList<>();
          for (int i = 0; i < draws.size(); i++) {
            long r = draws.get(i);
            ImmutableSortedMap<CriterionId, BigDecimal> criteria = ImmutableSortedMap.of(
                SIGNIFIKANSI, RankOrderPropertiesTest.score(band, r), KEBARUAN, RankOrderPropertiesTest.score(band, Long.rotateLeft(r, 20)));
            ImmutableSortedMap<StageId, BigDecimal> stages = ImmutableSortedMap.of(DESK, RankOrderPropertiesTest.score(band, Long.rotateLeft(r, 40)));
            Optional<Instant> submitted = TIMES.get((int) Math.floorMod(Long.rotateLeft(r, 7), (long) TIMES.size()));
            String score = SCORES.get((int) Math.floorMod(r >>> 60, 2L) * 3);
            candidates.add(new Candidate(proposal(i, r % 3 == 0), new BigDecimal(score), stages, criteria, submitted));
          }
          agree(chain(chainCodes, seed), candidates, seed);
        });
  }
}
