package io.github.kipp.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.kipp.core.InvalidInputException;
import io.github.kipp.core.KippTime;
import io.github.kipp.core.edition.Edition;
import io.github.kipp.core.edition.Phase;
import io.github.kipp.core.edition.Schedule;
import io.github.kipp.core.edition.Window;
import io.github.kipp.core.eligibility.EligibilityContext;
import io.github.kipp.core.innovation.Attachment;
import io.github.kipp.core.innovation.AttachmentKind;
import io.github.kipp.core.innovation.Proposal;
import io.github.kipp.core.innovation.SdgTarget;
import io.github.kipp.core.innovation.Video;
import io.github.kipp.scoring.FrozenScores;
import io.github.kipp.scoring.ScoreSheet;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Issue 16: the test kit's proposal builder sets what a proposal holds, and stamps inside the edition's windows. */
class ProposalBuilderOptionsTest {

  /** A regional round that closed in February 2023, as Sulawesi Selatan's did. */
  private static Edition februaryRound() {
    return KippBuilders.edition().build().withSchedule(Schedule.of(Map.of(
        Phase.REGISTRATION, Window.days(LocalDate.of(2023, 1, 2), LocalDate.of(2023, 2, 12), KippTime.MAKASSAR),
        Phase.SUBMISSION, Window.days(LocalDate.of(2023, 1, 2), LocalDate.of(2023, 2, 12), KippTime.MAKASSAR),
        Phase.EVALUATION, Window.days(LocalDate.of(2023, 2, 13), LocalDate.of(2023, 2, 28), KippTime.MAKASSAR))));
  }

  @Test
  void sdgs_attachments_and_the_video_replace_the_defaults() {
    Edition letters = KippBuilders.edition().requiredAttachment(AttachmentKind.INNOVATOR_IDENTITY_STATEMENT).build();
    Attachment decree = Attachment.of("sk.pdf", AttachmentKind.DECREE, 10);

    Proposal p = KippBuilders.proposalFor(letters).sdgs("3.2", "6").attachments(decree).video(Duration.ofMinutes(4), 720).build();

    assertThat(p.sdgs()).containsExactly(SdgTarget.parse("3.2"), SdgTarget.goal(6));
    assertThat(p.attachments()).containsExactly(decree);
    assertThat(p.video()).map(Video::duration).contains(Duration.ofMinutes(4));
    assertThat(p.video()).map(Video::height).contains(720);
    assertThat(letters.validate(p)).extracting(v -> v.code()).containsExactly("kipp.proposal.attachmentMissing");
  }

  @Test
  void defaults_carry_each_required_attachment_and_empty_choices_carry_none() {
    Edition letters = KippBuilders.edition()
        .requiredAttachment(AttachmentKind.INNOVATOR_IDENTITY_STATEMENT).requiredAttachment(AttachmentKind.REPLICATION_CONSENT_LETTER).build();

    Proposal full = KippBuilders.proposalFor(letters).build();
    Proposal bare = KippBuilders.proposalFor(letters).sdgs().attachments(new Attachment[0]).noVideo().build();

    assertThat(full.attachments()).extracting(Attachment::kind)
        .containsExactly(AttachmentKind.INNOVATOR_IDENTITY_STATEMENT, AttachmentKind.REPLICATION_CONSENT_LETTER);
    assertThat(letters.validate(full)).isEmpty();
    assertThat(bare.sdgs()).isEmpty();
    assertThat(bare.attachments()).isEmpty();
    assertThat(bare.video()).isEmpty();
    assertThat(KippBuilders.proposalFor(letters).attachments(AttachmentKind.REPLICATION_CONSENT_LETTER).build().attachments())
        .extracting(Attachment::kind).containsExactly(AttachmentKind.REPLICATION_CONSENT_LETTER);
  }

  @Test
  void a_video_of_any_length_and_resolution_the_model_accepts_is_set_as_given() {
    qt().withFixedSeed(1616L).withExamples(1_000)
        .forAll(integers().between(1, 7_200), integers().between(144, 4_320))
        .checkAssert((seconds, height) -> {
          Proposal p = KippBuilders.proposal().video(Duration.ofSeconds(seconds), height).build();

          assertThat(p.video()).map(Video::duration).contains(Duration.ofSeconds(seconds));
          assertThat(p.video()).map(Video::height).contains(height);
        });
    assertThatThrownBy(() -> KippBuilders.proposal().video(Duration.ofHours(3), 720).build()).isInstanceOf(InvalidInputException.class);
  }

  @Test
  void the_submission_time_defaults_inside_the_edition_window_and_enters_the_context() {
    Edition edition = februaryRound();
    EligibilityContext.Builder context = EligibilityContext.newBuilder(edition);
    Instant given = Instant.parse("2023-02-10T01:00:00Z");

    Proposal early = KippBuilders.proposalFor(edition).id("early").submittedAt(given).submitTo(context);
    Proposal late = KippBuilders.proposalFor(edition).id("late").submitTo(context);
    EligibilityContext c = context.build();

    assertThat(c.submittedAt(early.id())).contains(given);
    assertThat(c.submittedAt(late.id())).contains(ZonedDateTime.of(2023, 1, 2, 12, 0, 0, 0, KippTime.MAKASSAR).toInstant());
    assertThat(edition.schedule().window(Phase.SUBMISSION).orElseThrow().contains(c.submittedAt(late.id()).orElseThrow())).isTrue();
    assertThat(KippBuilders.proposalFor(KippBuilders.edition().build().withSchedule(Schedule.empty())).submissionTime()).isEmpty();
  }

  @Test
  void sheets_for_an_edition_are_stamped_inside_its_window_so_a_round_closed_before_may_freezes_them() {
    Edition edition = februaryRound();
    Instant closed = edition.schedule().window(Phase.EVALUATION).orElseThrow().close().toInstant();
    ScoreSheet stamped = KippBuilders.sheetFor(edition, KippBuilders.criteria()).proposal("p-1").build();
    ScoreSheet undated = KippBuilders.sheet(KippBuilders.criteria()).proposal("p-1").build();

    assertThat(edition.schedule().window(Phase.EVALUATION).orElseThrow().contains(stamped.submittedAt())).isTrue();
    assertThat(FrozenScores.of(KippBuilders.criteria(), List.of(stamped), closed).sheets()).hasSize(1);
    assertThatThrownBy(() -> FrozenScores.of(KippBuilders.criteria(), List.of(undated), closed)).isInstanceOf(InvalidInputException.class);
  }

  @Test
  void a_sheet_for_an_edition_without_an_evaluation_window_is_stamped_in_its_presentation_or_at_its_registration_close() {
    Window presentation = Window.days(LocalDate.of(2023, 2, 6), LocalDate.of(2023, 2, 7), KippTime.MAKASSAR);
    Window registration = Window.days(LocalDate.of(2023, 1, 2), LocalDate.of(2023, 1, 31), KippTime.MAKASSAR);
    Edition withPresentation = KippBuilders.edition().build()
        .withSchedule(Schedule.of(Map.of(Phase.REGISTRATION, registration, Phase.PRESENTATION, presentation)));
    Edition registrationOnly = KippBuilders.edition().build().withSchedule(Schedule.of(Map.of(Phase.REGISTRATION, registration)));

    assertThat(presentation.contains(KippBuilders.sheetFor(withPresentation, KippBuilders.criteria()).build().submittedAt())).isTrue();
    assertThat(KippBuilders.sheetFor(registrationOnly, KippBuilders.criteria()).build().submittedAt()).isEqualTo(registration.close().toInstant());
  }
}
