package io.github.kipp.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Prints how the cost of each method of {@link ScalingBenchmark} and {@link DocumentScalingBenchmark}
 * grows with the number of proposals, as a Markdown table: the time at each size and the growth
 * exponent, the slope of the least-squares line through (log size, log time). An exponent of 1 is
 * linear growth; the goal is at most {@value #GOAL}. A floor (a method whose name ends in
 * {@code Floor}: the same answer by a plain loop, see {@link ScalingBenchmark#rankFloor}) has no goal;
 * a row below the table gives the time of the method it is the floor of over the floor's, by size.
 *
 * <p>Usage: {@code java -cp benchmarks.jar io.github.kipp.benchmarks.ScalingTable jmh.json...}.
 */
public final class ScalingTable {

  /** The largest growth exponent accepted. */
  public static final double GOAL = 1.15;

  /** Each method with a floor, and its floor. */
  private static final Map<String, String> FLOORS = new java.util.TreeMap<>(Map.of(
      "ScalingBenchmark.rankAndShortlist", "ScalingBenchmark.rankFloor",
      "ScalingBenchmark.screen", "ScalingBenchmark.screenFloor"));

  private ScalingTable() {}

  /**
   * Prints the table of the JMH result files.
   *
   * @param args the JSON result files of JMH runs
   * @throws IOException if a file cannot be read
   */
  public static void main(String[] args) throws IOException {
    ObjectMapper mapper = new ObjectMapper();
    List<JsonNode> runs = new ArrayList<>();
    for (String file : args) {
      runs.add(mapper.readTree(Files.readString(Path.of(file))));
    }
    System.out.print(table(runs));
  }

  /**
   * Returns the table of the runs' scaling benchmarks.
   *
   * @param runs the JMH results, each a JSON array
   * @return the Markdown table, not null
   */
  static String table(List<JsonNode> runs) {
    Map<String, TreeMap<Integer, Double>> byMethod = new TreeMap<>();
    for (JsonNode results : runs) {
      for (JsonNode r : results) {
        String name = r.get("benchmark").asText();
        JsonNode size = r.path("params").path("proposals");
        if (!name.contains("Scaling") || size.isMissingNode()) {
          continue;
        }
        JsonNode metric = r.get("primaryMetric");
        double ms = metric.get("score").asDouble() * RatioTable.toMillis(metric.get("scoreUnit").asText());
        String method = name.substring(name.lastIndexOf('.', name.lastIndexOf('.') - 1) + 1);
        byMethod.computeIfAbsent(method, m -> new TreeMap<>()).put(Integer.parseInt(size.asText()), ms);
      }
    }
    StringBuilder out = new StringBuilder("| method | time by proposals | growth exponent | goal |\n|---|---|---|---|\n");
    byMethod.forEach((method, times) -> {
      List<String> cells = new ArrayList<>();
      times.forEach((n, ms) -> cells.add(String.format(Locale.ROOT, "%,d: %s", n, RatioTable.ms(ms))));
      double slope = slope(times);
      String goal = times.size() < 2 ? "not run" : slope <= GOAL ? "≤ " + GOAL + ": met" : "≤ " + GOAL + ": **missed**";
      out.append("| ").append(method).append(" | ").append(String.join("; ", cells)).append(" | ")
          .append(times.size() < 2 ? "–" : String.format(Locale.ROOT, "%.2f", slope)).append(" | ")
          .append(method.endsWith("Floor") ? "floor (no goal)" : goal).append(" |\n");
    });
    FLOORS.forEach((method, floor) -> {
      TreeMap<Integer, Double> kipp = byMethod.get(method);
      TreeMap<Integer, Double> base = byMethod.get(floor);
      if (kipp == null || base == null) {
        return;
      }
      List<String> cells = new ArrayList<>();
      kipp.forEach((n, ms) -> {
        Double f = base.get(n);
        if (f != null) {
          cells.add(String.format(Locale.ROOT, "%,d: %.1f×", n, ms / f));
        }
      });
      out.append("| ").append(method).append(" over ").append(floor).append(" | ").append(String.join("; ", cells))
          .append(" | – | – |\n");
    });
    return out.toString();
  }

  /**
   * Returns the slope of the least-squares line through the points (ln size, ln time).
   *
   * @param times the time in milliseconds by size, at least two sizes
   * @return the slope, NaN for fewer than two sizes
   */
  static double slope(Map<Integer, Double> times) {
    int n = times.size();
    if (n < 2) {
      return Double.NaN;
    }
    double sx = 0;
    double sy = 0;
    double sxx = 0;
    double sxy = 0;
    for (Map.Entry<Integer, Double> e : times.entrySet()) {
      double x = Math.log(e.getKey());
      double y = Math.log(e.getValue());
      sx += x;
      sy += y;
      sxx += x * x;
      sxy += x * y;
    }
    return (n * sxy - sx * sy) / (n * sxx - sx * sx);
  }
}
