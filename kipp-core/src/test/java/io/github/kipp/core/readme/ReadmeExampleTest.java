package io.github.kipp.core.readme;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.kipp.core.Actor;
import io.github.kipp.core.CategoryId;
import io.github.kipp.core.EditionId;
import io.github.kipp.core.GroupId;
import io.github.kipp.core.InnovationId;
import io.github.kipp.core.KippTime;
import io.github.kipp.core.LocalizedText;
import io.github.kipp.core.ProposalId;
import io.github.kipp.core.Role;
import io.github.kipp.core.edition.Category;
import io.github.kipp.core.edition.Edition;
import io.github.kipp.core.edition.InnovationGroup;
import io.github.kipp.core.edition.Phase;
import io.github.kipp.core.edition.Schedule;
import io.github.kipp.core.edition.SectionSpec;
import io.github.kipp.core.edition.Window;
import io.github.kipp.core.innovation.ImplementationStart;
import io.github.kipp.core.innovation.Innovation;
import io.github.kipp.core.innovation.Proposal;
import io.github.kipp.core.innovation.ProposalSection;
import io.github.kipp.core.innovation.SdgTarget;
import io.github.kipp.core.institution.Institution;
import io.github.kipp.core.institution.InstitutionType;
import io.github.kipp.core.institution.RegionCode;
import io.github.kipp.core.institution.Unit;
import io.github.kipp.core.institution.UnitKind;
import io.github.kipp.core.stage.ProposalStatus;
import io.github.kipp.core.stage.StageMachine;
import io.github.kipp.core.stage.Stages;
import io.github.kipp.core.stage.TransitionRequest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Compiles and runs the embedding example quoted in README.md, and checks that the README quotes
 * exactly the code between the tags below.
 */
class ReadmeExampleTest {

  @Test
  void the_readme_example_compiles_runs_and_is_quoted_verbatim() throws IOException {
    Clock clock = Clock.fixed(ZonedDateTime.of(2023, 4, 10, 9, 0, 0, 0, KippTime.JAKARTA).toInstant(), KippTime.JAKARTA);

    // tag::core-embedding[]
    Institution luwuUtara = Institution.regionalGovernment(
        "pemkab-luwu-utara", "Pemerintah Kabupaten Luwu Utara",
        InstitutionType.KABUPATEN, RegionCode.of("73.22"));
    Unit dinkes = Unit.of("luwu-utara-dinkes", "Dinas Kesehatan", luwuUtara, UnitKind.PERANGKAT_DAERAH);
    Innovation giatkiCes = Innovation.of(InnovationId.of("giatki-ces"), "Giatki Ces",
        Optional.of("Gigi Anak Sehat Kiat Cegah Stunting"), luwuUtara, dinkes,
        ImplementationStart.ofMonth(YearMonth.of(2020, 3)));

    Edition edition = Edition.newBuilder()
        .id(EditionId.of("sulsel-2023")).year(2023)
        .title(LocalizedText.of("KIPP Provinsi Sulawesi Selatan 2023", "South Sulawesi KIPP 2023"))
        .zone(KippTime.MAKASSAR)
        .schedule(Schedule.of(Map.of(Phase.SUBMISSION,
            Window.days(LocalDate.of(2023, 1, 16), LocalDate.of(2023, 2, 17), KippTime.MAKASSAR))))
        .group(InnovationGroup.open("umum", "Umum", "General"))
        .category(Category.of("kesehatan", "Kesehatan", "Health"))
        .section(SectionSpec.weighted("substansi", LocalizedText.of("Substansi", "Substance"), "1"))
        .minimumSdgs(1)
        .build();

    Proposal proposal = Proposal.newBuilder()
        .id(ProposalId.of("sulsel-2023-017")).innovation(giatkiCes).edition(edition.id())
        .group(GroupId.of("umum")).category(CategoryId.of("kesehatan"))
        .sdg(SdgTarget.parse("3.2"))
        .section(ProposalSection.of("substansi", "Pemeriksaan gigi anak di posyandu ..."))
        .build();
    edition.check(proposal);   // throws InvalidInputException listing every problem, in id and en

    StageMachine pipeline = StageMachine.national();
    ProposalStatus status = ProposalStatus.start(proposal.id(), pipeline, clock.instant());
    status = pipeline.apply(status,
        TransitionRequest.of(Stages.AT_INSTITUTION_ADMIN, Actor.of("upp-17", Role.UNIT), clock),
        edition.schedule());
    // end::core-embedding[]

    assertThat(status.stage()).isEqualTo(Stages.AT_INSTITUTION_ADMIN);
    assertThat(status.history()).singleElement().satisfies(t -> assertThat(t.actor().role()).isEqualTo(Role.UNIT));
    assertThat(readme()).contains(region("core-embedding"));
  }

  static String readme() throws IOException {
    return Files.readString(Paths.get("..", "README.md"));
  }

  /** The lines between the tags in this file, without their common indentation. */
  static String region(String tag) throws IOException {
    Path self = Paths.get("src/test/java/io/github/kipp/core/readme/ReadmeExampleTest.java");
    List<String> lines = Files.readAllLines(self);
    int start = lines.indexOf("    // tag::" + tag + "[]");
    int end = lines.indexOf("    // end::" + tag + "[]");
    assertThat(start).as("start tag").isNotNegative();
    assertThat(end).as("end tag").isGreaterThan(start);
    return lines.subList(start + 1, end).stream()
        .map(l -> l.length() >= 4 ? l.substring(4) : l.strip())
        .collect(Collectors.joining("\n"));
  }
}
