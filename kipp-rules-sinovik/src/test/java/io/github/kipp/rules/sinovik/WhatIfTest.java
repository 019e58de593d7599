package io.github.kipp.rules.sinovik;

import io.github.kipp.scoring.competition.WhatIf;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.github.kipp.core.ProposalId;
import io.github.kipp.core.StageId;
import io.github.kipp.core.eligibility.PastResult;
import io.github.kipp.core.eligibility.ResultHistory;
import io.github.kipp.core.eligibility.Tiers;
import io.github.kipp.core.innovation.Proposal;
import io.github.kipp.scoring.ScoreSheet;
import io.github.kipp.testkit.KippBuilders;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class WhatIfTest {

  private static Proposal p2022(String id, String category, LocalDate started, boolean pandemic) {
    KippBuilders.ProposalBuilder b = KippBuilders.proposalFor(SinovikRules.edition2022().edition()).id(id).category(category).started(started);
    return pandemic ? b.pandemicRelated().build() : b.build();
  }

  @Test
  void the_2022_entries_under_the_2023_rules_keep_the_catalogue_but_miss_the_new_form() {
    Proposal covid = p2022("covid-app", "ketahanan-institusi", LocalDate.of(2021, 3, 1), true);
    Proposal young = p2022("young", "inklusif-berkeadilan", LocalDate.of(2021, 3, 1), false);
    WhatIf.Report report = WhatIf.replay(SinovikRules.edition2022(), SinovikRules.edition2023(), WhatIf.Inputs.of(List.of(covid, young), ResultHistory.empty()));

    WhatIf.Outcome o = report.outcomes().get(ProposalId.of("covid-app"));
    assertThat(o.before().eligible()).as("one year old, pandemic-related, in 2022").isTrue();
    assertThat(report.outcomes().get(ProposalId.of("young")).before().failures()).extracting(d -> d.rule()).containsExactly("minimum-age");
    assertThat(o.after().failures()).extracting(d -> d.rule()).containsExactly("fits-edition");
    assertThat(o.after().failures().get(0).reasons()).extracting(r -> r.code()).contains("kipp.proposal.sectionMissing")
        .doesNotContain("kipp.edition.unknownCategory");
    assertThat(report.render()).contains("sinovik-2022 -> sinovik-2023: 1 of 2 proposals change")
        .contains("covid-app: eligible -> ineligible (fits-edition)");
  }

  @Test
  void a_twice_top_99_innovation_barred_in_2021_is_admitted_by_the_2023_wording() {
    Proposal p = KippBuilders.proposalFor(SinovikRules.edition2021().edition()).id("twice").innovation("inv-twice").category("kesehatan")
        .started(LocalDate.of(2017, 1, 1)).build();
    ResultHistory history = ResultHistory.of(List.of(PastResult.umum("inv-twice", 2018, Tiers.TOP_99), PastResult.umum("inv-twice", 2019, Tiers.TOP_99)));
    WhatIf.Report report = WhatIf.replay(SinovikRules.edition2021(), SinovikRules.edition2023(), WhatIf.Inputs.of(List.of(p), history));

    WhatIf.Outcome o = report.outcomes().get(p.id());
    assertThat(o.before().failures()).extracting(d -> d.rule()).contains("past-results:umum");
    assertThat(o.after().failures()).extracting(d -> d.rule()).doesNotContain("past-results:umum");
  }

  @Test
  void ranks_are_compared_where_both_modules_can_score_the_sheets() {
    StageId presentation = StageId.of("presentasi-wawancara");
    List<Proposal> ps = List.of(
        KippBuilders.proposalFor(SinovikRules.edition2022().edition()).id("a").started(LocalDate.of(2018, 1, 1)).build(),
        KippBuilders.proposalFor(SinovikRules.edition2022().edition()).id("b").started(LocalDate.of(2018, 1, 1)).build());
    var criteria = SinovikRules.edition2022().criteria(presentation).orElseThrow();
    ImmutableList<ScoreSheet> sheets = ImmutableList.of(
        KippBuilders.sheet(criteria).proposal("a").evaluator("tpi-1").all("70").build(),
        KippBuilders.sheet(criteria).proposal("b").evaluator("tpi-1").all("90").build());
    WhatIf.Inputs inputs = new WhatIf.Inputs(ImmutableList.copyOf(ps), ResultHistory.empty(), ImmutableList.of(), ImmutableMap.of(),
        ImmutableMap.of(presentation, sheets), Instant.parse("2023-12-31T00:00:00Z"), 1);
    SinovikModule province = SinovikModule.extend(SinovikRules.edition2022()).variant("province-2022")
        .title(io.github.kipp.core.LocalizedText.same("Province 2022"))
        .jurisdiction(io.github.kipp.core.spi.Jurisdiction.province(io.github.kipp.core.institution.RegionCode.of("73"), io.github.kipp.core.LocalizedText.same("Sulsel")))
        .override(SinovikKeys.COMBINATION, io.github.kipp.scoring.aggregate.StageCombinations.single(StageId.of("evaluasi-proposal"), SinovikRules.edition2022().combination().citation()),
            SinovikRules.edition2022().combination().citation())
        .build();
    WhatIf.Report report = WhatIf.replay(SinovikRules.edition2022(), province, inputs);

    assertThat(report.outcomes().get(ProposalId.of("b")).rankBefore()).contains(1);
    assertThat(report.outcomes().get(ProposalId.of("a")).rankBefore()).contains(2);
    assertThat(report.outcomes().get(ProposalId.of("a")).rankAfter()).as("the province ranks by a desk stage it has no sheets for").isEmpty();
    assertThat(report.outcomes().get(ProposalId.of("a")).rankChanged()).isTrue();
  }

  @Test
  void only_eligible_proposals_are_ranked_and_the_report_names_rank_changes_and_stages_not_replayed() {
    StageId presentation = StageId.of("presentasi-wawancara");
    StageId poster = StageId.of("lomba-poster");
    List<Proposal> ps = List.of(
        KippBuilders.proposalFor(SinovikRules.edition2022().edition()).id("a").started(LocalDate.of(2018, 1, 1)).build(),
        KippBuilders.proposalFor(SinovikRules.edition2022().edition()).id("b").started(LocalDate.of(2018, 1, 1)).build(),
        KippBuilders.proposalFor(SinovikRules.edition2022().edition()).id("young").started(LocalDate.of(2022, 1, 1)).build());
    var criteria = SinovikRules.edition2022().criteria(presentation).orElseThrow();
    ImmutableList<ScoreSheet> sheets = ImmutableList.of(
        KippBuilders.sheet(criteria).proposal("a").evaluator("tpi-1").all("70").build(),
        KippBuilders.sheet(criteria).proposal("b").evaluator("tpi-1").all("90").build(),
        KippBuilders.sheet(criteria).proposal("young").evaluator("tpi-1").all("100").build());
    WhatIf.Inputs inputs = new WhatIf.Inputs(ImmutableList.copyOf(ps), ResultHistory.empty(), ImmutableList.of(), ImmutableMap.of(),
        ImmutableMap.of(presentation, sheets, poster, sheets), Instant.parse("2023-12-31T00:00:00Z"), 1);
    SinovikModule province = SinovikModule.extend(SinovikRules.edition2022()).variant("province-2022")
        .title(io.github.kipp.core.LocalizedText.same("Province 2022"))
        .jurisdiction(io.github.kipp.core.spi.Jurisdiction.province(io.github.kipp.core.institution.RegionCode.of("73"), io.github.kipp.core.LocalizedText.same("Sulsel")))
        .override(SinovikKeys.COMBINATION, io.github.kipp.scoring.aggregate.StageCombinations.single(StageId.of("evaluasi-proposal"), SinovikRules.edition2022().combination().citation()),
            SinovikRules.edition2022().combination().citation())
        .build();

    WhatIf.Report report = WhatIf.replay(SinovikRules.edition2022(), province, inputs);

    assertThat(report.outcomes().get(ProposalId.of("young")).before().eligible()).isFalse();
    assertThat(report.outcomes().get(ProposalId.of("young")).rankBefore()).as("an ineligible proposal is not ranked").isEmpty();
    assertThat(report.outcomes().get(ProposalId.of("b")).rankBefore()).contains(1);
    assertThat(report.unreplayedStages()).containsOnlyKeys(poster);
    assertThat(report.render()).isEqualTo("sinovik-2022 -> sinovik-2022/province-2022: 2 of 3 proposals change\n"
        + "a: eligible -> eligible; rank 2 -> -\n"
        + "b: eligible -> eligible; rank 1 -> -\n"
        + "stage lomba-poster not replayed: module sinovik-2022/province-2022 does not score this stage\n");
  }

  /** The eligibility side of a SINOVIK module, without its scoring rules. */
  private record EligibilityOnly(SinovikModule base) implements io.github.kipp.core.spi.RuleModule {
    @Override
    public io.github.kipp.core.RuleModuleId id() {
      return base.id().variant("no-scoring");
    }

    @Override
    public io.github.kipp.core.LocalizedText title() {
      return base.title();
    }

    @Override
    public io.github.kipp.core.spi.Jurisdiction jurisdiction() {
      return base.jurisdiction();
    }

    @Override
    public io.github.kipp.core.EffectivePeriod effectivePeriod() {
      return base.effectivePeriod();
    }

    @Override
    public int editionYear() {
      return base.editionYear();
    }

    @Override
    public ImmutableList<io.github.kipp.core.Citation> legalBasis() {
      return base.legalBasis();
    }

    @Override
    public io.github.kipp.core.spi.ParameterSet parameters() {
      return base.parameters();
    }

    @Override
    public io.github.kipp.core.edition.Edition edition() {
      return base.edition();
    }

    @Override
    public io.github.kipp.core.stage.StageMachine pipeline() {
      return base.pipeline();
    }

    @Override
    public ImmutableList<io.github.kipp.core.eligibility.EligibilityRule> eligibilityRules() {
      return base.eligibilityRules();
    }
  }

  @Test
  void sheets_replayed_under_a_module_without_scoring_rules_are_reported_as_not_replayed() {
    StageId presentation = StageId.of("presentasi-wawancara");
    Proposal a = KippBuilders.proposalFor(SinovikRules.edition2022().edition()).id("a").started(LocalDate.of(2018, 1, 1)).build();
    var criteria = SinovikRules.edition2022().criteria(presentation).orElseThrow();
    WhatIf.Inputs inputs = new WhatIf.Inputs(ImmutableList.of(a), ResultHistory.empty(), ImmutableList.of(), ImmutableMap.of(),
        ImmutableMap.of(presentation, ImmutableList.of(KippBuilders.sheet(criteria).proposal("a").evaluator("tpi-1").all("70").build())),
        Instant.parse("2023-12-31T00:00:00Z"), 1);

    WhatIf.Report report = WhatIf.replay(SinovikRules.edition2022(), new EligibilityOnly(SinovikRules.edition2022()), inputs);

    assertThat(report.outcomes().get(ProposalId.of("a")).rankBefore()).contains(1);
    assertThat(report.outcomes().get(ProposalId.of("a")).rankAfter()).isEmpty();
    assertThat(report.unreplayedStages()).containsExactly(
        java.util.Map.entry(presentation, "module sinovik-2022/no-scoring has no scoring rules"));
  }
}
