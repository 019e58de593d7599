package example.boot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import io.github.kipp.core.InvalidInputException;
import io.github.kipp.core.TierId;
import io.github.kipp.core.innovation.Proposal;
import io.github.kipp.core.institution.Institution;
import io.github.kipp.core.institution.InstitutionType;
import io.github.kipp.core.institution.RegionCode;
import io.github.kipp.core.rule.RuleRegistry;
import io.github.kipp.format.CompetitionDocument;
import io.github.kipp.jackson3.KippJson;
import io.github.kipp.jackson3.KippModule;
import io.github.kipp.scoring.competition.Competition;
import io.github.kipp.scoring.competition.Entries;
import io.github.kipp.scoring.rank.Ranking;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * kipp inside a Spring Boot 4.0 application, with the Jackson 3 and Hibernate Validator versions Boot
 * manages: kipp-jackson3's module joins Boot's {@code JsonMapper}.
 */
@SpringBootTest
class KippHostTest {

  private static String competition;

  @Autowired WebApplicationContext context;
  @Autowired tools.jackson.databind.json.JsonMapper jsonMapper;
  @Autowired Validator validator;
  @Autowired RuleRegistry registry;
  @Autowired Clock clock;
  MockMvc mvc;

  @BeforeAll
  static void readCompetition() throws IOException {
    try (InputStream in = KippHostTest.class.getResourceAsStream("/sulsel-2023-competition.json")) {
      competition = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @BeforeEach
  void mockMvc() {
    mvc = MockMvcBuilders.webAppContextSetup(context).build();
  }

  @Test
  void boots_json_mapper_carries_kipps_module_and_writes_a_proposal_as_kipp_does() {
    assertThat(jsonMapper.version().getMajorVersion()).isEqualTo(3);
    assertThat(org.hibernate.validator.internal.util.Version.getVersionString()).startsWith("9.");
    assertThat(jsonMapper.registeredModules()).extracting(m -> m.getModuleName()).contains(new KippModule().getModuleName());
    Proposal proposal = KippJson.json().readCompetition(competition).proposals().get(0);

    String written = jsonMapper.writeValueAsString(proposal);

    assertThat(jsonMapper.readValue(written, Proposal.class)).isEqualTo(proposal);
    assertThat(jsonMapper.readTree(written)).isEqualTo(jsonMapper.readTree(KippJson.json().write(proposal)));
  }

  @Test
  void the_finalists_endpoint_ranks_a_competition_document_as_kipp_does_alone() throws Exception {
    CompetitionDocument document = KippJson.json().readCompetition(competition);
    Ranking expected = Competition.of(document.moduleIn(registry), 11, clock)
        .replay(Entries.newBuilder().fromStatuses(document.proposals(), document.statuses()).history(document.history()).build(),
            document.scoreSheets())
        .finalists().orElseThrow().pool(TierId.of("top-40")).orElseThrow().shortlist().ranking();
    assertThat(expected.size()).isGreaterThanOrEqualTo(40);

    String body = mvc.perform(post("/competitions/finalists").param("seed", "11").param("tier", "top-40")
            .contentType(MediaType.APPLICATION_JSON).content(competition))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.entries[0].position").value(1))
        .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

    List<String> proposals = JsonPath.read(body, "$.entries[*].candidate.proposal");
    List<Object> scores = JsonPath.read(body, "$.entries[*].candidate.score");
    assertThat(proposals).containsExactlyElementsOf(expected.entries().stream().map(e -> e.proposal().value()).toList());
    assertThat(scores.stream().map(s -> new BigDecimal(s.toString()).stripTrailingZeros().toPlainString()).toList())
        .containsExactlyElementsOf(expected.entries().stream().map(e -> e.score().stripTrailingZeros().toPlainString()).toList());
  }

  @Test
  void a_document_kipp_refuses_comes_back_with_its_codes_and_paths() throws Exception {
    mvc.perform(post("/competitions/finalists").param("seed", "11").param("tier", "top-40")
            .contentType(MediaType.APPLICATION_JSON).content("{\"formatVersion\": \"1.1\", \"proposals\": 3}"))
        .andExpect(status().isUnprocessableEntity())
        .andExpect(jsonPath("$.violations[0].code").isNotEmpty());
  }

  @Test
  void boots_validator_checks_kipps_constraints_on_a_hosts_form() {
    Set<ConstraintViolation<RegistrationForm>> found = validator.validate(new RegistrationForm("Giatki\u0000Ces", "7322"));

    assertThat(found).extracting(v -> v.getPropertyPath().toString() + " " + v.getMessageTemplate())
        .containsExactlyInAnyOrder("name {kipp.text.controlCharacter}", "region {kipp.region.code}");
    assertThat(validator.validate(new RegistrationForm("Giatki Ces", "73.22"))).isEmpty();
  }

  @Test
  void a_form_refused_by_kipps_constraints_is_a_bad_request() throws Exception {
    mvc.perform(post("/registrations").contentType(MediaType.APPLICATION_JSON)
            .content("{\"name\": \"Giatki Ces\", \"region\": \"7322\"}"))
        .andExpect(status().isBadRequest());
    mvc.perform(post("/registrations").contentType(MediaType.APPLICATION_JSON)
            .content("{\"name\": \"Giatki Ces\", \"region\": \"73.22\"}"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.accepted").value("Giatki Ces"));
  }

  @Test
  void boots_validator_reads_a_kipp_value_and_kipp_still_refuses_bad_input_itself() {
    Institution luwuUtara = Institution.regionalGovernment(
        "pemkab-luwu-utara", "Pemerintah Kabupaten Luwu Utara", InstitutionType.KABUPATEN, RegionCode.of("73.22"));
    assertThat(validator.validate(luwuUtara)).isEmpty();

    assertThatThrownBy(() -> Institution.regionalGovernment(
            "pemkab-luwu-utara", "Pemerintah\u0000Luwu Utara", InstitutionType.KABUPATEN, RegionCode.of("73.22")))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
            .extracting(v -> v.code()).contains("kipp.text.controlCharacter"));
  }
}
