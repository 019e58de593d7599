package io.github.kipp.jackson3;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.kipp.core.ProposalId;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.deser.DeserializationProblemHandler;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.json.JsonMapper;

/**
 * A host's own problem handler on a mapper with {@link KippModule}: text it supplies for an
 * identifier given as another token is read through the identifier's factory, as a JSON string
 * would be (the same as on the Jackson 2 line).
 */
class HostProblemHandlerTest {

  /** Supplies {@code p-<token>} where text was expected. */
  private static final class Prefixing extends DeserializationProblemHandler {
    @Override
    public Object handleUnexpectedToken(DeserializationContext ctxt, JavaType targetType, JsonToken t, JsonParser p, String failureMsg) {
      return targetType.getRawClass() == String.class ? "p-" + p.getString() : NOT_HANDLED;
    }
  }

  @Test
  void text_a_hosts_handler_supplies_for_another_token_is_read_as_the_identifier() {
    JsonMapper handled = JsonMapper.builder().addModule(new KippModule()).addHandler(new Prefixing()).build();

    ProposalId read = handled.readValue("17", ProposalId.class);

    assertThat(read).isEqualTo(ProposalId.of("p-17"));
  }

  @Test
  void without_a_handler_another_token_is_refused_as_a_mismatch() {
    JsonMapper plain = JsonMapper.builder().addModule(new KippModule()).build();

    org.assertj.core.api.Assertions.assertThatThrownBy(() -> plain.readValue("17", ProposalId.class))
        .isInstanceOf(MismatchedInputException.class);
  }
}
