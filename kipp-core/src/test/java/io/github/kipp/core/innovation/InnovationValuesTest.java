package io.github.kipp.core.innovation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import io.github.kipp.core.CategoryId;
import io.github.kipp.core.EditionId;
import io.github.kipp.core.Fixtures;
import io.github.kipp.core.GroupId;
import io.github.kipp.core.InnovationId;
import io.github.kipp.core.InvalidInputException;
import io.github.kipp.core.ProposalId;
import io.github.kipp.core.Violation;
import io.github.kipp.core.institution.UnitKind;
import io.github.kipp.core.institution.Unit;
import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class InnovationValuesTest {

  private static final URI LINK = URI.create("https://www.youtube.com/watch?v=abc");

  @Test
  void attachments_keep_their_name_kind_and_size_and_are_values() {
    Attachment sk = Attachment.of("SK Bupati.pdf", AttachmentKind.DECREE, 1024);

    assertThat(sk.name()).isEqualTo("SK Bupati.pdf");
    assertThat(sk.kind()).isEqualTo(AttachmentKind.DECREE);
    assertThat(sk.sizeBytes()).isEqualTo(1024L);
    new EqualsTester()
        .addEqualityGroup(sk, Attachment.of("SK Bupati.pdf", AttachmentKind.DECREE, 1024))
        .addEqualityGroup(Attachment.of("SK Camat.pdf", AttachmentKind.DECREE, 1024))
        .addEqualityGroup(Attachment.of("SK Bupati.pdf", AttachmentKind.SUPPORTING_DATA, 1024))
        .addEqualityGroup(Attachment.of("SK Bupati.pdf", AttachmentKind.DECREE, 1025))
        .testEquals();
  }

  @Test
  void videos_keep_their_link_and_are_values() {
    Video v = Video.of(Duration.ofMinutes(3), 1080, LINK);

    assertThat(v.link()).isEqualTo(LINK);
    assertThat(v.duration()).isEqualTo(Duration.ofMinutes(3));
    assertThat(v.height()).isEqualTo(1080);
    new EqualsTester()
        .addEqualityGroup(v, Video.of(Duration.ofMinutes(3), 1080, LINK))
        .addEqualityGroup(Video.of(Duration.ofMinutes(4), 1080, LINK))
        .addEqualityGroup(Video.of(Duration.ofMinutes(3), 720, LINK))
        .addEqualityGroup(Video.of(Duration.ofMinutes(3), 1080, URI.create("https://youtu.be/abc")))
        .testEquals();
  }

  @Test
  void a_video_may_last_exactly_the_longest_duration_but_not_a_second_more() {
    assertThat(Video.of(Video.MAX_DURATION, 720, LINK).duration()).isEqualTo(Duration.ofHours(2));
    assertThatThrownBy(() -> Video.of(Video.MAX_DURATION.plusSeconds(1), 720, LINK))
        .isInstanceOfSatisfying(InvalidInputException.class, e ->
            assertThat(e.violations()).extracting(Violation::code).containsExactly("kipp.video.duration"));
  }

  @Test
  void sections_keep_their_text_and_are_values_by_section_and_text() {
    ProposalSection s = ProposalSection.of(io.github.kipp.core.SectionId.of("ringkasan"), "Dua kata");

    assertThat(s.text()).isEqualTo("Dua kata");
    assertThat(s.wordCount()).isEqualTo(2);
    new EqualsTester()
        .addEqualityGroup(s, ProposalSection.of("ringkasan", "Dua kata"))
        .addEqualityGroup(ProposalSection.of("signifikansi", "Dua kata"))
        .addEqualityGroup(ProposalSection.of("ringkasan", "Tiga kata ini"))
        .testEquals();
  }

  @Test
  void a_replication_keeps_its_adaptation_and_is_a_value() {
    Replication r = Replication.of(List.of(InnovationId.of("si-jempol")), "Diadaptasi untuk desa");

    assertThat(r.adaptation()).isEqualTo("Diadaptasi untuk desa");
    new EqualsTester()
        .addEqualityGroup(r, Replication.of(List.of(InnovationId.of("si-jempol")), "Diadaptasi untuk desa"))
        .addEqualityGroup(Replication.of(List.of(InnovationId.of("si-jari")), "Diadaptasi untuk desa"))
        .addEqualityGroup(Replication.of(List.of(InnovationId.of("si-jempol")), "Diadaptasi untuk kota"))
        .testEquals();
  }

  @Test
  void a_replication_may_name_exactly_twenty_sources_but_not_twenty_one() {
    List<InnovationId> twenty =
        IntStream.rangeClosed(1, Replication.MAX_SOURCES).mapToObj(i -> InnovationId.of("asal-" + i)).collect(Collectors.toList());
    List<InnovationId> twentyOne = new ArrayList<>(twenty);
    twentyOne.add(InnovationId.of("asal-21"));

    assertThat(Replication.of(twenty, "x").sources()).hasSize(20);
    assertThatThrownBy(() -> Replication.of(twentyOne, "x"))
        .isInstanceOfSatisfying(InvalidInputException.class, e ->
            assertThat(e.violations()).extracting(Violation::code).containsExactly("kipp.replication.sources"));
  }

  @Test
  void sdg_targets_sort_whole_goal_first_then_numbered_targets_numerically_then_lettered_ones() {
    List<SdgTarget> targets = new ArrayList<>();
    for (String t : List.of("3.b", "3.10", "3.a", "3", "3.2", "2.c")) {
      targets.add(SdgTarget.parse(t));
    }
    targets.sort(null);

    assertThat(targets).extracting(SdgTarget::toString).containsExactly("2.c", "3", "3.2", "3.10", "3.a", "3.b");
    assertThat(SdgTarget.parse("3").compareTo(SdgTarget.parse("3.1"))).isNegative();
  }

  @Test
  void sdg_targets_are_values_by_goal_and_target() {
    new EqualsTester()
        .addEqualityGroup(SdgTarget.parse("3.2"), SdgTarget.parse("3.2"))
        .addEqualityGroup(SdgTarget.parse("3"), SdgTarget.goal(3))
        .addEqualityGroup(SdgTarget.parse("4.2"))
        .addEqualityGroup(SdgTarget.parse("3.a"))
        .testEquals();
  }

  @Test
  void innovations_are_values_over_every_field() {
    Innovation base = Fixtures.GIATKI_CES;
    Unit bappeda = Unit.of("luwu-utara-bappeda", "Bappeda", Fixtures.LUWU_UTARA, UnitKind.PERANGKAT_DAERAH);

    assertThat(base.expansion()).contains("Gigi Anak Sehat Kiat Cegah Stunting");
    assertThat(base.unit()).isEqualTo(Fixtures.DINKES);
    new EqualsTester()
        .addEqualityGroup(
            base,
            Innovation.of(InnovationId.of("giatki-ces"), "Giatki Ces", Optional.of("Gigi Anak Sehat Kiat Cegah Stunting"), Fixtures.LUWU_UTARA, Fixtures.DINKES, ImplementationStart.ofMonth(YearMonth.of(2020, 3))))
        .addEqualityGroup(Innovation.of(InnovationId.of("lain"), "Giatki Ces", Optional.of("Gigi Anak Sehat Kiat Cegah Stunting"), Fixtures.LUWU_UTARA, Fixtures.DINKES, ImplementationStart.ofMonth(YearMonth.of(2020, 3))))
        .addEqualityGroup(Innovation.of(InnovationId.of("giatki-ces"), "Giatki", Optional.of("Gigi Anak Sehat Kiat Cegah Stunting"), Fixtures.LUWU_UTARA, Fixtures.DINKES, ImplementationStart.ofMonth(YearMonth.of(2020, 3))))
        .addEqualityGroup(Innovation.of(InnovationId.of("giatki-ces"), "Giatki Ces", Optional.empty(), Fixtures.LUWU_UTARA, Fixtures.DINKES, ImplementationStart.ofMonth(YearMonth.of(2020, 3))))
        .addEqualityGroup(Innovation.of(InnovationId.of("giatki-ces"), "Giatki Ces", Optional.of("Gigi Anak Sehat Kiat Cegah Stunting"), Fixtures.LUWU_UTARA, bappeda, ImplementationStart.ofMonth(YearMonth.of(2020, 3))))
        .addEqualityGroup(Innovation.of(InnovationId.of("giatki-ces"), "Giatki Ces", Optional.of("Gigi Anak Sehat Kiat Cegah Stunting"), Fixtures.LUWU_UTARA, Fixtures.DINKES, ImplementationStart.of(LocalDate.of(2020, 3, 1))))
        .testEquals();
  }

  @Test
  void proposals_are_values_over_every_field() {
    Proposal base = Fixtures.proposal("p-1").build();
    Attachment sk = Attachment.of("SK.pdf", AttachmentKind.DECREE, 10);

    new EqualsTester()
        .addEqualityGroup(base, Fixtures.proposal("p-1").build(), base.toBuilder().build())
        .addEqualityGroup(Fixtures.proposal("p-2").build())
        .addEqualityGroup(base.withEdition(EditionId.of("kipp-2024")))
        .addEqualityGroup(Fixtures.proposal("p-1").sdg(SdgTarget.parse("3.8")).build())
        .addEqualityGroup(Fixtures.proposal("p-1").section(ProposalSection.of("lain", "x")).build())
        .addEqualityGroup(Fixtures.proposal("p-1").attachment(sk).build())
        .addEqualityGroup(Fixtures.proposal("p-1").pandemicRelated(true).build())
        .addEqualityGroup(Fixtures.proposal("p-1").replication(Replication.of(List.of(InnovationId.of("a")), "x")).build())
        .testEquals();
  }

  @Test
  void a_proposal_moved_to_another_edition_keeps_everything_else() {
    Proposal base = Fixtures.proposal("p-1").pandemicRelated(true).build();
    Proposal moved = base.withEdition(EditionId.of("kipp-2024"));

    assertThat(moved.edition()).isEqualTo(EditionId.of("kipp-2024"));
    assertThat(moved.id()).isEqualTo(ProposalId.of("p-1"));
    assertThat(moved.sections()).isEqualTo(base.sections());
    assertThat(moved.pandemicRelated()).isTrue();
    assertThat(moved.withEdition(EditionId.of("kipp-2023"))).isEqualTo(base);
  }

  @Test
  void attachments_added_one_by_one_or_together_are_kept_in_order() {
    Attachment a = Attachment.of("a.pdf", AttachmentKind.DECREE, 1);
    Attachment b = Attachment.of("b.pdf", AttachmentKind.SUPPORTING_DATA, 2);
    Attachment c = Attachment.of("c.pdf", AttachmentKind.SIGNED_STATEMENT, 3);

    Proposal p = Fixtures.proposal("p-1").attachment(a).attachments(List.of(b, c)).build();

    assertThat(p.attachments()).containsExactly(a, b, c);
  }

  @Test
  void a_proposal_may_hold_exactly_the_most_sections_attachments_and_sdgs_but_not_one_more() {
    List<ProposalSection> sections =
        IntStream.rangeClosed(1, Proposal.MAX_SECTIONS).mapToObj(i -> ProposalSection.of("s-" + i, "x")).collect(Collectors.toList());
    List<Attachment> attachments =
        IntStream.rangeClosed(1, Proposal.MAX_ATTACHMENTS).mapToObj(i -> Attachment.of("a" + i + ".pdf", AttachmentKind.DECREE, i)).collect(Collectors.toList());
    List<SdgTarget> sdgs = new ArrayList<>();
    for (int goal = 1; sdgs.size() < Proposal.MAX_SDGS; goal++) {
      for (int target = 1; target <= 9 && sdgs.size() < Proposal.MAX_SDGS; target++) {
        sdgs.add(SdgTarget.parse(goal + "." + target));
      }
    }

    Proposal full = Fixtures.proposal("p-1").clearSections().sections(sections).attachments(attachments).sdgs(sdgs).build();

    assertThat(full.sections()).hasSize(64);
    assertThat(full.attachments()).hasSize(64);
    assertThat(full.sdgs()).hasSize(64);
    assertThatThrownBy(() ->
            full.toBuilder()
                .section(ProposalSection.of("s-65", "x"))
                .attachment(Attachment.of("a65.pdf", AttachmentKind.DECREE, 65))
                .sdg(SdgTarget.parse("17.9"))
                .build())
        .isInstanceOfSatisfying(InvalidInputException.class, e ->
            assertThat(e.violations()).extracting(Violation::code, Violation::path)
                .containsExactly(
                    org.assertj.core.groups.Tuple.tuple("kipp.list.tooMany", "sections"),
                    org.assertj.core.groups.Tuple.tuple("kipp.list.tooMany", "attachments"),
                    org.assertj.core.groups.Tuple.tuple("kipp.list.tooMany", "sdgs")));
  }

  @Test
  void a_proposal_in_another_group_and_category_differs() {
    assertThat(Fixtures.proposal("p-1").build())
        .isNotEqualTo(Proposal.newBuilder().id(ProposalId.of("p-1")).innovation(Fixtures.GIATKI_CES).edition(EditionId.of("kipp-2023"))
            .group(GroupId.of("replikasi")).category(CategoryId.of("kesehatan")).build())
        .isNotEqualTo(Proposal.newBuilder().id(ProposalId.of("p-1")).innovation(Fixtures.GIATKI_CES).edition(EditionId.of("kipp-2023"))
            .group(GroupId.of("umum")).category(CategoryId.of("tata-kelola")).build());
  }
}
