package io.github.kipp.rules.sinovik.internal;

import com.google.common.base.Ascii;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedSet;
import io.github.kipp.core.Citation;
import io.github.kipp.core.Confidence;
import io.github.kipp.core.InvalidInputException;
import io.github.kipp.core.LocalizedText;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Reads the scalar and common values of a module file, recording every problem: a value of the wrong
 * type, a missing or unknown field, a value kipp refuses. Every reader returns null when its value
 * could not be read, its problems recorded.
 */
public final class FileValues {

  private final Problems problems;
  private final Map<String, Citation> named = new LinkedHashMap<>();

  /**
   * Creates the readers.
   *
   * @param problems where problems go
   */
  public FileValues(Problems problems) {
    this.problems = problems;
  }

  /**
   * Returns where problems go.
   *
   * @return the problems
   */
  public Problems problems() {
    return problems;
  }

  /**
   * Checks that a node is a mapping with only the allowed fields, reporting every other field.
   *
   * @param n the node
   * @param allowed the allowed fields
   * @return the node, or null if it is not a mapping
   */
  public @Nullable FileNode map(FileNode n, String... allowed) {
    if (n.kind() != FileNode.Kind.MAP) {
      problems.add(n, "kipp.module.file.type", describe(n), "expected", "mapping (" + String.join(", ", allowed) + ")");
      return null;
    }
    List<String> known = Arrays.asList(allowed);
    n.entries().forEach((k, v) -> {
      if (!known.contains(k)) {
        problems.add(v, "kipp.module.file.unknownField", k, "allowed", String.join(", ", allowed));
      }
    });
    return n;
  }

  /**
   * Returns a mapping's required field, reporting it when missing.
   *
   * @param map the mapping
   * @param key the field
   * @return the value, or null
   */
  public @Nullable FileNode required(FileNode map, String key) {
    FileNode v = map.entries().get(key);
    if (v == null) {
      problems.add(map, "kipp.module.file.missing", key, "field", key);
    }
    return v;
  }

  /**
   * Returns a scalar's text as written, for display in a message.
   *
   * @param n the node
   * @return the text, or the kind of a mapping or list
   */
  public static String describe(FileNode n) {
    return switch (n.kind()) {
      case MAP -> "(mapping)";
      case LIST -> "(list)";
      case NULL -> "(empty)";
      default -> n.text();
    };
  }

  /**
   * Reads text.
   *
   * @param n the node
   * @return the text, or null
   */
  public @Nullable String text(FileNode n) {
    if (n.kind() != FileNode.Kind.TEXT) {
      problems.add(n, "kipp.module.file.type", describe(n), "expected", "text (quote numbers, dates and codes such as \"73\")");
      return null;
    }
    return n.text();
  }

  /**
   * Reads a whole number.
   *
   * @param n the node
   * @return the number, or null
   */
  public @Nullable Integer integer(FileNode n) {
    if (n.kind() == FileNode.Kind.NUMBER) {
      try {
        return Integer.valueOf(n.text());
      } catch (NumberFormatException e) {
        // reported below
      }
    }
    problems.add(n, "kipp.module.file.type", describe(n), "expected", "a whole number");
    return null;
  }

  /**
   * Reads a decimal number, as written (a number or a text such as {@code "0.70"}).
   *
   * @param n the node
   * @return the number, its scale as written, or null
   */
  public @Nullable BigDecimal decimal(FileNode n) {
    if (n.kind() == FileNode.Kind.NUMBER || n.kind() == FileNode.Kind.TEXT) {
      try {
        return new BigDecimal(n.text());
      } catch (NumberFormatException e) {
        // reported below
      }
    }
    problems.add(n, "kipp.module.file.type", describe(n), "expected", "a decimal number such as 0.70");
    return null;
  }

  /**
   * Reads a boolean.
   *
   * @param n the node
   * @return the boolean, or null
   */
  public @Nullable Boolean bool(FileNode n) {
    if (n.kind() != FileNode.Kind.BOOLEAN) {
      problems.add(n, "kipp.module.file.type", describe(n), "expected", "true or false");
      return null;
    }
    return Boolean.valueOf(n.text());
  }

  /**
   * Reads an optional boolean field.
   *
   * @param map the mapping
   * @param key the field
   * @param absent the value when the field is absent
   * @return the boolean, or null
   */
  public @Nullable Boolean bool(FileNode map, String key, boolean absent) {
    return map.find(key).map(this::bool).orElse(absent);
  }

