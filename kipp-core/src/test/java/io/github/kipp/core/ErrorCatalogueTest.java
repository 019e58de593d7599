package io.github.kipp.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.ImmutableSortedMap;
import com.google.common.collect.ImmutableSortedSet;
import io.github.kipp.core.appeal.Appeal;
import io.github.kipp.core.appeal.AppealBook;
import io.github.kipp.core.appeal.AppealId;
import io.github.kipp.core.appeal.AppealOutcome;
import io.github.kipp.core.appeal.AppealWindow;
import io.github.kipp.core.appeal.AppealedDecision;
import io.github.kipp.core.audit.DecisionLog;
import io.github.kipp.core.audit.EntryKind;
import io.github.kipp.core.audit.LogEntry;
import io.github.kipp.core.audit.PublishedResult;
import io.github.kipp.core.audit.Verification;
import io.github.kipp.core.edition.Category;
import io.github.kipp.core.edition.Edition;
import io.github.kipp.core.edition.InnovationGroup;
import io.github.kipp.core.edition.SectionSpec;
import io.github.kipp.core.edition.Window;
import io.github.kipp.core.eligibility.AgeRequirement;
import io.github.kipp.core.eligibility.EligibilityContext;
import io.github.kipp.core.eligibility.EligibilityRule;
import io.github.kipp.core.eligibility.EligibilityRules;
import io.github.kipp.core.eligibility.HistoryCondition;
import io.github.kipp.core.eligibility.Tiers;
import io.github.kipp.core.innovation.Attachment;
import io.github.kipp.core.innovation.AttachmentKind;
import io.github.kipp.core.innovation.ImplementationStart;
import io.github.kipp.core.innovation.Innovation;
import io.github.kipp.core.innovation.PartialDateResolution;
import io.github.kipp.core.innovation.Proposal;
import io.github.kipp.core.innovation.ProposalSection;
import io.github.kipp.core.innovation.Replication;
import io.github.kipp.core.innovation.SdgTarget;
import io.github.kipp.core.innovation.Video;
import io.github.kipp.core.institution.Institution;
import io.github.kipp.core.institution.InstitutionType;
import io.github.kipp.core.institution.Region;
import io.github.kipp.core.institution.RegionCatalogue;
import io.github.kipp.core.institution.RegionCode;
import io.github.kipp.core.institution.RegionLevel;
import io.github.kipp.core.institution.Unit;
import io.github.kipp.core.institution.UnitKind;
import io.github.kipp.core.rule.RuleModuleReference;
import io.github.kipp.core.rule.RuleRegistry;
import io.github.kipp.core.spi.Jurisdiction;
import io.github.kipp.core.spi.ModulePart;
import io.github.kipp.core.spi.ParameterKey;
import io.github.kipp.core.spi.ParameterSet;
import io.github.kipp.core.spi.RuleModule;
import io.github.kipp.core.stage.ProposalStatus;
import io.github.kipp.core.stage.StageMachine;
import io.github.kipp.core.stage.StageTransition;
import io.github.kipp.core.stage.Stages;
import io.github.kipp.core.stage.TransitionRequest;
import io.github.kipp.core.validation.KemendagriCode;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
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
 * Keeps {@code docs/errors.md} and kipp-core's message bundles in step, and produces every error code
 * of kipp-core through the public API, checking that a failed call changes nothing.
 */
class ErrorCatalogueTest {

  /** The catalogue, relative to the module's directory, where the tests run. */
  private static final Path DOCUMENT = Path.of("..", "docs", "errors.md");

  private static final String BUNDLE = "io/github/kipp/core/ValidationMessages";

  /**
   * The keys that are decision reasons and rule descriptions, not errors: the eligibility rules'
   * descriptions and the reasons of their decisions. Every other key is an error code and needs a
   * case in {@link #cases()}.
   */
  private static final ImmutableSortedSet<String> REASON_KEYS = ImmutableSortedSet.of(
      "kipp.eligibility.notApplicable",
      "kipp.eligibility.fitsEdition.rule", "kipp.eligibility.fitsEdition.pass",
      "kipp.eligibility.age.rule", "kipp.eligibility.age.pass", "kipp.eligibility.age.fail",
      "kipp.eligibility.cap.rule", "kipp.eligibility.cap.none", "kipp.eligibility.cap.pass", "kipp.eligibility.cap.fail",
      "kipp.eligibility.invitation.rule", "kipp.eligibility.invitation.pass", "kipp.eligibility.invitation.fail",
      "kipp.eligibility.history.rule", "kipp.eligibility.history.pass", "kipp.eligibility.history.fail",
      "kipp.eligibility.replication.rule", "kipp.eligibility.replication.missing", "kipp.eligibility.replication.self",
      "kipp.eligibility.replication.unqualified", "kipp.eligibility.replication.pass",
      "kipp.eligibility.title.rule", "kipp.eligibility.title.pass", "kipp.eligibility.title.fail",
      "kipp.eligibility.region.rule", "kipp.eligibility.region.pass", "kipp.eligibility.region.fail",
      "kipp.eligibility.kind.rule", "kipp.eligibility.kind.pass", "kipp.eligibility.kind.fail",
      "kipp.eligibility.replication.source", "kipp.eligibility.replication.noGroup",
      "kipp.blind.leak");

  /**
   * The keys that are the message of an exception whose code is another key; a case carries such a
   * key when its pattern is found in the text in both languages: the reasons that end a
   * {@code kipp.action.refused} message of the decision log, also found inside a {@code
   * kipp.log.forbidden} problem of {@code DecisionLog.verify}, and the reasons that end a {@code
   * kipp.action.refused} message of the appeal book.
   */
  private static final ImmutableSortedSet<String> MESSAGE_KEYS = ImmutableSortedSet.of(
      "kipp.log.republished", "kipp.log.unknownResult", "kipp.log.notLatest", "kipp.log.duplicateObjection", "kipp.log.noObjection",
      "kipp.log.alreadyRuled", "kipp.log.dedicated", "kipp.log.form",
      "kipp.appeal.notEntrant", "kipp.appeal.outsideWindow", "kipp.appeal.duplicateId", "kipp.appeal.duplicate", "kipp.appeal.unknown",
      "kipp.appeal.alreadyDecided", "kipp.appeal.form");

  private static final Properties ENGLISH = bundle(BUNDLE + ".properties");
  private static final Properties INDONESIAN = bundle(BUNDLE + "_id.properties");

  private static final Citation CITED = Citation.reported("Pedoman Menteri PANRB 3/2023", "Lampiran, section UNKNOWN");
  private static final Instant APRIL = ZonedDateTime.of(2023, 4, 10, 9, 0, 0, 0, KippTime.JAKARTA).toInstant();
  private static final Instant JUNE = ZonedDateTime.of(2023, 6, 10, 9, 0, 0, 0, KippTime.JAKARTA).toInstant();
  private static final URI VIDEO_LINK = URI.create("https://www.youtube.com/watch?v=abc");
  private static final StageMachine MACHINE = StageMachine.national();
  private static final Actor UNIT = Actor.of("upp-1", Role.UNIT);
  private static final Actor ADMIN = Actor.of("admin-lokal-1", Role.INSTITUTION_ADMIN);
  private static final Actor SECRETARIAT = Actor.of("sekretariat", Role.SECRETARIAT);
  private static final Actor EVALUATOR = Actor.of("te-1", Role.EVALUATOR);
  private static final Actor PANEL = Actor.of("tpi-1", Role.INDEPENDENT_PANEL);
  private static final Actor VERIFIER = Actor.of("verifier-1", Role.VERIFIER);
  private static final Actor MINISTER = Actor.of("menteri", Role.ORGANISER);

