package io.github.kipp.jackson;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/**
 * The shared corpus {@link SharedBadInput}, run against the Jackson 2 line, and what only this line
 * reads: a Jackson 2 tree.
 */
class BadInputJackson2Test extends SharedBadInput {

  @Override
  protected Line line() {
    return Jackson2Line.json();
  }

  @Test
  void yaml_aliases_are_not_expanded_so_an_alias_bomb_stays_small() {
    StringBuilder yaml = new StringBuilder("a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
    for (int i = 1; i < 10; i++) {
      yaml.append("a").append(i).append(": &a").append(i).append(" [").append(String.join(", ", java.util.Collections.nCopies(10, "*a" + (i - 1)))).append("]\n");
    }

    JsonNode read = line().yaml().read(yaml.toString(), JsonNode.class);

    assertThat(read.toString().length()).isLessThan(2_000);
  }
}
