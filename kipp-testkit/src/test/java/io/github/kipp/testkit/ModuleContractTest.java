package io.github.kipp.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import io.github.kipp.core.Citation;
import io.github.kipp.core.EffectivePeriod;
import io.github.kipp.core.LocalizedText;
import io.github.kipp.core.RuleModuleId;
import io.github.kipp.core.spi.CompetitionRules;
import io.github.kipp.core.spi.Jurisdiction;
import io.github.kipp.core.spi.ModulePart;
import io.github.kipp.core.spi.ParameterKey;
import io.github.kipp.core.spi.ParameterSet;
import io.github.kipp.core.spi.RuleFamily;
import io.github.kipp.core.spi.RuleModule;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/**
 * The contract of every rule module (C1 to C3) holds for a module without a competition of
 * proposals, an index module of another family, and fails when such a module breaks a clause.
 */
class ModuleContractTest {

  private static final ParameterKey<Integer> DIVISOR = ParameterKey.of("index.divisorMinimum", Integer.class);

  /** An index module: its own family, parameters and legal basis, no edition, no eligibility rules. */
  private static class IndexModule implements RuleModule {
    @Override
    public RuleFamily family() {
      return RuleFamily.of("indeks");
    }

    @Override
    public RuleModuleId id() {
      return RuleModuleId.of("indeks-2026");
    }

    @Override
    public LocalizedText title() {
      return LocalizedText.of("Indeks 2026", "Index 2026");
    }

    @Override
    public Jurisdiction jurisdiction() {
      return Jurisdiction.NATIONAL;
    }

    @Override
    public EffectivePeriod effectivePeriod() {
      return EffectivePeriod.ofYear(2026);
    }

    @Override
    public int editionYear() {
      return 2026;
    }

    @Override
    public ImmutableList<Citation> legalBasis() {
      return ImmutableList.of(Citation.reported("Permendagri 104/2018", Citation.UNKNOWN_PROVISION));
    }

    @Override
    public ParameterSet parameters() {
      return ParameterSet.newBuilder().set(DIVISOR, 12, Citation.reported("Surat Kepala BSKDN 400.10.11/1887/BSKDN", Citation.UNKNOWN_PROVISION))
          .build();
    }
  }

  private static ModuleContract contract(RuleModule module) {
    return () -> module;
  }

  private static void failsWith(ThrowingCallable check, String message) {
    assertThatThrownBy(check).isInstanceOf(AssertionError.class).hasMessageContaining(message);
  }

  @Test
  void a_module_without_a_competition_passes_c1_to_c3() {
    ModuleContract c = contract(new IndexModule());

    assertThat(c.subject().part(CompetitionRules.class)).isEmpty();
    assertThatCode(() -> {
      c.c1_every_parameter_is_cited();
      c.c2_every_citation_is_complete();
      c.c3_module_loads_and_is_found();
    }).doesNotThrowAnyException();
  }

  @Test
  void each_clause_fails_for_an_index_module_that_breaks_it() {
    failsWith(contract(new IndexModule() {
      @Override
      public ParameterSet parameters() {
        return ParameterSet.newBuilder().build();
      }
    })::c1_every_parameter_is_cited, "parameters of indeks-2026");
    failsWith(contract(new IndexModule() {
      @Override
      public ImmutableList<Citation> legalBasis() {
        return ImmutableList.of();
      }
    })::c2_every_citation_is_complete, "legal basis of indeks-2026");
    failsWith(contract(new IndexModule() {
      @Override
      public ParameterSet parameters() {
        return ParameterSet.newBuilder().setUncited(DIVISOR, 12).build();
      }
    })::c2_every_citation_is_complete, "the citation of parameter index.divisorMinimum");
    failsWith(contract(new IndexModule() {
      @Override
      public ImmutableList<Class<? extends ModulePart>> parts() {
        return ImmutableList.of(Indicators.class);
      }
    })::c3_module_loads_and_is_found, "lists part " + Indicators.class.getName() + " but does not supply it");
  }

  /** A part the module lists without supplying it. */
  private interface Indicators extends ModulePart {}
}
