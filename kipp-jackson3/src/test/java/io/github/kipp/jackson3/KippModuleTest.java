package io.github.kipp.jackson3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.kipp.core.InvalidInputException;
import io.github.kipp.core.Violation;
import io.github.kipp.core.innovation.Proposal;
import io.github.kipp.jackson3.internal.Printing;
import io.github.kipp.scoring.CriteriaSet;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.json.JsonMapper;

/** The Jackson 3 module on hosts' mappers: the format does not follow their settings. */
class KippModuleTest {

  private static final JsonMapper PLAIN = JsonMapper.builder().addModule(new KippModule()).defaultPrettyPrinter(Printing.printer()).build();

  private static String golden(String name) {
    try (InputStream in = KippModuleTest.class.getResourceAsStream("/golden/" + name + ".json")) {
      return new String(Objects.requireNonNull(in, name).readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String write(JsonMapper mapper, Object value) {
    return mapper.writerWithDefaultPrettyPrinter().writeValueAsString(value) + "\n";
  }

  private static @Nullable InvalidInputException refusal(Throwable thrown) {
    for (Throwable t = thrown; t != null; t = t.getCause()) {
      if (t instanceof InvalidInputException e) {
        return e;
      }
    }
    return null;
  }

  @Test
  void field_names_and_their_order_ignore_the_hosts_naming_strategy_and_sorting() {
    JsonMapper host = JsonMapper.builder()
        .addModule(new KippModule())
        .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
        .defaultPrettyPrinter(Printing.printer())
        .build();
    Proposal proposal = PLAIN.readValue(golden("proposal"), Proposal.class);

    assertThat(write(host, proposal)).isEqualTo(golden("proposal"));
  }

  @Test
  void a_decimal_beyond_the_formats_limits_is_refused_before_any_arithmetic() {
    String huge = golden("criteria").replaceFirst("\"weight\": 0\\.6", "\"weight\": 1E+400");

    Throwable thrown = catchThrowable(() -> PLAIN.readValue(huge, CriteriaSet.class));

    InvalidInputException refused = refusal(thrown);
    assertThat(refused).as("refusal in %s", thrown).isNotNull();
    assertThat(Objects.requireNonNull(refused).violations()).extracting(Violation::code).contains("kipp.json.numberRange");
  }

  @Test
  void a_value_the_domain_refuses_fails_with_the_domains_own_violation() {
    String bad = golden("citation").replace("\"confidence\": \"REGULATION\"", "\"confidence\": \"CERTAIN\"");

    Throwable thrown = catchThrowable(() -> PLAIN.readValue(bad, io.github.kipp.core.Citation.class));

    InvalidInputException refused = refusal(thrown);
    assertThat(refused).as("refusal in %s", thrown).isNotNull();
    assertThat(Objects.requireNonNull(refused).violations()).extracting(Violation::code, Violation::path)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("kipp.json.notAllowed", "confidence"));
  }
}
