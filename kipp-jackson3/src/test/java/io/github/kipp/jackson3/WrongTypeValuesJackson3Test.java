package io.github.kipp.jackson3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.kipp.core.Actor;
import io.github.kipp.core.ProposalId;
import io.github.kipp.format.KippFormatException;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Values of the wrong type are recorded at their paths and the facade's read goes on, so that all
 * are reported at once; a type the facade reads with Jackson's own deserializers is no exception.
 * A host's own mapper with {@link KippModule} reads an identifier as a map key through its factory.
 */
class WrongTypeValuesJackson3Test {

  @Test
  void every_value_of_the_wrong_type_is_reported_at_once() {
    KippFormatException e = catchThrowableOfType(KippFormatException.class,
        () -> KippJson.json().read("{\"id\": 5, \"role\": [true]}", Actor.class));

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
    });
  }

  @Test
  void a_number_that_is_no_constant_of_an_enum_is_a_value_of_the_wrong_type_quoted_as_written() {
    KippFormatException e = catchThrowableOfType(KippFormatException.class,
        () -> KippJson.json().read("{\"id\": \"a-1\", \"role\": 10}", Actor.class));

    assertThat(e.violations()).singleElement().satisfies(v -> {
      assertThat(v.code()).isEqualTo("kipp.json.wrongType");
      assertThat(v.path()).isEqualTo("role");
      assertThat(v.invalidValue()).isEqualTo("10");
    });
  }

  @Test
  void an_identifier_keys_a_map_on_a_hosts_mapper() {
    JsonMapper host = JsonMapper.builder().addModule(new KippModule()).build();

    Map<ProposalId, Integer> read = host.readValue("{\"p-1\": 1}", new TypeReference<Map<ProposalId, Integer>>() {});

    assertThat(read).containsExactly(Map.entry(ProposalId.of("p-1"), 1));
    assertThat(host.readValue("\"p-2\"", ProposalId.class)).isEqualTo(ProposalId.of("p-2"));
  }
}