  /**
   * Reads text with a factory, reporting the factory's refusal.
   *
   * @param n the node
   * @param what what the value is, for the message
   * @param factory the factory
   * @param <T> the value's type
   * @return the value, or null
   */
  public <T> @Nullable T parse(FileNode n, String what, Function<String, T> factory) {
    String text = text(n);
    if (text == null) {
      return null;
    }
    try {
      return factory.apply(text);
    } catch (InvalidInputException e) {
      problems.add(n, e);
    } catch (IllegalArgumentException | DateTimeException e) {
      problems.add(n, "kipp.module.file.value", text, "expected", what);
    }
    return null;
  }

  /**
   * Reads a date such as {@code 2023-01-02}.
   *
   * @param n the node
   * @return the date, or null
   */
  public @Nullable LocalDate date(FileNode n) {
    return parse(n, "a date such as 2023-01-02", LocalDate::parse);
  }

  /**
   * Reads a constant of an enum, written in lower case with hyphens ({@code half-up} for {@code
   * HALF_UP}).
   *
   * @param n the node
   * @param type the enum
   * @param <E> the enum
   * @return the constant, or null
   */
  public <E extends Enum<E>> @Nullable E constant(FileNode n, Class<E> type) {
    String text = text(n);
    if (text == null) {
      return null;
    }
    for (E e : type.getEnumConstants()) {
      if (name(e).equals(text)) {
        return e;
      }
    }
    problems.add(n, "kipp.module.file.value", text, "expected", "one of " + Arrays.stream(type.getEnumConstants()).map(FileValues::name).collect(Collectors.joining(", ")));
    return null;
  }

  /**
   * Returns how a file writes an enum constant.
   *
   * @param e the constant
   * @return its name in lower case with hyphens
   */
  public static String name(Enum<?> e) {
    return Ascii.toLowerCase(e.name()).replace('_', '-');
  }

  /**
   * Reads text in both languages, {@code {id: …, en: …}}.
   *
   * @param n the node
   * @return the text, or null
   */
  public @Nullable LocalizedText localized(FileNode n) {
    FileNode m = map(n, "id", "en");
    if (m == null) {
      return null;
    }
    FileNode id = required(m, "id");
    FileNode en = required(m, "en");
    String indonesian = id == null ? null : text(id);
    String english = en == null ? null : text(en);
    if (indonesian == null || english == null) {
      return null;
    }
    try {
      return LocalizedText.of(indonesian, english);
    } catch (InvalidInputException e) {
      problems.add(n, e);
      return null;
    }
  }

  /**
   * Reads a list.
   *
   * @param n the node
   * @param item the reader of one item
   * @param <T> the items' type
   * @return the items, or null if the node is not a list or an item could not be read
   */
  public <T> @Nullable ImmutableList<T> list(FileNode n, Function<FileNode, @Nullable T> item) {
    if (n.kind() != FileNode.Kind.LIST) {
      problems.add(n, "kipp.module.file.type", describe(n), "expected", "a list");
      return null;
    }
    List<T> out = new ArrayList<>();
    boolean failed = false;
    for (FileNode i : n.items()) {
      T v = item.apply(i);
      if (v == null) {
        failed = true;
      } else {
        out.add(v);
      }
    }
    return failed ? null : ImmutableList.copyOf(out);
  }

  /**
   * Reads a mapping of keys made by a factory to values, in file order.
   *
   * @param n the node
   * @param what what a key is, for the message
   * @param key the factory of keys
   * @param value the reader of one value
   * @param <K> the keys' type
   * @param <V> the values' type
   * @return the entries in file order, or null
   */
  public <K, V> @Nullable ImmutableMap<K, V> entries(FileNode n, String what, Function<String, K> key, Function<FileNode, @Nullable V> value) {
    if (n.kind() != FileNode.Kind.MAP) {
      problems.add(n, "kipp.module.file.type", describe(n), "expected", "a mapping of " + what + " to values");
      return null;
    }
    Map<K, V> out = new LinkedHashMap<>();
    boolean failed = false;
    for (Map.Entry<String, FileNode> e : n.entries().entrySet()) {
      K k = null;
      try {
        k = key.apply(e.getKey());
      } catch (InvalidInputException x) {
        problems.add(e.getValue(), x);
      } catch (IllegalArgumentException x) {
        problems.add(e.getValue(), "kipp.module.file.value", e.getKey(), "expected", what);
      }
      V v = value.apply(e.getValue());
      if (k == null || v == null) {
        failed = true;
      } else {
        out.put(k, v);
      }
    }
    return failed ? null : ImmutableMap.copyOf(out);
  }

