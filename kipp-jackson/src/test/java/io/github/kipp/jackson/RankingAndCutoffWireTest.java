package io.github.kipp.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.kipp.format.KippFormatException;
import io.github.kipp.scoring.rank.Cutoff;
import io.github.kipp.scoring.rank.Ranking;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/**
 * Cut-offs and stored rankings read back as written; a cut-off is either a pass mark or a top N, and
 * one with both or neither is refused saying which.
 */
class RankingAndCutoffWireTest {

  private static final ObjectMapper TREES = new ObjectMapper();
  private static final KippJson JSON = KippJson.json();

  @Test
  void a_pass_mark_and_a_top_n_read_back_equal() {
    Cutoff passMark = Cutoff.passMark(new BigDecimal("75.00"), JacksonFixtures.PEDOMAN);
    Cutoff topN = Cutoff.topN(15, JacksonFixtures.PEDOMAN);

    assertThat(JSON.read(JSON.write(passMark), Cutoff.class)).isEqualTo(passMark);
    assertThat(JSON.read(JSON.write(topN), Cutoff.class)).isEqualTo(topN);
  }

  @Test
  void a_cutoff_with_both_a_pass_mark_and_a_top_n_or_with_neither_is_refused() throws Exception {
    ObjectNode both = (ObjectNode) TREES.readTree(JSON.write(Cutoff.topN(15, JacksonFixtures.PEDOMAN)));
    both.put("passMark", new BigDecimal("75.00"));
    ObjectNode neither = both.deepCopy();
    neither.remove("passMark");
    neither.remove("topN");

    KippFormatException twice = catchThrowableOfType(KippFormatException.class, () -> JSON.read(both.toString(), Cutoff.class));
    KippFormatException none = catchThrowableOfType(KippFormatException.class, () -> JSON.read(neither.toString(), Cutoff.class));

    assertThat(twice.violations()).singleElement().satisfies(v -> {
      assertThat(v.code()).isEqualTo("kipp.json.cutoff");
      assertThat(v.invalidValue()).isEqualTo("both");
    });
    assertThat(none.violations()).singleElement().satisfies(v -> {
      assertThat(v.code()).isEqualTo("kipp.json.cutoff");
      assertThat(v.invalidValue()).isEqualTo("neither");
    });
  }

  @Test
  void a_stored_ranking_reads_back_equal() {
    Ranking ranking = JacksonFixtures.ranking();

    assertThat(JSON.read(JSON.write(ranking), Ranking.class, JacksonFixtures.competition())).isEqualTo(ranking);
  }
}
