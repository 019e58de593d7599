package io.github.kipp.testkit.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import io.github.kipp.core.Citation;
import io.github.kipp.core.Cited;
import io.github.kipp.core.EditionId;
import io.github.kipp.core.EffectivePeriod;
import io.github.kipp.core.KippTime;
import io.github.kipp.core.LocalizedText;
import io.github.kipp.core.RuleModuleId;
import io.github.kipp.core.edition.Category;
import io.github.kipp.core.edition.Edition;
import io.github.kipp.core.edition.InnovationGroup;
import io.github.kipp.core.edition.Phase;
import io.github.kipp.core.edition.Schedule;
import io.github.kipp.core.edition.VideoRules;
import io.github.kipp.core.edition.Window;
import io.github.kipp.core.eligibility.AgeRequirement;
import io.github.kipp.core.eligibility.EligibilityRule;
import io.github.kipp.core.eligibility.EligibilityRules;
import io.github.kipp.core.innovation.PartialDateResolution;
import io.github.kipp.core.spi.Jurisdiction;
import io.github.kipp.core.spi.ParameterSet;
import io.github.kipp.core.spi.RuleModule;
import io.github.kipp.core.stage.StageMachine;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Period;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.opentest4j.TestAbortedException;

class ScenarioRunnerFeaturesTest {

  private static final Citation GUIDE = Citation.reported("Panduan Uji 2021", "Lampiran");

  /**
   * A module with two rules: the proposal fits the form (an optional video of at most 3 minutes and
   * 720 lines), and two years of implementation on a close of 11 May 2021.
   */
  private static final RuleModule TWO_YEARS = new RuleModule() {
    private final Edition edition = Edition.newBuilder()
        .id(EditionId.of("uji-2021"))
        .year(2021)
        .title(LocalizedText.of("Uji 2021", "Test 2021"))
        .schedule(Schedule.of(Map.of(Phase.REGISTRATION, Window.days(LocalDate.of(2021, 3, 17), LocalDate.of(2021, 5, 11), KippTime.JAKARTA))))
        .group(InnovationGroup.open("umum", "Umum", "General"))
        .category(Category.of("kesehatan", "Kesehatan", "Health"))
        .videoRules(new VideoRules(false, Optional.of(Duration.ofMinutes(3)), OptionalInt.of(720)))
        .build();

    @Override
    public RuleModuleId id() {
      return RuleModuleId.of("uji-2021");
    }

    @Override
    public LocalizedText title() {
      return LocalizedText.of("Uji 2021", "Test 2021");
    }

    @Override
    public Jurisdiction jurisdiction() {
      return Jurisdiction.NATIONAL;
    }

    @Override
    public EffectivePeriod effectivePeriod() {
      return EffectivePeriod.ofYear(2021);
    }

    @Override
    public int editionYear() {
      return 2021;
    }

    @Override
    public ImmutableList<Citation> legalBasis() {
      return ImmutableList.of(GUIDE);
    }

    @Override
    public ParameterSet parameters() {
      return ParameterSet.newBuilder().build();
    }

    @Override
    public Edition edition() {
      return edition;
    }

    @Override
    public StageMachine pipeline() {
      return StageMachine.national();
    }

    @Override
    public ImmutableList<EligibilityRule> eligibilityRules() {
      return ImmutableList.of(EligibilityRules.fitsEdition(GUIDE), EligibilityRules.minimumAge(new AgeRequirement(Cited.of(Period.ofYears(2), GUIDE), ImmutableSortedMap.of(),
          Optional.empty(), Cited.of(AgeRequirement.CloseBasis.EXTENDED, GUIDE), Cited.of(PartialDateResolution.EARLIEST, GUIDE))));
    }
  };

  private static final ScenarioRunner RUNNER = ScenarioRunner.of(TWO_YEARS);

  private static String scenario(String disagreement, String expectation) {
    return "name: Two years on the close\n"
        + "module: uji-2021\n"
        + "citation: Panduan Uji 2021\n"
        + disagreement
        + "given:\n"
        + "  proposals:\n"
        + "    - {id: tepat, started: 2019-05-11}\n"
        + "expect:\n"
        + "  " + expectation + "\n";
  }

  @Test
  void a_scenario_whose_expectations_hold_passes() {
    RUNNER.run("tepat.yaml", scenario("", "eligible: [tepat]"));
  }

  @Test
  void a_failed_expectation_names_the_proposal_and_the_rule() {
    assertThatThrownBy(() -> RUNNER.run("salah.yaml", scenario("", "ineligible: {tepat: [minimum-age]}")))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("salah.yaml (Two years on the close)")
        .hasMessageContaining("tepat should be ineligible but passed every rule");
  }

