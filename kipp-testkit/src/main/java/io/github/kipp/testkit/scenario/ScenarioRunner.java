package io.github.kipp.testkit.scenario;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedMap;
import io.github.kipp.core.Citation;
import io.github.kipp.core.Decision;
import io.github.kipp.core.InvalidInputException;
import io.github.kipp.core.ProposalId;
import io.github.kipp.core.RuleModuleId;
import io.github.kipp.core.StageId;
import io.github.kipp.core.TierId;
import io.github.kipp.core.eligibility.ProposalEligibility;
import io.github.kipp.core.eligibility.ResultHistory;
import io.github.kipp.core.eligibility.ScreeningResult;
import io.github.kipp.core.spi.RuleModule;
import io.github.kipp.scoring.FrozenScores;
import io.github.kipp.scoring.aggregate.CombinationResult;
import io.github.kipp.scoring.aggregate.CombinedScore;
import io.github.kipp.scoring.competition.Competition;
import io.github.kipp.scoring.competition.EditionResult;
import io.github.kipp.scoring.competition.Entries;
import io.github.kipp.scoring.competition.FinalistSelection;
import io.github.kipp.scoring.competition.Nomination;
import io.github.kipp.scoring.competition.ProposalOutcome;
import io.github.kipp.scoring.competition.Winners;
import io.github.kipp.scoring.rank.RankedEntry;
import io.github.kipp.scoring.rank.Ranking;
import io.github.kipp.testkit.internal.ScenarioBuilder;
import io.github.kipp.testkit.internal.ScenarioFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;

/**
 * Runs golden scenarios against rule modules: it builds the scenario's proposals (with complete
 * default content for the module's edition) and runs them through the module's competition ({@link
 * Competition}): screening, nomination, finalists and the final ranking, as each expectation needs;
 * it compares every expectation, reporting all mismatches at once.
 *
 * <pre>{@code
 * class Sulsel2023ScenariosTest {
 *   @TestFactory
 *   Stream<DynamicTest> golden_scenarios() {
 *     return ScenarioRunner.of(MyRegion.module()).dynamicTests("scenarios/sulsel-2023");
 *   }
 * }
 * }</pre>
 *
 * <p>The format is documented in {@code docs/scenarios.md}. A scenario names its module, so one
 * runner may hold several. Immutable and thread-safe.
 */
public final class ScenarioRunner {

  private final ImmutableMap<RuleModuleId, RuleModule> modules;

  private ScenarioRunner(ImmutableMap<RuleModuleId, RuleModule> modules) {
    this.modules = modules;
  }

  /**
   * Returns a runner for some modules.
   *
   * @param modules the modules scenarios may name, with distinct ids
   * @return the runner, not null
   */
  public static ScenarioRunner of(RuleModule... modules) {
    return of(ImmutableList.copyOf(modules));
  }

  /**
   * Returns a runner for some modules.
   *
   * @param modules the modules scenarios may name, with distinct ids; not null
   * @return the runner, not null
   */
  public static ScenarioRunner of(Iterable<? extends RuleModule> modules) {
    ImmutableMap.Builder<RuleModuleId, RuleModule> b = ImmutableMap.builder();
    modules.forEach(m -> b.put(m.id(), m));
    return new ScenarioRunner(b.buildOrThrow());
  }

  /**
   * Runs one scenario. A scenario that records a {@code disagreement} (its expectations follow the
   * specification, and the module is known to depart from it) is expected to fail: it is aborted,
   * which JUnit reports as skipped, with the disagreement and the mismatches; if it passes, the
   * disagreement is stale and the run fails.
   *
   * @param source the file's name, for messages; not null
   * @param yaml the scenario, not null
   * @throws InvalidScenarioException if the file is not a valid scenario, or exceeds a limit of
   *     scenario files (those of kipp-jackson's {@code KippJson}: 100,000,000 characters, nesting 64,
   *     strings of 1,000,000 characters, numbers of 64, keys of 1,000), naming the file and the limit
   * @throws AssertionError listing every expectation that failed, or saying that a recorded
   *     disagreement no longer shows
   * @throws org.opentest4j.TestAbortedException if the scenario records a disagreement and fails as
   *     expected
   */
  public void run(String source, String yaml) {
    ScenarioFile file = ScenarioFile.read(requireNonNull(source, "source"), requireNonNull(yaml, "yaml"));
    List<String> mismatches = check(file);
    String listed = source + " (" + file.name() + "):\n  - " + String.join("\n  - ", mismatches);
    if (file.disagreement().isPresent()) {
      if (mismatches.isEmpty()) {
        throw new AssertionError(source + " (" + file.name() + ") records a disagreement with the specification, but every expectation"
            + " now holds; remove the 'disagreement' key: " + file.disagreement().get());
      }
      Assumptions.abort("known disagreement with the specification: " + file.disagreement().get() + "\n" + listed);
    }
    if (!mismatches.isEmpty()) {
      throw new AssertionError(listed);
    }
  }

