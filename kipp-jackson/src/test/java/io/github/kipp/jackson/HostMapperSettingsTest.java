package io.github.kipp.jackson;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.junit.jupiter.api.Test;

/**
 * The module on a host's Jackson 2 mapper: the format does not follow the host's naming strategy or
 * its alphabetical sorting of properties, so that both Jackson lines write the same bytes whatever
 * the mapper's settings.
 */
class HostMapperSettingsTest {

  @Test
  void field_names_and_their_order_ignore_the_hosts_naming_strategy_and_alphabetical_sorting() throws JsonProcessingException {
    ObjectMapper plain = new ObjectMapper().registerModule(new KippModule());
    ObjectMapper host = JsonMapper.builder()
        .addModule(new KippModule())
        .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
        .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
        .build();

    for (Object value : SharedGoldenCorpus.values().values()) {
      assertThat(host.writeValueAsString(value)).isEqualTo(plain.writeValueAsString(value));
    }
    // kipp's order, not the alphabet's ("attachments", "category", ...), and kipp's names, not snake case.
    assertThat(host.writeValueAsString(JacksonFixtures.giatkiCes())).startsWith("{\"id\":\"p-1\",\"innovation\":{").contains("\"pandemicRelated\"");
  }
}
