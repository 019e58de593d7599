package io.github.kipp.scoring;

import static io.github.kipp.scoring.ScoringFixtures.CITED;
import static io.github.kipp.scoring.ScoringFixtures.CLOSE;
import static io.github.kipp.scoring.ScoringFixtures.DESK;
import static io.github.kipp.scoring.ScoringFixtures.DESK_CRITERIA;
import static io.github.kipp.scoring.ScoringFixtures.DURING;
import static io.github.kipp.scoring.ScoringFixtures.LUWU_UTARA;
import static io.github.kipp.scoring.ScoringFixtures.PRESENTATION;
import static io.github.kipp.scoring.ScoringFixtures.TAKALAR;
import static io.github.kipp.scoring.ScoringFixtures.TWO_DECIMALS;
import static io.github.kipp.scoring.ScoringFixtures.UNHAS;
import static io.github.kipp.scoring.ScoringFixtures.ZERO_TO_HUNDRED;
import static io.github.kipp.scoring.ScoringFixtures.scores;
import static io.github.kipp.scoring.ScoringFixtures.sheet;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.ImmutableSortedMap;
import com.google.common.collect.ImmutableSortedSet;
import io.github.kipp.core.Actor;
import io.github.kipp.core.ActorId;
import io.github.kipp.core.CategoryId;
import io.github.kipp.core.EditionId;
import io.github.kipp.core.GroupId;
import io.github.kipp.core.InnovationId;
import io.github.kipp.core.InvalidInputException;
import io.github.kipp.core.KippException;
import io.github.kipp.core.LocalizedText;
import io.github.kipp.core.ProposalId;
import io.github.kipp.core.Reason;
import io.github.kipp.core.Role;
import io.github.kipp.core.TierId;
import io.github.kipp.core.audit.DecisionLog;
import io.github.kipp.core.innovation.ImplementationStart;
import io.github.kipp.core.innovation.Innovation;
import io.github.kipp.core.innovation.Proposal;
import io.github.kipp.core.institution.Institution;
import io.github.kipp.core.institution.InstitutionType;
import io.github.kipp.core.institution.RegionCode;
import io.github.kipp.core.institution.ThreeTRegions;
import io.github.kipp.core.institution.Unit;
import io.github.kipp.core.institution.UnitKind;
import io.github.kipp.scoring.explain.Explanation;
import io.github.kipp.scoring.panel.Assigner;
import io.github.kipp.scoring.panel.Assignment;
import io.github.kipp.scoring.panel.AssignmentOptions;
import io.github.kipp.scoring.panel.ConflictOfInterestPolicies;
import io.github.kipp.scoring.panel.Evaluator;
import io.github.kipp.scoring.panel.Panel;
import io.github.kipp.scoring.aggregate.AggregatedScore;
import io.github.kipp.scoring.aggregate.AggregationResult;
import io.github.kipp.scoring.aggregate.Aggregations;
import io.github.kipp.scoring.rank.AwardTier;
import io.github.kipp.scoring.stability.BootstrapOptions;
import io.github.kipp.scoring.rank.Candidate;
import io.github.kipp.scoring.rank.Cutoff;
import io.github.kipp.scoring.shortlist.InfeasibleQuotasException;
import io.github.kipp.scoring.shortlist.Quota;
import io.github.kipp.scoring.shortlist.QuotaDimension;
import io.github.kipp.scoring.rank.RankOverride;
import io.github.kipp.scoring.stability.RankStability;
import io.github.kipp.scoring.rank.Ranker;
import io.github.kipp.scoring.rank.Ranking;
import io.github.kipp.scoring.aggregate.SheetContribution;
import io.github.kipp.scoring.shortlist.ShortlistSpec;
import io.github.kipp.scoring.shortlist.Shortlister;
import io.github.kipp.scoring.aggregate.StageCombinations;
import io.github.kipp.scoring.aggregate.ZScoreOptions;
import io.github.kipp.scoring.spi.FinalistPool;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.InstantSource;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Keeps {@code docs/errors.md} and kipp-scoring's message bundles in step, and produces every error
 * code of kipp-scoring through the public API, checking that a failed call changes nothing.
 */
class ScoringErrorCatalogueTest {

  /** The catalogue, relative to the module's directory, where the tests run. */
  private static final Path DOCUMENT = Path.of("..", "docs", "errors.md");

  private static final String BUNDLE = "io/github/kipp/scoring/Messages";

  /**
   * The keys that are decision reasons, labels and explanation texts, not errors: conflicts of
   * interest (also the reason of a refused sheet, whose code is core's), explanation nodes, reasons of
   * combined scores, cut-offs, uncovered proposals and shortlists, default quota labels, and the
   * statistic names of the stability explanation. Every other key is an error code and needs a case
   * in {@link #cases()}.
   */
  private static final ImmutableSortedSet<String> REASON_KEYS = ImmutableSortedSet.of(
      "kipp.coi.sameInstitution", "kipp.coi.sameFamily", "kipp.coi.sameGovernment", "kipp.coi.provinceFamily",
      "kipp.coi.regionUnknown",
      "kipp.sheet.version", "kipp.sheet.revision", "kipp.sheet.revisionUnchanged", "kipp.sheet.revisionNoReason", "kipp.sheet.withdrawn",
      "kipp.explain.raw", "kipp.explain.weighted", "kipp.explain.zscore", "kipp.explain.zscoreRaw", "kipp.explain.zscoreExcluded",
      "kipp.explain.zscoreRawFlat", "kipp.explain.zscoreExcludedFlat",
      "kipp.explain.aggregate",
      "kipp.combination.missingStage", "kipp.combination.gatePassed", "kipp.combination.gateFailed",
      "kipp.explain.stageWeight", "kipp.explain.combination",
      "kipp.cutoff.passMarkMet", "kipp.cutoff.passMarkMissed", "kipp.cutoff.insideTopN", "kipp.cutoff.tiedAtBoundary",
      "kipp.cutoff.outsideTopN", "kipp.cutoff.insideCluster", "kipp.cutoff.tiedInCluster", "kipp.cutoff.outsideCluster",
      "kipp.cutoff.unfilledSeat", "kipp.cutoff.noUnfilledSeat",
      "kipp.explain.rank", "kipp.explain.tieBreak", "kipp.explain.sharedRank", "kipp.explain.override",
      "kipp.assign.short", "kipp.assign.panelTooSmall", "kipp.assign.tooFewExperts", "kipp.assign.tooFewFree",
      "kipp.assign.notExpert", "kipp.assign.full",
      "kipp.quota.label", "kipp.quota.labelEach", "kipp.quota.label3T", "kipp.quota.labelNot3T",
      "kipp.shortlist.included", "kipp.shortlist.atMaximum", "kipp.shortlist.atCap", "kipp.shortlist.keepRoom",
      "kipp.shortlist.need", "kipp.shortlist.keepRoomJoint", "kipp.shortlist.belowCut", "kipp.shortlist.tiedAtCut",
      "kipp.explain.shortlistIncluded", "kipp.explain.shortlistExcluded",
      "kipp.stability.statistic.MEAN", "kipp.stability.statistic.MEDIAN", "kipp.explain.stability",
      "kipp.outcome.notSubmitted", "kipp.outcome.ineligible", "kipp.outcome.eligible", "kipp.outcome.notScored", "kipp.outcome.notNominated",
      "kipp.outcome.nominated", "kipp.outcome.notSelected", "kipp.outcome.finalist", "kipp.outcome.removed", "kipp.outcome.notRanked",
      "kipp.outcome.notAwarded", "kipp.competition.unscored", "kipp.competition.noPool", "kipp.competition.notCombined",
      "kipp.explain.outcome", "kipp.explain.nomination", "kipp.explain.eligible", "kipp.explain.ineligible",
      "kipp.feed.refused",
      "kipp.reliability.notComputable", "kipp.reliability.summary", "kipp.calibration.lenient", "kipp.calibration.severe",
      "kipp.calibration.inconsistent", "kipp.calibration.tooFewShared", "kipp.calibration.noSpread",
      "kipp.fairness.shifted", "kipp.fairness.steady", "kipp.fairness.nonePassed");

