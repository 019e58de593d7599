package io.github.kipp.core.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import io.github.kipp.core.Citation;
import io.github.kipp.core.EffectivePeriod;
import io.github.kipp.core.Fixtures;
import io.github.kipp.core.LocalizedText;
import io.github.kipp.core.RuleModuleId;
import io.github.kipp.core.edition.Edition;
import io.github.kipp.core.eligibility.EligibilityRule;
import io.github.kipp.core.eligibility.EligibilityRules;
import io.github.kipp.core.rule.InvalidRuleModuleException;
import io.github.kipp.core.rule.RuleModuleChecks;
import io.github.kipp.core.rule.RuleRegistry;
import io.github.kipp.core.stage.StageMachine;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Typed access to a module's parts: by implementing a part, or by composition. */
class ModulePartTest {

  private static final Citation BASIS = Citation.reported("Pedoman Menteri PANRB 3/2023", "Lampiran, section UNKNOWN");

  /** A part of the competition family, standing in for the scoring rules. */
  interface Scoring extends ModulePart {
    String policy();
  }

  /** A part of another family of rules: the indicators of a regional innovation index. */
  interface Indicators extends ModulePart {
    int count();
  }

  /** A part that refines another. */
  interface WeightedScoring extends Scoring {}

  /** A module with nothing but its core; subclasses add parts. */
  abstract static class BaseModule implements RuleModule {
    private final String id;

    BaseModule(String id) {
      this.id = id;
    }

    @Override
    public RuleModuleId id() {
      return RuleModuleId.of(id);
    }

    @Override
    public LocalizedText title() {
      return LocalizedText.same("Test " + id);
    }

    @Override
    public Jurisdiction jurisdiction() {
      return Jurisdiction.NATIONAL;
    }

    @Override
    public EffectivePeriod effectivePeriod() {
      return EffectivePeriod.ofYear(2023);
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
      return ParameterSet.newBuilder().build();
    }

    @Override
    public Edition edition() {
      return Fixtures.edition();
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

  /** Has no part. */
  static final class Bare extends BaseModule {
    Bare() {
      super("bare-2023");
    }
  }

  /** Has its parts by implementing them, one through a refinement. */
  static final class Implementing extends BaseModule implements Indicators, WeightedScoring {
    Implementing() {
      super("implementing-2023");
    }

    @Override
    public String policy() {
      return "mean";
    }

    @Override
    public int count() {
      return 3;
    }
  }

  /** Inherits its parts from its superclass. */
  static final class Inheriting extends Middle {}

  /** The superclass of {@link Inheriting}. */
  abstract static class Middle extends BaseModule implements Scoring {
    Middle() {
      super("inheriting-2023");
    }

    @Override
    public String policy() {
      return "median";
    }
  }

  /** Supplies the indicators by composition. */
  static final class Composed extends BaseModule {
    private final Indicators indicators = () -> 17;

    Composed() {
      super("composed-2023");
    }

    @Override
    public <T extends ModulePart> Optional<T> part(Class<T> type) {
      return type == Indicators.class ? Optional.of(type.cast(indicators)) : super.part(type);
    }

    @Override
    public ImmutableList<Class<? extends ModulePart>> parts() {
      return ImmutableList.of(Indicators.class);
    }
  }

  /** Lists a part it does not supply. */
  static final class Overpromising extends BaseModule {
    Overpromising() {
      super("overpromising-2023");
    }

    @Override
    public ImmutableList<Class<? extends ModulePart>> parts() {
      return ImmutableList.of(Indicators.class, Scoring.class);
    }
  }

  @Test
  void a_module_has_the_parts_it_implements_and_lists_them_sorted_by_name() {
    RuleModule m = new Implementing();

    assertThat(m.part(Indicators.class)).map(Indicators::count).contains(3);
    assertThat(m.part(Scoring.class)).map(Scoring::policy).contains("mean");
    assertThat(m.requirePart(WeightedScoring.class)).isSameAs(m);
    assertThat(m.parts()).containsExactly(Indicators.class, Scoring.class, WeightedScoring.class);
    assertThat(new Inheriting().parts()).containsExactly(Scoring.class);
    assertThat(new Inheriting().requirePart(Scoring.class).policy()).isEqualTo("median");
  }

  @Test
  void a_module_without_a_part_answers_empty_and_refuses_to_require_it_naming_module_and_part() {
    RuleModule bare = new Bare();

    assertThat(bare.part(Scoring.class)).isEmpty();
    assertThat(bare.parts()).isEmpty();
    assertThatThrownBy(() -> bare.requirePart(Scoring.class))
        .isInstanceOfSatisfying(MissingModulePartException.class, e -> {
          assertThat(e.errorCode()).isEqualTo("kipp.module.missingPart");
          assertThat(e.module()).isEqualTo(RuleModuleId.of("bare-2023"));
          assertThat(e.part()).isEqualTo(Scoring.class);
          assertThat(e.getMessage()).isEqualTo("Rule module bare-2023 has no part " + Scoring.class.getName() + "; its parts: -.");
          assertThat(e.message(Locale.forLanguageTag("id"))).startsWith("Modul aturan bare-2023 tidak memiliki bagian");
        });
  }

  @Test
  void the_refusal_lists_the_parts_the_module_has() {
    assertThatThrownBy(() -> new Inheriting().requirePart(Indicators.class))
        .isInstanceOf(MissingModulePartException.class)
        .hasMessageEndingWith("its parts: " + Scoring.class.getName() + ".");
  }

  @Test
  void a_module_may_supply_a_part_by_composition() {
    RuleModule composed = new Composed();

    assertThat(composed.requirePart(Indicators.class).count()).isEqualTo(17);
    assertThat(composed.part(Scoring.class)).isEmpty();
    assertThat(composed.parts()).containsExactly(Indicators.class);
    assertThat(RuleModuleChecks.check(composed)).isEmpty();
  }

  @Test
  void a_module_listing_a_part_it_does_not_supply_is_refused_at_registration() {
    assertThat(RuleModuleChecks.check(new Overpromising()))
        .extracting(v -> v.code() + " " + v.invalidValue())
        .containsExactly("kipp.module.partNotSupplied " + Indicators.class.getName(), "kipp.module.partNotSupplied " + Scoring.class.getName());
    assertThatThrownBy(() -> RuleRegistry.newBuilder().register(new Overpromising()))
        .isInstanceOf(InvalidRuleModuleException.class)
        .hasMessageContaining("Module overpromising-2023 lists part " + Indicators.class.getName() + " but does not supply it.");
  }

  @Test
  void the_marker_itself_is_not_a_part_one_may_ask_for() {
    assertThatThrownBy(() -> new Implementing().part(ModulePart.class))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not by ModulePart itself");
    assertThatThrownBy(() -> new Implementing().part(null)).isInstanceOf(NullPointerException.class).hasMessage("type");
  }
}
