package io.github.kipp.core.internal;

import com.google.common.base.Splitter;
import com.google.common.collect.ImmutableList;
import com.google.common.io.Resources;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Reads the small comma-separated reference files bundled in kipp's jars. They have a header line,
 * no quoted fields and no commas inside fields; a malformed file is a packaging error.
 */
public final class BundledCsv {

  private static final Splitter COMMA = Splitter.on(',').trimResults();

  private BundledCsv() {}

  /**
   * Reads a bundled file's rows, without the header.
   *
   * @param anchor a class in the same jar
   * @param resource the absolute resource name
   * @param columns how many columns every row has
   * @return the rows
   * @throws IllegalStateException if the file is missing or malformed
   */
  public static ImmutableList<List<String>> read(Class<?> anchor, String resource, int columns) {
    URL url = anchor.getResource(resource);
    if (url == null) {
      throw new IllegalStateException("bundled resource " + resource + " is missing from the jar");
    }
    List<String> lines;
    try {
      lines = Resources.readLines(url, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read bundled resource " + resource, e);
    }
    ImmutableList.Builder<List<String>> rows = ImmutableList.builder();
    for (int i = 1; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isBlank()) {
        continue;
      }
      List<String> fields = COMMA.splitToList(line);
      if (fields.size() != columns) {
        throw new IllegalStateException(
            resource + " line " + (i + 1) + " has " + fields.size() + " fields, expected " + columns);
      }
      rows.add(fields);
    }
    return rows.build();
  }
}
