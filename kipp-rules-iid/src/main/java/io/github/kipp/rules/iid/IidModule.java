package io.github.kipp.rules.iid;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import io.github.kipp.core.Citation;
import io.github.kipp.core.Confidence;
import io.github.kipp.core.EffectivePeriod;
import io.github.kipp.core.LocalizedText;
import io.github.kipp.core.RuleModuleId;
import io.github.kipp.core.rule.RuleModuleChecks;
import io.github.kipp.core.spi.Jurisdiction;
import io.github.kipp.core.spi.Parameter;
import io.github.kipp.core.spi.ParameterKey;
import io.github.kipp.core.spi.ParameterSet;
import io.github.kipp.core.spi.RuleFamily;
import io.github.kipp.core.spi.RuleModule;
import io.github.kipp.rules.iid.spi.IidKeys;
import io.github.kipp.rules.iid.spi.Indicator;
import io.github.kipp.rules.iid.spi.IndicatorId;
import io.github.kipp.rules.iid.spi.IndicatorPart;
import io.github.kipp.rules.iid.spi.IndicatorRules;
import io.github.kipp.rules.iid.spi.IndexBand;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.Set;

/**
 * A rule module of Kemendagri's regional innovation index for one year: its id, period, legal basis
 * and cited parameters ({@link IidKeys}). It belongs to the family {@link IidRules#FAMILY} and has
 * the part {@link IndicatorRules}; it runs no competition of proposals, so it has no {@link
 * io.github.kipp.core.spi.CompetitionRules} part and its {@code edition()} throws {@link
 * io.github.kipp.core.spi.MissingModulePartException}.
 *
 * <p>Modules are built by {@link IidRules}; a later year that changes a few parameters is {@link
 * #derive derived} from an earlier one, every inherited parameter re-cited as {@link
 * io.github.kipp.core.Confidence#INFERRED inferred} from it. Immutable and thread-safe.
 */
public final class IidModule implements RuleModule, IndicatorRules {

  private final RuleModuleId id;
  private final LocalizedText title;
  private final EffectivePeriod period;
  private final int editionYear;
  private final ImmutableList<Citation> legalBasis;
  private final ParameterSet parameters;

  private IidModule(RuleModuleId id, LocalizedText title, EffectivePeriod period, int editionYear,
      ImmutableList<Citation> legalBasis, ParameterSet parameters) {
    this.id = id;
    this.title = title;
    this.period = period;
    this.editionYear = editionYear;
    this.legalBasis = legalBasis;
    this.parameters = parameters;
  }

  /**
   * Returns a module, checking that every parameter of {@link IidKeys} is set and cited and that the
   * catalogue, maxima and bands agree.
   *
   * @param id the id, such as {@code iid-2026}; not null
   * @param title the title, not null
   * @param period the dates in force, not null
   * @param editionYear the year of the index
   * @param legalBasis the instruments, not empty
   * @param parameters the parameters, not null
   * @return the module, not null
   * @throws io.github.kipp.core.rule.InvalidRuleModuleException if a parameter is uncited
   * @throws IllegalArgumentException if a key is missing or the values disagree, naming them
   */
  public static IidModule of(RuleModuleId id, LocalizedText title, EffectivePeriod period, int editionYear,
      Iterable<Citation> legalBasis, ParameterSet parameters) {
    requireNonNull(id, "id");
    requireNonNull(title, "title");
    requireNonNull(period, "period");
    ImmutableList<Citation> basis = ImmutableList.copyOf(requireNonNull(legalBasis, "legalBasis"));
    requireNonNull(parameters, "parameters");
    checkArgument(!basis.isEmpty(), "module %s needs a legal basis", id);
    RuleModuleChecks.requireCited(id, parameters);
    for (ParameterKey<?> key : IidKeys.ALL) {
      checkArgument(parameters.find(key).isPresent(), "module %s does not set parameter %s", id, key.name());
    }
    IidModule module = new IidModule(id, title, period, editionYear, basis, parameters);
    module.checkAgreement();
    return module;
  }

  /**
   * Returns a module derived from this one: the given parameters set with their own citations, every
   * other parameter inherited and re-cited as inferred from this module, with the note given; a
   * parameter this module cites as unknown stays unknown, its default documented.
   *
   * @param newId the new module's id, not null
   * @param newTitle its title, not null
   * @param newPeriod its period, not null
   * @param newYear its year
   * @param changes the parameters it sets itself, each cited; not null
   * @param inheritance why the other parameters are inherited, for their citations' notes; not blank
   * @return the new module, not null
   */
  public IidModule derive(RuleModuleId newId, LocalizedText newTitle, EffectivePeriod newPeriod, int newYear,
      ParameterSet changes, String inheritance) {
    requireNonNull(changes, "changes");
    requireNonNull(inheritance, "inheritance");
    ParameterSet.Builder b = ParameterSet.newBuilder();
    for (Parameter<?> p : parameters.parameters()) {
      inherit(b, p, inheritance);
    }
    for (Parameter<?> p : changes.parameters()) {
      change(b, p);
    }
    return of(newId, newTitle, newPeriod, newYear, legalBasis, b.build());
  }

