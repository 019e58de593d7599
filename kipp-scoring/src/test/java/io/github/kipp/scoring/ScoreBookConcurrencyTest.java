package io.github.kipp.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.kipp.core.ActorId;
import io.github.kipp.core.InvalidInputException;
import io.github.kipp.core.KippException;
import io.github.kipp.core.ProposalId;
import io.github.kipp.core.institution.Institution;
import io.github.kipp.core.institution.InstitutionType;
import io.github.kipp.core.innovation.Proposal;
import io.github.kipp.scoring.panel.Assignment;
import io.github.kipp.scoring.panel.ConflictOfInterestPolicies;
import io.github.kipp.scoring.panel.Evaluator;
import io.github.kipp.scoring.panel.Panel;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.RepeatedTest;

/**
 * Eight evaluators submit sheets to one {@link ScoreBook} from eight threads while the stage closes
 * under them: the frozen population holds exactly the last sheet each evaluator had accepted for each
 * proposal, refusals store nothing, and every submission after the freeze is refused. Each kind of
 * refusal is counted apart: a score off the scale, a submission to the frozen book, and any other
 * refusal, of which there must be none.
 *
 * <p>Lincheck checks the decision log (kipp-core); it cannot check a score book, because Lincheck
 * 2.39 walks the object graph with {@code Unsafe} field offsets, which the JDK refuses for records.
 */
class ScoreBookConcurrencyTest {

  private static final int THREADS = 8;
  private static final int PROPOSALS = 20;

  @RepeatedTest(5)
  void concurrent_submissions_and_a_freeze_keep_exactly_the_last_accepted_sheet_of_each_evaluator() throws Exception {
    List<Evaluator> evaluators = new ArrayList<>();
    for (int t = 0; t < THREADS; t++) {
      evaluators.add(Evaluator.of("te-" + t, Institution.central("univ-" + t, "Universitas " + t, InstitutionType.LEMBAGA)));
    }
    Institution entrant = Institution.central("kemenkes", "Kementerian Kesehatan", InstitutionType.KEMENTERIAN);
    List<Proposal> proposals = new ArrayList<>();
    Map<ProposalId, List<ActorId>> assigned = new HashMap<>();
    for (int p = 0; p < PROPOSALS; p++) {
      Proposal proposal = ScoringFixtures.proposal("p-" + p, entrant);
      proposals.add(proposal);
      assigned.put(proposal.id(), evaluators.stream().map(Evaluator::id).toList());
    }
    ScoreBook book = ScoreBook.open(ScoringFixtures.DESK_CRITERIA, proposals, Panel.of(evaluators), Assignment.of(assigned),
        ConflictOfInterestPolicies.institutional(), ScoringFixtures.CLOCK);

    Map<String, ScoreSheet> lastAccepted = new ConcurrentHashMap<>();
    AtomicInteger refusedOffScale = new AtomicInteger();
    AtomicInteger refusedFrozen = new AtomicInteger();
    AtomicInteger refusedOtherwise = new AtomicInteger();
    AtomicInteger acceptedAfterFreeze = new AtomicInteger();
    CountDownLatch start = new CountDownLatch(1);
    CountDownLatch halfway = new CountDownLatch(THREADS);
    CountDownLatch closed = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    List<Future<?>> running = new ArrayList<>();
    for (int t = 0; t < THREADS; t++) {
      Evaluator me = evaluators.get(t);
      long seed = t;
      running.add(pool.submit(() -> {
        SplittableRandom random = new SplittableRandom(seed);
        start.await();
        for (int i = 0; i < 400; i++) {
          if (i == 200) {
            halfway.countDown();
          }
          if (i == 300) {
            // From here on every submission comes after the freeze, whatever the threads' timing.
            closed.await();
          }
          String proposal = "p-" + random.nextInt(PROPOSALS);
          ScoreSheet sheet = ScoringFixtures.sheet(proposal, me.id().value(), random.nextInt(0, 106), random.nextInt(0, 101));
          try {
            book.submit(sheet, me.actor());
            lastAccepted.put(proposal + "/" + me.id(), sheet);
            if (i >= 300) {
              acceptedAfterFreeze.incrementAndGet();
            }
          } catch (InvalidInputException e) {
            if (e.violations().stream().allMatch(v -> v.code().equals("kipp.sheet.offScale"))) {
              refusedOffScale.incrementAndGet();
            } else {
              refusedOtherwise.incrementAndGet();
            }
          } catch (KippException other) {
            refusedOtherwise.incrementAndGet();
          } catch (IllegalStateException frozen) {
            refusedFrozen.incrementAndGet();
          }
        }
        return null;
      }));
    }
    start.countDown();
    halfway.await();
    FrozenScores frozen = book.freeze(ScoringFixtures.CLOSE, ScoringFixtures.SECRETARIAT_ACTOR);
    closed.countDown();
    for (Future<?> f : running) {
      f.get(1, TimeUnit.MINUTES);
    }
    pool.shutdown();

    Map<String, ScoreSheet> inFrozen = new HashMap<>();
    frozen.sheets().forEach(s -> inFrozen.put(s.proposal() + "/" + s.evaluator(), s));
    assertThat(inFrozen).isEqualTo(lastAccepted);
    assertThat(book.size()).isEqualTo(frozen.sheets().size());
    assertThat(refusedOffScale.get()).as("scores above 100 are refused").isPositive();
    assertThat(refusedOtherwise.get()).as("no sheet is refused for any reason but its scale or the freeze").isZero();
    assertThat(acceptedAfterFreeze.get()).as("sheets accepted after the freeze").isZero();
    assertThat(refusedFrozen.get()).as("the last 100 submissions of each thread come after the freeze").isGreaterThanOrEqualTo(THREADS * 100);
    assertThat(book.freeze(ScoringFixtures.CLOSE, ScoringFixtures.SECRETARIAT_ACTOR)).isSameAs(frozen);
  }
}
