package io.github.kipp.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.kipp.core.Violation;
import io.github.kipp.core.innovation.Proposal;
import io.github.kipp.format.CompetitionDocument;
import java.util.Collections;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * A competition document built in code keeps the format's limits on its lists (institutions, units,
 * statuses and each stage's score sheets), refusing a list one entry past its limit by the list's
 * name before any other check, and lists its entries in the order of their ids whatever order they
 * were given in.
 */
class CompetitionDocumentSizesTest {

  private static CompetitionDocument.Builder fixture(UnaryOperator<CompetitionDocument.Builder> change) {
    return CompetitionDocumentConsistencyTest.fixture(change);
  }

  private static List<Violation> refused(CompetitionDocument.Builder builder) {
    return CompetitionDocumentConsistencyTest.refused(builder);
  }

  @Test
  void a_list_one_entry_past_its_limit_is_refused_by_its_name_and_nothing_else_is_checked() {
    int institutions = CompetitionDocument.MAX_ENTRIES + 1 - extraInstitutions();
    int units = CompetitionDocument.MAX_ENTRIES + 1 - extraUnits();
    List<Violation> v = refused(fixture(b -> b
        .institutions(Collections.nCopies(institutions, JacksonFixtures.KEMENPANRB))
        .units(Collections.nCopies(units, JacksonFixtures.proposals().get(0).innovation().unit()))
        .statuses(Collections.nCopies(CompetitionDocument.MAX_PROPOSALS + 1, JacksonFixtures.status(JacksonFixtures.proposals().get(0))))
        .scoreSheets(Collections.nCopies(CompetitionDocument.MAX_SHEETS_PER_STAGE + 1, JacksonFixtures.sheets().get(0)))));

    // Each list past its limit once, and no duplicate (of which there are hundreds of thousands) reported.
    assertThat(v).extracting(Violation::code, Violation::path).containsExactly(
        tuple("kipp.json.tooMany", "institutions"),
        tuple("kipp.json.tooMany", "units"),
        tuple("kipp.json.tooMany", "statuses"),
        tuple("kipp.json.tooMany", "scoreSheets." + JacksonFixtures.DESK));
    assertThat(v.get(0).invalidValue()).isEqualTo(String.valueOf(CompetitionDocument.MAX_ENTRIES + 1));
    assertThat(v.get(0).message().english()).contains(String.valueOf(CompetitionDocument.MAX_ENTRIES));
  }

  @Test
  void lists_exactly_at_their_limit_are_not_refused_for_their_size() {
    int institutions = CompetitionDocument.MAX_ENTRIES - extraInstitutions();
    List<Violation> v = refused(fixture(b -> b.institutions(Collections.nCopies(institutions, JacksonFixtures.KEMENPANRB))));

    // The copies are refused as repeated ids instead: the size check let the list through.
    assertThat(v).extracting(Violation::code).doesNotContain("kipp.json.tooMany").contains("kipp.json.duplicate");
  }

  @Test
  void the_lists_of_a_document_are_in_the_order_of_their_ids() {
    List<Proposal> reversed = new java.util.ArrayList<>(JacksonFixtures.proposals());
    Collections.reverse(reversed);
    CompetitionDocument d = CompetitionDocument.newBuilder().edition(JacksonFixtures.edition()).proposals(reversed)
        .statuses(reversed.stream().map(JacksonFixtures::status).toList()).build();

    assertThat(d.proposals()).extracting(p -> p.id().value()).isSorted();
    assertThat(d.statuses()).extracting(s -> s.proposal().value()).isSorted();
    assertThat(d.units()).extracting(u -> u.id().value()).isSorted().hasSizeGreaterThan(1);
    assertThat(d.institutions()).extracting(i -> i.id().value()).isSorted().hasSizeGreaterThan(1);
  }

  /** How many institutions a document adds to its list from its proposals, beyond KEMENPANRB. */
  private static int extraInstitutions() {
    return fixture(b -> b.institutions(List.of(JacksonFixtures.KEMENPANRB))).build().institutions().size() - 1;
  }

  /** How many units a document adds to its list from its proposals, beyond the first proposal's. */
  private static int extraUnits() {
    return fixture(b -> b.units(List.of(JacksonFixtures.proposals().get(0).innovation().unit()))).build().units().size() - 1;
  }
}