  /**
   * Reads a sorted set of ids.
   *
   * @param n the node
   * @param what what an id is
   * @param factory the factory of ids
   * @param <T> the ids' type
   * @return the set, or null
   */
  public <T extends Comparable<? super T>> @Nullable ImmutableSortedSet<T> sortedSet(FileNode n, String what, Function<String, T> factory) {
    ImmutableList<T> items = list(n, i -> parse(i, what, factory));
    return items == null ? null : ImmutableSortedSet.copyOf(items);
  }

  /**
   * Reads the named citations of a file, {@code citations:}.
   *
   * @param n the mapping of names to citations
   */
  public void namedCitations(FileNode n) {
    if (n.kind() != FileNode.Kind.MAP) {
      problems.add(n, "kipp.module.file.type", describe(n), "expected", "a mapping of names to citations");
      return;
    }
    n.entries().forEach((name, c) -> {
      Citation citation = citation(c);
      if (citation != null) {
        named.put(name, citation);
      }
    });
  }

  /** The fields of a citation. */
  private static final String[] CITATION_FIELDS = {"from", "instrument", "provision", "confidence", "sources", "note"};

  /**
   * Reads a citation: a mapping of instrument, provision ({@code UNKNOWN} where the article is not
   * known), confidence, sources and note; or the name of a citation under {@code citations:}; or a
   * mapping {@code from: name} with the fields that differ from that citation.
   *
   * @param n the node
   * @return the citation, or null
   */
  public @Nullable Citation citation(FileNode n) {
    if (n.kind() == FileNode.Kind.TEXT) {
      return namedCitation(n, n.text());
    }
    FileNode m = map(n, CITATION_FIELDS);
    if (m == null) {
      return null;
    }
    Optional<FileNode> from = m.find("from");
    Citation base = null;
    if (from.isPresent()) {
      String name = text(from.get());
      if (name == null) {
        return null;
      }
      base = namedCitation(from.get(), name);
      if (base == null) {
        return null;
      }
    }
    String instrument = field(m, "instrument", base == null ? null : base.instrument());
    String provision = field(m, "provision", base == null ? null : base.provision());
    Confidence confidence = base == null ? null : base.confidence();
    Optional<FileNode> c = m.find("confidence");
    boolean failed = false;
    if (c.isPresent()) {
      String text = text(c.get());
      confidence = text == null ? null : confidence(c.get(), text);
      failed = confidence == null;
    } else if (base == null) {
      problems.add(m, "kipp.module.file.missing", "confidence", "field", "confidence");
      failed = true;
    }
    ImmutableList<String> sources = base == null ? ImmutableList.of() : base.sources();
    if (m.find("sources").isPresent()) {
      ImmutableList<String> s = list(m.find("sources").get(), this::text);
      failed |= s == null;
      sources = s == null ? sources : s;
    }
    String note = base == null ? "" : base.note();
    if (m.find("note").isPresent()) {
      String t = text(m.find("note").get());
      failed |= t == null;
      note = t == null ? note : t;
    }
    if (failed || instrument == null || provision == null || confidence == null) {
      return null;
    }
    try {
      return new Citation(instrument, provision, confidence, sources, note);
    } catch (InvalidInputException e) {
      problems.add(n, e);
      return null;
    }
  }

  private @Nullable String field(FileNode m, String key, @Nullable String inherited) {
    Optional<FileNode> v = m.find(key);
    if (v.isPresent()) {
      return text(v.get());
    }
    if (inherited == null) {
      problems.add(m, "kipp.module.file.missing", key, "field", key);
    }
    return inherited;
  }

  private @Nullable Confidence confidence(FileNode at, String text) {
    for (Confidence c : Confidence.values()) {
      if (Ascii.toLowerCase(c.name()).equals(text)) {
        return c;
      }
    }
    problems.add(at, "kipp.module.file.confidence", text, "allowed",
        Arrays.stream(Confidence.values()).map(c -> c.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", ")));
    return null;
  }

  private @Nullable Citation namedCitation(FileNode at, String name) {
    Citation c = named.get(name);
    if (c == null) {
      problems.add(at, "kipp.module.file.unknownCitation", name, "known", named.isEmpty() ? "(none)" : String.join(", ", named.keySet()));
    }
    return c;
  }
}
