package example.quarkus;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.kipp.core.innovation.Proposal;
import io.github.kipp.jackson.KippJson;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** kipp inside a Quarkus application, with the Jackson and Hibernate Validator versions Quarkus manages. */
@QuarkusTest
class KippQuarkusTest {

  @Inject ObjectMapper mapper;
  @Inject Validator validator;

  private static String competition() throws IOException {
    try (InputStream in = KippQuarkusTest.class.getResourceAsStream("/sulsel-2023-competition.json")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void quarkus_object_mapper_reads_and_writes_a_proposal_with_kipps_module() throws Exception {
    Proposal proposal = KippJson.json().readCompetition(competition()).proposals().get(0);

    String written = mapper.writeValueAsString(proposal);

    assertEquals(proposal, mapper.readValue(written, Proposal.class));
    assertEquals(mapper.readTree(KippJson.json().write(proposal)), mapper.readTree(written));
  }

  @Test
  void the_finalists_endpoint_ranks_a_competition_document() throws Exception {
    given().contentType("application/json").body(competition()).queryParam("seed", 11).queryParam("tier", "top-40")
        .when().post("/competitions/finalists")
        .then().statusCode(200)
        .body("entries[0].position", is(1))
        .body("entries.findAll { it.position <= 40 }", hasSize(40));
  }

  @Test
  void quarkus_validator_checks_kipps_constraints_on_a_hosts_form() {
    Set<ConstraintViolation<RegistrationForm>> found = validator.validate(new RegistrationForm("Giatki\u0000Ces", "7322"));

    Set<String> seen = new TreeSet<>();
    found.forEach(v -> seen.add(v.getPropertyPath() + " " + v.getMessageTemplate()));
    assertEquals(Set.of("name {kipp.text.controlCharacter}", "region {kipp.region.code}"), seen);
    assertTrue(validator.validate(new RegistrationForm("Giatki Ces", "73.22")).isEmpty());
  }
}
