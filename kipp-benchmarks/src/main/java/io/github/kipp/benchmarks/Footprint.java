package io.github.kipp.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.common.collect.ImmutableList;
import io.github.kipp.core.edition.Edition;
import io.github.kipp.core.innovation.Proposal;
import io.github.kipp.rules.sinovik.SinovikModule;
import io.github.kipp.scoring.CriteriaSet;
import io.github.kipp.scoring.ScoreSheet;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openjdk.jol.info.GraphLayout;

/**
 * Measures the retained heap of 100,000 proposals with their score sheets (3 desk sheets each): by
 * the difference in used heap after full collections, and by walking the object graph with JOL.
 *
 * <p>Usage: {@code java -cp benchmarks.jar io.github.kipp.benchmarks.Footprint [proposals] [out.json]}.
 * Prints the sizes and, with a second argument, writes them as JSON for {@link RatioTable}.
 */
public final class Footprint {

  /** The proposals measured by default. */
  public static final int PROPOSALS = 100_000;
  /** Sheets per proposal. */
  public static final int SHEETS = 3;

  private Footprint() {}

  /**
   * The retained size of some proposals and their sheets.
   *
   * @param proposals how many proposals
   * @param gcBytes the growth of the used heap after full collections
   * @param jolBytes the size of the object graph as JOL walks it
   * @param objects the objects in the graph
   */
  public record Result(int proposals, long gcBytes, long jolBytes, long objects) {}

  /**
   * Builds proposals with their sheets and measures them.
   *
   * @param count how many proposals
   * @return the sizes, not null
   */
  public static Result measure(int count) {
    // JOL reads record fields through this (records refuse Unsafe field offsets) when it cannot
    // attach its agent; set before JOL's first use.
    if (System.getProperty("jol.magicFieldOffset") == null) {
      System.setProperty("jol.magicFieldOffset", "true");
    }
    SinovikModule module = Inputs.module();
    Edition edition = module.edition();
    CriteriaSet desk = module.criteria().get(0);
    // Load every class and bundled catalogue first, so the difference holds only the data.
    Inputs.sheets(desk, Inputs.proposals(edition, 10, 1), Inputs.panel(AssignmentBenchmark.PANEL), SHEETS, 1);
    long before = usedAfterGc();
    ImmutableList<Proposal> proposals = Inputs.proposals(edition, count, Inputs.SEED);
    ImmutableList<ScoreSheet> sheets = Inputs.sheets(desk, proposals, Inputs.panel(AssignmentBenchmark.PANEL), SHEETS, Inputs.SEED);
    List<Object> data = List.of(proposals, sheets);
    long after = usedAfterGc();
    GraphLayout layout = GraphLayout.parseInstance(data);
    long gc = after - before;
    if (data.isEmpty()) {
      throw new AssertionError("unreachable; keeps the data alive to here");
    }
    return new Result(count, gc, layout.totalSize(), layout.totalCount());
  }

  private static long usedAfterGc() {
    Runtime runtime = Runtime.getRuntime();
    long used = Long.MAX_VALUE;
    for (int i = 0; i < 5; i++) {
      System.gc();
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
      used = Math.min(used, runtime.totalMemory() - runtime.freeMemory());
    }
    return used;
  }

  /**
   * Measures and prints the sizes.
   *
   * @param args the number of proposals (default 100,000) and a JSON file to write, both optional
   * @throws IOException if the file cannot be written
   */
  public static void main(String[] args) throws IOException {
    int count = args.length > 0 ? Integer.parseInt(args[0]) : PROPOSALS;
    Result r = measure(count);
    System.out.printf("Footprint of %,d proposals with %,d score sheets: %,.1f MB by GC, %,.1f MB by JOL (%,d objects)%n",
        r.proposals(), (long) r.proposals() * SHEETS, r.gcBytes() / 1048576.0, r.jolBytes() / 1048576.0, r.objects());
    if (args.length > 1) {
      Map<String, Object> out = new LinkedHashMap<>();
      out.put("proposals", r.proposals());
      out.put("sheets", (long) r.proposals() * SHEETS);
      out.put("gcBytes", r.gcBytes());
      out.put("jolBytes", r.jolBytes());
      out.put("objects", r.objects());
      Files.writeString(Path.of(args[1]), new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(out));
    }
  }
}