  /**
   * Runs a scenario from the class path.
   *
   * @param resource the resource's name, such as {@code scenarios/sinovik-2023/age.yaml}; not null
   * @throws InvalidScenarioException if the resource is missing, not a regular file, larger than the
   *     document-length limit of scenario files (100,000,000 bytes; checked before it is read), or not
   *     a valid scenario
   * @throws AssertionError listing every expectation that failed, or saying that a recorded
   *     disagreement no longer shows
   * @throws org.opentest4j.TestAbortedException if the scenario records a disagreement and fails as
   *     expected
   */
  public void runResource(String resource) {
    URL url = Thread.currentThread().getContextClassLoader().getResource(requireNonNull(resource, "resource"));
    if (url == null) {
      throw new InvalidScenarioException(resource, "", "no such resource on the class path");
    }
    run(resource, read(resource, url));
  }

  /**
   * Reads a scenario resource: a file must be a regular file of at most {@link
   * ScenarioFile#MAX_DOCUMENT_LENGTH} bytes, checked before it is opened (a folder or a named pipe
   * called {@code x.yaml} is refused, not read or waited on), and no resource is read past that
   * length.
   */
  private static String read(String resource, URL url) {
    int max = ScenarioFile.MAX_DOCUMENT_LENGTH;
    if (url.getProtocol().equals("file")) {
      Path file;
      try {
        file = Paths.get(url.toURI());
      } catch (URISyntaxException | IllegalArgumentException e) {
        throw new InvalidScenarioException(resource, "", "not a readable file: " + url, e);
      }
      if (!Files.isRegularFile(file)) {
        throw new InvalidScenarioException(resource, "", Files.isDirectory(file) ? "a folder, not a scenario file"
            : "not a regular file (a device, named pipe or socket is never read)");
      }
      long size;
      try {
        size = Files.size(file);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + resource, e);
      }
      if (size > max) {
        throw new InvalidScenarioException(resource, "", "the file has " + size
            + " bytes, over the document-length limit of scenario files: at most " + max + " bytes");
      }
    }
    byte[] bytes;
    try (java.io.InputStream in = url.openStream()) {
      bytes = in.readNBytes(max + 1);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
    if (bytes.length > max) {
      throw new InvalidScenarioException(resource, "", "the resource has more than " + max
          + " bytes, over the document-length limit of scenario files");
    }
    return new String(bytes, StandardCharsets.UTF_8);
  }

  /**
   * Returns one dynamic test per {@code .yaml} file in a class-path folder, for a JUnit 5 {@code
   * @TestFactory}; each is named after its file.
   *
   * @param folder the folder, such as {@code scenarios/sinovik-2023}; not null
   * @return the tests, sorted by file name
   * @throws InvalidScenarioException if the folder holds no scenario
   */
  public Stream<DynamicTest> dynamicTests(String folder) {
    List<String> files = resources(folder);
    if (files.isEmpty()) {
      throw new InvalidScenarioException(folder, "", "no .yaml scenario in this class-path folder");
    }
    return files.stream().map(r -> DynamicTest.dynamicTest(r.substring(r.lastIndexOf('/') + 1), () -> runResource(r)));
  }

