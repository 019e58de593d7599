package io.github.kipp.rules.sinovik.internal;

import com.google.common.collect.ImmutableList;
import io.github.kipp.core.InvalidInputException;
import io.github.kipp.core.Violation;
import io.github.kipp.rules.sinovik.ModuleFileProblem;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The problems found in one module file, collected so that every one is reported at once. */
public final class Problems {

  private final List<ModuleFileProblem> found = new ArrayList<>();

  /**
   * Adds a problem.
   *
   * @param line the line
   * @param violation what is wrong
   */
  public void add(int line, Violation violation) {
    found.add(new ModuleFileProblem(line, violation));
  }

  /**
   * Adds a problem at a node.
   *
   * @param at the node
   * @param key the message key
   * @param value the refused value
   * @param namesAndValues further arguments
   */
  public void add(FileNode at, String key, Object value, Object... namesAndValues) {
    add(at.line(), SinovikMessages.violation(key, at.path(), value, namesAndValues));
  }

  /**
   * Adds every violation of a value the domain refused, each under the node's path.
   *
   * @param at the node whose value was refused
   * @param e the refusal
   */
  public void add(FileNode at, InvalidInputException e) {
    for (Violation v : e.violations()) {
      String path = v.path().isEmpty() ? at.path() : at.path().isEmpty() ? v.path() : at.path() + "." + v.path();
      add(at.line(), new Violation(v.code(), path, v.invalidValue(), v.message()));
    }
  }

  /**
   * Returns whether no problem was found.
   *
   * @return whether the file is so far clean
   */
  public boolean isEmpty() {
    return found.isEmpty();
  }

  /**
   * Returns the number of problems found.
   *
   * @return the count
   */
  public int size() {
    return found.size();
  }

  /**
   * Returns the problems by line, in the order found within a line, each once (a history file's
   * shared parts are read once per edition).
   *
   * @return the problems
   */
  public ImmutableList<ModuleFileProblem> sorted() {
    return found.stream().distinct().sorted(Comparator.comparingInt(ModuleFileProblem::line)).collect(ImmutableList.toImmutableList());
  }
}
