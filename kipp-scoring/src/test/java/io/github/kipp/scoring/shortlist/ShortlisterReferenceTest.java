package io.github.kipp.scoring.shortlist;

import static io.github.kipp.scoring.shortlist.ShortlistFixtures.INSTITUTIONS;
import static io.github.kipp.scoring.shortlist.ShortlistFixtures.QUOTA;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import com.google.common.collect.ImmutableSortedMap;
import io.github.kipp.core.innovation.Proposal;
import io.github.kipp.core.institution.Institution;
import io.github.kipp.scoring.rank.Candidate;
import io.github.kipp.scoring.rank.Ranker;
import io.github.kipp.scoring.rank.Ranking;
import io.github.kipp.scoring.rank.TieBreaks;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The shortlister against the one it replaced ({@link ReferenceShortlister}): on rankings with many
 * equal scores, shared ranks at the cut and quotas that bind, both include the same entries, make
 * the same decision on every entry (outcome, reasons, their citations, in order) and count the same,
 * or fail with the same problems.
 */
class ShortlisterReferenceTest {

  private static final List<String> CATEGORIES = List.of("kesehatan", "pendidikan", "tata-kelola");
  private static final List<String> GROUPS = List.of("umum", "replikasi");
  private static final Map<QuotaDimension, List<String>> VALUES = Map.of(
      QuotaDimension.CATEGORY, CATEGORIES,
      QuotaDimension.GROUP, GROUPS,
      QuotaDimension.INSTITUTION_TYPE, List.of("KABUPATEN", "KOTA", "PROVINSI", "KEMENTERIAN"),
      QuotaDimension.PROVINCE, List.of("73", "72", "53", "93", "35", "-"),
      QuotaDimension.THREE_T, List.of("true", "false"),
      QuotaDimension.INSTITUTION, INSTITUTIONS.stream().map(i -> i.id().value()).collect(Collectors.toList()));
  private static final Instant T1 = Instant.parse("2023-04-01T00:00:00Z");
  private static final Map<String, Proposal> PROPOSALS = new ConcurrentHashMap<>();

  /** A candidate from a code: few scores and submission times, so that many ranks are shared. */
  private static Candidate candidate(int i, int code) {
    String category = CATEGORIES.get(code % 3);
    String group = GROUPS.get(code / 3 % 2);
    Institution institution = INSTITUTIONS.get(code / 6 % INSTITUTIONS.size());
    String id = "p-" + i;
    Proposal p = PROPOSALS.computeIfAbsent(id + "/" + category + "/" + group + "/" + institution.id(),
        k -> ShortlistFixtures.proposal(id, category, group, institution));
    Optional<Instant> submitted = code / 48 % 3 == 0 ? Optional.of(T1) : Optional.empty();
    BigDecimal score = new BigDecimal(List.of("80", "80.0", "79.5", "79").get(code / 144 % 4));
    return new Candidate(p, score, ImmutableSortedMap.of(), ImmutableSortedMap.of(), submitted);
  }

  private static Quota quota(int code) {
    QuotaDimension dimension = QuotaDimension.values()[code % 6];
    List<String> values = VALUES.get(dimension);
    String value = values.get(code / 6 % values.size());
    int a = code / 48 % 4;
    int b = code / 192 % 5;
    return switch (code / 960 % 4) {
      case 0 -> Quota.atLeast(dimension, value, a + 1, QUOTA);
      case 1 -> Quota.atMost(dimension, value, b, QUOTA);
      case 2 -> Quota.between(dimension, value, Math.min(a, b), Math.max(a, b), QUOTA);
      default -> Quota.eachAtMost(dimension, 1 + a % 3, QUOTA);
    };
  }

  private static void agree(Ranking ranking, ShortlistSpec spec) {
    Shortlist expected;
    try {
      expected = ReferenceShortlister.create().select(ranking, spec);
    } catch (InfeasibleQuotasException expectedFailure) {
      Throwable failure = catchThrowable(() -> Shortlister.create().select(ranking, spec));
      assertThat(failure).isInstanceOfSatisfying(InfeasibleQuotasException.class,
          e -> assertThat(e.problems()).isEqualTo(expectedFailure.problems()));
      assertThat(Shortlister.create().check(ranking, spec)).isEqualTo(ReferenceShortlister.create().check(ranking, spec));
      return;
    } catch (QuotaSolverException expectedFailure) {
      assertThat(catchThrowable(() -> Shortlister.create().select(ranking, spec))).isInstanceOf(QuotaSolverException.class);
      return;
    }
    Shortlist actual = Shortlister.create().select(ranking, spec);
    assertThat(actual.included()).isEqualTo(expected.included());
    assertThat(actual.decisions()).isEqualTo(expected.decisions());
    assertThat(actual.quotaCounts()).isEqualTo(expected.quotaCounts());
    assertThat(actual).isEqualTo(expected);
    assertThat(Shortlister.create().check(ranking, spec)).isEmpty();
  }

  @Test
  void shortlists_of_rankings_with_shared_ranks_and_binding_quotas_are_those_of_the_previous_shortlister() {
    qt().withFixedSeed(99_2026L).withExamples(1_500)
        .forAll(lists().of(integers().between(0, 575)).ofSizeBetween(0, 60), integers().between(1, 20),
            lists().of(integers().between(0, 3839)).ofSizeBetween(0, 4), integers().between(0, 2))
        .checkAssert((codes, size, quotaCodes, chain) -> {
          List<Candidate> candidates = new ArrayList<>();
          for (int i = 0; i < codes.size(); i++) {
            candidates.add(candidate(i, codes.get(i)));
          }
          Ranker ranker = switch (chain) {
            case 0 -> Ranker.withTieBreaks();
            case 1 -> Ranker.withTieBreaks(TieBreaks.earlierSubmission(QUOTA));
            default -> Ranker.withTieBreaks(TieBreaks.earlierSubmission(QUOTA), TieBreaks.seededDraw(size, QUOTA));
          };
          Set<Quota> quotas = new LinkedHashSet<>();
          quotaCodes.forEach(c -> quotas.add(quota(c)));
          agree(ranker.rank(candidates), ShortlistFixtures.top(size).quotas(quotas).build());
        });
  }

  @Test
  void a_cap_on_each_province_over_long_runs_of_equal_scores_shortlists_as_before() {
    qt().withFixedSeed(6_99L).withExamples(1_000)
        .forAll(integers().between(1, 300), integers().between(1, 40), integers().between(1, 3), integers().all())
        .checkAssert((count, size, cap, seed) -> {
          java.util.Random random = new java.util.Random(seed);
          List<Candidate> candidates = new ArrayList<>();
          for (int i = 0; i < count; i++) {
            // scores from two values only: every rank but two is shared by many entries
            candidates.add(candidate(i, random.nextInt(288)));
          }
          agree(Ranker.withTieBreaks(TieBreaks.earlierSubmission(QUOTA)).rank(candidates),
              ShortlistFixtures.top(size).quota(Quota.eachAtMost(QuotaDimension.PROVINCE, cap, QUOTA)).build());
        });
  }
}
