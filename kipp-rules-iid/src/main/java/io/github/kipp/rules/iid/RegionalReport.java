package io.github.kipp.rules.iid;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import io.github.kipp.core.InnovationId;
import io.github.kipp.core.InvalidInputException;
import io.github.kipp.core.Violation;
import io.github.kipp.core.institution.Region;
import io.github.kipp.rules.iid.internal.IidMessages;
import io.github.kipp.rules.iid.spi.IndicatorId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A regional government's report for one year of the index: the region (from kipp-core's region
 * catalogue), the year, its SPD indicator rows (1 to 15) and its innovations.
 *
 * <pre>{@code
 * Region luwuUtara = RegionCatalogue.bundled().require(RegionCode.of("73.22"));
 * RegionalReport report = RegionalReport.newBuilder(luwuUtara, 2026)
 *     .spd(IndicatorRow.of("1", 3, Evidence.verified("rpjmd-2021-2026.pdf")))
 *     .innovation(entry)
 *     .build();
 * }</pre>
 */
public final class RegionalReport {

  private final Region region;
  private final int year;
  private final ImmutableList<IndicatorRow> spdRows;
  private final ImmutableList<InnovationEntry> innovations;

  private RegionalReport(Region region, int year, ImmutableList<IndicatorRow> spdRows, ImmutableList<InnovationEntry> innovations) {
    this.region = region;
    this.year = year;
    this.spdRows = spdRows;
    this.innovations = innovations;
  }

  /**
   * Returns a builder.
   *
   * @param region the regional government's region, not null
   * @param year the index's year
   * @return the builder, not null
   */
  public static Builder newBuilder(Region region, int year) {
    return new Builder(requireNonNull(region, "region"), year);
  }

  /**
   * Returns a builder holding this report's values.
   *
   * @return the builder, not null
   */
  public Builder toBuilder() {
    Builder b = new Builder(region, year);
    b.spdRows.addAll(spdRows);
    b.innovations.addAll(innovations);
    return b;
  }

  /**
   * Returns the region.
   *
   * @return the region, not null
   */
  public Region region() {
    return region;
  }

  /**
   * Returns the index's year.
   *
   * @return the year
   */
  public int year() {
    return year;
  }

  /**
   * Returns the SPD rows.
   *
   * @return the rows, in the order given
   */
  public ImmutableList<IndicatorRow> spdRows() {
    return spdRows;
  }

  /**
   * Returns the innovations.
   *
   * @return the innovations, in the order given
   */
  public ImmutableList<InnovationEntry> innovations() {
    return innovations;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof RegionalReport && region.equals(((RegionalReport) o).region) && year == ((RegionalReport) o).year
        && spdRows.equals(((RegionalReport) o).spdRows) && innovations.equals(((RegionalReport) o).innovations);
  }

  @Override
  public int hashCode() {
    return Objects.hash(region, year, spdRows, innovations);
  }

  /** Returns {@code RegionalReport[code year, n innovations]}. */
  @Override
  public String toString() {
    return "RegionalReport[" + region.code() + " " + year + ", " + innovations.size() + " innovations]";
  }

  /** Builds a {@link RegionalReport}. Not thread-safe. */
  public static final class Builder {
    private final Region region;
    private final int year;
    private final List<IndicatorRow> spdRows = new ArrayList<>();
    private final List<InnovationEntry> innovations = new ArrayList<>();

    private Builder(Region region, int year) {
      this.region = region;
      this.year = year;
    }

    /**
     * Adds an SPD row.
     *
     * @param row the row, not null
     * @return this builder
     */
    public Builder spd(IndicatorRow row) {
      spdRows.add(requireNonNull(row, "row"));
      return this;
    }

    /**
     * Adds SPD rows.
     *
     * @param rows the rows, not null
     * @return this builder
     */
    public Builder spd(Iterable<IndicatorRow> rows) {
      rows.forEach(this::spd);
      return this;
    }

    /**
     * Adds an innovation.
     *
     * @param entry the innovation, not null
     * @return this builder
     */
    public Builder innovation(InnovationEntry entry) {
      innovations.add(requireNonNull(entry, "entry"));
      return this;
    }

    /**
     * Adds innovations.
     *
     * @param entries the innovations, not null
     * @return this builder
     */
    public Builder innovations(Iterable<InnovationEntry> entries) {
      entries.forEach(this::innovation);
      return this;
    }

    /**
     * Builds the report.
     *
     * @return the report, not null
     * @throws InvalidInputException if an SPD indicator has two rows ({@code kipp.iid.duplicateRow})
     *     or an innovation is reported twice ({@code kipp.iid.duplicateInnovation})
     */
    public RegionalReport build() {
      List<Violation> v = new ArrayList<>();
      Set<IndicatorId> rows = new HashSet<>();
      for (int i = 0; i < spdRows.size(); i++) {
        if (!rows.add(spdRows.get(i).indicator())) {
          v.add(IidMessages.violation("kipp.iid.duplicateRow", "spdRows[" + i + "]", spdRows.get(i).indicator()));
        }
      }
      Set<InnovationId> ids = new HashSet<>();
      for (int i = 0; i < innovations.size(); i++) {
        if (!ids.add(innovations.get(i).id())) {
          v.add(IidMessages.violation("kipp.iid.duplicateInnovation", "innovations[" + i + "]", innovations.get(i).id()));
        }
      }
      InvalidInputException.throwIfAny("report of " + region.code() + " for " + year, v);
      return new RegionalReport(region, year, ImmutableList.copyOf(spdRows), ImmutableList.copyOf(innovations));
    }
  }
}
