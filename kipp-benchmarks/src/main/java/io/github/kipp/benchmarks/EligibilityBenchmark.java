package io.github.kipp.benchmarks;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedMap;
import com.google.common.collect.ImmutableSortedSet;
import io.github.kipp.core.ProposalId;
import io.github.kipp.core.edition.Edition;
import io.github.kipp.core.eligibility.EligibilityContext;
import io.github.kipp.core.eligibility.EligibilityScreen;
import io.github.kipp.core.eligibility.ResultHistory;
import io.github.kipp.core.eligibility.ScreeningResult;
import io.github.kipp.core.innovation.Proposal;
import io.github.kipp.rules.sinovik.SinovikModule;
import java.time.Instant;
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
 * Eligibility screening of a national edition (3,500 proposals, module {@code sinovik-2023}) by kipp,
 * by the same rules written for Easy Rules and in DRL for Drools, and by the floor: the same rules
 * as a hand-written loop. The Easy Rules, Drools and floor versions prepare their inputs with the
 * benchmarks' own code ({@link Entry}, {@link Form}), not kipp's.
 *
 * <p>{@link #kipp()}, {@link #easyRules()}, {@link #drools()} and {@link #floor()} each start from a
 * context built afresh from the same parts (edition, proposals, history, submission times), so each
 * pays for its whole preparation: title normalisation, submission order, start dates, past results
 * and the edition's fit check. {@link #kippPrepared()} screens a context kipp has already prepared
 * (its titles and indexes built), against {@link #floorPrepared()} over entries prepared once.
 *
 * <p>The setup checks that every version fails each proposal by the same rules as kipp.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class EligibilityBenchmark {

  /** The module screened with. */
  SinovikModule module;
  /** The edition. */
  Edition edition;
  /** The proposals. */
  ImmutableList<Proposal> proposals;
  /** Their past results. */
  ResultHistory history;
  /** Their submission times. */
  ImmutableMap<ProposalId, Instant> times;
  /** The screening context, prepared by kipp in the setup. */
  EligibilityContext context;
  /** kipp's screen of the module's rules. */
  EligibilityScreen screen;
  /** The Easy Rules version. */
  EasyRulesEligibility easyRules;
  /** The Drools version. */
  DroolsEligibility drools;
  /** The hand-written floor. */
  EligibilityFloor floor;
  /** The floor's entries, prepared once. */
  EligibilityFloor.Prepared prepared;
  /** The eligible proposals, as every version selects them. */
  ImmutableSortedSet<ProposalId> expected;
  /** The rules that failed each proposal, as every version says. */
  ImmutableSortedMap<ProposalId, ImmutableSortedSet<String>> failures;

  /**
   * Builds the edition and the versions, and checks that they agree proposal by proposal and rule by
   * rule.
   *
   * @throws IllegalStateException if a version fails a proposal by other rules than kipp
   */
  @Setup(Level.Trial)
  public void setUp() {
    module = Inputs.module();
    edition = module.edition();
    proposals = Inputs.proposals(edition, Inputs.PROPOSALS, Inputs.SEED);
    history = Inputs.history(proposals, Inputs.SEED);
    times = Inputs.submittedAt(edition, proposals, Inputs.SEED);
    context = Inputs.context(edition, proposals, history, times);
    screen = EligibilityScreen.of(module.eligibilityRules());
    Limits limits = new Limits(module);
    easyRules = new EasyRulesEligibility(limits);
    drools = new DroolsEligibility(limits);
    floor = new EligibilityFloor(limits);
    failures = Agreement.check(screen, floor, easyRules, drools, context);
    prepared = floor.prepare(context);
    expected = ImmutableSortedSet.copyOf(Agreement.eligible(failures));
    if (expected.isEmpty() || expected.size() == proposals.size()) {
      throw new IllegalStateException("the input must have both eligible and ineligible proposals; eligible: " + expected.size());
    }
  }

  /** A context built afresh from the inputs, with nothing prepared. */
  private EligibilityContext fresh() {
    return Inputs.context(edition, proposals, history, times);
  }

  /**
   * kipp screens the edition from a fresh context: preparation, fit check and rules; every decision
   * can be read from the result.
   *
   * @return the eligible proposals
   */
  @Benchmark
  public ImmutableSortedSet<ProposalId> kipp() {
    EligibilityContext c = fresh();
    return ImmutableSortedSet.copyOf(screen.screen(c.submitted(), c).eligible());
  }

  /**
   * kipp screens the edition in a context it has prepared already.
   *
   * @return the screening, every decision readable
   */
  @Benchmark
  public ScreeningResult kippPrepared() {
    return screen.screen(context.submitted(), context);
  }

  /**
   * Easy Rules screens the edition from a fresh context.
   *
   * @return the eligible proposals
   */
  @Benchmark
  public ImmutableSortedSet<ProposalId> easyRules() {
    return easyRules.eligible(fresh());
  }

  /**
   * Drools screens the edition from a fresh context, in a stateless session.
   *
   * @return the eligible proposals
   */
  @Benchmark
  public ImmutableSortedSet<ProposalId> drools() {
    return drools.eligible(fresh());
  }

  /**
   * The hand-written loop prepares and screens the edition from a fresh context.
   *
   * @return the failed rules of each proposal, as bits
   */
  @Benchmark
  public int[] floor() {
    return floor.screen(fresh());
  }

  /**
   * The hand-written loop over entries prepared once.
   *
   * @return the failed rules of each proposal, as bits
   */
  @Benchmark
  public int[] floorPrepared() {
    return floor.screen(prepared);
  }
}