  @Test
  void both_languages_have_the_same_keys() {
    assertThat(INDONESIAN.stringPropertyNames()).isEqualTo(ENGLISH.stringPropertyNames());
  }

  @Test
  void every_key_has_one_row_in_the_catalogue_with_its_exact_english_and_indonesian_patterns() {
    List<Row> rows = rows();
    TreeMap<String, List<Row>> byCode = new TreeMap<>();
    rows.forEach(r -> byCode.computeIfAbsent(r.code(), c -> new ArrayList<>()).add(r));

    for (String key : ENGLISH.stringPropertyNames()) {
      assertThat(byCode.get(key)).as("rows for %s", key).isNotNull().hasSize(1);
      Row row = byCode.get(key).get(0);
      assertThat(row.english()).as("English of %s", key).isEqualTo(ENGLISH.getProperty(key));
      assertThat(row.indonesian()).as("Indonesian of %s", key).isEqualTo(INDONESIAN.getProperty(key));
    }
  }

  @Test
  void the_core_sections_name_only_keys_of_the_bundles_errors_among_errors_and_reasons_among_reasons() {
    List<Row> rows = rows();
    Set<String> inErrors = rows.stream().filter(r -> r.section().equals("## kipp-core")).map(Row::code).collect(Collectors.toCollection(TreeSet::new));
    Set<String> inReasons = rows.stream().filter(r -> r.section().equals("### kipp-core")).map(Row::code).collect(Collectors.toCollection(TreeSet::new));

    assertThat(inErrors).isEqualTo(errorKeys());
    assertThat(inReasons).isEqualTo(REASON_KEYS);
    assertThat(rows.stream().filter(r -> r.section().equals("## kipp-core")))
        .allSatisfy(r -> assertThat(r.cells()).as(r.code()).hasSize(5));
    assertThat(rows.stream().filter(r -> r.section().equals("### kipp-core")))
        .allSatisfy(r -> assertThat(r.cells()).as(r.code()).hasSize(4));
  }