  @Test
  void a_recorded_disagreement_that_still_shows_aborts_the_scenario_with_its_reason_and_mismatches() {
    assertThatThrownBy(() -> RUNNER.run("beda.yaml", scenario("disagreement: the module counts two years, the guide one\n",
            "ineligible: {tepat: [minimum-age]}")))
        .isInstanceOf(TestAbortedException.class)
        .hasMessageContaining("known disagreement with the specification: the module counts two years, the guide one")
        .hasMessageContaining("tepat should be ineligible but passed every rule");
  }

  @Test
  void a_recorded_disagreement_that_no_longer_shows_fails_so_that_it_is_removed() {
    assertThatThrownBy(() -> RUNNER.run("usang.yaml", scenario("disagreement: the module counts two years, the guide one\n", "eligible: [tepat]")))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("records a disagreement with the specification, but every expectation now holds")
        .hasMessageContaining("remove the 'disagreement' key");
  }

  @Test
  void a_blank_disagreement_is_refused_with_its_path() {
    assertThatThrownBy(() -> RUNNER.run("kosong.yaml", scenario("disagreement: ' '\n", "eligible: [tepat]")))
        .isInstanceOf(InvalidScenarioException.class)
        .hasMessageContaining("kosong.yaml")
        .hasMessageContaining("disagreement");
  }

  @Test
  void an_unknown_top_level_key_is_refused_naming_the_allowed_ones() {
    assertThatThrownBy(() -> RUNNER.run("kunci.yaml", scenario("pending: true\n", "eligible: [tepat]")))
        .isInstanceOf(InvalidScenarioException.class)
        .hasMessageContaining("unknown key 'pending'")
        .hasMessageContaining("disagreement");
    assertThat(ScenarioRunner.resources("scenarios/none")).isEmpty();
  }

  private static String withVideo(String video) {
    return "name: Videos\n"
        + "module: uji-2021\n"
        + "given:\n"
        + "  proposals:\n"
        + "    - {id: rekaman, started: 2019-01-01, video: " + video + "}\n"
        + "expect:\n"
        + "  eligible: [rekaman]\n";
  }

  @Test
  void a_video_given_as_a_mapping_is_built_with_its_length_and_height() {
    RUNNER.run("pas.yaml", withVideo("{seconds: 180, height: 720}"));
    assertThatThrownBy(() -> RUNNER.run("panjang.yaml", withVideo("{seconds: 181, height: 720}")))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("rekaman should be eligible but failed fits-edition");
    assertThatThrownBy(() -> RUNNER.run("buram.yaml", withVideo("{seconds: 180, height: 719}")))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("rekaman should be eligible but failed fits-edition");
  }

  @Test
  void a_video_that_is_neither_none_nor_a_mapping_is_refused_naming_both_forms() {
    assertThatThrownBy(() -> RUNNER.run("pendek.yaml", withVideo("short")))
        .isInstanceOf(InvalidScenarioException.class)
        .hasMessageContaining("given.proposals[0].video")
        .hasMessageContaining("'short' is not a video; write none, or {seconds: 180, height: 720}");
  }

  private static String withUnit(String unit) {
    return "name: Units\n"
        + "module: uji-2021\n"
        + "given:\n"
        + "  proposals:\n"
        + "    - {id: desa, started: 2019-01-01, unit: " + unit + "}\n"
        + "expect:\n"
        + "  eligible: [desa]\n";
  }

  @Test
  void a_unit_is_given_by_its_kind_and_an_unknown_kind_is_refused_naming_the_kinds() {
    RUNNER.run("desa.yaml", withUnit("{kind: DESA_KELURAHAN, name: Desa Uji}"));
    RUNNER.run("kecamatan.yaml", withUnit("{kind: KECAMATAN}"));
    assertThatThrownBy(() -> RUNNER.run("dusun.yaml", withUnit("{kind: DUSUN}")))
        .isInstanceOf(InvalidScenarioException.class)
        .hasMessageContaining("given.proposals[0].unit.kind")
        .hasMessageContaining("'DUSUN' is not a unit kind; allowed: [PERANGKAT_DAERAH, UNIT_PELAYANAN, KECAMATAN, DESA_KELURAHAN, SEKOLAH, PUSKESMAS, LAINNYA]");
    assertThatThrownBy(() -> RUNNER.run("warna.yaml", withUnit("{kind: KECAMATAN, colour: blue}")))
        .isInstanceOf(InvalidScenarioException.class)
        .hasMessageContaining("unknown key 'colour'");
  }
}
