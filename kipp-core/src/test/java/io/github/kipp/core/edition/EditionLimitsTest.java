package io.github.kipp.core.edition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableSortedSet;
import com.google.common.testing.EqualsTester;
import io.github.kipp.core.CategoryId;
import io.github.kipp.core.EditionId;
import io.github.kipp.core.Fixtures;
import io.github.kipp.core.GroupId;
import io.github.kipp.core.InvalidInputException;
import io.github.kipp.core.KippTime;
import io.github.kipp.core.LocalizedText;
import io.github.kipp.core.SectionId;
import io.github.kipp.core.Violation;
import io.github.kipp.core.innovation.Proposal;
import io.github.kipp.core.innovation.ProposalSection;
import io.github.kipp.core.innovation.Video;
import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class EditionLimitsTest {

  private static final ZoneId MAKASSAR = ZoneId.of("Asia/Makassar");

  private static Edition.Builder minimal() {
    return Edition.newBuilder()
        .id(EditionId.of("x"))
        .year(2023)
        .title(LocalizedText.same("X"))
        .group(InnovationGroup.open("umum", "Umum", "General"))
        .category(Category.of("a", "A", "A"));
  }

  private static SectionSpec unweighted(String id) {
    return new SectionSpec(SectionId.of(id), LocalizedText.same(id), Optional.empty(), OptionalInt.empty(), false, ImmutableSortedSet.of());
  }

  private static List<String> codesOf(UnaryOperator<Edition.Builder> change) {
    try {
      change.apply(minimal()).build();
      return List.of();
    } catch (InvalidInputException e) {
      return e.violations().stream().map(Violation::code).collect(Collectors.toList());
    }
  }

  private static List<String> codesForYear(int year) {
    try {
      Edition.newBuilder().id(EditionId.of("x")).year(year).title(LocalizedText.same("X"))
          .group(InnovationGroup.open("umum", "Umum", "General")).category(Category.of("a", "A", "A")).build();
      return List.of();
    } catch (InvalidInputException e) {
      return e.violations().stream().map(Violation::code).collect(Collectors.toList());
    }
  }

  @Test
  void the_years_2000_and_2200_are_plausible_and_the_years_around_them_are_not() {
    assertThat(codesForYear(2000)).isEmpty();
    assertThat(codesForYear(2200)).isEmpty();
    assertThat(codesForYear(1999)).containsExactly("kipp.edition.year");
    assertThat(codesForYear(2201)).containsExactly("kipp.edition.year");
  }

  @Test
  void the_sdg_minimum_may_be_zero_to_the_most_a_proposal_names() {
    assertThat(minimal().minimumSdgs(0).build().minimumSdgs()).isZero();
    assertThat(minimal().minimumSdgs(Proposal.MAX_SDGS).build().minimumSdgs()).isEqualTo(64);
    assertThat(codesOf(b -> b.minimumSdgs(-1))).containsExactly("kipp.edition.minimumSdgs");
    assertThat(codesOf(b -> b.minimumSdgs(Proposal.MAX_SDGS + 1))).containsExactly("kipp.edition.minimumSdgs");
  }

  @Test
  void an_edition_may_have_exactly_the_most_groups_categories_and_sections() {
    Edition full =
        minimal().build()
            .withGroups(IntStream.rangeClosed(1, Edition.MAX_GROUPS).mapToObj(i -> InnovationGroup.open("g" + i, "G", "G")).collect(Collectors.toList()))
            .withCategories(IntStream.rangeClosed(1, Edition.MAX_CATEGORIES).mapToObj(i -> Category.of("c" + i, "C", "C")).collect(Collectors.toList()))
            .withSections(IntStream.rangeClosed(1, Edition.MAX_SECTIONS).mapToObj(i -> unweighted("s" + i)).collect(Collectors.toList()));

    assertThat(full.groups()).hasSize(64);
    assertThat(full.categories()).hasSize(256);
    assertThat(full.sections()).hasSize(64);
  }

  @Test
  void one_group_too_many_is_reported_alone_with_the_count_and_the_limit() {
    assertThatThrownBy(() ->
            minimal().build()
                .withGroups(IntStream.rangeClosed(0, Edition.MAX_GROUPS).mapToObj(i -> InnovationGroup.open("g", "G", "G")).collect(Collectors.toList())))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> {
          assertThat(e.violations()).extracting(Violation::code, Violation::path)
              .containsExactly(org.assertj.core.groups.Tuple.tuple("kipp.list.tooMany", "groups"));
          assertThat(e.violations().get(0).message().english()).isEqualTo("groups has 65 entries; at most 64 are allowed.");
        });
  }

  @Test
  void one_category_or_section_too_many_is_reported_for_each_list() {
    assertThatThrownBy(() -> {
          Edition.Builder b = minimal();
          IntStream.rangeClosed(0, Edition.MAX_CATEGORIES).mapToObj(i -> Category.of("c" + i, "C", "C")).forEach(b::category);
          IntStream.rangeClosed(0, Edition.MAX_SECTIONS).mapToObj(i -> unweighted("s" + i)).forEach(b::section);
          b.build();
        })
        .isInstanceOfSatisfying(InvalidInputException.class, e ->
            assertThat(e.violations()).extracting(Violation::code, Violation::path)
                .containsExactly(
                    org.assertj.core.groups.Tuple.tuple("kipp.list.tooMany", "categories"),
                    org.assertj.core.groups.Tuple.tuple("kipp.list.tooMany", "sections")));
  }

  @Test
  void a_repeated_section_id_is_refused_with_its_position() {
    assertThatThrownBy(() -> minimal().section(unweighted("s")).section(unweighted("t")).section(unweighted("s")).build())
        .isInstanceOfSatisfying(InvalidInputException.class, e ->
            assertThat(e.violations()).extracting(Violation::code, Violation::path)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("kipp.list.duplicate", "sections[2]")));
  }

  @Test
  void a_section_for_an_unknown_group_lists_the_groups_allowed() {
    assertThatThrownBy(() ->
            minimal()
                .group(InnovationGroup.open("replikasi", "Replikasi", "Replication"))
                .section(unweighted("s").forGroups(List.of(GroupId.of("khusus"))))
                .build())
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("Group 'khusus' is not a group of this edition; allowed: umum, replikasi.");
  }

  @Test
  void a_proposal_in_an_unknown_group_is_told_the_groups_allowed() {
    Proposal p = Fixtures.proposal("p-1").build();
    Edition edition = Fixtures.edition().withGroups(List.of(InnovationGroup.open("khusus", "Khusus", "Special"), InnovationGroup.open("lain", "Lain", "Other")));

    assertThat(edition.validate(p))
        .extracting(v -> v.message().english())
        .containsExactly("Group 'umum' is not a group of this edition; allowed: khusus, lain.");
  }

  @Test
  void an_answer_to_a_section_of_another_group_is_unknown_and_the_groups_own_sections_are_listed() {
    Edition edition =
        minimal()
            .group(InnovationGroup.open("replikasi", "Replikasi", "Replication"))
            .section(unweighted("umum-saja").forGroups(List.of(GroupId.of("umum"))))
            .section(unweighted("semua"))
            .section(unweighted("replikasi-saja").forGroups(List.of(GroupId.of("replikasi"))))
            .build();
    Proposal p =
        Proposal.newBuilder().id(io.github.kipp.core.ProposalId.of("p-1")).innovation(Fixtures.GIATKI_CES)
            .edition(EditionId.of("x")).group(GroupId.of("umum")).category(CategoryId.of("a"))
            .section(ProposalSection.of("replikasi-saja", "jawaban"))
            .build();

    assertThat(edition.sectionsFor(GroupId.of("umum"))).extracting(SectionSpec::id)
        .containsExactly(SectionId.of("umum-saja"), SectionId.of("semua"));
    assertThat(edition.sectionsFor(GroupId.of("replikasi"))).extracting(SectionSpec::id)
        .containsExactly(SectionId.of("semua"), SectionId.of("replikasi-saja"));
    assertThat(edition.validate(p))
        .extracting(v -> v.message().english())
        .containsExactly("Section 'replikasi-saja' is not a section of group umum; allowed: umum-saja, semua.");
  }

  @Test
  void a_section_at_exactly_its_word_limit_is_accepted() {
    Edition edition = Fixtures.edition();
    Proposal atLimit =
        Fixtures.proposal("p-1").clearSections()
            .section(ProposalSection.of("ringkasan", "kata ".repeat(200)))
            .section(ProposalSection.of("signifikansi", "a"))
            .section(ProposalSection.of("adaptabilitas", "b"))
            .build();

    assertThat(edition.validate(atLimit)).isEmpty();
  }

  @Test
  void a_video_at_exactly_the_least_resolution_and_the_longest_duration_is_accepted() {
    Edition edition = Fixtures.edition();
    Proposal p = Fixtures.proposal("p-1").build().toBuilder().build();
    Proposal atLimits =
        Proposal.newBuilder().id(p.id()).innovation(p.innovation()).edition(p.edition()).group(p.group()).category(p.category())
            .sdgs(p.sdgs()).sections(p.sections())
            .video(Video.of(Duration.ofMinutes(3), 720, URI.create("https://youtu.be/x")))
            .build();
    Proposal tooLow =
        Proposal.newBuilder().id(p.id()).innovation(p.innovation()).edition(p.edition()).group(p.group()).category(p.category())
            .sdgs(p.sdgs()).sections(p.sections())
            .video(Video.of(Duration.ofMinutes(3), 719, URI.create("https://youtu.be/x")))
            .build();

    assertThat(edition.validate(atLimits)).isEmpty();
    assertThat(edition.validate(tooLow)).extracting(Violation::code).containsExactly("kipp.proposal.videoResolution");
  }

  @Test
  void an_edition_returns_what_it_was_built_with() {
    LocalizedText theme = LocalizedText.of("Inovasi untuk Negeri", "Innovation for the Nation");
    Edition e = minimal().theme(theme).zone(MAKASSAR).minimumSdgs(2)
        .videoRules(new VideoRules(true, Optional.empty(), OptionalInt.empty())).build();

    assertThat(e.title()).isEqualTo(LocalizedText.same("X"));
    assertThat(e.theme()).contains(theme);
    assertThat(e.zone()).isEqualTo(MAKASSAR);
    assertThat(e.minimumSdgs()).isEqualTo(2);
    assertThat(e.videoRules().required()).isTrue();
    assertThat(e.groups()).extracting(InnovationGroup::id).containsExactly(GroupId.of("umum"));
    assertThat(e.categories()).extracting(Category::id).containsExactly(CategoryId.of("a"));
    assertThat(minimal().build().theme()).isEmpty();
    assertThat(minimal().build().zone()).isEqualTo(KippTime.JAKARTA);
    assertThat(minimal().build().videoRules()).isEqualTo(VideoRules.none());
  }

  @Test
  void each_with_method_changes_one_field_of_a_copy_and_leaves_the_original_as_it_was() {
    Edition base = Fixtures.edition();
    Edition retitled = base.withTitle(LocalizedText.same("KIPP 2023 Sulsel"));
    Edition rezoned = base.withZone(MAKASSAR);

    assertThat(retitled.title()).isEqualTo(LocalizedText.same("KIPP 2023 Sulsel"));
    assertThat(retitled.id()).isEqualTo(base.id());
    assertThat(rezoned.zone()).isEqualTo(MAKASSAR);
    assertThat(rezoned.sections()).isEqualTo(base.sections());
    new EqualsTester()
        .addEqualityGroup(base, base.withTitle(base.title()), Fixtures.edition())
        .addEqualityGroup(base.withId(EditionId.of("kipp-2023-sulsel")))
        .addEqualityGroup(retitled)
        .addEqualityGroup(rezoned)
        .addEqualityGroup(base.withSchedule(Schedule.empty()))
        .addEqualityGroup(base.withGroups(List.of(InnovationGroup.open("umum", "Umum", "General"))))
        .addEqualityGroup(base.withCategories(List.of(Category.of("kesehatan", "Kesehatan", "Health"))))
        .addEqualityGroup(base.withSections(base.sections().subList(1, 4)))
        .addEqualityGroup(base.withYear(2024))
        .addEqualityGroup(base.withTheme(LocalizedText.same("Inovasi Berkelanjutan")))
        .addEqualityGroup(base.withVideoRules(VideoRules.none()))
        .addEqualityGroup(base.withMinimumSdgs(base.minimumSdgs() + 1))
        .testEquals();
    assertThat(base).isEqualTo(Fixtures.edition());
  }

  @Test
  void a_copy_is_checked_as_a_built_edition_is_and_a_refused_copy_leaves_the_original_as_it_was() {
    Edition base = Fixtures.edition();

    assertThatThrownBy(() -> base.withMinimumSdgs(-1))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations()).extracting(Violation::code).containsExactly("kipp.edition.minimumSdgs"));
    assertThatThrownBy(() -> base.withGroups(List.of()))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations()).extracting(Violation::code).contains("kipp.list.empty"));
    assertThatThrownBy(() -> base.withYear(1999))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations()).extracting(Violation::code).containsExactly("kipp.edition.year"));
    assertThat(base).isEqualTo(Fixtures.edition());
  }

  @Test
  void editions_differing_only_in_year_theme_video_rules_or_sdg_minimum_are_different() {
    new EqualsTester()
        .addEqualityGroup(minimal().build(), minimal().build())
        .addEqualityGroup(Edition.newBuilder().id(EditionId.of("x")).year(2024).title(LocalizedText.same("X"))
            .group(InnovationGroup.open("umum", "Umum", "General")).category(Category.of("a", "A", "A")).build())
        .addEqualityGroup(minimal().theme(LocalizedText.same("Tema")).build())
        .addEqualityGroup(minimal().videoRules(new VideoRules(true, Optional.empty(), OptionalInt.empty())).build())
        .addEqualityGroup(minimal().minimumSdgs(1).build())
        .testEquals();
  }

  @Test
  void schedules_and_windows_are_values() {
    Window a = Window.days(LocalDate.of(2023, 3, 13), LocalDate.of(2023, 5, 2), KippTime.JAKARTA);
    Window b = Window.days(LocalDate.of(2023, 3, 14), LocalDate.of(2023, 5, 2), KippTime.JAKARTA);
    Window c = Window.days(LocalDate.of(2023, 3, 13), LocalDate.of(2023, 5, 3), KippTime.JAKARTA);
    Window extended = a.extendTo(ZonedDateTime.of(2023, 5, 7, 0, 0, 0, 0, KippTime.JAKARTA), io.github.kipp.core.Citation.reported("Surat", "x"));

    assertThat(a.opens()).isEqualTo(ZonedDateTime.of(2023, 3, 13, 0, 0, 0, 0, KippTime.JAKARTA));
    new EqualsTester()
        .addEqualityGroup(a, Window.days(LocalDate.of(2023, 3, 13), LocalDate.of(2023, 5, 2), KippTime.JAKARTA))
        .addEqualityGroup(b)
        .addEqualityGroup(c)
        .addEqualityGroup(extended)
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(Schedule.of(Map.of(Phase.REGISTRATION, a)), Schedule.empty().with(Phase.REGISTRATION, a))
        .addEqualityGroup(Schedule.of(Map.of(Phase.REGISTRATION, b)))
        .addEqualityGroup(Schedule.of(Map.of(Phase.SUBMISSION, a)))
        .addEqualityGroup(Schedule.empty())
        .testEquals();
  }

  @Test
  void replacing_a_window_keeps_the_other_phases() {
    Window a = Window.days(LocalDate.of(2023, 3, 13), LocalDate.of(2023, 5, 2), KippTime.JAKARTA);
    Window b = Window.days(LocalDate.of(2023, 3, 14), LocalDate.of(2023, 5, 9), KippTime.JAKARTA);
    Schedule s = Schedule.of(Map.of(Phase.REGISTRATION, a, Phase.SUBMISSION, a)).with(Phase.SUBMISSION, b);

    assertThat(s.windows()).containsExactly(Map.entry(Phase.REGISTRATION, a), Map.entry(Phase.SUBMISSION, b));
  }

  @Test
  void a_schedule_tells_which_phases_are_open_at_an_instant_and_by_a_clock() {
    Window registration = Window.days(LocalDate.of(2023, 3, 1), LocalDate.of(2023, 3, 31), KippTime.JAKARTA);
    Window submission = Window.days(LocalDate.of(2023, 3, 15), LocalDate.of(2023, 4, 30), KippTime.JAKARTA);
    Schedule s = Schedule.of(Map.of(Phase.REGISTRATION, registration, Phase.SUBMISSION, submission));
    java.time.Instant march20 = ZonedDateTime.of(2023, 3, 20, 12, 0, 0, 0, KippTime.JAKARTA).toInstant();
    java.time.Instant april10 = ZonedDateTime.of(2023, 4, 10, 12, 0, 0, 0, KippTime.JAKARTA).toInstant();
    java.time.Instant may10 = ZonedDateTime.of(2023, 5, 10, 12, 0, 0, 0, KippTime.JAKARTA).toInstant();

    assertThat(s.openAt(march20)).containsExactly(Phase.REGISTRATION, Phase.SUBMISSION);
    assertThat(s.openAt(april10)).containsExactly(Phase.SUBMISSION);
    assertThat(s.openAt(may10)).isEmpty();
    assertThat(s.isOpen(Phase.REGISTRATION, java.time.Clock.fixed(april10, KippTime.JAKARTA))).isFalse();
    assertThat(s.isOpen(Phase.SUBMISSION, java.time.Clock.fixed(april10, KippTime.JAKARTA))).isTrue();
  }

  @Test
  void a_word_limit_of_one_is_allowed_and_of_zero_is_not() {
    assertThat(unweighted("s").withMaxWords(1).maxWords()).hasValue(1);
    assertThatThrownBy(() -> unweighted("s").withMaxWords(0))
        .isInstanceOfSatisfying(InvalidInputException.class, e ->
            assertThat(e.violations()).extracting(Violation::code).containsExactly("kipp.number.notPositive"));
  }

  @Test
  void a_section_limited_to_some_groups_applies_only_to_them() {
    SectionSpec s = unweighted("s").forGroups(List.of(GroupId.of("replikasi")));

    assertThat(s.appliesTo(GroupId.of("replikasi"))).isTrue();
    assertThat(s.appliesTo(GroupId.of("umum"))).isFalse();
    assertThat(unweighted("s").appliesTo(GroupId.of("umum"))).isTrue();
  }

  @Test
  void a_least_resolution_of_one_line_is_allowed_and_of_zero_is_not() {
    assertThat(new VideoRules(false, Optional.empty(), OptionalInt.of(1)).minHeight()).hasValue(1);
    assertThatThrownBy(() -> new VideoRules(false, Optional.empty(), OptionalInt.of(0)))
        .isInstanceOfSatisfying(InvalidInputException.class, e ->
            assertThat(e.violations()).extracting(Violation::path).containsExactly("minHeight"));
  }
}
