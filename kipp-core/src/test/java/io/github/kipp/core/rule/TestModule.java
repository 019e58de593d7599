package io.github.kipp.core.rule;

import com.google.common.collect.ImmutableList;
import io.github.kipp.core.Citation;
import io.github.kipp.core.EditionId;
import io.github.kipp.core.EffectivePeriod;
import io.github.kipp.core.Fixtures;
import io.github.kipp.core.LocalizedText;
import io.github.kipp.core.RuleModuleId;
import io.github.kipp.core.edition.Edition;
import io.github.kipp.core.eligibility.EligibilityRule;
import io.github.kipp.core.eligibility.EligibilityRules;
import io.github.kipp.core.spi.Jurisdiction;
import io.github.kipp.core.spi.ParameterKey;
import io.github.kipp.core.spi.ParameterSet;
import io.github.kipp.core.spi.RuleModule;
import io.github.kipp.core.stage.StageMachine;

/** A minimal module for registry tests, defining the fixture edition under an id made from its own. */
public class TestModule implements RuleModule {

  static final ParameterKey<Integer> CAP = ParameterKey.of("eligibility.cap.umum", Integer.class);
  static final Citation BASIS = Citation.reported("Pedoman Menteri PANRB 3/2023", "Lampiran, section UNKNOWN");

  private final RuleModuleId id;
  private final Jurisdiction jurisdiction;
  private final EffectivePeriod period;
  private final ParameterSet parameters;
  private final Edition edition;

  TestModule(String id, Jurisdiction jurisdiction, EffectivePeriod period, ParameterSet parameters) {
    this.id = RuleModuleId.of(id);
    this.jurisdiction = jurisdiction;
    this.period = period;
    this.parameters = parameters;
    this.edition = Fixtures.edition().withId(EditionId.of(id.replace('/', '-')));
  }

  static TestModule national(String id, int year) {
    return new TestModule(id, Jurisdiction.NATIONAL, EffectivePeriod.ofYear(year), ParameterSet.newBuilder().set(CAP, 10, BASIS).build());
  }

  @Override
  public RuleModuleId id() {
    return id;
  }

  @Override
  public LocalizedText title() {
    return LocalizedText.same("Test " + id);
  }

  @Override
  public Jurisdiction jurisdiction() {
    return jurisdiction;
  }

  @Override
  public EffectivePeriod effectivePeriod() {
    return period;
  }

  @Override
  public int editionYear() {
    return 2023;
  }

  @Override
  public ImmutableList<Citation> legalBasis() {
    return ImmutableList.of(BASIS);
  }

  @Override
  public ParameterSet parameters() {
    return parameters;
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

  /** The module found on the class path by {@code META-INF/services}. */
  public static final class Installed extends TestModule {
    /** Creates the installed module. */
    public Installed() {
      super("installed-2023", Jurisdiction.NATIONAL, EffectivePeriod.ofYear(2023), ParameterSet.newBuilder().set(CAP, 10, BASIS).build());
    }
  }

  /** A provider whose construction fails. */
  public static final class Broken extends TestModule {
    /** Fails. */
    public Broken() {
      super("broken", Jurisdiction.NATIONAL, EffectivePeriod.ofYear(2030), ParameterSet.newBuilder().build());
      throw new IllegalStateException("reference data missing");
    }
  }
}
