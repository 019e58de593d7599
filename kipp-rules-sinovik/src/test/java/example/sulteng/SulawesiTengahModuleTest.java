package example.sulteng;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import io.github.kipp.core.Citation;
import io.github.kipp.core.GroupId;
import io.github.kipp.core.KippTime;
import io.github.kipp.core.LocalizedText;
import io.github.kipp.core.edition.Phase;
import io.github.kipp.core.edition.Schedule;
import io.github.kipp.core.edition.Window;
import io.github.kipp.core.eligibility.EligibilityContext;
import io.github.kipp.core.eligibility.EligibilityScreen;
import io.github.kipp.core.institution.Institution;
import io.github.kipp.core.institution.InstitutionType;
import io.github.kipp.core.institution.RegionCode;
import io.github.kipp.core.rule.RuleModuleDiff;
import io.github.kipp.core.rule.RuleRegistry;
import io.github.kipp.core.spi.RuleModule;
import io.github.kipp.rules.sinovik.SinovikKeys;
import io.github.kipp.rules.sinovik.SinovikModule;
import io.github.kipp.rules.sinovik.SinovikRules;
import io.github.kipp.rules.sinovik.regional.SulawesiTengah;
import io.github.kipp.scoring.rank.AwardTier;
import io.github.kipp.testkit.KippBuilders;
import io.github.kipp.testkit.ScoringRulesContract;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A host in Palu, written as a third party would write it with kipp's public API only: it takes the
 * shipped Sulawesi Tengah module of 2022 and replaces two documented defaults with the dates and the
 * award count of its own circular, each cited. The result passes the test kit's scoring contract.
 */
class SulawesiTengahModuleTest implements ScoringRulesContract {

  static final String CIRCULAR = "Surat Kepala Biro Organisasi Setda Provinsi Sulawesi Tengah (host's own record)";

  static SinovikModule paluHost() {
    Citation circular = Citation.reported(CIRCULAR, "angka 2").withNote("the dates and awards the host's organisers set");
    return SinovikModule.extend(SulawesiTengah.kipp2022())
        .variant("palu")
        .title(LocalizedText.of("KIPP SINOVIK Lingkup Provinsi Sulawesi Tengah 2022 (jadwal Biro Organisasi)",
            "Central Sulawesi provincial KIPP 2022 (the bureau's schedule)"))
        .jurisdiction(SulawesiTengah.kipp2022().jurisdiction())
        .override(SinovikKeys.SCHEDULE, Schedule.of(Map.of(
            Phase.REGISTRATION, Window.days(LocalDate.of(2022, 3, 24), LocalDate.of(2022, 4, 8), KippTime.MAKASSAR),
            Phase.SUBMISSION, Window.days(LocalDate.of(2022, 3, 24), LocalDate.of(2022, 4, 8), KippTime.MAKASSAR))), circular)
        .override(SinovikKeys.WINNERS, ImmutableList.of(AwardTier.of("terbaik-sulteng", LocalizedText.of("Inovasi Terbaik Sulawesi Tengah",
            "Central Sulawesi best innovations"), GroupId.of("umum"), 3, circular)), circular)
        .build();
  }

  @Override
  public RuleModule subject() {
    return paluHost();
  }

  @Test
  void the_host_registers_its_variant_and_admits_only_the_province_own_agencies() {
    RuleRegistry registry = SinovikRules.registryBuilder().register(paluHost()).build();
    RuleModule found = registry.moduleFor(SulawesiTengah.kipp2022().jurisdiction(), LocalDate.of(2022, 3, 24));
    Institution province = KippBuilders.institution().id("pemprov-sulteng").name("Pemerintah Provinsi Sulawesi Tengah")
        .type(InstitutionType.PROVINSI).region("72").build();
    Institution palu = KippBuilders.institution().id("pemkot-palu").name("Pemerintah Kota Palu").type(InstitutionType.KOTA).region("72.71").build();
    var agency = KippBuilders.proposalFor(found.edition()).id("dinas-kesehatan").institution(province).started(LocalDate.of(2019, 1, 1)).build();
    var city = KippBuilders.proposalFor(found.edition()).id("from-palu").institution(palu).started(LocalDate.of(2019, 1, 1)).build();
    var screen = EligibilityScreen.of(found.eligibilityRules()).screen(List.of(agency, city), EligibilityContext.newBuilder(found.edition()).build());

    assertThat(found.id().value()).isEqualTo("sinovik-2022/sulteng-2022/palu");
    assertThat(screen.eligible()).extracting(id -> id.value()).containsExactly("dinas-kesehatan");
    assertThat(screen.outcome(city.id()).orElseThrow().failures()).extracting(d -> d.rule()).containsExactly("entrant-kind");
    assertThat(RuleModuleDiff.between(SulawesiTengah.kipp2022(), found).changes()).extracting(c -> c.key())
        .containsExactlyInAnyOrder("edition.schedule", "scoring.winners");
    assertThat(found.edition().schedule().window(Phase.REGISTRATION).orElseThrow().close().toLocalDate()).isEqualTo(LocalDate.of(2022, 4, 9));
    assertThat(RegionCode.of("72.71").isWithin(SulawesiTengah.PROVINCE)).isTrue();
  }
}
