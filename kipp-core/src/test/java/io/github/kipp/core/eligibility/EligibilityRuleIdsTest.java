package io.github.kipp.core.eligibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.kipp.core.Cited;
import io.github.kipp.core.Citation;
import io.github.kipp.core.Decision;
import io.github.kipp.core.Fixtures;
import io.github.kipp.core.GroupId;
import io.github.kipp.core.innovation.Attachment;
import io.github.kipp.core.innovation.AttachmentKind;
import io.github.kipp.core.edition.Edition;
import io.github.kipp.core.innovation.Proposal;
import io.github.kipp.core.innovation.Video;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Issue 16: rule ids are public constants; the cap's refusal policy is a cited input; an edition
 * requires attachments.
 */
class EligibilityRuleIdsTest {

  private static final Citation KEPMEN_161 = Citation.reported("KepmenPANRB 161/2021", "Lampiran, section UNKNOWN");
  private static final Citation REFUSAL = Citation.unknown("KepmenPANRB 161/2021", "which proposals beyond the cap are refused is not published; the latest are");
  private static final Citation PEDOMAN_4 = Citation.reported("Pedoman Menteri PANRB 4/2025", "Lampiran, section UNKNOWN").withSources("S130");
  private static final GroupId UMUM = GroupId.of("umum");
  private static final Video VIDEO = Video.of(Duration.ofMinutes(3), 1080, URI.create("https://www.youtube.com/watch?v=p-1"));
  private static final Set<AttachmentKind> LETTERS =
      EnumSet.of(AttachmentKind.INNOVATOR_IDENTITY_STATEMENT, AttachmentKind.REPLICATION_CONSENT_LETTER);

  private static EligibilityContext context(Proposal... submitted) {
    EligibilityContext.Builder b = EligibilityContext.newBuilder(Fixtures.edition());
    Instant t0 = Instant.parse("2023-04-01T02:00:00Z");
    for (int i = 0; i < submitted.length; i++) {
      b.submitted(submitted[i], t0.plusSeconds(60L * i));
    }
    return b.build();
  }

