package io.github.kipp.core.innovation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.kipp.core.Fixtures;
import io.github.kipp.core.InnovationId;
import io.github.kipp.core.InvalidInputException;
import io.github.kipp.core.ProposalId;
import io.github.kipp.core.SectionId;
import io.github.kipp.core.Violation;
import io.github.kipp.core.institution.Institution;
import io.github.kipp.core.institution.InstitutionType;
import io.github.kipp.core.institution.RegionCode;
import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ProposalTest {

  @Test
  void a_proposal_keeps_what_it_was_built_with() {
    Proposal p = Fixtures.proposal("p-1").build();

    assertThat(p.innovation().institution().region()).contains(RegionCode.of("73.22"));
    assertThat(p.section(SectionId.of("signifikansi")).map(ProposalSection::wordCount)).contains(3);
    assertThat(p.section(SectionId.of("missing"))).isEmpty();
    assertThat(p.pandemicRelated()).isFalse();
    assertThat(p.toBuilder().build()).isEqualTo(p);
  }

  @Test
  void each_option_of_the_builder_can_be_set_once() {
    assertThatThrownBy(() -> Fixtures.proposal("p-1").id(ProposalId.of("p-2")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("id was already set to p-1");
  }

  @Test
  void a_missing_required_option_names_it() {
    assertThatThrownBy(() -> Proposal.newBuilder().id(ProposalId.of("p-1")).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("innovation was not set");
  }

  @Test
  void a_section_answered_twice_is_refused() {
    assertThatThrownBy(() -> Fixtures.proposal("p-1").section(ProposalSection.of("ringkasan", "lagi")).build())
        .isInstanceOfSatisfying(InvalidInputException.class, e ->
            assertThat(e.violations()).extracting(Violation::code, Violation::path)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("kipp.proposal.sectionRepeated", "sections[3]")));
  }

  @Test
  void a_section_may_hold_line_breaks_but_no_other_control_characters() {
    assertThat(ProposalSection.of("a", "satu\ndua\r\ntiga\t.").wordCount()).isEqualTo(3);
    assertThatThrownBy(() -> ProposalSection.of("a", "satu\u0000dua"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("control characters");
    assertThatThrownBy(() -> ProposalSection.of("a", "x".repeat(ProposalSection.MAX_CHARACTERS + 1)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("at most 50000 characters");
  }

  @Test
  void an_innovation_whose_unit_belongs_elsewhere_is_refused() {
    Institution takalar = Institution.regionalGovernment("pemkab-takalar", "Pemerintah Kabupaten Takalar", InstitutionType.KABUPATEN, RegionCode.of("73.05"));

    assertThatThrownBy(() -> Innovation.of(InnovationId.of("x"), "X", Optional.empty(), takalar, Fixtures.DINKES, ImplementationStart.of(LocalDate.of(2020, 1, 1))))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("belongs to institution pemkab-luwu-utara, not to pemkab-takalar");
  }

  @Test
  void an_empty_expansion_is_refused_rather_than_stored() {
    assertThatThrownBy(() -> Innovation.of(InnovationId.of("x"), "X", Optional.of(""), Fixtures.LUWU_UTARA, Fixtures.DINKES, ImplementationStart.of(LocalDate.of(2020, 1, 1))))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("expansion must have 1 to 500 characters");
  }

  @Test
  void video_and_attachment_values_are_checked() {
    assertThatThrownBy(() -> Video.of(Duration.ZERO, 0, URI.create("ftp://example.org/v")))
        .isInstanceOfSatisfying(InvalidInputException.class, e ->
            assertThat(e.violations()).extracting(Violation::path).containsExactly("height", "link", "duration"));
    assertThatThrownBy(() -> Attachment.of("", AttachmentKind.DECREE, -1))
        .isInstanceOfSatisfying(InvalidInputException.class, e ->
            assertThat(e.violations()).extracting(Violation::code).containsExactly("kipp.text.blank", "kipp.number.negative"));
  }

  @Test
  void a_replication_names_one_to_twenty_distinct_sources() {
    assertThat(Replication.of(List.of(InnovationId.of("si-jempol")), "Diadaptasi untuk desa").sources()).hasSize(1);
    assertThatThrownBy(() -> Replication.of(List.of(), "x"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("names 0 source innovations");
    assertThatThrownBy(() -> Replication.of(List.of(InnovationId.of("a"), InnovationId.of("a")), "x"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("repeats");
  }
}
