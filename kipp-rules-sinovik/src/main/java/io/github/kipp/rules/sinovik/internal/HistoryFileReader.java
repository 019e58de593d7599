package io.github.kipp.rules.sinovik.internal;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedMap;
import io.github.kipp.core.rule.RuleRegistry;
import io.github.kipp.rules.sinovik.SinovikModule;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * Reads a family of modules kept as one history of parameters ({@code kipp-history/1}): each key in
 * one place, with its value in each edition and that value's citation, so that one parameter's
 * history (the minimum age 2021 → 2025) reads in one place. Each edition's module is read as a module
 * file made of the history's nodes, so every problem names its place in the history.
 *
 * <pre>{@code
 * format: kipp-history/1
 * jurisdiction: {level: national, name: {id: …, en: …}}
 * citations: {kepmen-161-2021: {instrument: …, provision: …, confidence: reported}}
 * editions:
 *   2021: {id: sinovik-2021, title: {id: …, en: …}, effectivePeriod: {from: …, until: …}, legalBasis: [...]}
 * parameters:
 *   eligibility.minimumAge:
 *     - editions: [2021, 2022]
 *       value: P2Y
 *       citation: {from: kepmen-161-2021, …}
 * }</pre>
 */
public final class HistoryFileReader {

  /** The format this reader reads. */
  public static final String FORMAT = "kipp-history/1";

  private HistoryFileReader() {}

  /**
   * Reads a history into one module per edition.
   *
   * @param text the history's text
   * @param problems where problems go
   * @return the modules by edition year, or null when a problem was found
   */
  public static @Nullable ImmutableSortedMap<Integer, SinovikModule> read(String text, Problems problems) {
    FileNode root = FileParser.parse(text, problems);
    return root == null ? null : read(root, problems);
  }

  /**
   * Reads a parsed history into one module per edition.
   *
   * @param root the history's document
   * @param problems where problems go
   * @return the modules by edition year, or null when a problem was found
   */
  public static @Nullable ImmutableSortedMap<Integer, SinovikModule> read(FileNode root, Problems problems) {
    FileValues v = new FileValues(problems);
    FileNode m = v.map(root, "format", "jurisdiction", "citations", "editions", "parameters");
    if (m == null) {
      return null;
    }
    FileNode format = v.required(m, "format");
    String f = format == null ? null : v.text(format);
    if (format != null && f != null && !f.equals(FORMAT)) {
      problems.add(format, "kipp.module.file.format", f, "allowed", FORMAT);
      return null;
    }
    FileNode jurisdiction = v.required(m, "jurisdiction");
    FileNode editions = v.required(m, "editions");
    FileNode parameters = v.required(m, "parameters");
    if (jurisdiction == null || editions == null || parameters == null) {
      return null;
    }
    if (editions.kind() != FileNode.Kind.MAP) {
      problems.add(editions, "kipp.module.file.type", FileValues.describe(editions), "expected", "a mapping of edition years to editions");
      return null;
    }
    Map<Integer, FileNode> years = new LinkedHashMap<>();
    editions.entries().forEach((year, node) -> {
      Integer y = year(year);
      if (y == null) {
        problems.add(node, "kipp.module.file.value", year, "expected", "an edition year such as 2021");
      } else {
        years.put(y, node);
      }
    });
    Map<Integer, Map<String, FileNode>> byYear = new TreeMap<>();
    years.keySet().forEach(y -> byYear.put(y, new LinkedHashMap<>()));
    if (parameters.kind() != FileNode.Kind.MAP) {
      problems.add(parameters, "kipp.module.file.type", FileValues.describe(parameters), "expected", "a mapping of parameter keys to histories");
      return null;
    }
    parameters.entries().forEach((key, history) -> {
      ImmutableList<FileNode> entries = v.list(history, e -> e);
      if (entries == null) {
        return;
      }
      for (FileNode entry : entries) {
        FileNode e = v.map(entry, "editions", "value", "citation");
        FileNode listed = e == null ? null : v.required(e, "editions");
        ImmutableList<FileNode> in = listed == null ? null : v.list(listed, x -> x);
        if (e == null || in == null) {
          continue;
        }
        ImmutableMap.Builder<String, FileNode> only = ImmutableMap.builder();
        e.find("value").ifPresent(x -> only.put("value", x));
        e.find("citation").ifPresent(x -> only.put("citation", x));
        FileNode asParameter = FileNode.map(history.path(), entry.line(), only.buildOrThrow());
        for (FileNode yearNode : in) {
          Integer y = v.integer(yearNode);
          if (y == null) {
            continue;
          }
          Map<String, FileNode> set = byYear.get(y);
          if (set == null) {
            problems.add(yearNode, "kipp.module.file.value", y, "expected", "a year under editions: " + years.keySet());
          } else {
            FileNode first = set.putIfAbsent(key, asParameter);
            if (first != null) {
              problems.add(yearNode, "kipp.module.file.twice", key, "line", first.line());
            }
          }
        }
      }
    });
    if (!problems.isEmpty()) {
      return null;
    }
    RuleRegistry none = RuleRegistry.newBuilder().build();
    ImmutableSortedMap.Builder<Integer, SinovikModule> out = ImmutableSortedMap.naturalOrder();
    for (Map.Entry<Integer, FileNode> e : years.entrySet()) {
      FileNode edition = v.map(e.getValue(), "id", "title", "effectivePeriod", "legalBasis");
      if (edition == null) {
        continue;
      }
      Map<String, FileNode> doc = new LinkedHashMap<>();
      doc.put("format", FileNode.scalar(FileNode.Kind.TEXT, "format", format == null ? 1 : format.line(), ModuleFileReader.FORMAT));
      edition.entries().forEach(doc::put);
      doc.put("jurisdiction", jurisdiction);
      doc.put("editionYear", FileNode.scalar(FileNode.Kind.NUMBER, edition.path(), edition.line(), e.getKey().toString()));
      m.find("citations").ifPresent(c -> doc.put("citations", c));
      doc.put("parameters", FileNode.map(parameters.path(), parameters.line(), ImmutableMap.copyOf(byYear.getOrDefault(e.getKey(), Map.of()))));
      SinovikModule module = ModuleFileReader.read(FileNode.map(edition.path(), edition.line(), ImmutableMap.copyOf(doc)), none, problems);
      if (module != null) {
        out.put(e.getKey(), module);
      }
    }
    return problems.isEmpty() ? out.buildOrThrow() : null;
  }

  private static @Nullable Integer year(String text) {
    try {
      return Integer.valueOf(text);
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
