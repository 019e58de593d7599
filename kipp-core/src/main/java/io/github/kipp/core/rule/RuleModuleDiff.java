package io.github.kipp.core.rule;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import io.github.kipp.core.RuleModuleId;
import io.github.kipp.core.spi.Parameter;
import io.github.kipp.core.spi.RuleModule;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The parameters that changed between two rule modules (KIPP 2022 to 2023, or a national module to
 * its regional variant), each with both citations. Values are compared by their text.
 *
 * @param from the first module's id, not null
 * @param to the second module's id, not null
 * @param changes the changed parameters, by key; unchanged ones are left out
 */
public record RuleModuleDiff(RuleModuleId from, RuleModuleId to, ImmutableList<ParameterChange> changes) {

  /**
   * Creates a diff.
   *
   * @param from the first module's id, not null
   * @param to the second module's id, not null
   * @param changes the changes, not null
   */
  public RuleModuleDiff {
    requireNonNull(from, "from");
    requireNonNull(to, "to");
    changes = ImmutableList.copyOf(requireNonNull(changes, "changes"));
  }

  /**
   * Compares two modules' parameters.
   *
   * @param a the first module, not null
   * @param b the second module, not null
   * @return the diff, not null
   */
  public static RuleModuleDiff between(RuleModule a, RuleModule b) {
    requireNonNull(a, "a");
    requireNonNull(b, "b");
    Map<String, Parameter<?>> left = byName(a);
    Map<String, Parameter<?>> right = byName(b);
    TreeSet<String> keys = new TreeSet<>(left.keySet());
    keys.addAll(right.keySet());
    ImmutableList.Builder<ParameterChange> out = ImmutableList.builder();
    for (String key : keys) {
      Parameter<?> x = left.get(key);
      Parameter<?> y = right.get(key);
      if (x != null && y != null && x.valueText().equals(y.valueText()) && x.citation().equals(y.citation())) {
        continue;
      }
      out.add(new ParameterChange(key, Optional.ofNullable(x), Optional.ofNullable(y)));
    }
    return new RuleModuleDiff(a.id(), b.id(), out.build());
  }

  private static Map<String, Parameter<?>> byName(RuleModule m) {
    Map<String, Parameter<?>> map = new TreeMap<>();
    m.parameters().parameters().forEach(p -> map.put(p.key().name(), p));
    return map;
  }

  /**
   * Returns the changes of one kind.
   *
   * @param kind the kind, not null
   * @return those changes, by key
   */
  public ImmutableList<ParameterChange> changes(ParameterChange.Kind kind) {
    requireNonNull(kind, "kind");
    return changes.stream().filter(c -> c.kind() == kind).collect(ImmutableList.toImmutableList());
  }

  /**
   * Renders the diff as plain text, one change a line.
   *
   * @return the text, not null
   */
  public String render() {
    StringBuilder out = new StringBuilder(from + " -> " + to + ": " + changes.size() + " changes\n");
    changes.forEach(c -> out.append(c).append('\n'));
    return out.toString();
  }
}
