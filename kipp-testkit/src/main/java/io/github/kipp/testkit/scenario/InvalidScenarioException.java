package io.github.kipp.testkit.scenario;

/**
 * Thrown when a scenario file cannot be read: malformed YAML, a missing or unknown key, a value of
 * the wrong form. The message names the file, the path inside it, the value and what is allowed.
 */
public final class InvalidScenarioException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param source the file, not null
   * @param path the path inside it, such as {@code given.proposals[2].started}; not null
   * @param problem what is wrong and what is allowed, not null
   */
  public InvalidScenarioException(String source, String path, String problem) {
    super(source + ": " + (path.isEmpty() ? "" : path + ": ") + problem);
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
  }
}