  @Test
  void the_reason_keys_are_keys_of_the_bundles() {
    assertThat(ENGLISH.stringPropertyNames()).containsAll(REASON_KEYS);
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
      Outcome outcome = c.produce().produce();
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
  private record Case(String key, String name, Producer produce, @Nullable String value, @Nullable Supplier<?> state) {}

  /** What a failing call reported: the codes it carries and its text. */
  private record Outcome(ImmutableSet<String> codes, LocalizedText text) {}

  @FunctionalInterface
  private interface Producer {
    Outcome produce() throws Exception;
  }

  @FunctionalInterface
  private interface Action {
    void run() throws Exception;
  }

  /** A call that must throw a {@link KippException} carrying the key. */
  private static Case thrown(String key, String name, @Nullable String value, Action action) {
    return new Case(key, name, () -> outcome(action), value, null);
  }

  /** A call to a mutable object that must throw and leave the object's state as it was. */
  private static Case thrownKeeping(String key, String name, @Nullable String value, Supplier<?> state, Action action) {
    return new Case(key, name, () -> outcome(action), value, state);
  }

  /** A check that reports its findings as violations instead of throwing. */
  private static Case returned(String key, String name, @Nullable String value, Supplier<List<Violation>> check) {
    return new Case(key, name, () -> {
      List<Violation> found = check.get();
      return new Outcome(found.stream().map(Violation::code).collect(ImmutableSet.toImmutableSet()),
          LocalizedText.of(
              found.stream().map(v -> v.message().indonesian()).collect(Collectors.joining("; ")),
              found.stream().map(v -> v.message().english()).collect(Collectors.joining("; "))));
    }, value, null);
  }

  /** A log check whose problem is the text of one key, found by matching the key's patterns. */
  private static Case verified(String key, String name, @Nullable String value, Supplier<Verification> check) {
    return new Case(key, name, () -> {
      LocalizedText problem = check.get().problem().orElseThrow(() -> new AssertionError("the log verified"));
      ImmutableSet<String> matching = ENGLISH.stringPropertyNames().stream()
          .filter(k -> template(ENGLISH.getProperty(k)).matcher(problem.english()).matches()
              && template(INDONESIAN.getProperty(k)).matcher(problem.indonesian()).matches()
              || MESSAGE_KEYS.contains(k) && template(ENGLISH.getProperty(k)).matcher(problem.english()).find()
              && template(INDONESIAN.getProperty(k)).matcher(problem.indonesian()).find())
          .collect(ImmutableSet.toImmutableSet());
      return new Outcome(matching, problem);
    }, value, null);
  }

  private static Outcome outcome(Action action) throws Exception {
    try {
      action.run();
    } catch (KippException e) {
      ImmutableSet.Builder<String> codes = ImmutableSet.<String>builder().add(e.errorCode());
      if (e instanceof InvalidInputException) {
        ((InvalidInputException) e).violations().forEach(v -> codes.add(v.code()));
      }
      if (e instanceof io.github.kipp.core.rule.InvalidRuleModuleException) {
        ((io.github.kipp.core.rule.InvalidRuleModuleException) e).violations().forEach(v -> codes.add(v.code()));
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
    Edition edition = Fixtures.edition();

    // values
    c.add(thrown("kipp.input.invalid", "a proposal id with a space", "p 1", () -> ProposalId.of("p 1")));
    c.add(thrown("kipp.text.blank", "an institution with a blank name", null,
        () -> Institution.central("kemenkes", "  ", InstitutionType.KEMENTERIAN)));
    String longName = "Dinas ".repeat(60);
    c.add(thrown("kipp.text.tooLong", "a unit name of 360 characters", Violation.abbreviate(longName),
        () -> Unit.of("dinkes-2", longName, Fixtures.LUWU_UTARA, UnitKind.PERANGKAT_DAERAH)));
    // The message writes the bell as an escape a person can read.
    c.add(thrown("kipp.text.controlCharacter", "a unit name with a bell character", "Dinas\\u0007Kesehatan",
        () -> Unit.of("dinkes-2", "Dinas\u0007Kesehatan", Fixtures.LUWU_UTARA, UnitKind.PERANGKAT_DAERAH)));
    // The message writes the lone surrogate as an escape and names it with its position.
    c.add(thrown("kipp.text.malformed", "a category name with a lone high surrogate", "Tata\\uD835Kelola",
        () -> Category.of("tata-kelola", "Tata\uD835Kelola", "Governance")));
    c.add(thrown("kipp.text.invisible", "an innovation title with a right-to-left override", "Giatki \\u202ECes",
        () -> Innovation.of(InnovationId.of("giatki"), "Giatki \u202ECes", Optional.empty(), Fixtures.LUWU_UTARA, Fixtures.DINKES,
            ImplementationStart.of(LocalDate.of(2020, 3, 1)))));
    String longExpansion = "Gigi ".repeat(101);
    c.add(thrown("kipp.text.length", "an expansion of 505 characters", Violation.abbreviate(longExpansion),
        () -> Innovation.of(InnovationId.of("giatki"), "Giatki", Optional.of(longExpansion), Fixtures.LUWU_UTARA, Fixtures.DINKES,
            ImplementationStart.of(LocalDate.of(2020, 3, 1)))));
    c.add(thrown("kipp.id.invalid", "an innovation id starting with a dash", "-giatki", () -> InnovationId.of("-giatki")));
    c.add(thrown("kipp.citation.source", "a source id with a space", "S 18",
        () -> Citation.reported("KepmenPANRB 50/2022", "Lampiran").withSources("S 18")));
    c.add(thrown("kipp.citation.unknownWithoutDefault", "an unknown citation without its default", null,
        () -> Citation.unknown("Pedoman Menteri PANRB 3/2023", " ")));
    c.add(thrown("kipp.period.empty", "a period ending on its first day", "2023-01-01",
        () -> EffectivePeriod.of(LocalDate.of(2023, 1, 1), LocalDate.of(2023, 1, 1))));
    c.add(thrown("kipp.region.unknown", "a region code the catalogue lacks", "99.99",
        () -> RegionCatalogue.bundled().require(RegionCode.of("99.99"))));
    c.add(thrown("kipp.region.level", "a regency code at province level", "PROVINCE",
        () -> new Region(RegionCode.of("73.22"), "Luwu Utara", RegionLevel.PROVINCE)));
    c.add(new Case("kipp.region.code", "a host form with a one-digit region code, checked by the host's validator",
        ErrorCatalogueTest::hostRegionCode, "7", null));
    c.add(thrown("kipp.link.invalid", "a video on an ftp address", "ftp://example.org/v.mp4",
        () -> Video.of(Duration.ofMinutes(3), 1080, URI.create("ftp://example.org/v.mp4"))));
    c.add(thrown("kipp.number.negative", "an attachment of -1 bytes", "-1", () -> Attachment.of("sk.pdf", AttachmentKind.DECREE, -1)));
    c.add(thrown("kipp.number.notPositive", "a section limited to -5 words", "-5",
        () -> SectionSpec.weighted("ringkasan", LocalizedText.of("Ringkasan", "Summary"), "0").withMaxWords(-5)));
    c.add(thrown("kipp.number.tooLarge", "a video of 20000 lines", "20000", () -> Video.of(Duration.ofMinutes(3), 20_000, VIDEO_LINK)));
    c.add(thrown("kipp.number.precision", "a section weighted 1E-25", "1E-25",
        () -> SectionSpec.weighted("ringkasan", LocalizedText.of("Ringkasan", "Summary"), "1E-25")));
    c.add(thrown("kipp.number.notDecimal", "a weight written as thirty", "thirty", () -> Decimals.parse("criterion", "weight", "thirty")));
    c.add(thrown("kipp.period.year", "the effective year 10000", "10000", () -> EffectivePeriod.ofYear(10_000)));
    c.add(thrown("kipp.sdg.invalid", "SDG goal 18", "18", () -> SdgTarget.parse("18")));
    c.add(thrown("kipp.section.weight", "a section weighted 1.2", "1.2",
        () -> SectionSpec.weighted("signifikansi", LocalizedText.of("Signifikansi", "Significance"), "1.2")));
    c.add(thrown("kipp.replication.sources", "a replication without sources", "0", () -> Replication.of(List.of(), "Adaptasi")));
    c.add(thrown("kipp.replication.selfLink", "a replication link from an innovation to itself", "si-jempol",
        () -> new io.github.kipp.core.replication.ReplicationLink(io.github.kipp.core.InnovationId.of("si-jempol"), io.github.kipp.core.InnovationId.of("si-jempol"), io.github.kipp.core.EditionId.of("kipp-2021"),
            2021, io.github.kipp.core.InstitutionId.of("pemprov-kepri"), Optional.of(io.github.kipp.core.institution.RegionCode.of("21")))));
    c.add(thrown("kipp.video.duration", "a video of three hours", "PT3H", () -> Video.of(Duration.ofHours(3), 1080, VIDEO_LINK)));
    ZonedDateTime opens = ZonedDateTime.of(2023, 3, 13, 0, 0, 0, 0, KippTime.JAKARTA);
    c.add(thrown("kipp.window.empty", "a window closing when it opens", opens.toString(), () -> Window.of(opens, opens)));
    Window registration = Window.days(LocalDate.of(2023, 3, 13), LocalDate.of(2023, 5, 2), KippTime.JAKARTA);
    ZonedDateTime earlier = registration.close().minusDays(1);
    c.add(thrownKeeping("kipp.window.extension", "an extension to a day before the close", earlier.toString(),
        () -> registration.close(), () -> registration.extendTo(earlier, CITED)));
    c.add(thrown("kipp.age.negative", "a minimum age of minus one year", "P-1Y",
        () -> new AgeRequirement(Cited.of(Period.ofYears(-1), CITED), ImmutableSortedMap.of(), Optional.empty(),
            Cited.of(AgeRequirement.CloseBasis.ORIGINAL, CITED), Cited.of(PartialDateResolution.EARLIEST, CITED))));
    c.add(thrown("kipp.history.count", "a condition reached zero times", "0",
        () -> HistoryCondition.reachedTimes(0, List.of(Tiers.TOP_99), 2019, 2023)));
    c.add(thrown("kipp.jurisdiction.level", "a province jurisdiction with a regency code", "73.22",
        () -> Jurisdiction.province(RegionCode.of("73.22"), LocalizedText.same("Luwu Utara"))));
    c.add(thrown("kipp.jurisdiction.nationalRegion", "the national jurisdiction with a region", "73",
        () -> Jurisdiction.of(Jurisdiction.Level.NATIONAL, RegionCode.of("73"), LocalizedText.same("Nasional"))));
    c.add(thrown("kipp.jurisdiction.regionMissing", "a province's jurisdiction without its region", null,
        () -> Jurisdiction.of(Jurisdiction.Level.PROVINCE, null, LocalizedText.same("Sulawesi Selatan"))));
    c.add(thrown("kipp.parameter.key", "a parameter name with a space", "minimum age", () -> ParameterKey.of("minimum age", Integer.class)));

    // institutions, units, innovations
    c.add(thrown("kipp.institution.regionRequired", "a regency government without a region", "KABUPATEN",
        () -> Institution.of(InstitutionId.of("pemkab-x"), "Pemerintah Kabupaten X", InstitutionType.KABUPATEN, Optional.empty(), Optional.empty())));
    c.add(thrown("kipp.institution.regionLevel", "a province government with a regency code", "73.22",
        () -> Institution.regionalGovernment("pemprov-x", "Pemerintah Provinsi X", InstitutionType.PROVINSI, RegionCode.of("73.22"))));
    c.add(thrown("kipp.institution.ownerRequired", "a BUMD without an owner", null,
        () -> Institution.of(InstitutionId.of("pdam-luwu"), "PDAM Luwu Utara", InstitutionType.BUMD, Optional.of(RegionCode.of("73.22")), Optional.empty())));
    c.add(thrown("kipp.institution.ownerNotAllowed", "a regency government with an owner", "pemprov-sulsel",
        () -> Institution.of(InstitutionId.of("pemkab-x"), "Pemerintah Kabupaten X", InstitutionType.KABUPATEN, Optional.of(RegionCode.of("73.22")),
            Optional.of(InstitutionId.of("pemprov-sulsel")))));
    c.add(thrown("kipp.institution.ownsItself", "a BUMD owning itself", "pdam-luwu",
        () -> Institution.bumd("pdam-luwu", "PDAM Luwu Utara", RegionCode.of("73.22"), InstitutionId.of("pdam-luwu"))));
    c.add(thrown("kipp.unit.ownParent", "a unit that is its own parent", "u-1",
        () -> Unit.of(UnitId.of("u-1"), "Unit", Fixtures.LUWU_UTARA.id(), UnitKind.UNIT_PELAYANAN, Optional.of(UnitId.of("u-1")))));
    Institution takalar = Institution.regionalGovernment("pemkab-takalar", "Pemerintah Kabupaten Takalar", InstitutionType.KABUPATEN, RegionCode.of("73.05"));
    c.add(thrown("kipp.innovation.unitElsewhere", "an innovation of Takalar run by a unit of Luwu Utara", "luwu-utara-dinkes",
        () -> Innovation.of(InnovationId.of("x"), "X", Optional.empty(), takalar, Fixtures.DINKES, ImplementationStart.of(LocalDate.of(2020, 1, 1)))));

    // editions
    List<Category> kesehatanTwice = new ArrayList<>(edition.categories());
    kesehatanTwice.add(Category.of("kesehatan", "Kesehatan", "Health"));
    c.add(thrownKeeping("kipp.list.duplicate", "an edition listing category kesehatan twice", "kesehatan",
        () -> edition, () -> edition.withCategories(kesehatanTwice)));
    Edition.Builder noCategory = Edition.newBuilder().id(EditionId.of("kipp-2023")).year(2023).title(LocalizedText.same("KIPP 2023"))
        .group(InnovationGroup.open("umum", "Umum", "General"));
    c.add(thrownKeeping("kipp.list.empty", "an edition without categories", null, () -> attempt(noCategory::build), noCategory::build));
    Edition.Builder year1999 = Edition.newBuilder().id(EditionId.of("kipp-1999")).year(1999).title(LocalizedText.same("KIPP 1999"))
        .group(InnovationGroup.open("umum", "Umum", "General")).category(Category.of("kesehatan", "Kesehatan", "Health"));
    c.add(thrownKeeping("kipp.edition.year", "an edition of 1999", "1999", () -> attempt(year1999::build), year1999::build));
    Edition.Builder sdgs65 = Edition.newBuilder().id(EditionId.of("kipp-2023")).year(2023).title(LocalizedText.same("KIPP 2023"))
        .group(InnovationGroup.open("umum", "Umum", "General")).category(Category.of("kesehatan", "Kesehatan", "Health")).minimumSdgs(65);
    c.add(thrownKeeping("kipp.edition.minimumSdgs", "an edition asking for 65 SDG targets", "65", () -> attempt(sdgs65::build), sdgs65::build));
    List<SectionSpec> withKhusus = new ArrayList<>(edition.sections());
    withKhusus.add(SectionSpec.weighted("wawancara", LocalizedText.of("Wawancara", "Interview"), "0").forGroups(List.of(GroupId.of("khusus"))));
    c.add(thrownKeeping("kipp.edition.unknownGroup", "a section limited to group khusus, which the edition lacks", "khusus",
        () -> edition, () -> edition.withSections(withKhusus)));
    List<SectionSpec> weights = List.of(
        SectionSpec.weighted("signifikansi", LocalizedText.of("Signifikansi", "Significance"), "0.5"),
        SectionSpec.weighted("adaptabilitas", LocalizedText.of("Adaptabilitas", "Adaptability"), "0.4"));
    c.add(thrownKeeping("kipp.edition.weights", "section weights summing to 0.9", "0.9", () -> edition, () -> edition.withSections(weights)));

    // proposals
    Proposal.Builder tooMany = Fixtures.proposal("p-1");
    for (int i = 0; i < Proposal.MAX_SECTIONS; i++) {
      tooMany.section(ProposalSection.of("extra-" + i, "Jawaban."));
    }
    c.add(thrownKeeping("kipp.list.tooMany", "a proposal with 67 sections", "67", () -> attempt(tooMany::build), tooMany::build));
    Proposal.Builder twice = Fixtures.proposal("p-1").section(ProposalSection.of("ringkasan", "Lagi."));
    c.add(thrownKeeping("kipp.proposal.sectionRepeated", "a proposal answering ringkasan twice", "ringkasan", () -> attempt(twice::build), twice::build));
    c.add(thrown("kipp.edition.unknownCategory", "a proposal in category pertanian", "pertanian",
        () -> edition.check(proposal("umum", "pertanian").build())));
    c.add(thrown("kipp.proposal.wrongEdition", "a proposal entered in kipp-2022", "kipp-2022",
        () -> edition.check(Proposal.newBuilder().id(ProposalId.of("p-1")).innovation(Fixtures.GIATKI_CES).edition(EditionId.of("kipp-2022"))
            .group(GroupId.of("umum")).category(CategoryId.of("kesehatan")).sdg(SdgTarget.parse("3.2")).sections(SECTIONS)
            .video(Video.of(Duration.ofMinutes(3), 1080, VIDEO_LINK)).build())));
    c.add(thrown("kipp.proposal.sectionUnknown", "a proposal answering a section the edition lacks", "inovasi-lain",
        () -> edition.check(proposal("umum", "kesehatan").section(ProposalSection.of("inovasi-lain", "Jawaban.")).build())));
    c.add(thrown("kipp.proposal.sectionTooLong", "a summary of 201 words where 200 are allowed", "201",
        () -> edition.check(proposal("umum", "kesehatan").clearSections()
            .section(ProposalSection.of("ringkasan", "kata ".repeat(201)))
            .section(ProposalSection.of("signifikansi", "Angka stunting turun."))
            .section(ProposalSection.of("adaptabilitas", "Direplikasi.")).build())));
    c.add(thrown("kipp.proposal.sectionMissing", "a proposal without its significance", "signifikansi",
        () -> edition.check(proposal("umum", "kesehatan").clearSections()
            .section(ProposalSection.of("ringkasan", "Ringkasan."))
            .section(ProposalSection.of("adaptabilitas", "Direplikasi.")).build())));
    c.add(thrown("kipp.proposal.replicationMissing", "a replication proposal naming no source", null,
        () -> edition.check(proposal("replikasi", "kesehatan").build())));
    c.add(thrown("kipp.proposal.replicationNotAllowed", "a general proposal naming a replicated innovation", null,
        () -> edition.check(proposal("umum", "kesehatan").replication(Replication.of(List.of(InnovationId.of("sipakainga")), "Adaptasi.")).build())));
    c.add(thrown("kipp.proposal.sdgsMissing", "a proposal naming no SDG target where one is required", "0",
        () -> edition.check(Proposal.newBuilder().id(ProposalId.of("p-1")).innovation(Fixtures.GIATKI_CES).edition(EditionId.of("kipp-2023"))
            .group(GroupId.of("umum")).category(CategoryId.of("kesehatan")).sections(SECTIONS)
            .video(Video.of(Duration.ofMinutes(3), 1080, VIDEO_LINK)).build())));
    c.add(thrown("kipp.proposal.videoMissing", "a proposal without its required video", null,
        () -> edition.check(Proposal.newBuilder().id(ProposalId.of("p-1")).innovation(Fixtures.GIATKI_CES).edition(EditionId.of("kipp-2023"))
            .group(GroupId.of("umum")).category(CategoryId.of("kesehatan")).sdg(SdgTarget.parse("3.2")).sections(SECTIONS).build())));
    c.add(thrown("kipp.proposal.videoTooLong", "a video of four minutes where three are allowed", "PT4M",
        () -> edition.check(proposal("umum", "kesehatan", Video.of(Duration.ofMinutes(4), 1080, VIDEO_LINK)).build())));
    c.add(thrown("kipp.proposal.videoResolution", "a video of 480 lines where 720 are required", "480",
        () -> edition.check(proposal("umum", "kesehatan", Video.of(Duration.ofMinutes(3), 480, VIDEO_LINK)).build())));
    c.add(thrown("kipp.proposal.attachmentMissing", "a proposal without the letter agreeing to replication that the edition requires",
        "REPLICATION_CONSENT_LETTER",
        () -> edition.withRequiredAttachments(List.of(io.github.kipp.core.innovation.AttachmentKind.REPLICATION_CONSENT_LETTER))
            .check(proposal("umum", "kesehatan").build())));

    // the stage pipeline
    ProposalStatus submitted = move(move(ProposalStatus.start(ProposalId.of("p-1"), MACHINE, APRIL), Stages.AT_INSTITUTION_ADMIN, UNIT, APRIL),
        Stages.SUBMITTED, ADMIN, APRIL);
    Supplier<Object> submittedState = () -> List.of(submitted.stage(), submitted.history());
    c.add(thrownKeeping("kipp.stage.illegalTransition", "a submitted proposal moved straight to finalist", "finalist", submittedState,
        () -> move(submitted, Stages.FINALIST, MINISTER, JUNE)));
    ProposalStatus atAdmin = move(ProposalStatus.start(ProposalId.of("p-1"), MACHINE, APRIL), Stages.AT_INSTITUTION_ADMIN, UNIT, APRIL);
    c.add(thrownKeeping("kipp.stage.outsideWindow", "a submission after the submission window closed", JUNE.toString(),
        () -> List.of(atAdmin.stage(), atAdmin.history()), () -> move(atAdmin, Stages.SUBMITTED, ADMIN, JUNE)));
    ProposalStatus draft = ProposalStatus.start(ProposalId.of("p-1"), MACHINE, APRIL);
    c.add(thrownKeeping("kipp.action.unauthorized", "an evaluator sending a draft to the institution's admin", "EVALUATOR",
        () -> List.of(draft.stage(), draft.history()), () -> move(draft, Stages.AT_INSTITUTION_ADMIN, EVALUATOR, APRIL)));
    c.add(thrown("kipp.action.refused", "a refusal for a reason other than role, as kipp-scoring's score book raises it", "te-1", () -> {
      throw UnauthorizedActionException.because(EVALUATOR, "submit a score sheet for p-1",
          LocalizedText.of("penilai tidak ditugaskan menilai proposal p-1.", "the evaluator is not assigned to proposal p-1."));
    }));
    c.add(thrownKeeping("kipp.stage.reasonRequired", "an administrative failure without a reason", null, submittedState,
        () -> move(submitted, Stages.ADMIN_FAILED, SECRETARIAT, JUNE)));
    ProposalStatus verified = verified();
    c.add(thrownKeeping("kipp.stage.tierRequired", "an award without a tier", null,
        () -> List.of(verified.stage(), verified.history()), () -> move(verified, Stages.AWARDED, MINISTER, JUNE)));
    c.add(thrownKeeping("kipp.stage.tierNotAllowed", "passing the administrative check with tier top-99", "top-99", submittedState,
        () -> MACHINE.apply(submitted, TransitionRequest.of(Stages.ADMIN_PASSED, SECRETARIAT, JUNE).withTier(TierId.of("top-99")), Fixtures.SCHEDULE_2023)));
    c.add(thrown("kipp.status.brokenChain", "a stored history leaving a stage the proposal was not in", "submitted",
        () -> ProposalStatus.of(ProposalId.of("p-1"), Stages.DRAFT, APRIL,
            List.of(new StageTransition(Stages.SUBMITTED, Stages.ADMIN_PASSED, SECRETARIAT, JUNE, ImmutableList.of(), Optional.empty(), CITED)))));
    c.add(returned("kipp.status.unknownMove", "a stored move from draft straight to awarded", "draft -> awarded",
        () -> MACHINE.verify(ProposalStatus.of(ProposalId.of("p-1"), Stages.DRAFT, APRIL,
            List.of(new StageTransition(Stages.DRAFT, Stages.AWARDED, MINISTER, JUNE, ImmutableList.of(), Optional.of(Tiers.TOP_45), CITED))))));
    c.add(returned("kipp.status.wrongInitial", "a stored status starting in submitted", "submitted",
        () -> MACHINE.verify(ProposalStatus.of(ProposalId.of("p-1"), Stages.SUBMITTED, APRIL, List.of()))));
    c.add(returned("kipp.status.wrongRole", "a stored move made by an evaluator in the unit's place", "EVALUATOR",
        () -> MACHINE.verify(ProposalStatus.of(ProposalId.of("p-1"), Stages.DRAFT, APRIL,
            List.of(new StageTransition(Stages.DRAFT, Stages.AT_INSTITUTION_ADMIN, EVALUATOR, APRIL, ImmutableList.of(), Optional.empty(), CITED))))));

    // the decision log
    DecisionLog log = DecisionLog.create();
    log.append(JUNE, SECRETARIAT, EntryKind.DECISION, "stage evaluasi-proposal", "frozen", List.of());
    Instant before = JUNE.minusSeconds(60);
    c.add(thrownKeeping("kipp.status.timeBackwards", "a log entry dated before the last one", before.toString(),
        () -> List.of(log.size(), log.headHash()), () -> log.append(before, SECRETARIAT, EntryKind.DECISION, "stage x", "late", List.of())));
    List<LogEntry> entries = twoEntries();
    LogEntry second = entries.get(1);
    c.add(verified("kipp.log.sequence", "a second entry numbered 3", "3", () -> DecisionLog.of(List.of(entries.get(0),
        new LogEntry(3, second.at(), second.actor(), second.kind(), second.subject(), second.payload(), second.citations(), second.previousHash(), second.hash())))
        .verify()));
    c.add(verified("kipp.log.link", "a second entry linked to the genesis hash", DecisionLog.GENESIS, () -> DecisionLog.of(List.of(entries.get(0),
        new LogEntry(2, second.at(), second.actor(), second.kind(), second.subject(), second.payload(), second.citations(), DecisionLog.GENESIS, second.hash())))
        .verify()));
    c.add(verified("kipp.log.hash", "a second entry whose payload was changed", second.hash(), () -> DecisionLog.of(List.of(entries.get(0),
        new LogEntry(2, second.at(), second.actor(), second.kind(), second.subject(), "rejected", second.citations(), second.previousHash(), second.hash())))
        .verify()));
    Instant backdated = entries.get(0).at().minusSeconds(3600);
    c.add(verified("kipp.log.time", "a second entry dated an hour before the first", backdated.toString(),
        () -> DecisionLog.of(List.of(entries.get(0), signed(2, backdated, entries.get(0).hash()))).verify()));
    String recordedHead = "f".repeat(64);
    c.add(verified("kipp.log.head", "a log checked against another recorded head", recordedHead, () -> DecisionLog.of(entries).verify(recordedHead)));
    c.add(thrown("kipp.log.malformed", "a log text that is not a log", null, () -> DecisionLog.parse("not a log entry\n")));

    // publications, corrections, objections and rulings: the authorisation matrix
    PublishedResult top30 = PublishedResult.of("SULSEL/01", "Top 30", JUNE, List.of("1. p-1", "2. p-2"));
    Reason upheld = Reason.of("objection.upheld", LocalizedText.of("Sanggahan diterima", "Objection upheld"), CITED);
    PublishedResult forged = PublishedResult.of("SULSEL/01", "Top 30", JUNE, List.of("1. p-9", "2. p-2"));
    c.add(thrown("kipp.result.hash", "a published result whose lines were changed after hashing", top30.hash(),
        () -> new PublishedResult("SULSEL/01", "Top 30", JUNE, forged.lines(), Optional.empty(), Optional.empty(), top30.hash())));
    c.add(thrown("kipp.result.reasonRequired", "a correction whose reason cites nothing", "objection.upheld",
        () -> top30.correctedBy("SULSEL/01-R1", JUNE, List.of("1. p-2"), Reason.of("objection.upheld", upheld.message()))));
    DecisionLog published = DecisionLog.create();
    published.recordPublication(top30, MINISTER);
    PublishedResult r1 = top30.correctedBy("SULSEL/01-R1", JUNE, List.of("1. p-2"), upheld);
    published.recordPublication(r1, MINISTER);
    published.recordObjection(JUNE, UNIT, "s-1", r1, ProposalId.of("p-1"), "a pilot, not in service");
    published.recordObjection(JUNE, UNIT, "s-2", r1, ProposalId.of("p-2"), "a copy");
    published.recordRuling(JUNE, MINISTER, "s-2", false, upheld);
    Supplier<Object> publishedState = () -> List.of(published.size(), published.headHash());
    c.add(thrownKeeping("kipp.log.republished", "publishing SULSEL/01 again as if it were new", "SULSEL/01", publishedState,
        () -> published.recordPublication(PublishedResult.of("SULSEL/01", "Top 30", JUNE, List.of("1. p-3")), SECRETARIAT)));
    PublishedResult elsewhere = PublishedResult.of("SULSEL/99", "Top 30", JUNE, List.of("1. p-1"));
    c.add(thrownKeeping("kipp.log.unknownResult", "a correction of a result never published in this log", elsewhere.hash(), publishedState,
        () -> published.recordPublication(elsewhere.correctedBy("SULSEL/99-R1", JUNE, List.of("1. p-2"), upheld), SECRETARIAT)));
    c.add(thrownKeeping("kipp.log.notLatest", "a second correction of the first version instead of the latest", top30.hash(), publishedState,
        () -> published.recordPublication(top30.correctedBy("SULSEL/01-R2", JUNE, List.of("1. p-3"), upheld), SECRETARIAT)));
    c.add(thrownKeeping("kipp.log.duplicateObjection", "filing objection s-1 twice", "s-1", publishedState,
        () -> published.recordObjection(JUNE, UNIT, "s-1", r1, ProposalId.of("p-1"), "again")));
    c.add(thrownKeeping("kipp.log.noObjection", "a ruling on an objection never filed", "s-9", publishedState,
        () -> published.recordRuling(JUNE, MINISTER, "s-9", true, upheld)));
    c.add(thrownKeeping("kipp.log.alreadyRuled", "a second ruling on objection s-2", "s-2", publishedState,
        () -> published.recordRuling(JUNE, PANEL, "s-2", true, upheld)));
    c.add(thrownKeeping("kipp.log.dedicated", "a publication appended as a plain entry", "PUBLICATION", publishedState,
        () -> published.append(JUNE, SECRETARIAT, EntryKind.PUBLICATION, "result SULSEL/02", "hash=" + top30.hash(), List.of())));
    c.add(verified("kipp.log.forbidden", "a stored log in which a unit published a result", "UNIT",
        () -> DecisionLog.of(List.of(signed(1, JUNE, UNIT, EntryKind.PUBLICATION, "result SULSEL/01", "hash=" + top30.hash(), DecisionLog.GENESIS)))
            .verify()));
    c.add(verified("kipp.log.form", "a stored publication whose payload names no hash", "recordPublication",
        () -> DecisionLog.of(List.of(signed(1, JUNE, MINISTER, EntryKind.PUBLICATION, "result SULSEL/01", "Top 30", DecisionLog.GENESIS))).verify()));

    // appeals: the entrant concerned, the window, once per decision, decided once
    Proposal appealed = Fixtures.proposal("p-17").build();
    io.github.kipp.core.eligibility.ProposalEligibility refusedAge = new io.github.kipp.core.eligibility.ProposalEligibility(appealed.id(),
        ImmutableList.of(Decision.fail("proposal p-17", "eligibility.minimum-age", Reason.of("kipp.eligibility.age.fail", LocalizedText.of("Terlalu muda", "Too young"), CITED))));
    c.add(thrown("kipp.appeal.notRefused", "an appeal against the screening of an eligible proposal", "eligibility.minimum-age",
        () -> AppealedDecision.eligibilityRefusal(appealed, new io.github.kipp.core.eligibility.ProposalEligibility(appealed.id(),
            ImmutableList.of(Decision.pass("proposal p-17", "eligibility.minimum-age"))), JUNE)));
    AppealedDecision refusal = AppealedDecision.eligibilityRefusal(appealed, refusedAge, JUNE);
    Actor entrant = Actor.of("luwu-utara-dinkes", Role.UNIT);
    DecisionLog appealLog = DecisionLog.create();
    AppealBook appeals = AppealBook.open(AppealWindow.defaultWindow(), appealLog);
    Instant filed = JUNE.plusSeconds(3600);
    appeals.file(Appeal.of("banding-1", entrant, refusal, "Inovasi berjalan sejak 2020.", filed));
    appeals.file(Appeal.of("banding-2", entrant, AppealedDecision.administrative(appealed, Decision.fail("proposal p-17", "administration.returned",
        Reason.of("administration.late", LocalizedText.of("Terlambat", "Late"), CITED)), JUNE), "Dikirim tepat waktu.", filed));
    appeals.decide(AppealId.of("banding-2"), AppealOutcome.DISMISSED, Reason.of("appeal.dismissed", LocalizedText.of("Ditolak", "Dismissed"), CITED), PANEL, filed);
    Supplier<Object> appealState = () -> List.of(appealLog.size(), appealLog.headHash(), appeals.appeals(), appeals.rulings());
    c.add(thrownKeeping("kipp.appeal.notEntrant", "an appeal by another regency's unit", "takalar-dinkes", appealState,
        () -> appeals.file(Appeal.of("banding-3", Actor.of("takalar-dinkes", Role.UNIT), refusal, "Alasan.", filed))));
    Instant late = AppealWindow.defaultWindow().closes(JUNE);
    c.add(thrownKeeping("kipp.appeal.outsideWindow", "an appeal filed when the window has closed", late.toString(), appealState,
        () -> appeals.file(Appeal.of("banding-3", entrant, refusal, "Alasan.", late))));
    c.add(thrownKeeping("kipp.appeal.duplicateId", "filing appeal banding-1 twice", "banding-1", appealState,
        () -> appeals.file(Appeal.of("banding-1", entrant, refusal, "Alasan.", filed))));
    c.add(thrownKeeping("kipp.appeal.duplicate", "a second appeal against the same refusal", "eligibility-refusal:p-17", appealState,
        () -> appeals.file(Appeal.of("banding-3", Actor.of("pemkab-luwu-utara", Role.INSTITUTION_ADMIN), refusal, "Alasan lain.", filed))));
    c.add(thrownKeeping("kipp.appeal.unknown", "deciding an appeal never filed", "banding-9", appealState,
        () -> appeals.decide(AppealId.of("banding-9"), AppealOutcome.UPHELD, upheld, MINISTER, filed)));
    c.add(thrownKeeping("kipp.appeal.alreadyDecided", "a second decision on appeal banding-2", "banding-2", appealState,
        () -> appeals.decide(AppealId.of("banding-2"), AppealOutcome.UPHELD, upheld, MINISTER, filed)));
    c.add(thrownKeeping("kipp.appeal.form", "an appeal appended by hand without its decision's reference", "APPEAL", appealState,
        () -> appealLog.append(filed, entrant, EntryKind.APPEAL, "appeal banding-4", "grounds=none", List.of())));

    // rule modules and the registry
    c.add(thrown("kipp.module.invalid", "registering a module with an uncited parameter", "broken-2023",
        () -> RuleRegistry.newBuilder().register(module("broken-2023").uncited())));
    RuleRegistry.Builder registering = RuleRegistry.newBuilder().register(module("sinovik-2022").inForce(EffectivePeriod.ofYear(2022)));
    Supplier<Object> registered = () -> registering.build().modules().stream().map(m -> m.id().value()).collect(Collectors.toList());
    c.add(thrownKeeping("kipp.module.uncited", "a parameter without a citation", "eligibility.cap.umum", registered,
        () -> registering.register(module("sinovik-2023").uncited())));
    c.add(thrownKeeping("kipp.module.noBasis", "a module naming no legal basis", "sinovik-2023", registered,
        () -> registering.register(module("sinovik-2023").withoutBasis())));
    c.add(thrownKeeping("kipp.module.year", "a module of edition year 2024 implementing the 2023 edition", "2024", registered,
        () -> registering.register(module("sinovik-2023").editionYear(2024))));
    c.add(thrownKeeping("kipp.module.uncitedRule", "an eligibility rule citing nothing", "uncited-rule", registered,
        () -> registering.register(module("sinovik-2023").withUncitedRule())));
    c.add(thrownKeeping("kipp.registry.duplicate", "a second module with id sinovik-2022", "sinovik-2022", registered,
        () -> registering.register(module("sinovik-2022").inForce(EffectivePeriod.ofYear(2030)))));
    c.add(thrownKeeping("kipp.registry.overlap", "a national module in force in 2022 beside sinovik-2022", "sinovik-2022b", registered,
        () -> registering.register(module("sinovik-2022b").inForce(EffectivePeriod.from(LocalDate.of(2022, 6, 1))))));
    c.add(thrownKeeping("kipp.registry.duplicateEdition", "a module of 2030 defining sinovik-2022's edition", "edition-sinovik-2022", registered,
        () -> registering.register(module("sinovik-2030").inForce(EffectivePeriod.ofYear(2030)).definingEdition("edition-sinovik-2022"))));
    c.add(thrownKeeping("kipp.module.partNotSupplied", "a module listing a part it does not supply", Indicators.class.getName(), registered,
        () -> registering.register(module("sinovik-2023").listing(Indicators.class))));
    c.add(thrown("kipp.module.missingPart", "asking a module for a part it does not have", Indicators.class.getName(),
        () -> module("sinovik-2023").requirePart(Indicators.class)));
    RuleRegistry registry = RuleRegistry.newBuilder().register(module("sinovik-2023"))
        .noCompetition(Jurisdiction.NATIONAL, EffectivePeriod.ofYear(2024), CITED)
        .rulesUnknown(Jurisdiction.NATIONAL, EffectivePeriod.ofYear(2026), Citation.unknown("KIPP 2026", "no source gives a 2026 edition"))
        .build();
    c.add(thrown("kipp.registry.noId", "looking up module sinovik-2099", "sinovik-2099", () -> registry.module(RuleModuleId.of("sinovik-2099"))));
    c.add(thrown("kipp.registry.noneInForce", "looking up the national module of 1 January 2019", "2019-01-01",
        () -> registry.moduleFor(Jurisdiction.NATIONAL, LocalDate.of(2019, 1, 1))));
    c.add(thrown("kipp.registry.noEdition", "looking up the national module of the 2030 edition", "2030",
        () -> registry.forEdition(Jurisdiction.NATIONAL, 2030)));
    c.add(thrown("kipp.registry.noEditionId", "looking up the module of edition kipp-2099", "kipp-2099",
        () -> registry.moduleFor(EditionId.of("kipp-2099"))));
    c.add(thrown("kipp.registry.mismatch", "a reference to sinovik-2023 recorded with a regency's jurisdiction", "sinovik-2023",
        () -> registry.moduleFor(new RuleModuleReference(RuleModuleId.of("sinovik-2023"),
            Jurisdiction.regency(RegionCode.of("73.22"), LocalizedText.same("Kabupaten Luwu Utara"))), EditionId.of("edition-sinovik-2023"))));
    c.add(thrown("kipp.registry.noCompetition", "looking up the national module of 1 May 2024, when there was no KIPP", "2024-05-01",
        () -> registry.moduleFor(Jurisdiction.NATIONAL, LocalDate.of(2024, 5, 1))));
    c.add(thrown("kipp.registry.rulesUnknown", "looking up the national module of 1 March 2026, whose rules are not known", "2026-03-01",
        () -> registry.moduleFor(Jurisdiction.NATIONAL, LocalDate.of(2026, 3, 1))));
    c.add(thrown("kipp.registry.load", "discovering a provider whose class is missing", "io.github.kipp.core.NoSuchModule",
        ErrorCatalogueTest::loadMissingProvider));
    c.add(thrown("kipp.blind.alias", "a leak detector given a one-letter alias of Luwu Utara", "L.",
        () -> io.github.kipp.core.blind.LeakDetector.newBuilder().alias(RegionCode.of("73.22"), "L.").build()));
    c.add(thrown("kipp.blind.aliasTarget", "a leak detector given an alias of an institution no entrant has", "Pemkab Gowa",
        () -> io.github.kipp.core.blind.LeakDetector.newBuilder().alias(InstitutionId.of("pemkab-gowa"), "Pemkab Gowa").build()));
    return c;
  }

  private static final List<ProposalSection> SECTIONS = List.of(
      ProposalSection.of("ringkasan", "Pemeriksaan gigi anak untuk mencegah stunting."),
      ProposalSection.of("signifikansi", "Angka stunting turun."),
      ProposalSection.of("adaptabilitas", "Direplikasi oleh dua kecamatan."));

  /** A complete proposal of the fixture edition, in a group and category. */
  private static Proposal.Builder proposal(String group, String category) {
    return proposal(group, category, Video.of(Duration.ofMinutes(3), 1080, VIDEO_LINK));
  }

  private static Proposal.Builder proposal(String group, String category, Video video) {
    return Proposal.newBuilder().id(ProposalId.of("p-1")).innovation(Fixtures.GIATKI_CES).edition(EditionId.of("kipp-2023"))
        .group(GroupId.of(group)).category(CategoryId.of(category)).sdg(SdgTarget.parse("3.2")).sections(SECTIONS).video(video);
  }

  /** What building gives: the codes of its violations, or that it built. */
  private static Object attempt(Supplier<?> build) {
    try {
      return "built " + build.get();
    } catch (InvalidInputException e) {
      return e.violations().stream().map(v -> v.code() + " " + v.path() + " " + v.invalidValue()).collect(Collectors.toList());
    }
  }

  private static ProposalStatus move(ProposalStatus s, StageId to, Actor actor, Instant at) {
    return MACHINE.apply(s, TransitionRequest.of(to, actor, at), Fixtures.SCHEDULE_2023);
  }

  /** A proposal that passed field verification, the last stage before an award. */
  private static ProposalStatus verified() {
    ProposalStatus s = ProposalStatus.start(ProposalId.of("p-1"), MACHINE, APRIL);
    s = move(s, Stages.AT_INSTITUTION_ADMIN, UNIT, APRIL);
    s = move(s, Stages.SUBMITTED, ADMIN, APRIL);
    s = move(s, Stages.ADMIN_PASSED, SECRETARIAT, JUNE);
    s = move(s, Stages.EVALUATED, SECRETARIAT, JUNE);
    s = move(s, Stages.NOMINATED, EVALUATOR, JUNE);
    s = move(s, Stages.FINALIST_ANNOUNCED, PANEL, JUNE);
    s = move(s, Stages.FINALIST, MINISTER, JUNE);
    s = move(s, Stages.PRESENTED, PANEL, JUNE);
    return move(s, Stages.VERIFIED, VERIFIER, JUNE);
  }

  /** Two entries of an intact log. */
  private static List<LogEntry> twoEntries() {
    DecisionLog log = DecisionLog.create();
    log.append(APRIL, SECRETARIAT, EntryKind.DECISION, "stage evaluasi-proposal", "opened", List.of(CITED));
    log.append(JUNE, SECRETARIAT, EntryKind.DECISION, "stage evaluasi-proposal", "frozen", List.of(CITED));
    return log.entries();
  }

  /** An entry whose hash is right for its content. */
  private static LogEntry signed(long sequence, Instant at, String previous) {
    return signed(sequence, at, SECRETARIAT, EntryKind.DECISION, "stage evaluasi-proposal", "frozen", previous);
  }

  /** An entry whose hash is right for its content, as a forger who knows the hashing would write it. */
  private static LogEntry signed(long sequence, Instant at, Actor actor, EntryKind kind, String subject, String payload, String previous) {
    LogEntry unsigned = new LogEntry(sequence, at, actor, kind, subject, payload, ImmutableList.of(), previous, "");
    return new LogEntry(sequence, at, actor, kind, subject, payload, ImmutableList.of(), previous, unsigned.computeHash());
  }

  /** A host's form field checked by the host's own validator, as a host would render the message. */
  private static Outcome hostRegionCode() {
    MessageInterpolator templates = new MessageInterpolator() {
      @Override
      public String interpolate(String messageTemplate, Context context) {
        return messageTemplate;
      }

      @Override
      public String interpolate(String messageTemplate, Context context, Locale locale) {
        return messageTemplate;
      }
    };
    try (ValidatorFactory factory = Validation.byDefaultProvider().configure().messageInterpolator(templates).buildValidatorFactory()) {
      Set<ConstraintViolation<HostForm>> found = factory.getValidator().validate(new HostForm("7"));
      assertThat(found).hasSize(1);
      ConstraintViolation<HostForm> v = found.iterator().next();
      String key = v.getMessageTemplate().substring(1, v.getMessageTemplate().length() - 1);
      Violation rendered = MessageCatalog.load("io.github.kipp.core.ValidationMessages", ErrorCatalogueTest.class.getClassLoader())
          .violation(key, v.getPropertyPath().toString(), String.valueOf(v.getInvalidValue()));
      return new Outcome(ImmutableSet.of(rendered.code()), rendered.message());
    }
  }

  /** A host's input document with a region code. */
  private static final class HostForm {
    @KemendagriCode private final String region;

    HostForm(String region) {
      this.region = region;
    }

    @Override
    public String toString() {
      return "HostForm[" + region + "]";
    }
  }

  private static void loadMissingProvider() throws IOException {
    Path dir = Files.createTempDirectory("kipp-services");
    Path services = dir.resolve("META-INF/services");
    Path file = services.resolve(RuleModule.class.getName());
    Files.createDirectories(services);
    Files.writeString(file, "io.github.kipp.core.NoSuchModule\n");
    try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()}, ErrorCatalogueTest.class.getClassLoader())) {
      RuleRegistry.loadInstalled(loader);
    } finally {
      Files.delete(file);
      Files.delete(services);
      Files.delete(services.getParent());
      Files.delete(dir);
    }
  }

