package io.github.kipp.benchmarks;

import com.google.common.collect.ImmutableList;
import io.github.kipp.core.innovation.Proposal;
import io.github.kipp.rules.sinovik.SinovikModule;
import io.github.kipp.scoring.CriteriaSet;
import io.github.kipp.scoring.aggregate.AggregationResult;
import io.github.kipp.scoring.stability.BootstrapOptions;
import io.github.kipp.scoring.stability.RankStability;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Bootstrap rank stability of 3,500 proposals scored by 3 evaluators each, 10,000 replicates, on the
 * common fork-join pool (the calling thread and the machine's other cores).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class StabilityBenchmark {

  /** The number of replicates. */
  @Param({"10000"})
  public int replicates;

  /** The desk aggregates. */
  AggregationResult aggregated;
  /** The options. */
  BootstrapOptions options;

  /** Builds the aggregates. */
  @Setup(Level.Trial)
  public void setUp() {
    SinovikModule module = Inputs.module();
    ImmutableList<Proposal> proposals = Inputs.proposals(module.edition(), Inputs.PROPOSALS, Inputs.SEED);
    CriteriaSet desk = module.criteria().get(0);
    aggregated = module.aggregation(desk.stage())
        .aggregate(Inputs.frozen(desk, Inputs.sheets(desk, proposals, Inputs.panel(AssignmentBenchmark.PANEL), AssignmentBenchmark.PER_PROPOSAL, Inputs.SEED)));
    options = BootstrapOptions.newBuilder().seed(Inputs.SEED).replicates(replicates).shortlistSize(RankingBenchmark.SHORTLIST).build();
  }

  /**
   * kipp bootstraps the ranks.
   *
   * @return the stability
   */
  @Benchmark
  public RankStability bootstrap() {
    return RankStability.bootstrap(aggregated, options);
  }
}
