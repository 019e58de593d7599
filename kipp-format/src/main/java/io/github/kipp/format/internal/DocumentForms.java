package io.github.kipp.format.internal;

import static io.github.kipp.format.internal.Wire.list;
import static io.github.kipp.format.internal.Wire.nested;
import static io.github.kipp.format.internal.Wire.parse;
import static io.github.kipp.format.internal.Wire.required;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import io.github.kipp.core.InvalidInputException;
import io.github.kipp.core.ProposalId;
import io.github.kipp.core.StageId;
import io.github.kipp.core.Violation;
import io.github.kipp.core.edition.Edition;
import io.github.kipp.core.eligibility.PastResult;
import io.github.kipp.core.eligibility.ResultHistory;
import io.github.kipp.core.eligibility.ScreeningResult;
import io.github.kipp.core.innovation.Proposal;
import io.github.kipp.core.institution.Institution;
import io.github.kipp.core.institution.Unit;
import io.github.kipp.core.rule.RuleModuleReference;
import io.github.kipp.core.stage.ProposalStatus;
import io.github.kipp.format.CompetitionDocument;
import io.github.kipp.format.KippFormat;
import io.github.kipp.format.ResultsDocument;
import io.github.kipp.scoring.CriteriaSet;
import io.github.kipp.scoring.ScoreSheet;
import io.github.kipp.scoring.aggregate.AggregationResult;
import io.github.kipp.scoring.aggregate.CombinationResult;
import io.github.kipp.scoring.explain.Explanation;
import io.github.kipp.scoring.panel.Assignment;
import io.github.kipp.scoring.panel.Panel;
import io.github.kipp.scoring.rank.CutResult;
import io.github.kipp.scoring.rank.Ranking;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The wire records of the top-level competition and results documents and of the result history,
 * the same for both Jackson lines, which read and write the same public document types.
 */
public final class DocumentForms {

  /** The version of the document format this release writes. */
  public static final String VERSION = KippFormat.FORMAT_VERSION;

  /** The first version of the format, which has no {@code module} in the competition document. */
  public static final String VERSION_1_0 = "1.0";

  /** The versions of the document format this release reads, oldest first. */
  public static final List<String> READABLE = List.of(VERSION_1_0, VERSION);

  /** The fields of a competition document of format 1.0, as a message lists them. */
  public static final String FIELDS_1_0 = "formatVersion, edition, institutions, units, proposals, statuses, panels, assignments, scoreSheets, history";

  private DocumentForms() {}

  /**
   * Checks a document's format version.
   *
   * @param version the written version, possibly null
   * @throws InvalidInputException if it is missing or not one this release reads
   */
  public static void checkVersion(@Nullable String version) {
    String v = required(version, "formatVersion", Expected.TEXT);
    if (!READABLE.contains(v)) {
      throw Wire.fail(FormatMessages.violation("kipp.json.version", "formatVersion", v, "allowed", String.join(", ", READABLE)));
    }
  }

  private static <K extends Comparable<K>, V> ImmutableSortedMap<K, V> byStage(@Nullable Map<String, V> values, String field, Function<String, K> key) {
    ImmutableSortedMap.Builder<K, V> out = ImmutableSortedMap.naturalOrder();
    Wire.map(values, field).forEach((k, v) -> out.put(parse(k, field + "." + k, key), v));
    return out.buildOrThrow();
  }

  private static <V> Map<String, V> byStage(Map<StageId, V> values) {
    Map<String, V> out = new LinkedHashMap<>();
    values.forEach((k, v) -> out.put(k.value(), v));
    return out;
  }

  /** {@link ResultHistory}: the results, sorted. */
  @WireRecord
  public record HistoryW(@Nullable List<PastResult> results) {
    /**
     * Returns the wire form of a history.
     *
     * @param h the history
     * @return the wire record
     */
    public static HistoryW of(ResultHistory h) {
      return new HistoryW(h.results());
    }

