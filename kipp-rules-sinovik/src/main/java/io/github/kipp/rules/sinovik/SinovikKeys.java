package io.github.kipp.rules.sinovik;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import com.google.common.reflect.TypeToken;
import io.github.kipp.core.EditionId;
import io.github.kipp.core.GroupId;
import io.github.kipp.core.LocalizedText;
import io.github.kipp.core.StageId;
import io.github.kipp.core.edition.Category;
import io.github.kipp.core.edition.InnovationGroup;
import io.github.kipp.core.edition.Schedule;
import io.github.kipp.core.edition.SectionSpec;
import io.github.kipp.core.edition.VideoRules;
import io.github.kipp.core.eligibility.AgeRequirement;
import io.github.kipp.core.eligibility.CapRefusal;
import io.github.kipp.core.eligibility.HistoryCondition;
import io.github.kipp.core.innovation.AttachmentKind;
import io.github.kipp.core.innovation.PartialDateResolution;
import io.github.kipp.core.spi.ParameterKey;
import io.github.kipp.core.stage.StageMachine;
import io.github.kipp.scoring.CriteriaSet;
import io.github.kipp.scoring.Rounding;
import io.github.kipp.scoring.panel.ConflictOfInterestPolicy;
import io.github.kipp.scoring.aggregate.AggregationPolicy;
import io.github.kipp.scoring.rank.AwardTier;
import io.github.kipp.scoring.aggregate.StageCombinationPolicy;
import io.github.kipp.scoring.rank.TieBreakChain;
import java.math.BigDecimal;
import java.time.Period;
import java.time.ZoneId;

/**
 * The parameters a {@link SinovikModule} is built from. A regional module overrides some of them,
 * each with its own citation; the module diff compares them key by key.
 *
 * <p>Optional keys ({@link #MINIMUM_AGE_PANDEMIC}, {@link #CAP_REFUSAL}, {@link #REPLICATION_GROUP}
 * with {@link #REPLICATION_SOURCE}, {@link #REQUIRED_ATTACHMENTS}, {@link #PASS_MARK}) are absent
 * where the edition has no such rule.
 */
public final class SinovikKeys {

  private SinovikKeys() {}

  /** The edition's id, such as {@code kipp-2023}. */
  public static final ParameterKey<EditionId> EDITION_ID = ParameterKey.of("edition.id", EditionId.class);
  /** The edition's title. */
  public static final ParameterKey<LocalizedText> EDITION_TITLE = ParameterKey.of("edition.title", LocalizedText.class);
  /** The edition's theme (<i>tema</i>). */
  public static final ParameterKey<LocalizedText> EDITION_THEME = ParameterKey.of("edition.theme", LocalizedText.class);
  /** The time zone the edition's deadlines are published in. */
  public static final ParameterKey<ZoneId> ZONE = ParameterKey.of("edition.zone", ZoneId.class);
  /** The schedule: windows of registration, evaluation, public review, presentations …. */
  public static final ParameterKey<Schedule> SCHEDULE = ParameterKey.of("edition.schedule", Schedule.class);
  /** The groups (<i>kelompok</i>). */
  public static final ParameterKey<ImmutableList<InnovationGroup>> GROUPS =
      ParameterKey.of("edition.groups", new TypeToken<ImmutableList<InnovationGroup>>() {});
  /** The category catalogue (<i>kategori</i>). */
  public static final ParameterKey<ImmutableList<Category>> CATEGORIES =
      ParameterKey.of("edition.categories", new TypeToken<ImmutableList<Category>>() {});
  /** The proposal sections (<i>aspek</i>) with weights and word limits. */
  public static final ParameterKey<ImmutableList<SectionSpec>> SECTIONS =
      ParameterKey.of("edition.sections", new TypeToken<ImmutableList<SectionSpec>>() {});
  /** The video rules. */
  public static final ParameterKey<VideoRules> VIDEO = ParameterKey.of("edition.video", VideoRules.class);
  /** The least number of SDG targets a proposal names. */
  public static final ParameterKey<Integer> MINIMUM_SDGS = ParameterKey.of("edition.minimumSdgs", Integer.class);
  /** The stage pipeline. */
  public static final ParameterKey<StageMachine> PIPELINE = ParameterKey.of("pipeline", StageMachine.class);

