package example.sulteng;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedSet;
import io.github.kipp.core.Citation;
import io.github.kipp.core.EditionId;
import io.github.kipp.core.GroupId;
import io.github.kipp.core.KippTime;
import io.github.kipp.core.LocalizedText;
import io.github.kipp.core.TierId;
import io.github.kipp.core.edition.Phase;
import io.github.kipp.core.edition.Schedule;
import io.github.kipp.core.edition.Window;
import io.github.kipp.core.eligibility.EligibilityContext;
import io.github.kipp.core.eligibility.EligibilityScreen;
import io.github.kipp.core.institution.RegionCode;
import io.github.kipp.core.rule.RuleRegistry;
import io.github.kipp.core.spi.Jurisdiction;
import io.github.kipp.core.spi.RuleModule;
import io.github.kipp.rules.sinovik.SinovikKeys;
import io.github.kipp.rules.sinovik.SinovikModule;
import io.github.kipp.rules.sinovik.SinovikRules;
import io.github.kipp.scoring.rank.AwardTier;
import io.github.kipp.scoring.shortlist.ShortlistSpec;
import io.github.kipp.scoring.spi.FinalistPool;
import io.github.kipp.testkit.KippBuilders;
import io.github.kipp.testkit.ScoringRulesContract;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A third party's regional module, written as a provincial government would write its own, with
 * kipp's public API only: Sulawesi Tengah's "KIPP SINOVIK at provincial scope" of 2022, a
 * pre-selection that mirrors the national 2022 rules for the province's 47 agencies. It passes the
 * test kit's scoring contract.
 */
class SulawesiTengahModuleTest implements ScoringRulesContract {

  static final String SK = "Surat Edaran Gubernur Sulawesi Tengah on KIPP SINOVIK lingkup provinsi 2022";

  static SinovikModule sulteng2022() {
    Citation launch = Citation.reported(SK, "whole circular").withSources("Seed-1").withNote("launched 24 March 2022 for 47 provincial agencies");
    Citation defaults = Citation.unknown(SK, "the provincial schedule and counts are not published; registration runs from the launch"
        + " to the national close, and the province sends up to 10 finalists, 5 of them as its own winners");
    return SinovikModule.extend(SinovikRules.edition2022())
        .variant("sulteng-2022")
        .title(LocalizedText.of("KIPP SINOVIK Lingkup Provinsi Sulawesi Tengah 2022", "Central Sulawesi provincial KIPP 2022"))
        .jurisdiction(Jurisdiction.province(RegionCode.of("72"), LocalizedText.of("Provinsi Sulawesi Tengah", "Central Sulawesi Province")))
        .legalBasis(launch)
        .override(SinovikKeys.EDITION_ID, EditionId.of("sulteng-2022"), launch)
        .override(SinovikKeys.ZONE, KippTime.MAKASSAR, launch.withNote("Sulawesi Tengah keeps WITA"))
        .override(SinovikKeys.SCHEDULE, Schedule.of(Map.of(
            Phase.REGISTRATION, Window.days(LocalDate.of(2022, 3, 24), LocalDate.of(2022, 4, 15), KippTime.MAKASSAR),
            Phase.SUBMISSION, Window.days(LocalDate.of(2022, 3, 24), LocalDate.of(2022, 4, 15), KippTime.MAKASSAR))), defaults)
        .override(SinovikKeys.ENTRANT_REGION, RegionCode.of("72"), launch)
        .override(SinovikKeys.FINALISTS, ImmutableList.of(new FinalistPool(TierId.of("finalis-sulteng"), LocalizedText.same("Finalis Sulteng"),
            ImmutableSortedSet.of(GroupId.of("umum"), GroupId.of("khusus")), ShortlistSpec.newBuilder().size(10, defaults).build())), defaults)
        .override(SinovikKeys.NOMINATIONS, ImmutableMap.of(GroupId.of("umum"), 20, GroupId.of("khusus"), 10), defaults)
        .override(SinovikKeys.WINNERS, ImmutableList.of(AwardTier.of("top-5-sulteng", LocalizedText.same("Top 5 Sulteng"), GroupId.of("umum"), 5, defaults)), defaults)
        .build();
  }

  @Override
  public RuleModule subject() {
    return sulteng2022();
  }

  @Test
  void the_province_registers_beside_the_national_modules_and_refuses_entrants_from_elsewhere() {
    RuleRegistry registry = SinovikRules.registryBuilder().register(sulteng2022()).build();
    RuleModule found = registry.moduleFor(sulteng2022().jurisdiction(), LocalDate.of(2022, 3, 24));
    var outside = KippBuilders.proposalFor(found.edition()).id("from-luwu-utara").started(LocalDate.of(2019, 1, 1)).build();
    var inside = KippBuilders.proposalFor(found.edition()).id("from-palu").started(LocalDate.of(2019, 1, 1))
        .institution(KippBuilders.institution().id("pemkot-palu").name("Pemerintah Kota Palu")
            .type(io.github.kipp.core.institution.InstitutionType.KOTA).region("72.71").build()).build();
    var screen = EligibilityScreen.of(found.eligibilityRules())
        .screen(List.of(outside, inside), EligibilityContext.newBuilder(found.edition()).build());

    assertThat(found.id().value()).isEqualTo("sinovik-2022/sulteng-2022");
    assertThat(screen.eligible()).extracting(id -> id.value()).containsExactly("from-palu");
    assertThat(screen.outcome(outside.id()).orElseThrow().failures()).extracting(d -> d.rule()).containsExactly("entrant-region");
  }
}
