package io.github.kipp.testkit;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import com.google.errorprone.annotations.CanIgnoreReturnValue;
import io.github.kipp.core.ActorId;
import io.github.kipp.core.CategoryId;
import io.github.kipp.core.Citation;
import io.github.kipp.core.EditionId;
import io.github.kipp.core.GroupId;
import io.github.kipp.core.InnovationId;
import io.github.kipp.core.KippTime;
import io.github.kipp.core.LocalizedText;
import io.github.kipp.core.ProposalId;
import io.github.kipp.core.Role;
import io.github.kipp.core.StageId;
import io.github.kipp.core.edition.Category;
import io.github.kipp.core.edition.Edition;
import io.github.kipp.core.edition.InnovationGroup;
import io.github.kipp.core.edition.Phase;
import io.github.kipp.core.edition.Schedule;
import io.github.kipp.core.edition.SectionSpec;
import io.github.kipp.core.edition.Window;
import io.github.kipp.core.eligibility.EligibilityContext;
import io.github.kipp.core.innovation.Attachment;
import io.github.kipp.core.innovation.AttachmentKind;
import io.github.kipp.core.innovation.ImplementationStart;
import io.github.kipp.core.innovation.Innovation;
import io.github.kipp.core.innovation.Proposal;
import io.github.kipp.core.innovation.ProposalSection;
import io.github.kipp.core.innovation.Replication;
import io.github.kipp.core.innovation.SdgTarget;
import io.github.kipp.core.innovation.Video;
import io.github.kipp.core.institution.Institution;
import io.github.kipp.core.institution.InstitutionType;
import io.github.kipp.core.institution.RegionCode;
import io.github.kipp.core.institution.Unit;
import io.github.kipp.core.institution.UnitKind;
import io.github.kipp.scoring.CriteriaSet;
import io.github.kipp.scoring.Criterion;
import io.github.kipp.scoring.CriterionId;
import io.github.kipp.scoring.Rounding;
import io.github.kipp.scoring.Scale;
import io.github.kipp.scoring.ScoreSheet;
import io.github.kipp.scoring.panel.Evaluator;
import io.github.kipp.testkit.internal.ProposalDefaults;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Fluent builders with sensible defaults for kipp's values, so that a test needs one line for a
 * valid one:
 *
 * <pre>{@code
 * Proposal p = KippBuilders.proposal().build();                       // valid for KippBuilders.edition()
 * Proposal q = KippBuilders.proposalFor(module.edition()).id("q").group("khusus").started(LocalDate.of(2019, 5, 12)).build();
 * ScoreSheet s = KippBuilders.sheet(criteria).proposal("q").evaluator("te-1").all("80").build();
 * Proposal r = KippBuilders.proposalFor(module.edition()).id("r").sdgs("3.2", "6.1").video(Duration.ofMinutes(5), 720)
 *     .submittedAt(Instant.parse("2025-05-20T03:00:00Z")).submitTo(context);      // an EligibilityContext.Builder
 * ScoreSheet t = KippBuilders.sheetFor(module.edition(), criteria).proposal("r").build();   // stamped inside the edition's window
 * }</pre>
 *
 * <p>Defaults: the institution is Pemerintah Kabupaten Luwu Utara (73.22); the edition is a small
 * 2023-shaped competition ({@code kipp-test}: groups umum, replikasi, khusus; three categories; a
 * weighted form; registration 13 March – 6 May 2023 WIB); a proposal started on 1 January 2020 and
 * answers every required section of its group, names enough SDG goals, carries a video meeting the
 * edition's rules and one attachment of each kind the edition requires, and is submitted at noon of
 * the first day of the edition's submission (or registration) window. Builders are not thread-safe;
 * build a new one per value.
 */
public final class KippBuilders {

  /** The default institution. */
  public static final Institution LUWU_UTARA =
      Institution.regionalGovernment("pemkab-luwu-utara", "Pemerintah Kabupaten Luwu Utara", InstitutionType.KABUPATEN, RegionCode.of("73.22"));

  /** The default evaluators' institution, an agency outside every regional government. */
  public static final Institution UNIVERSITY = Institution.central("universitas", "Universitas Negeri", InstitutionType.LEMBAGA);

