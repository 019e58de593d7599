package io.github.kipp.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The package lists under {@code src/javadoc/links}, through which the javadoc of one kipp module
 * links to another's, name exactly the API packages of that module: a package added without its line
 * would leave its types unlinked in the published javadoc (release/dry-run checks the same lists
 * against the built javadoc; this test finds a stale list in every build).
 */
class JavadocLinkListTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource({
      "kipp-core, io.github.kipp.core",
      "kipp-scoring, io.github.kipp.scoring",
      "kipp-rules-sinovik, io.github.kipp.rules.sinovik"})
  void a_modules_javadoc_link_list_names_exactly_its_api_packages(String module, String root)
      throws IOException {
    Set<String> api = new TreeSet<>();
    for (JavaClass type : new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages(root)) {
      String name = type.getPackageName();
      boolean internal = name.endsWith(".internal") || name.contains(".internal.");
      if (!internal && type.getModifiers().contains(JavaModifier.PUBLIC)) {
        api.add(name);
      }
    }
    List<String> listed = Files.readAllLines(
        Path.of("..", "src", "javadoc", "links", module, "element-list"), StandardCharsets.UTF_8);

    assertThat(api).as("API packages of %s", module).isNotEmpty();
    assertThat(new TreeSet<>(listed)).as("src/javadoc/links/%s/element-list", module)
        .containsExactlyElementsOf(api);
  }
}
