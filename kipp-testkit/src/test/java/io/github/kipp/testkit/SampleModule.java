package io.github.kipp.testkit;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedMap;
import com.google.common.collect.ImmutableSortedSet;
import io.github.kipp.core.Cited;
import io.github.kipp.core.Citation;
import io.github.kipp.core.EffectivePeriod;
import io.github.kipp.core.GroupId;
import io.github.kipp.core.LocalizedText;
import io.github.kipp.core.RuleModuleId;
import io.github.kipp.core.StageId;
import io.github.kipp.core.TierId;
import io.github.kipp.core.edition.Edition;
import io.github.kipp.core.eligibility.AgeRequirement;
import io.github.kipp.core.eligibility.EligibilityRule;
import io.github.kipp.core.eligibility.EligibilityRules;
import io.github.kipp.core.innovation.PartialDateResolution;
import io.github.kipp.core.spi.Jurisdiction;
import io.github.kipp.core.spi.ParameterKey;
import io.github.kipp.core.spi.ParameterSet;
import io.github.kipp.core.spi.RuleModule;
import io.github.kipp.core.stage.StageMachine;
import io.github.kipp.scoring.CriteriaSet;
import io.github.kipp.scoring.Rounding;
import io.github.kipp.scoring.panel.ConflictOfInterestPolicies;
import io.github.kipp.scoring.panel.ConflictOfInterestPolicy;
import io.github.kipp.scoring.aggregate.AggregationPolicy;
import io.github.kipp.scoring.aggregate.Aggregations;
import io.github.kipp.scoring.rank.AwardTier;
import io.github.kipp.scoring.rank.Cutoff;
import io.github.kipp.scoring.shortlist.ShortlistSpec;
import io.github.kipp.scoring.aggregate.StageCombinationPolicy;
import io.github.kipp.scoring.aggregate.StageCombinations;
import io.github.kipp.scoring.rank.TieBreakChain;
import io.github.kipp.scoring.spi.FinalistPool;
import io.github.kipp.scoring.spi.ScoringRules;
import java.time.Period;
import java.util.Optional;

/** A small module on the test kit's default edition, for the kit's own tests. */
public final class SampleModule implements RuleModule, ScoringRules {

  static final Citation BASIS = Citation.reported("Pedoman Uji 1/2023", "Lampiran, section UNKNOWN");
  static final GroupId UMUM = GroupId.of("umum");
  private static final Edition EDITION = KippBuilders.edition().build();

  @Override
  public RuleModuleId id() {
    return RuleModuleId.of("sample-2023");
  }

  @Override
  public LocalizedText title() {
    return LocalizedText.same("Sample 2023");
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
    return ParameterSet.newBuilder().set(ParameterKey.of("eligibility.minimumAge", Period.class), Period.ofYears(2), BASIS).build();
  }

  @Override
  public Edition edition() {
    return EDITION;
  }

  @Override
  public StageMachine pipeline() {
    return StageMachine.national();
  }

  @Override
  public ImmutableList<EligibilityRule> eligibilityRules() {
    return ImmutableList.of(
        EligibilityRules.fitsEdition(BASIS),
        EligibilityRules.minimumAge(new AgeRequirement(Cited.of(Period.ofYears(2), BASIS), ImmutableSortedMap.of(), Optional.empty(),
            Cited.of(AgeRequirement.CloseBasis.EXTENDED, BASIS), Cited.of(PartialDateResolution.EARLIEST, BASIS))),
        EligibilityRules.uniqueTitle(BASIS));
  }

  @Override
  public ImmutableList<CriteriaSet> criteria() {
    return ImmutableList.of(KippBuilders.criteria());
  }

  @Override
  public AggregationPolicy aggregation(StageId stage) {
    return Aggregations.mean(BASIS);
  }

  @Override
  public StageCombinationPolicy combination() {
    return StageCombinations.single(KippBuilders.DESK, BASIS);
  }

  @Override
  public TieBreakChain tieBreaks() {
    return TieBreakChain.of(BASIS, TieBreakChain.criterion(io.github.kipp.scoring.CriterionId.of("signifikansi")), TieBreakChain.draw());
  }

  @Override
  public Optional<Cutoff> passMark() {
    return Optional.of(Cutoff.passMark(new java.math.BigDecimal("60"), BASIS));
  }

  @Override
  public ImmutableMap<GroupId, Cutoff> nominations() {
    return ImmutableMap.of(UMUM, Cutoff.topN(3, BASIS));
  }

  @Override
  public ImmutableList<FinalistPool> finalists() {
    return ImmutableList.of(new FinalistPool(TierId.of("top-2"), LocalizedText.same("Top 2"), ImmutableSortedSet.of(UMUM),
        ShortlistSpec.newBuilder().size(2, BASIS).build()));
  }

  @Override
  public ImmutableList<AwardTier> winners() {
    return ImmutableList.of(AwardTier.of("top-1", LocalizedText.same("Top 1"), UMUM, 1, BASIS));
  }

  @Override
  public ConflictOfInterestPolicy conflictOfInterest() {
    return ConflictOfInterestPolicies.institutional();
  }

  @Override
  public Rounding rounding() {
    return KippBuilders.criteria().rounding();
  }
}
