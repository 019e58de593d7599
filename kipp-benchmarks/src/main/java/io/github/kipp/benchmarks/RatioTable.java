package io.github.kipp.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Prints the results of JMH runs (their JSON result files) as a Markdown table of times, ratios to
 * the baselines and the goals met or missed; with a footprint file, adds the memory row.
 *
 * <p>Usage: {@code java -cp benchmarks.jar io.github.kipp.benchmarks.RatioTable jmh.json...
 * [footprint.json]}: a file holding a JSON array is a JMH result, one holding an object the
 * footprint.
 */
public final class RatioTable {

  private static final String PKG = "io.github.kipp.benchmarks.";

  private final Map<String, Double> millis = new LinkedHashMap<>();
  private final Map<String, Double> errors = new LinkedHashMap<>();
  private final StringBuilder out = new StringBuilder();

  private RatioTable(Iterable<JsonNode> runs) {
    for (JsonNode run : runs) {
      add(run);
    }
  }

  private void add(JsonNode results) {
    for (JsonNode r : results) {
      String name = r.get("benchmark").asText().replace(PKG, "");
      JsonNode metric = r.get("primaryMetric");
      double factor = toMillis(metric.get("scoreUnit").asText());
      millis.put(name, metric.get("score").asDouble() * factor);
      double error = metric.get("scoreError").asDouble();
      errors.put(name, Double.isNaN(error) ? 0 : error * factor);
    }
  }

  /** Converts a JMH score unit such as {@code ms/op} to a factor to milliseconds. */
  static double toMillis(String unit) {
    String u = unit.substring(0, unit.indexOf('/'));
    return switch (u) {
      case "ns" -> 1e-6;
      case "us" -> 1e-3;
      case "ms" -> 1;
      case "s" -> 1e3;
      default -> throw new IllegalArgumentException("unexpected JMH unit " + unit);
    };
  }

  private @Nullable Double get(String name) {
    return millis.get(name);
  }

  private String time(String name) {
    Double t = get(name);
    if (t == null) {
      return "–";
    }
    double e = errors.getOrDefault(name, 0.0);
    return e > 0 ? String.format(Locale.ROOT, "%s ± %s", ms(t), ms(e)) : ms(t);
  }

  /** Formats a time in milliseconds with as many decimals as its size needs. */
  static String ms(double t) {
    return t >= 100 ? String.format(Locale.ROOT, "%,.0f ms", t) : t >= 1 ? String.format(Locale.ROOT, "%.2f ms", t) : String.format(Locale.ROOT, "%.3f ms", t);
  }

  private void row(String what, String kipp, @Nullable String baseline, String ratioText, String goal, @Nullable Boolean met) {
    out.append("| ").append(what).append(" | ").append(time(kipp)).append(" | ").append(baseline == null ? "–" : time(baseline) + " (" + baseline.substring(baseline.indexOf('.') + 1) + ")")
        .append(" | ").append(ratioText).append(" | ").append(goal).append(" | ")
        .append(met == null ? "not run" : met ? "met" : "**missed**").append(" |\n");
  }

  /** Baseline time over kipp's: how many times faster kipp is. */
  private void faster(String what, String kipp, String baseline, double atLeast) {
    Double k = get(kipp);
    Double b = get(baseline);
    Double ratio = k == null || b == null ? null : b / k;
    row(what, kipp, baseline, ratio == null ? "–" : String.format(Locale.ROOT, "kipp %.2f× faster", ratio),
        String.format(Locale.ROOT, "kipp ≥ %s× faster", trim(atLeast)), ratio == null ? null : ratio >= atLeast);
  }

  /** kipp's time over the baseline's: how many times slower kipp is. */
  private void slower(String what, String kipp, String baseline, double atMost, double underMillis) {
    Double k = get(kipp);
    Double b = get(baseline);
    Double ratio = k == null || b == null ? null : k / b;
    String goal = String.format(Locale.ROOT, "≤ %s× baseline", trim(atMost)) + (underMillis > 0 ? ", < " + ms(underMillis) : "");
    Boolean met = ratio == null || k == null ? null : ratio <= atMost && (underMillis <= 0 || k < underMillis);
    row(what, kipp, baseline, ratio == null ? "–" : String.format(Locale.ROOT, "%.2f×", ratio), goal, met);
  }

  /** kipp's time over the baseline's, with no goal of its own. */
  private void ratio(String what, String kipp, String baseline) {
    Double k = get(kipp);
    Double b = get(baseline);
    Double ratio = k == null || b == null ? null : k / b;
    out.append("| ").append(what).append(" | ").append(time(kipp)).append(" | ").append(time(baseline)).append(" (")
        .append(baseline.substring(baseline.indexOf('.') + 1)).append(") | ").append(ratio == null ? "–" : String.format(Locale.ROOT, "%.2f×", ratio))
        .append(" | – | ").append(ratio == null ? "not run" : "–").append(" |\n");
  }

