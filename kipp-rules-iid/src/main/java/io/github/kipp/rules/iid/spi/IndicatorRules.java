package io.github.kipp.rules.iid.spi;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.github.kipp.core.Citation;
import io.github.kipp.core.spi.ModulePart;
import io.github.kipp.core.spi.ParameterKey;
import io.github.kipp.core.spi.ParameterSet;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The part of a rule module that Kemendagri's regional innovation index (<i>Indeks Inovasi
 * Daerah</i>, IID) reads: the indicator catalogue, the maxima of the index's three parts, the dated
 * divisor, the innovation-count rule and its affairs condition, the bands, the rounding, and the
 * eligibility of innovations; every value from the module's {@link #parameters()}, cited.
 *
 * <pre>{@code
 * IndicatorRules rules = module.requirePart(IndicatorRules.class);
 * int divisor = Math.max(rules.divisorMinimum(), innovations);
 * }</pre>
 *
 * <p><b>Specification for implementors.</b> A module implements this interface beside {@link
 * io.github.kipp.core.spi.RuleModule} and sets every key of {@link IidKeys} in its parameters; the
 * default methods read them. The catalogue's maxima agree with the parts' maxima ({@code Σ weight ×
 * 3}), the parts' maxima sum to the total, and the bands cover 0 to 100 at the index's scale without
 * gap or overlap; {@link io.github.kipp.rules.iid.IidModule} checks this when it is built.
 */
public interface IndicatorRules extends ModulePart {

  /**
   * Returns the module's parameters, each cited.
   *
   * @return the parameters, not null
   */
  ParameterSet parameters();

  /**
   * Returns the citation of one parameter.
   *
   * @param key the key, not null
   * @return the citation, not null
   */
  default Citation citation(ParameterKey<?> key) {
    return parameters().citation(key);
  }

  /**
   * Returns the indicator catalogue: SPD rows, then SID rows.
   *
   * @return the rows, not null
   */
  default ImmutableList<Indicator> catalogue() {
    return parameters().get(IidKeys.CATALOGUE);
  }

  /**
   * Returns the rows of one part of the catalogue.
   *
   * @param part the part, not null
   * @return the rows, in catalogue order
   */
  default ImmutableList<Indicator> indicators(IndicatorPart part) {
    return catalogue().stream().filter(i -> i.part() == part).collect(ImmutableList.toImmutableList());
  }

  /**
   * Finds a row of the catalogue.
   *
   * @param id the row's id, not null
   * @return the row, or empty if the catalogue has none with that id
   */
  default Optional<Indicator> indicator(IndicatorId id) {
    return catalogue().stream().filter(i -> i.id().equals(id)).findFirst();
  }

  /**
   * Returns the maximum of the SPD part.
   *
   * @return the maximum, not null
   */
  default BigDecimal spdMaximum() {
    return parameters().get(IidKeys.SPD_MAXIMUM);
  }

  /**
   * Returns the maximum of the SID part's indicators.
   *
   * @return the maximum, not null
   */
  default BigDecimal sidMaximum() {
    return parameters().get(IidKeys.SID_MAXIMUM);
  }

  /**
   * Returns the maximum of the innovation-count part.
   *
   * @return the maximum, not null
   */
  default BigDecimal countMaximum() {
    return parameters().get(IidKeys.COUNT_MAXIMUM);
  }

  /**
   * Returns the maximum total.
   *
   * @return the maximum, not null
   */
  default BigDecimal totalMaximum() {
    return parameters().get(IidKeys.TOTAL_MAXIMUM);
  }

  /**
   * Returns the least divisor of the SID sum.
   *
   * @return the divisor, positive
   */
  default int divisorMinimum() {
    return parameters().get(IidKeys.DIVISOR_MINIMUM);
  }

  /**
   * Returns the points per counted innovation.
   *
   * @return the weight, not null
   */
  default BigDecimal countWeight() {
    return parameters().get(IidKeys.COUNT_WEIGHT);
  }

  /**
   * Returns the most innovations the count part counts.
   *
   * @return the cap, positive
   */
  default int countCap() {
    return parameters().get(IidKeys.COUNT_CAP);
  }

  /**
   * Returns how many basic-service affairs the counted innovations must cover.
   *
   * @return 0 (no condition) to 6
   */
  default int affairsRequired() {
    return parameters().get(IidKeys.AFFAIRS_REQUIRED);
  }

  /**
   * Returns the bands, highest first.
   *
   * @return the bands, not empty
   */
  default ImmutableList<IndexBand> bands() {
    return parameters().get(IidKeys.BANDS);
  }

  /**
   * Returns the band an index falls in.
   *
   * @param index the index at the module's scale, 0 to 100; not null
   * @return the band, not null
   * @throws IllegalArgumentException if no band contains the index (it is below 0 or above 100)
   */
  default IndexBand band(BigDecimal index) {
    java.util.Objects.requireNonNull(index, "index");
    return bands().stream().filter(b -> b.contains(index)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("index " + index + " is in no band of " + bands()));
  }

  /**
   * Returns the decimals of the index.
   *
   * @return the scale
   */
  default int indexScale() {
    return parameters().get(IidKeys.INDEX_SCALE);
  }

  /**
   * Returns how the index is rounded.
   *
   * @return the rounding mode, not null
   */
  default RoundingMode indexRounding() {
    return parameters().get(IidKeys.INDEX_ROUNDING);
  }

  /**
   * Returns the first day of the implementation window.
   *
   * @return the day, not null
   */
  default LocalDate implementedFrom() {
    return parameters().get(IidKeys.IMPLEMENTED_FROM);
  }

  /**
   * Returns the last day (inclusive) of the implementation window.
   *
   * @return the day, not null
   */
  default LocalDate implementedUntil() {
    return parameters().get(IidKeys.IMPLEMENTED_UNTIL);
  }

  /**
   * Returns the fewest words of a design narrative.
   *
   * @return the minimum
   */
  default int narrativeMinimumWords() {
    return parameters().get(IidKeys.NARRATIVE_MINIMUM_WORDS);
  }

  /**
   * Returns the most times one innovation may be entered, this entry included.
   *
   * @return the maximum, positive
   */
  default int maximumEntries() {
    return parameters().get(IidKeys.MAXIMUM_ENTRIES);
  }

  /**
   * Returns the IGA presentation's aspects and their weights in percent.
   *
   * @return the weights, in published order; not empty
   */
  default ImmutableMap<String, BigDecimal> presentationWeights() {
    return parameters().get(IidKeys.PRESENTATION_WEIGHTS);
  }
}
