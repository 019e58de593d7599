package io.github.kipp.rules.iid;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The index module's layering: its own part knows nothing of the engine, and no package cycles. */
class ArchitectureTest {

  private static final JavaClasses MAIN =
      new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("io.github.kipp.rules.iid");

  @Test
  void the_part_interface_and_its_types_do_not_depend_on_the_engine() {
    noClasses().that().resideInAPackage("io.github.kipp.rules.iid.spi..")
        .should().dependOnClassesThat().resideInAPackage("io.github.kipp.rules.iid")
        .check(MAIN);
  }

  @Test
  void the_index_does_not_reach_into_other_modules_internals_nor_into_sinovik() {
    noClasses().should().dependOnClassesThat()
        .resideInAnyPackage("io.github.kipp.core.internal..", "io.github.kipp.scoring.internal..", "io.github.kipp.rules.sinovik..")
        .check(MAIN);
  }

  @Test
  void the_award_builds_on_the_index_and_the_index_knows_nothing_of_the_award() {
    noClasses().that().resideInAnyPackage("io.github.kipp.rules.iid", "io.github.kipp.rules.iid.spi..")
        .should().dependOnClassesThat().resideInAPackage("io.github.kipp.rules.iid.iga..")
        .check(MAIN);
  }

  @Test
  void the_award_ranks_through_the_scoring_engine_never_by_proposals() {
    noClasses().that().resideInAPackage("io.github.kipp.rules.iid.iga..")
        .should().dependOnClassesThat().resideInAnyPackage("io.github.kipp.core.innovation..", "io.github.kipp.core.edition..")
        .check(MAIN);
  }

  @Test
  void its_packages_have_no_cycles() {
    slices().matching("io.github.kipp.rules.(**)").should().beFreeOfCycles().check(MAIN);
  }
}
