package io.github.kipp.examples;

import com.google.common.util.concurrent.MoreExecutors;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Where the job runs the steps that do not depend on what the main thread is doing, so that a
 * machine's second core does them meanwhile: building the JSON writer while the rule module is read,
 * the blind-review leak detection while the competition runs, the rank-stability bootstrap while
 * public review and the presentation stage run, the rater reliability while the explanations are
 * made, and writing {@code results.json} while the other files are written.
 *
 * <p>The steps run one after another on one thread, in the order they were handed over, and each
 * only reads values the main thread made before handing it over (kipp's values are immutable and
 * thread-safe: the parts of results computed on first use are published through volatile fields, or
 * filled in with immutable strings as {@link String#hashCode} is), and writes nothing the
 * main thread reads but its own result, which the main thread takes with {@link #join}. So what the
 * job computes and writes is the same, byte for byte, whichever thread ran a step and whenever:
 * {@link #direct()} runs every step at once on the calling thread, as the job did before, and the
 * job's tests compare both.
 */
final class SecondThread implements AutoCloseable {

  private final ExecutorService executor;

  private SecondThread(ExecutorService executor) {
    this.executor = executor;
  }

  /**
   * Starts a second thread: a daemon, so that a step still running never keeps the JVM alive.
   *
   * @return the second thread
   */
  static SecondThread start() {
    return new SecondThread(Executors.newSingleThreadExecutor(r -> {
      Thread t = new Thread(r, "kipp-example-second-thread");
      t.setDaemon(true);
      return t;
    }));
  }

  /**
   * Runs every step at once on the calling thread, when it is handed over.
   *
   * @return a second thread that is the calling thread
   */
  static SecondThread direct() {
    return new SecondThread(MoreExecutors.newDirectExecutorService());
  }

  /**
   * Hands a step over.
   *
   * @param step the step; it may only read values that no thread changes any more
   * @param <T> what the step returns
   * @return its result, to be taken with {@link #join}
   */
  <T> Future<T> submit(Callable<T> step) {
    return executor.submit(step);
  }

  /**
   * Waits for a step handed over and returns its result; a step's unchecked exception is thrown
   * again as it was (so the job's refusals and I/O errors reach its handlers unchanged).
   *
   * @param step the step's future
   * @param <T> what the step returns
   * @return its result
   */
  static <T> T join(Future<T> step) {
    try {
      return step.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for a step on the second thread", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException r) {
        throw r;
      }
      if (cause instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException("a step on the second thread failed", cause);
    }
  }

  /** Stops the thread; a step still queued or running is abandoned (only after a failure elsewhere). */
  @Override
  public void close() {
    executor.shutdownNow();
    try {
      executor.awaitTermination(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
