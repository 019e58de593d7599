package io.github.kipp.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.github.kipp.core.Citation;
import io.github.kipp.core.EffectivePeriod;
import io.github.kipp.core.GroupId;
import io.github.kipp.core.LocalizedText;
import io.github.kipp.core.RuleModuleId;
import io.github.kipp.core.StageId;
import io.github.kipp.core.edition.Edition;
import io.github.kipp.core.edition.Schedule;
import io.github.kipp.core.eligibility.EligibilityRule;
import io.github.kipp.core.spi.Jurisdiction;
import io.github.kipp.core.spi.ModulePart;
import io.github.kipp.core.spi.ParameterKey;
import io.github.kipp.core.spi.ParameterSet;
import io.github.kipp.core.spi.RuleModule;
import io.github.kipp.core.stage.StageMachine;
import io.github.kipp.scoring.CriteriaSet;
import io.github.kipp.scoring.FrozenScores;
import io.github.kipp.scoring.Rounding;
import io.github.kipp.scoring.aggregate.AggregationPolicy;
import io.github.kipp.scoring.aggregate.AggregationResult;
import io.github.kipp.scoring.aggregate.StageCombinationPolicy;
import io.github.kipp.scoring.panel.ConflictOfInterestPolicy;
import io.github.kipp.scoring.rank.AwardTier;
import io.github.kipp.scoring.rank.Cutoff;
import io.github.kipp.scoring.rank.TieBreakChain;
import io.github.kipp.scoring.spi.FinalistPool;
import io.github.kipp.scoring.spi.ScoringRules;
import io.github.kipp.testkit.scenario.InvalidScenarioException;
import java.util.List;
import java.util.Optional;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/**
 * Each contract check fails on a module that breaks or lacks what the check is about, with a message
 * naming it; the sample module passes them all ({@link SampleModuleContractTest}).
 */
class ContractFailuresTest {

  private static final SampleModule SAMPLE = new SampleModule();

  /** The sample module, answering as it does unless a test overrides a method. */
  private static class Sample implements RuleModule, ScoringRules {
    @Override
    public RuleModuleId id() {
      return SAMPLE.id();
    }

    @Override
    public LocalizedText title() {
      return SAMPLE.title();
    }

    @Override
    public Jurisdiction jurisdiction() {
      return SAMPLE.jurisdiction();
    }

    @Override
    public EffectivePeriod effectivePeriod() {
      return SAMPLE.effectivePeriod();
    }

    @Override
    public int editionYear() {
      return SAMPLE.editionYear();
    }

    @Override
    public ImmutableList<Citation> legalBasis() {
      return SAMPLE.legalBasis();
    }

    @Override
    public ParameterSet parameters() {
      return SAMPLE.parameters();
    }

    @Override
    public Edition edition() {
      return SAMPLE.edition();
    }

    @Override
    public StageMachine pipeline() {
      return SAMPLE.pipeline();
    }

    @Override
    public ImmutableList<EligibilityRule> eligibilityRules() {
      return SAMPLE.eligibilityRules();
    }

    @Override
    public ImmutableList<CriteriaSet> criteria() {
      return SAMPLE.criteria();
    }

    @Override
    public AggregationPolicy aggregation(StageId stage) {
      return SAMPLE.aggregation(stage);
    }

    @Override
    public StageCombinationPolicy combination() {
      return SAMPLE.combination();
    }

    @Override
    public TieBreakChain tieBreaks() {
      return SAMPLE.tieBreaks();
    }

    @Override
    public Optional<Cutoff> passMark() {
      return SAMPLE.passMark();
    }

    @Override
    public ImmutableMap<GroupId, Cutoff> nominations() {
      return SAMPLE.nominations();
    }

    @Override
    public ImmutableList<FinalistPool> finalists() {
      return SAMPLE.finalists();
    }

    @Override
    public ImmutableList<AwardTier> winners() {
      return SAMPLE.winners();
    }

    @Override
    public ConflictOfInterestPolicy conflictOfInterest() {
      return SAMPLE.conflictOfInterest();
    }

    @Override
    public Rounding rounding() {
      return SAMPLE.rounding();
    }
  }

  /** The core of the sample module, without its scoring rules. */
  private static class WithoutScoring implements RuleModule {
    @Override
    public RuleModuleId id() {
      return SAMPLE.id();
    }

    @Override
    public LocalizedText title() {
      return SAMPLE.title();
    }

    @Override
    public Jurisdiction jurisdiction() {
      return SAMPLE.jurisdiction();
    }

    @Override
    public EffectivePeriod effectivePeriod() {
      return SAMPLE.effectivePeriod();
    }

