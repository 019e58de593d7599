package io.github.kipp.core.meta;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.kipp.core.edition.Edition;
import org.junit.jupiter.api.Test;

/** The one helper behind every builder's "set once" and "required" checks. */
class BuilderChecksTest {

  /** A builder of a host's own type. */
  static final class Options {
    /** Its builder. */
    static final class Builder {}
  }

  @Test
  void an_option_set_for_the_first_time_takes_the_value() {
    assertThat(BuilderChecks.setOnce(null, "Asia/Jakarta", Edition.Builder.class, "zone")).isEqualTo("Asia/Jakarta");
    assertThat(BuilderChecks.required("kipp-2023", Edition.Builder.class, "id")).isEqualTo("kipp-2023");
  }

  @Test
  void an_option_set_twice_names_the_builder_the_option_and_the_value_already_set() {
    assertThatThrownBy(() -> BuilderChecks.setOnce("Asia/Jakarta", "Asia/Makassar", Edition.Builder.class, "zone"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("Edition.Builder: zone was already set to Asia/Jakarta");
    assertThatThrownBy(() -> BuilderChecks.setOnce(1, 2, Options.Builder.class, "seed"))
        .hasMessage("BuilderChecksTest.Options.Builder: seed was already set to 1");
  }

  @Test
  void a_long_value_already_set_is_cut_with_an_ellipsis() {
    String longValue = "x".repeat(200);

    assertThatThrownBy(() -> BuilderChecks.setOnce(longValue, "y", Edition.Builder.class, "title"))
        .hasMessage("Edition.Builder: title was already set to " + "x".repeat(BuilderChecks.MAX_SHOWN - 1) + "\u2026");
  }

  @Test
  void a_required_option_never_set_and_a_null_value_are_refused_naming_the_option() {
    assertThatThrownBy(() -> BuilderChecks.required(null, Edition.Builder.class, "id"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("Edition.Builder: id was not set");
    assertThatThrownBy(() -> BuilderChecks.setOnce(null, null, Edition.Builder.class, "zone"))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("zone");
  }

  @Test
  void the_builders_of_kipp_core_refuse_a_second_setting_through_it() {
    assertThatThrownBy(() -> Edition.newBuilder().year(2023).year(2024))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("Edition.Builder: year was already set to 2023");
    assertThatThrownBy(() -> Edition.newBuilder().build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("Edition.Builder: id was not set");
  }
}
