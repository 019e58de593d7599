package example.micronaut;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.kipp.core.innovation.Proposal;
import io.github.kipp.jackson.KippJson;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** kipp inside a Micronaut application, with the Jackson version Micronaut manages. */
@MicronautTest
class KippMicronautTest {

  @Inject ObjectMapper mapper;

  @Inject
  @Client("/")
  HttpClient client;

  private static String competition() throws IOException {
    try (InputStream in = KippMicronautTest.class.getResourceAsStream("/sulsel-2023-competition.json")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void micronauts_object_mapper_reads_and_writes_a_proposal_with_kipps_module() throws Exception {
    Proposal proposal = KippJson.json().readCompetition(competition()).proposals().get(0);

    String written = mapper.writeValueAsString(proposal);

    assertEquals(proposal, mapper.readValue(written, Proposal.class));
    assertEquals(mapper.readTree(KippJson.json().write(proposal)), mapper.readTree(written));
  }

  @Test
  void the_finalists_endpoint_ranks_a_competition_document() throws Exception {
    String body = client.toBlocking().retrieve(
        HttpRequest.POST("/competitions/finalists?seed=11&tier=top-40", competition()).contentType(MediaType.APPLICATION_JSON_TYPE));

    JsonNode entries = mapper.readTree(body).get("entries");
    assertEquals(1, entries.get(0).get("position").asInt());
    assertEquals(40, entries.get(39).get("position").asInt());
  }
}
