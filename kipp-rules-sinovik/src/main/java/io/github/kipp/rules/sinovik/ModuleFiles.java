package io.github.kipp.rules.sinovik;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import io.github.kipp.core.rule.RuleRegistry;
import io.github.kipp.rules.sinovik.internal.CompactNodes;
import io.github.kipp.rules.sinovik.internal.FileNode;
import io.github.kipp.rules.sinovik.internal.FileParser;
import io.github.kipp.rules.sinovik.internal.ModuleFileReader;
import io.github.kipp.rules.sinovik.internal.ParameterReaders;
import io.github.kipp.rules.sinovik.internal.Problems;
import io.github.kipp.rules.sinovik.internal.RuleKinds;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;

/**
 * Reads rule modules written as data: a module file (YAML, or JSON) names the module's id,
 * jurisdiction, effective period, legal basis and the module it extends, and each parameter it sets
 * with its value and its citation. A regional government extends the national rules with one
 * reviewed file instead of Java:
 *
 * <pre>{@code
 * RuleRegistry.Builder registry = SinovikRules.registryBuilder();
 * SinovikModule takalar = ModuleFiles.read("takalar-2023.yaml", text, SinovikRules.registry());
 * registry.register(takalar);
 * }</pre>
 *
 * <p>The format, its value forms and the rule kinds a file may name are documented in {@code
 * docs/modules.md}; its JSON Schema ships in the jar at {@value #SCHEMA_RESOURCE}. A file is read
 * whole and checked whole: every problem (malformed, beyond a limit, uncited, an unknown confidence,
 * an override of a key the parent lacks, weights that do not sum, an overlap with a module of the
 * registry, an unknown rule kind, a failed module check) is reported at once by one {@link
 * InvalidModuleFileException}, each with its line and path. Reading applies the limits of every kipp
 * reader ({@link #MAX_DOCUMENT_LENGTH} …) in time linear in the file; anchors and aliases are refused.
 *
 * <p>Thread-safe; a module read is immutable, like one built in Java.
 */
public final class ModuleFiles {

  /** The format a module file declares, {@code format: kipp-module/1}. */
  public static final String FORMAT = ModuleFileReader.FORMAT;

  /** Where the JSON Schema of the format is in the jar. */
  public static final String SCHEMA_RESOURCE = "/io/github/kipp/rules/sinovik/kipp-module-1.schema.json";

  /** The longest file read, in characters. */
  public static final int MAX_DOCUMENT_LENGTH = FileParser.MAX_DOCUMENT_LENGTH;

  /** The deepest nesting of mappings and lists. */
  public static final int MAX_NESTING_DEPTH = FileParser.MAX_NESTING_DEPTH;

  /** The longest text value, in characters. */
  public static final int MAX_STRING_LENGTH = FileParser.MAX_STRING_LENGTH;

  /** The longest number, in characters. */
  public static final int MAX_NUMBER_LENGTH = FileParser.MAX_NUMBER_LENGTH;

  /** The longest key, in characters. */
  public static final int MAX_NAME_LENGTH = FileParser.MAX_NAME_LENGTH;

  private ModuleFiles() {}

  /**
   * Reads a module file. The module it extends is looked up in the registry, and it may not take a
   * registered id nor be in force on a day a registered module of its jurisdiction is. The module
   * read is not registered: the caller registers it.
   *
   * @param source the file's name, for messages, such as {@code sulsel-2023.yaml}; not null
   * @param text the file's text, YAML or JSON; not null
   * @param registry the registered modules, not null
   * @return the module, checked as {@link RuleRegistry.Builder#register} checks a module
   * @throws InvalidModuleFileException listing every problem of the file
   */
  public static SinovikModule read(String source, String text, RuleRegistry registry) {
    return read(source, text, registry, RuleKindRegistry.kipp());
  }

  /**
   * Reads a module file that may name rule kinds the host registered, such as its own kinds of
   * eligibility rule under {@code eligibility.hostRules}. An id the registry does not hold is refused
   * ({@code kipp.module.file.unknownKind}), naming those it holds.
   *
   * @param source the file's name, for messages; not null
   * @param text the file's text, YAML or JSON; not null
   * @param registry the registered modules, not null
   * @param kinds the rule kinds the file may name: kipp's and the host's; not null
   * @return the module, checked as {@link RuleRegistry.Builder#register} checks a module
   * @throws InvalidModuleFileException listing every problem of the file
   */
  public static SinovikModule read(String source, String text, RuleRegistry registry, RuleKindRegistry kinds) {
    requireNonNull(source, "source");
    requireNonNull(text, "text");
    requireNonNull(registry, "registry");
    requireNonNull(kinds, "kinds");
    Problems problems = new Problems();
    SinovikModule module = ModuleFileReader.read(text, registry, kinds, problems);
    if (module == null || !problems.isEmpty()) {
      throw InvalidModuleFileException.of(source, problems.sorted());
    }
    return module;
  }

