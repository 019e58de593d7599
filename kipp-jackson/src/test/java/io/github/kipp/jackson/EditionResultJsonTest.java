package io.github.kipp.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.kipp.core.TierId;
import io.github.kipp.core.ProposalId;
import io.github.kipp.core.Violation;
import io.github.kipp.format.CompetitionDocument;
import io.github.kipp.format.KippFormatException;
import io.github.kipp.scoring.ScoreSheet;
import io.github.kipp.scoring.competition.Competition;
import io.github.kipp.scoring.competition.EditionResult;
import io.github.kipp.scoring.competition.ProposalOutcome;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * A competition's result is stored after any step and read back by deciding it again: it reads
 * back equal, resuming from it decides what going on without storing decides, and anything it says
 * that its steps do not give is refused at its path.
 */
class EditionResultJsonTest {

  private static final KippJson JSON = KippJson.json();
  /** Keeps decimals as written (72.50 stays 72.50), as kipp's own mapper does. */
  private static final ObjectMapper TREES = JSON.mapper();
  private static final EditionRuns SULSEL = EditionRuns.sulsel();
  private static final EditionRuns APPEALED = EditionRuns.appealed();
  private static final java.time.Clock FIXED = java.time.Clock.fixed(java.time.Instant.parse("2023-12-01T00:00:00Z"), java.time.ZoneOffset.UTC);

  /** The competition a host resumes with, on a later day than any step. */
  private static Competition resuming(EditionRuns run) {
    return run.competition(30);
  }

  private static EditionResult read(String text, EditionRuns run) {
    return JSON.readEditionResult(text, run.document(), resuming(run));
  }

  @Test
  void the_sulsel_run_goes_through_every_step_with_a_removal_and_ties() {
    EditionResult awarded = SULSEL.awarded();

    assertThat(SULSEL.everyStep()).hasSize(5);
    assertThat(awarded.nomination().orElseThrow().nominated()).hasSize(SULSEL.nominated().nomination().orElseThrow().nominated().size());
    assertThat(awarded.finalists().orElseThrow().removed()).hasSize(1);
    assertThat(awarded.awardedByTier()).containsEntry(TierId.of("top-30"), 30);
    assertThat(awarded.outcomes().values()).extracting(ProposalOutcome::kind)
        .contains(ProposalOutcome.Kind.NOT_SUBMITTED, ProposalOutcome.Kind.REMOVED, ProposalOutcome.Kind.AWARDED, ProposalOutcome.Kind.NOT_AWARDED);
    assertThat(awarded.winners().orElseThrow().ranking().entries()).anySatisfy(e -> assertThat(e.brokenTie()).isPresent());
  }

  @Test
  void a_result_stored_after_every_step_reads_back_equal_and_writes_the_same_text_again() {
    for (EditionResult result : SULSEL.everyStep()) {
      String json = JSON.write(result);
      EditionResult back = read(json, SULSEL);

      assertThat(back).as("after %s", result.steps().get(result.steps().size() - 1).call()).isEqualTo(result).hasSameHashCodeAs(result);
      assertThat(JSON.write(back)).isEqualTo(json).isEqualTo(JSON.write(result));
      String yaml = KippJson.yaml().write(result);
      assertThat(KippJson.yaml().readEditionResult(yaml, SULSEL.document(), resuming(SULSEL))).isEqualTo(result);
    }
  }

  @Test
  void the_golden_edition_result_reads_back_to_the_result_of_its_run() throws IOException {
    EditionRuns golden = EditionRuns.golden();
    String stored = java.nio.file.Files.readString(java.nio.file.Path.of("src/test/resources/golden/edition-result.json"));

    assertThat(read(stored, golden)).isEqualTo(golden.awarded());
  }