  /**
   * The keys that are part of another error's message rather than a code: the reasons a score book
   * gives in core's refusal ({@code UnauthorizedActionException.because}), and where a quota search
   * stopped in {@code kipp.quota.tooComplex}. A case carries such a key when its pattern is found in
   * the text in both languages.
   */
  private static final ImmutableSortedSet<String> MESSAGE_KEYS = ImmutableSortedSet.of(
      "kipp.sheet.notOwn", "kipp.sheet.notOnPanel", "kipp.sheet.notAssigned", "kipp.sheet.recused", "kipp.sheet.recusalBy",
      "kipp.quota.where.start", "kipp.quota.where.proposal");

  private static final Properties ENGLISH = bundle(BUNDLE + ".properties");
  private static final Properties INDONESIAN = bundle(BUNDLE + "_id.properties");

  private static final Evaluator ACADEMIC = Evaluator.of("te-unhas", UNHAS);
  private static final Evaluator LOCAL = Evaluator.of("te-luwu", LUWU_UTARA);
  private static final Proposal FROM_LUWU = ScoringFixtures.proposal("p-luwu", LUWU_UTARA);
  private static final Proposal FROM_TAKALAR = ScoringFixtures.proposal("p-takalar", TAKALAR);
  private static final Actor SECRETARIAT = Actor.of("sekretariat", Role.SECRETARIAT);
  private static final Reason RECUSAL = Reason.of("recusal.declared", LocalizedText.of("Mengundurkan diri", "Recused"));

  private static final Institution SIGI = regency("pemkab-sigi", "Pemerintah Kabupaten Sigi", "72.10");
  private static final Institution ASMAT = regency("pemkab-asmat", "Pemerintah Kabupaten Asmat", "93.04");
  private static final Institution BANYUWANGI = regency("pemkab-banyuwangi", "Pemerintah Kabupaten Banyuwangi", "35.10");

  @Test
  void both_languages_have_the_same_keys() {
    assertThat(INDONESIAN.stringPropertyNames()).isEqualTo(ENGLISH.stringPropertyNames());
  }

  @Test
  void every_key_has_one_row_in_the_catalogue_with_its_exact_english_and_indonesian_patterns() {
    TreeMap<String, List<Row>> byCode = new TreeMap<>();
    rows().forEach(r -> byCode.computeIfAbsent(r.code(), c -> new ArrayList<>()).add(r));

    for (String key : ENGLISH.stringPropertyNames()) {
      assertThat(byCode.get(key)).as("rows for %s", key).isNotNull().hasSize(1);
      Row row = byCode.get(key).get(0);
      assertThat(row.english()).as("English of %s", key).isEqualTo(ENGLISH.getProperty(key));
      assertThat(row.indonesian()).as("Indonesian of %s", key).isEqualTo(INDONESIAN.getProperty(key));
    }
  }

  @Test
  void the_scoring_sections_name_only_keys_of_the_bundles_errors_among_errors_and_reasons_among_reasons() {
    List<Row> rows = rows();
    Set<String> inErrors = rows.stream().filter(r -> r.section().equals("## kipp-scoring")).map(Row::code).collect(Collectors.toCollection(TreeSet::new));
    Set<String> inReasons = rows.stream().filter(r -> r.section().equals("### kipp-scoring")).map(Row::code).collect(Collectors.toCollection(TreeSet::new));

    assertThat(inErrors).isEqualTo(errorKeys());
    assertThat(inReasons).isEqualTo(REASON_KEYS);
    assertThat(rows.stream().filter(r -> r.section().equals("## kipp-scoring")))
        .allSatisfy(r -> assertThat(r.cells()).as(r.code()).hasSize(5));
    assertThat(rows.stream().filter(r -> r.section().equals("### kipp-scoring")))
        .allSatisfy(r -> assertThat(r.cells()).as(r.code()).hasSize(4));
  }

  @Test
  void the_reason_and_message_keys_are_keys_of_the_bundles() {
    assertThat(ENGLISH.stringPropertyNames()).containsAll(REASON_KEYS).containsAll(MESSAGE_KEYS);
    assertThat(REASON_KEYS).doesNotContainAnyElementsOf(MESSAGE_KEYS);
  }

  /** A table row of the catalogue whose first cell is a code, with the heading it stands under. */
  private record Row(String section, String code, List<String> cells) {
    String english() {
      return cells.get(cells.size() - 2);
    }

    String indonesian() {
      return cells.get(cells.size() - 1);
    }
  }

  private static final Pattern CELL_BORDER = Pattern.compile("(?<!\\\\)\\|");
  private static final Pattern CODE_CELL = Pattern.compile("`(kipp\\.[A-Za-z0-9.]+)`");

