package io.github.kipp.testkit.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.kipp.testkit.SampleModule;
import io.github.kipp.testkit.internal.ScenarioFile;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Golden scenario files are read with the limits of kipp-jackson's readers (document length,
 * nesting, string, number and key length), refused early and in time linear in the file, and
 * scenario resources must be regular files of bounded size, checked before they are opened.
 */
class ScenarioLimitsTest {

  private final ScenarioRunner runner = ScenarioRunner.of(new SampleModule());

  @TempDir
  Path folder;

  private InvalidScenarioException refused(String source, String yaml) {
    InvalidScenarioException e = catchThrowableOfType(InvalidScenarioException.class, () -> runner.run(source, yaml));
    assertThat(e).as("refused").isNotNull();
    assertThat(e.getMessage()).startsWith(source + ": ");
    return e;
  }

  @Test
  void a_string_longer_than_the_limit_is_refused_naming_the_file_and_the_limit() {
    String name = "name: " + "x".repeat(ScenarioFile.MAX_STRING_LENGTH + 1) + "\n";
    String words = "name: " + "ab ".repeat(ScenarioFile.MAX_STRING_LENGTH / 3 + 1) + "\n";
    String block = "name: |\n" + ("  " + "x".repeat(99) + "\n").repeat(ScenarioFile.MAX_STRING_LENGTH / 99 + 1);

    for (String yaml : new String[] {name, words, block}) {
      assertThat(refused("big.yaml", yaml).getMessage())
          .contains("over a limit of scenario files (document 100000000 characters, nesting 64, string 1000000, number 64, key 1000)")
          .containsPattern("String value length \\(\\d+\\) exceeds the maximum allowed \\(1000000");
    }
  }

  @Test
  void a_key_a_number_and_nesting_beyond_the_limits_are_refused_naming_the_limit() {
    assertThat(refused("key.yaml", "? " + "k".repeat(1_001) + "\n: 1\n").getMessage()).contains("Name length (1001) exceeds the maximum allowed (1000");
    assertThat(refused("number.yaml", "name: 1" + "0".repeat(64) + "\n").getMessage()).contains("Number value length (65) exceeds the maximum allowed (64");
    assertThat(refused("deep.yaml", "name: " + "[".repeat(65) + "]".repeat(65)).getMessage())
        .contains("nesting depth (65) exceeds the maximum allowed (64");
  }

  @Test
  void a_decimal_written_as_text_longer_than_the_number_limit_is_refused_before_it_is_parsed() {
    String yaml = "name: n\nmodule: sample-2023\ngiven:\n  proposals:\n    - {id: a, started: 2019}\nexpect:\n  scores: {a: \""
        + "9".repeat(1_000_000) + "\"}\n";

    assertThat(refused("digits.yaml", yaml).getMessage())
        .startsWith("digits.yaml: 1 problem / 1 masalah\n  - line 7, expect.scores.a: a number of 1000000 characters, over the"
            + " number-length limit of scenario files: at most 64 characters")
        .contains("baris 7, expect.scores.a: angka sepanjang 1000000 karakter melewati batas panjang angka berkas skenario: paling banyak"
            + " 64 karakter");
  }

  @Test
  void a_file_longer_than_the_document_limit_is_refused_before_it_is_parsed() {
    String yaml = "#".repeat(ScenarioFile.MAX_DOCUMENT_LENGTH + 1);

    assertThat(refused("long.yaml", yaml).getMessage())
        .isEqualTo("long.yaml: the file has 100000001 characters, over the document-length limit of scenario files: at most 100000000 characters");
  }

  /**
   * The attack this guards against held a thread for about ten minutes. Bounds are wall time of
   * one read on a shared 2-core machine, at least 20 times the time observed there: a 50 MB word is
   * refused after about its first million characters (observed under 0.1 s; bound 5 s), a 50 MB scalar
   * of words when it ends, in linear time (observed about 3 s; bound 60 s).
   */
  @Test
  void a_fifty_megabyte_scalar_is_refused_in_bounded_time() {
    String word = "name: " + "x".repeat(50_000_000) + "\n";
    String words = "name: " + "x ".repeat(25_000_000) + "\n";

    long started = System.nanoTime();
    assertThat(refused("word.yaml", word).getMessage()).contains("longer than the maximum string length allowed (1000000");
    long wordMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
    started = System.nanoTime();
    assertThat(refused("words.yaml", words).getMessage()).contains("String value length (49999999)");
    long wordsMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);

