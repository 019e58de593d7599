package io.github.kipp.core.eligibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import com.google.common.collect.ImmutableList;
import io.github.kipp.core.Fixtures;
import io.github.kipp.core.GroupId;
import io.github.kipp.core.InnovationId;
import io.github.kipp.core.ProposalId;
import io.github.kipp.core.innovation.Innovation;
import io.github.kipp.core.innovation.Proposal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * What a context prepares once of its submissions (each normalised title, the earliest submission of
 * each title, whether each submission repeats an earlier one's title, each one's past results, the
 * submissions in id order and a shared id) is built with a table of places instead of a hash map of
 * boxed places, reading submission times only for submissions whose titles meet. Checked against the
 * computation it replaced, kept here as the oracle (a {@link HashMap} from each title to its first
 * listed place, {@link EligibilityContext#submissionOrder()} for every pair that shares a title, a
 * stable sort of places by id), on contexts of up to 300 submissions drawn from a few titles written
 * several ways, with ids repeated and out of order, and times unknown, tied to the nanosecond or at
 * {@link Instant#MAX} (which ties with an unknown time).
 */
class PreparedSubmissionsPropertiesTest {

  private static final Instant T0 = Instant.parse("2023-03-20T00:00:00Z");
  private static final String[] TITLES = {
    "Inovasi Layanan", "INOVASI  layanan!", "Inovasi\u00a0Layanan", "\uff29\uff4e\uff4f\uff56\uff41\uff53\uff49 Layanan", "Sistem Antrean",
    "sistem-antrean", "Pelayanan Terpadu Satu Pintu", "Rumah Sehat", "rumah sehat 2", "Rumah Sehat 2", "Ékonomi Desa", "E\u0301konomi desa",
  };
  private static final GroupId UMUM = GroupId.of("umum");

  @Test
  void prepares_the_submissions_as_the_hash_map_and_comparator_it_replaced() {
    Proposal base = Fixtures.proposal("p-0").build();
    int[] repeated = new int[1];
    int[] unordered = new int[1];
    int[] shared = new int[1];
    qt().withFixedSeed(2031).withExamples(1_500).forAll(longs().all()).checkAssert(seed -> {
      SplittableRandom r = new SplittableRandom(seed);
      int n = r.nextInt(300);
      int titles = 1 + r.nextInt(r.nextBoolean() ? TITLES.length : 2_000);
      EligibilityContext.Builder b = EligibilityContext.newBuilder(Fixtures.edition());
      List<PastResult> past = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        int t = r.nextInt(titles);
        String title = t < TITLES.length ? TITLES[t] : "Inovasi " + t;
        InnovationId innovation = InnovationId.of("inv-" + r.nextInt(Math.max(1, n)));
        if (r.nextInt(4) == 0) {
          past.add(new PastResult(innovation, 2014 + r.nextInt(9), Tiers.TOP_99, UMUM));
        }
        Innovation mine = Innovation.of(innovation, title, base.innovation().expansion(), base.innovation().institution(),
            base.innovation().unit(), base.innovation().start());
        int number = switch (r.nextInt(8)) {
          case 0 -> i > 0 ? r.nextInt(i) : i;
          case 1 -> n - i;
          default -> i;
        };
        Proposal p = Proposal.newBuilder().id(ProposalId.of("p-" + number)).innovation(mine).edition(base.edition()).group(base.group())
            .category(base.category()).sdgs(base.sdgs()).sections(base.sections()).build();
        Instant at = switch (r.nextInt(5)) {
          case 0 -> null;
          case 1 -> Instant.MAX;
          case 2 -> T0.plusSeconds(r.nextInt(3));
          default -> T0.plusNanos(r.nextLong(5_000_000_000L));
        };
        b.submitted(p, at);
      }
      ResultHistory history = ResultHistory.of(past);
      EligibilityContext context = b.history(history).build();
      Oracle oracle = new Oracle(context.submitted(), context.submissionOrder(), history);
      ImmutableList<Proposal> submitted = context.submitted();
      for (int i = 0; i < submitted.size(); i++) {
        Proposal p = submitted.get(i);
        assertThat(context.normalisedTitle(p, i)).as("seed %d, title at %d", seed, i).isEqualTo(oracle.titles[i]);
        assertThat(context.repeatsTitle(i)).as("seed %d, repeats at %d", seed, i).isEqualTo(oracle.repeatsTitle.get(i));
        assertThat(context.results(p, i)).as("seed %d, results at %d", seed, i).isEqualTo(oracle.results[i]);
        assertThat(context.earliestWithTitleOrNull(oracle.titles[i])).as("seed %d, earliest of %s", seed, oracle.titles[i])
            .isSameAs(oracle.earliestWithTitle(oracle.titles[i]));
        repeated[0] += oracle.repeatsTitle.get(i) ? 1 : 0;
      }
      for (String title : List.of("", "inovasi", "inovasi layanan", "rumah sehat 2", "inovasi 7", "tidak ada")) {
        assertThat(context.earliestWithTitleOrNull(title)).as("seed %d, earliest of %s", seed, title).isSameAs(oracle.earliestWithTitle(title));
      }
      assertThat(context.submittedById()).as("seed %d, by id", seed).containsExactly(oracle.byId);
      assertThat(context.sharedId()).as("seed %d, shared id", seed).isEqualTo(oracle.sharedId);
      for (int k = 0; k < oracle.byId.length; k++) {
        if (oracle.byId[k] != k) {
          unordered[0]++;
          break;
        }
      }
      shared[0] += oracle.sharedId != null ? 1 : 0;
    });
    // Measured with seed 2031: titles repeat often, lists come out of id order and ids are shared.
    assertThat(repeated[0]).isGreaterThan(50_000);
    assertThat(unordered[0]).isGreaterThan(500);
    assertThat(shared[0]).isGreaterThan(300);
  }

  /** The preparation as it was: a hash map of titles to boxed places and the context's comparator. */
  private static final class Oracle {
    final String[] titles;
    final Map<String, Integer> firstListed = new HashMap<>();
    final int[] earliest;
    final BitSet repeatsTitle;
    final ImmutableList<PastResult>[] results;
    final int[] byId;
    final @Nullable ProposalId sharedId;
    private final List<Proposal> submitted;

    @SuppressWarnings("unchecked")
    Oracle(List<Proposal> submitted, Comparator<Proposal> order, ResultHistory history) {
      this.submitted = submitted;
      int n = submitted.size();
      titles = new String[n];
      earliest = new int[n];
      int[] sameAs = new int[n];
      results = (ImmutableList<PastResult>[]) new ImmutableList<?>[n];
      for (int i = 0; i < n; i++) {
        Proposal p = submitted.get(i);
        String title = EligibilityRules.normaliseTitle(p.innovation().title());
        titles[i] = title;
        Integer first = firstListed.putIfAbsent(title, i);
        if (first == null) {
          sameAs[i] = i;
          earliest[i] = i;
        } else {
          sameAs[i] = first;
          if (order.compare(p, submitted.get(earliest[first])) < 0) {
            earliest[first] = i;
          }
        }
        results[i] = history.of(p.innovation().id());
      }
      repeatsTitle = new BitSet(n);
      for (int i = 0; i < n; i++) {
        int e = earliest[sameAs[i]];
        if (e != i) {
          Proposal p = submitted.get(i);
          Proposal first = submitted.get(e);
          if (!first.id().equals(p.id()) && order.compare(first, p) < 0) {
            repeatsTitle.set(i);
          }
        }
      }
      Integer[] places = new Integer[n];
      for (int i = 0; i < n; i++) {
        places[i] = i;
      }
      Arrays.sort(places, Comparator.comparing(i -> submitted.get(i).id().value()));
      byId = new int[n];
      for (int i = 0; i < n; i++) {
        byId[i] = places[i];
      }
      @Nullable ProposalId found = null;
      for (int k = 1; k < n && found == null; k++) {
        ProposalId id = submitted.get(byId[k]).id();
        if (id.equals(submitted.get(byId[k - 1]).id())) {
          found = id;
        }
      }
      sharedId = found;
    }

    @Nullable Proposal earliestWithTitle(String title) {
      Integer first = firstListed.get(title);
      return first == null ? null : submitted.get(earliest[first]);
    }
  }
}
