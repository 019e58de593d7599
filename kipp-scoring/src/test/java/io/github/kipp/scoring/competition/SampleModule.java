package io.github.kipp.scoring.competition;

import static io.github.kipp.scoring.ScoringFixtures.CITED;
import static io.github.kipp.scoring.ScoringFixtures.DEFAULT;
import static io.github.kipp.scoring.ScoringFixtures.DESK;
import static io.github.kipp.scoring.ScoringFixtures.DESK_CRITERIA;
import static io.github.kipp.scoring.ScoringFixtures.PRESENTATION;
import static io.github.kipp.scoring.ScoringFixtures.TWO_DECIMALS;
import static io.github.kipp.scoring.ScoringFixtures.ZERO_TO_HUNDRED;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedSet;
import io.github.kipp.core.ActorId;
import io.github.kipp.core.Citation;
import io.github.kipp.core.EditionId;
import io.github.kipp.core.EffectivePeriod;
import io.github.kipp.core.GroupId;
import io.github.kipp.core.KippTime;
import io.github.kipp.core.LocalizedText;
import io.github.kipp.core.ProposalId;
import io.github.kipp.core.RuleModuleId;
import io.github.kipp.core.StageId;
import io.github.kipp.core.TierId;
import io.github.kipp.core.edition.Category;
import io.github.kipp.core.edition.Edition;
import io.github.kipp.core.edition.InnovationGroup;
import io.github.kipp.core.eligibility.EligibilityRule;
import io.github.kipp.core.institution.ThreeTRegions;
import io.github.kipp.core.spi.Jurisdiction;
import io.github.kipp.core.spi.ParameterSet;
import io.github.kipp.core.spi.RuleModule;
import io.github.kipp.core.stage.StageMachine;
import io.github.kipp.scoring.CriteriaSet;
import io.github.kipp.scoring.Criterion;
import io.github.kipp.scoring.Rounding;
import io.github.kipp.scoring.ScoreSheet;
import io.github.kipp.scoring.aggregate.AggregationPolicy;
import io.github.kipp.scoring.aggregate.Aggregations;
import io.github.kipp.scoring.aggregate.StageCombinationPolicy;
import io.github.kipp.scoring.aggregate.StageCombinations;
import io.github.kipp.scoring.panel.ConflictOfInterestPolicies;
import io.github.kipp.scoring.panel.ConflictOfInterestPolicy;
import io.github.kipp.scoring.rank.AwardTier;
import io.github.kipp.scoring.rank.Cutoff;
import io.github.kipp.scoring.rank.TieBreakChain;
import io.github.kipp.scoring.shortlist.ShortlistSpec;
import io.github.kipp.scoring.spi.FinalistPool;
import io.github.kipp.scoring.spi.ScoringRules;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A small module for the competition's own tests: edition {@code kipp-2023} with the groups
 * {@code umum} and {@code khusus}, no eligibility rule, the two-criterion desk stage of {@link
 * io.github.kipp.scoring.ScoringFixtures} and a one-criterion presentation stage, the mean of the
 * sheets, 70 % desk and 30 % presentation, the chain "signifikansi, desk, earlier submission,
 * draw", an optional pass mark, three nominations and a Top 2 of {@code umum}, one nomination of
 * {@code khusus} with no pool, and a Top 1 winner of {@code umum}.
 */
public final class SampleModule implements RuleModule, ScoringRules {

  static final GroupId UMUM = GroupId.of("umum");
  static final GroupId KHUSUS = GroupId.of("khusus");
  static final TierId TOP_2 = TierId.of("top-2");
  static final TierId TOP_1 = TierId.of("top-1");
  public static final CriteriaSet PRESENTATION_CRITERIA = CriteriaSet.of(PRESENTATION,
      List.of(Criterion.of("presentasi", LocalizedText.of("Presentasi", "Presentation"), "1", ZERO_TO_HUNDRED, CITED)), BigDecimal.ONE, TWO_DECIMALS);

  private final Optional<BigDecimal> passMark;
  private final TieBreakChain chain;
  private final ImmutableList<EligibilityRule> rules;
  private final ImmutableList<AwardTier> winners;
  private final Optional<ThreeTRegions> poolRegions;

  private SampleModule(Optional<BigDecimal> passMark, TieBreakChain chain) {
    this(passMark, chain, ImmutableList.of());
  }

  private SampleModule(Optional<BigDecimal> passMark, TieBreakChain chain, ImmutableList<EligibilityRule> rules) {
    this(passMark, chain, rules, ImmutableList.of(AwardTier.of("top-1", LocalizedText.of("Juara", "Winner"), UMUM, 1, CITED)));
  }

  private SampleModule(Optional<BigDecimal> passMark, TieBreakChain chain, ImmutableList<EligibilityRule> rules, ImmutableList<AwardTier> winners) {
    this(passMark, chain, rules, winners, Optional.empty());
  }

