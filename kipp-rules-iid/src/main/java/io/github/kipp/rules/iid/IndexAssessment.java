package io.github.kipp.rules.iid;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import io.github.kipp.core.LocalizedText;
import io.github.kipp.core.RuleModuleId;
import io.github.kipp.scoring.explain.Explanation;
import java.math.BigDecimal;

/**
 * A region's index for one year under one module: the claimed index (the self-assessment), the
 * verified index (after the evidence checks) and the rows that make them differ.
 */
public final class IndexAssessment {

  private final RuleModuleId module;
  private final RegionalReport report;
  private final IndexScore claimed;
  private final IndexScore verified;
  private final ImmutableList<RowDifference> differences;

  IndexAssessment(RuleModuleId module, RegionalReport report, IndexScore claimed, IndexScore verified,
      ImmutableList<RowDifference> differences) {
    this.module = requireNonNull(module, "module");
    this.report = requireNonNull(report, "report");
    this.claimed = requireNonNull(claimed, "claimed");
    this.verified = requireNonNull(verified, "verified");
    this.differences = requireNonNull(differences, "differences");
  }

  /**
   * Returns the id of the module that computed the index.
   *
   * @return the id, not null
   */
  public RuleModuleId module() {
    return module;
  }

  /**
   * Returns the report assessed.
   *
   * @return the report, not null
   */
  public RegionalReport report() {
    return report;
  }

  /**
   * Returns the claimed index.
   *
   * @return the score, not null
   */
  public IndexScore claimed() {
    return claimed;
  }

  /**
   * Returns the verified index.
   *
   * @return the score, not null
   */
  public IndexScore verified() {
    return verified;
  }

  /**
   * Returns one view.
   *
   * @param view the view, not null
   * @return the score, not null
   */
  public IndexScore score(IndexView view) {
    return requireNonNull(view, "view") == IndexView.CLAIMED ? claimed : verified;
  }

  /**
   * Returns the rows that score less after verification, SPD rows first, then each innovation's in
   * report order.
   *
   * @return the rows, empty when the two indices agree
   */
  public ImmutableList<RowDifference> differences() {
    return differences;
  }

  /**
   * Returns the claimed index minus the verified one.
   *
   * @return the difference, not negative, at the index's scale
   */
  public BigDecimal difference() {
    return claimed.index().subtract(verified.index());
  }

  /**
   * Returns the derivation of both indices and of their difference, row by row.
   *
   * @return the tree, not null
   */
  public Explanation explain() {
    ImmutableList.Builder<Explanation> parts = ImmutableList.builder();
    if (claimed.divisor() != verified.divisor()) {
      parts.add(Explanation.leaf("divisor-difference", LocalizedText.of(
          "Pembagi SID " + claimed.divisor() + " menjadi " + verified.divisor() + " (inovasi dihitung " + claimed.counted()
              + " menjadi " + verified.counted() + ")",
          "SID divisor " + claimed.divisor() + " becomes " + verified.divisor() + " (innovations counted " + claimed.counted()
              + " become " + verified.counted() + ")"), Integer.toString(verified.divisor())));
    }
    if (claimed.countPart().compareTo(verified.countPart()) != 0) {
      parts.add(Explanation.leaf("count-difference", LocalizedText.of(
          "Bagian jumlah inovasi " + claimed.countPart().toPlainString() + " menjadi " + verified.countPart().toPlainString()
              + " (urusan tercakup " + claimed.affairsCovered() + " menjadi " + verified.affairsCovered() + ")",
          "Innovation-count part " + claimed.countPart().toPlainString() + " becomes " + verified.countPart().toPlainString()
              + " (affairs covered " + claimed.affairsCovered() + " become " + verified.affairsCovered() + ")"),
          verified.countPart().subtract(claimed.countPart()).toPlainString()));
    }
    differences.stream().map(d -> Explanation.leaf("row-difference",
            LocalizedText.of(
                d.innovation().map(i -> "Inovasi " + i + ", ").orElse("SPD, ") + "indikator " + d.indicator() + ": level "
                    + d.claimedLevel() + " menjadi " + d.verifiedLevel() + " (" + d.why().indonesian() + ")",
                d.innovation().map(i -> "Innovation " + i + ", ").orElse("SPD, ") + "indicator " + d.indicator() + ": level "
                    + d.claimedLevel() + " becomes " + d.verifiedLevel() + " (" + d.why().english() + ")"),
            "-" + d.points().toPlainString())).forEach(parts::add);
    Explanation diff = new Explanation("difference",
        LocalizedText.of("Selisih indeks klaim dan terverifikasi", "Claimed index minus verified index"),
        difference().toPlainString(), ImmutableList.of(), parts.build());
    return new Explanation("assessment",
        LocalizedText.of("Indeks Inovasi Daerah " + report.region().name() + " " + report.year(),
            "Regional innovation index of " + report.region().name() + " " + report.year()),
        module.value(), ImmutableList.of(), ImmutableList.of(claimed.explanation(), verified.explanation(), diff));
  }

  /** Returns {@code IndexAssessment[region year: claimed / verified]}. */
  @Override
  public String toString() {
    return "IndexAssessment[" + report.region().code() + " " + report.year() + ": " + claimed + " / " + verified + "]";
  }
}
