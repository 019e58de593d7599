package io.github.kipp.jackson;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

/**
 * The layout of written JSON: two-space indents for objects and lists alike, {@code \n} line ends,
 * a space after each colon and none inside an empty object or list.
 */
class WrittenLayoutTest {

  @Test
  void objects_and_lists_are_indented_by_two_spaces_on_their_own_lines() {
    ObjectNode value = JsonNodeFactory.instance.objectNode();
    value.putArray("list").add(1).addObject().put("b", "x");
    value.putArray("empty");
    value.putObject("none");

    assertThat(KippJson.json().write(value)).isEqualTo("""
        {
          "list": [
            1,
            {
              "b": "x"
            }
          ],
          "empty": [],
          "none": {}
        }
        """);
  }
}
