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
import io.github.kipp.core.appeal.AppealRuling;
import io.github.kipp.core.eligibility.PastResult;
import io.github.kipp.core.institution.Institution;
import io.github.kipp.core.institution.Region;
import io.github.kipp.core.institution.Unit;
import io.github.kipp.core.rule.RuleModuleReference;
import io.github.kipp.core.spi.Jurisdiction;
import io.github.kipp.format.KippFormatException;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
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
        Arguments.of(PastResult.class, "{}", new String[] {"innovation", "year", "tier", "group"}),
        Arguments.of(io.github.kipp.core.innovation.Attachment.class, "{}", new String[] {"name", "kind", "sizeBytes"}),
        Arguments.of(io.github.kipp.core.innovation.Replication.class, "{\"sources\": [\"not an id!\"]}", new String[] {"sources[0]", "adaptation"}),
        Arguments.of(io.github.kipp.core.edition.Extension.class, "{}", new String[] {"closes", "basis"}),
        Arguments.of(io.github.kipp.core.edition.Window.class, "{}", new String[] {"opens", "closes"}),
        Arguments.of(io.github.kipp.core.edition.InnovationGroup.class, "{}", new String[] {"id", "name"}),
        Arguments.of(io.github.kipp.core.edition.Category.class, "{}", new String[] {"id", "name"}),
        Arguments.of(io.github.kipp.core.edition.SectionSpec.class, "{\"groups\": [\"not an id!\"]}", new String[] {"id", "name", "groups[0]"}),
        Arguments.of(io.github.kipp.core.edition.Edition.class, "{}", new String[] {"id", "year", "title", "zone"}),
        Arguments.of(AppealRuling.class, "{}", new String[] {"appeal", "outcome", "by", "reason", "decidedAt"}));
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
    long optional = Stream.of("until", "region", "owner", "parent", "sources", "groups").filter(json::contains).count();
    assertThat(e.violations()).as(type.getSimpleName()).hasSize(fields.length - (int) optional);
  }

  /**
   * A missing object inside a restoration is reported once at its own path (not "appeal.appeal");
   * an absent list of decisions reads as empty, which the appealed decision refuses once every
   * other field reads (a decision appealed holds at least one).
   */
  @Test
  void every_bad_field_of_a_restoration_is_reported_at_its_path_down_to_the_decision_appealed() {
    String json = "{\"appeal\": {\"id\": \"not an id!\", \"decision\": {\"kind\": \"NO_KIND\", \"announcedAt\": \"soon\"}},"
        + " \"outcome\": \"MAYBE\", \"decidedAt\": \"2023-13-01\"}";

    KippFormatException e = catchThrowableOfType(KippFormatException.class, () -> KippJson.json().read(json, AppealRuling.class));

    assertThat(e).isNotNull();
    assertThat(e.violations()).extracting(Violation::path).containsExactlyInAnyOrder(
        "appeal.id", "appeal.appellant", "appeal.grounds", "appeal.filedAt",
        "appeal.decision.kind", "appeal.decision.proposal", "appeal.decision.unit", "appeal.decision.institution",
        "appeal.decision.announcedAt",
        "outcome", "by", "reason", "decidedAt");
  }

  @Test
  void a_restoration_whose_appeal_lacks_the_decision_appealed_reports_it_once_at_its_path() {
    KippFormatException e = catchThrowableOfType(KippFormatException.class,
        () -> KippJson.json().read("{\"appeal\": {}}", AppealRuling.class));

    assertThat(e).isNotNull();
    assertThat(e.violations()).extracting(Violation::path)
        .contains("appeal.id", "appeal.decision")
        .doesNotContain("appeal.decision.decision", "appeal.appeal");
  }

  @Test
  void every_bad_field_of_an_iid_report_and_of_an_innovation_it_lists_is_reported_at_its_path() {
    KippFormatException report = catchThrowableOfType(KippFormatException.class,
        () -> KippJson.json().read("{\"formatVersion\": \"9.0\"}", io.github.kipp.rules.iid.RegionalReport.class));
    KippFormatException innovation = catchThrowableOfType(KippFormatException.class,
        () -> KippJson.json().read("{\"affair\": \"NO_AFFAIR\"}", io.github.kipp.rules.iid.InnovationEntry.class));

    assertThat(report.violations()).extracting(Violation::path).containsExactlyInAnyOrder("formatVersion", "region", "year");
    assertThat(innovation.violations()).extracting(Violation::path)
        .containsExactlyInAnyOrder("id", "title", "affair", "implementedOn", "narrativeWords");
  }
}
