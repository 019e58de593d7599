package io.github.kipp.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import com.google.common.testing.EqualsTester;
import org.junit.jupiter.api.Test;

class CitationTest {

  @Test
  void a_reported_citation_prints_instrument_provision_confidence_and_sources() {
    Citation c =
        Citation.reported("KepmenPANRB 161/2021", "Lampiran, section UNKNOWN").withSources("S18", "S20");

    assertThat(c.confidence()).isEqualTo(Confidence.REPORTED);
    assertThat(c).hasToString("KepmenPANRB 161/2021, Lampiran, section UNKNOWN [reported; S18, S20]");
    assertThat(c.provisionUnknown()).isFalse();
  }

  @Test
  void an_unknown_citation_keeps_its_documented_default_in_the_note() {
    Citation c = Citation.unknown("Pedoman Menteri PANRB 3/2023", "2 years, as in 2022");

    assertThat(c.confidence()).isEqualTo(Confidence.UNKNOWN);
    assertThat(c.provisionUnknown()).isTrue();
    assertThat(c.note()).isEqualTo("2 years, as in 2022");
  }

  @Test
  void an_unknown_citation_without_a_default_is_refused() {
    assertThatThrownBy(
            () -> new Citation("PermenPANRB 7/2021", "UNKNOWN", Confidence.UNKNOWN, ImmutableList.of(), " "))
        .isInstanceOf(InvalidInputException.class)
        .satisfies(
            e ->
                assertThat(((InvalidInputException) e).violations())
                    .extracting(Violation::code)
                    .containsExactly("kipp.citation.unknownWithoutDefault"));
  }

  @Test
  void every_problem_of_a_citation_is_reported_at_once_in_both_languages() {
    assertThatThrownBy(
            () ->
                new Citation(" ", "", Confidence.REPORTED, ImmutableList.of("S 1"), ""))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> {
              assertThat(e.violations())
                  .extracting(Violation::path)
                  .containsExactly("instrument", "provision", "sources[0]");
              assertThat(e.errorCode()).isEqualTo("kipp.input.invalid");
              assertThat(e.text().indonesian()).contains("tidak boleh kosong");
              assertThat(e.getMessage()).contains("must not be blank").contains("'S 1'");
            });
  }

  @Test
  void citations_are_values() {
    new EqualsTester()
        .addEqualityGroup(
            Citation.regulation("PermenPANRB 91/2021", "Pasal 3"),
            Citation.regulation("PermenPANRB 91/2021", "Pasal 3"))
        .addEqualityGroup(Citation.reported("PermenPANRB 91/2021", "Pasal 3"))
        .addEqualityGroup(Citation.regulation("PermenPANRB 91/2021", "Pasal 4"))
        .addEqualityGroup(Citation.regulation("PermenPANRB 91/2021", "Pasal 3").withSources("A1"))
        .testEquals();
  }

  @Test
  void the_weakest_confidence_is_unknown_then_inferred_then_reported() {
    assertThat(Confidence.REGULATION.weakest(Confidence.REPORTED)).isEqualTo(Confidence.REPORTED);
    assertThat(Confidence.INFERRED.weakest(Confidence.REPORTED)).isEqualTo(Confidence.INFERRED);
    assertThat(Confidence.UNKNOWN.weakest(Confidence.REGULATION)).isEqualTo(Confidence.UNKNOWN);
    assertThat(Confidence.REPORTED.isWeakerThan(Confidence.REGULATION)).isTrue();
    assertThat(Confidence.REGULATION.isWeakerThan(Confidence.REGULATION)).isFalse();
  }
}
