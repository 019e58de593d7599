package io.github.kipp.benchmarks;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import io.github.kipp.core.ProposalId;
import io.github.kipp.core.edition.Edition;
import io.github.kipp.core.eligibility.EligibilityContext;
import io.github.kipp.core.eligibility.EligibilityScreen;
import io.github.kipp.core.eligibility.ResultHistory;
import io.github.kipp.core.innovation.Proposal;
import io.github.kipp.rules.sinovik.SinovikModule;
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
 * by the same rules written for Easy Rules and by the same rules in DRL for Drools. The setup checks
 * that all three select exactly the same eligible proposals.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class EligibilityBenchmark {

  /** The module screened with. */
  SinovikModule module;
  /** The screening context: edition, proposals, history and submission times. */
  EligibilityContext context;
  /** kipp's screen of the module's rules. */
  EligibilityScreen screen;
  /** The Easy Rules version. */
  EasyRulesEligibility easyRules;
  /** The Drools version. */
  DroolsEligibility drools;
  /** The eligible proposals, as every engine selects them. */
  ImmutableSortedSet<ProposalId> expected;

  /**
   * Builds the edition and the three engines, and checks that they agree.
   *
   * @throws IllegalStateException if the engines select different proposals
   */
  @Setup(Level.Trial)
  public void setUp() {
    module = Inputs.module();
    Edition edition = module.edition();
    ImmutableList<Proposal> proposals = Inputs.proposals(edition, Inputs.PROPOSALS, Inputs.SEED);
    ResultHistory history = Inputs.history(proposals, Inputs.SEED);
    context = Inputs.context(edition, proposals, history, Inputs.submittedAt(edition, proposals, Inputs.SEED));
    screen = EligibilityScreen.of(module.eligibilityRules());
    Limits limits = new Limits(module);
    easyRules = new EasyRulesEligibility(limits);
    drools = new DroolsEligibility(limits);
    expected = kipp();
    ImmutableSortedSet<ProposalId> byEasyRules = easyRules();
    ImmutableSortedSet<ProposalId> byDrools = drools();
    if (!expected.equals(byEasyRules) || !expected.equals(byDrools)) {
      throw new IllegalStateException("the engines select different proposals: kipp " + expected.size() + ", Easy Rules "
          + byEasyRules.size() + ", Drools " + byDrools.size() + "; only kipp: " + difference(expected, byEasyRules, byDrools)
          + "; only Easy Rules: " + difference(byEasyRules, expected, expected) + "; only Drools: " + difference(byDrools, expected, expected));
    }
    if (expected.isEmpty() || expected.size() == proposals.size()) {
      throw new IllegalStateException("the input must have both eligible and ineligible proposals; eligible: " + expected.size());
    }
  }

  private static ImmutableList<ProposalId> difference(ImmutableSortedSet<ProposalId> a, ImmutableSortedSet<ProposalId> b, ImmutableSortedSet<ProposalId> c) {
    return a.stream().filter(id -> !b.contains(id) || !c.contains(id)).limit(10).collect(ImmutableList.toImmutableList());
  }

  /**
   * kipp screens the edition.
   *
   * @return the eligible proposals
   */
  @Benchmark
  public ImmutableSortedSet<ProposalId> kipp() {
    return ImmutableSortedSet.copyOf(screen.screen(context.submitted(), context).eligible());
  }

  /**
   * Easy Rules screens the edition.
   *
   * @return the eligible proposals
   */
  @Benchmark
  public ImmutableSortedSet<ProposalId> easyRules() {
    return easyRules.eligible(context);
  }

  /**
   * Drools screens the edition in a stateless session.
   *
   * @return the eligible proposals
   */
  @Benchmark
  public ImmutableSortedSet<ProposalId> drools() {
    return drools.eligible(context);
  }
}
