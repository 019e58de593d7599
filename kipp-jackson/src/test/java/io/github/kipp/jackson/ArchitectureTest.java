package io.github.kipp.jackson;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Guards kipp-jackson's public surface and dependencies. */
class ArchitectureTest {

  private static final JavaClasses JACKSON =
      new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("io.github.kipp.jackson");

  @Test
  void the_api_package_holds_only_the_module_and_the_facades() {
    List<String> api = JACKSON.stream()
        .filter(c -> c.getPackageName().equals("io.github.kipp.jackson"))
        .filter(c -> c.getModifiers().contains(JavaModifier.PUBLIC))
        .map(JavaClass::getName)
        .sorted()
        .collect(Collectors.toList());

    // The documents and the exception are kipp-format's (io.github.kipp.format), shared by both lines.
    assertThat(api).containsExactly(
        "io.github.kipp.jackson.IndicatorRowsCsv",
        "io.github.kipp.jackson.KippCsv",
        "io.github.kipp.jackson.KippJson",
        "io.github.kipp.jackson.KippJson$Builder",
        "io.github.kipp.jackson.KippModule");
  }

  @Test
  void no_public_member_of_the_api_exposes_an_internal_type() {
    List<String> leaks = new ArrayList<>();
    JACKSON.stream().filter(c -> c.getPackageName().equals("io.github.kipp.jackson")).forEach(c -> {
      c.getMethods().stream().filter(m -> m.getModifiers().contains(JavaModifier.PUBLIC)).forEach(m -> {
        m.getRawParameterTypes().stream().filter(ArchitectureTest::internal).forEach(t -> leaks.add(m.getFullName() + " takes " + t.getName()));
        if (internal(m.getRawReturnType())) {
          leaks.add(m.getFullName() + " returns " + m.getRawReturnType().getName());
        }
      });
      c.getConstructors().stream().filter(k -> k.getModifiers().contains(JavaModifier.PUBLIC))
          .forEach(k -> k.getRawParameterTypes().stream().filter(ArchitectureTest::internal).forEach(t -> leaks.add(k.getFullName() + " takes " + t.getName())));
      c.getFields().stream().filter(f -> f.getModifiers().contains(JavaModifier.PUBLIC)).map(JavaField::getRawType)
          .filter(ArchitectureTest::internal).forEach(t -> leaks.add(c.getName() + " has a field of " + t.getName()));
      if (c.getRawSuperclass().map(ArchitectureTest::internal).orElse(false)) {
        leaks.add(c.getName() + " extends an internal type");
      }
    });

    assertThat(leaks).isEmpty();
  }

  private static boolean internal(JavaClass type) {
    return type.getPackageName().contains(".internal");
  }

  @Test
  void kipp_jackson_uses_no_internals_of_other_modules() {
    noClasses().should().dependOnClassesThat().resideInAnyPackage("io.github.kipp.core.internal..", "io.github.kipp.scoring.internal..").check(JACKSON);
  }

  @Test
  void kipp_jackson_depends_only_on_kipp_jackson_guava_jspecify_and_the_jdk() {
    classes().should().onlyDependOnClassesThat().resideInAnyPackage(
            "java..", "io.github.kipp..", "com.fasterxml.jackson..", "org.yaml.snakeyaml..", "com.google.common..",
            "com.google.errorprone.annotations..", "org.jspecify.annotations..")
        .check(JACKSON);
  }

  @Test
  void the_module_never_turns_on_polymorphic_typing_or_java_serialization() {
    noClasses().should().callMethodWhere(DescribedPredicate.describe("enables default typing or Java serialization", (JavaMethodCall call) -> {
      String name = call.getTarget().getName();
      String owner = call.getTarget().getOwner().getName();
      return name.startsWith("activateDefaultTyping") || name.startsWith("enableDefaultTyping")
          || owner.equals("java.io.ObjectInputStream") || owner.equals("java.io.ObjectOutputStream");
    })).check(JACKSON);
  }

  @Test
  void the_module_never_reads_the_system_clock() {
    noClasses().should().callMethodWhere(DescribedPredicate.describe("reads the system clock", (JavaMethodCall call) -> {
      String owner = call.getTarget().getOwner().getName();
      String name = call.getTarget().getName();
      return (owner.startsWith("java.time.") && name.equals("now"))
          || (owner.equals("java.lang.System") && (name.equals("currentTimeMillis") || name.equals("nanoTime")));
    })).check(JACKSON);
  }
}