  /** The citation of every default the builders choose. */
  public static final Citation TEST_DEFAULT = Citation.unknown("kipp-testkit", "a default chosen by the test kit's builders");

  /** The scoring stage of {@link #criteria()}. */
  public static final StageId DESK = StageId.of("evaluasi-proposal");

  private KippBuilders() {}

  /**
   * Starts an institution (default: Pemerintah Kabupaten Luwu Utara).
   *
   * @return a builder, not null
   */
  public static InstitutionBuilder institution() {
    return new InstitutionBuilder();
  }

  /**
   * Starts the default edition.
   *
   * @return a builder, not null
   */
  public static Edition.Builder edition() {
    return Edition.newBuilder()
        .id(EditionId.of("kipp-test"))
        .year(2023)
        .title(LocalizedText.of("KIPP Uji", "Test KIPP"))
        .schedule(Schedule.of(Map.of(
            Phase.REGISTRATION, Window.days(LocalDate.of(2023, 3, 13), LocalDate.of(2023, 5, 6), KippTime.JAKARTA),
            Phase.SUBMISSION, Window.days(LocalDate.of(2023, 3, 13), LocalDate.of(2023, 5, 6), KippTime.JAKARTA))))
        .group(InnovationGroup.open("umum", "Umum", "General"))
        .group(new InnovationGroup(GroupId.of("replikasi"), LocalizedText.of("Replikasi", "Replication"), false, true))
        .group(InnovationGroup.open("khusus", "Khusus", "Special"))
        .category(Category.of("kesehatan", "Kesehatan", "Health"))
        .category(Category.of("pendidikan", "Pendidikan", "Education"))
        .category(Category.of("tata-kelola", "Tata Kelola Pemerintahan", "Governance"))
        .section(SectionSpec.weighted("ringkasan", LocalizedText.of("Ringkasan", "Summary"), "0").withMaxWords(200))
        .section(SectionSpec.weighted("latar-belakang", LocalizedText.of("Latar Belakang", "Background"), "0.4"))
        .section(SectionSpec.weighted("signifikansi", LocalizedText.of("Signifikansi", "Significance"), "0.6"))
        .minimumSdgs(1);
  }

  /**
   * Starts a proposal valid for the default edition.
   *
   * @return a builder, not null
   */
  public static ProposalBuilder proposal() {
    return new ProposalBuilder(edition().build());
  }

  /**
   * Starts a proposal valid for an edition: it answers every required section of its group, names
   * enough SDG targets and carries a video that meets the edition's rules.
   *
   * @param edition the edition, not null
   * @return a builder, not null
   */
  public static ProposalBuilder proposalFor(Edition edition) {
    return new ProposalBuilder(requireNonNull(edition, "edition"));
  }

  /**
   * Returns the default criteria: <i>signifikansi</i> 0.6 and <i>adaptabilitas</i> 0.4 of the desk
   * stage, 0–100 in steps of 1, totals to two decimals.
   *
   * @return the criteria, not null
   */
  public static CriteriaSet criteria() {
    return CriteriaSet.of(DESK, ImmutableList.of(
        Criterion.of("signifikansi", LocalizedText.of("Signifikansi", "Significance"), "0.6", Scale.of("0", "100", "1"), TEST_DEFAULT),
        Criterion.of("adaptabilitas", LocalizedText.of("Adaptabilitas", "Adaptability"), "0.4", Scale.of("0", "100", "1"), TEST_DEFAULT)),
        BigDecimal.ONE, new Rounding(2, RoundingMode.HALF_UP, TEST_DEFAULT));
  }

  /**
   * Starts a score sheet for some criteria (default: proposal {@code p-1}, evaluator {@code te-1},
   * every criterion 80, submitted 1 May 2023). For a module's own rounds, whose stages may close
   * before that day, use {@link #sheetFor(Edition, CriteriaSet)}.
   *
   * @param criteria the criteria, not null
   * @return a builder, not null
   */
  public static SheetBuilder sheet(CriteriaSet criteria) {
    return new SheetBuilder(requireNonNull(criteria, "criteria"));
  }

