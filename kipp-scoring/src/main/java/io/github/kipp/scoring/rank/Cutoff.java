package io.github.kipp.scoring.rank;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import io.github.kipp.core.Citation;
import io.github.kipp.core.Decimals;
import io.github.kipp.core.Decision;
import io.github.kipp.core.InvalidInputException;
import io.github.kipp.core.ProposalId;
import io.github.kipp.core.Reason;
import io.github.kipp.scoring.internal.ScoringMessages;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * A cut through a ranking: a pass mark (2025: at least 85, inclusive) or the first N positions.
 *
 * <p>For a Top-N cut, entries that share the rank of the N-th entry (a tie no rule broke) pass too, so
 * the cut never separates equals; a chain ending in a draw leaves no such tie.
 */
public final class Cutoff {

  private final @org.jspecify.annotations.Nullable BigDecimal passMark;
  private final int topN;
  private final Citation citation;

  private Cutoff(@org.jspecify.annotations.Nullable BigDecimal passMark, int topN, Citation citation) {
    this.passMark = passMark;
    this.topN = topN;
    this.citation = citation;
  }

  /**
   * Returns a pass mark: entries scoring at least {@code minimum} pass.
   *
   * @param minimum the lowest passing score, inclusive; not null
   * @param citation where it comes from, not null
   * @return the cut, not null
   * @throws InvalidInputException if the minimum is outside {@link Decimals}' bounds
   */
  public static Cutoff passMark(BigDecimal minimum, Citation citation) {
    Decimals.require("pass mark", "minimum", requireNonNull(minimum, "minimum"));
    return new Cutoff(minimum, 0, requireNonNull(citation, "citation"));
  }

  /**
   * Returns a Top-N cut.
   *
   * @param n how many positions pass, at least 1
   * @param citation where it comes from, not null
   * @return the cut, not null
   * @throws InvalidInputException if {@code n} is below 1
   */
  public static Cutoff topN(int n, Citation citation) {
    if (n < 1) {
      throw InvalidInputException.of("cut-off", ScoringMessages.violation("kipp.cutoff.size", "n", n));
    }
    return new Cutoff(null, n, requireNonNull(citation, "citation"));
  }

  /**
   * Applies the cut. An empty ranking gives an empty result; a top N larger than the ranking
   * passes every entry.
   *
   * @param ranking the ranking, possibly empty; not null
   * @return which entries pass, with a decision for every entry, not null
   */
  public CutResult apply(Ranking ranking) {
    requireNonNull(ranking, "ranking");
    ImmutableList<RankedEntry> entries = ranking.entries();
    int boundaryRank = topN > 0 && entries.size() >= topN ? entries.get(topN - 1).rank() : Integer.MAX_VALUE;
    ImmutableList.Builder<RankedEntry> passed = ImmutableList.builder();
    ImmutableSortedMap.Builder<ProposalId, Decision> decisions = ImmutableSortedMap.naturalOrder();
    for (RankedEntry e : entries) {
      String subject = "proposal " + e.proposal();
      Reason reason;
      boolean passes;
      if (passMark != null) {
        passes = e.score().compareTo(passMark) >= 0;
        String key = passes ? "kipp.cutoff.passMarkMet" : "kipp.cutoff.passMarkMissed";
        reason = Reason.of(key, ScoringMessages.render(key, "score", e.score().toPlainString(), "mark", passMark.toPlainString()), citation);
      } else {
        boolean inside = e.position() <= topN;
        boolean tiedAtBoundary = !inside && e.rank() == boundaryRank && e.override().isEmpty();
        passes = inside || tiedAtBoundary;
        String key = inside ? "kipp.cutoff.insideTopN" : tiedAtBoundary ? "kipp.cutoff.tiedAtBoundary" : "kipp.cutoff.outsideTopN";
        reason = Reason.of(key, ScoringMessages.render(key, "position", e.position(), "rank", e.rank(), "n", topN), citation);
      }
      if (passes) {
        passed.add(e);
        decisions.put(e.proposal(), Decision.pass(subject, "cutoff", reason));
      } else {
        decisions.put(e.proposal(), Decision.fail(subject, "cutoff", reason));
      }
    }
    return new CutResult(this, passed.build(), decisions.buildOrThrow());
  }

  /**
   * Returns the pass mark of a pass-mark cut.
   *
   * @return the mark, or empty for a Top-N cut
   */
  public Optional<BigDecimal> passMark() {
    return Optional.ofNullable(passMark);
  }

  /**
   * Returns N of a Top-N cut.
   *
   * @return N, or empty for a pass-mark cut
   */
  public java.util.OptionalInt topN() {
    return topN > 0 ? java.util.OptionalInt.of(topN) : java.util.OptionalInt.empty();
  }

  /**
   * Returns where the cut comes from.
   *
   * @return the citation, not null
   */
  public Citation citation() {
    return citation;
  }

  /**
   * Returns whether another object is a cut-off of the same kind, with the same pass mark (value and
   * scale, as the mark is quoted in reasons) or size, and the same citation.
   *
   * @param o the other object, possibly null
   * @return true if both cut the same way for the same cited reason
   */
  @Override
  public boolean equals(@org.jspecify.annotations.Nullable Object o) {
    return o instanceof Cutoff
        && java.util.Objects.equals(passMark, ((Cutoff) o).passMark)
        && topN == ((Cutoff) o).topN
        && citation.equals(((Cutoff) o).citation);
  }

  /**
   * Returns a hash code of the pass mark or size and the citation.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return java.util.Objects.hash(passMark, topN, citation);
  }

  /** Returns {@code pass mark m} or {@code top N}. */
  @Override
  public String toString() {
    return passMark != null ? "pass mark " + passMark.toPlainString() : "top " + topN;
  }
}
