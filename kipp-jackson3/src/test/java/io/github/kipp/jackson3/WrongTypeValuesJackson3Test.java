package io.github.kipp.jackson3;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.kipp.core.ProposalId;
import io.github.kipp.jackson.Line;
import io.github.kipp.jackson.SharedWrongTypeValues;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The shared corpus {@link SharedWrongTypeValues}, run against the Jackson 3 line; and a host's own
 * mapper with {@link KippModule} reads an identifier as a map key through its factory.
 */
class WrongTypeValuesJackson3Test extends SharedWrongTypeValues {

  @Override
  protected Line line() {
    return Jackson3Line.json();
  }

  @Test
  void an_identifier_keys_a_map_on_a_hosts_mapper() {
    JsonMapper host = JsonMapper.builder().addModule(new KippModule()).build();

    Map<ProposalId, Integer> read = host.readValue("{\"p-1\": 1}", new TypeReference<Map<ProposalId, Integer>>() {});

    assertThat(read).containsExactly(Map.entry(ProposalId.of("p-1"), 1));
    assertThat(host.readValue("\"p-2\"", ProposalId.class)).isEqualTo(ProposalId.of("p-2"));
  }
}
