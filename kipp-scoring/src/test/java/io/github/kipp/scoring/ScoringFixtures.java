package io.github.kipp.scoring;

import com.google.common.collect.ImmutableMap;
import io.github.kipp.core.Role;
import io.github.kipp.core.Actor;
import io.github.kipp.core.ActorId;
import io.github.kipp.core.CategoryId;
import io.github.kipp.core.Citation;
import io.github.kipp.core.EditionId;
import io.github.kipp.core.GroupId;
import io.github.kipp.core.InnovationId;
import io.github.kipp.core.KippTime;
import io.github.kipp.core.LocalizedText;
import io.github.kipp.core.ProposalId;
import io.github.kipp.core.StageId;
import io.github.kipp.core.innovation.ImplementationStart;
import io.github.kipp.core.innovation.Innovation;
import io.github.kipp.core.innovation.Proposal;
import io.github.kipp.core.institution.Institution;
import io.github.kipp.core.institution.InstitutionType;
import io.github.kipp.core.institution.RegionCode;
import io.github.kipp.core.institution.Unit;
import io.github.kipp.core.institution.UnitKind;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.InstantSource;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Shared values for kipp-scoring's own tests: a two-criterion desk stage and small proposals. */
public final class ScoringFixtures {

  public static final StageId DESK = StageId.of("evaluasi-proposal");
  public static final StageId PRESENTATION = StageId.of("presentasi-wawancara");
  public static final Citation CITED = Citation.reported("Pedoman Menteri PANRB 3/2023", "Lampiran, section UNKNOWN").withSources("S48");
  public static final Citation DEFAULT = Citation.unknown("Pedoman Menteri PANRB 3/2023", "kipp default for tests");
  public static final Rounding TWO_DECIMALS = new Rounding(2, RoundingMode.HALF_UP, DEFAULT);
  public static final Scale ZERO_TO_HUNDRED = Scale.of("0", "100", "1");
  public static final Instant CLOSE = ZonedDateTime.of(2023, 5, 30, 23, 59, 0, 0, KippTime.JAKARTA).toInstant();
  public static final Instant DURING = CLOSE.minusSeconds(86_400);
  /** The secretariat, who closes and freezes score books. */
  public static final Actor SECRETARIAT_ACTOR = Actor.of("sekretariat", Role.SECRETARIAT);
  /** A clock that always says {@link #CLOSE}. */
  public static final InstantSource CLOCK = InstantSource.fixed(CLOSE);

  /** Signifikansi 0.6, adaptabilitas 0.4, scores 0–100 in steps of 1, totals to 2 decimals. */
  public static final CriteriaSet DESK_CRITERIA =
      CriteriaSet.of(
          DESK,
          List.of(
              Criterion.of("signifikansi", LocalizedText.of("Signifikansi", "Significance"), "0.6", ZERO_TO_HUNDRED, CITED),
              Criterion.of("adaptabilitas", LocalizedText.of("Adaptabilitas", "Adaptability"), "0.4", ZERO_TO_HUNDRED, CITED)),
          BigDecimal.ONE,
          TWO_DECIMALS);

  public static final Institution LUWU_UTARA =
      Institution.regionalGovernment("pemkab-luwu-utara", "Pemerintah Kabupaten Luwu Utara", InstitutionType.KABUPATEN, RegionCode.of("73.22"));
  public static final Institution TAKALAR =
      Institution.regionalGovernment("pemkab-takalar", "Pemerintah Kabupaten Takalar", InstitutionType.KABUPATEN, RegionCode.of("73.05"));
  public static final Institution SULSEL =
      Institution.regionalGovernment("pemprov-sulsel", "Pemerintah Provinsi Sulawesi Selatan", InstitutionType.PROVINSI, RegionCode.of("73"));
  public static final Institution UNHAS = Institution.central("unhas", "Universitas Hasanuddin", InstitutionType.LEMBAGA);

  /** A proposal of an institution, in category {@code kesehatan} unless given. */
  public static Proposal proposal(String id, Institution institution) {
    return proposal(id, institution, "kesehatan");
  }

  public static Proposal proposal(String id, Institution institution, String category) {
    Unit unit = Unit.of(institution.id() + "-unit", "Unit", institution, UnitKind.PERANGKAT_DAERAH);
    Innovation innovation = Innovation.of(InnovationId.of("inv-" + id), "Inovasi " + id, Optional.empty(), institution, unit,
        ImplementationStart.of(LocalDate.of(2020, 1, 1)));
    return Proposal.newBuilder()
        .id(ProposalId.of(id))
        .innovation(innovation)
        .edition(EditionId.of("kipp-2023"))
        .group(GroupId.of("umum"))
        .category(CategoryId.of(category))
        .build();
  }

  /** A desk sheet with the two scores. */
  public static ScoreSheet sheet(String proposal, String evaluator, int signifikansi, int adaptabilitas) {
    return ScoreSheet.of(ProposalId.of(proposal), ActorId.of(evaluator), DESK,
        ImmutableMap.of(CriterionId.of("signifikansi"), BigDecimal.valueOf(signifikansi), CriterionId.of("adaptabilitas"), BigDecimal.valueOf(adaptabilitas)),
        DURING);
  }

  public static Map<CriterionId, BigDecimal> scores(String... nameValue) {
    ImmutableMap.Builder<CriterionId, BigDecimal> b = ImmutableMap.builder();
    for (int i = 0; i < nameValue.length; i += 2) {
      b.put(CriterionId.of(nameValue[i]), new BigDecimal(nameValue[i + 1]));
    }
    return b.buildOrThrow();
  }

  private ScoringFixtures() {}
}
