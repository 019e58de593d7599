package io.github.kipp.format;

import static io.github.kipp.core.meta.BuilderChecks.required;
import static io.github.kipp.core.meta.BuilderChecks.setOnce;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import com.google.errorprone.annotations.CanIgnoreReturnValue;
import io.github.kipp.core.InvalidInputException;
import io.github.kipp.core.ProposalId;
import io.github.kipp.core.StageId;
import io.github.kipp.core.edition.Edition;
import io.github.kipp.core.eligibility.ResultHistory;
import io.github.kipp.core.rule.NoSuchRuleModuleException;
import io.github.kipp.core.rule.RuleModuleReference;
import io.github.kipp.core.rule.RuleRegistry;
import io.github.kipp.core.spi.RuleModule;
import io.github.kipp.core.innovation.Proposal;
import io.github.kipp.core.institution.Institution;
import io.github.kipp.core.institution.Unit;
import io.github.kipp.core.stage.ProposalStatus;
import io.github.kipp.format.internal.DocumentChecks;
import io.github.kipp.scoring.ScoreSheet;
import io.github.kipp.scoring.panel.Assignment;
import io.github.kipp.scoring.panel.Panel;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * Everything a host keeps about one edition of a competition, as one document: the edition, the
 * participating institutions and their units, the proposals, their statuses, the panels,
 * assignments and score sheets of each scoring stage, and the past results that eligibility reads.
 *
 * <p>The document is the same for both Jackson lines: {@code kipp-jackson} (Jackson 2) and {@code
 * kipp-jackson3} (Jackson 3) read and write it, byte for byte the same.
 *
 * <p>In JSON (format {@value KippFormat#FORMAT_VERSION}, described in {@code docs/format.md}) the
 * institutions and units are listed once and proposals and evaluators name them by id. The document
 * is consistent when made: ids are unique, every institution or unit a proposal or evaluator uses is
 * listed with the same contents, statuses, assignments and score sheets name listed proposals, and no
 * evaluator has two sheets for one proposal in a stage. The document holds no criteria, so it does
 * not check scores against scales; each line's {@code KippJson.readCompetition(String, Iterable)}
 * does, with the criteria the host gives.
 *
 * <p>Institutions are also unique by what the regulation knows them by, since conflicts of interest
 * are institutional ({@link Institution#government()}): a regional government is listed once per
 * region code, whatever its type, so one pemda cannot appear under two ids ({@code
 * kipp.json.duplicateGovernment}, naming both ids). A BUMD whose owner is listed names a regional
 * government as owner ({@code kipp.json.bumdOwner}) and carries that government's region ({@code
 * kipp.json.bumdRegion}), since conflict policies know a BUMD's government by its region. A BUMD
 * whose owner is not listed is taken at its region.
 *
 * <p>A document may record the rule module it is kept under (its id and jurisdiction, from format
 * 1.1); {@link #moduleIn(RuleRegistry)} finds that module again, or, for a document that records
 * none, the module that defines its edition.
 *
 * @param edition the edition, not null
 * @param institutions the institutions, with distinct ids
 * @param units the units, with distinct ids, each of a listed institution
 * @param proposals the proposals, with distinct ids
 * @param statuses the statuses, at most one per proposal, each of a listed proposal
 * @param panels the panel of each scoring stage
 * @param assignments the assignment of each scoring stage
 * @param scoreSheets the score sheets of each scoring stage, each sheet of that stage
 * @param history the past results of innovations, not null
 * @param module the rule module the document is kept under, or empty if it records none
 */
public record CompetitionDocument(
    Edition edition,
    ImmutableList<Institution> institutions,
    ImmutableList<Unit> units,
    ImmutableList<Proposal> proposals,
    ImmutableList<ProposalStatus> statuses,
    ImmutableSortedMap<StageId, Panel> panels,
    ImmutableSortedMap<StageId, Assignment> assignments,
    ImmutableSortedMap<StageId, ImmutableList<ScoreSheet>> scoreSheets,
    ResultHistory history,
    Optional<RuleModuleReference> module) {

  /** The most proposals (and proposal statuses) a document holds: thirty national editions' worth. */
  public static final int MAX_PROPOSALS = DocumentChecks.MAX_PROPOSALS;

  /** The most institutions, and the most units, a document holds. */
  public static final int MAX_ENTRIES = DocumentChecks.MAX_ENTRIES;

  /** The most score sheets a document holds for one stage. */
  public static final int MAX_SHEETS_PER_STAGE = DocumentChecks.MAX_SHEETS_PER_STAGE;

  /**
   * Creates a document, checking that it is consistent.
   *
   * @param edition the edition, not null
   * @param institutions the institutions, with distinct ids
   * @param units the units, with distinct ids, each of a listed institution
   * @param proposals the proposals, with distinct ids
   * @param statuses the statuses, at most one per proposal, each of a listed proposal
   * @param panels the panel of each scoring stage
   * @param assignments the assignment of each scoring stage
   * @param scoreSheets the score sheets of each scoring stage, each sheet of that stage
   * @param history the past results of innovations, not null
   * @param module the rule module the document is kept under, or empty if it records none
   * @throws InvalidInputException listing every inconsistency and every list over its limit, with its path in the document
   */
  public CompetitionDocument {
    requireNonNull(edition, "edition");
    institutions = ImmutableList.copyOf(requireNonNull(institutions, "institutions"));
    units = ImmutableList.copyOf(requireNonNull(units, "units"));
    proposals = ImmutableList.copyOf(requireNonNull(proposals, "proposals"));
    statuses = ImmutableList.copyOf(requireNonNull(statuses, "statuses"));
    panels = ImmutableSortedMap.copyOf(requireNonNull(panels, "panels"));
    assignments = ImmutableSortedMap.copyOf(requireNonNull(assignments, "assignments"));
    scoreSheets = ImmutableSortedMap.copyOf(requireNonNull(scoreSheets, "scoreSheets"));
    requireNonNull(history, "history");
    requireNonNull(module, "module");
    InvalidInputException.throwIfAny(
        "competition document of edition '" + edition.id() + "'",
        DocumentChecks.consistency(institutions, units, proposals, statuses, panels, assignments, scoreSheets));
  }

  /**
   * Creates a document that records no rule module, checking that it is consistent.
   *
   * @param edition the edition, not null
   * @param institutions the institutions, with distinct ids
   * @param units the units, with distinct ids, each of a listed institution
   * @param proposals the proposals, with distinct ids
   * @param statuses the statuses, at most one per proposal, each of a listed proposal
   * @param panels the panel of each scoring stage
   * @param assignments the assignment of each scoring stage
   * @param scoreSheets the score sheets of each scoring stage, each sheet of that stage
   * @param history the past results of innovations, not null
   * @throws InvalidInputException listing every inconsistency and every list over its limit, with its path in the document
   */
  public CompetitionDocument(
      Edition edition,
      ImmutableList<Institution> institutions,
      ImmutableList<Unit> units,
      ImmutableList<Proposal> proposals,
      ImmutableList<ProposalStatus> statuses,
      ImmutableSortedMap<StageId, Panel> panels,
      ImmutableSortedMap<StageId, Assignment> assignments,
      ImmutableSortedMap<StageId, ImmutableList<ScoreSheet>> scoreSheets,
      ResultHistory history) {
    this(edition, institutions, units, proposals, statuses, panels, assignments, scoreSheets, history, Optional.empty());
  }

  /**
   * Returns a new builder. The edition is required; institutions and units that proposals and
   * evaluators use are added to the lists by {@link Builder#build()}.
   *
   * @return a builder, not null
   */
  public static Builder newBuilder() {
    return new Builder();
  }

  /**
   * Returns a proposal of the document.
   *
   * @param id the proposal's id, not null
   * @return the proposal, or empty if the document has none with that id
   */
  public Optional<Proposal> proposal(ProposalId id) {
    requireNonNull(id, "id");
    return proposals.stream().filter(p -> p.id().equals(id)).findFirst();
  }

  /**
   * Returns when each proposal's standing submission was made, as its status says ({@link
   * ProposalStatus#submittedAt()}: the last move into {@code submitted}, none if that submission was
   * returned to drafts). Proposals without a status or never submitted are left out.
   *
   * @return the times by proposal id, in id order; possibly empty
   */
  public ImmutableSortedMap<ProposalId, Instant> submissionTimes() {
    ImmutableSortedMap.Builder<ProposalId, Instant> out = ImmutableSortedMap.naturalOrder();
    for (ProposalStatus s : statuses) {
      s.submittedAt().ifPresent(at -> out.put(s.proposal(), at));
    }
    return out.buildOrThrow();
  }

  /**
   * Returns the rule module this document is kept under, from a registry: the module the document
   * records, checked to govern the recorded jurisdiction and to define the document's edition; or,
   * for a document that records none, the module that defines its edition.
   *
   * @param registry the registry, not null
   * @return the module, not null
   * @throws NoSuchRuleModuleException if the registry has no such module, or the recorded module
   *     governs another jurisdiction or defines another edition (the message names both sides)
   */
  public RuleModule moduleIn(RuleRegistry registry) {
    requireNonNull(registry, "registry");
    return module.isPresent() ? registry.moduleFor(module.get(), edition.id()) : registry.moduleFor(edition.id());
  }

  /**
   * Builds a {@link CompetitionDocument}; lists are sorted by id, so that the same content gives the
   * same document. Not thread-safe.
   */
  public static final class Builder {
    private @Nullable Edition edition;
    private @Nullable RuleModule module;
    private final List<Institution> institutions = new ArrayList<>();
    private final List<Unit> units = new ArrayList<>();
    private final List<Proposal> proposals = new ArrayList<>();
    private final List<ProposalStatus> statuses = new ArrayList<>();
    private final Map<StageId, Panel> panels = new TreeMap<>();
    private final Map<StageId, Assignment> assignments = new TreeMap<>();
    private final Map<StageId, List<ScoreSheet>> scoreSheets = new TreeMap<>();
    private @Nullable ResultHistory history;

    private Builder() {}

    /**
     * Sets the edition.
     *
     * @param value the edition, not null
     * @return this builder
     * @throws IllegalStateException if the edition was already set
     */
    @CanIgnoreReturnValue
    public Builder edition(Edition value) {
      edition = setOnce(edition, value, Builder.class, "edition");
      return this;
    }

    /**
     * Records the rule module the document is kept under: its id and jurisdiction. The module must
     * define the document's edition.
     *
     * @param value the module, not null
     * @return this builder
     * @throws IllegalStateException if the module was already set
     */
    @CanIgnoreReturnValue
    public Builder module(RuleModule value) {
      module = setOnce(module, value, Builder.class, "module");
      return this;
    }

    /**
     * Adds institutions, such as those of evaluators or of institutions without proposals.
     *
     * @param values the institutions, not null
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder institutions(Iterable<Institution> values) {
      values.forEach(i -> institutions.add(requireNonNull(i, "institution")));
      return this;
    }

    /**
     * Adds units.
     *
     * @param values the units, not null
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder units(Iterable<Unit> values) {
      values.forEach(u -> units.add(requireNonNull(u, "unit")));
      return this;
    }

    /**
     * Adds proposals.
     *
     * @param values the proposals, not null
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder proposals(Iterable<Proposal> values) {
      values.forEach(p -> proposals.add(requireNonNull(p, "proposal")));
      return this;
    }

    /**
     * Adds proposal statuses.
     *
     * @param values the statuses, not null
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder statuses(Iterable<ProposalStatus> values) {
      values.forEach(s -> statuses.add(requireNonNull(s, "status")));
      return this;
    }

    /**
     * Sets the panel of a scoring stage.
     *
     * @param stage the stage, not null
     * @param panel the panel, not null
     * @return this builder
     * @throws IllegalStateException if the stage already has a panel
     */
    @CanIgnoreReturnValue
    public Builder panel(StageId stage, Panel panel) {
      once(panels, stage, panel, "panel");
      return this;
    }

    /**
     * Sets the assignment of a scoring stage.
     *
     * @param stage the stage, not null
     * @param assignment the assignment, not null
     * @return this builder
     * @throws IllegalStateException if the stage already has an assignment
     */
    @CanIgnoreReturnValue
    public Builder assignment(StageId stage, Assignment assignment) {
      once(assignments, stage, assignment, "assignment");
      return this;
    }

    /**
     * Adds score sheets, each under its own stage.
     *
     * @param values the sheets, not null
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder scoreSheets(Iterable<ScoreSheet> values) {
      values.forEach(s -> scoreSheets.computeIfAbsent(requireNonNull(s, "sheet").stage(), k -> new ArrayList<>()).add(s));
      return this;
    }

    /**
     * Sets the past results.
     *
     * @param value the history, not null
     * @return this builder
     * @throws IllegalStateException if the history was already set
     */
    @CanIgnoreReturnValue
    public Builder history(ResultHistory value) {
      history = setOnce(history, value, Builder.class, "history");
      return this;
    }

    private static <T> void once(Map<StageId, T> map, StageId stage, T value, String name) {
      requireNonNull(stage, "stage");
      map.put(stage, setOnce(map.get(stage), value, Builder.class, name + " of stage " + stage));
    }

    /**
     * Builds the document. Institutions and units used by proposals and evaluators are added to the
     * lists when no entry has their id; every list is sorted by id.
     *
     * @return the document, not null
     * @throws IllegalStateException if the edition was not set, or the module set defines another
     *     edition
     * @throws InvalidInputException if the document is not consistent
     */
    public CompetitionDocument build() {
      Edition edition = required(this.edition, Builder.class, "edition");
      if (module != null && !module.edition().id().equals(edition.id())) {
        throw new IllegalStateException("CompetitionDocument.Builder: module " + module.id() + " defines edition "
            + module.edition().id() + ", not the document's edition " + edition.id());
      }
      DocumentChecks.Assembled lists = DocumentChecks.assemble(institutions, units, proposals, statuses, panels, scoreSheets);
      return new CompetitionDocument(
          edition,
          lists.institutions(),
          lists.units(),
          lists.proposals(),
          lists.statuses(),
          ImmutableSortedMap.copyOf(panels),
          ImmutableSortedMap.copyOf(assignments),
          lists.scoreSheets(),
          history == null ? ResultHistory.empty() : history,
          Optional.ofNullable(module).map(RuleModuleReference::of));
    }
  }
}
