package io.github.kipp.rules.iid.spi;

import com.google.common.collect.ImmutableList;
import com.google.common.reflect.TypeToken;
import io.github.kipp.core.spi.ParameterKey;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;

/** The parameter keys of a regional innovation index module; every module sets each of them, cited. */
public final class IidKeys {

  /** The indicator catalogue, SPD rows then SID rows, in catalogue order. */
  @SuppressWarnings("serial") // a type token is never serialised here
  public static final ParameterKey<ImmutableList<Indicator>> CATALOGUE =
      ParameterKey.of("iid.catalogue", new TypeToken<ImmutableList<Indicator>>() {});

  /** The maximum of the SPD part (the regional government's rows): 63 in 2026. */
  public static final ParameterKey<BigDecimal> SPD_MAXIMUM = ParameterKey.of("iid.spd.maximum", BigDecimal.class);

  /** The maximum of the SID part's indicators (an innovation's rows, averaged): 111 in 2026. */
  public static final ParameterKey<BigDecimal> SID_MAXIMUM = ParameterKey.of("iid.sid.maximum", BigDecimal.class);

  /** The maximum of the innovation-count part: 76 in 2026. */
  public static final ParameterKey<BigDecimal> COUNT_MAXIMUM = ParameterKey.of("iid.count.maximum", BigDecimal.class);

  /** The maximum total, which the index divides by: 250 in 2026. */
  public static final ParameterKey<BigDecimal> TOTAL_MAXIMUM = ParameterKey.of("iid.total.maximum", BigDecimal.class);

  /** The least divisor of the SID sum: the sum is divided by {@code max(this, n)}; 12 in 2026. */
  public static final ParameterKey<Integer> DIVISOR_MINIMUM = ParameterKey.of("iid.sid.divisorMinimum", Integer.class);

  /** The points per counted innovation: 0.38 in 2026. */
  public static final ParameterKey<BigDecimal> COUNT_WEIGHT = ParameterKey.of("iid.count.weight", BigDecimal.class);

  /** The most innovations the count part counts: 200 in 2026. */
  public static final ParameterKey<Integer> COUNT_CAP = ParameterKey.of("iid.count.cap", Integer.class);

  /**
   * How many of the six basic-service affairs the counted innovations must cover for the count part
   * to score at all: 5 in 2026, 6 from 2027; 0 means no condition.
   */
  public static final ParameterKey<Integer> AFFAIRS_REQUIRED = ParameterKey.of("iid.count.affairsRequired", Integer.class);

  /** The bands, highest first. */
  @SuppressWarnings("serial") // a type token is never serialised here
  public static final ParameterKey<ImmutableList<IndexBand>> BANDS =
      ParameterKey.of("iid.bands", new TypeToken<ImmutableList<IndexBand>>() {});

  /** The decimals of the published index: 2. */
  public static final ParameterKey<Integer> INDEX_SCALE = ParameterKey.of("iid.index.scale", Integer.class);

  /** How the index is rounded to its decimals. */
  public static final ParameterKey<RoundingMode> INDEX_ROUNDING = ParameterKey.of("iid.index.rounding", RoundingMode.class);

  /** The first day on which a counted innovation may have been implemented. */
  public static final ParameterKey<LocalDate> IMPLEMENTED_FROM = ParameterKey.of("iid.eligibility.implementedFrom", LocalDate.class);

  /** The last day (inclusive) by which a counted innovation must have been implemented. */
  public static final ParameterKey<LocalDate> IMPLEMENTED_UNTIL = ParameterKey.of("iid.eligibility.implementedUntil", LocalDate.class);

  /** The fewest words of an innovation's design narrative: 300. */
  public static final ParameterKey<Integer> NARRATIVE_MINIMUM_WORDS =
      ParameterKey.of("iid.eligibility.narrativeMinimumWords", Integer.class);

  /** The most times one innovation may be entered, this entry included: 2. */
  public static final ParameterKey<Integer> MAXIMUM_ENTRIES = ParameterKey.of("iid.eligibility.maximumEntries", Integer.class);

  /**
   * The IGA presentation's aspects and their weights (percent, summing to 100), in published order;
   * a map from the aspect's published name to its weight.
   */
  @SuppressWarnings("serial") // a type token is never serialised here
  public static final ParameterKey<com.google.common.collect.ImmutableMap<String, BigDecimal>> PRESENTATION_WEIGHTS =
      ParameterKey.of("iga.presentation.weights", new TypeToken<com.google.common.collect.ImmutableMap<String, BigDecimal>>() {});

  /** Every key, in the order above. */
  public static final ImmutableList<ParameterKey<?>> ALL = ImmutableList.of(
      CATALOGUE, SPD_MAXIMUM, SID_MAXIMUM, COUNT_MAXIMUM, TOTAL_MAXIMUM, DIVISOR_MINIMUM, COUNT_WEIGHT, COUNT_CAP,
      AFFAIRS_REQUIRED, BANDS, INDEX_SCALE, INDEX_ROUNDING, IMPLEMENTED_FROM, IMPLEMENTED_UNTIL,
      NARRATIVE_MINIMUM_WORDS, MAXIMUM_ENTRIES, PRESENTATION_WEIGHTS);

  private IidKeys() {}
}
