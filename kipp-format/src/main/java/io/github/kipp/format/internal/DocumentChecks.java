package io.github.kipp.format.internal;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import io.github.kipp.core.ActorId;
import io.github.kipp.core.InstitutionId;
import io.github.kipp.core.ProposalId;
import io.github.kipp.core.StageId;
import io.github.kipp.core.UnitId;
import io.github.kipp.core.Violation;
import io.github.kipp.core.innovation.Proposal;
import io.github.kipp.core.institution.Institution;
import io.github.kipp.core.institution.RegionCode;
import io.github.kipp.core.institution.Unit;
import io.github.kipp.core.stage.ProposalStatus;
import io.github.kipp.format.CompetitionDocument;
import io.github.kipp.scoring.ScoreSheet;
import io.github.kipp.scoring.panel.Assignment;
import io.github.kipp.scoring.panel.Evaluator;
import io.github.kipp.scoring.panel.Panel;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The consistency of a competition document, the same for both Jackson lines: the checks {@link
 * CompetitionDocument} runs when made.
 */
public final class DocumentChecks {

  /** The most proposals (and proposal statuses) a document holds: thirty national editions' worth. */
  public static final int MAX_PROPOSALS = 100_000;

  /** The most institutions, and the most units, a document holds. */
  public static final int MAX_ENTRIES = 100_000;

  /** The most score sheets a document holds for one stage. */
  public static final int MAX_SHEETS_PER_STAGE = 1_000_000;

  private DocumentChecks() {}

  private static void tooMany(List<Violation> v, String field, int size, int max) {
    if (size > max) {
      v.add(FormatMessages.violation("kipp.json.tooMany", field, size, "max", max));
    }
  }

  /**
   * Checks a competition document's lists: sizes within the limits, unique ids, one regional
   * government per region, BUMD owners, references to listed institutions, units and proposals with
   * the same contents, at most one status per proposal, sheets under their own stage and no second
   * sheet of an evaluator for a proposal in a stage.
   *
   * @param institutions the institutions
   * @param units the units
   * @param proposals the proposals
   * @param statuses the statuses
   * @param panels the panels by stage
   * @param assignments the assignments by stage
   * @param scoreSheets the score sheets by stage
   * @return every inconsistency found, with its path in the document; empty if none
   */
  public static List<Violation> consistency(
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
   * A competition document's lists as its builder completes them.
   *
   * @param institutions the institutions, sorted by id
   * @param units the units, sorted by id
   * @param proposals the proposals, sorted by id
   * @param statuses the statuses, sorted by proposal
   * @param scoreSheets the sheets of each stage, sorted by proposal, evaluator and submission time
   */
  public record Assembled(
      ImmutableList<Institution> institutions,
      ImmutableList<Unit> units,
      ImmutableList<Proposal> proposals,
      ImmutableList<ProposalStatus> statuses,
      ImmutableSortedMap<StageId, ImmutableList<ScoreSheet>> scoreSheets) {}

  /**
   * Completes a document's lists as its builder does: institutions and units used by proposals and
   * evaluators are added when no entry has their id, and every list is sorted, so that the same
   * content gives the same document.
   *
   * @param institutions the institutions given
   * @param units the units given
   * @param proposals the proposals given
   * @param statuses the statuses given
   * @param panels the panels by stage
   * @param scoreSheets the sheets by stage
   * @return the lists
   */
  public static Assembled assemble(
      List<Institution> institutions,
      List<Unit> units,
      List<Proposal> proposals,
      List<ProposalStatus> statuses,
      Map<StageId, Panel> panels,
      Map<StageId, List<ScoreSheet>> scoreSheets) {
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
    return new Assembled(ImmutableList.copyOf(is), ImmutableList.copyOf(us), ImmutableList.copyOf(ps), ImmutableList.copyOf(ss), sheets.buildOrThrow());
  }

  private static <K, T> void addIfAbsent(Map<K, T> all, List<T> extra, K key, T value) {
    if (!all.containsKey(key)) {
      all.put(key, value);
      extra.add(value);
    }
  }
}
