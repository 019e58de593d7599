package io.github.kipp.examples;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The examples use kipp the way a host does: through its public API only. */
class ArchitectureTest {

  private static final JavaClasses EXAMPLES =
      new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackagesOf(KippExample.class);

  @Test
  void the_examples_use_no_internal_package_of_any_kipp_module() {
    noClasses().that().resideInAPackage("io.github.kipp.examples..")
        .should().dependOnClassesThat().resideInAPackage("io.github.kipp..internal..")
        .check(EXAMPLES);
  }

  @Test
  void the_examples_do_not_use_the_test_kit() {
    noClasses().that().resideInAPackage("io.github.kipp.examples..")
        .should().dependOnClassesThat().resideInAPackage("io.github.kipp.testkit..")
        .check(EXAMPLES);
  }
}