    @Override
    public int editionYear() {
      return SAMPLE.editionYear();
    }

    @Override
    public ImmutableList<Citation> legalBasis() {
      return SAMPLE.legalBasis();
    }

    @Override
    public ParameterSet parameters() {
      return SAMPLE.parameters();
    }

    @Override
    public Edition edition() {
      return SAMPLE.edition();
    }

    @Override
    public StageMachine pipeline() {
      return SAMPLE.pipeline();
    }

    @Override
    public ImmutableList<EligibilityRule> eligibilityRules() {
      return SAMPLE.eligibilityRules();
    }
  }

  private static ScoringRulesContract contract(RuleModule module) {
    return () -> module;
  }

  private static void failsWith(ThrowingCallable check, String message) {
    assertThatThrownBy(check).isInstanceOf(AssertionError.class).hasMessageContaining(message);
  }

  @Test
  void the_sample_module_passes_every_check_it_is_run_here_against() {
    ScoringRulesContract c = contract(new Sample());

    assertThatCode(() -> {
      c.c1_every_parameter_is_cited();
      c.c2_every_citation_is_complete();
      c.c3_module_loads_and_is_found();
      c.c4_period_covers_registration();
      c.c5_edition_year_agrees();
      c.c6_rules_decide_complete_proposals();
      c.s1_module_has_scoring_rules();
      c.s2_weights_sum_as_declared();
      c.s3_counts_fit();
      c.s4_scoring_names_known_groups();
      c.s5_every_stage_aggregates_with_complete_citations();
    }).doesNotThrowAnyException();
  }

  @Test
  void every_scoring_check_fails_naming_the_module_when_it_has_no_scoring_rules() {
    ScoringRulesContract c = contract(new WithoutScoring());
    List<ThrowingCallable> scoring = List.of(c::s1_module_has_scoring_rules, c::s2_weights_sum_as_declared, c::s3_counts_fit,
        c::s4_scoring_names_known_groups, c::s5_every_stage_aggregates_with_complete_citations);

    for (ThrowingCallable check : scoring) {
      failsWith(check, "module sample-2023 has no scoring rules: it does not supply the part io.github.kipp.scoring.spi.ScoringRules (its parts: [])");
    }
    assertThatCode(c::c1_every_parameter_is_cited).as("the core clauses still hold").doesNotThrowAnyException();
  }

  @Test
  void a_module_that_supplies_scoring_rules_without_listing_them_fails_s1() {
    ScoringRules rules = new Sample();
    RuleModule composed = new WithoutScoring() {
      @Override
      public <T extends ModulePart> Optional<T> part(Class<T> type) {
        return type == ScoringRules.class ? Optional.of(type.cast(rules)) : super.part(type);
      }
    };

    failsWith(contract(composed)::s1_module_has_scoring_rules, "the parts sample-2023 lists");
    assertThatCode(contract(composed)::s2_weights_sum_as_declared).doesNotThrowAnyException();
  }

  @Test
  void c1_fails_for_a_module_without_parameters_or_with_an_uncited_one() {
    failsWith(contract(new Sample() {
      @Override
      public ParameterSet parameters() {
        return ParameterSet.newBuilder().build();
      }
    })::c1_every_parameter_is_cited, "parameters of sample-2023");
    failsWith(contract(new Sample() {
      @Override
      public ParameterSet parameters() {
        return ParameterSet.newBuilder().setUncited(ParameterKey.of("eligibility.cap", Integer.class), 10).build();
      }
    })::c1_every_parameter_is_cited, "uncited parameters of sample-2023");
  }

  @Test
  void c2_fails_for_an_uncited_parameter_a_rule_citing_nothing_or_no_legal_basis() {
    failsWith(contract(new Sample() {
      @Override
      public ParameterSet parameters() {
        return ParameterSet.newBuilder().setUncited(ParameterKey.of("eligibility.cap", Integer.class), 10).build();
      }
    })::c2_every_citation_is_complete, "the citation of parameter eligibility.cap");
    failsWith(contract(new Sample() {
      @Override
      public ImmutableList<Citation> legalBasis() {
        return ImmutableList.of();
      }
    })::c2_every_citation_is_complete, "legal basis of sample-2023");
    EligibilityRule citesNothing = new EligibilityRule() {
      @Override
      public String id() {
        return "cites-nothing";
      }

      @Override
      public LocalizedText description() {
        return LocalizedText.same("A rule citing nothing");
      }

      @Override
      public ImmutableList<Citation> citations() {
        return ImmutableList.of();
      }

      @Override
      public io.github.kipp.core.Decision evaluate(io.github.kipp.core.innovation.Proposal proposal,
          io.github.kipp.core.eligibility.EligibilityContext context) {
        return SAMPLE.eligibilityRules().get(0).evaluate(proposal, context);
      }
    };
    failsWith(contract(new Sample() {
      @Override
      public ImmutableList<EligibilityRule> eligibilityRules() {
        return ImmutableList.of(citesNothing);
      }
    })::c2_every_citation_is_complete, "citations of eligibility rule cites-nothing");
  }