    assertThat(wordMillis).as("milliseconds to refuse a 50 MB word").isLessThan(5_000);
    assertThat(wordsMillis).as("milliseconds to refuse a 50 MB scalar of words").isLessThan(60_000);
  }

  /** Runs an action with a class path that adds a folder, as a host's test resources would. */
  private void withClassPath(Path root, Runnable action) throws IOException {
    ClassLoader before = Thread.currentThread().getContextClassLoader();
    try (URLClassLoader loader = new URLClassLoader(new URL[] {root.toUri().toURL()}, before)) {
      Thread.currentThread().setContextClassLoader(loader);
      action.run();
    } finally {
      Thread.currentThread().setContextClassLoader(before);
    }
  }

  @Test
  void a_folder_a_device_or_a_file_over_the_limit_is_refused_before_it_is_read_and_never_listed() throws IOException {
    Path scenarios = Files.createDirectories(folder.resolve("limits"));
    try (java.io.InputStream sample = ScenarioLimitsTest.class.getResourceAsStream("/scenarios/sample/age-and-title.yaml")) {
      Files.writeString(scenarios.resolve("ok.yaml"), new String(sample.readAllBytes(), StandardCharsets.UTF_8));
    }
    Files.createDirectories(scenarios.resolve("folder.yaml"));
    try (RandomAccessFile huge = new RandomAccessFile(scenarios.resolve("huge.yaml").toFile(), "rw")) {
      huge.setLength(ScenarioFile.MAX_DOCUMENT_LENGTH + 1L);
    }
    Path zero = Path.of("/dev/zero");
    Assumptions.assumeTrue(Files.exists(zero), "a device file to link to");
    Path link = Files.createSymbolicLink(scenarios.resolve("zero.yaml"), zero);

    try {
      withClassPath(folder, () -> {
        assertThat(ScenarioRunner.resources("limits")).containsExactly("limits/huge.yaml", "limits/ok.yaml");
        runner.runResource("limits/ok.yaml");
        assertThatThrownBy(() -> runner.runResource("limits/folder.yaml")).isInstanceOf(InvalidScenarioException.class)
            .hasMessage("limits/folder.yaml: a folder, not a scenario file");
        assertThatThrownBy(() -> runner.runResource("limits/zero.yaml")).isInstanceOf(InvalidScenarioException.class)
            .hasMessage("limits/zero.yaml: not a regular file (a device, named pipe or socket is never read)");
        assertThatThrownBy(() -> runner.runResource("limits/huge.yaml")).isInstanceOf(InvalidScenarioException.class)
            .hasMessage("limits/huge.yaml: the file has 100000001 bytes, over the document-length limit of scenario files: at most 100000000 bytes");
      });
    } finally {
      Files.delete(link);
    }
  }

  @Test
  void a_named_pipe_is_refused_without_waiting_for_a_writer() throws Exception {
    Path scenarios = Files.createDirectories(folder.resolve("pipes"));
    Path pipe = scenarios.resolve("pipe.yaml");
    Process mkfifo;
    try {
      mkfifo = new ProcessBuilder("mkfifo", pipe.toString()).start();
    } catch (IOException e) {
      Assumptions.abort("mkfifo is not available: " + e.getMessage());
      return;
    }
    Assumptions.assumeTrue(mkfifo.waitFor(10, TimeUnit.SECONDS) && mkfifo.exitValue() == 0, "mkfifo made a pipe");

    withClassPath(folder, () -> {
      assertThat(ScenarioRunner.resources("pipes")).isEmpty();
      assertThatThrownBy(() -> runner.runResource("pipes/pipe.yaml")).isInstanceOf(InvalidScenarioException.class)
          .hasMessageContaining("not a regular file");
    });
  }
}
