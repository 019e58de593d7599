package io.github.kipp.jackson;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The Jackson 2 line's bounded YAML reader lives in three modules — kipp-jackson, and copies in
 * kipp-rules-sinovik (module files) and kipp-testkit (golden scenarios, when the host has Jackson 2) — because no module beneath
 * all three may depend on Jackson 2's YAML parser (ADR 0012, amendment on the bounded YAML readers).
 * The copies may differ only in their package and in the paragraph of their javadoc that says where
 * the others are; everything else, imports and code, is the same text, so a fix made to one and not
 * the others fails here.
 */
class BoundedYamlCopiesTest {

  private static final Path ROOT = Path.of("").toAbsolutePath().getParent();

  private static String code(String module, String pkg) throws IOException {
    Path file = ROOT.resolve(module).resolve("src/main/java").resolve(pkg.replace('.', '/')).resolve("BoundedYaml.java");
    String text = Files.readString(file, StandardCharsets.UTF_8);
    String imports = text.substring(text.indexOf("\nimport "), text.indexOf("\n/**"));
    String body = text.substring(text.indexOf("\npublic final class BoundedYaml {"));
    return imports + body;
  }

  @Test
  void the_copies_of_the_bounded_yaml_reader_are_the_same_code() throws IOException {
    String jackson = code("kipp-jackson", "io.github.kipp.jackson.internal");

    assertThat(jackson).contains("\n  static final class LinearReader extends StreamReader {");
    assertThat(code("kipp-rules-sinovik", "io.github.kipp.rules.sinovik.internal")).isEqualTo(jackson);
    assertThat(code("kipp-testkit", "io.github.kipp.testkit.internal.jackson2")).isEqualTo(jackson);
  }
}