  @Test
  void a_result_read_back_goes_on_as_the_result_never_stored() {
    Competition later = resuming(SULSEL);
    EditionResult nominated = read(JSON.write(SULSEL.nominated()), SULSEL);
    EditionResult selected = SULSEL.competition(2).selectFinalists(nominated);
    EditionResult corrected = SULSEL.competition(3).removeFinalist(read(JSON.write(selected), SULSEL),
        selected.finalists().orElseThrow().finalists().get(0), EditionRuns.RULING);
    EditionResult awardedFromStored = read(JSON.write(SULSEL.awarded()), SULSEL);

    assertThat(selected).isEqualTo(SULSEL.selected());
    assertThat(corrected).isEqualTo(SULSEL.removed().orElseThrow());
    assertThat(read(JSON.write(corrected), SULSEL).winners()).isEmpty();
    assertThat(awardedFromStored.outcomes()).isEqualTo(SULSEL.awarded().outcomes());
    assertThat(later.award(nominated, SULSEL.later(), java.util.Map.of()).outcomes())
        .isEqualTo(SULSEL.competition(7).award(SULSEL.nominated(), SULSEL.later(), java.util.Map.of()).outcomes());
  }

  @Test
  @Tag("slow") // a whole-run property of many seconds, left out of mutation runs (docs/quality.md)
  void any_sinovik_competition_stored_after_any_step_reads_back_equal_and_resumes_as_if_never_stored() {
    // One example is a whole competition of up to 40 proposals under one of six modules, run step by
    // step, each result written and read back (a replay of its steps), then resumed: about 30 ms on a
    // shared 2-core machine, so 1,000 examples take about 30 s.
    qt().withFixedSeed(20_230_901L).withExamples(1_000)
        .forAll(integers().between(0, EditionRuns.MODULES.size() - 1), integers().between(1, 40), longs().all())
        .checkAssert((m, n, seed) -> {
          EditionRuns run = EditionRuns.generate(m, n, seed);
          EditionRuns.Steps steps = run.steps();
          for (EditionResult result : steps.all()) {
            assertThat(read(JSON.write(result), run)).isEqualTo(result);
          }
          EditionResult nominated = read(JSON.write(steps.nominated()), run);
          assertThat(run.competition(2).selectFinalists(nominated)).isEqualTo(steps.selected());
          EditionResult selected = read(JSON.write(steps.selected()), run);
          assertThat(run.competition(4).award(selected, run.later(), java.util.Map.of()))
              .isEqualTo(run.competition(4).award(steps.selected(), run.later(), java.util.Map.of()));
        });
  }

  @Test
  void a_result_with_proposals_restored_by_upheld_appeals_reads_back_equal_with_its_restorations_and_goes_on() {
    List<EditionResult> steps = APPEALED.restoredSteps();
    for (EditionResult step : steps) {
      String text = JSON.write(step);

      EditionResult back = read(text, APPEALED);
      assertThat(back).isEqualTo(step);
      assertThat(back.screening().restored()).hasSizeBetween(1, 2).isEqualTo(step.screening().restored());
      assertThat(JSON.write(back)).isEqualTo(text);
    }
    EditionResult renominated = read(JSON.write(steps.get(2)), APPEALED);
    ProposalId restored = steps.get(1).screening().restored().firstKey();
    assertThat(renominated.screening().result().outcome(restored).orElseThrow().eligible()).isTrue();
    assertThat(APPEALED.competition(4).selectFinalists(renominated)).isEqualTo(steps.get(3));
  }

  @Test
  void a_result_without_restorations_is_written_as_before_without_the_field() {
    assertThat(JSON.write(APPEALED.awarded())).doesNotContain("restorations");
  }

  /** Edits a stored result with two restorations and returns the paths and codes of reading it. */
  private static List<String> restorationRefusals(Consumer<ObjectNode> edit) {
    ObjectNode doc = tree(JSON.write(APPEALED.restoredSteps().get(2)));
    edit.accept(doc);
    KippFormatException e = catchThrowableOfType(KippFormatException.class, () -> read(text(doc), APPEALED));
    assertThat(e).as("the edited result is refused").isNotNull();
    assertThat(e.violations()).allSatisfy(v -> assertThat(v.message().indonesian()).isNotBlank().isNotEqualTo(v.message().english()));
    return pathsAndCodes(e.violations());
  }

