package io.github.kipp.scoring.shortlist;

import io.github.kipp.core.CategoryId;
import io.github.kipp.core.Citation;
import io.github.kipp.core.EditionId;
import io.github.kipp.core.GroupId;
import io.github.kipp.core.InnovationId;
import io.github.kipp.core.ProposalId;
import io.github.kipp.core.innovation.ImplementationStart;
import io.github.kipp.core.innovation.Innovation;
import io.github.kipp.core.innovation.Proposal;
import io.github.kipp.core.institution.Institution;
import io.github.kipp.core.institution.InstitutionType;
import io.github.kipp.core.institution.RegionCode;
import io.github.kipp.core.institution.ThreeTRegions;
import io.github.kipp.core.institution.Unit;
import io.github.kipp.core.institution.UnitKind;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import io.github.kipp.scoring.rank.Candidate;
import io.github.kipp.scoring.rank.Ranker;
import io.github.kipp.scoring.rank.Ranking;

/** Institutions, proposals and rankings for the shortlist tests. */
final class ShortlistFixtures {

  static final Citation TOP_99 = Citation.reported("KepmenPANRB 44/2020", Citation.UNKNOWN_PROVISION).withSources("S37");
  static final Citation QUOTA = Citation.unknown("KepmenPANRB 44/2020", "composition targets not published; host configuration");
  static final Citation CAP = Citation.unknown("Pedoman KIPP", "at most 3 finalists per institution; host configuration");

  /** Kabupaten Sumba Timur (53.11): 3T under Perpres 63/2020. */
  static final Institution SUMBA_TIMUR = regency("pemkab-sumba-timur", "Pemerintah Kabupaten Sumba Timur", "53.11");
  /** Kabupaten Asmat (93.04): 3T. */
  static final Institution ASMAT = regency("pemkab-asmat", "Pemerintah Kabupaten Asmat", "93.04");
  /** Kabupaten Sigi (72.10): 3T. */
  static final Institution SIGI = regency("pemkab-sigi", "Pemerintah Kabupaten Sigi", "72.10");
  /** Kabupaten Luwu Utara (73.22): not 3T. */
  static final Institution LUWU_UTARA = regency("pemkab-luwu-utara", "Pemerintah Kabupaten Luwu Utara", "73.22");
  /** Kabupaten Banyuwangi (35.10): not 3T. */
  static final Institution BANYUWANGI = regency("pemkab-banyuwangi", "Pemerintah Kabupaten Banyuwangi", "35.10");
  /** Kota Makassar (73.71): not 3T. */
  static final Institution MAKASSAR =
      Institution.regionalGovernment("pemkot-makassar", "Pemerintah Kota Makassar", InstitutionType.KOTA, RegionCode.of("73.71"));
  /** Provinsi Sulawesi Selatan (73). */
  static final Institution SULSEL =
      Institution.regionalGovernment("pemprov-sulsel", "Pemerintah Provinsi Sulawesi Selatan", InstitutionType.PROVINSI, RegionCode.of("73"));
  /** Kementerian Kesehatan: no region. */
  static final Institution KEMENKES = Institution.central("kemenkes", "Kementerian Kesehatan", InstitutionType.KEMENTERIAN);

  static final List<Institution> INSTITUTIONS =
      List.of(SUMBA_TIMUR, ASMAT, SIGI, LUWU_UTARA, BANYUWANGI, MAKASSAR, SULSEL, KEMENKES);

  static final ThreeTRegions THREE_T = ThreeTRegions.tertinggal2020to2024();

  private static final Map<String, Innovation> INNOVATIONS = new ConcurrentHashMap<>();

  private ShortlistFixtures() {}

  static Institution regency(String id, String name, String code) {
    return Institution.regionalGovernment(id, name, InstitutionType.KABUPATEN, RegionCode.of(code));
  }

  private static Innovation innovationOf(Institution institution) {
    return INNOVATIONS.computeIfAbsent(institution.id().value(), k -> {
      UnitKind kind = institution.type().isRegionalGovernment() ? UnitKind.PERANGKAT_DAERAH : UnitKind.UNIT_PELAYANAN;
      Unit unit = Unit.of(k + "-unit", "Unit Pelayanan", institution, kind);
      return Innovation.of(InnovationId.of(k + "-inovasi"), "Inovasi " + k, Optional.empty(), institution, unit,
          ImplementationStart.ofMonth(YearMonth.of(2019, 1)));
    });
  }

  /** A proposal of group {@code umum}. */
  static Proposal proposal(String id, String category, Institution institution) {
    return proposal(id, category, "umum", institution);
  }

  static Proposal proposal(String id, String category, String group, Institution institution) {
    return Proposal.newBuilder()
        .id(ProposalId.of(id))
        .innovation(innovationOf(institution))
        .edition(EditionId.of("kipp-2020"))
        .group(GroupId.of(group))
        .category(CategoryId.of(category))
        .build();
  }

  static Candidate candidate(Proposal proposal, String score) {
    return Candidate.of(proposal, new BigDecimal(score));
  }

  static Candidate candidate(String id, String category, Institution institution, String score) {
    return candidate(proposal(id, category, institution), score);
  }

  static Ranking rank(Candidate... candidates) {
    return rank(Arrays.asList(candidates));
  }

  static Ranking rank(List<Candidate> candidates) {
    return Ranker.withTieBreaks().rank(new ArrayList<>(candidates));
  }

  static ShortlistSpec.Builder top(int size) {
    return ShortlistSpec.newBuilder().size(size, TOP_99).threeTRegions(THREE_T);
  }

  static ProposalId id(String value) {
    return ProposalId.of(value);
  }
}
