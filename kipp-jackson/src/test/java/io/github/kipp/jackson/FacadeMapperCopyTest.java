package io.github.kipp.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.github.kipp.core.Actor;
import io.github.kipp.core.institution.InstitutionType;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The mapper a facade hands out ({@link KippJson#mapper()}): it does not collect problems, so it
 * fails at the first one as Jackson does; it keeps the facade's strict scalars and limits; and a
 * problem handler the host adds to it is asked as Jackson asks it.
 */
class FacadeMapperCopyTest {

  @Test
  void the_copy_refuses_an_unknown_field_as_jackson_does() {
    ObjectMapper copy = KippJson.json().mapper();

    UnrecognizedPropertyException e = catchThrowableOfType(UnrecognizedPropertyException.class,
        () -> copy.readValue("{\"colour\": {\"r\": 1}, \"id\": \"a-1\", \"role\": \"UNIT\"}", Actor.class));

    assertThat(e.getPropertyName()).isEqualTo("colour");
  }

  @Test
  void the_copy_refuses_a_number_where_text_belongs_as_jackson_does() {
    ObjectMapper copy = KippJson.json().mapper();

    MismatchedInputException e = catchThrowableOfType(MismatchedInputException.class,
        () -> copy.readValue("{\"id\": \"a-1\", \"role\": 5}", Actor.class));

    assertThat(e).isNotInstanceOf(InvalidFormatException.class);
    assertThat(e.getPath()).extracting(r -> r.getFieldName()).containsExactly("role");
  }

  @Test
  void the_copy_refuses_a_name_or_number_that_is_no_constant_of_an_enum_as_jackson_does() {
    ObjectMapper copy = KippJson.json().mapper();

    InvalidFormatException name = catchThrowableOfType(InvalidFormatException.class, () -> copy.readValue("\"NOPE\"", InstitutionType.class));
    InvalidFormatException number = catchThrowableOfType(InvalidFormatException.class, () -> copy.readValue("1", InstitutionType.class));

    assertThat(name.getValue()).isEqualTo("NOPE");
    assertThat(number.getValue()).isEqualTo(1);
  }

  @Test
  void a_hosts_problem_handler_on_the_copy_can_supply_a_scalar_of_the_wrong_type() throws Exception {
    ObjectMapper copy = KippJson.json().mapper().addHandler(new DeserializationProblemHandler() {
      @Override
      public Object handleUnexpectedToken(DeserializationContext ctxt, JavaType targetType, JsonToken t, JsonParser p, String failureMsg) {
        Class<?> raw = targetType.getRawClass();
        return raw == String.class ? "SECRETARIAT" : raw == Integer.class ? Integer.valueOf(7) : raw == Long.class ? Long.valueOf(8)
            : raw == Boolean.class ? Boolean.TRUE : raw == BigDecimal.class ? new BigDecimal("0.25") : NOT_HANDLED;
      }
    });

    assertThat(copy.readValue("5", String.class)).isEqualTo("SECRETARIAT");
    assertThat(copy.readValue("\"x\"", Integer.class)).isEqualTo(7);
    assertThat(copy.readValue("\"x\"", Long.class)).isEqualTo(8L);
    assertThat(copy.readValue("1", Boolean.class)).isTrue();
    assertThat(copy.readValue("{\"id\": \"a-1\", \"role\": 5}", Actor.class).role()).isEqualTo(io.github.kipp.core.Role.SECRETARIAT);
    io.github.kipp.core.edition.SectionSpec section = copy.readValue(
        "{\"id\": \"s-1\", \"name\": {\"indonesian\": \"A\", \"english\": \"A\"}, \"weight\": \"x\", \"maxWords\": \"y\", \"required\": 1, \"groups\": []}",
        io.github.kipp.core.edition.SectionSpec.class);
    assertThat(section.weight()).contains(new BigDecimal("0.25"));
    assertThat(section.maxWords()).hasValue(7);
    assertThat(section.required()).isTrue();
  }

  @Test
  void the_copy_refuses_text_jackson_cannot_convert_as_jackson_does() {
    ObjectMapper copy = KippJson.json().mapper();

    InvalidFormatException e = catchThrowableOfType(InvalidFormatException.class, () -> copy.readValue("\"NOPE\"", java.util.UUID.class));

    assertThat(e.getValue()).isEqualTo("NOPE");
  }

  @Test
  void the_yaml_copy_reads_bytes_streams_and_characters_under_the_same_limits() throws Exception {
    ObjectMapper copy = KippJson.newBuilder().yaml().maxStringLength(10).build().mapper();
    byte[] small = "k: value\n".getBytes(StandardCharsets.UTF_8);
    byte[] large = "k: abcdefghijk\n".getBytes(StandardCharsets.UTF_8);

    assertThat(copy.readTree(small).get("k").asText()).isEqualTo("value");
    assertThat(copy.readTree(new ByteArrayInputStream(small)).get("k").asText()).isEqualTo("value");
    try (JsonParser p = copy.getFactory().createParser("k: value\n".toCharArray())) {
      assertThat(copy.<JsonNode>readTree(p).get("k").asText()).isEqualTo("value");
    }
    assertThat(catchThrowableOfType(StreamConstraintsException.class, () -> copy.readTree(large))).hasMessageContaining("(10");
    assertThat(catchThrowableOfType(StreamConstraintsException.class, () -> copy.readTree(new ByteArrayInputStream(large)))).hasMessageContaining("(10");
  }
}