  private static List<Row> rows() {
    List<String> lines;
    try {
      lines = Files.readAllLines(DOCUMENT, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<Row> rows = new ArrayList<>();
    String section = "";
    for (String line : lines) {
      if (line.startsWith("#")) {
        section = line.trim();
        continue;
      }
      if (!line.startsWith("|")) {
        continue;
      }
      String[] parts = CELL_BORDER.split(line.trim(), -1);
      List<String> cells = new ArrayList<>();
      for (int i = 1; i < parts.length - 1; i++) {
        cells.add(parts[i].trim().replace("\\|", "|"));
      }
      Matcher code = CODE_CELL.matcher(cells.get(0));
      if (code.matches()) {
        rows.add(new Row(section, code.group(1), cells));
      }
    }
    return rows;
  }

  @Test
  void every_error_key_has_exactly_one_case() {
    List<String> keys = cases().stream().map(Case::key).collect(Collectors.toList());

    assertThat(keys).doesNotHaveDuplicates();
    assertThat(new TreeSet<>(keys)).isEqualTo(errorKeys());
  }

  @TestFactory
  Stream<DynamicTest> every_error_code_comes_from_the_public_api_and_the_failed_call_changes_nothing() {
    return cases().stream().map(c -> DynamicTest.dynamicTest(c.key() + ": " + c.name(), () -> {
      Object before = c.state() == null ? null : c.state().get();
      Outcome outcome = outcome(c.action());
      assertThat(outcome.codes()).as("codes carried").contains(c.key());
      if (c.value() != null) {
        assertThat(outcome.text().english()).as("English text").contains(c.value());
        assertThat(outcome.text().indonesian()).as("Indonesian text").contains(c.value());
      }
      if (c.state() != null) {
        assertThat(c.state().get()).as("state after the failed call").isEqualTo(before);
      }
    }));
  }

  private static ImmutableSortedSet<String> errorKeys() {
    return ENGLISH.stringPropertyNames().stream().filter(k -> !REASON_KEYS.contains(k))
        .collect(ImmutableSortedSet.toImmutableSortedSet(Comparator.naturalOrder()));
  }

  /** A failing call of the public API and what it must report. */
  private record Case(String key, String name, Action action, @Nullable String value, @Nullable Supplier<?> state) {}

  /** What a failing call reported: the codes it carries and its text. */
  private record Outcome(ImmutableSet<String> codes, LocalizedText text) {}

  @FunctionalInterface
  private interface Action {
    void run() throws Exception;
  }

  /** A call that must throw a {@link KippException} carrying the key. */
  private static Case thrown(String key, String name, @Nullable String value, Action action) {
    return new Case(key, name, action, value, null);
  }

  /** A call to a mutable object that must throw and leave the object's state as it was. */
  private static Case thrownKeeping(String key, String name, @Nullable String value, Supplier<?> state, Action action) {
    return new Case(key, name, action, value, state);
  }

  private static Outcome outcome(Action action) throws Exception {
    try {
      action.run();
    } catch (KippException e) {
      ImmutableSet.Builder<String> codes = ImmutableSet.<String>builder().add(e.errorCode());
      if (e instanceof InvalidInputException) {
        ((InvalidInputException) e).violations().forEach(v -> codes.add(v.code()));
      }
      if (e instanceof InfeasibleQuotasException) {
        ((InfeasibleQuotasException) e).problems().forEach(p -> codes.add(p.code()));
      }
      for (String key : MESSAGE_KEYS) {
        if (template(ENGLISH.getProperty(key)).matcher(e.text().english()).find()
            && template(INDONESIAN.getProperty(key)).matcher(e.text().indonesian()).find()) {
          codes.add(key);
        }
      }
      return new Outcome(codes.build(), e.text());
    }
    return fail("the call succeeded");
  }

  /** A message pattern as a regular expression: placeholders match any text. */
  private static Pattern template(String pattern) {
    Matcher m = Pattern.compile("\\{[A-Za-z][A-Za-z0-9_]*}").matcher(pattern);
    StringBuilder regex = new StringBuilder();
    int last = 0;
    while (m.find()) {
      regex.append(Pattern.quote(pattern.substring(last, m.start()))).append(".*?");
      last = m.end();
    }
    regex.append(Pattern.quote(pattern.substring(last)));
    return Pattern.compile(regex.toString(), Pattern.DOTALL);
  }

  private static List<Case> cases() {
    List<Case> c = new ArrayList<>();
    LocalizedText name = LocalizedText.of("Signifikansi", "Significance");

    // criteria and sheets
    c.add(thrown("kipp.rounding.invalid", "rounding to 13 decimals", "13", () -> new Rounding(13, RoundingMode.HALF_UP, CITED)));
    c.add(thrown("kipp.scale.bounds", "a scale from 100 down to 50", "50", () -> Scale.of("100", "50", "1")));
    c.add(thrown("kipp.scale.step", "a scale stepping by -1", "-1", () -> Scale.of("0", "100", "-1")));
    c.add(thrown("kipp.scale.stepFit", "a scale from 0 to 100 in steps of 3", "3", () -> Scale.of("0", "100", "3")));
    c.add(thrown("kipp.criterion.weight", "a criterion weighted -0.1", "-0.1", () -> Criterion.of("signifikansi", name, "-0.1", ZERO_TO_HUNDRED, CITED)));
    c.add(thrown("kipp.criteria.empty", "a stage without criteria", null, () -> CriteriaSet.of(DESK, List.of(), BigDecimal.ONE, TWO_DECIMALS)));
    c.add(thrown("kipp.criteria.duplicate", "two criteria named signifikansi", "signifikansi", () -> CriteriaSet.of(DESK, List.of(
        Criterion.of("signifikansi", name, "0.5", ZERO_TO_HUNDRED, CITED), Criterion.of("signifikansi", name, "0.5", ZERO_TO_HUNDRED, CITED)),
        BigDecimal.ONE, TWO_DECIMALS)));
    c.add(thrown("kipp.criteria.weightTotal", "weights that must reach -1", "-1", () -> CriteriaSet.of(DESK, List.of(
        Criterion.of("signifikansi", name, "1", ZERO_TO_HUNDRED, CITED)), new BigDecimal("-1"), TWO_DECIMALS)));
    c.add(thrown("kipp.criteria.weights", "weights of 0.6 and 0.3 where they must sum to 1", "0.9", () -> CriteriaSet.of(DESK, List.of(
        Criterion.of("signifikansi", name, "0.6", ZERO_TO_HUNDRED, CITED),
        Criterion.of("adaptabilitas", LocalizedText.of("Adaptabilitas", "Adaptability"), "0.3", ZERO_TO_HUNDRED, CITED)),
        BigDecimal.ONE, TWO_DECIMALS)));
    c.add(thrown("kipp.sheet.scoreCount", "a sheet without scores", "0",
        () -> ScoreSheet.of(ProposalId.of("p-luwu"), ActorId.of("te-unhas"), DESK, Map.of(), DURING)));
    c.add(thrown("kipp.sheet.duplicate", "two sheets of te-unhas for p-luwu", "te-unhas",
        () -> FrozenScores.of(DESK_CRITERIA, List.of(sheet("p-luwu", "te-unhas", 80, 70), sheet("p-luwu", "te-unhas", 60, 60)), CLOSE)));

    // the score book
    Recorded wrongStage = new Recorded();
    c.add(thrownKeeping("kipp.sheet.wrongStage", "a presentation sheet sent to the desk stage", PRESENTATION.value(), wrongStage::state,
        () -> wrongStage.book.submit(ScoreSheet.of(FROM_LUWU.id(), ACADEMIC.id(), PRESENTATION, scores("signifikansi", "80", "adaptabilitas", "70"), DURING),
            ACADEMIC.actor())));
    Recorded missing = new Recorded();
    c.add(thrownKeeping("kipp.sheet.missingScore", "a sheet without a score for adaptabilitas", "adaptabilitas", missing::state,
        () -> missing.book.submit(ScoreSheet.of(FROM_LUWU.id(), ACADEMIC.id(), DESK, scores("signifikansi", "80"), DURING), ACADEMIC.actor())));
    Recorded offScale = new Recorded();
    c.add(thrownKeeping("kipp.sheet.offScale", "a score of 101 on a scale of 0 to 100", "101", offScale::state,
        () -> offScale.book.submit(sheet("p-luwu", "te-unhas", 101, 70), ACADEMIC.actor())));
    Recorded unknownCriterion = new Recorded();
    c.add(thrownKeeping("kipp.sheet.unknownCriterion", "a sheet scoring criterion inovasi", "inovasi", unknownCriterion::state,
        () -> unknownCriterion.book.submit(ScoreSheet.of(FROM_LUWU.id(), ACADEMIC.id(), DESK,
            scores("signifikansi", "80", "adaptabilitas", "70", "inovasi", "90"), DURING), ACADEMIC.actor())));
    Recorded unknownProposal = new Recorded();
    c.add(thrownKeeping("kipp.sheet.unknownProposal", "a sheet for a proposal the book does not hold", "p-lain", unknownProposal::state,
        () -> unknownProposal.book.submit(sheet("p-lain", "te-unhas", 80, 70), ACADEMIC.actor())));
    Recorded notOwn = new Recorded();
    c.add(thrownKeeping("kipp.sheet.notOwn", "te-luwu submitting the sheet of te-unhas", "te-unhas", notOwn::state,
        () -> notOwn.book.submit(sheet("p-luwu", "te-unhas", 80, 70), LOCAL.actor())));
    Recorded notOnPanel = new Recorded();
    c.add(thrownKeeping("kipp.sheet.notOnPanel", "a desk evaluator submitting as the independent panel", "INDEPENDENT_PANEL", notOnPanel::state,
        () -> notOnPanel.book.submit(sheet("p-luwu", "te-unhas", 80, 70), Actor.of("te-unhas", Role.INDEPENDENT_PANEL))));
    Recorded notAssigned = new Recorded();
    c.add(thrownKeeping("kipp.sheet.notAssigned", "te-unhas scoring p-takalar, which is not theirs", "p-takalar", notAssigned::state,
        () -> notAssigned.book.submit(sheet("p-takalar", "te-unhas", 80, 70), ACADEMIC.actor())));
    Recorded recused = new Recorded();
    recused.book.recuse(ACADEMIC.id(), FROM_LUWU.id(), ACADEMIC.actor(), RECUSAL);
    c.add(thrownKeeping("kipp.sheet.recused", "te-unhas scoring p-luwu after recusing", "p-luwu", recused::state,
        () -> recused.book.submit(sheet("p-luwu", "te-unhas", 80, 70), ACADEMIC.actor())));
    Recorded recusalBy = new Recorded();
    c.add(thrownKeeping("kipp.sheet.recusalBy", "te-luwu recording the recusal of te-unhas", "te-unhas", recusalBy::state,
        () -> recusalBy.book.recuse(ACADEMIC.id(), FROM_LUWU.id(), LOCAL.actor(), RECUSAL)));
    Recorded recusalUnknown = new Recorded();
    c.add(thrownKeeping("kipp.sheet.recusalUnknownEvaluator", "the recusal of an evaluator not on the panel", "te-lain", recusalUnknown::state,
        () -> recusalUnknown.book.recuse(ActorId.of("te-lain"), FROM_LUWU.id(), SECRETARIAT, RECUSAL)));
    Recorded noEarlier = new Recorded();
    c.add(thrownKeeping("kipp.sheet.noEarlierVersion", "a revision of a sheet never submitted", "p-luwu", noEarlier::state,
        () -> noEarlier.book.revise(sheet("p-luwu", "te-unhas", 80, 70), ACADEMIC.actor(), RECUSAL)));
    c.add(thrown("kipp.book.duplicateProposal", "a score book given p-luwu twice", "p-luwu",
        () -> ScoreBook.open(DESK_CRITERIA, List.of(FROM_LUWU, FROM_TAKALAR, FROM_LUWU), Panel.of(List.of(ACADEMIC, LOCAL)),
            Assignment.of(Map.of(FROM_LUWU.id(), List.of(ACADEMIC.id()))), ConflictOfInterestPolicies.institutional(), ScoringFixtures.CLOCK)));
    Recorded late = new Recorded();
    late.book.submit(sheet("p-luwu", "te-unhas", 80, 70), ACADEMIC.actor());
    Instant closedEarlier = DURING.minusSeconds(3600);
    c.add(thrownKeeping("kipp.sheet.afterClose", "freezing at a close an hour before a sheet came in", DURING.toString(), late::state,
        () -> late.book.freeze(closedEarlier, ScoringFixtures.SECRETARIAT_ACTOR)));

    // panels and assignment
    c.add(thrown("kipp.evaluator.role", "an evaluator in the unit's role", "UNIT",
        () -> new Evaluator(ActorId.of("te-x"), UNHAS, ImmutableSortedSet.of(), Role.UNIT)));
    c.add(thrown("kipp.panel.duplicate", "a panel naming te-unhas twice", "te-unhas", () -> Panel.of(List.of(ACADEMIC, ACADEMIC))));
    c.add(thrown("kipp.panel.size", "a panel without evaluators", "0", () -> Panel.of(List.of())));
    c.add(thrown("kipp.assign.perProposal", "no evaluator per proposal", "0", () -> AssignmentOptions.of(0, 7L)));
    c.add(thrown("kipp.assign.maxLoad", "a load limit of 0", "0", () -> AssignmentOptions.of(2, 7L).withMaxLoad(0)));
    c.add(thrown("kipp.assign.duplicateProposal", "p-luwu given twice", "p-luwu",
        () -> Assigner.of(ConflictOfInterestPolicies.institutional()).assign(List.of(FROM_LUWU, FROM_LUWU), Panel.of(List.of(ACADEMIC, LOCAL)),
            AssignmentOptions.of(1, 7L))));
    c.add(thrown("kipp.assign.tooLarge", "501 proposals for a panel of 10000", "5010000", ScoringErrorCatalogueTest::assignTooLarge));

    // aggregation, combination, cut-offs, ranking
    c.add(thrown("kipp.aggregation.trim", "a trimmed mean dropping no score", "0", () -> Aggregations.trimmedMean(0, CITED)));
    c.add(thrown("kipp.zscore.minSheets", "normalising with one sheet per evaluator", "1",
        () -> ZScoreOptions.population(1, ZScoreOptions.Fallback.USE_RAW, CITED)));
    c.add(thrown("kipp.zscore.reference", "a fixed reference without its mean and deviation", "FIXED",
        () -> new ZScoreOptions(2, ZScoreOptions.Fallback.USE_RAW, ZScoreOptions.Reference.FIXED, Optional.empty(), Optional.empty(), CITED)));
    c.add(thrown("kipp.zscore.sd", "a fixed standard deviation of -5", "-5",
        () -> ZScoreOptions.fixed(2, ZScoreOptions.Fallback.USE_RAW, new BigDecimal("70"), new BigDecimal("-5"), CITED)));
    c.add(thrown("kipp.combination.weight", "a stage weighted -0.3", "-0.3",
        () -> StageCombinations.weighted(Map.of(DESK, new BigDecimal("-0.3"), PRESENTATION, new BigDecimal("1.3")), TWO_DECIMALS, CITED)));
    c.add(thrown("kipp.combination.sum", "stage weights of 0.7 and 0.2", "0.9",
        () -> StageCombinations.weighted(Map.of(DESK, new BigDecimal("0.7"), PRESENTATION, new BigDecimal("0.2")), TWO_DECIMALS, CITED)));
    c.add(thrown("kipp.cutoff.size", "a Top-0 cut", "0", () -> Cutoff.topN(0, CITED)));
    c.add(thrown("kipp.tier.invalid", "a tier of no proposals", "0",
        () -> AwardTier.of("top-45", LocalizedText.same("Top 45"), GroupId.of("umum"), 0, CITED)));
    c.add(thrown("kipp.tier.cluster", "a cluster of no proposals", "pemda",
        () -> new AwardTier.Cluster("pemda", LocalizedText.same("Pemda"), ImmutableSortedSet.of(InstitutionType.KABUPATEN), 0, CITED)));
    c.add(thrown("kipp.tier.clusters", "clusters that leave the ministries out", "top-45",
        () -> AwardTier.of("top-45", LocalizedText.same("Top 45"), GroupId.of("umum"), 45, CITED).withClusters(List.of(
            new AwardTier.Cluster("pemda", LocalizedText.same("Pemda"), ImmutableSortedSet.of(InstitutionType.KABUPATEN, InstitutionType.KOTA,
                InstitutionType.PROVINSI, InstitutionType.BUMN, InstitutionType.BUMD), 45, CITED)))));
    c.add(thrown("kipp.list.noGroup", "a finalist pool without groups", null,
        () -> new FinalistPool(TierId.of("top-99"), LocalizedText.same("Top 99"), ImmutableSortedSet.of(), spec(99).build())));
    Candidate luwu = Candidate.of(FROM_LUWU, new BigDecimal("80"));
    c.add(thrown("kipp.rank.duplicate", "p-luwu ranked twice", "p-luwu", () -> Ranker.withTieBreaks().rank(List.of(luwu, luwu))));
    c.add(thrown("kipp.override.position", "an override to position 0", "0",
        () -> new RankOverride(FROM_LUWU.id(), 0, RECUSAL, Actor.of("tpi-1", Role.INDEPENDENT_PANEL), CLOSE)));
    Ranking ranking = Ranker.withTieBreaks().rank(List.of(luwu, Candidate.of(FROM_TAKALAR, new BigDecimal("70"))));
    Supplier<Object> ranked = () -> List.of(ranking.entries(), ranking.overrides());
    c.add(thrownKeeping("kipp.override.unknown", "moving a proposal that is not ranked", "p-lain", ranked,
        () -> ranking.withOverride(new RankOverride(ProposalId.of("p-lain"), 1, RECUSAL, Actor.of("tpi-1", Role.INDEPENDENT_PANEL), CLOSE))));
    c.add(thrownKeeping("kipp.override.beyond", "moving p-takalar to position 5 of 2", "5", ranked,
        () -> ranking.withOverride(new RankOverride(FROM_TAKALAR.id(), 5, RECUSAL, Actor.of("tpi-1", Role.INDEPENDENT_PANEL), CLOSE))));

    // quotas and shortlists
    c.add(thrown("kipp.quota.valueNotAllowed", "a 3T quota on the value maybe", "maybe", () -> Quota.atLeast(QuotaDimension.THREE_T, "maybe", 1, CITED)));
    c.add(thrown("kipp.quota.minNegative", "a minimum of -1", "-1", () -> Quota.atLeast(QuotaDimension.CATEGORY, "kesehatan", -1, CITED)));
    c.add(thrown("kipp.quota.maxNegative", "a maximum of -2", "-2", () -> Quota.atMost(QuotaDimension.CATEGORY, "kesehatan", -2, CITED)));
    c.add(thrown("kipp.quota.minAboveMax", "between 5 and 2", "5", () -> Quota.between(QuotaDimension.CATEGORY, "kesehatan", 5, 2, CITED)));
    ShortlistSpec.Builder noPlace = spec(0);
    c.add(thrownKeeping("kipp.shortlist.size", "a shortlist of no places", "0", () -> attempt(noPlace::build), noPlace::build));
    Quota health = Quota.atLeast(QuotaDimension.CATEGORY, "kesehatan", 1, CITED);
    ShortlistSpec.Builder repeated = spec(2).quota(health).quota(health);
    c.add(thrownKeeping("kipp.shortlist.quotaRepeated", "the same quota given twice", health.toString(), () -> attempt(repeated::build),
        repeated::build));
    Ranking health3 = rank(candidate("p-1", "kesehatan", "umum", LUWU_UTARA, "90"), candidate("p-2", "kesehatan", "umum", TAKALAR, "80"),
        candidate("p-3", "pendidikan", "umum", SIGI, "70"));
    Supplier<Object> health3State = () -> List.of(health3.entries(), health3.overrides());
    c.add(thrownKeeping("kipp.quota.infeasible", "a minimum of one tata-kelola among candidates of kesehatan and pendidikan", "tata-kelola", health3State,
        () -> Shortlister.create().select(health3, spec(2).quota(Quota.atLeast(QuotaDimension.CATEGORY, "tata-kelola", 1, CITED)).build())));
    c.add(thrownKeeping("kipp.quota.problem.tooFewCandidates", "a minimum of two pendidikan among one", "pendidikan", health3State,
        () -> Shortlister.create().select(health3, spec(2).quota(Quota.atLeast(QuotaDimension.CATEGORY, "pendidikan", 2, CITED)).build())));
    c.add(thrownKeeping("kipp.quota.problem.minAboveMax", "at least two and at most one of kesehatan", "kesehatan", health3State,
        () -> Shortlister.create().select(health3, spec(2).quota(Quota.atLeast(QuotaDimension.CATEGORY, "kesehatan", 2, CITED))
            .quota(Quota.atMost(QuotaDimension.CATEGORY, "kesehatan", 1, CITED)).build())));
    c.add(thrownKeeping("kipp.quota.problem.minimumsExceedSize", "category minimums of three in two places", "3", health3State,
        () -> Shortlister.create().select(health3, spec(2).quota(Quota.atLeast(QuotaDimension.CATEGORY, "kesehatan", 2, CITED))
            .quota(Quota.atLeast(QuotaDimension.CATEGORY, "pendidikan", 1, CITED)).build())));
    Ranking apart = rank(candidate("p-1", "pendidikan", "umum", LUWU_UTARA, "90"), candidate("p-2", "kesehatan", "umum", SIGI, "80"));
    c.add(thrownKeeping("kipp.quota.problem.jointly", "one place for a pendidikan minimum and a 3T minimum met by different proposals", "pendidikan",
        () -> List.of(apart.entries(), apart.overrides()),
        () -> Shortlister.create().select(apart, spec(1).quota(Quota.atLeast(QuotaDimension.CATEGORY, "pendidikan", 1, CITED))
            .quota(Quota.atLeast(QuotaDimension.THREE_T, "true", 1, CITED)).build())));
    c.add(thrownKeeping("kipp.quota.tooComplex", "a check with a budget of one node", "1", health3State,
        () -> Shortlister.withNodeBudget(1).check(health3, spec(2).quota(Quota.atLeast(QuotaDimension.CATEGORY, "kesehatan", 2, CITED)).build())));
    c.add(thrownKeeping("kipp.quota.where.start", "the budget running out before selection", null, health3State,
        () -> Shortlister.withNodeBudget(1).select(health3, spec(2).quota(Quota.atLeast(QuotaDimension.CATEGORY, "kesehatan", 2, CITED)).build())));
    Ranking blocked = rank(
        candidate("p-a", "tata-kelola", "replikasi", ASMAT, "90"),
        candidate("p-b", "pendidikan", "umum", SIGI, "80"),
        candidate("p-c", "pendidikan", "umum", ASMAT, "70"),
        candidate("p-d", "pendidikan", "replikasi", LUWU_UTARA, "60"),
        candidate("p-e", "kesehatan", "umum", BANYUWANGI, "50"));
    ShortlistSpec twoAndTwo = spec(4)
        .quota(Quota.atLeast(QuotaDimension.CATEGORY, "pendidikan", 2, CITED))
        .quota(Quota.atLeast(QuotaDimension.GROUP, "umum", 2, CITED))
        .quota(Quota.eachAtMost(QuotaDimension.INSTITUTION, 1, CITED))
        .build();
    c.add(thrownKeeping("kipp.quota.where.proposal",
        "a budget of three nodes, enough before selection but not once p-a of Asmat rules out p-c of Asmat", "p-a",
        () -> List.of(blocked.entries(), blocked.overrides()), () -> Shortlister.withNodeBudget(3).select(blocked, twoAndTwo)));

    // rank stability
    c.add(thrown("kipp.stability.replicates", "no replicates", "0", () -> BootstrapOptions.newBuilder().seed(7).shortlistSize(5).replicates(0).build()));
    c.add(thrown("kipp.stability.confidence", "a confidence level of 1.5", "1.5",
        () -> BootstrapOptions.newBuilder().seed(7).shortlistSize(5).confidence(new BigDecimal("1.5")).build()));
    c.add(thrown("kipp.stability.shortlist", "a shortlist of 0", "0", () -> BootstrapOptions.newBuilder().seed(7).shortlistSize(0).build()));
    c.add(thrown("kipp.stability.magnitude", "an aggregate of 1E+101", "1E+101", ScoringErrorCatalogueTest::hugeBootstrap));
    c.add(thrown("kipp.stability.tooMuchWork", "a million replicates of a stage too large for them", "1002000000", ScoringErrorCatalogueTest::heavyBootstrap));
    // the competition's steps
    Candidate onlyFinalA = Candidate.of(FROM_LUWU, new BigDecimal("80"));
    Candidate onlyFinalB = Candidate.of(FROM_TAKALAR, new BigDecimal("80"));
    c.add(thrown("kipp.tieBreak.missingData", "two tied candidates made with a final score only, ranked by the desk stage first", "stage:evaluasi-proposal",
        () -> Ranker.withTieBreaks(io.github.kipp.scoring.rank.TieBreaks.higherStage(DESK, CITED)).rank(List.of(onlyFinalA, onlyFinalB))));
    c.add(thrown("kipp.entries.duplicate", "p-luwu entered twice", "p-luwu",
        () -> io.github.kipp.scoring.competition.Entries.newBuilder().submitted(List.of(FROM_LUWU, FROM_LUWU)).build()));
    io.github.kipp.core.stage.ProposalStatus luwuStatus = io.github.kipp.core.stage.ProposalStatus.start(FROM_LUWU.id(),
        io.github.kipp.core.stage.StageMachine.national(), CLOSE);
    c.add(thrown("kipp.entries.duplicateStatus", "two statuses of p-luwu", "p-luwu",
        () -> io.github.kipp.scoring.competition.Entries.newBuilder().fromStatuses(List.of(FROM_LUWU), List.of(luwuStatus, luwuStatus)).build()));
    c.add(thrown("kipp.entries.noStatus", "p-luwu entered with statuses but without its own", "p-luwu",
        () -> io.github.kipp.scoring.competition.Entries.newBuilder().fromStatuses(List.of(FROM_LUWU), List.of()).build()));
    c.add(thrown("kipp.entries.unknownProposal", "a submission time of a proposal not entered", "p-takalar",
        () -> io.github.kipp.scoring.competition.Entries.newBuilder().submitted(List.of(FROM_LUWU)).submissionTimes(Map.of(FROM_TAKALAR.id(), CLOSE)).build()));
    c.add(thrown("kipp.entries.notSubmitted", "a submission time of a draft", "p-luwu",
        () -> io.github.kipp.scoring.competition.Entries.newBuilder().drafts(List.of(FROM_LUWU)).submissionTimes(Map.of(FROM_LUWU.id(), CLOSE)).build()));
    io.github.kipp.scoring.competition.Competition competition = io.github.kipp.scoring.competition.Competition.of(
        io.github.kipp.scoring.competition.SampleModule.plain(), 1, java.time.Clock.fixed(CLOSE, java.time.ZoneOffset.UTC));
    io.github.kipp.scoring.competition.Entries two = io.github.kipp.scoring.competition.Entries.submitted(List.of(FROM_LUWU, FROM_TAKALAR));
    FrozenScores deskScores = FrozenScores.of(DESK_CRITERIA, List.of(sheet("p-luwu", "te-unhas", 80, 70), sheet("p-takalar", "te-unhas", 60, 60)), CLOSE);
    FrozenScores presentationScores = FrozenScores.of(io.github.kipp.scoring.competition.SampleModule.PRESENTATION_CRITERIA,
        List.of(io.github.kipp.scoring.competition.SampleModule.presentation("p-luwu", "tpi-1", 70, CLOSE)), CLOSE);
    c.add(thrown("kipp.competition.notFinalist", "public review removing a proposal that is not a finalist", "p-takalar", () -> {
      io.github.kipp.scoring.competition.EditionResult selected = competition.selectFinalists(competition.nominate(competition.screen(
          io.github.kipp.scoring.competition.Entries.submitted(List.of(FROM_LUWU))), deskScores));
      competition.removeFinalist(selected, FROM_TAKALAR.id(), RECUSAL);
    }));
    c.add(thrown("kipp.competition.notRefused", "an upheld appeal restoring a proposal the screening did not refuse", "p-luwu", () -> {
      io.github.kipp.core.appeal.AppealBook appeals = io.github.kipp.core.appeal.AppealBook.open(
          io.github.kipp.core.appeal.AppealWindow.defaultWindow(), DecisionLog.create());
      io.github.kipp.core.eligibility.ProposalEligibility refused = new io.github.kipp.core.eligibility.ProposalEligibility(FROM_LUWU.id(),
          ImmutableList.of(io.github.kipp.core.Decision.fail("proposal p-luwu", "eligibility.complete", RECUSAL)));
      appeals.file(io.github.kipp.core.appeal.Appeal.of("banding-1", Actor.of(FROM_LUWU.innovation().unit().id().value(), Role.UNIT),
          io.github.kipp.core.appeal.AppealedDecision.eligibilityRefusal(FROM_LUWU, refused, CLOSE), "Dokumen lengkap.", CLOSE));
      io.github.kipp.core.appeal.AppealRuling ruling = appeals.decide(io.github.kipp.core.appeal.AppealId.of("banding-1"),
          io.github.kipp.core.appeal.AppealOutcome.UPHELD, RECUSAL, Actor.of("tpi-1", Role.INDEPENDENT_PANEL), CLOSE);
      competition.afterAppeal(competition.screen(two), ruling);
    }));
    c.add(thrown("kipp.competition.stageTwice", "the desk stage scored again after nomination", "evaluasi-proposal",
        () -> competition.award(competition.nominate(competition.screen(two), deskScores), List.of(deskScores), Map.of())));
    c.add(thrown("kipp.competition.wrongStage", "presentation sheets given to nomination", "presentasi-wawancara",
        () -> competition.nominate(competition.screen(two), presentationScores)));
    c.add(thrown("kipp.competition.unknownStage", "sheets of a stage the module does not score", "verifikasi",
        () -> competition.freeze(io.github.kipp.core.StageId.of("verifikasi"), List.of(), CLOSE)));
    CriteriaSet otherDesk = CriteriaSet.of(DESK, List.of(DESK_CRITERIA.criteria().get(0)), new BigDecimal("0.6"), TWO_DECIMALS);
    c.add(thrown("kipp.competition.otherCriteria", "desk sheets frozen under one criterion where the module has two", "evaluasi-proposal",
        () -> competition.nominate(competition.screen(two), FrozenScores.of(otherDesk, List.of(), CLOSE))));
    io.github.kipp.scoring.competition.EditionResult screenedTwo = competition.screen(two);
    c.add(thrown("kipp.feed.unknownProposal", "handing on a proposal the regional result does not hold", "p-sigi",
        () -> io.github.kipp.scoring.feed.RoundFeed.into(io.github.kipp.scoring.feed.NextRound.MODULE).feed(io.github.kipp.scoring.competition.SampleModule.plain(),
            screenedTwo, io.github.kipp.scoring.feed.FeedSelection.chosen(List.of(FROM_LUWU.id(), io.github.kipp.core.ProposalId.of("p-sigi")), CITED))));
    c.add(thrown("kipp.feed.unknownTier", "handing on the winners of a tier the regional module does not award", "top-30",
        () -> io.github.kipp.scoring.feed.RoundFeed.into(io.github.kipp.scoring.feed.NextRound.MODULE).feed(io.github.kipp.scoring.competition.SampleModule.plain(),
            screenedTwo, io.github.kipp.scoring.feed.FeedSelection.tiers(List.of(TierId.of("top-30"))))));
    // rater reliability and regional fairness
    c.add(thrown("kipp.reliability.duplicate", "te-unhas rating p-luwu twice", "te-unhas",
        () -> io.github.kipp.scoring.reliability.Ratings.newBuilder(DESK).rate(FROM_LUWU.id(), ACADEMIC.id(), BigDecimal.ONE)
            .rate(FROM_LUWU.id(), ACADEMIC.id(), BigDecimal.TEN).build()));
    c.add(thrown("kipp.reliability.replicates", "no bootstrap replicates", "0",
        () -> io.github.kipp.scoring.reliability.ReliabilityOptions.newBuilder().seed(7).replicates(0).build()));
    c.add(thrown("kipp.reliability.confidence", "a confidence level of 1", "1",
        () -> io.github.kipp.scoring.reliability.ReliabilityOptions.newBuilder().seed(7).confidence(BigDecimal.ONE).build()));
    c.add(thrown("kipp.reliability.minShared", "no shared proposal needed", "0",
        () -> io.github.kipp.scoring.reliability.ReliabilityOptions.newBuilder().seed(7).minShared(0).build()));
    c.add(thrown("kipp.reliability.threshold", "an offset threshold of -0.5", "-0.5",
        () -> io.github.kipp.scoring.reliability.ReliabilityOptions.newBuilder().seed(7).offsetThreshold(new BigDecimal("-0.5")).build()));
    ThreeTRegions noThreeT = ThreeTRegions.none(CITED);
    c.add(thrown("kipp.fairness.threshold", "a threshold of 1.5", "1.5",
        () -> io.github.kipp.scoring.fairness.FairnessOptions.newBuilder().threeTRegions(noThreeT).threshold(new BigDecimal("1.5")).build()));
    c.add(thrown("kipp.fairness.dimensions", "no dimension", "0",
        () -> io.github.kipp.scoring.fairness.FairnessOptions.newBuilder().threeTRegions(noThreeT).dimensions(List.of()).build()));
    c.add(thrown("kipp.fairness.duplicate", "p-luwu entering the stage twice", "p-luwu",
        () -> io.github.kipp.scoring.fairness.RegionalFairness.compare("NOMINATED", List.of(FROM_LUWU, FROM_LUWU), Set.of(),
            io.github.kipp.scoring.fairness.FairnessOptions.of(noThreeT))));
    c.add(thrown("kipp.fairness.unknownProposal", "p-takalar going on without having entered", "p-takalar",
        () -> io.github.kipp.scoring.fairness.RegionalFairness.compare("NOMINATED", List.of(FROM_LUWU), Set.of(FROM_TAKALAR.id()),
            io.github.kipp.scoring.fairness.FairnessOptions.of(noThreeT))));
    c.add(thrown("kipp.visibility.beforeFreeze", "a visibility policy showing evaluators every sheet while the stage is open", "ALL_SHEETS",
        () -> io.github.kipp.scoring.visibility.VisibilityPolicy.newBuilder().grant(io.github.kipp.core.Role.EVALUATOR,
            io.github.kipp.scoring.visibility.StagePhase.OPEN, io.github.kipp.scoring.visibility.Disclosure.ALL_SHEETS).build()));
    c.add(thrown("kipp.visibility.entrant", "a visibility policy showing a unit its scores before publication", "OWN_ENTRY_SHEETS",
        () -> io.github.kipp.scoring.visibility.VisibilityPolicy.newBuilder().grant(io.github.kipp.core.Role.UNIT,
            io.github.kipp.scoring.visibility.StagePhase.FROZEN, io.github.kipp.scoring.visibility.Disclosure.OWN_ENTRY_SHEETS).build()));
    c.add(thrown("kipp.rank.subjectId", "a subject id of 65 characters", "x".repeat(65),
        () -> io.github.kipp.scoring.rank.SubjectId.of("x".repeat(65))));
    io.github.kipp.scoring.rank.RankSubject makassar = io.github.kipp.scoring.rank.RankSubject.of(
        io.github.kipp.scoring.rank.SubjectId.of("73.71"), new BigDecimal("61.20"));
    c.add(thrown("kipp.rank.duplicateSubject", "region 73.71 ranked twice", "73.71",
        () -> io.github.kipp.scoring.rank.SubjectRanker.withTieBreaks().rank(List.of(makassar, makassar))));
    io.github.kipp.scoring.rank.RankSubject pareWithout = io.github.kipp.scoring.rank.RankSubject.of(
        io.github.kipp.scoring.rank.SubjectId.of("73.72"), new BigDecimal("61.20"));
    c.add(thrown("kipp.tieBreak.missingMeasure", "two tied regions without the presentation score the first tie-break compares",
        "measure:presentation",
        () -> io.github.kipp.scoring.rank.SubjectRanker.withTieBreaks(io.github.kipp.scoring.rank.SubjectTieBreaks.higherMeasure("presentation",
            LocalizedText.of("nilai presentasi", "presentation score"), CITED)).rank(List.of(makassar, pareWithout))));
    return c;
  }

  /**
   * A desk score book that records to its own decision log: te-unhas and te-luwu on p-luwu, te-luwu
   * on p-takalar.
   */
  private static final class Recorded {
    final DecisionLog log = DecisionLog.create();
    final ScoreBook book = ScoreBook.open(DESK_CRITERIA, List.of(FROM_LUWU, FROM_TAKALAR), Panel.of(List.of(ACADEMIC, LOCAL)),
        Assignment.of(Map.of(FROM_LUWU.id(), List.of(ACADEMIC.id(), LOCAL.id()), FROM_TAKALAR.id(), List.of(LOCAL.id()))),
        ConflictOfInterestPolicies.institutional(), InstantSource.fixed(CLOSE), log);

    /** What the book and its log hold, as far as their public methods show. */
    Object state() {
      return List.of(book.size(), book.isFrozen(), book.isRecused(ACADEMIC.id(), FROM_LUWU.id()), book.isRecused(LOCAL.id(), FROM_TAKALAR.id()),
          log.size(), log.headHash());
    }
  }

  /** What building gives: its violations, or what it built. */
  private static Object attempt(Supplier<?> build) {
    try {
      return "built " + build.get();
    } catch (InvalidInputException e) {
      return e.violations().stream().map(v -> v.code() + " " + v.path() + " " + v.invalidValue()).collect(Collectors.toList());
    }
  }

  private static ShortlistSpec.Builder spec(int size) {
    return ShortlistSpec.newBuilder().size(size, CITED).threeTRegions(ThreeTRegions.tertinggal2020to2024());
  }

  private static Institution regency(String id, String name, String code) {
    return Institution.regionalGovernment(id, name, InstitutionType.KABUPATEN, RegionCode.of(code));
  }

  private static Candidate candidate(String id, String category, String group, Institution institution, String score) {
    Unit unit = Unit.of(institution.id() + "-unit", "Unit Pelayanan", institution, UnitKind.PERANGKAT_DAERAH);
    Innovation innovation = Innovation.of(InnovationId.of("inovasi-" + id), "Inovasi " + id, Optional.empty(), institution, unit,
        ImplementationStart.ofMonth(YearMonth.of(2019, 1)));
    return Candidate.of(Proposal.newBuilder().id(ProposalId.of(id)).innovation(innovation).edition(EditionId.of("kipp-2023"))
        .group(GroupId.of(group)).category(CategoryId.of(category)).build(), new BigDecimal(score));
  }

  private static Ranking rank(Candidate... candidates) {
    return Ranker.withTieBreaks().rank(List.of(candidates));
  }

  private static void assignTooLarge() {
    List<Evaluator> evaluators = new ArrayList<>();
    for (int i = 0; i < Panel.MAX_EVALUATORS; i++) {
      evaluators.add(Evaluator.of("te-" + i, UNHAS));
    }
    List<Proposal> proposals = new ArrayList<>();
    for (int i = 0; i <= Assigner.MAX_PAIRS / Panel.MAX_EVALUATORS; i++) {
      proposals.add(ScoringFixtures.proposal("p-" + i, LUWU_UTARA));
    }
    Assigner.of(ConflictOfInterestPolicies.none()).assign(proposals, Panel.of(evaluators), AssignmentOptions.of(1, 7L));
  }

  private static void hugeBootstrap() {
    BigDecimal huge = new BigDecimal("1E+101");
    AggregatedScore score = new AggregatedScore(FROM_LUWU.id(), huge,
        ImmutableList.of(new SheetContribution(ACADEMIC.id(), huge, huge, true, false)), ImmutableSortedMap.of(),
        Explanation.leaf("aggregate", LocalizedText.of("Rata-rata", "Mean"), huge.toString()));
    AggregationResult result = new AggregationResult(DESK, "mean", ImmutableSortedMap.of(), "population-1", CITED,
        ImmutableSortedMap.of(FROM_LUWU.id(), score));
    RankStability.bootstrap(result, BootstrapOptions.newBuilder().seed(7).shortlistSize(1).replicates(10).build());
  }

  /** A bootstrap of 501 proposals with one sheet each, a million times: 1,002,000,000 resampled values. */
  private static void heavyBootstrap() {
    ImmutableSortedMap.Builder<io.github.kipp.core.ProposalId, AggregatedScore> scores = ImmutableSortedMap.naturalOrder();
    for (int i = 0; i < 501; i++) {
      io.github.kipp.core.ProposalId id = io.github.kipp.core.ProposalId.of("p-" + i);
      BigDecimal v = BigDecimal.valueOf(i);
      scores.put(id, new AggregatedScore(id, v, ImmutableList.of(new SheetContribution(ACADEMIC.id(), v, v, true, false)), ImmutableSortedMap.of(),
          Explanation.leaf("aggregate", LocalizedText.of("Rata-rata", "Mean"), v.toString())));
    }
    AggregationResult result = new AggregationResult(DESK, "mean", ImmutableSortedMap.of(), "population-1", CITED, scores.buildOrThrow());
    RankStability.bootstrap(result, BootstrapOptions.newBuilder().seed(7).shortlistSize(1).replicates(BootstrapOptions.MAX_REPLICATES).build());
  }

  private static Properties bundle(String resource) {
    Properties p = new Properties();
    try (InputStream in = ScoringErrorCatalogueTest.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("no resource " + resource);
      }
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return p;
  }
}
