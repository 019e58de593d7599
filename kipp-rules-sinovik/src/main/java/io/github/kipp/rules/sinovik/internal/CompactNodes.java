package io.github.kipp.rules.sinovik.internal;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;
import org.jspecify.annotations.Nullable;

/**
 * The module files kipp ships, kept beside each YAML file as its parsed nodes in a compact form
 * ({@code kipp-nodes/1}), written by the build from the YAML ({@link #main}), so that reading a
 * shipped module needs no YAML parser (the YAML parser's start and its reading of the 65 KB national
 * history were about a third of a second of a cold start): the YAML stays the source, reviewed and cited, and the compact
 * form is used only when it was made from the very bytes of the YAML beside it (their length and
 * CRC-32 are its first line); otherwise the YAML is parsed.
 *
 * <p>One node a line, in document order: {@code M line count} (a mapping, followed by its entries,
 * each a {@code K key} line and its value), {@code L line count} (a list, followed by its items),
 * {@code T line text}, {@code N line text}, {@code B line text} (text, number and boolean scalars as
 * written) and {@code Z line} (null). Keys and texts escape the backslash, line feed and carriage
 * return. Paths are not written: they are made as {@link FileParser} makes them.
 */
public final class CompactNodes {

  /** The first word of a compact file. */
  public static final String FORMAT = "kipp-nodes/1";

  /** The ending of a compact file's name, after the YAML file's name. */
  public static final String SUFFIX = ".nodes";

  private CompactNodes() {}

  /**
   * Returns the header that ties a compact form to the YAML bytes it was made from.
   *
   * @param yaml the YAML file's bytes
   * @return the header line, without its line break
   */
  static String header(byte[] yaml) {
    CRC32 crc = new CRC32();
    crc.update(yaml);
    return FORMAT + " " + yaml.length + " " + Long.toHexString(crc.getValue());
  }

  /**
   * Writes a document's nodes in the compact form.
   *
   * @param yaml the bytes of the YAML file the document was parsed from
   * @param root the document
   * @return the compact form
   */
  public static String write(byte[] yaml, FileNode root) {
    StringBuilder out = new StringBuilder(yaml.length);
    out.append(header(yaml)).append('\n');
    write(out, root);
    return out.toString();
  }

  private static void write(StringBuilder out, FileNode node) {
    switch (node.kind()) {
      case MAP -> {
        out.append("M ").append(node.line()).append(' ').append(node.entries().size()).append('\n');
        node.entries().forEach((key, value) -> {
          escape(out.append("K "), key).append('\n');
          write(out, value);
        });
      }
      case LIST -> {
        out.append("L ").append(node.line()).append(' ').append(node.items().size()).append('\n');
        node.items().forEach(item -> write(out, item));
      }
      case TEXT -> escape(out.append("T ").append(node.line()).append(' '), node.text()).append('\n');
      case NUMBER -> escape(out.append("N ").append(node.line()).append(' '), node.text()).append('\n');
      case BOOLEAN -> escape(out.append("B ").append(node.line()).append(' '), node.text()).append('\n');
      case NULL -> out.append("Z ").append(node.line()).append('\n');
    }
  }

