package io.github.kipp.rules.iid;

import static com.google.common.base.Preconditions.checkState;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import io.github.kipp.core.InnovationId;
import io.github.kipp.core.InvalidInputException;
import io.github.kipp.core.Violation;
import io.github.kipp.rules.iid.internal.IidMessages;
import io.github.kipp.rules.iid.spi.BasicServiceAffair;
import io.github.kipp.rules.iid.spi.IndicatorId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * One innovation a regional government reports for the index (<i>inovasi daerah</i>): its id and
 * title, the basic-service affair (<i>urusan pelayanan dasar</i>) it serves if any, the day its
 * implementation began, the word count of its design narrative, how often it was entered in earlier
 * years, and its SID indicator rows (16 to 35).
 *
 * <pre>{@code
 * InnovationEntry e = InnovationEntry.newBuilder(InnovationId.of("sipakatau"), "Si Pakatau")
 *     .affair(BasicServiceAffair.KESEHATAN)
 *     .implementedOn(LocalDate.of(2024, 3, 1))
 *     .narrativeWords(420)
 *     .row(IndicatorRow.of("16", 2, Evidence.verified("perbup-12-2024.pdf")))
 *     .build();
 * }</pre>
 */
public final class InnovationEntry {

  /** The longest title: {@value}. */
  public static final int MAX_TITLE = 250;

  private final InnovationId id;
  private final String title;
  private final @Nullable BasicServiceAffair affair;
  private final LocalDate implementedOn;
  private final int narrativeWords;
  private final int earlierEntries;
  private final ImmutableList<IndicatorRow> rows;

  private InnovationEntry(Builder b, LocalDate implementedOn) {
    this.id = b.id;
    this.title = b.title;
    this.affair = b.affair;
    this.implementedOn = implementedOn;
    this.narrativeWords = b.narrativeWords;
    this.earlierEntries = b.earlierEntries;
    this.rows = ImmutableList.copyOf(b.rows);
  }

  /**
   * Returns a builder.
   *
   * @param id the innovation's id, not null
   * @param title its title, not blank, at most {@value #MAX_TITLE} characters
   * @return the builder, not null
   */
  public static Builder newBuilder(InnovationId id, String title) {
    return new Builder(requireNonNull(id, "id"), requireNonNull(title, "title"));
  }

  /**
   * Returns a builder holding this entry's values, to change some of them.
   *
   * @return the builder, not null
   */
  public Builder toBuilder() {
    Builder b = new Builder(id, title);
    b.affair = affair;
    b.implementedOn = implementedOn;
    b.narrativeWords = narrativeWords;
    b.earlierEntries = earlierEntries;
    b.rows.addAll(rows);
    return b;
  }

  /**
   * Returns the innovation's id.
   *
   * @return the id, not null
   */
  public InnovationId id() {
    return id;
  }

  /**
   * Returns the title.
   *
   * @return the title, not null
   */
  public String title() {
    return title;
  }

  /**
   * Returns the basic-service affair the innovation serves.
   *
   * @return the affair, empty when it serves another affair
   */
  public Optional<BasicServiceAffair> affair() {
    return Optional.ofNullable(affair);
  }

  /**
   * Returns the day the innovation's implementation began.
   *
   * @return the day, not null
   */
  public LocalDate implementedOn() {
    return implementedOn;
  }

  /**
   * Returns the word count of the design narrative.
   *
   * @return the count, not negative
   */
  public int narrativeWords() {
    return narrativeWords;
  }

  /**
   * Returns how many times the innovation was entered in earlier years.
   *
   * @return the count, not negative
   */
  public int earlierEntries() {
    return earlierEntries;
  }

  /**
   * Returns the SID indicator rows, in the order given.
   *
   * @return the rows, not null
   */
  public ImmutableList<IndicatorRow> rows() {
    return rows;
  }