  @Test
  void every_rule_reports_the_id_its_constant_names() {
    Proposal p = Fixtures.proposal("p-1").build();
    EligibilityContext c = context(p);

    assertThat(EligibilityRules.fitsEdition(KEPMEN_161).id()).isEqualTo(EligibilityRules.FITS_EDITION).isEqualTo("fits-edition");
    assertThat(EligibilityRules.institutionCap(Map.of(UMUM, Cited.of(10, KEPMEN_161))).evaluate(p, c).rule())
        .isEqualTo(EligibilityRules.INSTITUTION_CAP).isEqualTo("institution-cap");
    assertThat(EligibilityRules.invitationOnly(GroupId.of("khusus"), KEPMEN_161).id()).isEqualTo(EligibilityRules.INVITATION);
    assertThat(EligibilityRules.uniqueTitle(KEPMEN_161).id()).isEqualTo(EligibilityRules.UNIQUE_TITLE);
    assertThat(EligibilityRules.replicationSource(GroupId.of("replikasi"), HistoryCondition.reached(Tiers.TOP_99, 2014, 2020), KEPMEN_161).id())
        .isEqualTo(EligibilityRules.REPLICATION_SOURCE);
    assertThat(EligibilityRules.withinRegion(io.github.kipp.core.institution.RegionCode.of("73"), KEPMEN_161).id())
        .isEqualTo(EligibilityRules.ENTRANT_REGION);
    HistoryCondition never = HistoryCondition.not(HistoryCondition.reached(Tiers.TOP_99, 2014, 2020));
    assertThat(EligibilityRules.pastResults(List.of(UMUM), never, KEPMEN_161).id())
        .isEqualTo(EligibilityRules.pastResultsId(UMUM)).isEqualTo("past-results:umum");
    assertThat(EligibilityRules.pastResults(List.of(UMUM, GroupId.of("replikasi")), never, KEPMEN_161).id())
        .isEqualTo(EligibilityRules.pastResultsId(List.of(GroupId.of("replikasi"), UMUM))).isEqualTo("past-results:replikasi+umum");
    assertThatThrownBy(() -> EligibilityRules.pastResultsId(List.of())).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void a_cap_with_a_declared_refusal_policy_cites_the_policy_when_it_refuses() {
    Proposal first = Fixtures.proposal("p-1").build();
    Proposal second = Fixtures.proposal("p-2").build();
    EligibilityContext c = context(first, second);
    EligibilityRule rule = EligibilityRules.institutionCap(Map.of(UMUM, Cited.of(1, KEPMEN_161)), Cited.of(CapRefusal.LATEST_SUBMISSIONS, REFUSAL));

    Decision refused = rule.evaluate(second, c);
    Decision kept = rule.evaluate(first, c);

    assertThat(rule.citations()).containsExactly(KEPMEN_161, REFUSAL);
    assertThat(refused.passed()).isFalse();
    assertThat(refused.citations()).containsExactly(KEPMEN_161, REFUSAL);
    assertThat(kept.passed()).isTrue();
    assertThat(kept.citations()).containsExactly(KEPMEN_161);
    assertThat(EligibilityRules.institutionCap(Map.of(UMUM, Cited.of(1, KEPMEN_161))).evaluate(second, c).citations())
        .as("without a declared policy only the cap is cited").containsExactly(KEPMEN_161);
  }

  @Test
  void the_2025_letters_are_required_attachments_and_a_failure_names_each_one_missing() {
    Edition letters = Fixtures.edition().withRequiredAttachments(LETTERS);
    EligibilityRule rule = EligibilityRules.fitsEdition(KEPMEN_161, Map.of("kipp.proposal.attachment", PEDOMAN_4));
    Proposal none = Fixtures.proposal("p-1").video(VIDEO).build();
    Proposal one = none.toBuilder().attachment(Attachment.of("identitas.pdf", AttachmentKind.INNOVATOR_IDENTITY_STATEMENT, 1_000)).build();
    Proposal both = one.toBuilder().attachment(Attachment.of("kesediaan.pdf", AttachmentKind.REPLICATION_CONSENT_LETTER, 1_000)).build();
    EligibilityContext c = EligibilityContext.newBuilder(letters).build();

    assertThat(letters.requiredAttachments()).containsExactly(AttachmentKind.INNOVATOR_IDENTITY_STATEMENT, AttachmentKind.REPLICATION_CONSENT_LETTER);
    assertThat(letters.validate(none)).extracting(v -> v.code()).containsExactly("kipp.proposal.attachmentMissing", "kipp.proposal.attachmentMissing");
    assertThat(letters.validate(one)).singleElement().satisfies(v -> {
      assertThat(v.message().english()).isEqualTo("A REPLICATION_CONSENT_LETTER attachment is required; the edition requires:"
          + " INNOVATOR_IDENTITY_STATEMENT, REPLICATION_CONSENT_LETTER.");
      assertThat(v.message().indonesian()).startsWith("Lampiran REPLICATION_CONSENT_LETTER wajib disertakan");
    });
    assertThat(letters.validate(both)).isEmpty();
    Decision refused = rule.evaluate(one, c);
    assertThat(refused.passed()).isFalse();
    assertThat(refused.reasons()).extracting(r -> r.code()).containsExactly("kipp.proposal.attachmentMissing");
    assertThat(refused.citations()).as("the letters' citation is named").contains(PEDOMAN_4);
    assertThat(rule.evaluate(both, c).passed()).isTrue();
    assertThat(Fixtures.edition().validate(none)).as("an edition without required attachments asks for none").isEmpty();
    assertThat(letters.withRequiredAttachments(List.of())).isEqualTo(Fixtures.edition());
  }
}
