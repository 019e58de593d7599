package io.github.kipp.rules.sinovik;

import static io.github.kipp.core.meta.BuilderChecks.required;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.errorprone.annotations.CanIgnoreReturnValue;
import io.github.kipp.core.Cited;
import io.github.kipp.core.Citation;
import io.github.kipp.core.EffectivePeriod;
import io.github.kipp.core.GroupId;
import io.github.kipp.core.LocalizedText;
import io.github.kipp.core.RuleModuleId;
import io.github.kipp.core.edition.Edition;
import io.github.kipp.core.eligibility.AgeRequirement;
import io.github.kipp.core.eligibility.EligibilityRule;
import io.github.kipp.core.eligibility.EligibilityRules;
import io.github.kipp.core.eligibility.HistoryCondition;
import io.github.kipp.core.spi.Jurisdiction;
import io.github.kipp.core.spi.ParameterKey;
import io.github.kipp.core.spi.ParameterSet;
import io.github.kipp.core.rule.RuleModuleChecks;
import io.github.kipp.core.spi.RuleModule;
import io.github.kipp.core.stage.StageMachine;
import io.github.kipp.scoring.CriteriaSet;
import io.github.kipp.scoring.Rounding;
import io.github.kipp.scoring.panel.ConflictOfInterestPolicy;
import io.github.kipp.scoring.aggregate.AggregationPolicy;
import io.github.kipp.scoring.rank.AwardTier;
import io.github.kipp.scoring.rank.Cutoff;
import io.github.kipp.scoring.aggregate.StageCombinationPolicy;
import io.github.kipp.scoring.rank.TieBreakChain;
import io.github.kipp.scoring.spi.ScoringRules;
import java.time.Period;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A rule module of the SINOVIK family, built entirely from its cited {@link ParameterSet} (keys in
 * {@link SinovikKeys}): the edition, the pipeline and the eligibility rules are derived from the
 * parameters, so a regional variant that overrides a parameter changes exactly what that parameter
 * governs.
 *
 * <p>The national modules come from {@link SinovikRules}; a regional government extends one with
 * {@link #extend(SinovikModule)}, declaring each override with its own citation, and gets a new module
 * whose id carries its lineage ({@code sinovik-2023/sulsel-2023}). Such a variant is built and
 * registered by hand, never discovered.
 *
 * <p>Immutable and thread-safe; everything is computed when the module is built.
 */
public final class SinovikModule implements RuleModule, ScoringRules {

  private final RuleModuleId id;
  private final LocalizedText title;
  private final Jurisdiction jurisdiction;
  private final EffectivePeriod period;
  private final int editionYear;
  private final ImmutableList<Citation> legalBasis;
  private final ParameterSet parameters;
  private final Edition edition;
  private final ImmutableList<EligibilityRule> eligibility;

  private SinovikModule(Builder b) {
    this.id = required(b.id, Builder.class, "id");
    this.title = required(b.title, Builder.class, "title");
    this.jurisdiction = required(b.jurisdiction, Builder.class, "jurisdiction");
    this.period = required(b.period, Builder.class, "effectivePeriod");
    this.editionYear = required(b.editionYear, Builder.class, "editionYear");
    this.legalBasis = b.legalBasis.build();
    this.parameters = required(b.parameters, Builder.class, "parameters");
    RuleModuleChecks.requireCited(id, parameters);
    this.edition = buildEdition();
    this.eligibility = buildEligibility();
  }

  private Edition buildEdition() {
    Edition.Builder b = Edition.newBuilder()
        .id(parameters.get(SinovikKeys.EDITION_ID))
        .year(editionYear)
        .title(parameters.get(SinovikKeys.EDITION_TITLE))
        .zone(parameters.get(SinovikKeys.ZONE))
        .schedule(parameters.get(SinovikKeys.SCHEDULE))
        .videoRules(parameters.get(SinovikKeys.VIDEO))
        .minimumSdgs(parameters.get(SinovikKeys.MINIMUM_SDGS));
    parameters.find(SinovikKeys.EDITION_THEME).ifPresent(t -> b.theme(t.value()));
    parameters.get(SinovikKeys.GROUPS).forEach(b::group);
    parameters.get(SinovikKeys.CATEGORIES).forEach(b::category);
    parameters.get(SinovikKeys.SECTIONS).forEach(b::section);
    parameters.find(SinovikKeys.REQUIRED_ATTACHMENTS).ifPresent(p -> p.value().forEach(b::requiredAttachment));
    return b.build();
  }

  private <T> Cited<T> cited(ParameterKey<T> key) {
    return Cited.of(parameters.get(key), parameters.citation(key));
  }

  private ImmutableList<EligibilityRule> buildEligibility() {
    ImmutableList.Builder<EligibilityRule> rules = ImmutableList.builder();
    if (parameters.get(SinovikKeys.FITS_EDITION)) {
      ImmutableMap.Builder<String, Citation> byCode = ImmutableMap.<String, Citation>builder()
          .put("kipp.proposal.video", cited(SinovikKeys.VIDEO).citation())
          .put("kipp.proposal.section", cited(SinovikKeys.SECTIONS).citation())
          .put("kipp.edition.unknownCategory", cited(SinovikKeys.CATEGORIES).citation())
          .put("kipp.edition.unknownGroup", cited(SinovikKeys.GROUPS).citation())
          .put("kipp.proposal.replication", cited(SinovikKeys.GROUPS).citation())
          .put("kipp.proposal.sdgsMissing", cited(SinovikKeys.MINIMUM_SDGS).citation());
      if (parameters.find(SinovikKeys.REQUIRED_ATTACHMENTS).isPresent()) {
        byCode.put("kipp.proposal.attachment", cited(SinovikKeys.REQUIRED_ATTACHMENTS).citation());
      }
      rules.add(EligibilityRules.fitsEdition(cited(SinovikKeys.FITS_EDITION).citation(), byCode.buildOrThrow()));
    }
    if (parameters.find(SinovikKeys.ENTRANT_REGION).isPresent()) {
      rules.add(EligibilityRules.withinRegion(parameters.get(SinovikKeys.ENTRANT_REGION), cited(SinovikKeys.ENTRANT_REGION).citation()));
    }
    if (parameters.find(SinovikKeys.ENTRANT_KINDS).isPresent()) {
      rules.add(EligibilityRules.entrantKinds(parameters.get(SinovikKeys.ENTRANT_KINDS), cited(SinovikKeys.ENTRANT_KINDS).citation()));
    }
    ImmutableMap.Builder<GroupId, Cited<Period>> byGroup = ImmutableMap.builder();
    Cited<ImmutableMap<GroupId, Period>> groupAges = cited(SinovikKeys.MINIMUM_AGE_BY_GROUP);
    groupAges.value().forEach((g, p) -> byGroup.put(g, Cited.of(p, groupAges.citation())));
    Optional<Cited<Period>> pandemic = parameters.find(SinovikKeys.MINIMUM_AGE_PANDEMIC).map(p -> cited(SinovikKeys.MINIMUM_AGE_PANDEMIC));
    rules.add(EligibilityRules.minimumAge(new AgeRequirement(
        cited(SinovikKeys.MINIMUM_AGE),
        com.google.common.collect.ImmutableSortedMap.copyOf(byGroup.buildOrThrow()),
        pandemic,
        cited(SinovikKeys.AGE_CLOSE),
        cited(SinovikKeys.AGE_PARTIAL_DATES))));
    Cited<ImmutableMap<GroupId, Integer>> caps = cited(SinovikKeys.CAPS);
    if (!caps.value().isEmpty()) {
      ImmutableMap.Builder<GroupId, Cited<Integer>> c = ImmutableMap.builder();
      caps.value().forEach((g, n) -> c.put(g, Cited.of(n, caps.citation())));
      if (parameters.find(SinovikKeys.CAP_REFUSAL).isEmpty()) {
        throw new IllegalStateException("module " + id + " caps groups " + caps.value().keySet() + " but declares no "
            + SinovikKeys.CAP_REFUSAL + "; set which proposals beyond the cap are refused, with its citation");
      }
      rules.add(EligibilityRules.institutionCap(c.buildOrThrow(), cited(SinovikKeys.CAP_REFUSAL)));
    }
    Cited<com.google.common.collect.ImmutableSet<GroupId>> invited = cited(SinovikKeys.INVITATION_ONLY);
    invited.value().stream().sorted().forEach(g -> rules.add(EligibilityRules.invitationOnly(g, invited.citation())));
    Cited<ImmutableMap<GroupId, HistoryCondition>> past = cited(SinovikKeys.PAST_RESULTS);
    past.value().entrySet().stream().sorted(Map.Entry.comparingByKey())
        .forEach(e -> rules.add(EligibilityRules.pastResults(ImmutableList.of(e.getKey()), e.getValue(), past.citation())));
    if (parameters.find(SinovikKeys.REPLICATION_GROUP).isPresent()) {
      rules.add(EligibilityRules.replicationSource(parameters.get(SinovikKeys.REPLICATION_GROUP),
          parameters.get(SinovikKeys.REPLICATION_SOURCE), cited(SinovikKeys.REPLICATION_SOURCE).citation()));
    }
    if (parameters.get(SinovikKeys.UNIQUE_TITLE)) {
      rules.add(EligibilityRules.uniqueTitle(cited(SinovikKeys.UNIQUE_TITLE).citation()));
    }
    parameters.find(SinovikKeys.HOST_RULES).ifPresent(p -> rules.addAll(p.value()));
    return rules.build();
  }

  /**
   * Returns a builder for a module made from scratch; national modules come from {@link
   * SinovikRules}, regional ones from {@link #extend(SinovikModule)}.
   *
   * @return a builder, not null
   */
  public static Builder newBuilder() {
    return new Builder();
  }

  /**
   * Starts a regional variant of a module: its parameters, with the overrides the region declares.
   * The variant needs its own id segment, title and jurisdiction; its effective period and edition
   * year default to the base's, and its legal basis adds to the base's. It inherits the base's
   * edition id unless it overrides {@link SinovikKeys#EDITION_ID}: a registry refuses two modules
   * defining one edition, so a variant registered beside its base names its own edition.
   *
   * <pre>{@code
   * SinovikModule sulsel = SinovikModule.extend(SinovikRules.edition2023())
   *     .variant("sulsel-2023")
   *     .title(LocalizedText.of("KIPP Provinsi Sulawesi Selatan 2023", "South Sulawesi KIPP 2023"))
   *     .jurisdiction(Jurisdiction.province(RegionCode.of("73"), LocalizedText.same("Provinsi Sulawesi Selatan")))
   *     .legalBasis(panduanSulsel)
   *     .override(SinovikKeys.EDITION_ID, EditionId.of("sulsel-2023"), panduanSulsel)
   *     .override(SinovikKeys.ZONE, KippTime.MAKASSAR, panduanSulsel)
   *     .build();
   * }</pre>
   *
   * @param base the module extended, not null
   * @return a builder holding the base's parameters, not null
   */
  public static Builder extend(SinovikModule base) {
    requireNonNull(base, "base");
    Builder b = new Builder();
    b.base = base;
    b.period = base.period;
    b.editionYear = base.editionYear;
    b.legalBasis.addAll(base.legalBasis);
    b.overrides = base.parameters.toBuilder();
    return b;
  }

  @Override
  public RuleModuleId id() {
    return id;
  }

  @Override
  public LocalizedText title() {
    return title;
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
    return editionYear;
  }

  @Override
  public ImmutableList<Citation> legalBasis() {
    return legalBasis;
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
    return parameters.get(SinovikKeys.PIPELINE);
  }

  @Override
  public ImmutableList<EligibilityRule> eligibilityRules() {
    return eligibility;
  }

  @Override
  public ImmutableList<CriteriaSet> criteria() {
    return parameters.get(SinovikKeys.CRITERIA);
  }

  @Override
  public AggregationPolicy aggregation(io.github.kipp.core.StageId stage) {
    AggregationPolicy policy = parameters.get(SinovikKeys.AGGREGATION).get(requireNonNull(stage, "stage"));
    if (policy == null) {
      throw new IllegalArgumentException("module " + id + " does not score stage " + stage + "; it scores "
          + parameters.get(SinovikKeys.AGGREGATION).keySet());
    }
    return policy;
  }

  @Override
  public StageCombinationPolicy combination() {
    return parameters.get(SinovikKeys.COMBINATION);
  }

  @Override
  public TieBreakChain tieBreaks() {
    return parameters.get(SinovikKeys.TIE_BREAKS);
  }

  @Override
  public Optional<Cutoff> passMark() {
    return parameters.find(SinovikKeys.PASS_MARK).map(p -> Cutoff.passMark(p.value(), cited(SinovikKeys.PASS_MARK).citation()));
  }

  /**
   * Returns the stages declared blind under {@code scoring.blindStages}, with that parameter's
   * citation, or {@link io.github.kipp.core.blind.BlindStages#none()} when the module declares none.
   */
  @Override
  public io.github.kipp.core.blind.BlindStages blindStages() {
    return parameters.find(SinovikKeys.BLIND_STAGES)
        .map(p -> io.github.kipp.core.blind.BlindStages.of(cited(SinovikKeys.BLIND_STAGES).citation(), p.value()))
        .orElse(io.github.kipp.core.blind.BlindStages.none());
  }

  @Override
  public ImmutableMap<GroupId, Cutoff> nominations() {
    Cited<ImmutableMap<GroupId, Integer>> counts = cited(SinovikKeys.NOMINATIONS);
    ImmutableMap.Builder<GroupId, Cutoff> out = ImmutableMap.builder();
    counts.value().forEach((g, n) -> out.put(g, Cutoff.topN(n, counts.citation())));
    return out.buildOrThrow();
  }

  @Override
  public ImmutableList<io.github.kipp.scoring.spi.FinalistPool> finalists() {
    return parameters.get(SinovikKeys.FINALISTS);
  }

  @Override
  public ImmutableList<AwardTier> winners() {
    return parameters.get(SinovikKeys.WINNERS);
  }

  @Override
  public ConflictOfInterestPolicy conflictOfInterest() {
    return parameters.get(SinovikKeys.CONFLICT_OF_INTEREST);
  }

  @Override
  public Rounding rounding() {
    return parameters.get(SinovikKeys.ROUNDING);
  }

  /** Returns {@code id (title)}. */
  @Override
  public String toString() {
    return id + " (" + title.english() + ")";
  }

  /**
   * Builds a {@link SinovikModule}: from scratch, or as a regional variant made by {@link
   * SinovikModule#extend(SinovikModule)}. Not thread-safe.
   */
  public static final class Builder {
    private @Nullable SinovikModule base;
    private @Nullable RuleModuleId id;
    private @Nullable LocalizedText title;
    private @Nullable Jurisdiction jurisdiction;
    private @Nullable EffectivePeriod period;
    private @Nullable Integer editionYear;
    private final ImmutableList.Builder<Citation> legalBasis = ImmutableList.builder();
    private @Nullable ParameterSet parameters;
    private ParameterSet.@Nullable Builder overrides;

    private Builder() {}

    /**
     * Sets the id of a module made from scratch.
     *
     * @param value the id, not null
     * @return this builder
     * @throws IllegalStateException if this builder extends a module (use {@link #variant(String)})
     */
    @CanIgnoreReturnValue
    public Builder id(RuleModuleId value) {
      if (base != null) {
        throw new IllegalStateException("a regional variant of " + base.id + " takes its id from variant(segment)");
      }
      id = requireNonNull(value, "id");
      return this;
    }

    /**
     * Sets a variant's own id segment; its id is the base's id, a slash and the segment.
     *
     * @param segment such as {@code sulsel-2023}; not null
     * @return this builder
     * @throws IllegalStateException if this builder does not extend a module
     */
    @CanIgnoreReturnValue
    public Builder variant(String segment) {
      if (base == null) {
        throw new IllegalStateException("variant(segment) is for modules made with SinovikModule.extend(base); use id(…)");
      }
      id = base.id.variant(requireNonNull(segment, "segment"));
      return this;
    }

    /**
     * Sets the title.
     *
     * @param value the title, not null
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder title(LocalizedText value) {
      title = requireNonNull(value, "title");
      return this;
    }

    /**
     * Sets the jurisdiction.
     *
     * @param value the jurisdiction, not null
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder jurisdiction(Jurisdiction value) {
      jurisdiction = requireNonNull(value, "jurisdiction");
      return this;
    }

    /**
     * Sets the effective period (a variant defaults to its base's).
     *
     * @param value the period, not null
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder effectivePeriod(EffectivePeriod value) {
      period = requireNonNull(value, "effectivePeriod");
      return this;
    }

    /**
     * Sets the year of the national edition implemented or fed (a variant defaults to its base's).
     *
     * @param value the year
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder editionYear(int value) {
      editionYear = value;
      return this;
    }

    /**
     * Adds instruments to the legal basis.
     *
     * @param citations the instruments, each cited
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder legalBasis(Citation... citations) {
      legalBasis.add(citations);
      return this;
    }

    /**
     * Sets every parameter of a module made from scratch.
     *
     * @param value the parameters, not null
     * @return this builder
     * @throws IllegalStateException if this builder extends a module (use {@link #override})
     */
    @CanIgnoreReturnValue
    public Builder parameters(ParameterSet value) {
      if (base != null) {
        throw new IllegalStateException("a regional variant of " + base.id + " changes parameters with override(key, value, citation)");
      }
      parameters = requireNonNull(value, "parameters");
      return this;
    }

    /**
     * Overrides, or adds, one parameter of a variant, with the citation of the regional instrument
     * that sets it (or UNKNOWN with the documented default).
     *
     * @param key the parameter, not null
     * @param value the new value, not null
     * @param citation where it comes from, not null
     * @param <T> the value's type
     * @return this builder
     * @throws NullPointerException if the key, value or citation is null, naming the key (a
     *     programmer error, as every null argument in kipp)
     * @throws IllegalStateException if this builder does not extend a module
     */
    @CanIgnoreReturnValue
    public <T> Builder override(ParameterKey<T> key, T value, Citation citation) {
      requireNonNull(key, "key");
      requireNonNull(value, () -> "override of " + key + " has no value; remove(key) drops an optional parameter");
      requireNonNull(citation, () -> "override of " + key + " has no citation; cite the regional instrument that sets it,"
          + " or Citation.unknown(instrument, documentedDefault) for a default");
      if (overrides == null) {
        throw new IllegalStateException("override(…) is for modules made with SinovikModule.extend(base)");
      }
      overrides.set(key, value, citation);
      return this;
    }

    /**
     * Removes an optional parameter from a variant, such as a replication rule the region does not
     * have.
     *
     * @param key the parameter, not null
     * @return this builder
     * @throws IllegalStateException if this builder does not extend a module
     */
    @CanIgnoreReturnValue
    public Builder remove(ParameterKey<?> key) {
      if (overrides == null) {
        throw new IllegalStateException("remove(…) is for modules made with SinovikModule.extend(base)");
      }
      overrides.remove(key);
      return this;
    }

    /**
     * Builds the module.
     *
     * @return the module, not null
     * @throws IllegalStateException if id, title, jurisdiction, period, edition year or parameters
     *     are missing, or a required parameter is absent
     * @throws io.github.kipp.core.rule.InvalidRuleModuleException if a parameter is uncited ({@code
     *     kipp.module.uncited}, one violation per parameter): a module is refused when it is built,
     *     not only when it is registered
     * @throws io.github.kipp.core.InvalidInputException if the parameters make an invalid edition
     */
    public SinovikModule build() {
      if (overrides != null) {
        parameters = overrides.build();
      }
      return new SinovikModule(this);
    }
  }
}