  /**
   * Starts a score sheet for some criteria stamped inside an edition's own windows: at noon of the
   * first day of its evaluation window, else of its presentation window, else at the close of its
   * registration; an edition with none of these keeps the default of {@link #sheet(CriteriaSet)}. A
   * regional round that closed before 1 May 2023 so gets sheets that {@code FrozenScores.of} accepts
   * for it.
   *
   * @param edition the edition whose windows stamp the sheet, not null
   * @param criteria the criteria, not null
   * @return a builder, not null
   */
  public static SheetBuilder sheetFor(Edition edition, CriteriaSet criteria) {
    requireNonNull(edition, "edition");
    SheetBuilder b = new SheetBuilder(requireNonNull(criteria, "criteria"));
    Optional<Window> scoring = edition.schedule().window(Phase.EVALUATION).or(() -> edition.schedule().window(Phase.PRESENTATION));
    if (scoring.isPresent()) {
      b.submittedAt = noonOfFirstDay(scoring.get());
    } else {
      edition.schedule().window(Phase.REGISTRATION).ifPresent(w -> b.submittedAt = w.close().toInstant());
    }
    return b;
  }

  /** Noon of a window's first day, or its opening if noon lies outside it. */
  private static Instant noonOfFirstDay(Window w) {
    Instant noon = w.opens().plusHours(12).toInstant();
    return w.contains(noon) ? noon : w.opens().toInstant();
  }

  /**
   * Starts a desk evaluator (default: {@code te-1} of a university, a generalist).
   *
   * @return a builder, not null
   */
  public static EvaluatorBuilder evaluator() {
    return new EvaluatorBuilder();
  }

  /** Builds an {@link Institution}. */
  public static final class InstitutionBuilder {
    private String id = "pemkab-luwu-utara";
    private String name = "Pemerintah Kabupaten Luwu Utara";
    private InstitutionType type = InstitutionType.KABUPATEN;
    private @Nullable RegionCode region = RegionCode.of("73.22");
    private @Nullable String owner;

    private InstitutionBuilder() {}

    /**
     * Sets the id.
     *
     * @param value the id, not null
     * @return this builder
     */
    @CanIgnoreReturnValue
    public InstitutionBuilder id(String value) {
      id = requireNonNull(value, "id");
      return this;
    }

    /**
     * Sets the name.
     *
     * @param value the name, not null
     * @return this builder
     */
    @CanIgnoreReturnValue
    public InstitutionBuilder name(String value) {
      name = requireNonNull(value, "name");
      return this;
    }

    /**
     * Sets the type; a ministry, agency or BUMN gets no region unless one is set after.
     *
     * @param value the type, not null
     * @return this builder
     */
    @CanIgnoreReturnValue
    public InstitutionBuilder type(InstitutionType value) {
      type = requireNonNull(value, "type");
      if (!value.isRegionalGovernment() && value != InstitutionType.BUMD) {
        region = null;
      }
      return this;
    }

    /**
     * Sets the region.
     *
     * @param code the Kemendagri code, such as {@code 73.05}; not null
     * @return this builder
     */
    @CanIgnoreReturnValue
    public InstitutionBuilder region(String code) {
      region = RegionCode.of(code);
      return this;
    }

    /**
     * Sets the owning regional government of a BUMD.
     *
     * @param institutionId the owner's id, not null
     * @return this builder
     */
    @CanIgnoreReturnValue
    public InstitutionBuilder owner(String institutionId) {
      owner = requireNonNull(institutionId, "institutionId");
      return this;
    }

    /**
     * Builds the institution.
     *
     * @return the institution, not null
     * @throws io.github.kipp.core.InvalidInputException if the parts do not fit
     */
    public Institution build() {
      return Institution.of(io.github.kipp.core.InstitutionId.of(id), name, type, Optional.ofNullable(region),
          Optional.ofNullable(owner).map(io.github.kipp.core.InstitutionId::of));
    }
  }

  /** Builds a {@link Proposal} valid for an edition. */
  public static final class ProposalBuilder {
    private final Edition edition;
    private String id = "p-1";
    private @Nullable String title;
    private @Nullable String innovation;
    private Institution institution = LUWU_UTARA;
    private ImplementationStart start = ImplementationStart.of(LocalDate.of(2020, 1, 1));
    private @Nullable String group;
    private @Nullable String category;
    private boolean pandemicRelated;
    private ImmutableList<String> replicates = ImmutableList.of();
    private final Map<String, String> sections = new LinkedHashMap<>();
    private @Nullable ImmutableList<SdgTarget> sdgs;
    private @Nullable ImmutableList<Attachment> attachments;
    private @Nullable Duration videoLength;
    private int videoHeight;
    private boolean noVideo;
    private @Nullable Instant submittedAt;

