package io.github.kipp.scoring.rank;

import static java.util.Objects.requireNonNull;

import com.google.common.hash.Hashing;
import io.github.kipp.core.Citation;
import io.github.kipp.core.LocalizedText;
import io.github.kipp.core.ProposalId;
import io.github.kipp.core.StageId;
import io.github.kipp.scoring.CriterionId;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Comparator;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The tie-break rules kipp ships. Each takes the citation of the rule module that declares it; no
 * KIPP instrument publishes a tie-break, so modules cite them as UNKNOWN with the chain as the
 * documented default.
 *
 * <ul>
 *   <li>{@link #higherCriterion}: higher mean score on a named criterion ranks first (e.g.
 *       <i>Signifikansi</i>).
 *   <li>{@link #higherStage}: higher score in a named stage ranks first (e.g. the desk evaluation).
 *   <li>{@link #earlierSubmission}: the earlier submission ranks first; unknown times rank last.
 *   <li>{@link #seededDraw}: a draw, reproducible from its recorded seed: candidates are ordered by
 *       the SHA-256 of the seed and their proposal id, so the draw does not depend on input order.
 * </ul>
 *
 * <p>A rule that compares scores never passes a tie on because a candidate lacks the score it
 * compares: it throws {@link MissingTieBreakDataException} naming the rule, the proposal and the
 * missing score, so a declared tie-break order cannot be skipped by incomplete candidates.
 */
public final class TieBreaks {

  private TieBreaks() {}

  /**
   * Higher mean score on a criterion ranks first.
   *
   * @param criterion the criterion, not null
   * @param citation where the rule comes from, not null
   * @return the rule, not null
   */
  public static TieBreak higherCriterion(CriterionId criterion, Citation citation) {
    requireNonNull(criterion, "criterion");
    return new Rule<BigDecimal>(
        "criterion:" + criterion,
        LocalizedText.of("Nilai lebih tinggi pada kriteria " + criterion, "Higher score on criterion " + criterion),
        citation,
        DESCENDING) {
      @Override
      public BigDecimal key(Candidate c) {
        return required(this, c, c.criterionScores().get(criterion), "criterion", criterion.value());
      }

      @Override
      public long @Nullable [] longKeys(Object[] keys, int size) {
        return RankOrder.decimalsHigherFirst(keys, size);
      }
    };
  }

  /**
   * Higher score in a stage ranks first.
   *
   * @param stage the stage, not null
   * @param citation where the rule comes from, not null
   * @return the rule, not null
   */
  public static TieBreak higherStage(StageId stage, Citation citation) {
    requireNonNull(stage, "stage");
    return new Rule<BigDecimal>(
        "stage:" + stage,
        LocalizedText.of("Nilai lebih tinggi pada tahap " + stage, "Higher score in stage " + stage),
        citation,
        DESCENDING) {
      @Override
      public BigDecimal key(Candidate c) {
        return required(this, c, c.stageScores().get(stage), "stage", stage.value());
      }

      @Override
      public long @Nullable [] longKeys(Object[] keys, int size) {
        return RankOrder.decimalsHigherFirst(keys, size);
      }
    };
  }

  /**
   * The earlier submission ranks first.
   *
   * @param citation where the rule comes from, not null
   * @return the rule, not null
   */
  public static TieBreak earlierSubmission(Citation citation) {
    return new Rule<Optional<Instant>>(
        "earlier-submission",
        LocalizedText.of("Proposal yang dikirim lebih awal", "Earlier submission"),
        citation,
        EARLIER_FIRST) {
      @Override
      public Optional<Instant> key(Candidate c) {
        return c.submittedAt();
      }

      @Override
      public long @Nullable [] longKeys(Object[] keys, int size) {
        return earlierFirst(keys, size);
      }
    };
  }

  /**
   * A reproducible draw. Record the seed with the result; the same seed gives the same order.
   *
   * @param seed the seed, recorded in the rule's id and description
   * @param citation where the rule comes from, not null
   * @return the rule, not null
   */
  public static TieBreak seededDraw(long seed, Citation citation) {
    return new Rule<Lot>(
        "draw:" + seed,
        LocalizedText.of("Undian dengan benih " + seed, "Draw with seed " + seed),
        citation,
        BY_LOT) {
      @Override
      public Lot key(Candidate c) {
        return new Lot(lot(seed, c), c.id());
      }
    };
  }

  private static long lot(long seed, Candidate c) {
    return Hashing.sha256().newHasher().putLong(seed).putString(c.id().value(), StandardCharsets.UTF_8).hash().asLong();
  }

  /** A candidate's lot in a draw: its hash, then its proposal id for equal hashes. */
  private record Lot(long value, ProposalId id) {}

  /** Higher scores first. */
  private static final Comparator<BigDecimal> DESCENDING = (a, b) -> b.compareTo(a);

  /** The earlier of two known times first; an unknown time last. */
  private static final Comparator<Optional<Instant>> EARLIER_FIRST = (x, y) -> {
    if (x.isPresent() && y.isPresent()) {
      return x.get().compareTo(y.get());
    }
    return Boolean.compare(x.isEmpty(), y.isEmpty());
  };

  /** Lower unsigned hashes first, then the proposal id. */
  private static final Comparator<Lot> BY_LOT = (a, b) -> {
    int byLot = Long.compareUnsigned(a.value(), b.value());
    return byLot != 0 ? byLot : a.id().compareTo(b.id());
  };

  /** The largest number of whole seconds from the epoch whose time in nanoseconds fits in a long with room above it. */
  private static final long MAX_SECONDS = Long.MAX_VALUE / 1_000_000_000L - 1;

  /**
   * Returns submission times as longs in the order of {@link #EARLIER_FIRST}: nanoseconds from the
   * epoch, an unknown time as {@link Long#MAX_VALUE}, above every known one; null when a time is
   * too far from the epoch (before 1677 or after 2262).
   */
  private static long @Nullable [] earlierFirst(Object[] keys, int size) {
    long[] out = new long[size];
    for (int i = 0; i < size; i++) {
      @SuppressWarnings("unchecked") // the rule's own keys
      Optional<Instant> time = (Optional<Instant>) keys[i];
      if (time.isEmpty()) {
        out[i] = Long.MAX_VALUE;
        continue;
      }
      long seconds = time.get().getEpochSecond();
      if (seconds > MAX_SECONDS || seconds < -MAX_SECONDS) {
        return null;
      }
      out[i] = seconds * 1_000_000_000L + time.get().getNano();
    }
    return out;
  }

  /** Returns a tied candidate's score that a rule compares, or throws naming what is missing. */
  private static BigDecimal required(TieBreak rule, Candidate c, @Nullable BigDecimal score, String kind, String target) {
    if (score == null) {
      throw new MissingTieBreakDataException(rule.id(), c.id(), "the score of " + kind + " " + target);
    }
    return score;
  }

  /**
   * A shipped rule: its order is that of a key read from each candidate, so a ranking reads each
   * tied candidate's key once instead of once per comparison.
   *
   * @param <K> the key
   */
  private abstract static class Rule<K> implements TieBreak, RankOrder.KeyedRule<Candidate, K> {
    private final String id;
    private final LocalizedText description;
    private final Citation citation;
    private final Comparator<K> keyOrder;

    Rule(String id, LocalizedText description, Citation citation, Comparator<K> keyOrder) {
      this.id = id;
      this.description = description;
      this.citation = requireNonNull(citation, "citation");
      this.keyOrder = keyOrder;
    }

    @Override
    public String id() {
      return id;
    }

    @Override
    public LocalizedText description() {
      return description;
    }

    @Override
    public Citation citation() {
      return citation;
    }

    @Override
    public Comparator<K> keyOrder() {
      return keyOrder;
    }

    @Override
    public int compare(Candidate a, Candidate b) {
      K x = key(a);
      return keyOrder.compare(x, key(b));
    }

    @Override
    public String toString() {
      return id;
    }
  }

  /**
   * Returns a shipped rule's keys, for {@link Ranker}; null for any other rule.
   *
   * @param rule the rule, not null
   * @return the rule's keys, or null
   */
  static RankOrder.@Nullable KeyedRule<Candidate, ?> keysOf(TieBreak rule) {
    return rule instanceof Rule<?> r ? r : null;
  }
}