  @Test
  void a_forged_or_dropped_restoration_is_refused_at_its_path() {
    assertThat(restorationRefusals(d -> ((ObjectNode) d.at("/restorations/0")).put("outcome", "DISMISSED")))
        .containsExactly("restorations[0].outcome kipp.json.notAllowed");
    assertThat(restorationRefusals(d -> ((ArrayNode) d.get("restorations")).add(d.at("/restorations/0").deepCopy())))
        .containsExactly("restorations[2].appeal.decision.proposal kipp.json.duplicate");
    // A restoration dropped changes who was nominated: the differences are listed (the first 100, then a count).
    assertThat(restorationRefusals(d -> ((ArrayNode) d.get("restorations")).remove(1)))
        .anySatisfy(line -> assertThat(line).startsWith("nominated.").endsWith(" kipp.json.replayMismatch"))
        .allSatisfy(line -> assertThat(line).matches(".* kipp\\.json\\.replay(Mismatch|More)"));
    assertThat(restorationRefusals(d -> d.remove("restorations")))
        .anySatisfy(line -> assertThat(line).startsWith("nominated.").endsWith(" kipp.json.replayMismatch"))
        .allSatisfy(line -> assertThat(line).matches(".* kipp\\.json\\.replay(Mismatch|More)"));
  }

  @Test
  void a_restoration_of_a_proposal_the_screening_did_not_refuse_is_refused_with_the_competitions_code() {
    EditionResult screened = APPEALED.screened();
    String eligible = screened.screening().result().eligible().get(0).value();

    assertThat(restorationRefusals(d -> ((ObjectNode) d.at("/restorations/0/appeal/decision")).put("proposal", eligible)))
        .contains("restorations[0].appeal.decision.proposal kipp.competition.notRefused");
  }

  // --- hostile edits ----------------------------------------------------------------------------