  private SampleModule(Optional<BigDecimal> passMark, TieBreakChain chain, ImmutableList<EligibilityRule> rules, ImmutableList<AwardTier> winners,
      Optional<ThreeTRegions> poolRegions) {
    this.passMark = passMark;
    this.chain = chain;
    this.rules = rules;
    this.winners = winners;
    this.poolRegions = poolRegions;
  }

  /** The plain module whose Top 2 pool declares the catalogue of 3T regions its shortlist uses. */
  static SampleModule withPoolRegions(ThreeTRegions regions) {
    SampleModule plain = plain();
    return new SampleModule(Optional.empty(), plain.chain, ImmutableList.of(), plain.winners, Optional.of(regions));
  }

  /** The plain module with another tie-break chain. */
  static SampleModule withChain(TieBreakChain chain) {
    return new SampleModule(Optional.empty(), chain);
  }

  /** The plain module with other award tiers, decided in the order given. */
  static SampleModule withWinners(AwardTier... tiers) {
    return new SampleModule(Optional.empty(), plain().chain, ImmutableList.of(), ImmutableList.copyOf(tiers));
  }

  /** The plain module with eligibility rules. */
  static SampleModule withRules(EligibilityRule... rules) {
    return new SampleModule(Optional.empty(), plain().chain, ImmutableList.copyOf(rules));
  }

  public static SampleModule plain() {
    return new SampleModule(Optional.empty(), TieBreakChain.of(DEFAULT, TieBreakChain.criterion(io.github.kipp.scoring.CriterionId.of("signifikansi")),
        TieBreakChain.stage(DESK), TieBreakChain.earlierSubmission(), TieBreakChain.draw()));
  }

  static SampleModule withPassMark(String mark) {
    return new SampleModule(Optional.of(new BigDecimal(mark)), plain().chain);
  }

  /** The plain module whose chain starts with the presentation's stage score. */
  static SampleModule presentationFirst() {
    return new SampleModule(Optional.empty(), TieBreakChain.of(DEFAULT, TieBreakChain.stage(PRESENTATION), TieBreakChain.stage(DESK),
        TieBreakChain.draw()));
  }

  public static ScoreSheet presentation(String proposal, String evaluator, int score, Instant at) {
    return ScoreSheet.of(ProposalId.of(proposal), ActorId.of(evaluator), PRESENTATION,
        ImmutableMap.of(io.github.kipp.scoring.CriterionId.of("presentasi"), BigDecimal.valueOf(score)), at);
  }

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
    return ImmutableList.of(CITED);
  }

  @Override
  public ParameterSet parameters() {
    return ParameterSet.newBuilder().build();
  }

  @Override
  public Edition edition() {
    return Edition.newBuilder().id(EditionId.of("kipp-2023")).year(2023).title(LocalizedText.same("KIPP 2023")).zone(KippTime.JAKARTA)
        .group(new InnovationGroup(UMUM, LocalizedText.of("Umum", "General"), false, false))
        .group(new InnovationGroup(KHUSUS, LocalizedText.of("Khusus", "Special"), false, false))
        .category(Category.of("kesehatan", "Kesehatan", "Health"))
        .build();
  }

  @Override
  public StageMachine pipeline() {
    return StageMachine.national();
  }

  @Override
  public ImmutableList<EligibilityRule> eligibilityRules() {
    return rules;
  }

  @Override
  public ImmutableList<CriteriaSet> criteria() {
    return ImmutableList.of(DESK_CRITERIA, PRESENTATION_CRITERIA);
  }

  @Override
  public AggregationPolicy aggregation(StageId stage) {
    return Aggregations.mean(DEFAULT);
  }

  @Override
  public StageCombinationPolicy combination() {
    return StageCombinations.weighted(ImmutableMap.of(DESK, new BigDecimal("0.7"), PRESENTATION, new BigDecimal("0.3")), TWO_DECIMALS, CITED);
  }

  @Override
  public TieBreakChain tieBreaks() {
    return chain;
  }

  @Override
  public Optional<Cutoff> passMark() {
    return passMark.map(m -> Cutoff.passMark(m, CITED));
  }

  @Override
  public ImmutableMap<GroupId, Cutoff> nominations() {
    return ImmutableMap.of(UMUM, Cutoff.topN(3, CITED), KHUSUS, Cutoff.topN(1, CITED));
  }

  @Override
  public ImmutableList<FinalistPool> finalists() {
    return ImmutableList.of(new FinalistPool(TOP_2, LocalizedText.of("Top 2 Umum", "Top 2 general"), ImmutableSortedSet.of(UMUM),
        poolRegions.map(r -> ShortlistSpec.newBuilder().size(2, CITED).threeTRegions(r)).orElse(ShortlistSpec.newBuilder().size(2, CITED)).build()));
  }

  @Override
  public ImmutableList<AwardTier> winners() {
    return winners;
  }

  @Override
  public ConflictOfInterestPolicy conflictOfInterest() {
    return ConflictOfInterestPolicies.institutional();
  }

  @Override
  public Rounding rounding() {
    return TWO_DECIMALS;
  }
}
