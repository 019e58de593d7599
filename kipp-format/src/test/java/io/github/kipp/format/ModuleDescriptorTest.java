package io.github.kipp.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The module descriptor this module is published with: its name, and every API package exported, internal ones not. */
class ModuleDescriptorTest {

  static ModuleDescriptor descriptor() throws IOException {
    try (InputStream in = Files.newInputStream(Paths.get("target/classes/module-info.class"))) {
      return ModuleDescriptor.read(in);
    }
  }

  static Set<String> sourcePackages() throws IOException {
    Path sources = Paths.get("src/main/java");
    try (Stream<Path> files = Files.walk(sources)) {
      return files.filter(f -> f.toString().endsWith(".java") && !f.getFileName().toString().equals("module-info.java"))
          .map(f -> sources.relativize(f.getParent()).toString().replace('/', '.'))
          .collect(Collectors.toCollection(TreeSet::new));
    }
  }

  @Test
  void only_the_format_package_is_exported_to_all_and_the_internal_one_to_the_two_jackson_lines_alone() throws IOException {
    ModuleDescriptor module = descriptor();

    assertThat(module.name()).isEqualTo("io.github.kipp.format");
    assertThat(module.exports()).extracting(ModuleDescriptor.Exports::source)
        .containsExactlyInAnyOrderElementsOf(sourcePackages());
    assertThat(module.exports()).allSatisfy(e -> {
      if (e.source().contains(".internal")) {
        assertThat(e.targets()).containsExactlyInAnyOrder("io.github.kipp.jackson", "io.github.kipp.jackson3");
      } else {
        assertThat(e.isQualified()).as("qualified export of %s", e.source()).isFalse();
      }
    });
    assertThat(module.isOpen()).isFalse();
  }

  @Test
  void only_the_wire_records_are_opened_and_to_the_two_data_bindings_alone() throws IOException {
    assertThat(descriptor().opens()).hasSize(1).allSatisfy(o -> {
      assertThat(o.source()).isEqualTo("io.github.kipp.format.internal");
      assertThat(o.targets()).containsExactlyInAnyOrder("com.fasterxml.jackson.databind", "tools.jackson.databind");
    });
  }
}