  /**
   * Finds the row of an indicator.
   *
   * @param indicator the indicator, not null
   * @return the row, or empty if the entry has none
   */
  public Optional<IndicatorRow> row(IndicatorId indicator) {
    return rows.stream().filter(r -> r.indicator().equals(indicator)).findFirst();
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (!(o instanceof InnovationEntry)) {
      return false;
    }
    InnovationEntry e = (InnovationEntry) o;
    return id.equals(e.id) && title.equals(e.title) && affair == e.affair && implementedOn.equals(e.implementedOn)
        && narrativeWords == e.narrativeWords && earlierEntries == e.earlierEntries && rows.equals(e.rows);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, title, affair, implementedOn, narrativeWords, earlierEntries, rows);
  }

  /** Returns {@code InnovationEntry[id title]}. */
  @Override
  public String toString() {
    return "InnovationEntry[" + id + " " + title + "]";
  }

  /** Builds an {@link InnovationEntry}; a later call replaces an earlier value. Not thread-safe. */
  public static final class Builder {
    private final InnovationId id;
    private final String title;
    private @Nullable BasicServiceAffair affair;
    private @Nullable LocalDate implementedOn;
    private int narrativeWords;
    private int earlierEntries;
    private final List<IndicatorRow> rows = new ArrayList<>();

    private Builder(InnovationId id, String title) {
      this.id = id;
      this.title = title;
    }

    /**
     * Sets the basic-service affair the innovation serves; leave unset for another affair.
     *
     * @param value the affair, not null
     * @return this builder
     */
    public Builder affair(BasicServiceAffair value) {
      this.affair = requireNonNull(value, "affair");
      return this;
    }

    /**
     * Sets the day the implementation began. Required.
     *
     * @param value the day, not null
     * @return this builder
     */
    public Builder implementedOn(LocalDate value) {
      this.implementedOn = requireNonNull(value, "implementedOn");
      return this;
    }

    /**
     * Sets the word count of the design narrative (0 if unset).
     *
     * @param value the count, not negative
     * @return this builder
     */
    public Builder narrativeWords(int value) {
      this.narrativeWords = value;
      return this;
    }

    /**
     * Sets how many times the innovation was entered in earlier years (0 if unset).
     *
     * @param value the count, not negative
     * @return this builder
     */
    public Builder earlierEntries(int value) {
      this.earlierEntries = value;
      return this;
    }

    /**
     * Adds an SID indicator row.
     *
     * @param row the row, not null
     * @return this builder
     */
    public Builder row(IndicatorRow row) {
      rows.add(requireNonNull(row, "row"));
      return this;
    }

    /**
     * Adds SID indicator rows.
     *
     * @param more the rows, not null
     * @return this builder
     */
    public Builder rows(Iterable<IndicatorRow> more) {
      more.forEach(this::row);
      return this;
    }

    /**
     * Builds the entry.
     *
     * @return the entry, not null
     * @throws IllegalStateException if the implementation day is not set
     * @throws InvalidInputException if the title is blank or too long, a count is negative, or an
     *     indicator has two rows (codes {@code kipp.iid.title}, {@code kipp.iid.negative}, {@code
     *     kipp.iid.duplicateRow})
     */
    public InnovationEntry build() {
      checkState(implementedOn != null, "innovation %s: implementedOn is required", id);
      List<Violation> v = new ArrayList<>();
      if (title.isBlank() || title.length() > MAX_TITLE) {
        v.add(IidMessages.violation("kipp.iid.title", "title", title, "max", MAX_TITLE));
      }
      if (narrativeWords < 0) {
        v.add(IidMessages.violation("kipp.iid.negative", "narrativeWords", narrativeWords));
      }
      if (earlierEntries < 0) {
        v.add(IidMessages.violation("kipp.iid.negative", "earlierEntries", earlierEntries));
      }
      Set<IndicatorId> seen = new HashSet<>();
      for (int i = 0; i < rows.size(); i++) {
        if (!seen.add(rows.get(i).indicator())) {
          v.add(IidMessages.violation("kipp.iid.duplicateRow", "rows[" + i + "]", rows.get(i).indicator()));
        }
      }
      InvalidInputException.throwIfAny("innovation " + id, v);
      return new InnovationEntry(this, implementedOn);
    }
  }
}
