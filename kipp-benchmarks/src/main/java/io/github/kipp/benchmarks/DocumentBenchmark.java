package io.github.kipp.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.common.collect.ImmutableList;
import io.github.kipp.core.ActorId;
import io.github.kipp.core.edition.Edition;
import io.github.kipp.core.innovation.Proposal;
import io.github.kipp.format.CompetitionDocument;
import io.github.kipp.jackson.KippJson;
import io.github.kipp.rules.sinovik.SinovikModule;
import io.github.kipp.scoring.CriteriaSet;
import io.github.kipp.scoring.ScoreSheet;
import io.github.kipp.scoring.panel.Assigner;
import io.github.kipp.scoring.panel.AssignmentOptions;
import io.github.kipp.scoring.panel.Panel;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Reading a full edition's competition document (3,500 proposals, a panel of 60, its assignment,
 * 10,500 desk sheets and the past results) from JSON with {@link KippJson}, against plain Jackson
 * databind reading the same bytes into maps, and into plain records without validation ({@link
 * DocumentRecords}, the floor; the setup checks that they hold kipp's document).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class DocumentBenchmark {

  /** The document as UTF-8 JSON. */
  byte[] bytes;
  /** kipp's reader. */
  KippJson json;
  /** A plain Jackson mapper. */
  ObjectMapper mapper;

  /**
   * Builds the document, writes it and checks that both readers read it.
   *
   * @throws IllegalStateException if kipp reads back a different document
   */
  @Setup(Level.Trial)
  public void setUp() {
    CompetitionDocument document = document(Inputs.PROPOSALS);
    json = KippJson.json();
    mapper = new ObjectMapper();
    bytes = json.write(document).getBytes(StandardCharsets.UTF_8);
    if (!kipp().equals(document)) {
      throw new IllegalStateException("kipp does not read back the document it wrote");
    }
    if (!jacksonMap().containsKey("proposals")) {
      throw new IllegalStateException("Jackson did not read the proposals");
    }
    java.util.List<String> differences = differences(kipp(), jacksonRecords());
    if (!differences.isEmpty()) {
      throw new IllegalStateException("the records read another document than kipp: " + differences.subList(0, Math.min(5, differences.size())));
    }
  }

  /**
   * Where the records bound by Jackson say something else than kipp's document: the proposals
   * (id, innovation, title, group, category, answered sections and their texts), every score sheet
   * (proposal, evaluator, stage and scores), each panel's evaluators, each assignment and the past
   * results.
   *
   * @param kipp kipp's document, not null
   * @param records the records, not null
   * @return the differences, empty if none
   */
  static java.util.List<String> differences(CompetitionDocument kipp, DocumentRecords.Document records) {
    java.util.List<String> out = new ArrayList<>();
    if (kipp.proposals().size() != records.proposals().size()) {
      out.add("proposals: kipp " + kipp.proposals().size() + ", records " + records.proposals().size());
      return out;
    }
    for (int i = 0; i < kipp.proposals().size(); i++) {
      Proposal k = kipp.proposals().get(i);
      DocumentRecords.Proposal r = records.proposals().get(i);
      java.util.List<String> kSections = k.sections().stream().map(s -> s.section().value() + "=" + s.text()).toList();
      java.util.List<String> rSections = r.sections().stream().map(s -> s.section() + "=" + s.text()).toList();
      if (!k.id().value().equals(r.id()) || !k.innovation().id().value().equals(r.innovation().id()) || !k.innovation().title().equals(r.innovation().title())
          || !k.group().value().equals(r.group()) || !k.category().value().equals(r.category()) || !kSections.equals(rSections)) {
        out.add("proposal " + i + ": kipp " + k.id() + ", records " + r.id());
      }
    }
    kipp.scoreSheets().forEach((stage, sheets) -> {
      java.util.List<DocumentRecords.Sheet> theirs = records.scoreSheets().getOrDefault(stage.value(), java.util.List.of());
      if (sheets.size() != theirs.size()) {
        out.add("sheets of " + stage + ": kipp " + sheets.size() + ", records " + theirs.size());
        return;
      }
      for (int i = 0; i < sheets.size(); i++) {
        ScoreSheet k = sheets.get(i);
        DocumentRecords.Sheet r = theirs.get(i);
        boolean scores = k.scores().size() == r.scores().size() && k.scores().entrySet().stream().allMatch(e -> {
          java.math.BigDecimal value = r.scores().get(e.getKey().value());
          return value != null && value.compareTo(e.getValue()) == 0;
        });
        if (!k.proposal().value().equals(r.proposal()) || !k.evaluator().value().equals(r.evaluator()) || !k.stage().value().equals(r.stage()) || !scores) {
          out.add("sheet " + i + " of " + stage + ": kipp " + k.proposal() + "/" + k.evaluator() + ", records " + r.proposal() + "/" + r.evaluator());
        }
      }
    });
    kipp.panels().forEach((stage, panel) -> {
      DocumentRecords.Panel r = records.panels().get(stage.value());
      if (r == null || !panel.evaluators().stream().map(e -> e.id().value()).toList().equals(r.evaluators().stream().map(DocumentRecords.Evaluator::id).toList())) {
        out.add("panel of " + stage);
      }
    });
    kipp.assignments().forEach((stage, assignment) -> {
      DocumentRecords.Assignment r = records.assignments().get(stage.value());
      for (Proposal p : kipp.proposals()) {
        java.util.List<String> mine = assignment.evaluators(p.id()).stream().map(ActorId::value).toList();
        java.util.List<String> theirs = r == null ? java.util.List.of() : r.evaluatorsByProposal().getOrDefault(p.id().value(), java.util.List.of());
        if (!mine.equals(theirs.stream().sorted().toList())) {
          out.add("assignment of " + p.id() + " in " + stage);
        }
      }
    });
    java.util.List<String> kHistory = kipp.history().results().stream().map(h -> h.innovation().value() + "/" + h.year() + "/" + h.tier().value() + "/" + h.group().value()).toList();
    java.util.List<String> rHistory = records.history().stream().map(h -> h.innovation() + "/" + h.year() + "/" + h.tier() + "/" + h.group()).toList();
    if (!kHistory.equals(rHistory)) {
      out.add("history: kipp " + kHistory.size() + " results, records " + rHistory.size());
    }
    return out;
  }

  /**
   * Returns a full edition's competition document of the 2023 module, with a panel of 60 evaluators
   * for each 3,500 proposals.
   *
   * @param count how many proposals
   * @return the document, not null
   */
  public static CompetitionDocument document(int count) {
    SinovikModule module = Inputs.module();
    Edition edition = module.edition();
    ImmutableList<Proposal> proposals = Inputs.proposals(edition, count, Inputs.SEED);
    CriteriaSet desk = module.criteria().get(0);
    // 60 evaluators per 3,500 proposals, as in a national edition.
    Panel panel = Inputs.panel(Math.max(AssignmentBenchmark.PANEL, count / Inputs.PROPOSALS * AssignmentBenchmark.PANEL));
    io.github.kipp.scoring.panel.Assignment assignment = count <= Inputs.PROPOSALS
        ? Assigner.of(module.conflictOfInterest()).assign(proposals, panel, AssignmentOptions.of(AssignmentBenchmark.PER_PROPOSAL, Inputs.SEED)).assignment()
        : inTurn(proposals, panel);
    List<ScoreSheet> sheets = new ArrayList<>();
    long seed = Inputs.SEED;
    for (Proposal p : proposals) {
      for (var evaluator : assignment.evaluators(p.id())) {
        sheets.add(io.github.kipp.testkit.generators.KippFactories.sheetFrom(desk, p.id(), evaluator, seed++));
      }
    }
    return CompetitionDocument.newBuilder()
        .edition(edition)
        .proposals(proposals)
        .panel(desk.stage(), panel)
        .assignment(desk.stage(), assignment)
        .scoreSheets(sheets)
        .history(Inputs.history(proposals, Inputs.SEED))
        .build();
  }

  /**
   * Assigns each proposal the panel's evaluators in turn, {@link AssignmentBenchmark#PER_PROPOSAL}
   * each: for documents larger than one assignment may be (the assigner weighs every pair of a
   * proposal and an evaluator, at most {@code Assigner}'s limit of pairs), built without it.
   */
  private static io.github.kipp.scoring.panel.Assignment inTurn(List<Proposal> proposals, Panel panel) {
    java.util.Map<io.github.kipp.core.ProposalId, List<ActorId>> out = new java.util.LinkedHashMap<>();
    int size = panel.evaluators().size();
    int next = 0;
    for (Proposal p : proposals) {
      List<ActorId> chosen = new ArrayList<>();
      for (int k = 0; k < AssignmentBenchmark.PER_PROPOSAL; k++) {
        chosen.add(panel.evaluators().get((next + k) % size).id());
      }
      next = (next + AssignmentBenchmark.PER_PROPOSAL) % size;
      out.put(p.id(), chosen);
    }
    return io.github.kipp.scoring.panel.Assignment.of(out);
  }

  /**
   * kipp reads the document: decodes the bytes and maps them to the domain, checking every value.
   *
   * @return the document
   */
  @Benchmark
  public CompetitionDocument kipp() {
    return json.readCompetition(new String(bytes, StandardCharsets.UTF_8));
  }

  /**
   * The floor: Jackson binds the same bytes into plain records ({@link DocumentRecords}), with no
   * checks and no domain values.
   *
   * @return the records
   */
  @Benchmark
  public DocumentRecords.Document jacksonRecords() {
    try {
      return mapper.readValue(bytes, DocumentRecords.Document.class);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Plain Jackson reads the same bytes into maps and lists.
   *
   * @return the maps
   */
  @Benchmark
  public Map<?, ?> jacksonMap() {
    try {
      return mapper.readValue(bytes, Map.class);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
