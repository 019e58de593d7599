package io.github.kipp.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.kipp.core.LocalizedText;
import io.github.kipp.core.Violation;
import io.github.kipp.core.innovation.Proposal;
import io.github.kipp.format.KippFormatException;
import java.util.Locale;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * No scalar is read as another kind of scalar: a number or boolean where text belongs, or text
 * where a number or boolean belongs, is refused with its path, in JSON and in YAML alike. The format
 * version must be a string. One corpus for both Jackson lines: each line's subclass gives its
 * facades ({@link #line()}); the inputs are the Jackson 2 line's output, which both lines read.
 */
public abstract class SharedStrictScalars {

  /**
   * Returns the line under test.
   *
   * @return the line's facades
   */
  protected abstract Line line();

  private static final String COMPETITION_JSON = KippJson.json().write(JacksonFixtures.competition());
  private static final String COMPETITION_YAML = KippJson.yaml().write(JacksonFixtures.competition());
  private static final String RESULTS_JSON = KippJson.json().write(JacksonFixtures.results());

  /**
   * Runs a read that must be refused with one violation.
   *
   * @param read the read
   * @return the violation
   */
  protected static Violation refused(ThrowingCallable read) {
    KippFormatException e = catchThrowableOfType(KippFormatException.class, read);
    assertThat(e).as("a KippFormatException").isNotNull();
    assertThat(e.violations()).hasSize(1);
    return e.violations().get(0);
  }

  /**
   * Checks a violation of a value of the wrong type.
   *
   * @param v the violation
   * @param path its path
   * @param value the value
   * @param expectedEn what is expected, in English
   * @param expectedId what is expected, in Bahasa Indonesia
   */
  protected static void wrongType(Violation v, String path, String value, String expectedEn, String expectedId) {
    assertThat(v.code()).isEqualTo("kipp.json.wrongType");
    assertThat(v.path()).isEqualTo(path);
    assertThat(v.invalidValue()).isEqualTo(value);
    assertThat(v.message().english()).isEqualTo("The value " + value + " does not fit here; it must be " + expectedEn + ".");
    assertThat(v.message().indonesian()).isEqualTo("Nilai " + value + " tidak sesuai di sini; harus berupa " + expectedId + ".");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"1.0", "1", "1.00", "true", "false"})
  public void a_format_version_that_is_not_a_string_is_refused_in_every_document_and_every_position(String written) {
    String first = COMPETITION_JSON.replace("\"formatVersion\": \"" + KippJson.FORMAT_VERSION + "\"", "\"formatVersion\": " + written);
    String last = first.replaceFirst("\\{\\s*\"formatVersion\": [^,]+,", "{") .replaceFirst("\\}\\s*$", ", \"formatVersion\": " + written + "}");
    String yaml = COMPETITION_YAML.replace("formatVersion: \"" + KippJson.FORMAT_VERSION + "\"", "formatVersion: " + written);
    String results = RESULTS_JSON.replace("\"formatVersion\": \"" + KippJson.FORMAT_VERSION + "\"", "\"formatVersion\": " + written);
    assertThat(first).isNotEqualTo(COMPETITION_JSON);
    assertThat(last).doesNotStartWith("{\n  \"formatVersion\"").endsWith("\"formatVersion\": " + written + "}");
    assertThat(results).isNotEqualTo(RESULTS_JSON);

    wrongType(refused(() -> line().readCompetition(first)), "formatVersion", written, "text", "teks");
    wrongType(refused(() -> line().readCompetition(last)), "formatVersion", written, "text", "teks");
    wrongType(refused(() -> line().yaml().readCompetition(yaml)), "formatVersion", written, "text", "teks");
    wrongType(refused(() -> line().readResults(results, JacksonFixtures.competition())), "formatVersion", written, "text", "teks");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"1e0", "1E+0"})
  public void a_format_version_written_as_another_number_is_refused_showing_its_value(String written) {
    String json = COMPETITION_JSON.replace("\"formatVersion\": \"" + KippJson.FORMAT_VERSION + "\"", "\"formatVersion\": " + written);
    String yaml = COMPETITION_YAML.replace("formatVersion: \"" + KippJson.FORMAT_VERSION + "\"", "formatVersion: " + written);

    wrongType(refused(() -> line().readCompetition(json)), "formatVersion", "1", "text", "teks");
    wrongType(refused(() -> line().yaml().readCompetition(yaml)), "formatVersion", "1", "text", "teks");
  }

  /**
   * A YAML format version written {@code 0x1}, with the Jackson 2 line's YAML text around it (JSON has
   * no such number). YAML 1.1, which the Jackson 2 line reads, takes it for the number 1; YAML 1.2's
   * JSON schema, which the Jackson 3 line reads, for the text {@code 0x1}: each line's subclass says
   * how it is refused.
   *
   * @return the YAML document
   */
  protected static String hexFormatVersion() {
    return COMPETITION_YAML.replace("formatVersion: \"" + KippJson.FORMAT_VERSION + "\"", "formatVersion: 0x1");
  }

  // YAML 1.1 (Jackson 2) reads 0x1 as the number 1 and YAML 1.2 (Jackson 3) as the text "0x1": both
  // lines refuse such a contested plain scalar, naming it, rather than read it either way.
  @Test
  public void a_yaml_format_version_written_in_hexadecimal_is_refused_as_a_contested_scalar() {
    Violation v = refused(() -> line().yaml().readCompetition(hexFormatVersion()));

    assertThat(v.code()).isEqualTo("kipp.json.malformed");
    assertThat(v.message().english()).contains("'0x1'").contains("quote it for text");
  }

  @Test
  public void the_string_format_version_still_reads_and_another_version_is_refused_as_unsupported() {
    assertThat(line().readCompetition(COMPETITION_JSON)).isEqualTo(JacksonFixtures.competition());
    assertThat(line().yaml().readCompetition(COMPETITION_YAML)).isEqualTo(JacksonFixtures.competition());

    Violation v = refused(() -> line().readCompetition(COMPETITION_JSON.replace("\"formatVersion\": \"" + KippJson.FORMAT_VERSION + "\"", "\"formatVersion\": \"1\"")));
    assertThat(v.code()).isEqualTo("kipp.json.version");
    assertThat(v.message().english()).isEqualTo("Format version '1' is not supported; supported: 1.0, 1.1.");
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(delimiter = '|', value = {
    // where text belongs: an id, a title, a zone, an enum name, a list element, an element of a map's list
    "\"id\": \"p-1\"|\"id\": 7|proposals[0].id|7|text|teks",
    "\"title\": \"Giatki Ces\"|\"title\": true|proposals[0].innovation.title|true|text|teks",
    "\"zone\": \"Asia/Jakarta\"|\"zone\": 7.5|edition.zone|7.5|text|teks",
    "\"confidence\": \"REGULATION\"|\"confidence\": 1|edition.schedule.REGISTRATION.extensions[0].basis.confidence|1|text|teks",
    "\"sdgs\": \\[\\s*\"2.2\"|\"sdgs\": [ 2.2|proposals[0].sdgs[0]|2.2|text|teks",
    "\"te-2\"(\\s*\\])|2$1|assignments.evaluasi-proposal.evaluatorsByProposal.p-1[1]|2|text|teks",
    // where a number or a boolean belongs
    "\"year\": 2023|\"year\": \"2023\"|edition.year|\"2023\"|a whole number|bilangan bulat",
    "\"pandemicRelated\": true|\"pandemicRelated\": \"true\"|proposals[0].pandemicRelated|\"true\"|true or false|true atau false",
    "\"signifikansi\": 90|\"signifikansi\": \"90\"|scoreSheets.evaluasi-proposal[0].scores.signifikansi|\"90\"|a decimal number such as 78.25|angka desimal seperti 78.25",
  })
  public void a_scalar_of_another_kind_is_refused_with_its_path_in_json(String pattern, String replacement, String path, String value, String expectedEn, String expectedId) {
    String json = COMPETITION_JSON.replaceFirst(pattern, replacement);
    assertThat(json).as("the edit applies").isNotEqualTo(COMPETITION_JSON);

    wrongType(refused(() -> line().readCompetition(json)), path, value, expectedEn, expectedId);
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(delimiter = '|', value = {
    "id: \"p-1\"|id: 7|proposals[0].id|7|text|teks",
    "title: \"Giatki Ces\"|title: true|proposals[0].innovation.title|true|text|teks",
    "year: 2023|year: \"2023\"|edition.year|\"2023\"|a whole number|bilangan bulat",
    "pandemicRelated: true|pandemicRelated: \"true\"|proposals[0].pandemicRelated|\"true\"|true or false|true atau false",
    "signifikansi: 90|signifikansi: \"90\"|scoreSheets.evaluasi-proposal[0].scores.signifikansi|\"90\"|a decimal number such as 78.25|angka desimal seperti 78.25",
  })
  public void a_scalar_of_another_kind_is_refused_with_its_path_in_yaml_as_in_json(String from, String to, String path, String value, String expectedEn, String expectedId) {
    String yaml = COMPETITION_YAML.replaceFirst(java.util.regex.Pattern.quote(from), java.util.regex.Matcher.quoteReplacement(to));
    assertThat(yaml).as("the edit applies").isNotEqualTo(COMPETITION_YAML);

    wrongType(refused(() -> line().yaml().readCompetition(yaml)), path, value, expectedEn, expectedId);
  }

  @Test
  public void a_single_value_with_a_number_for_text_is_refused_in_both_languages() {
    String json = KippJson.json().write(JacksonFixtures.giatkiCes()).replace("\"id\": \"p-1\"", "\"id\": 1e400");

    KippFormatException e = catchThrowableOfType(KippFormatException.class, () -> line().read(json, Proposal.class, JacksonFixtures.competition()));

    assertThat(e.path()).isEqualTo("id");
    assertThat(e.message(Locale.ENGLISH)).contains("id: The value 1E+400 does not fit here; it must be text.");
    assertThat(e.message(LocalizedText.INDONESIAN)).contains("id: Nilai 1E+400 tidak sesuai di sini; harus berupa teks.");
  }
}
