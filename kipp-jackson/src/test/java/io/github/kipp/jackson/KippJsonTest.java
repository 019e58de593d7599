package io.github.kipp.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.kipp.core.InvalidInputException;
import io.github.kipp.core.MessageCatalog;
import io.github.kipp.core.innovation.Proposal;
import io.github.kipp.core.institution.Institution;
import io.github.kipp.core.institution.InstitutionType;
import io.github.kipp.format.CompetitionDocument;
import io.github.kipp.format.KippFormatException;
import io.github.kipp.format.internal.FormatMessages;
import java.io.StringReader;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.util.List;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

class KippJsonTest {

  @Test
  void a_host_mapper_with_the_module_reads_what_the_facade_writes() throws Exception {
    ObjectMapper host = new ObjectMapper().registerModule(new KippModule());
    Proposal p = JacksonFixtures.giatkiCes();

    assertThat(host.readValue(KippJson.json().write(p), Proposal.class)).isEqualTo(p);
    assertThat(host.readValue(host.writeValueAsString(p), Proposal.class)).isEqualTo(p);
  }

  @Test
  void proposals_from_the_test_kits_factories_share_one_competition_document() {
    io.github.kipp.testkit.generators.KippFactories factories = io.github.kipp.testkit.generators.KippFactories.seeded(7);
    io.github.kipp.core.edition.Edition edition = factories.edition();
    List<Proposal> proposals = factories.proposals(edition, 80);
    // Several proposals come from the same institution, and so name the same unit.
    assertThat(proposals.stream().map(p -> p.innovation().unit().id()).distinct().count()).isLessThan(80);

    CompetitionDocument document = CompetitionDocument.newBuilder().edition(edition).proposals(proposals).build();

    assertThat(KippJson.json().readCompetition(KippJson.json().write(document))).isEqualTo(document);
  }

  @Test
  void a_host_mapper_with_snake_case_naming_still_writes_kipps_field_names() throws Exception {
    ObjectMapper host = new ObjectMapper()
        .setPropertyNamingStrategy(com.fasterxml.jackson.databind.PropertyNamingStrategies.SNAKE_CASE)
        .registerModule(new KippModule());

    assertThat(host.writeValueAsString(JacksonFixtures.giatkiCes())).contains("\"pandemicRelated\":true").doesNotContain("pandemic_related");
  }

  @Test
  void decimals_are_written_in_plain_notation_with_their_scale() {
    String json = KippJson.json().write(JacksonFixtures.aggregation());

    assertThat(json).contains("\"score\": 72.00").doesNotContain("E+");
    assertThat(KippJson.json().write(io.github.kipp.scoring.Scale.of(BigDecimal.ZERO, new BigDecimal("1E+2"), BigDecimal.ONE))).contains("\"max\": 100");
  }

  @Test
  void reading_from_a_reader_and_writing_to_a_writer_give_the_same_text() {
    StringWriter out = new StringWriter();
    KippJson.yaml().write(out, JacksonFixtures.competition());

    assertThat(out.toString()).isEqualTo(KippJson.yaml().write(JacksonFixtures.competition())).startsWith("formatVersion: \"1.1\"\n");
    assertThat(KippJson.yaml().read(new StringReader(out.toString()), CompetitionDocument.class)).isEqualTo(JacksonFixtures.competition());
  }

  @Test
  void a_reader_longer_than_the_limit_is_refused_without_reading_it_all() {
    KippJson small = KippJson.newBuilder().maxDocumentLength(10).build();

    KippFormatException e = catchThrowableOfType(KippFormatException.class, () -> small.read(new StringReader("x".repeat(100_000)), Proposal.class));

    assertThat(e.violations().get(0).code()).isEqualTo("kipp.json.tooLarge");
  }

  @Test
  void a_builder_option_set_twice_or_below_one_is_refused() {
    assertThatThrownBy(() -> KippJson.newBuilder().maxNestingDepth(10).maxNestingDepth(20))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("maxNestingDepth was already set to 10");
    assertThatThrownBy(() -> KippJson.newBuilder().maxStringLength(0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> KippJson.newBuilder().yaml().yaml()).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void the_mapper_handed_out_is_a_copy() {
    ObjectMapper copy = KippJson.json().mapper();
    copy.disable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    assertThatThrownBy(() -> KippJson.json().read("{\"x\": 1}", io.github.kipp.core.Actor.class)).isInstanceOf(KippFormatException.class);
  }

  @Test
  void the_document_builder_adds_the_institutions_and_units_proposals_use() {
    CompetitionDocument doc = JacksonFixtures.competition();

    assertThat(doc.institutions()).extracting(i -> i.id().value())
        .containsExactly("bank-sulselbar", "kemenkes", "kemenpanrb", "pemkab-luwu-utara", "pemprov-sulsel");
    assertThat(doc.units()).extracting(u -> u.id().value())
        .containsExactly("bank-sulselbar-layanan", "luwu-utara-dinkes", "luwu-utara-pkm-masamba", "sulsel-bappelitbangda");
  }

  @Test
  void a_document_listing_an_institution_unlike_the_one_its_proposal_uses_is_refused() {
    Institution renamed = Institution.regionalGovernment("pemkab-luwu-utara", "Pemkab Lutra", InstitutionType.KABUPATEN,
        JacksonFixtures.LUWU_UTARA.region().orElseThrow());

    InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> CompetitionDocument.newBuilder()
        .edition(JacksonFixtures.edition()).institutions(List.of(renamed)).units(List.of(JacksonFixtures.DINKES)).proposals(List.of(JacksonFixtures.giatkiCes())).build());

    assertThat(e.violations()).extracting(v -> v.path() + " " + v.code())
        .containsExactly("proposals[0].innovation.institution kipp.json.conflict");
    assertThat(e.getMessage()).contains("institution 'pemkab-luwu-utara' is given twice with different contents");
  }

  @Test
  void both_message_bundles_hold_the_same_keys() {
    ResourceBundle en = ResourceBundle.getBundle("io.github.kipp.format.Messages", java.util.Locale.ROOT);
    MessageCatalog catalog = FormatMessages.CATALOG;

    assertThat(catalog.keys()).containsExactlyInAnyOrderElementsOf(en.keySet());
    catalog.keys().forEach(k -> assertThat(catalog.contains(k)).as(k).isTrue());
  }

  @Test
  void every_message_key_is_listed_once_in_the_format_documents_error_table() throws java.io.IOException {
    String page = java.nio.file.Files.readString(java.nio.file.Path.of("..", "docs", "format.md"));
    String errors = page.substring(page.indexOf("## Errors"), page.indexOf("## Limits"));
    String table = errors.substring(errors.indexOf("| code | meaning |"));

    FormatMessages.CATALOG.keys().forEach(key ->
        assertThat(table.split("`" + java.util.regex.Pattern.quote(key) + "`", -1)).as(key).hasSize(2));
  }
}