  @Test
  void c3_fails_for_a_module_listing_a_part_it_does_not_supply() {
    failsWith(contract(new Sample() {
      @Override
      public ImmutableList<Class<? extends ModulePart>> parts() {
        return ImmutableList.of(ScoringRules.class, Indicators.class);
      }
    })::c3_module_loads_and_is_found, "lists part " + Indicators.class.getName() + " but does not supply it");
  }

  /** A part of another family of rules. */
  private interface Indicators extends ModulePart {}

  @Test
  void c4_fails_for_an_edition_without_a_registration_window() {
    Edition withoutSchedule = SAMPLE.edition().withSchedule(Schedule.empty());

    failsWith(contract(new Sample() {
      @Override
      public Edition edition() {
        return withoutSchedule;
      }
    })::c4_period_covers_registration, "the registration window of edition " + SAMPLE.edition().id());
  }

  @Test
  void c6_fails_for_a_module_without_eligibility_rules() {
    failsWith(contract(new Sample() {
      @Override
      public ImmutableList<EligibilityRule> eligibilityRules() {
        return ImmutableList.of();
      }
    })::c6_rules_decide_complete_proposals, "eligibility rules of sample-2023");
  }

  @Test
  void c7_fails_for_a_scenario_folder_without_scenarios() {
    ScoringRulesContract c = new ScoringRulesContract() {
      @Override
      public RuleModule subject() {
        return new Sample();
      }

      @Override
      public Optional<String> scenarioFolder() {
        return Optional.of("scenarios/none-here");
      }
    };

    assertThatThrownBy(c::c7_golden_scenarios_pass).isInstanceOf(InvalidScenarioException.class).hasMessageContaining("no .yaml scenario");
    assertThat(contract(new Sample()).c7_golden_scenarios_pass()).as("a module that gives no folder has no scenario to run").isEmpty();
  }

  @Test
  void s2_fails_for_scoring_rules_without_criteria_and_s3_for_winners_without_finalists() {
    failsWith(contract(new Sample() {
      @Override
      public ImmutableList<CriteriaSet> criteria() {
        return ImmutableList.of();
      }
    })::s2_weights_sum_as_declared, "criteria of sample-2023");
    failsWith(contract(new Sample() {
      @Override
      public ImmutableList<AwardTier> winners() {
        return ImmutableList.of();
      }
    })::s3_counts_fit, "winners' tiers of sample-2023");
    failsWith(contract(new Sample() {
      @Override
      public ImmutableList<AwardTier> winners() {
        return ImmutableList.of(AwardTier.of("top-1-khusus", LocalizedText.same("Top 1"), GroupId.of("khusus"), 1, SampleModule.BASIS));
      }
    })::s3_counts_fit, "finalists of group khusus, which has winners");
    failsWith(contract(new Sample() {
      @Override
      public ImmutableList<AwardTier> winners() {
        return ImmutableList.of(AwardTier.of("top-3", LocalizedText.same("Top 3"), SampleModule.UMUM, 3, SampleModule.BASIS));
      }
    })::s3_counts_fit, "winners of group umum within its finalists");
  }

  @Test
  void s4_fails_for_a_tier_of_a_group_the_edition_lacks_and_s5_for_a_policy_without_a_citation() {
    failsWith(contract(new Sample() {
      @Override
      public ImmutableList<AwardTier> winners() {
        return ImmutableList.of(AwardTier.of("top-1-lain", LocalizedText.same("Top 1"), GroupId.of("lain"), 1, SampleModule.BASIS));
      }
    })::s4_scoring_names_known_groups, "groups of tier top-1-lain");
    AggregationPolicy uncited = new AggregationPolicy() {
      @Override
      public AggregationResult aggregate(FrozenScores scores) {
        return SAMPLE.aggregation(scores.criteria().stage()).aggregate(scores);
      }

      @Override
      public Citation citation() {
        return null;
      }
    };
    failsWith(contract(new Sample() {
      @Override
      public AggregationPolicy aggregation(StageId stage) {
        return uncited;
      }
    })::s5_every_stage_aggregates_with_complete_citations, "the citation of the aggregation of stage " + KippBuilders.DESK);
  }
}
