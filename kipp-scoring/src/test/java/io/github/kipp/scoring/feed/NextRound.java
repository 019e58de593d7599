package io.github.kipp.scoring.feed;

import com.google.common.collect.ImmutableList;
import io.github.kipp.core.Citation;
import io.github.kipp.core.EditionId;
import io.github.kipp.core.EffectivePeriod;
import io.github.kipp.core.GroupId;
import io.github.kipp.core.KippTime;
import io.github.kipp.core.LocalizedText;
import io.github.kipp.core.RuleModuleId;
import io.github.kipp.core.edition.Category;
import io.github.kipp.core.edition.Edition;
import io.github.kipp.core.edition.InnovationGroup;
import io.github.kipp.core.eligibility.EligibilityRule;
import io.github.kipp.core.eligibility.EligibilityRules;
import io.github.kipp.core.eligibility.HistoryCondition;
import io.github.kipp.core.eligibility.Tiers;
import io.github.kipp.core.spi.Jurisdiction;
import io.github.kipp.core.spi.ParameterSet;
import io.github.kipp.core.spi.RuleModule;
import io.github.kipp.core.stage.StageMachine;
import java.util.List;

/**
 * The round a regional round of the sample module feeds in kipp-scoring's tests: edition {@code
 * kipp-next} with the group {@code umum} only and no scoring; the form must fit, and no Top 45 of
 * 2019–2022 enters {@code umum}.
 */
public final class NextRound {

  /** The citation of both rules. */
  public static final Citation BASIS = Citation.reported("Pedoman Menteri PANRB 3/2023", "Lampiran, section UNKNOWN").withSources("S48");

  /** The condition of the past-results rule. */
  public static final HistoryCondition NEVER_TOP_45 = HistoryCondition.not(HistoryCondition.reached(Tiers.TOP_45, 2019, 2022));

  /** The module. */
  public static final RuleModule MODULE = new RuleModule() {
    private final Edition edition = Edition.newBuilder().id(EditionId.of("kipp-next")).year(2023).title(LocalizedText.same("KIPP berikutnya"))
        .zone(KippTime.JAKARTA).group(InnovationGroup.open("umum", "Umum", "General")).category(Category.of("kesehatan", "Kesehatan", "Health")).build();

    @Override
    public RuleModuleId id() {
      return RuleModuleId.of("sample-next");
    }

    @Override
    public LocalizedText title() {
      return LocalizedText.same("Sample next round");
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
      return edition;
    }

    @Override
    public StageMachine pipeline() {
      return StageMachine.national();
    }

    @Override
    public ImmutableList<EligibilityRule> eligibilityRules() {
      return ImmutableList.of(EligibilityRules.fitsEdition(BASIS),
          EligibilityRules.pastResults(List.of(GroupId.of("umum")), NEVER_TOP_45, BASIS));
    }
  };

  private NextRound() {}
}
