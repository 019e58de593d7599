package io.github.kipp.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.kipp.core.InvalidInputException;
import io.github.kipp.core.innovation.Proposal;
import io.github.kipp.format.CompetitionDocument;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class DocumentLimitsTest {

  @Test
  void a_competition_document_with_more_proposals_than_allowed_is_refused_naming_the_count_and_the_limit() {
    CompetitionDocument valid = JacksonFixtures.competition();
    List<Proposal> tooMany = Collections.nCopies(CompetitionDocument.MAX_PROPOSALS + 1, valid.proposals().get(0));

    assertThatThrownBy(() -> new CompetitionDocument(valid.edition(), valid.institutions(), valid.units(),
            com.google.common.collect.ImmutableList.copyOf(tooMany), valid.statuses(), valid.panels(), valid.assignments(), valid.scoreSheets(),
            valid.history()))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations()).singleElement().satisfies(v -> {
          assertThat(v.code()).isEqualTo("kipp.json.tooMany");
          assertThat(v.path()).isEqualTo("proposals");
          assertThat(v.message().english()).isEqualTo("proposals has 100001 entries; at most 100000 are allowed.");
          assertThat(v.message().indonesian()).isEqualTo("proposals berisi 100001 entri; paling banyak 100000.");
        }));
  }
}