    /**
     * Makes the history.
     *
     * @return the history
     */
    public ResultHistory toDomain() {
      return ResultHistory.of(list(results, "results"));
    }
  }

  /** A competition document, of either Jackson line. */
  @WireRecord
  public record CompetitionW(
      @Nullable String formatVersion,
      @Nullable RuleModuleReference module,
      @Nullable Edition edition,
      @Nullable List<Institution> institutions,
      @Nullable List<Unit> units,
      @Nullable List<Proposal> proposals,
      @Nullable List<ProposalStatus> statuses,
      @Nullable Map<String, Panel> panels,
      @Nullable Map<String, Assignment> assignments,
      @Nullable Map<String, List<ScoreSheet>> scoreSheets,
      @Nullable List<PastResult> history) {
    /**
     * Returns the wire form of a competition document, given by its parts.
     *
     * @param edition the edition
     * @param institutions the institutions
     * @param units the units
     * @param proposals the proposals
     * @param statuses the statuses
     * @param panels the panels by stage
     * @param assignments the assignments by stage
     * @param scoreSheets the sheets by stage
     * @param history the past results
     * @param module the rule module the document records, if any
     * @return the wire record
     */
    public static CompetitionW of(
        Edition edition,
        List<Institution> institutions,
        List<Unit> units,
        List<Proposal> proposals,
        List<ProposalStatus> statuses,
        Map<StageId, Panel> panels,
        Map<StageId, Assignment> assignments,
        Map<StageId, ? extends List<ScoreSheet>> scoreSheets,
        ResultHistory history,
        Optional<RuleModuleReference> module) {
      Map<String, List<ScoreSheet>> sheets = new LinkedHashMap<>();
      scoreSheets.forEach((k, v) -> sheets.put(k.value(), v));
      return new CompetitionW(
          VERSION,
          module.orElse(null),
          edition,
          institutions,
          units,
          proposals,
          statuses,
          byStage(panels),
          byStage(assignments),
          sheets,
          history.results());
    }

    /**
     * Makes the document, checking its sheets against criteria when the read was given some (see
     * {@link SheetChecks#CRITERIA}); the problems of the sheets and of the document are listed together.
     *
     * @param criteria the criteria of each stage, or null to check no sheet against criteria
     * @return the document
     * @throws InvalidInputException listing the problems of the sheets and of the document
     */
    public CompetitionDocument toDomain(@Nullable Map<StageId, CriteriaSet> criteria) {
      checkVersion(formatVersion);
      Wire.checkFields(
          () -> required(edition, "edition", Expected.OBJECT),
          () -> list(institutions, "institutions"),
          () -> list(units, "units"),
          () -> list(proposals, "proposals"),
          () -> list(statuses, "statuses"),
          () -> byStage(panels, "panels", ReadIds.STAGE),
          () -> byStage(assignments, "assignments", ReadIds.STAGE),
          () -> byStage(scoreSheets, "scoreSheets", ReadIds.STAGE),
          () -> list(history, "history"));
      if (module != null && VERSION_1_0.equals(formatVersion)) {
        throw Wire.fail(FormatMessages.violation("kipp.json.unknownField", "module", "module", "allowed", FIELDS_1_0));
      }
      Map<StageId, List<ScoreSheet>> sheets = byStage(scoreSheets, "scoreSheets", ReadIds.STAGE);
      ImmutableSortedMap.Builder<StageId, ImmutableList<ScoreSheet>> s = ImmutableSortedMap.naturalOrder();
      sheets.forEach((k, v) -> s.put(k, ImmutableList.copyOf(list(v, "scoreSheets." + k))));
      ImmutableSortedMap<StageId, ImmutableList<ScoreSheet>> bySheetStage = s.buildOrThrow();
      Edition e = required(edition, "edition", Expected.OBJECT);
      List<Violation> sheetProblems = criteria == null ? List.of() : SheetChecks.against(bySheetStage, criteria);
      CompetitionDocument document;
      try {
        document = nested("", () -> new CompetitionDocument(
            e,
            ImmutableList.copyOf(list(institutions, "institutions")),
            ImmutableList.copyOf(list(units, "units")),
            ImmutableList.copyOf(list(proposals, "proposals")),
            ImmutableList.copyOf(list(statuses, "statuses")),
            byStage(panels, "panels", ReadIds.STAGE),
            byStage(assignments, "assignments", ReadIds.STAGE),
            bySheetStage,
            ResultHistory.of(list(history, "history")),
            Optional.ofNullable(module)));
      } catch (InvalidInputException problems) {
        throw sheetProblems.isEmpty() ? problems : InvalidInputException.of(problems.subject(), SheetChecks.both(problems.violations(), sheetProblems));
      }
      InvalidInputException.throwIfAny("score sheets of edition '" + e.id() + "'", sheetProblems);
      return document;
    }
  }

