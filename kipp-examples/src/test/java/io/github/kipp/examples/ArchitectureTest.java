package io.github.kipp.examples;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.github.kipp.scoring.rank.Ranker;
import io.github.kipp.scoring.rank.TieBreak;
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

  /**
   * Ranking with a tie-break chain is the competition entry point's job, so a host (and kipp itself)
   * cannot drop a declared tie-break by wiring the chain by hand. The one other caller reads a stored
   * {@code Ranking}: it ranks the written candidates again with the chain the ranking records and
   * refuses the document unless the result is what was written.
   */
  @Test
  void only_the_competition_entry_point_ranks_with_a_tie_break_chain() {
    JavaClasses kipp = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("io.github.kipp");
    noClasses().that().resideOutsideOfPackage("io.github.kipp.scoring.competition")
        .and().doNotHaveFullyQualifiedName("io.github.kipp.format.internal.ResultWire$RankingW")
        .should().callMethod(Ranker.class, "withTieBreaks", Iterable.class)
        .orShould().callMethod(Ranker.class, "withTieBreaks", TieBreak[].class)
        .check(kipp);
  }
}
