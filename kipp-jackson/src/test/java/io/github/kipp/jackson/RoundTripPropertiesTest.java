package io.github.kipp.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.kipp.core.Actor;
import io.github.kipp.core.audit.DecisionLog;
import io.github.kipp.core.audit.LogEntry;
import io.github.kipp.core.audit.PublishedResult;
import io.github.kipp.core.audit.Verification;
import io.github.kipp.core.Citation;
import io.github.kipp.core.Decision;
import io.github.kipp.core.EffectivePeriod;
import io.github.kipp.core.LocalizedText;
import io.github.kipp.core.Reason;
import io.github.kipp.core.edition.Edition;
import io.github.kipp.core.eligibility.PastResult;
import io.github.kipp.core.eligibility.ResultHistory;
import io.github.kipp.core.eligibility.ScreeningResult;
import io.github.kipp.core.innovation.ImplementationStart;
import io.github.kipp.core.innovation.Proposal;
import io.github.kipp.core.innovation.SdgTarget;
import io.github.kipp.core.institution.Institution;
import io.github.kipp.core.institution.Region;
import io.github.kipp.core.institution.Unit;
import io.github.kipp.core.stage.ProposalStatus;
import io.github.kipp.format.CompetitionDocument;
import io.github.kipp.format.KippFormatException;
import io.github.kipp.format.ResultsDocument;
import io.github.kipp.scoring.CriteriaSet;
import io.github.kipp.scoring.FrozenScores;
import io.github.kipp.scoring.Rounding;
import io.github.kipp.scoring.Scale;
import io.github.kipp.scoring.ScoreSheet;
import io.github.kipp.scoring.explain.Explanation;
import io.github.kipp.scoring.panel.Assignment;
import io.github.kipp.scoring.panel.Panel;
import io.github.kipp.scoring.aggregate.AggregationResult;
import io.github.kipp.scoring.rank.BrokenTie;
import io.github.kipp.scoring.aggregate.CombinationResult;
import io.github.kipp.scoring.rank.CutResult;
import io.github.kipp.scoring.rank.RankOverride;
import io.github.kipp.scoring.rank.Ranking;
import io.github.kipp.scoring.rank.TieBreak;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** Writing any value and reading it back gives an equal value, in JSON and in YAML. */
class RoundTripPropertiesTest {

  private static <T> void roundTrips(Gen<T> values, Class<T> type, long seed) {
    qt().withFixedSeed(seed).withExamples(1_000).forAll(values).checkAssert(v -> {
      assertThat(KippJson.json().read(KippJson.json().write(v), type)).isEqualTo(v);
      assertThat(KippJson.yaml().read(KippJson.yaml().write(v), type)).isEqualTo(v);
    });
  }

  @Test
  void basic_values_round_trip() {
    roundTrips(JsonGenerators.localizedTexts(), LocalizedText.class, 1);
    roundTrips(JsonGenerators.citations(), Citation.class, 2);
    roundTrips(JsonGenerators.reasons(), Reason.class, 3);
    roundTrips(JsonGenerators.decisions(), Decision.class, 4);
    roundTrips(JsonGenerators.periods(), EffectivePeriod.class, 5);
    roundTrips(JsonGenerators.actors(), Actor.class, 6);
  }

  @Test
  void institutions_regions_and_units_round_trip() {
    roundTrips(JsonGenerators.regions(), Region.class, 11);
    roundTrips(JsonGenerators.institutions(), Institution.class, 12);
    roundTrips(JsonGenerators.units(), Unit.class, 13);
  }

  @Test
  void proposals_and_their_parts_round_trip() {
    roundTrips(JsonGenerators.starts(), ImplementationStart.class, 21);
    roundTrips(JsonGenerators.sdgs(), SdgTarget.class, 22);
    roundTrips(JsonGenerators.proposals(), Proposal.class, 23);
  }

  @Test
  void editions_statuses_and_eligibility_round_trip() {
    roundTrips(JsonGenerators.editions(), Edition.class, 31);
    roundTrips(JsonGenerators.statuses(), ProposalStatus.class, 32);
    roundTrips(JsonGenerators.pastResults(), PastResult.class, 33);
    roundTrips(JsonGenerators.histories(), ResultHistory.class, 34);
    roundTrips(JsonGenerators.screenings(), ScreeningResult.class, 35);
  }

  @Test
  void criteria_sheets_panels_and_assignments_round_trip() {
    roundTrips(JsonGenerators.scales(), Scale.class, 41);
    roundTrips(JsonGenerators.roundings(), Rounding.class, 42);
    roundTrips(JsonGenerators.criteriaSets(), CriteriaSet.class, 43);
    roundTrips(JsonGenerators.sheets(), ScoreSheet.class, 44);
    roundTrips(JsonGenerators.frozenScores(), FrozenScores.class, 45);
    roundTrips(JsonGenerators.panels(), Panel.class, 46);
    roundTrips(JsonGenerators.assignments(), Assignment.class, 47);
  }

