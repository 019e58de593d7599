package io.github.kipp.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.kipp.core.Actor;
import io.github.kipp.core.Citation;
import io.github.kipp.core.Decision;
import io.github.kipp.core.EffectivePeriod;
import io.github.kipp.core.LocalizedText;
import io.github.kipp.core.Reason;
import io.github.kipp.core.Violation;
import io.github.kipp.core.eligibility.PastResult;
import io.github.kipp.core.institution.Institution;
import io.github.kipp.core.institution.Region;
import io.github.kipp.core.institution.Unit;
import io.github.kipp.core.rule.RuleModuleReference;
import io.github.kipp.core.spi.Jurisdiction;
import io.github.kipp.format.KippFormatException;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each small value kipp reads reports every field that is missing or refused, not only the first:
 * a value with several bad fields gives one violation per field, each at its own path.
 */
class EveryFieldOfSmallValuesTest {

  static Stream<Arguments> values() {
    return Stream.of(
        Arguments.of(LocalizedText.class, "{}", new String[] {"indonesian", "english"}),
        Arguments.of(Citation.class, "{}", new String[] {"instrument", "provision", "confidence"}),
        Arguments.of(Reason.class, "{}", new String[] {"code", "message"}),
        Arguments.of(Decision.class, "{}", new String[] {"subject", "rule", "outcome"}),
        Arguments.of(EffectivePeriod.class, "{\"until\": \"someday\"}", new String[] {"from", "until"}),
        Arguments.of(Actor.class, "{}", new String[] {"id", "role"}),
        Arguments.of(Region.class, "{}", new String[] {"code", "name", "level"}),
        Arguments.of(Jurisdiction.class, "{\"region\": \"no region\"}", new String[] {"level", "region", "name"}),
        Arguments.of(RuleModuleReference.class, "{}", new String[] {"id", "jurisdiction"}),
        Arguments.of(Institution.class, "{\"region\": \"no region\", \"owner\": \"no owner!\"}",
            new String[] {"id", "name", "type", "region", "owner"}),
        Arguments.of(Unit.class, "{\"parent\": \"no parent!\"}", new String[] {"id", "name", "institution", "kind", "parent"}),
        Arguments.of(PastResult.class, "{}", new String[] {"innovation", "year", "tier", "group"}));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("values")
  void every_bad_field_of_a_value_is_reported_at_its_path(Class<?> type, String json, String[] fields) {
    KippFormatException e = catchThrowableOfType(KippFormatException.class, () -> KippJson.json().read(json, type));

    assertThat(e).as(type.getSimpleName()).isNotNull();
    assertThat(e.violations()).extracting(Violation::path).as(type.getSimpleName()).containsExactlyInAnyOrder(fields);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("values")
  void the_same_value_with_its_optional_fields_absent_reports_only_the_required_ones(Class<?> type, String json, String[] fields) {
    KippFormatException e = catchThrowableOfType(KippFormatException.class, () -> KippJson.json().read("{}", type));

    assertThat(e).as(type.getSimpleName()).isNotNull();
    // The optional fields given a bad value above are the only ones an empty object does not report.
    long optional = Stream.of("until", "region", "owner", "parent").filter(json::contains).count();
    assertThat(e.violations()).as(type.getSimpleName()).hasSize(fields.length - (int) optional);
  }
}