  private <T> void inherit(ParameterSet.Builder b, Parameter<T> p, String inheritance) {
    Citation was = p.citation().orElseThrow();
    String derivation = "inherited from " + id + " (" + was.confidence() + ", " + was.instrument() + ", " + was.provision() + "): " + inheritance;
    if (was.confidence() == Confidence.UNKNOWN) {
      // An inference cannot be surer than what it inherits: an unknown value stays unknown, its default documented.
      b.set(p.key(), p.value(), Citation.unknown(was.instrument(), derivation + "; default: " + was.note())
          .withSources(was.sources().toArray(new String[0])));
      return;
    }
    b.set(p.key(), p.value(), Citation.inferred(was.instrument(), was.provision(), derivation)
        .withSources(was.sources().toArray(new String[0])));
  }

  private static <T> void change(ParameterSet.Builder b, Parameter<T> p) {
    b.remove(p.key());
    b.set(p.key(), p.value(), p.citation().orElseThrow(() -> new IllegalArgumentException("changed parameter " + p.key() + " is uncited")));
  }

  private void checkAgreement() {
    ImmutableList<Indicator> catalogue = catalogue();
    Set<IndicatorId> seen = new HashSet<>();
    for (Indicator i : catalogue) {
      checkArgument(seen.add(i.id()), "module %s lists indicator %s twice", id, i.id());
    }
    checkSum(IndicatorPart.SPD, spdMaximum());
    checkSum(IndicatorPart.SID, sidMaximum());
    BigDecimal count = countWeight().multiply(BigDecimal.valueOf(countCap()));
    checkArgument(count.compareTo(countMaximum()) == 0, "module %s: count cap %s × weight %s = %s, but the count maximum is %s",
        id, countCap(), countWeight(), count, countMaximum());
    BigDecimal total = spdMaximum().add(sidMaximum()).add(countMaximum());
    checkArgument(total.compareTo(totalMaximum()) == 0, "module %s: the parts' maxima sum to %s, but the total maximum is %s",
        id, total, totalMaximum());
    checkArgument(divisorMinimum() > 0 && countCap() > 0 && maximumEntries() > 0 && narrativeMinimumWords() >= 0,
        "module %s: divisor minimum, count cap and maximum entries must be positive", id);
    checkArgument(affairsRequired() >= 0 && affairsRequired() <= 6, "module %s: affairs required %s must be 0 to 6", id, affairsRequired());
    checkArgument(!implementedUntil().isBefore(implementedFrom()), "module %s: implementation window %s to %s is empty",
        id, implementedFrom(), implementedUntil());
    checkBands();
    BigDecimal weights = presentationWeights().values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    checkArgument(weights.compareTo(BigDecimal.valueOf(100)) == 0, "module %s: presentation weights sum to %s; they must sum to 100 (%s)",
        id, weights, presentationWeights());
  }

  private void checkSum(IndicatorPart part, BigDecimal maximum) {
    BigDecimal sum = indicators(part).stream().map(Indicator::maximum).reduce(BigDecimal.ZERO, BigDecimal::add);
    checkArgument(sum.compareTo(maximum) == 0, "module %s: the %s rows' maxima sum to %s, but the %s maximum is %s",
        id, part, sum, part, maximum);
  }

  private void checkBands() {
    ImmutableList<IndexBand> bands = bands();
    checkArgument(!bands.isEmpty(), "module %s has no bands", id);
    BigDecimal step = BigDecimal.ONE.movePointLeft(indexScale());
    BigDecimal expectedHighest = BigDecimal.valueOf(100);
    for (IndexBand b : bands) {
      checkArgument(b.highest().compareTo(expectedHighest) == 0, "module %s: band %s ends at %s; it must end at %s, below the band above",
          id, b.name(), b.highest(), expectedHighest);
      expectedHighest = b.lowest().subtract(step);
    }
    checkArgument(bands.get(bands.size() - 1).lowest().signum() == 0, "module %s: the lowest band must start at 0", id);
  }

  @Override
  public RuleFamily family() {
    return IidRules.FAMILY;
  }

  @Override
  public RuleModuleId id() {
    return id;
  }

  @Override
  public LocalizedText title() {
    return title;
  }

  @Override
  public Jurisdiction jurisdiction() {
    return IidRules.JURISDICTION;
  }

  @Override
  public EffectivePeriod effectivePeriod() {
    return period;
  }

  @Override
  public int editionYear() {
    return editionYear;
  }

  @Override
  public ImmutableList<Citation> legalBasis() {
    return legalBasis;
  }

  @Override
  public ParameterSet parameters() {
    return parameters;
  }

  /** Returns {@code IidModule[id period]}. */
  @Override
  public String toString() {
    return "IidModule[" + id + " " + period + "]";
  }
}
