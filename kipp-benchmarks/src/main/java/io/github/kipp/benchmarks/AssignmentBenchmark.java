package io.github.kipp.benchmarks;

import com.google.common.collect.ImmutableList;
import io.github.kipp.core.innovation.Proposal;
import io.github.kipp.scoring.panel.Assigner;
import io.github.kipp.scoring.panel.AssignmentOptions;
import io.github.kipp.scoring.panel.AssignmentResult;
import io.github.kipp.scoring.panel.Panel;
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
 * Balanced panel assignment of 3,500 proposals, 3 evaluators each, from a panel of 60 with the 2023
 * module's conflict-of-interest policy.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class AssignmentBenchmark {

  /** The panel's size. */
  public static final int PANEL = 60;
  /** Evaluators per proposal. */
  public static final int PER_PROPOSAL = 3;

  /** The proposals. */
  ImmutableList<Proposal> proposals;
  /** The panel. */
  Panel panel;
  /** The assigner. */
  Assigner assigner;
  /** The options. */
  AssignmentOptions options;

  /** Builds the proposals and the panel. */
  @Setup(Level.Trial)
  public void setUp() {
    proposals = Inputs.proposals(Inputs.module().edition(), Inputs.PROPOSALS, Inputs.SEED);
    panel = Inputs.panel(PANEL);
    assigner = Assigner.of(Inputs.module().conflictOfInterest());
    options = AssignmentOptions.of(PER_PROPOSAL, Inputs.SEED);
  }

  /**
   * kipp assigns the panel.
   *
   * @return the assignment
   */
  @Benchmark
  public AssignmentResult assign() {
    return assigner.assign(proposals, panel, options);
  }
}
