package io.github.kipp.rules.sinovik;

import io.github.kipp.scoring.competition.WhatIf;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.github.kipp.core.ActorId;
import io.github.kipp.core.StageId;
import io.github.kipp.core.eligibility.ResultHistory;
import io.github.kipp.core.innovation.Proposal;
import io.github.kipp.core.rule.RuleRegistry;
import io.github.kipp.core.spi.RuleModule;
import io.github.kipp.rules.sinovik.regional.LuwuUtara;
import io.github.kipp.rules.sinovik.regional.SulawesiSelatan;
import io.github.kipp.scoring.CriteriaSet;
import io.github.kipp.scoring.ScoreSheet;
import io.github.kipp.scoring.spi.ScoringRules;
import io.github.kipp.testkit.concurrency.ConcurrentRuns;
import io.github.kipp.testkit.generators.KippFactories;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Rule modules and the registry are shared by every request of a host: eight threads using them at
 * once must get what one thread gets.
 */
class ConcurrencyTest {

  private static final RuleRegistry REGISTRY = SinovikRules.registry();

  /** Screens and ranks 80 generated proposals with a module, three sheets a proposal in every scoring stage. */
  private static String screenAndRank(RuleModule module, WhatIf.Inputs inputs) {
    WhatIf.Report report = WhatIf.replay(module, module, inputs);
    return report.outcomes().values().stream()
        .map(o -> o.proposal() + " " + o.before().eligible() + " " + o.before().failures().stream().map(d -> d.rule()).toList()
            + " rank=" + o.rankBefore().map(String::valueOf).orElse("-"))
        .collect(Collectors.joining("\n"));
  }

  private static WhatIf.Inputs inputs(RuleModule module) {
    KippFactories factories = KippFactories.seeded(module.id().value().hashCode());
    ImmutableList<Proposal> proposals = factories.proposals(module.edition(), 80);
    ImmutableMap.Builder<StageId, ImmutableList<ScoreSheet>> sheets = ImmutableMap.builder();
    for (CriteriaSet criteria : module.requirePart(ScoringRules.class).criteria()) {
      List<ScoreSheet> stage = new ArrayList<>();
      for (Proposal p : proposals) {
        for (int e = 0; e < 3; e++) {
          stage.add(factories.sheet(criteria, p.id(), ActorId.of("te-" + e)));
        }
      }
      sheets.put(criteria.stage(), ImmutableList.copyOf(stage));
    }
    return new WhatIf.Inputs(proposals, ResultHistory.empty(), ImmutableList.of(), ImmutableMap.of(), sheets.buildOrThrow(),
        Instant.parse("2030-01-01T00:00:00Z"), 7);
  }

  @TestFactory
  Stream<DynamicTest> every_module_screens_and_ranks_alike_on_eight_threads_at_once() {
    return Stream.concat(REGISTRY.modules().stream(), Stream.of(SulawesiSelatan.kipp2023(), LuwuUtara.selection2023())).map(module -> DynamicTest.dynamicTest(module.id() + " gives every thread the same outcome", () -> {
      WhatIf.Inputs inputs = inputs(module);
      String outcome = ConcurrentRuns.assertSameResult(8, 5, () -> screenAndRank(module, inputs));
      assertThat(outcome.lines()).as("one outcome a proposal").hasSize(80);
    }));
  }

  @Test
  void looking_up_modules_by_id_date_and_edition_gives_every_thread_the_same_answer() {
    String answers = ConcurrentRuns.assertSameResult(8, 20, () -> {
      StringBuilder out = new StringBuilder();
      for (RuleModule m : REGISTRY.modules()) {
        out.append(REGISTRY.module(m.id()).id()).append(' ');
        for (LocalDate d = LocalDate.of(2020, 1, 1); d.isBefore(LocalDate.of(2027, 1, 1)); d = d.plusDays(17)) {
          out.append(REGISTRY.findFor(m.jurisdiction(), d).map(x -> x.id().value()).orElse("-")).append(',');
        }
        out.append(REGISTRY.forEdition(m.jurisdiction(), m.editionYear()).id()).append('\n');
      }
      return out.toString();
    });
    assertThat(answers).contains("sinovik-2021").contains("sinovik-2025");
  }

  @Test
  void discovering_the_installed_modules_on_eight_threads_finds_the_same_modules() {
    List<String> ids = ConcurrentRuns.assertSameResult(8, 5, () ->
        RuleRegistry.loadInstalled(ConcurrencyTest.class.getClassLoader()).modules().stream().map(m -> m.id().value()).toList());
    assertThat(ids).contains("sinovik-2023");
  }

  @Test
  void reading_parameters_and_pipelines_gives_every_thread_equal_values() {
    ConcurrentRuns.assertSameResult(8, 20, () -> REGISTRY.modules().stream()
        .map(m -> List.of(m.parameters(), m.pipeline(), m.edition(), m.eligibilityRules().size()))
        .toList());
  }
}