  private static TestModule module(String id) {
    return new TestModule(id, EffectivePeriod.ofYear(2023), ParameterSet.newBuilder().set(CAP, 10, CITED).build(), ImmutableList.of(CITED), 2023,
        ImmutableList.of(EligibilityRules.fitsEdition(CITED)), "edition-" + id, ImmutableList.of());
  }

  private static final ParameterKey<Integer> CAP = ParameterKey.of("eligibility.cap.umum", Integer.class);

  /** A part of another family of rules, which the test modules do not have. */
  private interface Indicators extends ModulePart {}

  /** A national rule module on the fixture edition, with one part changed at a time. */
  private record TestModule(String name, EffectivePeriod effectivePeriod, ParameterSet parameters, ImmutableList<Citation> legalBasis,
      int editionYear, ImmutableList<EligibilityRule> eligibilityRules, String editionId, ImmutableList<Class<? extends ModulePart>> parts)
      implements RuleModule {

    TestModule inForce(EffectivePeriod period) {
      return new TestModule(name, period, parameters, legalBasis, editionYear, eligibilityRules, editionId, parts);
    }

    TestModule uncited() {
      return new TestModule(name, effectivePeriod, ParameterSet.newBuilder().setUncited(CAP, 10).build(), legalBasis, editionYear, eligibilityRules, editionId, parts);
    }

    TestModule withoutBasis() {
      return new TestModule(name, effectivePeriod, parameters, ImmutableList.of(), editionYear, eligibilityRules, editionId, parts);
    }

    TestModule editionYear(int year) {
      return new TestModule(name, effectivePeriod, parameters, legalBasis, year, eligibilityRules, editionId, parts);
    }

    TestModule withUncitedRule() {
      EligibilityRule uncited = new EligibilityRule() {
        @Override
        public String id() {
          return "uncited-rule";
        }

        @Override
        public LocalizedText description() {
          return LocalizedText.same("A rule citing nothing");
        }

        @Override
        public ImmutableList<Citation> citations() {
          return ImmutableList.of();
        }

        @Override
        public Decision evaluate(Proposal proposal, EligibilityContext context) {
          return Decision.pass("proposal " + proposal.id(), id(), Reason.of("test.pass", LocalizedText.same("passes")));
        }
      };
      return new TestModule(name, effectivePeriod, parameters, legalBasis, editionYear, ImmutableList.of(uncited), editionId, parts);
    }

    @Override
    public RuleModuleId id() {
      return RuleModuleId.of(name);
    }

    @Override
    public LocalizedText title() {
      return LocalizedText.same("Test " + name);
    }

    @Override
    public Jurisdiction jurisdiction() {
      return Jurisdiction.NATIONAL;
    }

    TestModule definingEdition(String edition) {
      return new TestModule(name, effectivePeriod, parameters, legalBasis, editionYear, eligibilityRules, edition, parts);
    }

    TestModule listing(Class<? extends ModulePart> part) {
      return new TestModule(name, effectivePeriod, parameters, legalBasis, editionYear, eligibilityRules, editionId, ImmutableList.of(part));
    }

    @Override
    public Edition edition() {
      return Fixtures.edition().withId(EditionId.of(editionId));
    }

    @Override
    public StageMachine pipeline() {
      return MACHINE;
    }
  }

  private static Properties bundle(String resource) {
    Properties p = new Properties();
    try (InputStream in = ErrorCatalogueTest.class.getClassLoader().getResourceAsStream(resource)) {
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
