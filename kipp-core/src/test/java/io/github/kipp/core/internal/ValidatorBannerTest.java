package io.github.kipp.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.kipp.core.InvalidInputException;
import io.github.kipp.core.innovation.Attachment;
import io.github.kipp.core.innovation.AttachmentKind;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a host sees on standard error when kipp validates its first value: each case runs in a JVM of
 * its own, since the validator is built once per class loader and Hibernate Validator logs its
 * version only then.
 */
class ValidatorBannerTest {

  /** A host program: it validates one refused value, and exits 0 only if kipp refused it. */
  public static final class Host {
    private Host() {}

    /**
     * Runs the host.
     *
     * @param args not used
     */
    public static void main(String[] args) {
      try {
        Attachment.of("proposal.pdf", AttachmentKind.DECREE, -1);
      } catch (InvalidInputException refused) {
        System.exit(0);
      }
      System.exit(2);
    }
  }

  @TempDir Path dir;

  @Test
  void a_host_without_a_logging_framework_sees_nothing_on_standard_error_when_kipp_first_validates()
      throws Exception {
    Run run = host(List.of());

    assertThat(run.exit).as("the host's value was refused by validation").isZero();
    assertThat(run.stderr).isEmpty();
  }

  @Test
  void a_host_that_configured_the_validators_version_logger_itself_keeps_its_setting()
      throws Exception {
    Path config = dir.resolve("logging.properties");
    Files.writeString(
        config,
        "handlers=java.util.logging.ConsoleHandler\n"
            + "java.util.logging.ConsoleHandler.level=ALL\n"
            + "org.hibernate.validator.internal.util.Version.level=INFO\n");

    Run run = host(List.of("-Djava.util.logging.config.file=" + config));

    assertThat(run.exit).isZero();
    assertThat(run.stderr).contains("Hibernate Validator");
  }

  private Run host(List<String> options) throws IOException, InterruptedException {
    Path java = Paths.get(System.getProperty("java.home"), "bin", "java");
    List<String> command = new ArrayList<>();
    command.add(java.toString());
    command.addAll(options);
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(Host.class.getName());
    Path err = dir.resolve("stderr-" + options.size() + ".txt");
    Process process =
        new ProcessBuilder(command)
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .redirectError(err.toFile())
            .start();
    assertThat(process.waitFor(2, TimeUnit.MINUTES)).as("the host ended").isTrue();
    return new Run(process.exitValue(), Files.readString(err, StandardCharsets.UTF_8));
  }

  private static final class Run {
    final int exit;
    final String stderr;

    Run(int exit, String stderr) {
      this.exit = exit;
      this.stderr = stderr;
    }
  }
}
