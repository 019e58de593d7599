package io.github.kipp.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.kipp.core.LocalizedText;
import io.github.kipp.core.innovation.Proposal;
import io.github.kipp.format.CompetitionDocument;
import io.github.kipp.format.KippFormatException;
import io.github.kipp.scoring.FrozenScores;
import io.github.kipp.scoring.rank.Ranking;
import java.util.Locale;
import java.util.function.Consumer;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/**
 * One test per kind of bad input. Each asserts the path, the refused value and what is allowed, in
 * English and in Bahasa Indonesia.
 */
public abstract class SharedBadInput {

  /**
   * Returns the line under test.
   *
   * @return the line's facades
   */
  protected abstract Line line();

  private static final ObjectMapper PLAIN = new ObjectMapper();
  private static final String COMPETITION = Jackson2Line.json().write(JacksonFixtures.competition());

  private static KippFormatException refused(ThrowingCallable read) {
    KippFormatException e = catchThrowableOfType(KippFormatException.class, read);
    assertThat(e).as("a KippFormatException").isNotNull();
    assertThat(e.errorCode()).isEqualTo("kipp.json.invalid");
    return e;
  }

  private static String edited(Consumer<ObjectNode> edit) {
    try {
      ObjectNode doc = (ObjectNode) PLAIN.readTree(COMPETITION);
      edit.accept(doc);
      return PLAIN.writeValueAsString(doc);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static ObjectNode at(ObjectNode doc, String pointer) {
    return (ObjectNode) doc.at(pointer);
  }

  private static void saysInBothLanguages(KippFormatException e, String english, String indonesian) {
    assertThat(e.message(Locale.ENGLISH)).contains(english);
    assertThat(e.message(LocalizedText.INDONESIAN)).contains(indonesian);
  }

  @Test
  public void an_unknown_field_is_refused_naming_its_path_and_the_allowed_fields() {
    String json = edited(d -> at(d, "/proposals/3/sections/1").put("colour", "red"));

    KippFormatException e = refused(() -> line().readCompetition(json));

    assertThat(e.path()).isEqualTo("proposals[3].sections[1].colour");
    assertThat(e.value()).isEqualTo("colour");
    saysInBothLanguages(e, "Field 'colour' is not known here; allowed fields: section, text", "Kolom 'colour' tidak dikenal di sini; kolom yang diizinkan: section, text");
  }

  @Test
  public void a_domain_refusal_deep_in_the_document_carries_its_path_prefixed_by_the_json_path() {
    String json = edited(d -> at(d, "/proposals/3/sections/1").put("text", "Tanda \u0007 kendali"));

    KippFormatException e = refused(() -> line().readCompetition(json));

    assertThat(e.path()).isEqualTo("proposals[3].sections[1].text");
    assertThat(e.value()).isEqualTo("Tanda \u0007 kendali");
    assertThat(e.violations().get(0).code()).isEqualTo("kipp.text.controlCharacter");
    // The message writes the control character as an escape; the value keeps it.
    saysInBothLanguages(e, "proposals[3].sections[1].text: text 'Tanda \\u0007 kendali' contains control characters; only plain text is allowed",
        "proposals[3].sections[1].text: ");
  }

  @Test
  public void a_second_regional_government_of_one_region_under_another_id_is_refused_naming_both() {
    for (String type : new String[] {"KABUPATEN", "KOTA"}) {
      String json = edited(d -> ((ArrayNode) d.get("institutions")).addObject()
          .put("id", "kab-luwu-utara").put("name", "Pemkab Luwu Utara").put("type", type).put("region", "73.22"));

      KippFormatException e = refused(() -> line().readCompetition(json));

      assertThat(e.violations()).extracting(v -> v.path() + " " + v.code()).containsExactly("institutions[5].region kipp.json.duplicateGovernment");
      assertThat(e.value()).isEqualTo("73.22");
      saysInBothLanguages(e,
          "Institution kab-luwu-utara governs region 73.22, as pemkab-luwu-utara at institutions[3] does; one regional government is listed once, under one id.",
          "Instansi kab-luwu-utara memerintah wilayah 73.22, sama dengan pemkab-luwu-utara pada institutions[3]; satu pemerintah daerah dicantumkan sekali, dengan satu ID.");
    }
    String province = edited(d -> ((ArrayNode) d.get("institutions")).insertObject(0)
        .put("id", "prov-sulsel").put("name", "Pemprov Sulsel").put("type", "PROVINSI").put("region", "73"));
    assertThat(refused(() -> line().readCompetition(province)).violations()).extracting(v -> v.path() + " " + v.code())
        .containsExactly("institutions[5].region kipp.json.duplicateGovernment");
  }

  @Test
  public void a_bumd_must_carry_the_region_of_its_listed_owner_which_is_a_regional_government() {
    String elsewhere = edited(d -> at(d, "/institutions/0").put("region", "73.22"));

    KippFormatException e = refused(() -> line().readCompetition(elsewhere));

    assertThat(e.path()).isEqualTo("institutions[0].region");
    assertThat(e.violations()).extracting(v -> v.code()).containsExactly("kipp.json.bumdRegion");
    saysInBothLanguages(e,
        "BUMD bank-sulselbar carries region 73.22, but its owner pemprov-sulsel governs region 73; a BUMD carries the region of the government that owns it.",
        "BUMD bank-sulselbar mencantumkan wilayah 73.22, padahal pemiliknya pemprov-sulsel memerintah wilayah 73;");

    String ministry = edited(d -> at(d, "/institutions/0").put("owner", "kemenkes"));
    KippFormatException m = refused(() -> line().readCompetition(ministry));
    assertThat(m.path()).isEqualTo("institutions[0].owner");
    assertThat(m.violations()).extracting(v -> v.code()).containsExactly("kipp.json.bumdOwner");
    saysInBothLanguages(m, "BUMD bank-sulselbar names kemenkes as its owner, but kemenkes is of type KEMENTERIAN;",
        "BUMD bank-sulselbar mencantumkan kemenkes sebagai pemiliknya, padahal kemenkes berjenis KEMENTERIAN;");

    // An owner that is not listed is not checked: the BUMD is taken at its region.
    String unlisted = edited(d -> at(d, "/institutions/0").put("owner", "pemprov-lain"));
    assertThat(line().readCompetition(unlisted).institutions().get(0).owner()).hasValueSatisfying(o -> assertThat(o.value()).isEqualTo("pemprov-lain"));
  }

  @Test
  public void a_bilingual_name_disguised_by_a_bidi_override_or_broken_by_a_lone_surrogate_is_refused_naming_its_path() {
    String override = edited(d -> at(d, "/institutions/0").put("name", "Pemerintah \u202eKabupaten"));
    String surrogate = edited(d -> at(d, "/proposals/3/sections/1").put("text", "Tanda \ud800 kendali"));

    KippFormatException bidi = refused(() -> line().readCompetition(override));
    KippFormatException lone = refused(() -> line().readCompetition(surrogate));

    assertThat(bidi.path()).isEqualTo("institutions[0].name");
    assertThat(bidi.violations().get(0).code()).isEqualTo("kipp.text.invisible");
    saysInBothLanguages(bidi, "'Pemerintah \\u202EKabupaten' contains an invisible character (found U+202E at position 12)",
        "'Pemerintah \\u202EKabupaten' berisi karakter tak terlihat (ditemukan U+202E pada posisi 12)");
    assertThat(lone.path()).isEqualTo("proposals[3].sections[1].text");
    assertThat(lone.violations().get(0).code()).isEqualTo("kipp.text.malformed");
    saysInBothLanguages(lone, "'Tanda \\uD800 kendali' is not well-formed Unicode text", "'Tanda \\uD800 kendali' bukan teks Unicode yang utuh");
  }

  @Test
  public void an_edition_title_holding_nul_esc_del_nel_or_a_lone_surrogate_is_refused_naming_its_path() {
    for (String bad : java.util.List.of("\u0000", "\u001b", "\u007f", "\u0085", "\udfff")) {
      String json = edited(d -> at(d, "/edition/title").put("english", "KIPP" + bad + " 2023"));

      KippFormatException e = refused(() -> line().readCompetition(json));

      assertThat(e.path()).as(io.github.kipp.core.validation.TextPolicy.escape(bad)).isEqualTo("edition.title.english");
      assertThat(e.violations().get(0).code()).isIn("kipp.text.controlCharacter", "kipp.text.malformed");
    }
  }

  @Test
  public void a_value_of_the_wrong_type_is_refused_naming_what_is_expected() {
    String json = edited(d -> at(d, "/edition").put("year", "twenty"));

    KippFormatException e = refused(() -> line().readCompetition(json));

    assertThat(e.path()).isEqualTo("edition.year");
    assertThat(e.value()).isEqualTo("\"twenty\"");
    saysInBothLanguages(e, "it must be a whole number", "harus berupa bilangan bulat");
  }

  @Test
  public void a_list_where_an_object_belongs_is_refused() {
    String json = edited(d -> at(d, "/proposals/0").putArray("innovation").add(1));

    KippFormatException e = refused(() -> line().readCompetition(json));

    assertThat(e.path()).isEqualTo("proposals[0].innovation");
    assertThat(e.value()).isEqualTo("[1]");
    saysInBothLanguages(e, "it must be an object { ... }", "harus berupa objek { ... }");
  }

  @Test
  public void a_value_outside_a_fixed_vocabulary_is_refused_listing_the_allowed_values() {
    String json = edited(d -> at(d, "/institutions/0").put("type", "DESA"));

    KippFormatException e = refused(() -> line().readCompetition(json));

    assertThat(e.path()).isEqualTo("institutions[0].type");
    assertThat(e.value()).isEqualTo("DESA");
    saysInBothLanguages(e, "'DESA' is not allowed; allowed: KEMENTERIAN, LEMBAGA, PROVINSI, KABUPATEN, KOTA, BUMN, BUMD",
        "'DESA' tidak diizinkan; yang diizinkan: KEMENTERIAN");
  }

  @Test
  public void a_weight_the_domain_refuses_is_reported_with_the_domain_message() {
    String json = edited(d -> at(d, "/edition/sections/0").put("weight", new java.math.BigDecimal("1.5")));

    KippFormatException e = refused(() -> line().readCompetition(json));

    assertThat(e.path()).isEqualTo("edition.sections[0].weight");
    assertThat(e.value()).isEqualTo("1.5");
    saysInBothLanguages(e, "Weight 1.5 is outside the range 0 to 1", "1.5");
  }

  @Test
  public void a_missing_required_field_is_refused() {
    String json = edited(d -> at(d, "/proposals/2").remove("id"));

    KippFormatException e = refused(() -> line().readCompetition(json));

    assertThat(e.path()).isEqualTo("proposals[2].id");
    assertThat(e.value()).isEmpty();
    saysInBothLanguages(e, "A value is required here; it must be an identifier such as p-17", "Nilai wajib diisi di sini");
  }

  @Test
  public void null_in_a_list_is_refused() {
    String json = edited(d -> ((ArrayNode) d.at("/proposals/1/sections")).addNull());

    KippFormatException e = refused(() -> line().readCompetition(json));

    assertThat(e.path()).isEqualTo("proposals[1].sections[2]");
    saysInBothLanguages(e, "null is not allowed here", "null tidak diizinkan di sini");
  }

  @Test
  public void an_id_that_names_no_listed_institution_is_refused_listing_the_known_ones() {
    String json = edited(d -> at(d, "/proposals/0/innovation").put("institution", "pemkab-nowhere"));

    KippFormatException e = refused(() -> line().readCompetition(json));

    assertThat(e.path()).isEqualTo("proposals[0].innovation.institution");
    assertThat(e.value()).isEqualTo("pemkab-nowhere");
    saysInBothLanguages(e, "'pemkab-nowhere' names no institution of the document; known: bank-sulselbar, kemenkes, kemenpanrb",
        "tidak menunjuk instansi mana pun dalam dokumen");
  }

  @Test
  public void a_malformed_id_is_refused_with_the_id_pattern() {
    String json = edited(d -> at(d, "/statuses/0").put("proposal", "p 1!"));

    KippFormatException e = refused(() -> line().readCompetition(json));

    assertThat(e.path()).isEqualTo("statuses[0].proposal");
    assertThat(e.value()).isEqualTo("p 1!");
    saysInBothLanguages(e, "proposal id 'p 1!' is not valid; it must match [A-Za-z0-9][A-Za-z0-9._:-]{0,127}", "p 1!");
  }

  @Test
  public void a_malformed_instant_is_refused_with_an_example() {
    String json = edited(d -> at(d, "/statuses/1").put("registeredAt", "yesterday"));

    KippFormatException e = refused(() -> line().readCompetition(json));

    assertThat(e.path()).isEqualTo("statuses[1].registeredAt");
    assertThat(e.value()).isEqualTo("yesterday");
    saysInBothLanguages(e, "'yesterday' is not an instant such as 2023-05-30T16:59:00Z", "'yesterday' bukan waktu seperti 2023-05-30T16:59:00Z");
  }

  @Test
  public void a_number_with_a_huge_exponent_is_refused_before_any_arithmetic() {
    String json = COMPETITION.replaceFirst("\"adaptabilitas\": 80.5", "\"adaptabilitas\": 1e999999999");

    KippFormatException e = refused(() -> line().readCompetition(json));

    assertThat(e.path()).isEqualTo("scoreSheets.evaluasi-proposal[0].scores.adaptabilitas");
    saysInBothLanguages(e, "is out of range; at most 40 digits and at most 20 decimal places are allowed", "di luar batas");
  }

  @Test
  public void a_newer_format_version_is_refused_before_anything_else() {
    String json = edited(d -> {
      d.put("formatVersion", "2.0");
      d.put("awards", "new in 2.0");
    });

    KippFormatException e = refused(() -> line().readCompetition(json));

    assertThat(e.path()).isEqualTo("formatVersion");
    assertThat(e.value()).isEqualTo("2.0");
    saysInBothLanguages(e, "Format version '2.0' is not supported; supported: 1.0", "Versi format '2.0' tidak didukung; yang didukung: 1.0");
  }

  @Test
  public void malformed_json_is_refused_with_its_line_and_column() {
    String json = "{\n  \"formatVersion\": \"1.0\",\n  \"edition\": {\n}";

    KippFormatException e = refused(() -> line().readCompetition(json));

    assertThat(e.path()).isEmpty();
    saysInBothLanguages(e, "The input is not well-formed JSON at line 4, column 2", "Masukan bukan JSON yang benar pada baris 4, kolom 2");
  }

  @Test
  public void a_repeated_key_is_refused() {
    String json = "{\"formatVersion\": \"1.0\", \"formatVersion\": \"1.0\"}";

    KippFormatException e = refused(() -> line().readCompetition(json));

    saysInBothLanguages(e, "Duplicate field 'formatVersion'", "Masukan bukan JSON yang benar");
  }

  @Test
  public void content_after_the_document_is_refused() {
    KippFormatException e = refused(() -> line().read(COMPETITION + "{}", CompetitionDocument.class));

    saysInBothLanguages(e, "Content follows the end of the document at line", "Ada isi setelah akhir dokumen pada baris");
  }

  @Test
  public void a_document_longer_than_the_limit_is_refused_before_parsing() {
    Line small = line().json(1_000, 0);

    KippFormatException e = refused(() -> small.readCompetition(COMPETITION));

    saysInBothLanguages(e, "The input is too large: " + COMPETITION.length() + " characters; allowed: at most 1000 characters",
        "Masukan terlalu besar: " + COMPETITION.length() + " characters; yang diizinkan: paling banyak 1000 karakter");
  }

  @Test
  public void a_string_longer_than_the_limit_is_refused() {
    Line small = line().json(0, 100);
    String json = edited(d -> at(d, "/proposals/0/sections/0").put("text", "kata ".repeat(100)));

    KippFormatException e = refused(() -> small.readCompetition(json));

    saysInBothLanguages(e, "The input is too large: String value length (500) exceeds the maximum allowed (100", "Masukan terlalu besar");
  }

  @Test
  public void nesting_deeper_than_the_limit_is_refused() {
    String json = "{\"formatVersion\": \"1.0\", \"history\": " + "[".repeat(100) + "]".repeat(100) + "}";

    KippFormatException e = refused(() -> line().readCompetition(json));

    saysInBothLanguages(e, "nesting depth (65) exceeds the maximum allowed (64", "Masukan terlalu besar");
  }

  @Test
  public void a_number_longer_than_the_limit_is_refused() {
    String json = COMPETITION.replaceFirst("\"adaptabilitas\": 80.5", "\"adaptabilitas\": 8" + "0".repeat(100));

    KippFormatException e = refused(() -> line().readCompetition(json));

    saysInBothLanguages(e, "Number value length (101) exceeds the maximum allowed (64", "Masukan terlalu besar");
  }

  @Test
  public void a_ranking_whose_entries_its_candidates_do_not_give_is_refused() {
    String json = line().write(JacksonFixtures.ranking());
    String swapped = json.replaceFirst("\"rank\": 1,", "\"rank\": 2,");

    KippFormatException e = refused(() -> line().read(swapped, Ranking.class, JacksonFixtures.competition()));

    assertThat(e.path()).isEqualTo("entries[0]");
    saysInBothLanguages(e, "at position 1 the document has p-1 (position 1, rank 2", "pada posisi 1 dokumen berisi p-1 (position 1, rank 2");
  }

  @Test
  public void a_tie_break_kipp_does_not_ship_is_refused_listing_the_forms_it_reads() {
    String json = line().write(JacksonFixtures.ranking()).replace("earlier-submission", "coin-toss");

    KippFormatException e = refused(() -> line().read(json, Ranking.class, JacksonFixtures.competition()));

    assertThat(e.path()).isEqualTo("tieBreaks[1].id");
    assertThat(e.value()).isEqualTo("coin-toss");
    saysInBothLanguages(e, "allowed: criterion:<id>, stage:<id>, earlier-submission, draw:<seed>", "draw:<benih>");
  }

  @Test
  public void a_ranking_read_without_its_proposals_is_refused_naming_the_proposal() {
    String json = line().write(JacksonFixtures.ranking());

    KippFormatException e = refused(() -> line().read(json, Ranking.class));

    assertThat(e.path()).isEqualTo("entries[0].candidate.proposal");
    saysInBothLanguages(e, "names no proposal of the document", "tidak menunjuk proposal mana pun");
  }

  @Test
  public void frozen_scores_changed_after_freezing_are_refused_by_their_population_id() {
    String json = line().write(JacksonFixtures.frozen()).replaceFirst("\"signifikansi\": 90", "\"signifikansi\": 95");

    KippFormatException e = refused(() -> line().read(json, FrozenScores.class));

    assertThat(e.path()).isEqualTo("populationId");
    saysInBothLanguages(e, "the sheets were changed after they were frozen", "lembar penilaian diubah setelah dibekukan");
  }

  @Test
  public void a_root_of_the_wrong_kind_is_refused() {
    KippFormatException e = refused(() -> line().read("[1, 2]", Proposal.class));

    assertThat(e.path()).isEmpty();
    saysInBothLanguages(e, "it must be an object { ... }", "harus berupa objek");
  }

  @Test
  public void an_inconsistent_document_lists_every_problem() {
    String json = edited(d -> {
      ((ArrayNode) d.get("units")).add(d.get("units").get(0).deepCopy());
      at(d, "/statuses/0").put("proposal", "p-99");
    });

    KippFormatException e = refused(() -> line().readCompetition(json));

    assertThat(e.violations()).extracting(v -> v.path()).containsExactly("units[4].id", "statuses[0].proposal");
    saysInBothLanguages(e, "appears more than once; each unit may appear once", "muncul lebih dari sekali");
  }

  @Test
  public void malformed_yaml_is_refused_with_its_line() {
    String yaml = "formatVersion: \"1.0\"\nedition:\n  id: kipp-2023\n   year: 2023\n";

    KippFormatException e = refused(() -> line().yaml().readCompetition(yaml));

    assertThat(e.format()).isEqualTo("YAML");
    saysInBothLanguages(e, "The input is not well-formed YAML at line", "Masukan bukan YAML yang benar pada baris");
  }

  @Test
  public void a_yaml_key_given_twice_is_refused() {
    KippFormatException e = refused(() -> line().yaml().readCompetition("formatVersion: \"1.0\"\nformatVersion: \"1.0\"\n"));

    saysInBothLanguages(e, "formatVersion", "Masukan bukan YAML yang benar");
  }
}