  /** A results document, of either Jackson line. */
  @WireRecord
  public record ResultsW(
      @Nullable String formatVersion,
      @Nullable ScreeningResult screening,
      @Nullable List<AggregationResult> aggregations,
      @Nullable CombinationResult combination,
      @Nullable List<Ranking> rankings,
      @Nullable List<CutResult> cuts,
      @Nullable Map<String, Explanation> explanations) {
    /**
     * Returns the wire form of a results document, given by its parts.
     *
     * @param screening the screening result, if any
     * @param aggregations the aggregations
     * @param combination the combination, if any
     * @param rankings the rankings
     * @param cuts the cuts
     * @param explanations the explanations by proposal
     * @return the wire record
     */
    public static ResultsW of(
        Optional<ScreeningResult> screening,
        List<AggregationResult> aggregations,
        Optional<CombinationResult> combination,
        List<Ranking> rankings,
        List<CutResult> cuts,
        Map<ProposalId, Explanation> explanations) {
      Map<String, Explanation> ex = new LinkedHashMap<>();
      explanations.forEach((k, v) -> ex.put(k.value(), v));
      return new ResultsW(VERSION, screening.orElse(null), aggregations, combination.orElse(null), rankings, cuts, ex);
    }

    /**
     * Returns the wire form of a results document.
     *
     * @param d the document
     * @return the wire record
     */
    public static ResultsW of(ResultsDocument d) {
      return of(d.screening(), d.aggregations(), d.combination(), d.rankings(), d.cuts(), d.explanations());
    }

    /**
     * Makes the document.
     *
     * @return the document
     * @throws InvalidInputException if a field is missing or refused
     */
    public ResultsDocument toDomain() {
      checkVersion(formatVersion);
      Wire.checkFields(
          () -> list(aggregations, "aggregations"),
          () -> list(rankings, "rankings"),
          () -> list(cuts, "cuts"),
          () -> byStage(explanations, "explanations", ProposalId::of));
      return new ResultsDocument(
          Optional.ofNullable(screening),
          ImmutableList.copyOf(list(aggregations, "aggregations")),
          Optional.ofNullable(combination),
          ImmutableList.copyOf(list(rankings, "rankings")),
          ImmutableList.copyOf(list(cuts, "cuts")),
          byStage(explanations, "explanations", ProposalId::of));
    }
  }

  /**
   * Returns the mappings of this file: the result history and the results document. The competition
   * document is not a mapping, since each line reads it in two passes (its institutions and units
   * first, then the rest with ids resolved against them).
   *
   * @return the mappings
   */
  public static List<Mapping<?, ?>> mappings() {
    return List.of(
        Mapping.of(ResultHistory.class, HistoryW.class, HistoryW::of, HistoryW::toDomain),
        Mapping.of(ResultsDocument.class, ResultsW.class, ResultsW::of, ResultsW::toDomain));
  }
}
