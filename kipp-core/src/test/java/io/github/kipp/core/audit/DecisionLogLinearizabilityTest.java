package io.github.kipp.core.audit;

import static org.assertj.core.api.Assertions.assertThatCode;

import io.github.kipp.core.Actor;
import io.github.kipp.core.Role;
import java.time.Instant;
import java.util.List;
import org.jetbrains.kotlinx.lincheck.LinChecker;
import org.jetbrains.kotlinx.lincheck.annotations.Operation;
import org.jetbrains.kotlinx.lincheck.annotations.Param;
import org.jetbrains.kotlinx.lincheck.paramgen.IntGen;
import org.jetbrains.kotlinx.lincheck.strategy.stress.StressOptions;
import org.junit.jupiter.api.Test;

/**
 * Checks with Lincheck's stress mode that a {@link DecisionLog} shared by several threads behaves as
 * if its operations ran one at a time: the results of concurrent appends, reads, verification and
 * round trips are those of some sequential order.
 */
@Param(name = "kind", gen = IntGen.class, conf = "0:3")
public class DecisionLogLinearizabilityTest {

  private static final Instant AT = Instant.parse("2023-07-01T00:00:00Z");
  /** The kinds an evaluator may append (the authorisation matrix refuses the others). */
  private static final EntryKind[] KINDS = {EntryKind.TRANSITION, EntryKind.SCORE_SHEET, EntryKind.RECUSAL, EntryKind.NOTE};
  private final DecisionLog log = DecisionLog.create();

  /** Appends an entry of a kind; returns its sequence number and hash. */
  @Operation
  public String append(@Param(name = "kind") int kind) {
    LogEntry e = log.append(AT, Actor.of("te-" + kind, Role.EVALUATOR), KINDS[kind], "proposal p-" + kind, "payload " + kind, List.of());
    return e.sequence() + ":" + e.hash();
  }

  /** Returns the number of entries. */
  @Operation
  public int size() {
    return log.size();
  }

  /** Returns the head hash. */
  @Operation
  public String headHash() {
    return log.headHash();
  }

  /** Verifies the chain; it must always be valid. */
  @Operation
  public boolean verify() {
    return log.verify().valid();
  }

  /** Writes the log and reads it back; the copy must have the same head. */
  @Operation
  public String roundTrip() {
    return DecisionLog.parse(log.write()).headHash();
  }

  @Test
  void concurrent_appends_reads_and_verification_are_linearizable_under_stress() {
    assertThatCode(() -> LinChecker.check(DecisionLogLinearizabilityTest.class,
        new StressOptions().iterations(15).invocationsPerIteration(300).threads(3).actorsPerThread(3)))
        .doesNotThrowAnyException();
  }
}