  private void under(String what, String kipp, double underMillis) {
    Double k = get(kipp);
    row(what, kipp, null, "–", "< " + ms(underMillis), k == null ? null : k < underMillis);
  }

  private static String trim(double d) {
    return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d);
  }

  private String table(@Nullable JsonNode footprint) {
    out.append("| benchmark | kipp | baseline | ratio | goal | result |\n|---|---|---|---|---|---|\n");
    faster("Eligibility, 3,500 proposals (sinovik-2023) vs Drools", "EligibilityBenchmark.kipp", "EligibilityBenchmark.drools", 10);
    faster("Eligibility, 3,500 proposals (sinovik-2023) vs Easy Rules", "EligibilityBenchmark.kipp", "EligibilityBenchmark.easyRules", 1);
    under("Eligibility, whole screen of 3,500 from a fresh context", "EligibilityBenchmark.kipp", 2);
    ratio("Eligibility from a fresh context vs the hand-written loop", "EligibilityBenchmark.kipp", "EligibilityBenchmark.floor");
    slower("Eligibility, prepared context vs the hand-written loop over prepared entries", "EligibilityBenchmark.kippPrepared",
        "EligibilityBenchmark.floorPrepared", 1.25, 0);
    slower("Rank + tie-breaks + quota Top 99, 3,500 × 5", "RankingBenchmark.rankAndShortlist", "RankingBenchmark.sortFloor", 15, 5);
    slower("Aggregate 17,500 sheets + rank + shortlist", "RankingBenchmark.aggregateRankAndShortlist", "RankingBenchmark.sortFloor", 20, 5);
    slower("Nominate + finalists through the Competition vs wired by hand", "RankingBenchmark.nominateAndSelectThroughCompetition",
        "RankingBenchmark.nominateAndSelectByHand", 1.1, 0);
    under("Panel assignment, 3,500 × 3 of 60", "AssignmentBenchmark.assign", 1_000);
    under("Bootstrap rank stability, 10,000 × 3,500", "StabilityBenchmark.bootstrap", 10_000);
    slower("Rater reliability, 17,500 sheets, 2,000 replicates", "ReliabilityBenchmark.assess", "ReliabilityBenchmark.plainLoopFloor", 10, 1_000);
    slower("Read competition document (JSON)", "DocumentBenchmark.kipp", "DocumentBenchmark.jacksonMap", 2, 0);
    ratio("Read competition document vs Jackson into plain records", "DocumentBenchmark.kipp", "DocumentBenchmark.jacksonRecords");
    ratio("Z-score aggregation, 17,500 sheets, vs plain loops over double[]", "AggregationBenchmark.kipp", "AggregationBenchmark.floor");
    if (footprint != null) {
      double mb = footprint.get("jolBytes").asDouble() / 1048576.0;
      double gc = footprint.get("gcBytes").asDouble() / 1048576.0;
      out.append(String.format(Locale.ROOT, "| Retained heap, %,d proposals + %,d sheets | %,.0f MB (JOL); %,.0f MB (GC) | – | – | < 512 MB | %s |%n",
          footprint.get("proposals").asLong(), footprint.get("sheets").asLong(), mb, gc, Math.max(mb, gc) < 512 ? "met" : "**missed**"));
    }
    return out.toString();
  }

  /**
   * Prints the table.
   *
   * @param args the JMH JSON result file and, optionally, the footprint file
   * @throws IOException if a file cannot be read
   */
  public static void main(String[] args) throws IOException {
    if (args.length < 1) {
      System.err.println("usage: RatioTable jmh-result.json... [footprint.json]");
      System.exit(2);
    }
    ObjectMapper mapper = new ObjectMapper();
    List<JsonNode> runs = new ArrayList<>();
    JsonNode footprint = null;
    for (String arg : args) {
      Path file = Path.of(arg);
      if (!Files.exists(file)) {
        continue;
      }
      JsonNode node = mapper.readTree(file.toFile());
      if (node.isArray()) {
        runs.add(node);
      } else {
        footprint = node;
      }
    }
    System.out.print(new RatioTable(runs).table(footprint));
  }

  /**
   * Renders the table of a JMH result.
   *
   * @param results the JMH JSON result, an array
   * @param footprint the footprint result, or null
   * @return the Markdown table, not null
   */
  public static String render(JsonNode results, @Nullable JsonNode footprint) {
    return new RatioTable(List.of(results)).table(footprint);
  }
}
