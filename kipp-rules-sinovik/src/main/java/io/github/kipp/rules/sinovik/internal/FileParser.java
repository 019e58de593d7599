package io.github.kipp.rules.sinovik.internal;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * Reads a module file (YAML, or JSON, which the YAML reader also reads) into {@link FileNode}s that
 * keep each value's line, applying the limits of every kipp reader in time linear in the input:
 * document, nesting, string, number and key length (through {@link BoundedYaml}), duplicate keys
 * refused, anchors and aliases refused (a reviewed file says each value where it applies).
 */
public final class FileParser {

  /** The longest file read, in characters; as kipp-jackson's readers. */
  public static final int MAX_DOCUMENT_LENGTH = 100_000_000;
  /** The deepest nesting of mappings and lists. */
  public static final int MAX_NESTING_DEPTH = 64;
  /** The longest text value, in characters. */
  public static final int MAX_STRING_LENGTH = 1_000_000;
  /** The longest number, in characters. */
  public static final int MAX_NUMBER_LENGTH = 64;
  /** The longest key, in characters. */
  public static final int MAX_NAME_LENGTH = 1_000;

  private static final YAMLFactory FACTORY = factory();

  private final Problems problems;

  private FileParser(Problems problems) {
    this.problems = problems;
  }

  private static YAMLFactory factory() {
    LoaderOptions loader = new LoaderOptions();
    loader.setCodePointLimit(MAX_DOCUMENT_LENGTH);
    loader.setNestingDepthLimit(MAX_NESTING_DEPTH);
    loader.setAllowDuplicateKeys(false);
    return BoundedYaml.factory(YAMLFactory.builder()
        .loaderOptions(loader)
        .streamReadConstraints(StreamReadConstraints.builder()
            .maxDocumentLength(MAX_DOCUMENT_LENGTH)
            .maxNestingDepth(MAX_NESTING_DEPTH)
            .maxStringLength(MAX_STRING_LENGTH)
            .maxNumberLength(MAX_NUMBER_LENGTH)
            .maxNameLength(MAX_NAME_LENGTH)
            .build())
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION));
  }

  /** Thrown inside the parser to stop at the first problem the parser cannot read past. */
  private static final class Stop extends Exception {
    private static final long serialVersionUID = 1L;

    Stop() {
      super(null, null, false, false);
    }
  }

  /**
   * Parses a file.
   *
   * @param text the file's text
   * @param problems where problems go
   * @return the document, or null when the file cannot be read (its problem recorded)
   */
  public static @Nullable FileNode parse(String text, Problems problems) {
    if (text.length() > MAX_DOCUMENT_LENGTH) {
      problems.add(1, SinovikMessages.violation("kipp.module.file.tooLarge", "", text.length() + " characters",
          "limit", "document " + MAX_DOCUMENT_LENGTH + " characters"));
      return null;
    }
    FileParser parser = new FileParser(problems);
    JsonParser p;
    try {
      p = FACTORY.createParser(text);
    } catch (IOException | RuntimeException e) {
      parser.refuse(e, null);
      return null;
    }
    try (p) {
      JsonToken first = p.nextToken();
      if (first == null) {
        problems.add(1, SinovikMessages.violation("kipp.module.file.type", "", "", "expected", "mapping"));
        return null;
      }
      FileNode root = parser.value(p, "", line(p.currentTokenLocation()));
      if (p.nextToken() != null) {
        problems.add(line(p.currentTokenLocation()), SinovikMessages.violation("kipp.module.file.malformed", "", "",
            "detail", "more than one document"));
        return null;
      }
      return root;
    } catch (Stop e) {
      return null;
    } catch (IOException | RuntimeException e) {
      parser.refuse(e, p);
      return null;
    }
  }

  private void refuse(Exception e, @Nullable JsonParser p) {
    int at = e instanceof JsonProcessingException j ? line(j.getLocation()) : 0;
    if (at == 0 && p != null) {
      at = line(p.currentLocation());
    }
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof StreamConstraintsException c) {
        problems.add(at, SinovikMessages.violation("kipp.module.file.tooLarge", "", "", "limit", c.getOriginalMessage()));
        return;
      }
    }
    String detail = e instanceof JsonProcessingException j ? j.getOriginalMessage() : String.valueOf(e.getMessage());
    problems.add(at, SinovikMessages.violation("kipp.module.file.malformed", "", "", "detail", firstLine(detail)));
  }

  private static String firstLine(String text) {
    int end = text.indexOf('\n');
    return end < 0 ? text : text.substring(0, end);
  }

  private static int line(@Nullable JsonLocation location) {
    return location == null ? 0 : Math.max(0, location.getLineNr());
  }

  /** Reads the value at the current token; {@code line} is where it starts, its key's line for a mapping's entry. */
  private FileNode value(JsonParser p, String path, int line) throws IOException, Stop {
    if (p instanceof YAMLParser y) {
      if (y.isCurrentAlias() || y.getObjectId() != null) {
        problems.add(line, SinovikMessages.violation("kipp.module.file.alias", path, y.getText()));
        throw new Stop();
      }
    }
    JsonToken t = p.currentToken();
    switch (t) {
      case START_OBJECT: {
        Map<String, FileNode> entries = new LinkedHashMap<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
          String key = p.currentName();
          int keyLine = line(p.currentTokenLocation());
          p.nextToken();
          entries.put(key, value(p, path.isEmpty() ? key : path + "." + key, keyLine));
        }
        return FileNode.map(path, line, ImmutableMap.copyOf(entries));
      }
      case START_ARRAY: {
        ImmutableList.Builder<FileNode> items = ImmutableList.builder();
        int i = 0;
        while (p.nextToken() != JsonToken.END_ARRAY) {
          items.add(value(p, path + "[" + i++ + "]", line(p.currentTokenLocation())));
        }
        return FileNode.list(path, line, items.build());
      }
      case VALUE_STRING:
        return FileNode.scalar(FileNode.Kind.TEXT, path, line, p.getText());
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
        return FileNode.scalar(FileNode.Kind.NUMBER, path, line, p.getText());
      case VALUE_TRUE:
      case VALUE_FALSE:
        return FileNode.scalar(FileNode.Kind.BOOLEAN, path, line, p.getText());
      case VALUE_NULL:
        return FileNode.scalar(FileNode.Kind.NULL, path, line, "");
      default:
        problems.add(line, SinovikMessages.violation("kipp.module.file.malformed", path, String.valueOf(t), "detail", "unexpected " + t));
        throw new Stop();
    }
  }
}
