package io.github.kipp.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.NullMarked;
import org.junit.jupiter.api.Test;

/** Guards kipp-core's dependencies and package boundaries. */
class ArchitectureTest {

  private static final JavaClasses CORE =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("io.github.kipp.core");

  @Test
  void core_depends_only_on_the_jdk_guava_jakarta_validation_and_jspecify() {
    classes()
        .should()
        .onlyDependOnClassesThat()
        .resideInAnyPackage(
            "java..",
            "io.github.kipp.core..",
            "com.google.common..",
            // Guava's own annotation dependency, class-retention only
            "com.google.errorprone.annotations..",
            "jakarta.validation..",
            "org.jspecify.annotations..")
        .because("kipp-core is the dependency every host takes; it stays small (ADR 0001)")
        .check(CORE);
  }

  @Test
  void core_knows_neither_jackson_line_nor_the_format() {
    noClasses().should().dependOnClassesThat().resideInAnyPackage(
            "com.fasterxml.jackson..", "tools.jackson..", "io.github.kipp.format..", "io.github.kipp.jackson..", "io.github.kipp.jackson3..")
        .because("the format and both Jackson lines build on the core, never the other way (ADR 0012)")
        .check(CORE);
  }

  @Test
  void core_never_compiles_against_the_validation_provider() {
    noClasses().should().dependOnClassesThat().resideInAnyPackage("org.hibernate..", "jakarta.el..").check(CORE);
  }

  @Test
  void api_types_do_not_expose_internal_types() {
    classes()
        .that()
        .resideOutsideOfPackage("..internal..")
        .and()
        .arePublic()
        .should(notExposeInternalTypes())
        .check(CORE);
  }

  @Test
  void api_packages_are_free_of_cycles() {
    slices()
        .matching("io.github.kipp.core.(*)..")
        .should()
        .beFreeOfCycles()
        .ignoreDependency(inInternal(), DescribedPredicate.alwaysTrue())
        .ignoreDependency(DescribedPredicate.alwaysTrue(), inInternal())
        .check(CORE);
  }

  @Test
  void the_library_never_reads_the_system_clock() {
    noClasses()
        .should()
        .callMethodWhere(readsSystemClock())
        .because("engines take a java.time.Clock so that results are reproducible")
        .check(CORE);
  }

  @Test
  void every_package_is_null_marked() {
    Set<String> unmarked = new TreeSet<>();
    for (JavaClass c : CORE) {
      Package p = c.reflect().getPackage();
      if (p.getAnnotation(NullMarked.class) == null) {
        unmarked.add(p.getName());
      }
    }
    assertThat(unmarked).isEmpty();
  }

  private static DescribedPredicate<JavaClass> inInternal() {
    return DescribedPredicate.describe("in an internal package", c -> c.getPackageName().contains(".internal"));
  }

  private static DescribedPredicate<JavaMethodCall> readsSystemClock() {
    return DescribedPredicate.describe(
        "reads the system clock",
        call -> {
          String owner = call.getTarget().getOwner().getName();
          String name = call.getTarget().getName();
          boolean javaTime = owner.startsWith("java.time.");
          boolean nowWithoutClock =
              javaTime && name.equals("now")
                  && (call.getTarget().getRawParameterTypes().isEmpty()
                      || !call.getTarget().getRawParameterTypes().get(0).isEquivalentTo(java.time.Clock.class));
          boolean systemClock = owner.equals("java.time.Clock") && (name.equals("systemUTC") || name.equals("systemDefaultZone"));
          boolean millis = owner.equals("java.lang.System") && (name.equals("currentTimeMillis") || name.equals("nanoTime"));
          return nowWithoutClock || systemClock || millis;
        });
  }

  private static ArchCondition<JavaClass> notExposeInternalTypes() {
    return new ArchCondition<>("not expose internal types in public signatures") {
      @Override
      public void check(JavaClass c, ConditionEvents events) {
        c.getMethods().stream()
            .filter(m -> m.getModifiers().contains(JavaModifier.PUBLIC))
            .forEach(m -> {
              m.getRawParameterTypes().forEach(t -> report(events, c, m.getFullName(), t));
              report(events, c, m.getFullName(), m.getRawReturnType());
            });
        c.getFields().stream()
            .filter(f -> f.getModifiers().contains(JavaModifier.PUBLIC))
            .forEach(f -> report(events, c, f.getFullName(), f.getRawType()));
      }

      private void report(ConditionEvents events, JavaClass owner, String member, JavaClass type) {
        if (type.getPackageName().contains(".internal")) {
          events.add(SimpleConditionEvent.violated(owner, member + " exposes internal type " + type.getName()));
        }
      }
    };
  }
}
