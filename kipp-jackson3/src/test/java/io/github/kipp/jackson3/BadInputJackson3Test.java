package io.github.kipp.jackson3;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.kipp.jackson.Line;
import io.github.kipp.jackson.SharedBadInput;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The shared corpus {@link SharedBadInput}, run against the Jackson 3 line, and what only this line
 * reads: a Jackson 3 tree.
 */
class BadInputJackson3Test extends SharedBadInput {

  @Override
  protected Line line() {
    return Jackson3Line.json();
  }

  @Test
  void yaml_aliases_are_not_expanded_so_an_alias_bomb_stays_small() {
    StringBuilder yaml = new StringBuilder("a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
    for (int i = 1; i < 10; i++) {
      yaml.append("a").append(i).append(": &a").append(i).append(" [").append(String.join(", ", java.util.Collections.nCopies(10, "*a" + (i - 1)))).append("]\n");
    }

    JsonNode read = KippJson.yaml().read(yaml.toString(), JsonNode.class);

    assertThat(read.toString().length()).isLessThan(2_000);
  }
}
