package io.github.kipp.scoring.explain;

import static io.github.kipp.scoring.ScoringFixtures.CITED;
import static io.github.kipp.scoring.ScoringFixtures.DEFAULT;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.kipp.core.LocalizedText;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ExplanationTest {

  @Test
  void rendering_indents_children_marks_them_with_a_dash_omits_an_empty_value_and_joins_citations() {
    Explanation tree = Explanation.leaf("outcome", LocalizedText.of("Proposal p-1", "Proposal p-1"), "")
        .with(Explanation.leaf("rank", LocalizedText.of("Peringkat 1", "Rank 1"), "1", CITED, DEFAULT)
            .with(Explanation.leaf("tie", LocalizedText.of("Seri", "Tie"), "")));

    assertThat(tree.render(Locale.ENGLISH)).isEqualTo(
        "Proposal p-1\n"
            + "  - Rank 1: 1  [" + CITED + "; " + DEFAULT + "]\n"
            + "    - Tie\n");
    assertThat(tree.render(Locale.forLanguageTag("id"))).contains("  - Peringkat 1: 1  [");
  }
}
