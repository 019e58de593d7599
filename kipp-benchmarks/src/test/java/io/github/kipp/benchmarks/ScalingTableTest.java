package io.github.kipp.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class ScalingTableTest {

  @Test
  void the_growth_exponent_of_times_proportional_to_the_size_is_one_and_of_times_proportional_to_its_square_two() {
    Map<Integer, Double> linear = new TreeMap<>(Map.of(3_500, 2.0, 35_000, 20.0, 350_000, 200.0));
    Map<Integer, Double> square = new TreeMap<>(Map.of(3_500, 1.0, 35_000, 100.0, 350_000, 10_000.0));
    Map<Integer, Double> nLogN = new TreeMap<>();
    for (int n : new int[] {3_500, 35_000, 350_000}) {
      nLogN.put(n, n * Math.log(n) / 1e6);
    }
    assertThat(ScalingTable.slope(linear)).isCloseTo(1.0, within(1e-12));
    assertThat(ScalingTable.slope(square)).isCloseTo(2.0, within(1e-12));
    // n log n (a sort) over these sizes grows with an exponent of about 1.10: within the goal.
    assertThat(ScalingTable.slope(nLogN)).isCloseTo(1.0972, within(1e-4)).isLessThan(ScalingTable.GOAL);
    assertThat(ScalingTable.slope(Map.of(3_500, 1.0))).isNaN();
  }

  @Test
  void the_table_lists_each_scaling_method_with_its_times_and_whether_its_exponent_meets_the_goal() throws Exception {
    String json = """
        [
         {"benchmark": "io.github.kipp.benchmarks.ScalingBenchmark.aggregate", "params": {"proposals": "3500"},
          "primaryMetric": {"score": 10.0, "scoreUnit": "ms/op"}},
         {"benchmark": "io.github.kipp.benchmarks.ScalingBenchmark.aggregate", "params": {"proposals": "35000"},
          "primaryMetric": {"score": 0.1, "scoreUnit": "s/op"}},
         {"benchmark": "io.github.kipp.benchmarks.DocumentScalingBenchmark.read", "params": {"proposals": "3500"},
          "primaryMetric": {"score": 1000.0, "scoreUnit": "us/op"}},
         {"benchmark": "io.github.kipp.benchmarks.DocumentScalingBenchmark.read", "params": {"proposals": "35000"},
          "primaryMetric": {"score": 100.0, "scoreUnit": "ms/op"}},
         {"benchmark": "io.github.kipp.benchmarks.RankingBenchmark.sortFloor",
          "primaryMetric": {"score": 0.04, "scoreUnit": "ms/op"}}
        ]
        """;
    JsonNode run = new ObjectMapper().readTree(json);
    String table = ScalingTable.table(List.of(run));
    assertThat(table.lines()).containsExactly(
        "| method | time by proposals | growth exponent | goal |",
        "|---|---|---|---|",
        "| DocumentScalingBenchmark.read | 3,500: 1.00 ms; 35,000: 100 ms | 2.00 | ≤ 1.15: **missed** |",
        "| ScalingBenchmark.aggregate | 3,500: 10.00 ms; 35,000: 100 ms | 1.00 | ≤ 1.15: met |");
  }

  @Test
  void a_floor_has_no_goal_and_the_method_it_is_the_floor_of_gets_its_time_over_the_floor_by_size() throws Exception {
    String json = """
        [
         {"benchmark": "io.github.kipp.benchmarks.ScalingBenchmark.rankAndShortlist", "params": {"proposals": "3500"},
          "primaryMetric": {"score": 3.0, "scoreUnit": "ms/op"}},
         {"benchmark": "io.github.kipp.benchmarks.ScalingBenchmark.rankAndShortlist", "params": {"proposals": "35000"},
          "primaryMetric": {"score": 60.0, "scoreUnit": "ms/op"}},
         {"benchmark": "io.github.kipp.benchmarks.ScalingBenchmark.rankFloor", "params": {"proposals": "3500"},
          "primaryMetric": {"score": 1.0, "scoreUnit": "ms/op"}},
         {"benchmark": "io.github.kipp.benchmarks.ScalingBenchmark.rankFloor", "params": {"proposals": "35000"},
          "primaryMetric": {"score": 40.0, "scoreUnit": "ms/op"}}
        ]
        """;
    String table = ScalingTable.table(List.of(new ObjectMapper().readTree(json)));
    assertThat(table.lines()).containsExactly(
        "| method | time by proposals | growth exponent | goal |",
        "|---|---|---|---|",
        "| ScalingBenchmark.rankAndShortlist | 3,500: 3.00 ms; 35,000: 60.00 ms | 1.30 | ≤ 1.15: **missed** |",
        "| ScalingBenchmark.rankFloor | 3,500: 1.00 ms; 35,000: 40.00 ms | 1.60 | floor (no goal) |",
        "| ScalingBenchmark.rankAndShortlist over ScalingBenchmark.rankFloor | 3,500: 3.0×; 35,000: 1.5× | – | – |");
  }
}