  static ObjectNode tree(String json) {
    try {
      return (ObjectNode) TREES.readTree(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String text(JsonNode tree) {
    try {
      return TREES.writeValueAsString(tree);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Edits a stored result of the South Sulawesi run and returns the violations of reading it. */
  static List<Violation> refusals(EditionResult result, Consumer<ObjectNode> edit) {
    ObjectNode doc = tree(JSON.write(result));
    edit.accept(doc);
    KippFormatException e = catchThrowableOfType(KippFormatException.class, () -> read(text(doc), SULSEL));
    assertThat(e).as("the edited result is refused").isNotNull();
    return e.violations();
  }

  static List<String> pathsAndCodes(List<Violation> violations) {
    List<String> out = new ArrayList<>();
    violations.forEach(v -> out.add(v.path() + " " + v.code()));
    return out;
  }

  private static int index(JsonNode outcomes, ProposalOutcome.Kind kind) {
    for (int i = 0; i < outcomes.size(); i++) {
      if (outcomes.get(i).get("kind").asText().equals(kind.name())) {
        return i;
      }
    }
    throw new AssertionError("no outcome " + kind);
  }

  @Test
  void a_forged_outcome_is_refused_at_its_path_in_both_languages() {
    ObjectNode doc = tree(JSON.write(SULSEL.awarded()));
    int at = index(doc.get("outcomes"), ProposalOutcome.Kind.NOT_AWARDED);
    String proposal = doc.at("/outcomes/" + at + "/proposal").asText();

    List<Violation> v = refusals(SULSEL.awarded(), d -> ((ObjectNode) d.at("/outcomes/" + at)).put("kind", "AWARDED"));

    assertThat(pathsAndCodes(v)).containsExactly("outcomes[" + at + "].kind kipp.json.replayMismatch");
    assertThat(v.get(0).invalidValue()).isEqualTo("AWARDED");
    assertThat(v.get(0).message().english()).isEqualTo("For proposal " + proposal
        + ", the stored result has AWARDED, but running its steps again on the competition document gives NOT_AWARDED.");
    assertThat(v.get(0).message().indonesian()).isEqualTo("Untuk proposal " + proposal
        + ", hasil yang disimpan berisi AWARDED, tetapi menjalankan ulang langkah-langkahnya pada dokumen kompetisi menghasilkan NOT_AWARDED.");
  }

  @Test
  void a_forged_rank_score_or_winner_is_refused_at_its_path() {
    assertThat(pathsAndCodes(refusals(SULSEL.awarded(), d -> ((ObjectNode) d.at("/ranking/3")).put("rank", 1))))
        .containsExactly("ranking[3].rank kipp.json.replayMismatch");
    assertThat(pathsAndCodes(refusals(SULSEL.awarded(), d -> ((ObjectNode) d.at("/ranking/0")).put("score", new BigDecimal("99.99")))))
        .containsExactly("ranking[0].score kipp.json.replayMismatch");
    ObjectNode doc = tree(JSON.write(SULSEL.awarded()));
    String thirtyFirst = doc.at("/ranking/30/proposal").asText();
    assertThat(pathsAndCodes(refusals(SULSEL.awarded(), d -> ((ArrayNode) d.at("/awarded/top-30")).set(29, thirtyFirst))))
        .containsExactly("awarded.top-30[29] kipp.json.replayMismatch");
    assertThat(pathsAndCodes(refusals(SULSEL.selected(), d -> ((ArrayNode) d.at("/finalists/top-40")).remove(39))))
        .containsExactly("finalists.top-40[39] kipp.json.replayMismatch");
  }

  @Test
  void a_score_sheet_changed_in_the_document_after_its_stage_closed_is_refused_at_the_step_that_froze_it() {
    List<ScoreSheet> desk = new ArrayList<>(SULSEL.document().scoreSheets().get(SULSEL.desk()));
    ScoreSheet first = desk.get(0);
    desk.set(0, ScoreSheet.of(first.proposal(), first.evaluator(), first.stage(), first.scores().keySet().stream()
        .collect(java.util.stream.Collectors.toMap(c -> c, c -> BigDecimal.valueOf(100))), first.submittedAt()));
    CompetitionDocument changed = CompetitionDocument.newBuilder().edition(SULSEL.document().edition()).proposals(SULSEL.document().proposals())
        .scoreSheets(desk).scoreSheets(SULSEL.document().scoreSheets().get(io.github.kipp.rules.sinovik.regional.SulawesiSelatan.PRESENTATION)).build();

    KippFormatException e = catchThrowableOfType(KippFormatException.class,
        () -> JSON.readEditionResult(JSON.write(SULSEL.awarded()), changed, resuming(SULSEL)));

    assertThat(pathsAndCodes(e.violations())).containsExactly("steps[1].scores[0].populationId kipp.json.documentSheets");
    assertThat(e.violations().get(0).message().english()).contains("stage evaluasi-proposal", "a sheet was changed, added or removed");
  }

  @Test
  void a_removed_step_is_refused() {
    // Without the removal, the pool chosen again differs from the stored finalists.
    List<Violation> withoutRemoval = refusals(SULSEL.awarded(), d -> ((ArrayNode) d.get("steps")).remove(3));
    assertThat(pathsAndCodes(withoutRemoval)).contains("finalists.top-40[0] kipp.json.replayMismatch");
    assertThat(withoutRemoval).extracting(Violation::code).containsOnly("kipp.json.replayMismatch", "kipp.json.replayMore");
    // Without the selection, the removal follows the nomination, which it cannot.
    assertThat(pathsAndCodes(refusals(SULSEL.awarded(), d -> ((ArrayNode) d.get("steps")).remove(2))))
        .containsExactly("steps[2].call kipp.json.stepOrder");
    // Without the winners' step, the stored ranking is not what the steps give.
    assertThat(pathsAndCodes(refusals(SULSEL.awarded(), d -> ((ArrayNode) d.get("steps")).remove(4))))
        .contains("ranking[0] kipp.json.replayMismatch", "awarded.top-30 kipp.json.replayMismatch");
  }

  @Test
  void a_step_the_competition_refuses_is_refused_at_the_steps_path_with_the_competitions_code() {
    ObjectNode doc = tree(JSON.write(SULSEL.awarded()));
    String notNominated = doc.at("/outcomes/" + index(doc.get("outcomes"), ProposalOutcome.Kind.NOT_NOMINATED) + "/proposal").asText();

    assertThat(pathsAndCodes(refusals(SULSEL.awarded(), d -> ((ObjectNode) d.at("/steps/3")).put("removed", notNominated))))
        .containsExactly("steps[3].removed kipp.competition.notFinalist");
    assertThat(pathsAndCodes(refusals(SULSEL.awarded(), d -> ((ArrayNode) d.at("/steps/4/scores")).add(d.at("/steps/4/scores/0").deepCopy()))))
        .containsExactly("steps[4].scores[1].stage kipp.json.duplicate");
    assertThat(pathsAndCodes(refusals(SULSEL.awarded(), d -> ((ArrayNode) d.at("/steps/4/scores")).set(0, d.at("/steps/1/scores/0").deepCopy()))))
        .containsExactly("steps[4].scores[evaluasi-proposal] kipp.competition.stageTwice");
  }

  @Test
  void a_sheet_added_to_the_document_after_its_stage_closed_is_refused_where_the_step_froze_the_stage() {
    ScoreSheet late = SULSEL.document().scoreSheets().get(SULSEL.desk()).get(0);
    ScoreSheet after = ScoreSheet.of(late.proposal(), io.github.kipp.core.ActorId.of("te-late"), late.stage(), late.scores(),
        SULSEL.closes().get(SULSEL.desk()).plusSeconds(60));
    CompetitionDocument changed = CompetitionDocument.newBuilder().edition(SULSEL.document().edition()).proposals(SULSEL.document().proposals())
        .scoreSheets(SULSEL.document().scoreSheets().get(SULSEL.desk())).scoreSheets(List.of(after))
        .scoreSheets(SULSEL.document().scoreSheets().get(io.github.kipp.rules.sinovik.regional.SulawesiSelatan.PRESENTATION)).build();

    KippFormatException e = catchThrowableOfType(KippFormatException.class,
        () -> JSON.readEditionResult(JSON.write(SULSEL.nominated()), changed, resuming(SULSEL)));

    assertThat(pathsAndCodes(e.violations()))
        .containsExactly("steps[1].scores[0].sheets[" + late.proposal() + "/te-late].submittedAt kipp.sheet.afterClose");
  }

  @Test
  void another_draw_seed_in_the_result_or_in_the_competition_is_refused() {
    long seed = SULSEL.drawSeed();
    List<Violation> edited = refusals(SULSEL.awarded(), d -> d.put("drawSeed", seed + 1));
    KippFormatException other = catchThrowableOfType(KippFormatException.class, () -> JSON.readEditionResult(JSON.write(SULSEL.awarded()),
        SULSEL.document(), Competition.of(SULSEL.module(), seed + 1, FIXED)));

    assertThat(pathsAndCodes(edited)).containsExactly("drawSeed kipp.json.otherSeed");
    assertThat(pathsAndCodes(other.violations())).containsExactly("drawSeed kipp.json.otherSeed");
    assertThat(other.violations().get(0).message().english()).contains("decided with draw seed " + seed, "draws with seed " + (seed + 1));
  }

  @Test
  void a_changed_removal_ruling_is_refused_where_the_removed_finalists_outcome_cites_it() {
    ObjectNode doc = tree(JSON.write(SULSEL.awarded()));
    int at = index(doc.get("outcomes"), ProposalOutcome.Kind.REMOVED);

    List<Violation> v = refusals(SULSEL.awarded(), d -> ((ObjectNode) d.at("/steps/3/ruling/message")).put("english", "Objection dismissed"));

    assertThat(pathsAndCodes(v)).containsExactly("outcomes[" + at + "].decision.reasons[0].message.english kipp.json.replayMismatch");
    assertThat(v.get(0).message().english()).contains("the stored result has Objection upheld: the service data were false",
        "gives Objection dismissed");
  }

  @Test
  void a_result_of_another_module_is_refused_naming_both() {
    KippFormatException e = catchThrowableOfType(KippFormatException.class, () -> JSON.readEditionResult(JSON.write(SULSEL.awarded()),
        SULSEL.document(), Competition.of(io.github.kipp.rules.sinovik.SinovikRules.edition2023(), SULSEL.drawSeed(), FIXED)));

    assertThat(pathsAndCodes(e.violations())).containsExactly("module kipp.json.otherModule", "edition kipp.json.otherEdition");
    assertThat(e.violations().get(0).message().english())
        .isEqualTo("The result was decided under rule module sinovik-2023/sulsel-2023, but the competition given runs module sinovik-2023;"
            + " read it with a competition of module sinovik-2023/sulsel-2023.");
  }

  @Test
  void every_problem_of_the_result_as_written_is_listed_at_once_before_any_step_runs() {
    List<Violation> v = refusals(SULSEL.awarded(), d -> {
      ((ArrayNode) d.at("/entries/registered")).set(0, "p-999");
      ((ObjectNode) d.at("/steps/2")).put("call", "AWARD");
      d.put("module", "sinovik-2023");
    });

    // p-1, no longer registered, cannot have been submitted either.
    assertThat(pathsAndCodes(v)).containsExactly("module kipp.json.otherModule", "entries.registered[0] kipp.json.reference",
        "entries.submittedAt.p-1 kipp.json.reference", "steps[3].call kipp.json.stepOrder");
    assertThat(v.get(3).message().english()).isEqualTo("Step REMOVE_FINALIST cannot follow AWARD; allowed there: -.");
    // A value that cannot be bound stops the read at once, as with every document.
    assertThat(pathsAndCodes(refusals(SULSEL.screened(), d -> ((ObjectNode) d.at("/steps/0")).put("removed", "p-1"))))
        .containsExactly("steps[0].removed kipp.json.stepField");
    assertThat(pathsAndCodes(refusals(SULSEL.screened(), d -> d.put("formatVersion", "2.0")))).containsExactly("formatVersion kipp.json.version");
  }

  @Test
  void a_result_whose_outcomes_all_differ_lists_the_first_hundred_differences_and_counts_the_rest() {
    List<Violation> v = refusals(SULSEL.awarded(), d -> d.get("outcomes").forEach(o -> {
      ((ObjectNode) o).put("kind", "ELIGIBLE");
      ((ObjectNode) o.get("text")).put("english", "Eligible");
    }));

    // Two differences per registered proposal: its kind and its English text.
    int differences = 2 * SULSEL.awarded().outcomes().size();
    assertThat(v).hasSize(101);
    assertThat(v.get(100).code()).isEqualTo("kipp.json.replayMore");
    assertThat(v.get(100).message().english()).isEqualTo((differences - 100) + " further differences are not listed.");
  }

  @Test
  void a_stored_result_beyond_a_limit_is_refused_as_too_large_before_any_step_runs() {
    String json = JSON.write(SULSEL.screened());
    KippJson small = KippJson.newBuilder().maxDocumentLength(json.length() - 1).build();
    String yaml = KippJson.yaml().write(SULSEL.screened()).replace("call: \"SCREEN\"", "call: \"" + "S".repeat(KippJson.DEFAULT_MAX_STRING_LENGTH + 1) + "\"");

    KippFormatException tooLong = catchThrowableOfType(KippFormatException.class, () -> small.readEditionResult(json, SULSEL.document(), resuming(SULSEL)));
    KippFormatException tooLarge = catchThrowableOfType(KippFormatException.class,
        () -> KippJson.yaml().readEditionResult(yaml, SULSEL.document(), resuming(SULSEL)));

    assertThat(tooLong.violations()).extracting(Violation::code).containsExactly("kipp.json.tooLarge");
    assertThat(tooLarge.violations()).extracting(Violation::code).containsExactly("kipp.json.tooLarge");
  }

  @Test
  void a_citation_whose_empty_note_or_sources_are_left_out_reads_as_the_same_result() {
    // Found by the long fuzz run: an edit that comments out a citation's empty note in YAML is read
    // as the same result, since the format documents an absent note and sources as empty.
    String yaml = KippJson.yaml().write(SULSEL.awarded());
    String withoutNotes = yaml.replace("note: \"\"", "# note: \"\"").replace("sources: []", "# sources: []");

    assertThat(withoutNotes).isNotEqualTo(yaml);
    assertThat(KippJson.yaml().readEditionResult(withoutNotes, SULSEL.document(), resuming(SULSEL)))
        .isEqualTo(KippJson.yaml().readEditionResult(yaml, SULSEL.document(), resuming(SULSEL)))
        .isEqualTo(SULSEL.awarded());
  }

  @Test
  void an_edition_result_is_not_read_without_its_document_and_competition() {
    String json = JSON.write(SULSEL.screened());

    assertThatThrownBy(() -> JSON.read(json, EditionResult.class)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("readEditionResult(text, document, competition)");
    assertThatThrownBy(() -> new ObjectMapper().registerModule(new KippModule()).readValue(json, EditionResult.class))
        .isInstanceOf(IllegalStateException.class);
  }
}
