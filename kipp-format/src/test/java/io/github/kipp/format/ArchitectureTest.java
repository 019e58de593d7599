package io.github.kipp.format;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Guards what makes kipp-format shareable by both Jackson lines: it knows no mapper, parser or
 * generator of either line, only the annotations they share.
 */
class ArchitectureTest {

  private static final JavaClasses FORMAT =
      new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("io.github.kipp.format");

  @Test
  void kipp_format_knows_no_jackson_but_its_annotations() {
    classes().should().onlyDependOnClassesThat().resideInAnyPackage(
            "java..", "io.github.kipp.core..", "io.github.kipp.scoring..", "io.github.kipp.rules.iid..", "io.github.kipp.format..", "com.google.common..",
            "com.google.errorprone.annotations..", "org.jspecify.annotations..", "com.fasterxml.jackson.annotation..")
        .check(FORMAT);
  }

  @Test
  void kipp_format_knows_neither_jackson_line_of_kipp() {
    noClasses().should().dependOnClassesThat().resideInAnyPackage(
            "io.github.kipp.jackson..", "io.github.kipp.jackson3..", "com.fasterxml.jackson.databind..", "com.fasterxml.jackson.core..", "tools.jackson..")
        .check(FORMAT);
  }

  @Test
  void kipp_format_uses_no_internals_of_other_modules() {
    noClasses().should().dependOnClassesThat().resideInAnyPackage("io.github.kipp.core.internal..", "io.github.kipp.scoring.internal..").check(FORMAT);
  }

  /** The facades' base classes joined the package when both lines came to share them (issue 15). */
  @Test
  void the_api_package_holds_only_the_versions_and_limits_the_documents_the_exception_and_the_facades_base_classes() {
    List<String> api = FORMAT.stream()
        .filter(c -> c.getPackageName().equals("io.github.kipp.format"))
        .filter(c -> c.getModifiers().contains(JavaModifier.PUBLIC))
        .map(JavaClass::getName)
        .sorted()
        .toList();

    assertThat(api).containsExactly(
        "io.github.kipp.format.AbstractIndicatorRowsCsv",
        "io.github.kipp.format.AbstractKippCsv",
        "io.github.kipp.format.AbstractKippJson",
        "io.github.kipp.format.AbstractKippJson$Builder",
        "io.github.kipp.format.CompetitionDocument",
        "io.github.kipp.format.CompetitionDocument$Builder",
        "io.github.kipp.format.KippFormat",
        "io.github.kipp.format.KippFormatException",
        "io.github.kipp.format.ResultsDocument",
        "io.github.kipp.format.ResultsDocument$Builder");
  }

  @Test
  void the_format_never_reads_the_system_clock() {
    noClasses().should().callMethodWhere(DescribedPredicate.describe("reads the system clock", (JavaMethodCall call) -> {
      String owner = call.getTarget().getOwner().getName();
      String name = call.getTarget().getName();
      return (owner.startsWith("java.time.") && name.equals("now"))
          || (owner.equals("java.lang.System") && (name.equals("currentTimeMillis") || name.equals("nanoTime")));
    })).check(FORMAT);
  }
}