  /** The administrative requirement that a proposal be complete and fit the form. */
  public static final ParameterKey<Boolean> FITS_EDITION = ParameterKey.of("eligibility.fitsEdition", Boolean.class);
  /** The general minimum age of an innovation. */
  public static final ParameterKey<Period> MINIMUM_AGE = ParameterKey.of("eligibility.minimumAge", Period.class);
  /** Minimum ages of particular groups. */
  public static final ParameterKey<ImmutableMap<GroupId, Period>> MINIMUM_AGE_BY_GROUP =
      ParameterKey.of("eligibility.minimumAge.byGroup", new TypeToken<ImmutableMap<GroupId, Period>>() {});
  /** The minimum age of a pandemic-related innovation (2022). Optional. */
  public static final ParameterKey<Period> MINIMUM_AGE_PANDEMIC = ParameterKey.of("eligibility.minimumAge.pandemic", Period.class);
  /** Which registration close the age is counted back from. */
  public static final ParameterKey<AgeRequirement.CloseBasis> AGE_CLOSE =
      ParameterKey.of("eligibility.minimumAge.close", AgeRequirement.CloseBasis.class);
  /** How a start date known only to the month or year is read. */
  public static final ParameterKey<PartialDateResolution> AGE_PARTIAL_DATES =
      ParameterKey.of("eligibility.minimumAge.partialDates", PartialDateResolution.class);
  /** Caps on proposals per institution, by group; groups absent are not capped. */
  public static final ParameterKey<ImmutableMap<GroupId, Integer>> CAPS =
      ParameterKey.of("eligibility.caps", new TypeToken<ImmutableMap<GroupId, Integer>>() {});
  /**
   * Which proposals beyond an institution's cap are refused (2021: the latest submitted). Required
   * when {@link #CAPS} caps a group; absent otherwise.
   */
  public static final ParameterKey<CapRefusal> CAP_REFUSAL = ParameterKey.of("eligibility.caps.refusal", CapRefusal.class);
  /** Groups open by invitation only. */
  public static final ParameterKey<ImmutableSet<GroupId>> INVITATION_ONLY =
      ParameterKey.of("eligibility.invitationOnly", new TypeToken<ImmutableSet<GroupId>>() {});
  /** Conditions on past results, by group (exclusion of earlier winners, <i>khusus</i>). */
  public static final ParameterKey<ImmutableMap<GroupId, HistoryCondition>> PAST_RESULTS =
      ParameterKey.of("eligibility.pastResults", new TypeToken<ImmutableMap<GroupId, HistoryCondition>>() {});
  /** The replication group. Optional, with {@link #REPLICATION_SOURCE}. */
  public static final ParameterKey<GroupId> REPLICATION_GROUP = ParameterKey.of("eligibility.replication.group", GroupId.class);
  /** What a replicated innovation must have reached. Optional, with {@link #REPLICATION_GROUP}. */
  public static final ParameterKey<HistoryCondition> REPLICATION_SOURCE =
      ParameterKey.of("eligibility.replication.sourceQualifies", HistoryCondition.class);
  /** The region a regional round admits entrants from. Optional: national modules have none. */
  public static final ParameterKey<io.github.kipp.core.institution.RegionCode> ENTRANT_REGION =
      ParameterKey.of("eligibility.entrantRegion", io.github.kipp.core.institution.RegionCode.class);
  /**
   * The kinds of entrant a regional round admits: institution types and unit kinds (a province's own
   * <i>perangkat daerah</i>; a regency's <i>kecamatan</i> and <i>desa/kelurahan</i>). Optional:
   * national modules have none.
   */
  public static final ParameterKey<io.github.kipp.core.eligibility.EntrantKinds> ENTRANT_KINDS =
      ParameterKey.of("eligibility.entrantKinds", io.github.kipp.core.eligibility.EntrantKinds.class);
  /** Whether a title used by an earlier submission is refused. */
  public static final ParameterKey<Boolean> UNIQUE_TITLE = ParameterKey.of("eligibility.uniqueTitle", Boolean.class);
  /**
   * The kinds of attachment every proposal must carry (2025: the innovator's identity statement and
   * the letter agreeing to replication), checked with the edition's form. Optional: absent where no
   * attachment is required.
   */
  public static final ParameterKey<ImmutableSet<AttachmentKind>> REQUIRED_ATTACHMENTS =
      ParameterKey.of("eligibility.requiredAttachments", new TypeToken<ImmutableSet<AttachmentKind>>() {});

