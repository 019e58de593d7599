package io.github.kipp.testkit.internal;

import java.util.Map;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * Reads the text of a scenario file into {@link YamlValue}s with the lines of its values, within the
 * limits of {@link ScenarioFile}: one implementation per Jackson line, chosen by what is on the
 * class path ({@link #available()}).
 *
 * <p>The test kit depends on neither line: a host's test class path has the one it uses (through
 * kipp-jackson or kipp-jackson3, or the line's YAML module alone). When both are there, Jackson 2
 * reads, as it always did; both read the test kit's scenarios alike.
 */
public interface ScenarioYaml {

  /** The class that tells Jackson 2's YAML module is on the class path. */
  String JACKSON_2 = "com.fasterxml.jackson.dataformat.yaml.YAMLFactory";

  /** The class that tells Jackson 3's YAML module is on the class path. */
  String JACKSON_3 = "tools.jackson.dataformat.yaml.YAMLFactory";

  /**
   * A file read: its root value and the line of each value, by the path {@link Node} writes
   * ({@code given.proposals[2].started}; a mapping entry's line is its key's).
   *
   * @param root the root value, or null for an empty file
   * @param lines the lines
   */
  record Read(@Nullable YamlValue root, Map<String, Integer> lines) {}

  /**
   * Reads a scenario file.
   *
   * @param source the file's name, for messages
   * @param yaml the file's content, within the document-length limit
   * @return the file read
   * @throws io.github.kipp.testkit.scenario.InvalidScenarioException if it is not valid YAML or is
   *     over a limit
   */
  Read read(String source, String yaml);

  /**
   * Names the Jackson line, for messages and tests.
   *
   * @return {@code "Jackson 2"} or {@code "Jackson 3"}
   */
  String line();

  /**
   * Returns the reader of the Jackson line on the class path.
   *
   * @return the reader
   * @throws IllegalStateException if neither line's YAML module is on the class path
   */
  static ScenarioYaml available() {
    return Holder.get();
  }

  /**
   * Returns the reader of one line, if its YAML module is on the class path.
   *
   * @param jackson3 true for Jackson 3, false for Jackson 2
   * @return the reader
   * @throws IllegalStateException if that line's YAML module is not on the class path
   */
  static ScenarioYaml of(boolean jackson3) {
    String marker = jackson3 ? JACKSON_3 : JACKSON_2;
    if (!present(marker)) {
      throw new IllegalStateException((jackson3 ? "Jackson 3" : "Jackson 2") + "'s YAML module (" + marker + ") is not on the class path");
    }
    return create(jackson3 ? "io.github.kipp.testkit.internal.jackson3.Jackson3ScenarioYaml"
        : "io.github.kipp.testkit.internal.jackson2.Jackson2ScenarioYaml");
  }

  /**
   * Chooses the line that reads scenario files: Jackson 2 when its YAML module is present, else
   * Jackson 3.
   *
   * @param present whether a class is on the class path
   * @return true for Jackson 3, false for Jackson 2
   * @throws IllegalStateException naming the dependencies to add, if neither line is present
   */
  static boolean chooseJackson3(Predicate<String> present) {
    if (present.test(JACKSON_2)) {
      return false;
    }
    if (present.test(JACKSON_3)) {
      return true;
    }
    throw new IllegalStateException("kipp-testkit reads scenario files with the YAML module of either Jackson line, and neither is on"
        + " the class path: add io.github.kipp:kipp-jackson (Jackson 2) or io.github.kipp:kipp-jackson3 (Jackson 3) to the test"
        + " dependencies, or the YAML module alone (com.fasterxml.jackson.dataformat:jackson-dataformat-yaml or"
        + " tools.jackson.dataformat:jackson-dataformat-yaml)");
  }

  private static boolean present(String name) {
    try {
      Class.forName(name, false, ScenarioYaml.class.getClassLoader());
      return true;
    } catch (ClassNotFoundException | LinkageError e) {
      return false;
    }
  }

  private static ScenarioYaml create(String implementation) {
    try {
      return Class.forName(implementation).asSubclass(ScenarioYaml.class).getDeclaredConstructor().newInstance();
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot make the test kit's YAML reader " + implementation, e);
    }
  }

  /** The reader chosen once, when first needed (a failure to find one is not remembered). */
  final class Holder {
    private static volatile @Nullable ScenarioYaml chosen;

    private Holder() {}

    static ScenarioYaml get() {
      ScenarioYaml c = chosen;
      if (c == null) {
        c = of(chooseJackson3(ScenarioYaml::present));
        chosen = c;
      }
      return c;
    }
  }
}
