package io.github.kipp.rules.iid;

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
  void the_module_keeps_its_automatic_module_name_and_exports_every_package_but_internal_ones() throws IOException {
    ModuleDescriptor module = descriptor();
    Set<String> exported = module.exports().stream().map(ModuleDescriptor.Exports::source).collect(Collectors.toCollection(TreeSet::new));

    assertThat(module.name()).isEqualTo("io.github.kipp.rules.iid");
    assertThat(module.exports()).allSatisfy(e -> assertThat(e.isQualified()).as("qualified export of %s", e.source()).isFalse());
    assertThat(exported).containsExactlyInAnyOrderElementsOf(
        sourcePackages().stream().filter(p -> !p.contains(".internal")).collect(Collectors.toList()));
    assertThat(module.isOpen()).isFalse();
  }

  @Test
  void nothing_is_opened() throws IOException {
    assertThat(descriptor().opens()).isEmpty();
  }
}