  /**
   * Reads a module file shipped as a resource, UTF-8.
   *
   * @param loader the class loader that has the resource, not null
   * @param resource the resource's name, such as {@code io/github/kipp/rules/sinovik/modules/sulsel-2023.yaml}; not null
   * @param registry the registered modules, not null
   * @return the module
   * @throws InvalidModuleFileException listing every problem of the file
   * @throws IllegalArgumentException if there is no such resource
   * @throws UncheckedIOException if the resource cannot be read
   */
  public static SinovikModule readResource(ClassLoader loader, String resource, RuleRegistry registry) {
    return readResource(loader, resource, registry, RuleKindRegistry.kipp());
  }

  /**
   * Reads a module file shipped as a resource, UTF-8, that may name rule kinds the host registered.
   *
   * @param loader the class loader that has the resource, not null
   * @param resource the resource's name; not null
   * @param registry the registered modules, not null
   * @param kinds the rule kinds the file may name, not null
   * @return the module
   * @throws InvalidModuleFileException listing every problem of the file
   * @throws IllegalArgumentException if there is no such resource
   * @throws UncheckedIOException if the resource cannot be read
   */
  public static SinovikModule readResource(ClassLoader loader, String resource, RuleRegistry registry, RuleKindRegistry kinds) {
    requireNonNull(loader, "loader");
    requireNonNull(resource, "resource");
    try (InputStream in = loader.getResourceAsStream(resource)) {
      return readStream(resource, in, registry, kinds);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }

  /**
   * Reads a module file shipped as a resource of a class's module, UTF-8; this works on the module
   * path, where a class loader finds no resource in a package its module encapsulates.
   *
   * <p>The resource is looked up with {@link Class#getResourceAsStream(String)} by this class, so on
   * the module path it must be in the module of {@code anchor} and, unless that module is kipp's, in
   * a folder that is not a package of the module (such as {@code kipp-modules/}) or in a package the
   * module opens to {@code io.github.kipp.rules.sinovik}. On the class path any resource is found.
   *
   * <p>If a compact form of the file's parsed nodes lies beside it ({@code <resource>.nodes}, which
   * kipp's build writes for the module files kipp ships) and was made from the file's very bytes, it
   * is read instead of parsing the YAML: the module, and any problem, is the same.
   *
   * @param anchor a class of the module that holds the resource, not null
   * @param resource the resource's name from the root, without a leading slash, such as {@code
   *     io/github/kipp/rules/sinovik/modules/sulsel-2023.yaml}; not null
   * @param registry the registered modules, not null
   * @return the module
   * @throws InvalidModuleFileException listing every problem of the file
   * @throws IllegalArgumentException if there is no such resource
   * @throws UncheckedIOException if the resource cannot be read
   */
  public static SinovikModule readResource(Class<?> anchor, String resource, RuleRegistry registry) {
    requireNonNull(anchor, "anchor");
    requireNonNull(resource, "resource");
    requireNonNull(registry, "registry");
    Problems problems = new Problems();
    // kipp's own module files are read from the compact form the build writes beside each one.
    FileNode root = CompactNodes.readResource(anchor, resource, problems);
    SinovikModule module = root == null ? null : ModuleFileReader.read(root, registry, problems);
    if (module == null || !problems.isEmpty()) {
      throw InvalidModuleFileException.of(resource.substring(resource.lastIndexOf('/') + 1), problems.sorted());
    }
    return module;
  }

  private static SinovikModule readStream(String resource, @Nullable InputStream in, RuleRegistry registry, RuleKindRegistry kinds)
      throws IOException {
    if (in == null) {
      throw new IllegalArgumentException("no resource " + resource);
    }
    byte[] bytes = in.readNBytes(MAX_DOCUMENT_LENGTH * 4 + 1);
    return read(resource.substring(resource.lastIndexOf('/') + 1), new String(bytes, StandardCharsets.UTF_8), registry, kinds);
  }

  /**
   * Returns the parameter keys a module file may set, in the order of {@link SinovikKeys}.
   *
   * @return the key names, such as {@code edition.zone}
   */
  public static ImmutableList<String> keys() {
    return ParameterReaders.names();
  }

  /**
   * Returns the ids of kipp's own rule kinds a module file may name, by family: {@code
   * conflictOfInterest}, {@code aggregation}, {@code combination} and {@code tieBreak}. Rules that
   * need code stay Java; a file refers to them by these ids, and any other id is refused. A host's
   * own kinds are listed by {@link RuleKindRegistry#ids(String)}.
   *
   * @param family one of the four families
   * @return the ids, in the order documented
   * @throws IllegalArgumentException if the family is not one of the four
   */
  public static ImmutableList<String> ruleKinds(String family) {
    return switch (requireNonNull(family, "family")) {
      case "conflictOfInterest" -> RuleKinds.CONFLICT_OF_INTEREST.keySet().asList();
      case "aggregation" -> RuleKinds.AGGREGATIONS;
      case "combination" -> RuleKinds.COMBINATIONS;
      case "tieBreak" -> RuleKinds.TIE_BREAK_STEPS;
      default -> throw new IllegalArgumentException("no rule-kind family '" + family + "'; families: conflictOfInterest, aggregation, combination, tieBreak");
    };
  }
}
