package io.github.kipp.testkit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.kipp.core.Citation;
import io.github.kipp.core.Confidence;
import org.jspecify.annotations.Nullable;

/** The contract's check of one citation, shared by the rule-module and scoring contracts. */
public final class CitationChecks {

  private CitationChecks() {}

  /**
   * Asserts that a citation is there and complete: a non-blank instrument, a provision (an article
   * or section, or the UNKNOWN marker), a confidence, and for a value of UNKNOWN confidence a note
   * documenting its default. {@link Citation}'s constructor holds the last three for every value it
   * makes; a hand-written policy or rule can still answer {@code null}.
   *
   * @param citation the citation, possibly null
   * @param what what it cites, for the failure message
   */
  public static void assertComplete(@Nullable Citation citation, String what) {
    if (citation == null) {
      throw new AssertionError("the citation of " + what + " is missing: cite its instrument and article, or cite it as UNKNOWN with its documented default");
    }
    assertThat(citation.instrument()).as("the instrument cited for %s", what).isNotBlank();
    assertThat(citation.provision()).as("the provision (article, or %s) cited for %s", Citation.UNKNOWN_PROVISION, what).isNotBlank();
    assertThat(citation.confidence()).as("the confidence of the citation of %s", what).isNotNull();
    if (citation.confidence() == Confidence.UNKNOWN) {
      assertThat(citation.note()).as("the documented default of %s, cited as UNKNOWN", what).isNotBlank();
    }
  }
}
