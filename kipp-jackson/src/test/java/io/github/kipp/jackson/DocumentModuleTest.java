package io.github.kipp.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.kipp.core.EditionId;
import io.github.kipp.core.LocalizedText;
import io.github.kipp.core.ProposalId;
import io.github.kipp.core.RuleModuleId;
import io.github.kipp.core.institution.RegionCode;
import io.github.kipp.core.rule.NoSuchRuleModuleException;
import io.github.kipp.core.rule.RuleModuleReference;
import io.github.kipp.core.rule.RuleRegistry;
import io.github.kipp.core.spi.Jurisdiction;
import io.github.kipp.core.spi.RuleModule;
import io.github.kipp.core.stage.ProposalStatus;
import io.github.kipp.core.stage.StageTransition;
import io.github.kipp.core.stage.Stages;
import io.github.kipp.format.CompetitionDocument;
import io.github.kipp.format.KippFormatException;
import io.github.kipp.format.ResultsDocument;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Format 1.1: a competition document records the rule module it is kept under (id and
 * jurisdiction), finds it again in a registry, and documents of format 1.0 still read.
 */
class DocumentModuleTest {

  private static final KippJson JSON = KippJson.json();
  private static final ObjectMapper PLAIN = new ObjectMapper();
  private static final Jurisdiction SULSEL = Jurisdiction.province(RegionCode.of("73"), LocalizedText.of("Provinsi Sulawesi Selatan", "South Sulawesi Province"));
  private static final Jurisdiction LUWU_UTARA = Jurisdiction.regency(RegionCode.of("73.22"), LocalizedText.same("Kabupaten Luwu Utara"));

  private static CompetitionDocument withoutModule(CompetitionDocument d) {
    return new CompetitionDocument(d.edition(), d.institutions(), d.units(), d.proposals(), d.statuses(), d.panels(), d.assignments(),
        d.scoreSheets(), d.history());
  }

  private static ObjectNode tree(String json) throws IOException {
    return (ObjectNode) PLAIN.readTree(json);
  }

  private static List<String> violations(KippFormatException e) {
    return e.violations().stream().map(v -> v.code() + " " + v.path() + " " + v.invalidValue()).toList();
  }

  @Test
  void a_document_records_its_module_first_and_reads_it_back_with_the_jurisdiction_and_its_name() throws IOException {
    CompetitionDocument doc = JacksonFixtures.competition();
    String json = JSON.write(doc);

    assertThat(doc.module()).contains(new RuleModuleReference(RuleModuleId.of("sinovik-2023"), Jurisdiction.NATIONAL));
    assertThat(json).startsWith("{\n  \"formatVersion\": \"1.1\",\n  \"module\": {\n    \"id\": \"sinovik-2023\",");
    assertThat(tree(json).at("/module/jurisdiction").toString())
        .isEqualTo("{\"level\":\"NATIONAL\",\"name\":{\"indonesian\":\"Nasional (Kementerian PANRB)\",\"english\":\"National (Ministry of PANRB)\"}}");
    assertThat(JSON.readCompetition(json)).isEqualTo(doc);
    assertThat(KippJson.yaml().readCompetition(KippJson.yaml().write(doc))).isEqualTo(doc);
  }

  @Test
  void regional_jurisdictions_read_back_with_their_region_level_and_name() {
    for (Jurisdiction j : List.of(SULSEL, LUWU_UTARA)) {
      CompetitionDocument doc = CompetitionDocument.newBuilder().edition(JacksonFixtures.edition())
          .module(FixtureModule.of("sinovik-2023/round", j, JacksonFixtures.edition())).build();

      RuleModuleReference read = JSON.readCompetition(JSON.write(doc)).module().orElseThrow();

      assertThat(read.jurisdiction().level()).isEqualTo(j.level());
      assertThat(read.jurisdiction().region()).isEqualTo(j.region());
      assertThat(read.jurisdiction().name()).isEqualTo(j.name());
    }
  }

  @Test
  void a_stored_document_of_format_1_0_still_reads_and_records_no_module() throws IOException {
    String stored = Files.readString(Path.of("src/test/resources/golden/competition-document-1.0.json"), StandardCharsets.UTF_8);

    CompetitionDocument read = JSON.readCompetition(stored);

    assertThat(stored).startsWith("{\n  \"formatVersion\": \"1.0\",\n  \"edition\"");
    assertThat(read.module()).isEmpty();
    assertThat(read).isEqualTo(withoutModule(JacksonFixtures.competition()));
    assertThat(JSON.write(read)).startsWith("{\n  \"formatVersion\": \"1.1\",\n  \"edition\"");
  }

