package io.github.kipp.testkit.concurrency;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

/**
 * Runs a task on several threads at once and checks that every run gives the result of a run on one
 * thread, compared with {@code equals}.
 *
 * <pre>{@code
 * ConcurrentRuns.assertSameResult(8, 20, () -> module.eligibility().screen(proposals, context));
 * }</pre>
 *
 * <p>All threads wait at a gate and start together, so that their runs overlap. A failure names the
 * thread, the run, and both results.
 */
public final class ConcurrentRuns {

  /** The threads used by {@link #assertSameResult(Supplier)}. */
  public static final int DEFAULT_THREADS = 8;

  /** The runs per thread used by {@link #assertSameResult(Supplier)}. */
  public static final int DEFAULT_RUNS = 10;

  /** How long all threads together may take. */
  public static final long TIMEOUT_MINUTES = 5;

  private ConcurrentRuns() {}

  /**
   * Runs a task {@value #DEFAULT_RUNS} times on each of {@value #DEFAULT_THREADS} threads at once.
   *
   * @param task the task, not null; its result must not be null
   * @param <T> the result type, with a meaningful {@code equals}
   * @return the result of the run on one thread, not null
   * @throws AssertionError if a run gives another result or throws
   */
  public static <T> T assertSameResult(Supplier<T> task) {
    return assertSameResult(DEFAULT_THREADS, DEFAULT_RUNS, task);
  }

  /**
   * Runs a task once on the calling thread, then {@code runs} times on each of {@code threads}
   * threads at once, and checks that every result equals the first.
   *
   * @param threads the number of threads, at least 2
   * @param runs the runs per thread, at least 1
   * @param task the task, not null; its result must not be null
   * @param <T> the result type, with a meaningful {@code equals}
   * @return the result of the run on one thread, not null
   * @throws IllegalArgumentException if {@code threads} is below 2 or {@code runs} below 1
   * @throws AssertionError if a run gives another result, throws, or all runs take more than {@value
   *     #TIMEOUT_MINUTES} minutes
   */
  public static <T> T assertSameResult(int threads, int runs, Supplier<T> task) {
    if (threads < 2 || runs < 1) {
      throw new IllegalArgumentException("threads must be at least 2 and runs at least 1, not " + threads + " and " + runs);
    }
    requireNonNull(task, "task");
    T expected = requireNonNull(task.get(), "the task returned null");
    CountDownLatch gate = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<?>> futures = new ArrayList<>(threads);
      for (int t = 0; t < threads; t++) {
        int thread = t;
        futures.add(pool.submit(() -> {
          gate.await();
          for (int run = 0; run < runs; run++) {
            T actual = task.get();
            if (!Objects.equals(expected, actual)) {
              throw new AssertionError("thread " + thread + ", run " + run + " gave a different result:\n  expected: " + abbreviate(expected)
                  + "\n  actual:   " + abbreviate(actual));
            }
          }
          return null;
        }));
      }
      gate.countDown();
      long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(TIMEOUT_MINUTES);
      for (int t = 0; t < threads; t++) {
        try {
          futures.get(t).get(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        } catch (ExecutionException e) {
          Throwable cause = e.getCause() == null ? e : e.getCause();
          if (cause instanceof AssertionError) {
            throw (AssertionError) cause;
          }
          throw new AssertionError("thread " + t + " failed: " + cause, cause);
        } catch (TimeoutException e) {
          throw new AssertionError("the runs took more than " + TIMEOUT_MINUTES + " minutes", e);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new AssertionError("interrupted while waiting for the runs", e);
        }
      }
      return expected;
    } finally {
      pool.shutdownNow();
    }
  }

  private static String abbreviate(@org.jspecify.annotations.Nullable Object value) {
    String s = String.valueOf(value);
    return s.length() > 2000 ? s.substring(0, 2000) + "…" : s;
  }
}
