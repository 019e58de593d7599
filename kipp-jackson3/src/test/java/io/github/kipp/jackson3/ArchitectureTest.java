package io.github.kipp.jackson3;

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

/** Guards kipp-jackson3's public surface and dependencies: Jackson 3 only, never the 2.x line. */
class ArchitectureTest {

  private static final JavaClasses JACKSON3 =
      new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("io.github.kipp.jackson3");

  @Test
  void the_api_package_holds_only_the_module_and_the_facades() {
    List<String> api = JACKSON3.stream()
        .filter(c -> c.getPackageName().equals("io.github.kipp.jackson3"))
        .filter(c -> c.getModifiers().contains(JavaModifier.PUBLIC))
        .map(JavaClass::getName)
        .sorted()
        .toList();

    // The documents and the exception are kipp-format's (io.github.kipp.format), shared by both lines.
    assertThat(api).containsExactly(
        "io.github.kipp.jackson3.IndicatorRowsCsv",
        "io.github.kipp.jackson3.KippCsv",
        "io.github.kipp.jackson3.KippJson",
        "io.github.kipp.jackson3.KippJson$Builder",
        "io.github.kipp.jackson3.KippModule");
  }

  @Test
  void kipp_jackson3_depends_on_jackson_3_and_kipp_format_only() {
    classes().should().onlyDependOnClassesThat().resideInAnyPackage(
            "java..", "io.github.kipp.core..", "io.github.kipp.scoring..", "io.github.kipp.format..", "io.github.kipp.jackson3..",
            "tools.jackson..", "com.fasterxml.jackson.annotation..", "com.google.common..", "com.google.errorprone.annotations..",
            "org.jspecify.annotations..", "org.snakeyaml.engine..")
        .check(JACKSON3);
  }

  @Test
  void kipp_jackson3_knows_nothing_of_the_jackson_2_line() {
    noClasses().should().dependOnClassesThat().resideInAnyPackage(
            "io.github.kipp.jackson", "io.github.kipp.jackson.internal..", "com.fasterxml.jackson.databind..", "com.fasterxml.jackson.core..")
        .check(JACKSON3);
  }

  @Test
  void kipp_jackson3_uses_no_internals_of_the_core_or_scoring() {
    noClasses().should().dependOnClassesThat().resideInAnyPackage("io.github.kipp.core.internal..", "io.github.kipp.scoring.internal..").check(JACKSON3);
  }

  @Test
  void the_module_never_turns_on_polymorphic_typing_or_java_serialization() {
    noClasses().should().callMethodWhere(DescribedPredicate.describe("enables default typing or Java serialization", (JavaMethodCall call) -> {
      String name = call.getTarget().getName();
      String owner = call.getTarget().getOwner().getName();
      return name.startsWith("activateDefaultTyping") || owner.equals("java.io.ObjectInputStream") || owner.equals("java.io.ObjectOutputStream");
    })).check(JACKSON3);
  }

  @Test
  void the_module_never_reads_the_system_clock() {
    noClasses().should().callMethodWhere(DescribedPredicate.describe("reads the system clock", (JavaMethodCall call) -> {
      String owner = call.getTarget().getOwner().getName();
      String name = call.getTarget().getName();
      return (owner.startsWith("java.time.") && name.equals("now"))
          || (owner.equals("java.lang.System") && (name.equals("currentTimeMillis") || name.equals("nanoTime")));
    })).check(JACKSON3);
  }
}