    private ProposalBuilder(Edition edition) {
      this.edition = edition;
    }

    /**
     * Sets the SDG goals or targets the proposal names, replacing the default (goals 1 to the
     * edition's minimum); none to name none.
     *
     * @param targets goals or targets such as {@code 3} or {@code 3.2}
     * @return this builder
     * @throws io.github.kipp.core.InvalidInputException if a target is malformed
     */
    @CanIgnoreReturnValue
    public ProposalBuilder sdgs(String... targets) {
      sdgs = java.util.Arrays.stream(targets).map(SdgTarget::parse).collect(ImmutableList.toImmutableList());
      return this;
    }

    /**
     * Sets the attachments, replacing the default (one of each kind the edition requires); none to
     * attach nothing.
     *
     * @param values the attachments
     * @return this builder
     */
    @CanIgnoreReturnValue
    public ProposalBuilder attachments(Attachment... values) {
      attachments = ImmutableList.copyOf(values);
      return this;
    }

    /**
     * Sets the attachments to one of each kind given, replacing the default; none to attach nothing.
     *
     * @param kinds the kinds
     * @return this builder
     */
    @CanIgnoreReturnValue
    public ProposalBuilder attachments(AttachmentKind... kinds) {
      attachments = java.util.Arrays.stream(kinds).map(ProposalDefaults::defaultAttachment).collect(ImmutableList.toImmutableList());
      return this;
    }

    /**
     * Sets the video's length and resolution, replacing the default (three minutes or the edition's
     * maximum if shorter, at 1080 lines or its minimum if higher).
     *
     * @param length the length, not null
     * @param height the lines of resolution
     * @return this builder
     * @throws io.github.kipp.core.InvalidInputException if the length or height is out of range
     */
    @CanIgnoreReturnValue
    public ProposalBuilder video(Duration length, int height) {
      videoLength = requireNonNull(length, "length");
      videoHeight = height;
      noVideo = false;
      return this;
    }

    /**
     * Builds the proposal without a video, even if the edition requires one.
     *
     * @return this builder
     */
    @CanIgnoreReturnValue
    public ProposalBuilder noVideo() {
      videoLength = null;
      noVideo = true;
      return this;
    }

    /**
     * Sets when the proposal was submitted (default: noon of the first day of the edition's
     * submission window, else of its registration window, else unknown), used by {@link
     * #submitTo(EligibilityContext.Builder)}.
     *
     * @param value the instant, not null
     * @return this builder
     */
    @CanIgnoreReturnValue
    public ProposalBuilder submittedAt(Instant value) {
      submittedAt = requireNonNull(value, "submittedAt");
      return this;
    }

    /**
     * Returns when the proposal is submitted: the time set, or the default.
     *
     * @return the instant, or empty if neither is known
     */
    public Optional<Instant> submissionTime() {
      if (submittedAt != null) {
        return Optional.of(submittedAt);
      }
      return edition.schedule().window(Phase.SUBMISSION).or(() -> edition.schedule().window(Phase.REGISTRATION))
          .map(KippBuilders::noonOfFirstDay);
    }

    /**
     * Builds the proposal and enters it, with its submission time, into an eligibility context.
     *
     * @param context the context's builder, not null
     * @return the proposal, not null
     */
    public Proposal submitTo(EligibilityContext.Builder context) {
      Proposal p = build();
      requireNonNull(context, "context").submitted(p, submissionTime().orElse(null));
      return p;
    }

    /**
     * Sets the id.
     *
     * @param value the id, not null
     * @return this builder
     */
    @CanIgnoreReturnValue
    public ProposalBuilder id(String value) {
      id = requireNonNull(value, "id");
      return this;
    }