  @Test
  void results_round_trip_with_exact_decimals() {
    roundTrips(JsonGenerators.explanations(), Explanation.class, 51);
    roundTrips(JsonGenerators.aggregations(), AggregationResult.class, 52);
    roundTrips(JsonGenerators.combinations(), CombinationResult.class, 53);
    roundTrips(JsonGenerators.brokenTies(), BrokenTie.class, 54);
    roundTrips(JsonGenerators.overrides(), RankOverride.class, 55);
  }

  @Test
  void tie_breaks_kipp_ships_round_trip_by_id_and_citation() {
    qt().withFixedSeed(56).withExamples(1_000).forAll(JsonGenerators.tieBreaks()).checkAssert(t -> {
      TieBreak read = KippJson.json().read(KippJson.json().write(t), TieBreak.class);
      assertThat(read.id()).isEqualTo(t.id());
      assertThat(read.description()).isEqualTo(t.description());
      assertThat(read.citation()).isEqualTo(t.citation());
    });
  }

  @Test
  void log_entries_published_results_and_verifications_round_trip() {
    roundTrips(JsonGenerators.logEntries(), LogEntry.class, 57);
    roundTrips(JsonGenerators.publishedResults(), PublishedResult.class, 58);
    roundTrips(JsonGenerators.verifications(), Verification.class, 59);
  }

  @Test
  void decision_logs_round_trip_entry_for_entry_and_still_verify() {
    qt().withFixedSeed(60).withExamples(1_000).forAll(JsonGenerators.decisionLogs()).checkAssert(log -> {
      for (KippJson format : List.of(KippJson.json(), KippJson.yaml())) {
        DecisionLog read = format.read(format.write(log), DecisionLog.class);
        assertThat(read.entries()).isEqualTo(log.entries());
        assertThat(read.headHash()).isEqualTo(log.headHash());
        assertThat(read.verify().valid()).isTrue();
      }
    });
  }

  @Test
  void competition_documents_round_trip() {
    roundTrips(JsonGenerators.competitions(), CompetitionDocument.class, 61);
  }

  @Test
  void rankings_round_trip_by_ranking_their_candidates_again() {
    qt().withFixedSeed(62).withExamples(1_000).forAll(JsonGenerators.rankings()).checkAssert(x -> {
      Ranking read = KippJson.json().read(KippJson.json().write(x.ranking()), Ranking.class, x.competition());
      assertThat(read).isEqualTo(x.ranking());
      assertThat(read.entries()).isEqualTo(x.ranking().entries());
      assertThat(read.overrides()).isEqualTo(x.ranking().overrides());
    });
  }

  @Test
  void results_documents_round_trip_and_write_the_same_text_again() {
    qt().withFixedSeed(63).withExamples(1_000).forAll(JsonGenerators.results()).checkAssert(x -> {
      String json = KippJson.json().write(x.results());
      ResultsDocument read = KippJson.json().readResults(json, x.competition());
      assertThat(read.screening()).isEqualTo(x.results().screening());
      assertThat(read.aggregations()).isEqualTo(x.results().aggregations());
      assertThat(read.combination()).isEqualTo(x.results().combination());
      assertThat(read.rankings()).isEqualTo(x.results().rankings());
      assertThat(read.explanations()).isEqualTo(x.results().explanations());
      assertThat(read.cuts()).extracting(CutResult::passed).isEqualTo(x.results().cuts().stream().map(CutResult::passed).toList());
      assertThat(KippJson.json().write(read)).isEqualTo(json);
      assertThat(KippJson.yaml().readResults(KippJson.yaml().write(x.results()), x.competition()).rankings()).isEqualTo(x.results().rankings());
    });
  }

  @Test
  void any_damaged_document_loads_or_throws_a_kipp_format_exception() {
    String json = KippJson.json().write(JacksonFixtures.competition());
    String alphabet = "{}[]\",:0a-. \\n1e";
    qt().withFixedSeed(64).withExamples(1_000).forAll(integers().between(0, json.length() - 1), integers().between(0, alphabet.length()))
        .checkAssert((at, c) -> {
          String damaged = c == alphabet.length()
              ? json.substring(0, at) + json.substring(at + 1)
              : json.substring(0, at) + alphabet.charAt(c) + json.substring(at + 1);
          Throwable thrown = catchThrowable(() -> KippJson.json().readCompetition(damaged));
          assertThat(thrown).satisfiesAnyOf(t -> assertThat(t).isNull(), t -> assertThat(t).isInstanceOf(KippFormatException.class));
        });
  }
}
