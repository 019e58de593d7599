package io.github.kipp.rules.iid;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import io.github.kipp.core.Decision;
import io.github.kipp.core.InnovationId;
import io.github.kipp.rules.iid.spi.IndexBand;
import io.github.kipp.scoring.explain.Explanation;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * One view (claimed or verified) of a region's index: the SPD part, the SID sum and its divisor, the
 * innovation-count part, the index and its band, the eligibility decision of every innovation, and
 * the derivation tree.
 *
 * <p>The SPD part, the SID sum and the count part are exact. The SID part ({@code sum ÷ divisor}) and
 * the total may not be finite decimals; {@link #index()} is computed from the exact fraction and
 * rounded once, by the module's cited scale and rounding, and {@link #sidPart()} and {@link
 * #total()} are shown to {@value #SHOWN_SCALE} decimals, half up, for reading only.
 */
public final class IndexScore {

  /** The decimals to which the SID part and the total are shown: {@value}. */
  public static final int SHOWN_SCALE = 4;

  private final IndexView view;
  private final BigDecimal spd;
  private final BigDecimal sidSum;
  private final int divisor;
  private final int counted;
  private final int affairsCovered;
  private final BigDecimal countPart;
  private final BigDecimal index;
  private final IndexBand band;
  private final ImmutableList<Decision> eligibility;
  private final Explanation explanation;

  IndexScore(IndexView view, BigDecimal spd, BigDecimal sidSum, int divisor, int counted, int affairsCovered,
      BigDecimal countPart, BigDecimal index, IndexBand band, ImmutableList<Decision> eligibility, Explanation explanation) {
    this.view = requireNonNull(view, "view");
    this.spd = requireNonNull(spd, "spd");
    this.sidSum = requireNonNull(sidSum, "sidSum");
    this.divisor = divisor;
    this.counted = counted;
    this.affairsCovered = affairsCovered;
    this.countPart = requireNonNull(countPart, "countPart");
    this.index = requireNonNull(index, "index");
    this.band = requireNonNull(band, "band");
    this.eligibility = requireNonNull(eligibility, "eligibility");
    this.explanation = requireNonNull(explanation, "explanation");
  }

  /**
   * Returns the view.
   *
   * @return claimed or verified, not null
   */
  public IndexView view() {
    return view;
  }

  /**
   * Returns the SPD part: the sum of the regional government's rows, {@code weight × level}.
   *
   * @return the part, exact
   */
  public BigDecimal spd() {
    return spd;
  }

  /**
   * Returns the sum over counted innovations of their SID rows, before division.
   *
   * @return the sum, exact
   */
  public BigDecimal sidSum() {
    return sidSum;
  }

  /**
   * Returns the divisor of the SID sum: {@code max(divisorMinimum, counted)}.
   *
   * @return the divisor, positive
   */
  public int divisor() {
    return divisor;
  }

  /**
   * Returns the SID part, {@code sidSum ÷ divisor}, shown to {@value #SHOWN_SCALE} decimals half up.
   *
   * @return the part, for reading
   */
  public BigDecimal sidPart() {
    return shownSid(sidSum, divisor);
  }

  static BigDecimal shownSid(BigDecimal sidSum, int divisor) {
    return sidSum.divide(BigDecimal.valueOf(divisor), SHOWN_SCALE, RoundingMode.HALF_UP);
  }

  static BigDecimal shownTotal(BigDecimal spd, BigDecimal sidSum, int divisor, BigDecimal countPart) {
    BigDecimal d = BigDecimal.valueOf(divisor);
    return spd.multiply(d).add(sidSum).add(countPart.multiply(d)).divide(d, SHOWN_SCALE, RoundingMode.HALF_UP);
  }

  /**
   * Returns how many innovations count (those found eligible in this view).
   *
   * @return the count, not negative
   */
  public int counted() {
    return counted;
  }

  /**
   * Returns how many of the six basic-service affairs the counted innovations cover.
   *
   * @return 0 to 6
   */
  public int affairsCovered() {
    return affairsCovered;
  }

  /**
   * Returns the innovation-count part: {@code min(counted, cap) × weight}, or 0 when the counted
   * innovations cover fewer basic-service affairs than the module requires.
   *
   * @return the part, exact
   */
  public BigDecimal countPart() {
    return countPart;
  }

  /**
   * Returns the total, {@code spd + sidSum ÷ divisor + countPart}, shown to {@value #SHOWN_SCALE}
   * decimals half up.
   *
   * @return the total, for reading
   */
  public BigDecimal total() {
    return shownTotal(spd, sidSum, divisor, countPart);
  }

  /**
   * Returns the index: {@code total ÷ maximum × 100}, computed exactly and rounded once to the
   * module's scale by its rounding mode.
   *
   * @return the index, 0 to 100, at the module's scale
   */
  public BigDecimal index() {
    return index;
  }

  /**
   * Returns the band the index falls in.
   *
   * @return the band, not null
   */
  public IndexBand band() {
    return band;
  }

  /**
   * Returns the eligibility decision of every innovation, in report order.
   *
   * @return the decisions, not null
   */
  public ImmutableList<Decision> eligibility() {
    return eligibility;
  }

  /**
   * Returns the decision on one innovation.
   *
   * @param innovation the innovation's id, not null
   * @return the decision, or empty if the report has no such innovation
   */
  public Optional<Decision> eligibility(InnovationId innovation) {
    return eligibility.stream().filter(d -> d.subject().equals(innovation.value())).findFirst();
  }

  /**
   * Returns the derivation tree, each node with the citations it rests on.
   *
   * @return the tree, not null
   */
  public Explanation explanation() {
    return explanation;
  }

  /** Returns {@code VIEW index band}. */
  @Override
  public String toString() {
    return view + " " + index.toPlainString() + " " + band.name();
  }
}
