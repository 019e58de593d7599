package io.github.kipp.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.kipp.rules.sinovik.SinovikModule;
import io.github.kipp.rules.sinovik.regional.SulawesiSelatan;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The job's steps run on a second thread give the same report, byte for byte, as the same steps run
 * one after another on one thread, as the job ran them before.
 */
class SecondThreadTest {

  @TempDir
  Path folder;

  private static final PrintStream NOWHERE = new PrintStream(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8);

  private static Path report(SinovikModule module, long seed, int proposals, Path out, boolean secondThread) {
    SampleProvince sample = SampleProvince.generate(module.edition(), proposals, seed);
    if (!secondThread) {
      return Report.write(CompetitionRun.run(module, sample, seed, NOWHERE), out);
    }
    try (SecondThread second = SecondThread.start()) {
      Future<com.fasterxml.jackson.databind.ObjectWriter> json = second.submit(Report::jsonWriter);
      return Report.write(CompetitionRun.run(module, sample, seed, NOWHERE, second), out, json, second);
    }
  }

  private static List<String> files(Path report) throws IOException {
    try (Stream<Path> files = Files.list(report)) {
      return files.map(f -> f.getFileName().toString()).sorted().collect(Collectors.toList());
    }
  }

  @Test
  void a_run_with_a_second_thread_writes_the_same_bytes_as_a_run_on_one_thread() throws IOException {
    SinovikModule module = SulawesiSelatan.kipp2023();
    for (long seed : new long[] {7, 2023}) {
      Path one = report(module, seed, 90, folder.resolve("one-" + seed), false);
      Path two = report(module, seed, 90, folder.resolve("two-" + seed), true);
      assertThat(files(two)).containsExactlyInAnyOrder(Report.COMPETITION, Report.LOG, Report.RESULTS, Report.INDEX).isEqualTo(files(one));
      for (String file : files(one)) {
        assertThat(Files.readAllBytes(two.resolve(file))).as(file + " of seed " + seed).isEqualTo(Files.readAllBytes(one.resolve(file)));
      }
    }
  }

  @Test
  void the_job_run_twice_writes_the_same_bytes() throws IOException {
    Path first = folder.resolve("first");
    Path again = folder.resolve("again");
    String[] options = {"--seed", "11", "--proposals", "70", "--out"};
    assertThat(KippExample.run(append(options, first.toString()), NOWHERE, NOWHERE)).isEqualTo(KippExample.OK);
    assertThat(KippExample.run(append(options, again.toString()), NOWHERE, NOWHERE)).isEqualTo(KippExample.OK);
    assertThat(files(again)).isEqualTo(files(first)).hasSize(4);
    for (String file : files(first)) {
      assertThat(Files.readAllBytes(again.resolve(file))).as(file).isEqualTo(Files.readAllBytes(first.resolve(file)));
    }
  }

  private static String[] append(String[] options, String last) {
    String[] all = java.util.Arrays.copyOf(options, options.length + 1);
    all[options.length] = last;
    return all;
  }

  @Test
  void a_steps_unchecked_exception_reaches_the_caller_as_it_was_thrown() {
    UncheckedIOException thrown = new UncheckedIOException(new IOException("disk full"));
    try (SecondThread second = SecondThread.start()) {
      Future<Object> step = second.submit(() -> {
        throw thrown;
      });
      assertThatThrownBy(() -> SecondThread.join(step)).isSameAs(thrown);
    }
    SecondThread here = SecondThread.direct();
    Future<Object> direct = here.submit(() -> {
      throw thrown;
    });
    assertThatThrownBy(() -> SecondThread.join(direct)).isSameAs(thrown);
  }

  @Test
  void a_direct_second_thread_runs_each_step_on_the_calling_thread_when_it_is_handed_over() {
    Thread caller = Thread.currentThread();
    SecondThread here = SecondThread.direct();
    Future<Thread> step = here.submit(Thread::currentThread);
    assertThat(step).isDone();
    assertThat(SecondThread.join(step)).isSameAs(caller);
    try (SecondThread second = SecondThread.start()) {
      Thread other = SecondThread.join(second.submit(Thread::currentThread));
      assertThat(other).isNotSameAs(caller);
      assertThat(other.isDaemon()).isTrue();
    }
  }
}