    /**
     * Sets the innovation's title (default: {@code Inovasi <id>}).
     *
     * @param value the title, not null
     * @return this builder
     */
    @CanIgnoreReturnValue
    public ProposalBuilder title(String value) {
      title = requireNonNull(value, "title");
      return this;
    }

    /**
     * Sets the innovation's id (default: {@code inv-<id>}).
     *
     * @param value the id, not null
     * @return this builder
     */
    @CanIgnoreReturnValue
    public ProposalBuilder innovation(String value) {
      innovation = requireNonNull(value, "innovation");
      return this;
    }

    /**
     * Sets the institution.
     *
     * @param value the institution, not null
     * @return this builder
     */
    @CanIgnoreReturnValue
    public ProposalBuilder institution(Institution value) {
      institution = requireNonNull(value, "institution");
      return this;
    }

    /**
     * Sets the day implementation started.
     *
     * @param value the day, not null
     * @return this builder
     */
    @CanIgnoreReturnValue
    public ProposalBuilder started(LocalDate value) {
      start = ImplementationStart.of(requireNonNull(value, "value"));
      return this;
    }

    /**
     * Sets the start of implementation with its precision.
     *
     * @param value the start, not null
     * @return this builder
     */
    @CanIgnoreReturnValue
    public ProposalBuilder started(ImplementationStart value) {
      start = requireNonNull(value, "value");
      return this;
    }

    /**
     * Sets the group (default: the edition's first).
     *
     * @param value the group's id, not null
     * @return this builder
     */
    @CanIgnoreReturnValue
    public ProposalBuilder group(String value) {
      group = requireNonNull(value, "group");
      return this;
    }

    /**
     * Sets the category (default: the edition's first).
     *
     * @param value the category's id, not null
     * @return this builder
     */
    @CanIgnoreReturnValue
    public ProposalBuilder category(String value) {
      category = requireNonNull(value, "category");
      return this;
    }

    /**
     * Declares the innovation pandemic-related.
     *
     * @return this builder
     */
    @CanIgnoreReturnValue
    public ProposalBuilder pandemicRelated() {
      pandemicRelated = true;
      return this;
    }

    /**
     * Names the innovations replicated.
     *
     * @param innovationIds the replicated innovations' ids
     * @return this builder
     */
    @CanIgnoreReturnValue
    public ProposalBuilder replicates(String... innovationIds) {
      replicates = ImmutableList.copyOf(innovationIds);
      return this;
    }

    /**
     * Sets the text of a section.
     *
     * @param sectionId the section's id, not null
     * @param text the text, not null
     * @return this builder
     */
    @CanIgnoreReturnValue
    public ProposalBuilder section(String sectionId, String text) {
      sections.put(requireNonNull(sectionId, "sectionId"), requireNonNull(text, "text"));
      return this;
    }

    /**
     * Builds the proposal.
     *
     * @return the proposal, not null
     * @throws io.github.kipp.core.InvalidInputException if a value is invalid
     */
    public Proposal build() {
      GroupId g = group == null ? edition.groups().get(0).id() : GroupId.of(group);
      CategoryId c = category == null ? edition.categories().get(0).id() : CategoryId.of(category);
      Unit unit = Unit.of(institution.id().value() + "-unit", "Unit pelaksana", institution, UnitKind.PERANGKAT_DAERAH);
      Innovation inv = Innovation.of(InnovationId.of(innovation == null ? "inv-" + id : innovation), title == null ? "Inovasi " + id : title,
          Optional.empty(), institution, unit, start);
      Proposal.Builder b = Proposal.newBuilder().id(ProposalId.of(id)).innovation(inv).edition(edition.id()).group(g).category(c)
          .pandemicRelated(pandemicRelated);
      ProposalDefaults.fill(b, id, edition, g, sections, Map.of(), java.util.Set.of(), videoLength == null && !noVideo, sdgs == null,
          attachments == null);
      if (videoLength != null) {
        b.video(Video.of(videoLength, videoHeight, URI.create("https://www.youtube.com/watch?v=" + id)));
      }
      if (sdgs != null) {
        b.sdgs(sdgs);
      }
      if (attachments != null) {
        b.attachments(attachments);
      }
      if (!replicates.isEmpty()) {
        b.replication(Replication.of(replicates.stream().map(InnovationId::of).collect(ImmutableList.toImmutableList()),
            "Diadaptasi untuk kebutuhan daerah pelaksana."));
      }
      return b.build();
    }
  }

