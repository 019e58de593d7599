package io.github.kipp.jackson3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.kipp.core.Actor;
import io.github.kipp.core.Role;
import io.github.kipp.core.edition.SectionSpec;
import io.github.kipp.core.institution.InstitutionType;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamFactory;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.deser.DeserializationProblemHandler;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * The mapper a Jackson 3 facade hands out ({@link KippJson#mapper()}): it does not collect problems,
 * so it fails at the first one as Jackson does; it keeps the facade's strict scalars and limits, also
 * in a rebuilt, copied or snapshot YAML factory; and a problem handler the host adds to
 * a rebuilt mapper is asked as Jackson asks it.
 */
class FacadeMapperJackson3Test {

  @Test
  void the_mapper_refuses_an_unknown_field_as_jackson_does() {
    ObjectMapper mapper = KippJson.json().mapper();

    UnrecognizedPropertyException e = catchThrowableOfType(UnrecognizedPropertyException.class,
        () -> mapper.readValue("{\"colour\": {\"r\": 1}, \"id\": \"a-1\", \"role\": \"UNIT\"}", Actor.class));

    assertThat(e.getPropertyName()).isEqualTo("colour");
  }

  @Test
  void the_mapper_refuses_a_number_where_text_belongs_as_jackson_does() {
    ObjectMapper mapper = KippJson.json().mapper();

    MismatchedInputException e = catchThrowableOfType(MismatchedInputException.class,
        () -> mapper.readValue("{\"id\": \"a-1\", \"role\": 5}", Actor.class));

    assertThat(e).isNotInstanceOf(InvalidFormatException.class);
    assertThat(e.getPath()).extracting(r -> r.getPropertyName()).containsExactly("role");
  }

  @Test
  void the_mapper_refuses_text_jackson_cannot_convert_as_jackson_does() {
    ObjectMapper mapper = KippJson.json().mapper();

    InvalidFormatException uuid = catchThrowableOfType(InvalidFormatException.class, () -> mapper.readValue("\"NOPE\"", UUID.class));
    InvalidFormatException name = catchThrowableOfType(InvalidFormatException.class, () -> mapper.readValue("\"NOPE\"", InstitutionType.class));

    assertThat(uuid.getValue()).isEqualTo("NOPE");
    assertThat(name.getValue()).isEqualTo("NOPE");
  }

  @Test
  void a_hosts_problem_handler_on_a_rebuilt_mapper_can_supply_a_scalar_of_the_wrong_type() {
    ObjectMapper handled = KippJson.json().mapper().rebuild().addHandler(new DeserializationProblemHandler() {
      @Override
      public Object handleUnexpectedToken(DeserializationContext ctxt, JavaType targetType, JsonToken t, JsonParser p, String failureMsg) {
        Class<?> raw = targetType.getRawClass();
        return raw == String.class ? "SECRETARIAT" : raw == Integer.class ? Integer.valueOf(7) : raw == Long.class ? Long.valueOf(8)
            : raw == Boolean.class ? Boolean.TRUE : raw == BigDecimal.class ? new BigDecimal("0.25") : NOT_HANDLED;
      }
    }).build();

    assertThat(handled.readValue("5", String.class)).isEqualTo("SECRETARIAT");
    assertThat(handled.readValue("\"x\"", Integer.class)).isEqualTo(7);
    assertThat(handled.readValue("\"x\"", Long.class)).isEqualTo(8L);
    assertThat(handled.readValue("1", Boolean.class)).isTrue();
    assertThat(handled.readValue("{\"id\": \"a-1\", \"role\": 5}", Actor.class).role()).isEqualTo(Role.SECRETARIAT);
    SectionSpec section = handled.readValue(
        "{\"id\": \"s-1\", \"name\": {\"indonesian\": \"A\", \"english\": \"A\"}, \"weight\": \"x\", \"maxWords\": \"y\", \"required\": 1, \"groups\": []}",
        SectionSpec.class);
    assertThat(section.weight()).contains(new BigDecimal("0.25"));
    assertThat(section.maxWords()).hasValue(7);
    assertThat(section.required()).isTrue();
  }

  @Test
  void the_yaml_mapper_reads_bytes_streams_and_characters_under_the_same_limits() {
    ObjectMapper mapper = KippJson.newBuilder().yaml().maxStringLength(10).build().mapper();
    byte[] small = "k: value\n".getBytes(StandardCharsets.UTF_8);
    byte[] large = "k: abcdefghijk\n".getBytes(StandardCharsets.UTF_8);

    assertThat(mapper.readTree(small).get("k").asString()).isEqualTo("value");
    assertThat(mapper.readTree(new ByteArrayInputStream(small)).get("k").asString()).isEqualTo("value");
    try (JsonParser p = mapper.createParser("k: value\n".toCharArray())) {
      assertThat(mapper.readTree(p).get("k").asString()).isEqualTo("value");
    }
    assertThat(catchThrowableOfType(StreamConstraintsException.class, () -> mapper.readTree(large))).hasMessageContaining("(10");
    assertThat(catchThrowableOfType(StreamConstraintsException.class, () -> mapper.readTree(new ByteArrayInputStream(large))))
        .hasMessageContaining("(10");
    assertThat(catchThrowableOfType(StreamConstraintsException.class, () -> {
      try (JsonParser p = mapper.createParser("k: abcdefghijk\n".toCharArray())) {
        mapper.readTree(p);
      }
    })).hasMessageContaining("(10");
  }

  @Test
  void a_rebuilt_yaml_mapper_keeps_the_bounded_reader() {
    ObjectMapper rebuilt = KippJson.newBuilder().yaml().maxStringLength(10).build().mapper().rebuild().build();

    assertThat(rebuilt.tokenStreamFactory().getClass()).isEqualTo(KippJson.yaml().mapper().tokenStreamFactory().getClass());
    assertThat(rebuilt.readTree("k: value\n").get("k").asString()).isEqualTo("value");
    assertThat(catchThrowableOfType(StreamConstraintsException.class, () -> rebuilt.readTree("k: abcdefghijk\n"))).hasMessageContaining("(10");
  }

  @Test
  void a_copy_a_rebuild_and_a_snapshot_of_the_yaml_factory_are_bounded_yaml_factories() {
    TokenStreamFactory factory = KippJson.yaml().mapper().tokenStreamFactory();

    assertThat(factory.snapshot()).isSameAs(factory);
    assertThat(factory.copy()).isNotSameAs(factory).hasSameClassAs(factory);
    assertThat(factory.rebuild().build()).isNotSameAs(factory).hasSameClassAs(factory);
  }
}
