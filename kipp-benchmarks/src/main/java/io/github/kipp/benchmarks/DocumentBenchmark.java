package io.github.kipp.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.common.collect.ImmutableList;
import io.github.kipp.core.edition.Edition;
import io.github.kipp.core.innovation.Proposal;
import io.github.kipp.format.CompetitionDocument;
import io.github.kipp.jackson.KippJson;
import io.github.kipp.rules.sinovik.SinovikModule;
import io.github.kipp.scoring.CriteriaSet;
import io.github.kipp.scoring.ScoreSheet;
import io.github.kipp.scoring.panel.Assigner;
import io.github.kipp.scoring.panel.AssignmentOptions;
import io.github.kipp.scoring.panel.AssignmentResult;
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
 * databind reading the same bytes into maps.
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
  }

  /**
   * Returns a full edition's competition document of the 2023 module.
   *
   * @param count how many proposals
   * @return the document, not null
   */
  public static CompetitionDocument document(int count) {
    SinovikModule module = Inputs.module();
    Edition edition = module.edition();
    ImmutableList<Proposal> proposals = Inputs.proposals(edition, count, Inputs.SEED);
    CriteriaSet desk = module.criteria().get(0);
    Panel panel = Inputs.panel(AssignmentBenchmark.PANEL);
    AssignmentResult assignment = Assigner.of(module.conflictOfInterest()).assign(proposals, panel, AssignmentOptions.of(AssignmentBenchmark.PER_PROPOSAL, Inputs.SEED));
    List<ScoreSheet> sheets = new ArrayList<>();
    long seed = Inputs.SEED;
    for (Proposal p : proposals) {
      for (var evaluator : assignment.assignment().evaluators(p.id())) {
        sheets.add(io.github.kipp.testkit.generators.KippFactories.sheetFrom(desk, p.id(), evaluator, seed++));
      }
    }
    return CompetitionDocument.newBuilder()
        .edition(edition)
        .proposals(proposals)
        .panel(desk.stage(), panel)
        .assignment(desk.stage(), assignment.assignment())
        .scoreSheets(sheets)
        .history(Inputs.history(proposals, Inputs.SEED))
        .build();
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
