package io.github.kipp.scoring.rank;

import static io.github.kipp.scoring.ScoringFixtures.LUWU_UTARA;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.kipp.core.ProposalId;
import io.github.kipp.core.innovation.Proposal;
import io.github.kipp.scoring.ScoringFixtures;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The order and ranks of a ranking without tie-break rules against a plain reference: sort by score,
 * highest first, then by id; a proposal's rank is one more than the number of higher scores. The
 * scores are drawn from one band per example, so that every score of a ranking lies in the same
 * band: small numbers of mixed scales, magnitudes just under 2^62 of either sign, magnitudes beyond a
 * long, and scales beyond 18.
 */
class RankOrderPropertiesTest {

  private static final BigInteger TWO_TO_58 = BigInteger.TWO.pow(58);
  private static final BigInteger TWO_TO_61 = BigInteger.TWO.pow(61);
  private static final BigInteger TWO_TO_62 = BigInteger.TWO.pow(62);
  private static final BigInteger TWO_TO_64 = BigInteger.TWO.pow(64);
  private static final List<Proposal> PROPOSALS = proposals();

  private static List<Proposal> proposals() {
    List<Proposal> out = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      out.add(ScoringFixtures.proposal("p-" + i, LUWU_UTARA));
    }
    return out;
  }

  /** A score of a band, from a random long; five values per band, so that ties are frequent. */
  static BigDecimal score(int band, long r) {
    int v = (int) Math.floorMod(r, 5L);
    int scale = (int) Math.floorMod(r >> 8, 4L);
    switch (band) {
      case 0:
        return BigDecimal.valueOf(v - 2L, scale);
      case 1:
        // in [2^61, 2^62): a long, but too large to shift left by two or more bits
        return new BigDecimal(TWO_TO_61.add(TWO_TO_58.multiply(BigInteger.valueOf(v))));
      case 2:
        return new BigDecimal(TWO_TO_61.add(TWO_TO_58.multiply(BigInteger.valueOf(v))).negate());
      case 3:
        // beyond a long: 2^64 or 2^65 plus a multiple of 2^62, whose low 64 bits do not keep the order
        BigInteger high = TWO_TO_64.shiftLeft((int) Math.floorMod(r >> 4, 2L));
        BigInteger big = high.add(TWO_TO_62.multiply(BigInteger.valueOf(v)));
        return new BigDecimal(Math.floorMod(r >> 12, 2L) == 0 ? big : big.negate());
      case 4:
        return BigDecimal.valueOf(v - 2L, 19 + scale);
      default:
        return score((int) Math.floorMod(r >> 16, 5L), r);
    }
  }

  private static void checkAgainstReference(int band, List<Long> draws) {
    List<Candidate> candidates = new ArrayList<>();
    for (int i = 0; i < draws.size(); i++) {
      long r = draws.get(i);
      candidates.add(Candidate.of(PROPOSALS.get(i), score(band == 5 ? 5 : band, r)));
    }
    List<Candidate> expected = new ArrayList<>(candidates);
    expected.sort(Comparator.comparing(Candidate::score, Comparator.reverseOrder()).thenComparing(c -> c.id().value()));

    Ranking ranking = Ranker.withTieBreaks().rank(candidates);

    assertThat(ranking.entries()).extracting(RankedEntry::proposal).containsExactlyElementsOf(expected.stream().map(Candidate::id).toList());
    for (RankedEntry e : ranking.entries()) {
      long higher = candidates.stream().filter(c -> c.score().compareTo(e.score()) > 0).count();
      assertThat(e.rank()).as("rank of %s", e.proposal()).isEqualTo((int) higher + 1);
    }
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 1, 2, 3, 4, 5})
  void rankings_order_scores_of_every_band_as_a_plain_sort_does(int band) {
    qt().withFixedSeed(20261207L + band).withExamples(1_000).forAll(lists().of(longs().all()).ofSizeBetween(1, 10))
        .checkAssert(draws -> checkAgainstReference(band, draws));
  }

  @Test
  void the_order_does_not_depend_on_the_order_of_the_candidates() {
    qt().withFixedSeed(77L).withExamples(1_000).forAll(integers().between(0, 5), lists().of(longs().all()).ofSizeBetween(2, 10))
        .checkAssert((band, draws) -> {
          List<Candidate> candidates = new ArrayList<>();
          for (int i = 0; i < draws.size(); i++) {
            candidates.add(Candidate.of(PROPOSALS.get(i), score(band, draws.get(i))));
          }
          List<Candidate> reversed = new ArrayList<>(candidates);
          java.util.Collections.reverse(reversed);
          assertThat(Ranker.withTieBreaks().rank(reversed).entries()).extracting(RankedEntry::proposal, RankedEntry::rank)
              .containsExactlyElementsOf(Ranker.withTieBreaks().rank(candidates).entries().stream()
                  .map(e -> org.assertj.core.groups.Tuple.tuple(e.proposal(), e.rank())).toList());
        });
  }

  @Test
  void two_scores_beyond_a_long_whose_low_bits_would_reverse_them_keep_their_order() {
    // 2^65 + 1 is larger than 2^64 + 2, though its low 64 bits (1) are smaller
    Candidate larger = Candidate.of(PROPOSALS.get(0), new BigDecimal(TWO_TO_64.shiftLeft(1).add(BigInteger.ONE)));
    Candidate smaller = Candidate.of(PROPOSALS.get(1), new BigDecimal(TWO_TO_64.add(BigInteger.TWO)));

    assertThat(Ranker.withTieBreaks().rank(List.of(smaller, larger)).entries()).extracting(RankedEntry::proposal)
        .containsExactly(ProposalId.of("p-0"), ProposalId.of("p-1"));
  }
}