  private static StringBuilder escape(StringBuilder out, String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        default -> out.append(c);
      }
    }
    return out;
  }

  /**
   * Reads a compact form made from the given YAML bytes.
   *
   * @param yaml the YAML file's bytes
   * @param compact the compact form, or null if there is none
   * @return the document, or null if there is no compact form or it was made from other bytes
   * @throws IllegalStateException if the compact form made from these bytes is malformed
   */
  public static @Nullable FileNode read(byte[] yaml, @Nullable String compact) {
    if (compact == null) {
      return null;
    }
    int end = compact.indexOf('\n');
    if (end < 0 || !compact.substring(0, end).equals(header(yaml))) {
      return null;
    }
    Reader r = new Reader(compact, end + 1);
    FileNode root = r.node("");
    if (r.at != compact.length()) {
      throw new IllegalStateException("the compact nodes have more than one document, at character " + r.at);
    }
    return root;
  }

  /**
   * Reads a shipped module file's nodes: from its compact form when there is one made from its
   * bytes, else by parsing the YAML.
   *
   * @param anchor a class of the module that holds the resources
   * @param resource the YAML file's resource name, from the root, without a leading slash
   * @param problems where the YAML's problems go
   * @return the document, or null when the YAML cannot be read (its problem recorded)
   * @throws IllegalArgumentException if there is no such resource
   * @throws UncheckedIOException if a resource cannot be read
   */
  public static @Nullable FileNode readResource(Class<?> anchor, String resource, Problems problems) {
    byte[] yaml = bytes(anchor, resource);
    if (yaml == null) {
      throw new IllegalArgumentException("no resource " + resource);
    }
    byte[] compact = bytes(anchor, resource + SUFFIX);
    FileNode root = read(yaml, compact == null ? null : new String(compact, StandardCharsets.UTF_8));
    return root != null ? root : FileParser.parse(new String(yaml, StandardCharsets.UTF_8), problems);
  }

  private static byte @Nullable [] bytes(Class<?> anchor, String resource) {
    // Through the class, not its class loader: on the module path the folder is encapsulated.
    try (InputStream in = anchor.getResourceAsStream("/" + resource)) {
      // As many bytes as the longest file read can take, and one more for the parser to refuse.
      return in == null ? null : in.readNBytes(FileParser.MAX_DOCUMENT_LENGTH * 4 + 1);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }

  /** Reads nodes from a position of the compact form. */
  private static final class Reader {
    private final String text;
    int at;

    Reader(String text, int at) {
      this.text = text;
      this.at = at;
    }

    private String line() {
      int end = text.indexOf('\n', at);
      if (end < 0) {
        throw new IllegalStateException("the compact nodes end inside a line, at character " + at);
      }
      String line = text.substring(at, end);
      at = end + 1;
      return line;
    }

    FileNode node(String path) {
      String line = line();
      if (line.length() < 3 || line.charAt(1) != ' ') {
        throw malformed(line);
      }
      char kind = line.charAt(0);
      int space = line.indexOf(' ', 2);
      int lineNr = number(line, 2, space < 0 ? line.length() : space);
      String rest = space < 0 ? "" : line.substring(space + 1);
      switch (kind) {
        case 'M': {
          int count = number(rest, 0, rest.length());
          Map<String, FileNode> entries = new LinkedHashMap<>();
          for (int i = 0; i < count; i++) {
            String key = line();
            if (!key.startsWith("K ")) {
              throw malformed(key);
            }
            String k = unescape(key.substring(2));
            entries.put(k, node(path.isEmpty() ? k : path + "." + k));
          }
          return FileNode.map(path, lineNr, ImmutableMap.copyOf(entries));
        }
        case 'L': {
          int count = number(rest, 0, rest.length());
          List<FileNode> items = new ArrayList<>(count);
          for (int i = 0; i < count; i++) {
            items.add(node(path + "[" + i + "]"));
          }
          return FileNode.list(path, lineNr, ImmutableList.copyOf(items));
        }
        case 'T':
          return FileNode.scalar(FileNode.Kind.TEXT, path, lineNr, unescape(rest));
        case 'N':
          return FileNode.scalar(FileNode.Kind.NUMBER, path, lineNr, unescape(rest));
        case 'B':
          return FileNode.scalar(FileNode.Kind.BOOLEAN, path, lineNr, unescape(rest));
        case 'Z':
          if (space >= 0) {
            throw malformed(line);
          }
          return FileNode.scalar(FileNode.Kind.NULL, path, lineNr, "");
        default:
          throw malformed(line);
      }
    }

    private static int number(String line, int from, int to) {
      try {
        return Integer.parseInt(line, from, to, 10);
      } catch (NumberFormatException | IndexOutOfBoundsException e) {
        throw new IllegalStateException("the compact nodes have a malformed number in the line \"" + line + "\"", e);
      }
    }

    private IllegalStateException malformed(String line) {
      return new IllegalStateException("the compact nodes have a malformed line before character " + at + ": \"" + line + "\"");
    }

    private static String unescape(String text) {
      if (text.indexOf('\\') < 0) {
        return text;
      }
      StringBuilder out = new StringBuilder(text.length());
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        if (c != '\\') {
          out.append(c);
          continue;
        }
        if (++i == text.length()) {
          throw new IllegalStateException("the compact nodes end a text with a lone backslash: \"" + text + "\"");
        }
        switch (text.charAt(i)) {
          case '\\' -> out.append('\\');
          case 'n' -> out.append('\n');
          case 'r' -> out.append('\r');
          default -> throw new IllegalStateException("the compact nodes have an unknown escape in \"" + text + "\"");
        }
      }
      return out.toString();
    }
  }

  /**
   * Writes the compact form of every module file in a folder beside it; the build runs it on the
   * module's resources. A file the parser refuses stops the build.
   *
   * @param args the folder
   * @throws IOException if a file cannot be read or written
   */
  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      throw new IllegalArgumentException("usage: CompactNodes <folder of module files>");
    }
    List<Path> files;
    try (var list = Files.list(Path.of(args[0]))) {
      files = list.filter(f -> f.getFileName().toString().endsWith(".yaml")).sorted().toList();
    }
    for (Path file : files) {
      byte[] yaml = Files.readAllBytes(file);
      Problems problems = new Problems();
      FileNode root = FileParser.parse(new String(yaml, StandardCharsets.UTF_8), problems);
      if (root == null || !problems.isEmpty()) {
        throw new IllegalStateException(file + " cannot be parsed: " + problems.sorted());
      }
      Files.writeString(file.resolveSibling(file.getFileName() + SUFFIX), write(yaml, root), StandardCharsets.UTF_8);
    }
  }
}
