package io.github.kipp.scoring.panel;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.github.kipp.core.CategoryId;
import io.github.kipp.core.EditionId;
import io.github.kipp.core.GroupId;
import io.github.kipp.core.InnovationId;
import io.github.kipp.core.InstitutionId;
import io.github.kipp.core.ProposalId;
import io.github.kipp.core.innovation.ImplementationStart;
import io.github.kipp.core.innovation.Innovation;
import io.github.kipp.core.innovation.Proposal;
import io.github.kipp.core.institution.Institution;
import io.github.kipp.core.institution.InstitutionType;
import io.github.kipp.core.institution.RegionCode;
import io.github.kipp.core.institution.Unit;
import io.github.kipp.core.institution.UnitKind;
import java.time.YearMonth;
import java.util.Optional;

/** Institutions, evaluators and proposals for the assignment tests. */
final class AssignerFixtures {

  static final Institution SULSEL =
      Institution.regionalGovernment("pemprov-sulsel", "Pemerintah Provinsi Sulawesi Selatan", InstitutionType.PROVINSI, RegionCode.of("73"));
  static final Institution LUWU_UTARA =
      Institution.regionalGovernment("pemkab-luwu-utara", "Pemerintah Kabupaten Luwu Utara", InstitutionType.KABUPATEN, RegionCode.of("73.22"));
  static final Institution TAKALAR =
      Institution.regionalGovernment("pemkab-takalar", "Pemerintah Kabupaten Takalar", InstitutionType.KABUPATEN, RegionCode.of("73.05"));
  static final Institution MAKASSAR =
      Institution.regionalGovernment("pemkot-makassar", "Pemerintah Kota Makassar", InstitutionType.KOTA, RegionCode.of("73.71"));
  static final Institution JATIM =
      Institution.regionalGovernment("pemprov-jatim", "Pemerintah Provinsi Jawa Timur", InstitutionType.PROVINSI, RegionCode.of("35"));
  static final Institution BANYUWANGI =
      Institution.regionalGovernment("pemkab-banyuwangi", "Pemerintah Kabupaten Banyuwangi", InstitutionType.KABUPATEN, RegionCode.of("35.10"));
  static final Institution PDAM_LUWU_UTARA =
      Institution.bumd("pdam-luwu-utara", "Perumda Air Minum Luwu Utara", RegionCode.of("73.22"), InstitutionId.of("pemkab-luwu-utara"));
  static final Institution KEMENKES = Institution.central("kemenkes", "Kementerian Kesehatan", InstitutionType.KEMENTERIAN);
  static final Institution KEMENPANRB =
      Institution.central("kemenpanrb", "Kementerian Pendayagunaan Aparatur Negara dan Reformasi Birokrasi", InstitutionType.KEMENTERIAN);
  static final Institution BRIN = Institution.central("brin", "Badan Riset dan Inovasi Nasional", InstitutionType.LEMBAGA);

  /** Every fixture institution, so that random panels and proposals share some. */
  static final ImmutableList<Institution> INSTITUTIONS =
      ImmutableList.of(SULSEL, LUWU_UTARA, TAKALAR, MAKASSAR, JATIM, BANYUWANGI, PDAM_LUWU_UTARA, KEMENKES, KEMENPANRB, BRIN);

  static final CategoryId KESEHATAN = CategoryId.of("kesehatan");
  static final CategoryId PENDIDIKAN = CategoryId.of("pendidikan");
  static final CategoryId TATA_KELOLA = CategoryId.of("tata-kelola");
  static final CategoryId LINGKUNGAN = CategoryId.of("lingkungan");

  /** The 2021-style categories the random cases draw from. */
  static final ImmutableList<CategoryId> CATEGORIES = ImmutableList.of(KESEHATAN, PENDIDIKAN, TATA_KELOLA, LINGKUNGAN);

  private static final ImmutableMap<InstitutionId, Innovation> INNOVATIONS = innovations();

  private AssignerFixtures() {}

  private static ImmutableMap<InstitutionId, Innovation> innovations() {
    ImmutableMap.Builder<InstitutionId, Innovation> map = ImmutableMap.builder();
    for (Institution i : INSTITUTIONS) {
      Unit unit = Unit.of(i.id().value() + "-upp", "Unit Penyelenggara Pelayanan", i, UnitKind.UNIT_PELAYANAN);
      map.put(i.id(), Innovation.of(
          InnovationId.of("inovasi-" + i.id().value()), "Inovasi " + i.name(), Optional.empty(), i, unit, ImplementationStart.ofMonth(YearMonth.of(2020, 3))));
    }
    return map.buildOrThrow();
  }

  /** Returns a KIPP 2023 proposal of a fixture institution in a category. */
  static Proposal proposal(String id, Institution institution, CategoryId category) {
    return Proposal.newBuilder()
        .id(ProposalId.of(id))
        .innovation(INNOVATIONS.get(institution.id()))
        .edition(EditionId.of("kipp-2023"))
        .group(GroupId.of("umum"))
        .category(category)
        .build();
  }

  /** Returns a desk evaluator from an institution, expert in some categories or a generalist. */
  static Evaluator evaluator(String id, Institution institution, CategoryId... expertise) {
    return Evaluator.of(id, institution, expertise);
  }
}