  /** Builds a {@link ScoreSheet}. */
  public static final class SheetBuilder {
    private final CriteriaSet criteria;
    private String proposal = "p-1";
    private String evaluator = "te-1";
    private BigDecimal all = new BigDecimal("80");
    private final Map<CriterionId, BigDecimal> scores = new LinkedHashMap<>();
    private Instant submittedAt = Instant.parse("2023-05-01T00:00:00Z");

    private SheetBuilder(CriteriaSet criteria) {
      this.criteria = criteria;
    }

    /**
     * Sets the proposal scored.
     *
     * @param value the proposal's id, not null
     * @return this builder
     */
    @CanIgnoreReturnValue
    public SheetBuilder proposal(String value) {
      proposal = requireNonNull(value, "proposal");
      return this;
    }

    /**
     * Sets the evaluator.
     *
     * @param value the evaluator's id, not null
     * @return this builder
     */
    @CanIgnoreReturnValue
    public SheetBuilder evaluator(String value) {
      evaluator = requireNonNull(value, "evaluator");
      return this;
    }

    /**
     * Scores every criterion not scored otherwise.
     *
     * @param value the score, a decimal number
     * @return this builder
     */
    @CanIgnoreReturnValue
    public SheetBuilder all(String value) {
      all = new BigDecimal(value);
      return this;
    }

    /**
     * Scores one criterion.
     *
     * @param criterion the criterion's id, not null
     * @param value the score, a decimal number
     * @return this builder
     */
    @CanIgnoreReturnValue
    public SheetBuilder score(String criterion, String value) {
      scores.put(CriterionId.of(criterion), new BigDecimal(value));
      return this;
    }

    /**
     * Sets when the sheet was submitted.
     *
     * @param value the instant, not null
     * @return this builder
     */
    @CanIgnoreReturnValue
    public SheetBuilder submittedAt(Instant value) {
      submittedAt = requireNonNull(value, "submittedAt");
      return this;
    }

    /**
     * Builds the sheet.
     *
     * @return the sheet, not null
     */
    public ScoreSheet build() {
      Map<CriterionId, BigDecimal> all = new LinkedHashMap<>();
      criteria.criteria().forEach(c -> all.put(c.id(), this.all));
      all.putAll(scores);
      return ScoreSheet.of(ProposalId.of(proposal), ActorId.of(evaluator), criteria.stage(), all, submittedAt);
    }
  }

  /** Builds an {@link Evaluator}. */
  public static final class EvaluatorBuilder {
    private String id = "te-1";
    private Institution institution = UNIVERSITY;
    private final ImmutableSortedSet.Builder<CategoryId> expertise = ImmutableSortedSet.naturalOrder();
    private Role role = Role.EVALUATOR;

    private EvaluatorBuilder() {}

    /**
     * Sets the id.
     *
     * @param value the id, not null
     * @return this builder
     */
    @CanIgnoreReturnValue
    public EvaluatorBuilder id(String value) {
      id = requireNonNull(value, "id");
      return this;
    }

    /**
     * Sets the institution the evaluator comes from.
     *
     * @param value the institution, not null
     * @return this builder
     */
    @CanIgnoreReturnValue
    public EvaluatorBuilder institution(Institution value) {
      institution = requireNonNull(value, "institution");
      return this;
    }

    /**
     * Adds categories of expertise.
     *
     * @param categories the category ids
     * @return this builder
     */
    @CanIgnoreReturnValue
    public EvaluatorBuilder expertIn(String... categories) {
      for (String c : categories) {
        expertise.add(CategoryId.of(c));
      }
      return this;
    }

    /**
     * Sets the role (default: desk evaluator).
     *
     * @param value a scoring role, not null
     * @return this builder
     */
    @CanIgnoreReturnValue
    public EvaluatorBuilder role(Role value) {
      role = requireNonNull(value, "role");
      return this;
    }

    /**
     * Builds the evaluator.
     *
     * @return the evaluator, not null
     */
    public Evaluator build() {
      return new Evaluator(ActorId.of(id), institution, expertise.build(), role);
    }
  }
}
