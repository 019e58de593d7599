package io.github.kipp.core.edition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.kipp.core.CategoryId;
import io.github.kipp.core.Citation;
import io.github.kipp.core.EditionId;
import io.github.kipp.core.Fixtures;
import io.github.kipp.core.GroupId;
import io.github.kipp.core.InvalidInputException;
import io.github.kipp.core.KippTime;
import io.github.kipp.core.LocalizedText;
import io.github.kipp.core.Violation;
import io.github.kipp.core.innovation.Proposal;
import io.github.kipp.core.innovation.ProposalSection;
import io.github.kipp.core.innovation.Video;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

class EditionTest {

  private final Edition edition = Fixtures.edition();

  @Test
  void a_complete_proposal_fits_the_edition() {
    assertThat(edition.validate(Fixtures.proposal("p-1").build())).isEmpty();
  }

  @Test
  void every_way_a_proposal_misses_the_edition_is_reported() {
    Proposal p =
        Proposal.newBuilder()
            .id(io.github.kipp.core.ProposalId.of("p-2"))
            .innovation(Fixtures.GIATKI_CES)
            .edition(EditionId.of("kipp-2022"))
            .group(GroupId.of("replikasi"))
            .category(CategoryId.of("pariwisata"))
            .section(ProposalSection.of("ringkasan", "kata ".repeat(201)))
            .section(ProposalSection.of("latar-belakang", "x"))
            .video(Video.of(Duration.ofMinutes(4), 480, URI.create("https://youtu.be/x")))
            .build();

    assertThat(edition.validate(p))
        .extracting(Violation::code)
        .containsExactlyInAnyOrder(
            "kipp.proposal.wrongEdition",
            "kipp.edition.unknownCategory",
            "kipp.proposal.sectionTooLong",
            "kipp.proposal.sectionUnknown",
            "kipp.proposal.sectionMissing",
            "kipp.proposal.sectionMissing",
            "kipp.proposal.replicationMissing",
            "kipp.proposal.sdgsMissing",
            "kipp.proposal.videoTooLong",
            "kipp.proposal.videoResolution");
    assertThatThrownBy(() -> edition.check(p))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("Section 'ringkasan' has 201 words; at most 200 are allowed")
        .hasMessageContaining("allowed: tata-kelola, kesehatan");
  }

  @Test
  void a_missing_required_section_is_named_in_both_languages() {
    Proposal p = Fixtures.proposal("p-3").clearSections().section(ProposalSection.of("ringkasan", "ringkas")).section(ProposalSection.of("signifikansi", " ")).build();

    assertThat(edition.validate(p))
        .extracting(v -> v.message().english())
        .containsExactlyInAnyOrder(
            "Required section 'signifikansi' (Significance) is not answered.",
            "Required section 'adaptabilitas' (Adaptability) is not answered.");
    assertThat(edition.validate(p)).first().extracting(v -> v.message().indonesian()).asString().contains("belum dijawab");
  }

  @Test
  void weights_that_do_not_sum_to_one_are_refused_listing_them() {
    assertThatThrownBy(
            () ->
                Edition.newBuilder()
                    .id(EditionId.of("x"))
                    .year(2023)
                    .title(LocalizedText.same("X"))
                    .group(InnovationGroup.open("umum", "Umum", "General"))
                    .category(Category.of("a", "A", "A"))
                    .section(SectionSpec.weighted("a", LocalizedText.same("A"), "0.60"))
                    .section(SectionSpec.weighted("b", LocalizedText.same("B"), "0.50"))
                    .build())
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("sum to 1.1; they must sum to 1 (a=0.6, b=0.5)");
  }

  @Test
  void repeated_ids_and_empty_catalogues_are_refused() {
    assertThatThrownBy(
            () ->
                Edition.newBuilder()
                    .id(EditionId.of("x"))
                    .year(1999)
                    .title(LocalizedText.same("X"))
                    .group(InnovationGroup.open("umum", "Umum", "General"))
                    .group(InnovationGroup.open("umum", "Umum", "General"))
                    .build())
        .isInstanceOfSatisfying(InvalidInputException.class, e ->
            assertThat(e.violations()).extracting(Violation::code)
                .containsExactlyInAnyOrder("kipp.edition.year", "kipp.list.empty", "kipp.list.duplicate"));
  }

  @Test
  void a_window_published_until_2359_contains_the_whole_last_minute() {
    Window registration = Window.days(LocalDate.of(2023, 3, 13), LocalDate.of(2023, 5, 2), KippTime.JAKARTA);

    assertThat(registration.contains(ZonedDateTime.of(2023, 5, 2, 23, 59, 59, 0, KippTime.JAKARTA).toInstant())).isTrue();
    assertThat(registration.contains(ZonedDateTime.of(2023, 5, 3, 0, 0, 0, 0, KippTime.JAKARTA).toInstant())).isFalse();
    assertThat(registration.contains(ZonedDateTime.of(2023, 3, 12, 23, 59, 0, 0, KippTime.JAKARTA).toInstant())).isFalse();
  }

  @Test
  void an_extension_by_letter_moves_the_close_and_keeps_the_original() {
    Citation letter = Citation.reported("Surat B/188/PP.00.05/2023", "whole letter").withSources("S24");
    Schedule extended =
        edition.schedule().extend(Phase.REGISTRATION, ZonedDateTime.of(2023, 5, 7, 0, 0, 0, 0, KippTime.JAKARTA), letter);
    Window w = extended.window(Phase.REGISTRATION).orElseThrow();

    assertThat(w.originalClose()).isEqualTo(ZonedDateTime.of(2023, 5, 3, 0, 0, 0, 0, KippTime.JAKARTA));
    assertThat(w.close()).isEqualTo(ZonedDateTime.of(2023, 5, 7, 0, 0, 0, 0, KippTime.JAKARTA));
    assertThat(w.extensions()).singleElement().extracting(Extension::basis).isEqualTo(letter);
    assertThat(extended.isOpen(Phase.REGISTRATION, Clock.fixed(ZonedDateTime.of(2023, 5, 6, 23, 0, 0, 0, KippTime.JAKARTA).toInstant(), KippTime.JAKARTA))).isTrue();
    assertThat(edition.schedule().isOpen(Phase.REGISTRATION, ZonedDateTime.of(2023, 5, 6, 23, 0, 0, 0, KippTime.JAKARTA).toInstant())).isFalse();
    assertThatThrownBy(() -> w.extendTo(ZonedDateTime.of(2023, 5, 5, 0, 0, 0, 0, KippTime.JAKARTA), letter))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("does not move the close later");
    assertThatThrownBy(() -> extended.extend(Phase.PUBLIC_REVIEW, ZonedDateTime.of(2023, 6, 1, 0, 0, 0, 0, KippTime.JAKARTA), letter))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("PUBLIC_REVIEW");
  }

  @Test
  void section_weights_are_normalised_so_equal_weights_are_equal() {
    assertThat(SectionSpec.weighted("a", LocalizedText.same("A"), "0.30"))
        .isEqualTo(SectionSpec.weighted("a", LocalizedText.same("A"), "0.3"));
    assertThatThrownBy(() -> SectionSpec.weighted("a", LocalizedText.same("A"), "1.01"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("outside the range 0 to 1");
  }
}
