package io.github.kipp.jackson;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.kipp.core.ProposalId;
import io.github.kipp.core.institution.RegionCode;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * kipp's values on a host's own mapper with {@link KippModule}: identifiers and other scalars as
 * JSON strings, also as map keys; the host's own types as the host's settings say.
 */
class HostMapperValuesTest {

  private static final ObjectMapper HOST = new ObjectMapper().registerModule(new KippModule());

  @Test
  void an_identifier_is_written_and_read_as_a_json_string() throws Exception {
    assertThat(HOST.writeValueAsString(ProposalId.of("p-1"))).isEqualTo("\"p-1\"");
    assertThat(HOST.readValue("\"p-1\"", ProposalId.class)).isEqualTo(ProposalId.of("p-1"));
    assertThat(HOST.writeValueAsString(RegionCode.of("73.22"))).isEqualTo("\"73.22\"");
  }

  @Test
  void an_identifier_keys_a_map() throws Exception {
    Map<ProposalId, Integer> read = HOST.readValue("{\"p-1\": 1}", new TypeReference<Map<ProposalId, Integer>>() {});

    assertThat(read).containsExactly(Map.entry(ProposalId.of("p-1"), 1));
  }

  @Test
  void a_hosts_problem_handler_can_supply_the_text_of_an_identifier_given_as_another_token() throws Exception {
    ObjectMapper handled = new ObjectMapper().registerModule(new KippModule()).addHandler(new DeserializationProblemHandler() {
      @Override
      public Object handleUnexpectedToken(DeserializationContext ctxt, JavaType targetType, JsonToken t, JsonParser p, String failureMsg)
          throws java.io.IOException {
        return targetType.getRawClass() == String.class ? "p-" + p.getText() : NOT_HANDLED;
      }
    });

    ProposalId read = handled.readValue("17", ProposalId.class);

    assertThat(read).isEqualTo(ProposalId.of("p-17"));
  }

  /** A host's own type. */
  record HostType(String b, String a) {}

  @Test
  void the_hosts_own_types_are_sorted_as_the_host_asks() throws Exception {
    ObjectMapper sorting = JsonMapper.builder().enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY).addModule(new KippModule()).build();

    assertThat(sorting.writeValueAsString(new HostType("2", "1"))).isEqualTo("{\"a\":\"1\",\"b\":\"2\"}");
  }

  @Test
  void a_document_names_its_institutions_and_units_by_id_inside_proposals() throws Exception {
    var doc = HOST.readTree(KippJson.json().write(JacksonFixtures.competition()));
    var innovation = doc.get("proposals").get(0).get("innovation");

    assertThat(innovation.get("institution").isTextual()).as(innovation.toString()).isTrue();
    assertThat(innovation.get("unit").isTextual()).isTrue();
    assertThat(HOST.readTree(HOST.writeValueAsString(JacksonFixtures.competition()))).isEqualTo(doc);
  }
}