  @Test
  void a_results_document_of_format_1_0_still_reads_as_its_1_1_form_does() {
    String written = JSON.write(JacksonFixtures.results());
    String asOf10 = written.replaceFirst("\"formatVersion\": \"1.1\"", "\"formatVersion\": \"1.0\"");

    ResultsDocument read = JSON.readResults(asOf10, JacksonFixtures.competition());

    assertThat(asOf10).isNotEqualTo(written);

    assertThat(JSON.write(read)).isEqualTo(JSON.write(JacksonFixtures.results()));
  }

  @Test
  void a_document_of_format_1_1_need_not_record_a_module() throws IOException {
    ObjectNode doc = tree(JSON.write(JacksonFixtures.competition()));
    doc.remove("module");

    assertThat(JSON.readCompetition(doc.toString()).module()).isEmpty();
  }

  @Test
  void a_document_of_format_1_0_that_records_a_module_is_refused_naming_the_fields_of_1_0() throws IOException {
    ObjectNode doc = tree(JSON.write(JacksonFixtures.competition()));
    doc.put("formatVersion", "1.0");

    assertThatThrownBy(() -> JSON.readCompetition(doc.toString()))
        .isInstanceOfSatisfying(KippFormatException.class, e -> {
          assertThat(violations(e)).containsExactly("kipp.json.unknownField module module");
          assertThat(e.violations().get(0).message().english()).isEqualTo("Field 'module' is not known here; allowed fields: formatVersion, edition,"
              + " institutions, units, proposals, statuses, panels, assignments, scoreSheets, history.");
        });
  }

  @Test
  void an_unknown_format_version_is_refused_listing_the_versions_read() throws IOException {
    ObjectNode doc = tree(JSON.write(JacksonFixtures.competition()));
    doc.put("formatVersion", "1.2");

    assertThatThrownBy(() -> JSON.readCompetition(doc.toString()))
        .isInstanceOfSatisfying(KippFormatException.class, e ->
            assertThat(e.violations().get(0).message().english()).isEqualTo("Format version '1.2' is not supported; supported: 1.0, 1.1."));
  }

  @Test
  void a_malformed_jurisdiction_is_refused_with_its_path_whichever_way_the_document_is_read() throws IOException {
    String json = JSON.write(JacksonFixtures.competition());
    ObjectNode nationalWithRegion = tree(json);
    ((ObjectNode) nationalWithRegion.at("/module/jurisdiction")).put("region", "73");
    ObjectNode provinceWithout = tree(json);
    ((ObjectNode) provinceWithout.at("/module/jurisdiction")).put("level", "PROVINCE");
    ObjectNode provinceWithRegency = tree(json);
    ((ObjectNode) provinceWithRegency.at("/module/jurisdiction")).put("level", "PROVINCE").put("region", "73.22");
    ObjectNode badId = tree(json);
    ((ObjectNode) badId.at("/module")).put("id", "Sinovik 2023");

    assertThat(violationsOf(JSON, nationalWithRegion)).containsExactly("kipp.jurisdiction.nationalRegion module.jurisdiction.region 73");
    assertThat(violationsOf(JSON, provinceWithout)).containsExactly("kipp.jurisdiction.regionMissing module.jurisdiction.region ");
    assertThat(violationsOf(JSON, provinceWithRegency)).containsExactly("kipp.jurisdiction.level module.jurisdiction.region 73.22");
    assertThat(violationsOf(JSON, badId)).containsExactly("kipp.id.invalid module.id Sinovik 2023");
    // A document whose format version does not come first is read through a tree, with the same paths.
    ObjectNode reordered = PLAIN.createObjectNode();
    reordered.set("module", nationalWithRegion.get("module"));
    nationalWithRegion.fields().forEachRemaining(f -> reordered.putIfAbsent(f.getKey(), f.getValue()));
    assertThat(violationsOf(JSON, reordered)).containsExactly("kipp.jurisdiction.nationalRegion module.jurisdiction.region 73");
  }

  private static List<String> violationsOf(KippJson reader, ObjectNode doc) {
    try {
      reader.readCompetition(doc.toString());
    } catch (KippFormatException e) {
      return violations(e);
    }
    throw new AssertionError("read without a failure: " + doc);
  }

