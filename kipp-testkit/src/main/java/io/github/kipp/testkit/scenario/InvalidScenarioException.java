package io.github.kipp.testkit.scenario;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import io.github.kipp.testkit.internal.ScenarioMessages;
import java.util.List;

/**
 * Thrown when a scenario file cannot be read: malformed YAML, a missing or unknown key, a value of
 * the wrong form. The message names the file, the path inside it, the value and what is allowed. A
 * file whose content has several problems reports every one at once ({@link #problems()}), each with
 * its path, its line and its text in Bahasa Indonesia and English.
 */
public final class InvalidScenarioException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  /**
   * One problem of a scenario file.
   *
   * @param path the path inside the file, such as {@code given.proposals[2].started}; empty for the
   *     whole file
   * @param line the line it is on, from 1; 0 when not known
   * @param indonesian what is wrong, in Bahasa Indonesia
   * @param english what is wrong and what is allowed, in English
   */
  public record Problem(String path, int line, String indonesian, String english) {

    /**
     * Checks the fields.
     *
     * @param path the path inside the file; empty for the whole file
     * @param line the line it is on, from 1; 0 when not known
     * @param indonesian what is wrong, in Bahasa Indonesia
     * @param english what is wrong and what is allowed, in English
     * @throws NullPointerException if a field is null
     * @throws IllegalArgumentException if the line is negative
     */
    public Problem {
      requireNonNull(path, "path");
      requireNonNull(indonesian, "indonesian");
      requireNonNull(english, "english");
      if (line < 0) {
        throw new IllegalArgumentException("line " + line + " is negative");
      }
    }

    /**
     * Makes a problem from its English text, translated by the scenario reader's catalogue.
     *
     * @param path the path, not null
     * @param line the line, from 1, or 0
     * @param english the English text, not null
     * @return the problem
     */
    public static Problem of(String path, int line, String english) {
      return new Problem(path, line, ScenarioMessages.indonesian(english), english);
    }

    /** Returns the problem as one line of each language, with its line and path. */
    @Override
    public String toString() {
      String where = path.isEmpty() ? "" : ", " + path;
      return "line " + line + where + ": " + english + "\n    baris " + line + where + ": " + indonesian;
    }
  }

  /** The problems found, in the order of the file. */
  private final ImmutableList<Problem> problems;

  /**
   * Creates the exception.
   *
   * @param source the file, not null
   * @param path the path inside it, such as {@code given.proposals[2].started}; not null
   * @param problem what is wrong and what is allowed, not null
   */
  public InvalidScenarioException(String source, String path, String problem) {
    super(source + ": " + (path.isEmpty() ? "" : path + ": ") + problem);
    this.problems = ImmutableList.of(Problem.of(path, 0, problem));
  }

  /**
   * Creates the exception with a cause.
   *
   * @param source the file, not null
   * @param path the path inside it, not null
   * @param problem what is wrong, not null
   * @param cause the cause, not null
   */
  public InvalidScenarioException(String source, String path, String problem, Throwable cause) {
    super(source + ": " + (path.isEmpty() ? "" : path + ": ") + problem, cause);
    this.problems = ImmutableList.of(Problem.of(path, 0, problem));
  }

  /**
   * Creates the exception for a problem on a known line.
   *
   * @param source the file, not null
   * @param path the path inside it, not null
   * @param line the line, from 1, or 0 when not known
   * @param problem what is wrong and what is allowed, in English; not null
   */
  public InvalidScenarioException(String source, String path, int line, String problem) {
    super(source + ": " + (path.isEmpty() ? "" : path + ": ") + (line > 0 ? "(line " + line + ") " : "") + problem);
    this.problems = ImmutableList.of(Problem.of(path, line, problem));
  }

  /**
   * Creates the exception for every problem found in a file.
   *
   * @param source the file, not null
   * @param problems the problems, in the order of their lines; not empty
   * @throws IllegalArgumentException if there is no problem
   */
  public InvalidScenarioException(String source, List<Problem> problems) {
    super(summary(source, problems));
    this.problems = ImmutableList.copyOf(problems);
  }

  private static String summary(String source, List<Problem> problems) {
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("no problem to report for " + source);
    }
    StringBuilder out = new StringBuilder(source).append(": ").append(problems.size())
        .append(problems.size() == 1 ? " problem" : " problems").append(" / ").append(problems.size()).append(" masalah");
    problems.forEach(p -> out.append("\n  - ").append(p));
    return out.toString();
  }

  /**
   * Returns the problems found, each with its path, line and text in both languages.
   *
   * @return the problems, at least one
   */
  public ImmutableList<Problem> problems() {
    return problems;
  }
}
