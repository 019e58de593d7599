package io.github.kipp.rules.sinovik;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Regional modules, shipped or written by others, use kipp's public API only. */
class ArchitectureTest {

  private static final JavaClasses MAIN =
      new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("io.github.kipp.rules.sinovik");
  private static final JavaClasses THIRD_PARTY = new ClassFileImporter().importPackages("example.sulteng", "example.hostkinds");

  @Test
  void shipped_regional_modules_use_only_public_api() {
    noClasses().that().resideInAPackage("io.github.kipp.rules.sinovik.regional..")
        .should().dependOnClassesThat().resideInAPackage("..internal..")
        .check(MAIN);
  }

  @Test
  void a_third_party_module_uses_only_public_api() {
    noClasses().should().dependOnClassesThat().resideInAPackage("io.github.kipp..internal..").check(THIRD_PARTY);
  }

  @Test
  void the_rules_module_does_not_reach_into_other_modules_internals() {
    noClasses().should().dependOnClassesThat().resideInAnyPackage("io.github.kipp.core.internal..", "io.github.kipp.scoring.internal..").check(MAIN);
  }
}