  /**
   * Eligibility rules of kinds a host wrote in Java ({@link EligibilityRuleKind}), applied after
   * kipp's own in the order given; a module file names them by the id they are registered under in
   * a {@link RuleKindRegistry}. Optional.
   */
  public static final ParameterKey<ImmutableList<io.github.kipp.core.eligibility.EligibilityRule>> HOST_RULES =
      ParameterKey.of("eligibility.hostRules", new TypeToken<ImmutableList<io.github.kipp.core.eligibility.EligibilityRule>>() {});

  /** How scores that decide a rank are rounded. */
  public static final ParameterKey<Rounding> ROUNDING = ParameterKey.of("scoring.rounding", Rounding.class);
  /** The criteria of each scoring stage. */
  public static final ParameterKey<ImmutableList<CriteriaSet>> CRITERIA =
      ParameterKey.of("scoring.criteria", new TypeToken<ImmutableList<CriteriaSet>>() {});
  /** How each scoring stage aggregates its sheets. */
  public static final ParameterKey<ImmutableMap<StageId, AggregationPolicy>> AGGREGATION =
      ParameterKey.of("scoring.aggregation", new TypeToken<ImmutableMap<StageId, AggregationPolicy>>() {});
  /** How stage results combine into the final score. */
  public static final ParameterKey<StageCombinationPolicy> COMBINATION =
      ParameterKey.of("scoring.combination", StageCombinationPolicy.class);
  /** The tie-break chain. */
  public static final ParameterKey<TieBreakChain> TIE_BREAKS = ParameterKey.of("scoring.tieBreaks", TieBreakChain.class);
  /** The desk evaluation's pass mark, inclusive (2025: 85). Optional. */
  public static final ParameterKey<BigDecimal> PASS_MARK = ParameterKey.of("scoring.passMark", BigDecimal.class);
  /**
   * The scoring stages whose evaluators see proposals without the entrant until the stage is frozen
   * ({@code io.github.kipp.core.blind.BlindStages}). Optional: a module without it declares no stage
   * blind ({@code BlindStages.none()}, cited UNKNOWN).
   */
  public static final ParameterKey<ImmutableSet<StageId>> BLIND_STAGES =
      ParameterKey.of("scoring.blindStages", new TypeToken<ImmutableSet<StageId>>() {});
  /** How many proposals of each group the desk evaluators nominate. */
  public static final ParameterKey<ImmutableMap<GroupId, Integer>> NOMINATIONS =
      ParameterKey.of("scoring.nominations", new TypeToken<ImmutableMap<GroupId, Integer>>() {});
  /** The finalist pools (Top 99, Top 15 …) with their sizes and quotas. */
  public static final ParameterKey<ImmutableList<io.github.kipp.scoring.spi.FinalistPool>> FINALISTS =
      ParameterKey.of("scoring.finalists", new TypeToken<ImmutableList<io.github.kipp.scoring.spi.FinalistPool>>() {});
  /** The winners' tiers. */
  public static final ParameterKey<ImmutableList<AwardTier>> WINNERS =
      ParameterKey.of("scoring.winners", new TypeToken<ImmutableList<AwardTier>>() {});
  /** The conflict-of-interest policy of the panels. */
  public static final ParameterKey<ConflictOfInterestPolicy> CONFLICT_OF_INTEREST =
      ParameterKey.of("scoring.conflictOfInterest", ConflictOfInterestPolicy.class);
}
