package io.github.kipp.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import io.github.kipp.core.ActorId;
import io.github.kipp.core.InvalidInputException;
import io.github.kipp.core.ProposalId;
import io.github.kipp.core.UnitId;
import io.github.kipp.core.Violation;
import io.github.kipp.core.institution.Institution;
import io.github.kipp.core.institution.InstitutionType;
import io.github.kipp.core.institution.Unit;
import io.github.kipp.core.institution.UnitKind;
import io.github.kipp.core.innovation.Proposal;
import io.github.kipp.format.CompetitionDocument;
import io.github.kipp.scoring.panel.Assignment;
import io.github.kipp.scoring.panel.Evaluator;
import io.github.kipp.scoring.panel.Panel;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A competition document built in code holds the same references a read document must: every unit,
 * status, evaluator, assignment and sheet names something the document lists, and the same id never
 * stands for two different things. Each break is refused naming its path, all of them at once.
 */
class CompetitionDocumentConsistencyTest {

  private static final Institution GHOST = Institution.central("kemenkeu", "Kementerian Keuangan", InstitutionType.KEMENTERIAN);
  private static final Unit ORPHAN = Unit.of("kemenkeu-djp", "Direktorat Jenderal Pajak", GHOST, UnitKind.UNIT_PELAYANAN);
  private static final Unit NO_PARENT = Unit.of(UnitId.of("luwu-utara-pustu"), "Pustu Baebunta", JacksonFixtures.LUWU_UTARA.id(),
      UnitKind.PUSKESMAS, Optional.of(UnitId.of("luwu-utara-pkm-baebunta")));
  private static final Institution RENAMED_PANRB = Institution.central("kemenpanrb", "Kementerian Pendayagunaan Aparatur Negara",
      InstitutionType.KEMENTERIAN);

  /** The fixture's edition and proposals, changed by {@code change}; also used by {@link CompetitionDocumentSizesTest}. */
  static CompetitionDocument.Builder fixture(UnaryOperator<CompetitionDocument.Builder> change) {
    List<Proposal> proposals = JacksonFixtures.proposals();
    return change.apply(CompetitionDocument.newBuilder().edition(JacksonFixtures.edition()).proposals(proposals));
  }

  /** The violations of a document that must be refused. */
  static List<Violation> refused(CompetitionDocument.Builder builder) {
    InvalidInputException e = catchThrowableOfType(InvalidInputException.class, builder::build);
    assertThat(e).as("an inconsistent document").isNotNull();
    return e.violations();
  }

  @Test
  void the_fixture_itself_is_consistent() {
    assertThat(fixture(b -> b.institutions(List.of(JacksonFixtures.KEMENPANRB)).panel(JacksonFixtures.DESK, JacksonFixtures.panel())
        .assignment(JacksonFixtures.DESK, JacksonFixtures.assignment()).scoreSheets(JacksonFixtures.sheets())
        .statuses(JacksonFixtures.proposals().stream().map(JacksonFixtures::status).toList())).build().proposals()).hasSize(4);
  }

  @Test
  void a_unit_of_an_unlisted_institution_or_under_an_unlisted_parent_is_refused() {
    List<String> sorted = Stream.concat(Stream.of(ORPHAN, NO_PARENT),
        JacksonFixtures.proposals().stream().map(p -> p.innovation().unit())).map(u -> u.id().value()).distinct().sorted().toList();

    List<Violation> v = refused(fixture(b -> b.units(List.of(ORPHAN, NO_PARENT))));

    assertThat(v).extracting(Violation::code, Violation::path).containsExactly(
        tuple("kipp.json.reference", "units[" + sorted.indexOf("kemenkeu-djp") + "].institution"),
        tuple("kipp.json.reference", "units[" + sorted.indexOf("luwu-utara-pustu") + "].parent"));
    assertThat(v.get(0).invalidValue()).isEqualTo("kemenkeu");
    assertThat(v.get(0).message().english()).contains("known: ").contains("pemkab-luwu-utara");
    assertThat(v.get(1).invalidValue()).isEqualTo("luwu-utara-pkm-baebunta");
  }

  @Test
  void an_institution_listed_with_other_contents_than_its_proposals_and_evaluators_use_is_refused_as_a_conflict() {
    Institution renamedLuwu = Institution.regionalGovernment("pemkab-luwu-utara", "Pemkab Luwu Utara", InstitutionType.KABUPATEN,
        io.github.kipp.core.institution.RegionCode.of("73.22"));
    List<Violation> v = refused(fixture(b -> b.institutions(List.of(renamedLuwu, RENAMED_PANRB)).panel(JacksonFixtures.DESK, JacksonFixtures.panel())));

    assertThat(v).extracting(Violation::code, Violation::path).contains(
        tuple("kipp.json.conflict", "proposals[0].innovation.institution"),
        tuple("kipp.json.conflict", "panels.evaluasi-proposal.evaluators[0].institution"));
  }

  @Test
  void statuses_assignments_and_sheets_of_proposals_the_document_does_not_hold_are_refused_and_a_second_status_too() {
    Assignment strays = Assignment.of(Map.of(ProposalId.of("p-9"), List.of(ActorId.of("te-1"))));
    List<Violation> v = refused(fixture(b -> b
        .institutions(List.of(JacksonFixtures.KEMENPANRB))
        .statuses(List.of(JacksonFixtures.status(JacksonFixtures.giatkiCes()), JacksonFixtures.status(JacksonFixtures.giatkiCes()),
            JacksonFixtures.status(JacksonFixtures.proposal("p-9", JacksonFixtures.LUWU_UTARA, JacksonFixtures.DINKES, "kesehatan"))))
        .panel(JacksonFixtures.DESK, Panel.of(List.of(Evaluator.of("te-1", JacksonFixtures.KEMENPANRB))))
        .assignment(JacksonFixtures.DESK, strays)
        .scoreSheets(List.of(JacksonFixtures.sheet("p-1", "te-1", "90", "80", 10), JacksonFixtures.sheet("p-9", "te-1", "90", "80", 5)))));

    assertThat(v).extracting(Violation::code, Violation::path).containsExactly(
        tuple("kipp.json.duplicate", "statuses[1].proposal"),
        tuple("kipp.json.reference", "statuses[2].proposal"),
        tuple("kipp.json.reference", "assignments.evaluasi-proposal.evaluatorsByProposal.p-9"),
        tuple("kipp.json.reference", "scoreSheets.evaluasi-proposal[1].proposal"));
    assertThat(v.get(1).message().english()).contains("'p-9'").contains("known: p-1, p-2, p-3, p-4");
  }

  @Test
  void a_reference_in_a_document_without_any_proposal_lists_none_as_known() {
    List<Violation> v = refused(CompetitionDocument.newBuilder().edition(JacksonFixtures.edition())
        .statuses(List.of(JacksonFixtures.status(JacksonFixtures.giatkiCes()))));

    assertThat(v).extracting(Violation::code, Violation::path).containsExactly(tuple("kipp.json.reference", "statuses[0].proposal"));
    assertThat(v.get(0).message().english()).contains("known: -");
  }
}
