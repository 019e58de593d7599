package io.github.kipp.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.kipp.format.KippFormatException;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Values of the wrong type are recorded at their paths and the read goes on, so that all are
 * reported at once; a type the facade reads with Jackson's own deserializers is no exception.
 */
class WrongTypeValuesTest {

  @Test
  void every_value_of_the_wrong_type_is_reported_at_once() {
    KippFormatException e = catchThrowableOfType(KippFormatException.class,
        () -> KippJson.json().read("{\"id\": 5, \"role\": [true]}", io.github.kipp.core.Actor.class));

    assertThat(e.violations()).extracting(v -> v.path() + " " + v.code() + " " + v.invalidValue())
        .containsExactly("id kipp.json.wrongType 5", "role kipp.json.wrongType [true]");
  }

  @Test
  void text_that_is_no_uuid_is_a_value_of_the_wrong_type() {
    KippFormatException e = catchThrowableOfType(KippFormatException.class, () -> KippJson.json().read("\"NOPE\"", UUID.class));

    assertThat(e.violations()).singleElement().satisfies(v -> {
      assertThat(v.code()).isEqualTo("kipp.json.wrongType");
      assertThat(v.path()).isEmpty();
      assertThat(v.invalidValue()).isEqualTo("\"NOPE\"");
      assertThat(v.message().english()).isEqualTo("The value \"NOPE\" does not fit here; it must be an object { ... }.");
      assertThat(v.message().indonesian()).isEqualTo("Nilai \"NOPE\" tidak sesuai di sini; harus berupa objek { ... }.");
    });
  }
}