  @Test
  void a_document_finds_its_recorded_module_in_a_registry_and_refuses_one_that_disagrees() {
    RuleModule national = JacksonFixtures.module();
    RuleModule sulsel = FixtureModule.of("sinovik-2023/sulsel-2023", SULSEL, JacksonFixtures.edition().withId(EditionId.of("sulsel-2023")));
    RuleRegistry registry = RuleRegistry.newBuilder().register(national).register(sulsel).build();
    CompetitionDocument doc = JacksonFixtures.competition();

    assertThat(doc.moduleIn(registry)).isSameAs(national);
    assertThat(withoutModule(doc).moduleIn(registry)).isSameAs(national);

    CompetitionDocument claimsSulsel = new CompetitionDocument(doc.edition(), doc.institutions(), doc.units(), doc.proposals(), doc.statuses(),
        doc.panels(), doc.assignments(), doc.scoreSheets(), doc.history(), Optional.of(RuleModuleReference.of(sulsel)));
    assertThatThrownBy(() -> claimsSulsel.moduleIn(registry))
        .isInstanceOfSatisfying(NoSuchRuleModuleException.class, e -> assertThat(e.errorCode()).isEqualTo("kipp.registry.mismatch"))
        .hasMessageContaining("defines edition sulsel-2023, but the reference names PROVINCE 73 (South Sulawesi Province) and edition kipp-2023");
    assertThatThrownBy(() -> withoutModule(doc).moduleIn(RuleRegistry.newBuilder().register(sulsel).build()))
        .isInstanceOfSatisfying(NoSuchRuleModuleException.class, e -> assertThat(e.errorCode()).isEqualTo("kipp.registry.noEditionId"))
        .hasMessage("No rule module defines edition kipp-2023; editions known: sulsel-2023 (sinovik-2023/sulsel-2023).");
  }

  @Test
  void the_builder_refuses_a_module_of_another_edition_or_a_second_module() {
    RuleModule other = FixtureModule.of("sinovik-2023/sulsel-2023", SULSEL, JacksonFixtures.edition().withId(EditionId.of("sulsel-2023")));

    assertThatThrownBy(() -> CompetitionDocument.newBuilder().edition(JacksonFixtures.edition()).module(other).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("CompetitionDocument.Builder: module sinovik-2023/sulsel-2023 defines edition sulsel-2023, not the document's edition kipp-2023");
    assertThatThrownBy(() -> CompetitionDocument.newBuilder().module(JacksonFixtures.module()).module(other))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith("CompetitionDocument.Builder: module was already set to ");
  }

  @Test
  void submission_times_are_those_of_the_statuses_in_proposal_order_leaving_out_proposals_not_submitted() {
    CompetitionDocument doc = JacksonFixtures.competition();
    ProposalStatus p2 = doc.statuses().get(1);
    Instant sentBack = p2.lastTransition().orElseThrow().at().plusSeconds(3_600);
    List<StageTransition> returned = new ArrayList<>(p2.history());
    returned.add(new StageTransition(Stages.SUBMITTED, Stages.DRAFT, returned.get(1).actor(), sentBack, returned.get(1).reasons(),
        Optional.empty(), returned.get(1).basis()));
    List<ProposalStatus> statuses = new ArrayList<>(doc.statuses());
    statuses.set(1, ProposalStatus.of(p2.proposal(), p2.initialStage(), p2.registeredAt(), returned));
    statuses.remove(3);
    CompetitionDocument changed = new CompetitionDocument(doc.edition(), doc.institutions(), doc.units(), doc.proposals(),
        com.google.common.collect.ImmutableList.copyOf(statuses), doc.panels(), doc.assignments(), doc.scoreSheets(), doc.history(), doc.module());

    assertThat(doc.submissionTimes()).containsOnlyKeys(doc.proposals().stream().map(p -> p.id()).toList());
    assertThat(List.copyOf(doc.submissionTimes().keySet())).isSorted();
    assertThat(doc.submissionTimes().get(ProposalId.of("p-1"))).isEqualTo(doc.statuses().get(0).history().get(1).at());
    assertThat(changed.submissionTimes()).containsOnlyKeys(doc.statuses().get(0).proposal(), doc.statuses().get(2).proposal());
  }
}
