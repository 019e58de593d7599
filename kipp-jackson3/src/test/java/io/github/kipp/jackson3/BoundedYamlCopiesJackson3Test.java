package io.github.kipp.jackson3;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The Jackson 3 line's bounded YAML reader lives in kipp-jackson3 and, as a copy, in kipp-testkit
 * (golden scenarios, when the host has Jackson 3), because kipp-jackson3's tests depend on the test
 * kit, so the test kit cannot depend on kipp-jackson3 (ADR 0016). The copy may differ only in its
 * package and in the paragraph of its javadoc that says where the other is; everything else,
 * imports and code, is the same text, so a fix made to one and not the other fails here.
 */
class BoundedYamlCopiesJackson3Test {

  private static final Path ROOT = Path.of("").toAbsolutePath().getParent();

  private static String code(String module, String pkg) throws IOException {
    Path file = ROOT.resolve(module).resolve("src/main/java").resolve(pkg.replace('.', '/')).resolve("BoundedYaml.java");
    String text = Files.readString(file, StandardCharsets.UTF_8);
    String imports = text.substring(text.indexOf("\nimport "), text.indexOf("\n/**"));
    String body = text.substring(text.indexOf("\npublic final class BoundedYaml {"));
    return imports + body;
  }

  @Test
  void the_test_kits_copy_of_the_jackson_3_bounded_yaml_reader_is_the_same_code() throws IOException {
    String jackson3 = code("kipp-jackson3", "io.github.kipp.jackson3.internal");

    assertThat(jackson3).contains("private static final class Window extends Reader");
    assertThat(code("kipp-testkit", "io.github.kipp.testkit.internal.jackson3")).isEqualTo(jackson3);
  }
}
