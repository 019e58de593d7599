package io.github.kipp.jackson;

import static io.github.kipp.core.meta.BuilderChecks.required;
import static io.github.kipp.core.meta.BuilderChecks.setOnce;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import com.google.errorprone.annotations.CanIgnoreReturnValue;
import io.github.kipp.core.ActorId;
import io.github.kipp.core.InstitutionId;
import io.github.kipp.core.InvalidInputException;
import io.github.kipp.core.ProposalId;
import io.github.kipp.core.StageId;
import io.github.kipp.core.UnitId;
import io.github.kipp.core.Violation;
import io.github.kipp.core.edition.Edition;
import io.github.kipp.core.eligibility.ResultHistory;
import io.github.kipp.core.rule.NoSuchRuleModuleException;
import io.github.kipp.core.rule.RuleModuleReference;
import io.github.kipp.core.rule.RuleRegistry;
import io.github.kipp.core.spi.RuleModule;
import io.github.kipp.core.innovation.Proposal;
import io.github.kipp.core.institution.Institution;
import io.github.kipp.core.institution.RegionCode;
import io.github.kipp.core.institution.Unit;
import io.github.kipp.core.stage.ProposalStatus;
import io.github.kipp.format.internal.FormatMessages;
import io.github.kipp.format.internal.SheetChecks;
import io.github.kipp.scoring.ScoreSheet;
import io.github.kipp.scoring.panel.Assignment;
import io.github.kipp.scoring.panel.Evaluator;
import io.github.kipp.scoring.panel.Panel;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Everything a host keeps about one edition of a competition, as one document: the edition, the
 * participating institutions and their units, the proposals, their statuses, the panels,
 * assignments and score sheets of each scoring stage, and the past results that eligibility reads.
 *
 * <p>In JSON (format {@value KippJson#FORMAT_VERSION}, described in {@code docs/format.md}) the
 * institutions and units are listed once and proposals and evaluators name them by id. The document
 * is consistent when made: ids are unique, every institution or unit a proposal or evaluator uses is
 * listed with the same contents, statuses, assignments and score sheets name listed proposals, and no
 * evaluator has two sheets for one proposal in a stage. The document holds no criteria, so it does
 * not check scores against scales; {@link KippJson#readCompetition(String, Iterable)} does, with the
 * criteria the host gives.
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
  public static final int MAX_PROPOSALS = 100_000;

  /** The most institutions, and the most units, a document holds. */
  public static final int MAX_ENTRIES = 100_000;

  /** The most score sheets a document holds for one stage. */
  public static final int MAX_SHEETS_PER_STAGE = 1_000_000;

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
        consistency(institutions, units, proposals, statuses, panels, assignments, scoreSheets));
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

  private static void tooMany(List<Violation> v, String field, int size, int max) {
    if (size > max) {
      v.add(FormatMessages.violation("kipp.json.tooMany", field, size, "max", max));
    }
  }

  private static List<Violation> consistency(
      ImmutableList<Institution> institutions,
      ImmutableList<Unit> units,
      ImmutableList<Proposal> proposals,
      ImmutableList<ProposalStatus> statuses,
      ImmutableSortedMap<StageId, Panel> panels,
      ImmutableSortedMap<StageId, Assignment> assignments,
      ImmutableSortedMap<StageId, ImmutableList<ScoreSheet>> scoreSheets) {
    List<Violation> v = new ArrayList<>();
    tooMany(v, "institutions", institutions.size(), MAX_ENTRIES);
    tooMany(v, "units", units.size(), MAX_ENTRIES);
    tooMany(v, "proposals", proposals.size(), MAX_PROPOSALS);
    tooMany(v, "statuses", statuses.size(), MAX_PROPOSALS);
    scoreSheets.forEach((stage, sheets) -> tooMany(v, "scoreSheets." + stage, sheets.size(), MAX_SHEETS_PER_STAGE));
    if (!v.isEmpty()) {
      return v;
    }
    Map<InstitutionId, Institution> byInstitution = unique(v, "institutions", institutions, Institution::id, "institution", "instansi");
    governments(v, institutions, byInstitution);
    Map<UnitId, Unit> byUnit = unique(v, "units", units, Unit::id, "unit", "unit");
    Map<ProposalId, Proposal> byProposal = unique(v, "proposals", proposals, Proposal::id, "proposal", "proposal");
    for (int i = 0; i < units.size(); i++) {
      Unit u = units.get(i);
      int at = i;
      known(v, () -> "units[" + at + "].institution", u.institution(), byInstitution, "institution", "instansi");
      u.parent().ifPresent(p -> known(v, () -> "units[" + at + "].parent", p, byUnit, "unit", "unit"));
    }
    for (int i = 0; i < proposals.size(); i++) {
      int at = i;
      Institution in = proposals.get(i).innovation().institution();
      same(v, () -> "proposals[" + at + "].innovation.institution", in, byInstitution.get(in.id()), in.id(), byInstitution, "institution", "instansi");
      Unit u = proposals.get(i).innovation().unit();
      same(v, () -> "proposals[" + at + "].innovation.unit", u, byUnit.get(u.id()), u.id(), byUnit, "unit", "unit");
    }
    Set<ProposalId> withStatus = new HashSet<>();
    for (int i = 0; i < statuses.size(); i++) {
      ProposalId p = statuses.get(i).proposal();
      int at = i;
      known(v, () -> "statuses[" + at + "].proposal", p, byProposal, "proposal", "proposal");
      if (!withStatus.add(p)) {
        v.add(FormatMessages.violation("kipp.json.duplicate", "statuses[" + i + "].proposal", p, "kindEn", "status of a proposal", "kindId", "status proposal"));
      }
    }
    panels.forEach((stage, panel) -> {
      ImmutableList<Evaluator> es = panel.evaluators();
      for (int i = 0; i < es.size(); i++) {
        Institution in = es.get(i).institution();
        int at = i;
        same(v, () -> "panels." + stage + ".evaluators[" + at + "].institution", in, byInstitution.get(in.id()), in.id(), byInstitution, "institution", "instansi");
      }
    });
    assignments.forEach((stage, a) -> a.byProposal().keySet().forEach(p ->
        known(v, () -> "assignments." + stage + ".evaluatorsByProposal." + p, p, byProposal, "proposal", "proposal")));
    scoreSheets.forEach((stage, sheets) -> {
      for (int i = 0; i < sheets.size(); i++) {
        ScoreSheet s = sheets.get(i);
        int at = i;
        if (!s.stage().equals(stage)) {
          v.add(FormatMessages.violation("kipp.json.stageMismatch", "scoreSheets." + stage + "[" + at + "].stage", s.stage(), "stage", stage));
        }
        known(v, () -> "scoreSheets." + stage + "[" + at + "].proposal", s.proposal(), byProposal, "proposal", "proposal");
      }
    });
    repeatedSheets(v, scoreSheets);
    return v;
  }

  /**
   * Refuses a second regional government of one region under another id, and a BUMD whose listed
   * owner is not a regional government or governs another region.
   */
  private static void governments(List<Violation> v, List<Institution> institutions, Map<InstitutionId, Institution> byId) {
    Map<RegionCode, Integer> firstOf = new HashMap<>();
    for (int i = 0; i < institutions.size(); i++) {
      Institution in = institutions.get(i);
      if (in.type().isRegionalGovernment()) {
        RegionCode region = in.government().orElseThrow();
        Integer first = firstOf.putIfAbsent(region, i);
        if (first != null && !institutions.get(first).id().equals(in.id())) {
          v.add(FormatMessages.violation("kipp.json.duplicateGovernment", "institutions[" + i + "].region", region,
              "id", in.id(), "other", institutions.get(first).id(), "otherPath", "institutions[" + first + "]"));
        }
      }
      Optional<InstitutionId> ownerId = in.owner();
      Institution owner = ownerId.isPresent() ? byId.get(ownerId.get()) : null;
      if (owner == null) {
        continue;
      }
      if (!owner.type().isRegionalGovernment()) {
        v.add(FormatMessages.violation("kipp.json.bumdOwner", "institutions[" + i + "].owner", owner.id(), "id", in.id(), "type", owner.type()));
      } else if (!owner.government().equals(in.government())) {
        v.add(FormatMessages.violation("kipp.json.bumdRegion", "institutions[" + i + "].region", in.region().map(RegionCode::value).orElse("-"),
            "id", in.id(), "owner", owner.id(), "ownerRegion", owner.government().orElseThrow()));
      }
    }
  }

  /** Refuses a second sheet of an evaluator for a proposal in a stage, which scoring would refuse later. */
  private static void repeatedSheets(List<Violation> v, ImmutableSortedMap<StageId, ImmutableList<ScoreSheet>> scoreSheets) {
    record Key(StageId stage, ActorId evaluator, ProposalId proposal) {}
    record Place(StageId listedUnder, int index) {
      String path() {
        return "scoreSheets." + listedUnder + "[" + index + "]";
      }
    }
    Map<Key, Place> first = new HashMap<>();
    scoreSheets.forEach((stage, sheets) -> {
      for (int i = 0; i < sheets.size(); i++) {
        ScoreSheet s = sheets.get(i);
        Place here = new Place(stage, i);
        Place earlier = first.putIfAbsent(new Key(s.stage(), s.evaluator(), s.proposal()), here);
        if (earlier != null) {
          v.add(SheetChecks.duplicate(here.path(), s, earlier.path()));
        }
      }
    });
  }

  private static <K extends Comparable<K>, T> Map<K, T> unique(
      List<Violation> v, String field, List<T> items, Function<T, K> key, String kindEn, String kindId) {
    Map<K, T> out = new HashMap<>();
    for (int i = 0; i < items.size(); i++) {
      K k = key.apply(items.get(i));
      if (out.putIfAbsent(k, items.get(i)) != null) {
        v.add(FormatMessages.violation("kipp.json.duplicate", field + "[" + i + "].id", k, "kindEn", kindEn, "kindId", kindId));
      }
    }
    return out;
  }

  private static <K extends Comparable<K>> void known(List<Violation> v, Supplier<String> path, K key, Map<K, ?> known, String kindEn, String kindId) {
    if (!known.containsKey(key)) {
      v.add(FormatMessages.violation("kipp.json.reference", path.get(), key, "kindEn", kindEn, "kindId", kindId, "allowed", ids(known)));
    }
  }

  private static <K extends Comparable<K>, T> void same(
      List<Violation> v, Supplier<String> path, T used, @Nullable T listed, K key, Map<K, T> known, String kindEn, String kindId) {
    if (listed == null) {
      v.add(FormatMessages.violation("kipp.json.reference", path.get(), key, "kindEn", kindEn, "kindId", kindId, "allowed", ids(known)));
    } else if (!listed.equals(used)) {
      v.add(FormatMessages.violation("kipp.json.conflict", path.get(), key, "kindEn", kindEn, "kindId", kindId));
    }
  }

  private static <K extends Comparable<K>> String ids(Map<K, ?> known) {
    String all = known.keySet().stream().sorted().map(Object::toString).collect(Collectors.joining(", "));
    return all.isEmpty() ? "-" : all;
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
      Map<InstitutionId, Institution> allInstitutions = new LinkedHashMap<>();
      Map<UnitId, Unit> allUnits = new LinkedHashMap<>();
      List<Institution> extraInstitutions = new ArrayList<>();
      List<Unit> extraUnits = new ArrayList<>();
      institutions.forEach(i -> allInstitutions.putIfAbsent(i.id(), i));
      units.forEach(u -> allUnits.putIfAbsent(u.id(), u));
      for (Proposal p : proposals) {
        addIfAbsent(allInstitutions, extraInstitutions, p.innovation().institution().id(), p.innovation().institution());
        addIfAbsent(allUnits, extraUnits, p.innovation().unit().id(), p.innovation().unit());
      }
      panels.values().forEach(panel -> panel.evaluators().forEach(e -> addIfAbsent(allInstitutions, extraInstitutions, e.institution().id(), e.institution())));
      List<Institution> is = new ArrayList<>(institutions);
      is.addAll(extraInstitutions);
      is.sort(Comparator.comparing(Institution::id));
      List<Unit> us = new ArrayList<>(units);
      us.addAll(extraUnits);
      us.sort(Comparator.comparing(Unit::id));
      List<Proposal> ps = new ArrayList<>(proposals);
      ps.sort(Comparator.comparing(Proposal::id));
      List<ProposalStatus> ss = new ArrayList<>(statuses);
      ss.sort(Comparator.comparing(ProposalStatus::proposal));
      ImmutableSortedMap.Builder<StageId, ImmutableList<ScoreSheet>> sheets = ImmutableSortedMap.naturalOrder();
      scoreSheets.forEach((stage, list) -> sheets.put(stage, ImmutableList.sortedCopyOf(
          Comparator.comparing(ScoreSheet::proposal).thenComparing(ScoreSheet::evaluator).thenComparing(ScoreSheet::submittedAt), list)));
      return new CompetitionDocument(
          edition,
          ImmutableList.copyOf(is),
          ImmutableList.copyOf(us),
          ImmutableList.copyOf(ps),
          ImmutableList.copyOf(ss),
          ImmutableSortedMap.copyOf(panels),
          ImmutableSortedMap.copyOf(assignments),
          sheets.buildOrThrow(),
          history == null ? ResultHistory.empty() : history,
          Optional.ofNullable(module).map(RuleModuleReference::of));
    }

    private static <K, T> void addIfAbsent(Map<K, T> all, List<T> extra, K key, T value) {
      if (!all.containsKey(key)) {
        all.put(key, value);
        extra.add(value);
      }
    }
  }
}
