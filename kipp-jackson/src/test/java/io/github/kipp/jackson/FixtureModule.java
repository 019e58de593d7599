package io.github.kipp.jackson;

import com.google.common.collect.ImmutableList;
import io.github.kipp.core.Citation;
import io.github.kipp.core.EffectivePeriod;
import io.github.kipp.core.LocalizedText;
import io.github.kipp.core.RuleModuleId;
import io.github.kipp.core.edition.Edition;
import io.github.kipp.core.eligibility.EligibilityRule;
import io.github.kipp.core.eligibility.EligibilityRules;
import io.github.kipp.core.spi.Jurisdiction;
import io.github.kipp.core.spi.ParameterSet;
import io.github.kipp.core.spi.RuleModule;
import io.github.kipp.core.stage.StageMachine;

/** A rule module that defines a given edition, for documents that record their module. */
final class FixtureModule implements RuleModule {

  private static final Citation BASIS = Citation.reported("Pedoman Menteri PANRB 3/2023", "Lampiran, section UNKNOWN");

  private final RuleModuleId id;
  private final Jurisdiction jurisdiction;
  private final Edition edition;

  private FixtureModule(RuleModuleId id, Jurisdiction jurisdiction, Edition edition) {
    this.id = id;
    this.jurisdiction = jurisdiction;
    this.edition = edition;
  }

  static FixtureModule of(String id, Jurisdiction jurisdiction, Edition edition) {
    return new FixtureModule(RuleModuleId.of(id), jurisdiction, edition);
  }

  @Override
  public RuleModuleId id() {
    return id;
  }

  @Override
  public LocalizedText title() {
    return LocalizedText.same("Fixture " + id);
  }

  @Override
  public Jurisdiction jurisdiction() {
    return jurisdiction;
  }

  @Override
  public EffectivePeriod effectivePeriod() {
    return EffectivePeriod.ofYear(edition.year());
  }

  @Override
  public int editionYear() {
    return edition.year();
  }

  @Override
  public ImmutableList<Citation> legalBasis() {
    return ImmutableList.of(BASIS);
  }

  @Override
  public ParameterSet parameters() {
    return ParameterSet.newBuilder().build();
  }

  @Override
  public Edition edition() {
    return edition;
  }

  @Override
  public StageMachine pipeline() {
    return StageMachine.national();
  }

  @Override
  public ImmutableList<EligibilityRule> eligibilityRules() {
    return ImmutableList.of(EligibilityRules.fitsEdition(BASIS));
  }
}
