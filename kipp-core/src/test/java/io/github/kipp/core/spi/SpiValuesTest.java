package io.github.kipp.core.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import io.github.kipp.core.Citation;
import io.github.kipp.core.Confidence;
import io.github.kipp.core.InvalidInputException;
import io.github.kipp.core.LocalizedText;
import io.github.kipp.core.institution.RegionCode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SpiValuesTest {

  private static final ParameterKey<Integer> QUOTA = ParameterKey.of("quota.top99", Integer.class);
  private static final ParameterKey<String> NOTE = ParameterKey.of("note", String.class);
  private static final ParameterKey<String> QUOTA_AS_TEXT = ParameterKey.of("quota.top99", String.class);
  private static final Citation PEDOMAN = Citation.regulation("PermenPANRB 91/2021", "Pasal 3");

  @Test
  void a_parameter_set_returns_each_value_with_its_citation() {
    ParameterSet set = ParameterSet.newBuilder().set(QUOTA, 99, PEDOMAN).setUncited(NOTE, "catatan").build();

    assertThat(set.get(QUOTA)).isEqualTo(99);
    assertThat(set.parameter(QUOTA).value()).isEqualTo(99);
    assertThat(set.find(QUOTA)).map(Parameter::value).contains(99);
    assertThat(set.citation(QUOTA)).isEqualTo(PEDOMAN);
    assertThat(set.parameter(QUOTA).confidence()).isEqualTo(Confidence.REGULATION);
    assertThat(set.parameter(NOTE).confidence()).isEqualTo(Confidence.UNKNOWN);
    assertThat(set.size()).isEqualTo(2);
    assertThat(set.uncited()).extracting(p -> p.key().name()).containsExactly("note");
  }

  @Test
  void a_missing_parameter_is_empty_when_found_and_fails_fast_when_required() {
    ParameterSet set = ParameterSet.newBuilder().setUncited(NOTE, "catatan").build();

    assertThat(set.find(QUOTA)).isEmpty();
    assertThatThrownBy(() -> set.get(QUOTA))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("no parameter quota.top99; the set holds [note]");
    assertThatThrownBy(() -> set.citation(NOTE))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("parameter note has no citation");
  }

  @Test
  void a_parameter_asked_for_with_another_type_fails_fast() {
    ParameterSet set = ParameterSet.newBuilder().set(QUOTA, 99, PEDOMAN).build();

    assertThatThrownBy(() -> set.find(QUOTA_AS_TEXT))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("parameter quota.top99 holds java.lang.Integer, not java.lang.String");
  }

  @Test
  void removing_and_replacing_parameters_makes_new_sets() {
    ParameterSet set = ParameterSet.newBuilder().set(QUOTA, 99, PEDOMAN).setUncited(NOTE, "catatan").build();
    ParameterSet without = set.toBuilder().remove(NOTE).build();
    ParameterSet changed = set.with(QUOTA, 45, PEDOMAN);

    assertThat(without.size()).isEqualTo(1);
    assertThat(without.find(NOTE)).isEmpty();
    assertThat(changed.get(QUOTA)).isEqualTo(45);
    assertThat(set.get(QUOTA)).isEqualTo(99);
    new EqualsTester()
        .addEqualityGroup(set, set.toBuilder().build(), ParameterSet.newBuilder().setUncited(NOTE, "catatan").set(QUOTA, 99, PEDOMAN).build())
        .addEqualityGroup(without)
        .addEqualityGroup(changed)
        .addEqualityGroup(ParameterSet.newBuilder().build())
        .testEquals();
  }

  @Test
  void parameter_keys_order_by_name_and_accept_only_their_type() {
    List<ParameterKey<?>> keys = new ArrayList<>(List.of(QUOTA, NOTE, ParameterKey.of("age.minimum", Integer.class)));
    keys.sort(null);

    assertThat(keys).extracting(ParameterKey::name).containsExactly("age.minimum", "note", "quota.top99");
    assertThat(QUOTA.accepts(3)).isTrue();
    assertThat(QUOTA.accepts("3")).isFalse();
    assertThatThrownBy(() -> ParameterKey.of("Quota", Integer.class)).isInstanceOf(InvalidInputException.class);
  }

  @Test
  void jurisdictions_order_national_then_provinces_then_regencies_each_by_region_code() {
    Jurisdiction sulsel = Jurisdiction.province(RegionCode.of("73"), LocalizedText.same("Sulawesi Selatan"));
    Jurisdiction jatim = Jurisdiction.province(RegionCode.of("35"), LocalizedText.same("Jawa Timur"));
    Jurisdiction luwuUtara = Jurisdiction.regency(RegionCode.of("73.22"), LocalizedText.same("Luwu Utara"));
    Jurisdiction takalar = Jurisdiction.regency(RegionCode.of("73.05"), LocalizedText.same("Takalar"));
    List<Jurisdiction> all = new ArrayList<>(List.of(luwuUtara, sulsel, Jurisdiction.NATIONAL, takalar, jatim));
    all.sort(null);

    assertThat(all).containsExactly(Jurisdiction.NATIONAL, jatim, sulsel, takalar, luwuUtara);
    assertThat(sulsel.compareTo(jatim)).isPositive();
    assertThat(jatim.compareTo(sulsel)).isNegative();
    Jurisdiction national = all.get(0);
    assertThat(national.compareTo(Jurisdiction.NATIONAL)).isZero();
    assertThat(luwuUtara.level()).isEqualTo(Jurisdiction.Level.REGENCY);
    assertThat(luwuUtara.region()).contains(RegionCode.of("73.22"));
    assertThat(sulsel.level()).isEqualTo(Jurisdiction.Level.PROVINCE);
    assertThat(Jurisdiction.NATIONAL.region()).isEmpty();
    assertThat(sulsel.name()).isEqualTo(LocalizedText.same("Sulawesi Selatan"));
  }

  @Test
  void a_province_code_is_not_a_regency_and_a_regency_code_is_not_a_province() {
    assertThatThrownBy(() -> Jurisdiction.regency(RegionCode.of("73"), LocalizedText.same("x"))).isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> Jurisdiction.province(RegionCode.of("73.22"), LocalizedText.same("x"))).isInstanceOf(InvalidInputException.class);
  }

  @Test
  void jurisdictions_are_values_by_level_and_region() {
    new EqualsTester()
        .addEqualityGroup(Jurisdiction.province(RegionCode.of("73"), LocalizedText.same("Sulsel")), Jurisdiction.province(RegionCode.of("73"), LocalizedText.same("Sulawesi Selatan")))
        .addEqualityGroup(Jurisdiction.province(RegionCode.of("35"), LocalizedText.same("Jatim")))
        .addEqualityGroup(Jurisdiction.regency(RegionCode.of("73.22"), LocalizedText.same("Luwu Utara")))
        .addEqualityGroup(Jurisdiction.NATIONAL)
        .testEquals();
  }
}
