package io.github.kipp.scoring;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.github.kipp.core.meta.Beta;
import org.junit.jupiter.api.Test;

/** Guards kipp-scoring's dependencies, package boundaries and exactness. */
class ArchitectureTest {

  private static final JavaClasses SCORING =
      new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("io.github.kipp.scoring");

  @Test
  void scoring_depends_only_on_kipp_core_guava_and_jspecify() {
    classes().should().onlyDependOnClassesThat().resideInAnyPackage(
            "java..", "io.github.kipp.scoring..", "io.github.kipp.core..", "com.google.common..",
            "com.google.errorprone.annotations..", "org.jspecify.annotations..")
        .check(SCORING);
  }

  @Test
  void scoring_does_not_reach_into_kipp_core_internals() {
    noClasses().should().dependOnClassesThat().resideInAPackage("io.github.kipp.core.internal..").check(SCORING);
  }

  @Test
  void api_packages_are_free_of_cycles() {
    slices().matching("io.github.kipp.scoring.(*)..").should().beFreeOfCycles()
        .ignoreDependency(inInternal(), DescribedPredicate.alwaysTrue())
        .ignoreDependency(DescribedPredicate.alwaysTrue(), inInternal())
        .check(SCORING);
  }

  @Test
  void scores_that_decide_a_rank_are_never_floating_point() {
    fields().that().areDeclaredInClassesThat().resideInAnyPackage(
            "io.github.kipp.scoring.aggregate..", "io.github.kipp.scoring.rank..", "io.github.kipp.scoring.shortlist..",
            "io.github.kipp.scoring.competition..")
        .and().areDeclaredInClassesThat().areNotAnnotatedWith(Beta.class)
        .and().areDeclaredInClassesThat().resideOutsideOfPackage("..internal..")
        .should().notHaveRawType(double.class)
        .andShould().notHaveRawType(float.class)
        .andShould().notHaveRawType(Double.class)
        .check(SCORING);
  }

  @Test
  void the_library_never_reads_the_system_clock() {
    noClasses().should().callMethodWhere(DescribedPredicate.describe("reads the system clock", (JavaMethodCall call) -> {
      String owner = call.getTarget().getOwner().getName();
      String name = call.getTarget().getName();
      return (owner.startsWith("java.time.") && name.equals("now") && call.getTarget().getRawParameterTypes().stream().noneMatch(t -> t.isEquivalentTo(java.time.Clock.class)))
          || (owner.equals("java.lang.System") && (name.equals("currentTimeMillis") || name.equals("nanoTime")));
    })).check(SCORING);
  }

  @Test
  void each_api_package_holds_one_responsibility_of_at_most_twenty_five_types() {
    classes().that().resideOutsideOfPackage("..internal..").should(new com.tngtech.archunit.lang.ArchCondition<JavaClass>("sit in a package of at most 25 top-level types") {
      @Override
      public void check(JavaClass item, com.tngtech.archunit.lang.ConditionEvents events) {
        long n = SCORING.stream().filter(c -> c.getPackageName().equals(item.getPackageName()) && c.isTopLevelClass()).count();
        if (n > 25) {
          events.add(com.tngtech.archunit.lang.SimpleConditionEvent.violated(item, item.getPackageName() + " holds " + n + " top-level types"));
        }
      }
    }).check(SCORING);
  }

  private static DescribedPredicate<JavaClass> inInternal() {
    return DescribedPredicate.describe("in an internal package", c -> c.getPackageName().contains(".internal"));
  }
}
