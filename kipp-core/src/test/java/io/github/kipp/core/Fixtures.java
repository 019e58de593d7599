package io.github.kipp.core;

import io.github.kipp.core.edition.Category;
import io.github.kipp.core.edition.Edition;
import io.github.kipp.core.edition.InnovationGroup;
import io.github.kipp.core.edition.Phase;
import io.github.kipp.core.edition.Schedule;
import io.github.kipp.core.edition.SectionSpec;
import io.github.kipp.core.edition.VideoRules;
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
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/** Shared test values: a small edition shaped like KIPP 2023 and a proposal from Luwu Utara. */
public final class Fixtures {

  public static final Institution LUWU_UTARA =
      Institution.regionalGovernment(
          "pemkab-luwu-utara", "Pemerintah Kabupaten Luwu Utara", InstitutionType.KABUPATEN, RegionCode.of("73.22"));

  public static final Unit DINKES = Unit.of("luwu-utara-dinkes", "Dinas Kesehatan", LUWU_UTARA, UnitKind.PERANGKAT_DAERAH);

  public static final Innovation GIATKI_CES =
      Innovation.of(
          InnovationId.of("giatki-ces"),
          "Giatki Ces",
          Optional.of("Gigi Anak Sehat Kiat Cegah Stunting"),
          LUWU_UTARA,
          DINKES,
          ImplementationStart.ofMonth(YearMonth.of(2020, 3)));

  public static final Schedule SCHEDULE_2023 =
      Schedule.of(Map.of(
          Phase.REGISTRATION, Window.days(LocalDate.of(2023, 3, 13), LocalDate.of(2023, 5, 2), KippTime.JAKARTA),
          Phase.SUBMISSION, Window.days(LocalDate.of(2023, 3, 13), LocalDate.of(2023, 5, 2), KippTime.JAKARTA)));

  public static Edition edition() {
    return Edition.newBuilder()
        .id(EditionId.of("kipp-2023"))
        .year(2023)
        .title(LocalizedText.of("KIPP 2023", "KIPP 2023"))
        .schedule(SCHEDULE_2023)
        .group(InnovationGroup.open("umum", "Umum", "General"))
        .group(new InnovationGroup(GroupId.of("replikasi"), LocalizedText.of("Replikasi", "Replication"), false, true))
        .category(Category.of("tata-kelola", "Tata Kelola Pemerintahan", "Governance"))
        .category(Category.of("kesehatan", "Kesehatan", "Health"))
        .section(SectionSpec.weighted("ringkasan", LocalizedText.of("Ringkasan", "Summary"), "0").withMaxWords(200))
        .section(SectionSpec.weighted("signifikansi", LocalizedText.of("Signifikansi", "Significance"), "0.60"))
        .section(SectionSpec.weighted("adaptabilitas", LocalizedText.of("Adaptabilitas", "Adaptability"), "0.40"))
        .section(new SectionSpec(SectionId.of("spbe"), LocalizedText.of("Pertanyaan SPBE", "SPBE questions"), Optional.empty(), OptionalInt.empty(), false, com.google.common.collect.ImmutableSortedSet.of()))
        .videoRules(new VideoRules(true, Optional.of(Duration.ofMinutes(3)), OptionalInt.of(720)))
        .minimumSdgs(1)
        .build();
  }

  public static Proposal.Builder proposal(String id) {
    return Proposal.newBuilder()
        .id(ProposalId.of(id))
        .innovation(GIATKI_CES)
        .edition(EditionId.of("kipp-2023"))
        .group(GroupId.of("umum"))
        .category(CategoryId.of("kesehatan"))
        .sdg(SdgTarget.parse("3.2"))
        .section(ProposalSection.of("ringkasan", "Pemeriksaan gigi anak untuk mencegah stunting."))
        .section(ProposalSection.of("signifikansi", "Angka stunting turun."))
        .section(ProposalSection.of("adaptabilitas", "Direplikasi oleh dua kecamatan."))
        .video(io.github.kipp.core.innovation.Video.of(Duration.ofMinutes(3), 1080, java.net.URI.create("https://www.youtube.com/watch?v=abc")));
  }

  private Fixtures() {}
}
