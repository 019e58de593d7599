package io.github.kipp.rules.sinovik;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import io.github.kipp.core.KippException;
import io.github.kipp.core.Violation;
import io.github.kipp.rules.sinovik.internal.SinovikMessages;
import java.util.stream.Collectors;

/**
 * Thrown when a module file is refused: it is malformed or beyond a reader limit, a parameter is
 * uncited or cites with an unknown confidence, it overrides a key its parent does not have, weights
 * do not sum, it overlaps another module's period in its jurisdiction, it names an unknown rule kind,
 * or the module it describes fails kipp's checks. Every problem found is listed, each with its line and
 * its path in the file ({@link #problems()}); nothing was built.
 *
 * <p>Its code is {@value #CODE}; the codes of the single problems are listed in {@code
 * docs/errors.md}.
 */
public final class InvalidModuleFileException extends KippException {

  private static final long serialVersionUID = 1L;

  /** The code of every {@code InvalidModuleFileException}. */
  public static final String CODE = "kipp.module.file.invalid";

  private final transient String source;
  private final transient ImmutableList<ModuleFileProblem> problems;

  private InvalidModuleFileException(String source, ImmutableList<ModuleFileProblem> problems) {
    super(CODE, SinovikMessages.render(CODE, "source", source, "count", problems.size(),
        "detailsId", problems.stream().map(p -> describe(p, p.violation().message().indonesian(), "baris ")).collect(Collectors.joining("; ")),
        "detailsEn", problems.stream().map(p -> describe(p, p.violation().message().english(), "line ")).collect(Collectors.joining("; "))), null);
    this.source = source;
    this.problems = problems;
  }

  private static String describe(ModuleFileProblem p, String message, String line) {
    return line + p.line() + (p.path().isEmpty() ? "" : ", " + p.path()) + ": " + message;
  }

  /**
   * Creates the exception.
   *
   * @param source the file's name, such as {@code sulsel-2023.yaml}; not null
   * @param problems every problem, in the order of the file; not empty
   * @return the exception, not null
   * @throws IllegalArgumentException if there is no problem
   */
  public static InvalidModuleFileException of(String source, Iterable<ModuleFileProblem> problems) {
    requireNonNull(source, "source");
    ImmutableList<ModuleFileProblem> list = ImmutableList.copyOf(problems);
    if (list.isEmpty()) {
      throw new IllegalArgumentException("a refused module file needs at least one problem");
    }
    return new InvalidModuleFileException(source, list);
  }

  /**
   * Returns the name of the refused file.
   *
   * @return the name, not null
   */
  public String source() {
    return source;
  }

  /**
   * Returns every problem found, by line.
   *
   * @return the problems, never empty
   */
  public ImmutableList<ModuleFileProblem> problems() {
    return problems;
  }

  /**
   * Returns the violations of every problem, by line.
   *
   * @return the violations, never empty
   */
  public ImmutableList<Violation> violations() {
    return problems.stream().map(ModuleFileProblem::violation).collect(ImmutableList.toImmutableList());
  }
}