  /**
   * Lists the {@code .yaml} files of a class-path folder, in directories and in jars; only regular
   * files count (a folder or a named pipe whose name ends in {@code .yaml} is left out).
   *
   * @param folder the folder, not null
   * @return the resource names, sorted
   */
  public static ImmutableList<String> resources(String folder) {
    String prefix = folder.endsWith("/") ? folder : folder + "/";
    Set<String> found = new java.util.TreeSet<>();
    try {
      Enumeration<URL> roots = Thread.currentThread().getContextClassLoader().getResources(prefix);
      for (URL root : Collections.list(roots)) {
        if (root.getProtocol().equals("file")) {
          Path dir = Paths.get(root.toURI());
          try (Stream<Path> paths = Files.list(dir)) {
            paths.filter(Files::isRegularFile).map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".yaml")).forEach(n -> found.add(prefix + n));
          }
        } else if (root.getProtocol().equals("jar")) {
          JarURLConnection connection = (JarURLConnection) root.openConnection();
          try (JarFile jar = connection.getJarFile()) {
            for (JarEntry e : Collections.list(jar.entries())) {
              String n = e.getName();
              if (!e.isDirectory() && n.startsWith(prefix) && n.endsWith(".yaml") && n.indexOf('/', prefix.length()) < 0) {
                found.add(n);
              }
            }
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + folder, e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException("cannot list " + folder, e);
    }
    return ImmutableList.copyOf(found);
  }

  private RuleModule module(ScenarioFile file) {
    RuleModule m = modules.get(file.module());
    if (m == null) {
      throw new InvalidScenarioException(file.source(), "module", "'" + file.module() + "' is not one of this runner's modules " + modules.keySet());
    }
    return m;
  }

  private List<String> check(ScenarioFile file) {
    RuleModule module = module(file);
    ScenarioBuilder built = ScenarioBuilder.build(file, module);
    List<String> mismatches = new ArrayList<>();
    Set<Citation> cited = new LinkedHashSet<>();
    Competition competition = Competition.of(module, file.drawSeed(), Clock.fixed(built.closedAt(), ZoneOffset.UTC));
    Entries entries = Entries.newBuilder().submitted(built.proposals().values()).submissionTimes(built.submittedAt())
        .history(ResultHistory.of(file.history())).invitations(file.invitations()).build();
    EditionResult screened = competition.screen(entries);
    ScreeningResult screening = screened.screening().result();
    ScenarioFile.Expect expect = file.expect();
    expect.eligible().ifPresent(ids -> {
      for (String id : ids) {
        ProposalEligibility o = outcome(screening, id, file);
        if (!o.eligible()) {
          mismatches.add(id + " should be eligible but failed " + describe(o.failures()));
        }
        // An eligible outcome rests on every rule it passed.
        o.decisions().forEach(d -> cited.addAll(d.citations()));
      }
      List<String> others = screening.eligible().stream().map(ProposalId::value).filter(x -> !ids.contains(x)).collect(Collectors.toList());
      if (!others.isEmpty() && !expect.ineligible().keySet().containsAll(others)) {
        mismatches.add("eligible lists " + ids + " but these are eligible too: " + others);
      }
    });
    expect.ineligible().forEach((id, failure) -> {
      ProposalEligibility o = outcome(screening, id, file);
      if (o.eligible()) {
        mismatches.add(id + " should be ineligible but passed every rule");
        return;
      }
      Set<String> rules = o.failures().stream().map(Decision::rule).collect(Collectors.toCollection(java.util.TreeSet::new));
      if (!failure.rules().isEmpty() && !rules.equals(new java.util.TreeSet<>(failure.rules()))) {
        mismatches.add(id + " should fail rules " + new java.util.TreeSet<>(failure.rules()) + " but failed " + rules + ": " + describe(o.failures()));
      }
      Set<String> reasons = o.failures().stream().flatMap(d -> d.reasons().stream()).map(r -> r.code()).collect(Collectors.toSet());
      for (String reason : failure.reasons()) {
        if (!reasons.contains(reason)) {
          mismatches.add(id + " should fail with reason " + reason + " but the reasons were " + new java.util.TreeSet<>(reasons));
        }
      }
      // An ineligible outcome rests on the rules it failed.
      o.failures().forEach(d -> cited.addAll(d.citations()));
    });
    if (expect.ranking().isPresent() || !expect.ranks().isEmpty() || !expect.tieBrokenBy().isEmpty()
        || expect.nominated().isPresent() || !expect.scores().isEmpty() || !expect.finalists().isEmpty() || !expect.winners().isEmpty()) {
      checkScoring(file, competition, built, screened, mismatches, cited);
    }
    expect.submissions().ifPresent(s -> checkSubmissions(file, module, built, s, mismatches, cited));
    file.citation().ifPresent(text -> {
      boolean found = cited.stream().anyMatch(c -> c.instrument().contains(text) && file.article().map(a -> c.provision().contains(a)).orElse(true));
      if (!found) {
        mismatches.add("the scenario's citation '" + text + "'" + file.article().map(a -> " to '" + a + "'").orElse("")
            + " is not among the citations of the decisions that produced the checked outcomes: "
            + cited.stream().map(c -> c.instrument() + ", " + c.provision()).distinct().sorted().collect(Collectors.toList()));
      }
    });
    return mismatches;
  }

  private static ProposalEligibility outcome(ScreeningResult screening, String id, ScenarioFile file) {
    return screening.outcome(ProposalId.of(id)).orElseThrow(() ->
        new InvalidScenarioException(file.source(), "expect", "proposal '" + id + "' is not among the given proposals"));
  }

  private static String describe(List<Decision> failures) {
    return failures.stream().map(d -> d.rule() + " (" + d.reasons().stream().map(r -> r.message().english()).collect(Collectors.joining("; ")) + ")")
        .collect(Collectors.joining(", "));
  }

  private static void checkScoring(ScenarioFile file, Competition competition, ScenarioBuilder built, EditionResult screened,
      List<String> mismatches, Set<Citation> cited) {
    Map<StageId, FrozenScores> frozen = new TreeMap<>();
    built.sheets().forEach((stage, sheets) -> {
      try {
        frozen.put(stage, competition.freeze(stage, sheets, built.closedAt()));
      } catch (InvalidInputException x) {
        throw new InvalidScenarioException(file.source(), "given.scores." + stage, String.valueOf(x.getMessage()), x);
      }
    });
    ScenarioFile.Expect expect = file.expect();
    if (expect.ranking().isPresent() || !expect.ranks().isEmpty() || !expect.tieBrokenBy().isEmpty() || !expect.scores().isEmpty()) {
      Winners winners = competition.award(screened, frozen.values(), ImmutableMap.of()).winners().orElseThrow();
      checkRanking(expect, winners, mismatches, cited);
    }
    if (expect.nominated().isPresent() || !expect.finalists().isEmpty() || !expect.winners().isEmpty()) {
      StageId desk = competition.stages().isEmpty() ? null : competition.stages().get(0);
      FrozenScores deskScores = desk == null ? null : frozen.get(desk);
      if (deskScores == null) {
        throw new InvalidScenarioException(file.source(), "given.scores", "nominations need scores of the desk stage '" + desk + "'");
      }
      EditionResult nominated = competition.nominate(screened, deskScores);
      Nomination nomination = nominated.nomination().orElseThrow();
      expect.nominated().ifPresent(sel -> {
        List<String> actual = nomination.nominated().stream().map(ProposalId::value).collect(Collectors.toList());
        checkSelection("nominated", actual, sel, built, mismatches);
        for (String id : actual) {
          nominated.outcome(ProposalId.of(id)).flatMap(ProposalOutcome::deciding).ifPresent(d -> cited.addAll(d.citations()));
        }
      });
      if (!expect.finalists().isEmpty() || !expect.winners().isEmpty()) {
        EditionResult selected = competition.selectFinalists(nominated);
        FinalistSelection finalists = selected.finalists().orElseThrow();
        expect.finalists().forEach((tier, sel) -> {
          Optional<FinalistSelection.PoolSelection> pool = finalists.pool(TierId.of(tier));
          if (pool.isEmpty()) {
            mismatches.add("module has no finalist pool '" + tier + "'; it has "
                + finalists.pools().stream().map(p -> p.pool().tier().value()).collect(Collectors.toList()));
            return;
          }
          List<String> got = pool.get().shortlist().included().stream().map(e -> e.proposal().value()).collect(Collectors.toList());
          checkSelection("finalists of " + tier, got, sel, built, mismatches);
          cited.add(pool.get().pool().spec().sizeCitation());
          for (String id : got) {
            pool.get().shortlist().decision(ProposalId.of(id)).ifPresent(d -> cited.addAll(d.citations()));
          }
        });
        if (!expect.winners().isEmpty()) {
          List<FrozenScores> later = frozen.entrySet().stream().filter(e -> !e.getKey().equals(desk)).map(Map.Entry::getValue)
              .collect(Collectors.toList());
          Winners winners = competition.award(selected, later, ImmutableMap.of()).winners().orElseThrow();
          expect.winners().forEach((tier, sel) -> {
            Optional<Winners.TierAward> award = winners.tier(TierId.of(tier));
            if (award.isEmpty()) {
              mismatches.add("module has no winners' tier '" + tier + "'; it has "
                  + winners.tiers().stream().map(t -> t.tier().id().value()).collect(Collectors.toList()));
              return;
            }
            List<String> got = award.get().cut().passed().stream().map(e -> e.proposal().value()).collect(Collectors.toList());
            checkSelection("winners of " + tier, got, sel, built, mismatches);
            cited.add(award.get().tier().citation());
            for (String id : got) {
              ProposalId p = ProposalId.of(id);
              Optional.ofNullable(award.get().cut().decisions().get(p)).ifPresent(d -> cited.addAll(d.citations()));
              citePlace(p, winners.ranking(), winners.combination(), cited);
            }
          });
        }
      }
    }
  }

  /**
   * Compares a selection with its expectation: its count, its members (in order, or as a set), and
   * its counts per group and per participant type (institution type); a group or type the
   * expectation names and the selection lacks counts 0, and one the selection has and the
   * expectation leaves out must be 0 too.
   */
  private static void checkSelection(String what, List<String> actual, ScenarioFile.Selection expected, ScenarioBuilder built,
      List<String> mismatches) {
    expected.count().ifPresent(n -> {
      if (actual.size() != n) {
        mismatches.add(what + " should count " + n + " but counted " + actual.size());
      }
    });
    expected.members().ifPresent(ids -> {
      if (expected.ordered() ? !actual.equals(ids) : !new java.util.TreeSet<>(actual).equals(new java.util.TreeSet<>(ids))) {
        mismatches.add(what + " should be " + (expected.ordered() ? ids : new java.util.TreeSet<>(ids)) + " but were "
            + (expected.ordered() ? actual : new java.util.TreeSet<>(actual)));
      }
    });
    if (!expected.groups().isEmpty()) {
      Map<String, Integer> byGroup = new TreeMap<>();
      actual.forEach(id -> byGroup.merge(proposal(built, id).group().value(), 1, Integer::sum));
      Map<String, Integer> wanted = new TreeMap<>(expected.groups());
      if (!withoutZeros(byGroup).equals(withoutZeros(wanted))) {
        mismatches.add(what + " per group should be " + withoutZeros(wanted) + " but were " + byGroup);
      }
    }
    if (!expected.clusters().isEmpty()) {
      Map<String, Integer> byType = new TreeMap<>();
      actual.forEach(id -> byType.merge(proposal(built, id).innovation().institution().type().name(), 1, Integer::sum));
      Map<String, Integer> wanted = new TreeMap<>();
      expected.clusters().forEach((k, v) -> wanted.put(k.name(), v));
      if (!withoutZeros(byType).equals(withoutZeros(wanted))) {
        mismatches.add(what + " per participant type should be " + withoutZeros(wanted) + " but were " + byType);
      }
    }
  }

  /** A proposal the competition selected, which is one of the scenario's. */
  private static io.github.kipp.core.innovation.Proposal proposal(ScenarioBuilder built, String id) {
    io.github.kipp.core.innovation.Proposal p = built.proposals().get(ProposalId.of(id));
    if (p == null) {
      throw new IllegalStateException("the competition selected " + id + ", which is not among the scenario's proposals");
    }
    return p;
  }

  private static Map<String, Integer> withoutZeros(Map<String, Integer> counts) {
    Map<String, Integer> out = new TreeMap<>();
    counts.forEach((k, v) -> {
      if (v != 0) {
        out.put(k, v);
      }
    });
    return out;
  }

  /**
   * Submits each named proposal through the module's pipeline at its {@code submittedAt}: from draft
   * to the institution's administrator and on to submitted, by the roles the pipeline names. A move
   * outside its phase's window (registration or submission, closing at 23:59 of the last day in the
   * edition's zone, or at an extension) is a refusal.
   */
  private static void checkSubmissions(ScenarioFile file, RuleModule module, ScenarioBuilder built, ScenarioFile.Submissions expected,
      List<String> mismatches, Set<Citation> cited) {
    io.github.kipp.core.stage.StageMachine machine = module.pipeline();
    io.github.kipp.core.edition.Schedule schedule = module.edition().schedule();
    java.util.TreeSet<String> named = new java.util.TreeSet<>(expected.refused());
    named.addAll(expected.accepted());
    for (String id : named) {
      ProposalId p = ProposalId.of(id);
      if (!built.proposals().containsKey(p)) {
        throw new InvalidScenarioException(file.source(), "expect.submissions", "proposal '" + id + "' is not among the given proposals");
      }
      java.time.Instant at = built.submittedAt().get(p);
      if (at == null) {
        throw new InvalidScenarioException(file.source(), "expect.submissions", "proposal '" + id + "' has no submittedAt to submit at");
      }
      Optional<String> refusal = Optional.empty();
      io.github.kipp.core.stage.ProposalStatus status = io.github.kipp.core.stage.ProposalStatus.start(p, machine, at);
      for (StageId to : List.of(io.github.kipp.core.stage.Stages.AT_INSTITUTION_ADMIN, io.github.kipp.core.stage.Stages.SUBMITTED)) {
        Optional<io.github.kipp.core.stage.TransitionRule> rule = machine.rule(status.stage(), to);
        if (rule.isEmpty()) {
          throw new InvalidScenarioException(file.source(), "expect.submissions", "module " + module.id() + " has no move from "
              + status.stage() + " to " + to);
        }
        cited.add(rule.get().basis());
        // The window's close rests on the schedule and on any letter that extended it.
        rule.get().during().flatMap(schedule::window).ifPresent(w -> {
          module.parameters().parameters().stream().filter(x -> x.key().name().equals("edition.schedule"))
              .forEach(x -> x.citation().ifPresent(cited::add));
          w.extensions().forEach(x -> cited.add(x.basis()));
        });
        try {
          status = machine.apply(status, io.github.kipp.core.stage.TransitionRequest.of(to,
              io.github.kipp.core.Actor.of("scenario-" + rule.get().roles().first().name().toLowerCase(java.util.Locale.ROOT),
                  rule.get().roles().first()), at), schedule);
        } catch (io.github.kipp.core.stage.IllegalTransitionException e) {
          refusal = Optional.of(String.valueOf(e.getMessage()));
          break;
        }
      }
      if (expected.refused().contains(id) && refusal.isEmpty()) {
        mismatches.add(id + " should be refused at the close but was submitted at " + at);
      }
      if (expected.accepted().contains(id) && refusal.isPresent()) {
        mismatches.add(id + " should be submitted but was refused: " + refusal.get());
      }
    }
  }

  private static void checkRanking(ScenarioFile.Expect expect, Winners winners, List<String> mismatches, Set<Citation> cited) {
    Ranking ranking = winners.ranking();
    CombinationResult combined = winners.combination();
    expect.ranking().ifPresent(ids -> {
      List<String> actual = ranking.entries().stream().map(e -> e.proposal().value()).collect(Collectors.toList());
      if (!actual.equals(ids)) {
        mismatches.add("ranking should be " + ids + " but was " + actual + scores(ranking));
      }
      // A place rests on the combined score (criteria, aggregation, combination) and the tie-breaks that decided it.
      ids.forEach(id -> citePlace(ProposalId.of(id), ranking, combined, cited));
    });
    expect.ranks().forEach((id, rank) -> {
      Optional<RankedEntry> e = ranking.entry(ProposalId.of(id));
      if (e.isEmpty()) {
        mismatches.add(id + " should have rank " + rank + " but is not ranked" + scores(ranking));
      } else if (e.get().rank() != rank) {
        mismatches.add(id + " should have rank " + rank + " but has " + e.get().rank() + scores(ranking));
      }
      citePlace(ProposalId.of(id), ranking, combined, cited);
    });
    expect.tieBrokenBy().forEach((id, rule) -> {
      Optional<io.github.kipp.scoring.rank.BrokenTie> tie = ranking.entry(ProposalId.of(id)).flatMap(RankedEntry::brokenTie);
      Optional<String> actual = tie.map(t -> t.rule());
      if (!actual.equals(Optional.of(rule)) && !(rule.equals("draw") && actual.map(a -> a.startsWith("draw:")).orElse(false))) {
        mismatches.add(id + " should be placed by tie-break " + rule + " but was " + actual.orElse("(no tie-break)"));
      }
      tie.ifPresent(t -> cited.add(t.citation()));
    });
    expect.scores().forEach((id, score) -> {
      Optional<CombinedScore> c = combined.score(ProposalId.of(id));
      Optional<BigDecimal> actual = c.flatMap(CombinedScore::score);
      if (actual.isEmpty() || actual.get().compareTo(score) != 0) {
        mismatches.add(id + " should score " + score.toPlainString() + " but scored " + actual.map(BigDecimal::toPlainString).orElse("nothing"));
      }
      c.ifPresent(x -> cited.addAll(x.explanation().allCitations()));
    });
  }

  private static void citePlace(ProposalId id, Ranking ranking, CombinationResult combined, Set<Citation> cited) {
    combined.score(id).ifPresent(c -> cited.addAll(c.explanation().allCitations()));
    ranking.entry(id).flatMap(RankedEntry::brokenTie).ifPresent(t -> cited.add(t.citation()));
  }

  private static String scores(Ranking ranking) {
    return ranking.entries().stream().map(e -> e.proposal() + "=" + e.score().toPlainString() + "#" + e.rank())
        .collect(Collectors.joining(", ", " (scores: ", ")"));
  }
}
