package io.github.kipp.jackson3.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.kipp.core.Actor;
import io.github.kipp.core.Violation;
import io.github.kipp.format.KippFormatException;
import io.github.kipp.jackson3.KippModule;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * How what a host's Jackson 3 mapper throws becomes one {@link KippFormatException}: the field, path
 * and value of each kind of failure, the value quoted as written in the input.
 */
class FailuresTest {

  private static final JsonMapper HOST = JsonMapper.builder().addModule(new KippModule())
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

  private static Violation translated(String json, Class<?> type) {
    JsonNode tree = HOST.readTree(json);
    Throwable failure = catchThrowable(() -> HOST.readValue(json, type));
    KippFormatException e = Failures.translate("JSON", failure, () -> tree);
    assertThat(e.violations()).hasSize(1);
    return e.violations().get(0);
  }

  @Test
  void an_unknown_field_is_named_with_the_fields_allowed() {
    Violation v = translated("{\"id\": \"a-1\", \"role\": \"UNIT\", \"colour\": 1}", Actor.class);

    assertThat(v.code()).isEqualTo("kipp.json.unknownField");
    assertThat(v.path()).isEqualTo("colour");
    assertThat(v.message().english()).isEqualTo("Field 'colour' is not known here; allowed fields: id, role.");
  }

  @Test
  void a_structure_of_the_wrong_type_is_quoted_as_written() {
    assertThat(translated("{\"id\": {\"x\": [1]}, \"role\": \"UNIT\"}", Actor.class).message().english())
        .isEqualTo("The value {\"x\":[1]} does not fit here; it must be text.");
    assertThat(translated("{\"id\": \"a-1\", \"role\": {}}", Actor.class)).satisfies(v -> {
      assertThat(v.path()).isEqualTo("role");
      assertThat(v.message().indonesian()).isEqualTo("Nilai {} tidak sesuai di sini; harus berupa teks.");
    });
    assertThat(translated("{\"id\": [], \"role\": \"UNIT\"}", Actor.class).message().english())
        .isEqualTo("The value [] does not fit here; it must be text.");
  }

  @Test
  void text_where_an_object_belongs_is_quoted() {
    Violation v = translated("{\"a\": \"x\"}", Holder.class);

    assertThat(v.path()).isEqualTo("a");
    assertThat(v.code()).isEqualTo("kipp.json.wrongType");
    assertThat(v.message().english()).startsWith("The value \"x\" does not fit here;");
  }

  @Test
  void a_number_where_an_object_belongs_is_written_as_it_is() {
    Violation v = translated("{\"a\": 12}", Holder.class);

    assertThat(v.path()).isEqualTo("a");
    assertThat(v.message().english()).startsWith("The value 12 does not fit here;");
  }

  /** A host's type holding a kipp value. */
  record Holder(Actor a) {}
}
