package io.github.kipp.jackson;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.kipp.core.Citation;
import io.github.kipp.core.edition.Edition;
import io.github.kipp.core.innovation.Proposal;
import io.github.kipp.core.institution.Institution;
import io.github.kipp.core.institution.Unit;
import io.github.kipp.core.stage.ProposalStatus;
import io.github.kipp.format.CompetitionDocument;
import io.github.kipp.scoring.CriteriaSet;
import io.github.kipp.scoring.ScoreSheet;
import io.github.kipp.scoring.panel.Assignment;
import io.github.kipp.scoring.panel.Panel;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/**
 * The golden files of kipp's format, run against a Jackson line: each line's subclass says how it
 * writes and reads a value, and must give the golden file's bytes exactly, so that both lines write
 * the same documents (the documents are kipp-format's, one type for both lines). The files are the ones {@link GoldenFilesTest} keeps (and rewrites with {@code
 * -Dkipp.golden.update=true}); they are read from the class path, so the corpus runs in any module
 * that has kipp-jackson's test jar.
 */
public abstract class SharedGoldenCorpus {

  /**
   * Writes a value as the line writes it: pretty-printed with kipp's layout, ending with a line
   * break.
   *
   * @param value the value
   * @return the text
   */
  protected abstract String write(Object value);

  /**
   * Reads a value of a type as the line reads it.
   *
   * @param text the text
   * @param type the type
   * @param <T> the type
   * @return the value
   */
  protected abstract <T> T read(String text, Class<T> type);

  /**
   * The top-level documents whose golden files every line writes.
   *
   * @return the documents by golden file name
   */
  protected static Map<String, Object> documents() {
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("competition-document", JacksonFixtures.competition());
    v.put("results-document", JacksonFixtures.results());
    return v;
  }

  /**
   * The values whose golden files every line writes: the domain and result values, without the
   * top-level documents.
   *
   * @return the values by golden file name, in a fixed order
   */
  protected static Map<String, Object> values() {
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("citation", JacksonFixtures.LETTER);
    v.put("institution-bumd", JacksonFixtures.BANK_SULSELBAR);
    v.put("unit", JacksonFixtures.PUSKESMAS);
    v.put("proposal", JacksonFixtures.giatkiCes());
    v.put("proposal-replication", JacksonFixtures.replication());
    v.put("edition", JacksonFixtures.edition());
    v.put("status", JacksonFixtures.status(JacksonFixtures.giatkiCes()));
    v.put("criteria", JacksonFixtures.CRITERIA);
    v.put("score-sheet", JacksonFixtures.sheets().get(0));
    v.put("frozen-scores", JacksonFixtures.frozen());
    v.put("panel", JacksonFixtures.panel());
    v.put("assignment", JacksonFixtures.assignment());
    v.put("screening", JacksonFixtures.screening());
    v.put("aggregation", JacksonFixtures.aggregation());
    v.put("combination", JacksonFixtures.combination());
    v.put("ranking", JacksonFixtures.rankingWithOverride());
    v.put("cut", JacksonFixtures.cut());
    return v;
  }

  /**
   * The values read back on their own, without a document around them, by the type they are read
   * as.
   *
   * @return the types by golden file name
   */
  protected static Map<String, Class<?>> readable() {
    Map<String, Class<?>> v = new LinkedHashMap<>();
    v.put("citation", Citation.class);
    v.put("institution-bumd", Institution.class);
    v.put("unit", Unit.class);
    v.put("proposal", Proposal.class);
    v.put("proposal-replication", Proposal.class);
    v.put("edition", Edition.class);
    v.put("status", ProposalStatus.class);
    v.put("criteria", CriteriaSet.class);
    v.put("score-sheet", ScoreSheet.class);
    v.put("panel", Panel.class);
    v.put("assignment", Assignment.class);
    return v;
  }

  /**
   * Reads a golden file from the class path.
   *
   * @param name the file's name, without {@code .json}
   * @return its text
   */
  protected static String golden(String name) {
    try (InputStream in = SharedGoldenCorpus.class.getResourceAsStream("/golden/" + name + ".json")) {
      return new String(Objects.requireNonNull(in, name).readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  public void each_value_is_written_byte_for_byte_as_its_golden_file() {
    values().forEach((name, value) -> assertThat(write(value)).as("JSON form of %s", name).isEqualTo(golden(name)));
  }

  @Test
  public void each_document_is_written_byte_for_byte_as_its_golden_file() {
    documents().forEach((name, document) -> assertThat(write(document)).as("JSON form of %s", name).isEqualTo(golden(name)));
  }

  @Test
  public void the_golden_competition_document_reads_back_and_is_written_again_to_the_same_bytes() {
    CompetitionDocument read = read(golden("competition-document"), CompetitionDocument.class);

    assertThat(read).isEqualTo(JacksonFixtures.competition());
    assertThat(write(read)).isEqualTo(golden("competition-document"));
  }

  @Test
  public void each_golden_value_reads_back_to_the_value_it_was_written_from() {
    Map<String, Object> values = values();
    readable().forEach((name, type) -> assertThat((Object) read(golden(name), type)).as(name).isEqualTo(values.get(name)));
  }

  @Test
  public void each_golden_value_read_back_is_written_again_to_the_same_bytes() {
    readable().forEach((name, type) -> assertThat(write(read(golden(name), type))).as(name).isEqualTo(golden(name)));
  }
}
