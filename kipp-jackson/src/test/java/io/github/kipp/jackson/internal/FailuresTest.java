package io.github.kipp.jackson.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.kipp.core.Actor;
import io.github.kipp.core.Violation;
import io.github.kipp.format.KippFormatException;
import io.github.kipp.jackson.KippModule;
import org.junit.jupiter.api.Test;

/**
 * How what a host's mapper throws becomes one {@link KippFormatException}: the field, path and value
 * of each kind of failure, the value quoted as written in the input.
 */
class FailuresTest {

  private static final ObjectMapper HOST = new ObjectMapper().registerModule(new KippModule());

  private static Violation translated(String json) throws Exception {
    JsonNode tree = HOST.readTree(json);
    Throwable failure = catchThrowable(() -> HOST.readValue(json, Actor.class));
    KippFormatException e = Failures.translate("JSON", failure, () -> tree);
    assertThat(e.violations()).hasSize(1);
    return e.violations().get(0);
  }

  @Test
  void an_unknown_field_is_named_with_the_fields_allowed() throws Exception {
    Violation v = translated("{\"id\": \"a-1\", \"role\": \"UNIT\", \"colour\": 1}");

    assertThat(v.code()).isEqualTo("kipp.json.unknownField");
    assertThat(v.path()).isEqualTo("colour");
    assertThat(v.message().english()).isEqualTo("Field 'colour' is not known here; allowed fields: id, role.");
    assertThat(v.message().indonesian()).isEqualTo("Kolom 'colour' tidak dikenal di sini; kolom yang diizinkan: id, role.");
  }

  @Test
  void a_value_of_the_wrong_type_is_quoted_as_written() throws Exception {
    assertThat(translated("{\"id\": {\"x\": [1]}, \"role\": \"UNIT\"}").message().english())
        .isEqualTo("The value {\"x\":[1]} does not fit here; it must be text.");
    assertThat(translated("{\"id\": \"a-1\", \"role\": {}}")).satisfies(v -> {
      assertThat(v.path()).isEqualTo("role");
      assertThat(v.message().indonesian()).isEqualTo("Nilai {} tidak sesuai di sini; harus berupa teks.");
    });
    assertThat(translated("{\"id\": [], \"role\": \"UNIT\"}").message().english())
        .isEqualTo("The value [] does not fit here; it must be text.");
  }

  @Test
  void text_where_an_object_belongs_is_quoted() throws Exception {
    JsonNode tree = HOST.readTree("{\"a\": \"x\"}");
    Throwable failure = catchThrowable(() -> HOST.readValue("{\"a\": \"x\"}", Holder.class));

    Violation v = Failures.translate("JSON", failure, () -> tree).violations().get(0);

    assertThat(v.path()).isEqualTo("a");
    assertThat(v.code()).isEqualTo("kipp.json.wrongType");
    assertThat(v.message().english()).startsWith("The value \"x\" does not fit here;");
  }

  /** A host's type holding a kipp value. */
  record Holder(Actor a) {}
}
