package io.github.kipp.jackson3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.kipp.format.KippFormatException;
import org.junit.jupiter.api.Test;

/**
 * A replication network has its format version checked first, from the first level of the
 * document only: a version given as text there is checked before anything else is read; an input
 * that gives none as text (not an object, a number, a version nested in another field) is read on
 * and refused for what it is.
 */
class FormatVersionFirstJackson3Test {

  @Test
  void a_network_of_another_format_version_is_refused_for_its_version_alone() {
    KippFormatException e = catchThrowableOfType(KippFormatException.class,
        () -> KippJson.json().readReplicationNetwork("{\"links\": \"x\", \"formatVersion\": \"9.0\", \"results\": 5}"));

    assertThat(e.violations()).singleElement().satisfies(v -> {
      assertThat(v.path()).isEqualTo("formatVersion");
      assertThat(v.code()).isEqualTo("kipp.json.version");
      assertThat(v.invalidValue()).isEqualTo("9.0");
    });
  }

  @Test
  void a_version_nested_in_another_field_is_not_the_documents() {
    KippFormatException e = catchThrowableOfType(KippFormatException.class,
        () -> KippJson.json().readReplicationNetwork("{\"links\": [{\"formatVersion\": \"9.0\"}], \"formatVersion\": \"8.0\"}"));

    assertThat(e.violations()).singleElement().satisfies(v -> {
      assertThat(v.code()).isEqualTo("kipp.json.version");
      assertThat(v.invalidValue()).isEqualTo("8.0");
    });
  }

  @Test
  void a_network_with_a_numeric_format_version_is_refused_for_its_type() {
    KippFormatException e = catchThrowableOfType(KippFormatException.class,
        () -> KippJson.json().readReplicationNetwork("{\"formatVersion\": 2}"));

    assertThat(e.violations()).singleElement().satisfies(v -> {
      assertThat(v.code()).isEqualTo("kipp.json.wrongType");
      assertThat(v.path()).isEqualTo("formatVersion");
      assertThat(v.message().english()).isEqualTo("The value 2 does not fit here; it must be text.");
    });
  }

  @Test
  void a_network_that_is_not_an_object_is_a_value_of_the_wrong_type() {
    KippFormatException e = catchThrowableOfType(KippFormatException.class,
        () -> KippJson.json().readReplicationNetwork("[\"formatVersion\", \"9.0\"]"));

    assertThat(e.violations()).singleElement().satisfies(v -> {
      assertThat(v.code()).isEqualTo("kipp.json.wrongType");
      assertThat(v.message().english()).startsWith("The value [\"formatVersion\",\"9.0\"] does not fit here;");
    });
  }
}
