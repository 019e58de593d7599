package io.github.kipp.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.kipp.core.Actor;
import io.github.kipp.format.KippFormatException;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Values of the wrong type are recorded at their paths and the facade's read goes on, so that all
 * are reported at once; a type the facade reads with Jackson's own deserializers is no exception.
 * One corpus for both Jackson lines: each line's subclass gives its facades ({@link #line()}).
 */
public abstract class SharedWrongTypeValues {

  /**
   * Returns the line under test.
   *
   * @return the line's facades
   */
  protected abstract Line line();

  @Test
  void every_value_of_the_wrong_type_is_reported_at_once() {
    KippFormatException e = catchThrowableOfType(KippFormatException.class, () -> line().read("{\"id\": 5, \"role\": [true]}", Actor.class));

    assertThat(e.violations()).extracting(v -> v.path() + " " + v.code() + " " + v.invalidValue())
        .containsExactly("id kipp.json.wrongType 5", "role kipp.json.wrongType [true]");
  }

  @Test
  void text_that_is_no_uuid_is_a_value_of_the_wrong_type() {
    KippFormatException e = catchThrowableOfType(KippFormatException.class, () -> line().read("\"NOPE\"", UUID.class));

    assertThat(e.violations()).singleElement().satisfies(v -> {
      assertThat(v.code()).isEqualTo("kipp.json.wrongType");
      assertThat(v.path()).isEmpty();
      assertThat(v.invalidValue()).isEqualTo("\"NOPE\"");
      assertThat(v.message().english()).isEqualTo("The value \"NOPE\" does not fit here; it must be an object { ... }.");
      assertThat(v.message().indonesian()).isEqualTo("Nilai \"NOPE\" tidak sesuai di sini; harus berupa objek { ... }.");
    });
  }

  @Test
  void a_number_that_is_no_constant_of_an_enum_is_a_value_of_the_wrong_type_quoted_as_written() {
    KippFormatException e = catchThrowableOfType(KippFormatException.class, () -> line().read("{\"id\": \"a-1\", \"role\": 10}", Actor.class));

    assertThat(e.violations()).singleElement().satisfies(v -> {
      assertThat(v.code()).isEqualTo("kipp.json.wrongType");
      assertThat(v.path()).isEqualTo("role");
      assertThat(v.invalidValue()).isEqualTo("10");
    });
  }
}
