package io.github.kipp.jackson;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.github.kipp.core.Actor;
import io.github.kipp.core.ActorId;
import io.github.kipp.core.Role;
import io.github.kipp.core.appeal.Appeal;
import io.github.kipp.core.appeal.AppealOutcome;
import io.github.kipp.core.appeal.AppealRuling;
import io.github.kipp.core.appeal.AppealedDecision;
import io.github.kipp.core.eligibility.ProposalEligibility;
import io.github.kipp.core.Citation;
import io.github.kipp.core.LocalizedText;
import io.github.kipp.core.ProposalId;
import io.github.kipp.core.Reason;
import io.github.kipp.core.StageId;
import io.github.kipp.core.edition.Phase;
import io.github.kipp.core.innovation.Proposal;
import io.github.kipp.core.institution.Institution;
import io.github.kipp.core.spi.Jurisdiction;
import io.github.kipp.format.CompetitionDocument;
import io.github.kipp.rules.sinovik.SinovikModule;
import io.github.kipp.rules.sinovik.SinovikRules;
import io.github.kipp.rules.sinovik.regional.LuwuUtara;
import io.github.kipp.rules.sinovik.regional.SulawesiSelatan;
import io.github.kipp.scoring.CriteriaSet;
import io.github.kipp.scoring.Criterion;
import io.github.kipp.scoring.CriterionId;
import io.github.kipp.scoring.FrozenScores;
import io.github.kipp.scoring.ScoreSheet;
import io.github.kipp.scoring.aggregate.VerificationFinding;
import io.github.kipp.scoring.competition.Competition;
import io.github.kipp.scoring.competition.EditionResult;
import io.github.kipp.scoring.competition.Entries;
import io.github.kipp.testkit.generators.KippFactories;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;

/**
 * Generated competitions of the SINOVIK modules, stored in a competition document, and the steps a
 * host runs on them one at a time, each on another day: screening, nomination, the finalists, a
 * finalist removed after public review, the winners.
 *
 * @param module the module
 * @param document the competition document: the proposals and every stage's sheets
 * @param entries the entries: most proposals submitted at known times, some left as drafts
 * @param drawSeed the seed of the tie-break draw
 * @param closes the close of each scored stage
 */
record EditionRuns(SinovikModule module, CompetitionDocument document, Entries entries, long drawSeed, ImmutableMap<StageId, Instant> closes) {

  static final List<SinovikModule> MODULES = List.of(SulawesiSelatan.kipp2023(), SinovikRules.edition2021(), SinovikRules.edition2022(),
      SinovikRules.edition2023(), SinovikRules.edition2025(), LuwuUtara.selection2023());

  static final Reason RULING = Reason.of("objection.upheld", LocalizedText.of("Sanggahan diterima: data layanan tidak benar",
      "Objection upheld: the service data were false"), Citation.regulation("PermenPANRB 35/2023", "Pasal 10"));

  static final Reason APPEAL_UPHELD = Reason.of("appeal.upheld", LocalizedText.of("Dokumen pendukung terbukti lengkap.",
      "The supporting documents are shown to be complete."), Citation.reported("Berita acara sidang pleno TPI", "butir 3"));

  /** Scores a few steps apart, so that equal totals (and ties) are common. */
  private static final int[] COARSE = {60, 70, 80, 90};

  /** The day the first step runs; each later step runs a day later. */
  static final Instant FIRST_STEP = Instant.parse("2023-09-01T02:00:00Z");

  /** The provincial round of Sulawesi Selatan 2023 with 100 proposals: Top 50 nominated, Top 40 finalists, Top 30 awarded. */
  static EditionRuns sulsel() {
    return generate(0, 100, 2023);
  }

  /** A small provincial round of 12 proposals, the golden file's: a draft, a finalist removed, a finalist without a presentation. */
  static EditionRuns golden() {
    return generate(0, 12, 5);
  }

  /**
   * The provincial round of Sulawesi Selatan 2023 with 100 proposals, the first two of them, submitted,
   * from regencies outside the province, which screening refuses (for the appeals that restore them).
   */
  static EditionRuns appealed() {
    return generate(0, 100, 2023, 2);
  }

  static EditionRuns generate(int moduleIndex, int count, long seed) {
    return generate(moduleIndex, count, seed, 0);
  }

  /** A run whose first {@code outsiders} proposals are submitted from regencies outside the module's region. */
  static EditionRuns generate(int moduleIndex, int count, long seed, int outsiders) {
    SinovikModule module = MODULES.get(moduleIndex);
    Random random = new Random(seed);
    List<Integer> regencies = regencies(module);
    List<Integer> outside = new ArrayList<>();
    for (int i = 0; i < 514 && outsiders > 0; i++) {
      if (!regencies.contains(i)) {
        outside.add(i);
      }
    }
    List<Proposal> proposals = new ArrayList<>();
    Entries.Builder entries = Entries.newBuilder();
    Instant opens = module.edition().schedule().window(Phase.REGISTRATION).orElseThrow().opens().toInstant();
    for (int i = 0; i < count; i++) {
      int pick = random.nextInt(regencies.size());
      int regency = i < outsiders ? outside.get(pick % outside.size()) : regencies.get(pick);
      Proposal p = KippFactories.proposalFrom(module.edition(), i + 1, regency, 800 + random.nextInt(2000),
          random.nextInt(2), random.nextInt(3), random.nextInt(10));
      proposals.add(p);
      if (i < outsiders || random.nextInt(5) > 0) {
        entries.submitted(p, opens.plusSeconds(3600L * random.nextInt(6)));
      } else {
        entries.drafts(List.of(p));
      }
    }
    List<ScoreSheet> sheets = new ArrayList<>();
    Map<StageId, Instant> closes = new TreeMap<>();
    Instant close = opens.plusSeconds(90L * 86_400);
    for (CriteriaSet criteria : module.criteria()) {
      for (Proposal p : proposals) {
        int evaluators = random.nextInt(4);
        for (int e = 0; e < evaluators; e++) {
          Map<CriterionId, BigDecimal> s = new TreeMap<>();
          int level = COARSE[random.nextInt(COARSE.length)];
          for (Criterion c : criteria.criteria()) {
            s.put(c.id(), BigDecimal.valueOf(random.nextInt(3) == 0 ? COARSE[random.nextInt(COARSE.length)] : level));
          }
          sheets.add(ScoreSheet.of(p.id(), ActorId.of("te-" + e), criteria.stage(), s, close.minusSeconds(1 + random.nextInt(1000))));
        }
      }
      closes.put(criteria.stage(), close);
      close = close.plusSeconds(14L * 86_400);
    }
    CompetitionDocument document = CompetitionDocument.newBuilder().edition(module.edition()).proposals(proposals).scoreSheets(sheets).build();
    return new EditionRuns(module, document, entries.build(), random.nextLong(), ImmutableMap.copyOf(closes));
  }

  /** Indexes of the test kit's regencies that may enter the module: those of Sulawesi Selatan for its regional modules. */
  private static List<Integer> regencies(SinovikModule module) {
    String prefix = module.jurisdiction().equals(Jurisdiction.NATIONAL) ? "" : "73.";
    List<Integer> out = new ArrayList<>();
    for (int i = 0; i < 514; i++) {
      Institution inst = KippFactories.institutionFrom(i);
      if (inst.region().map(r -> r.value().startsWith(prefix)).orElse(false)) {
        out.add(i);
      }
    }
    return out;
  }

  /** The competition, whose clock reads the day of a step. */
  Competition competition(int day) {
    return Competition.of(module, drawSeed, Clock.fixed(FIRST_STEP.plusSeconds(86_400L * day), ZoneOffset.UTC));
  }

  StageId desk() {
    return module.criteria().get(0).stage();
  }

  /** The document's sheets of a stage, frozen at its close. */
  FrozenScores frozen(StageId stage) {
    return competition(0).freeze(stage, document.scoreSheets().getOrDefault(stage, ImmutableList.of()), closes.get(stage));
  }

  List<FrozenScores> later() {
    List<FrozenScores> out = new ArrayList<>();
    module.criteria().subList(1, module.criteria().size()).forEach(c -> out.add(frozen(c.stage())));
    return out;
  }

  /**
   * The results a host may store, each step run once on the result of the one before.
   *
   * @param screened after screening
   * @param nominated after nomination
   * @param selected after the finalists' selection
   * @param removed after the first finalist was removed, if there was a finalist
   * @param awarded the winners, after the removal (or the selection), with a finding for each finalist
   */
  record Steps(EditionResult screened, EditionResult nominated, EditionResult selected, Optional<EditionResult> removed, EditionResult awarded) {

    /** Every result, in the order of the steps. */
    List<EditionResult> all() {
      List<EditionResult> out = new ArrayList<>(List.of(screened, nominated, selected));
      removed.ifPresent(out::add);
      out.add(awarded);
      return out;
    }
  }

  Steps steps() {
    EditionResult screened = competition(0).screen(entries);
    EditionResult nominated = competition(1).nominate(screened, frozen(desk()));
    EditionResult selected = competition(2).selectFinalists(nominated);
    List<ProposalId> finalists = selected.finalists().orElseThrow().finalists();
    Optional<EditionResult> removed = finalists.isEmpty() ? Optional.empty() : Optional.of(competition(3).removeFinalist(selected, finalists.get(0), RULING));
    EditionResult prior = removed.orElse(selected);
    Map<ProposalId, VerificationFinding> findings = new TreeMap<>();
    prior.finalists().orElseThrow().finalists().forEach(p -> findings.put(p, new VerificationFinding(p, VerificationFinding.Outcome.CONFIRMED,
        Reason.of("verified", LocalizedText.of("Terverifikasi di lapangan", "Verified in the field"), Citation.regulation("PermenPANRB 35/2023", "Pasal 11")))));
    EditionResult awarded = competition(4).award(prior, later(), findings);
    return new Steps(screened, nominated, selected, removed, awarded);
  }

  /**
   * An upheld appeal (banding) of a proposal's unit against its refusal at screening, decided by the
   * independent panel two days after the refusal: it restores the proposal to the pool.
   */
  static AppealRuling restoring(EditionResult screened, ProposalId id) {
    Proposal proposal = screened.entries().proposal(id).orElseThrow();
    ProposalEligibility refusal = screened.screening().result().outcome(id).orElseThrow();
    Instant announced = screened.screening().decidedAt();
    Appeal appeal = Appeal.of("banding-" + id.value(), Actor.of(proposal.innovation().unit().id().value(), Role.UNIT),
        AppealedDecision.eligibilityRefusal(proposal, refusal, announced), "Dokumen pendukung sudah diunggah sebelum batas waktu.",
        announced.plusSeconds(86_400));
    return new AppealRuling(appeal, AppealOutcome.UPHELD, Actor.of("tpi-1", Role.INDEPENDENT_PANEL), APPEAL_UPHELD,
        announced.plusSeconds(2L * 86_400));
  }

  /**
   * The results a host stores when appeals restore refused proposals after nomination: the first two
   * proposals refused at screening restored one after the other (the result goes back to screening),
   * then nomination and the finalists run again with them in the pool.
   *
   * @return the result after each restoration, after the nomination run again and after the finalists
   */
  List<EditionResult> restoredSteps() {
    EditionResult screened = competition(0).screen(entries);
    EditionResult nominated = competition(1).nominate(screened, frozen(desk()));
    List<ProposalId> refused = screened.screening().result().ineligible();
    if (refused.size() < 2) {
      throw new IllegalStateException("the run refuses " + refused.size() + " proposals at screening; the appeals need two");
    }
    EditionResult first = competition(2).afterAppeal(nominated, restoring(screened, refused.get(0)));
    EditionResult both = competition(2).afterAppeal(first, restoring(screened, refused.get(1)));
    EditionResult renominated = competition(3).nominate(both, frozen(desk()));
    return List.of(first, both, renominated, competition(4).selectFinalists(renominated));
  }

  EditionResult screened() {
    return steps().screened();
  }

  EditionResult nominated() {
    return steps().nominated();
  }

  EditionResult selected() {
    return steps().selected();
  }

  Optional<EditionResult> removed() {
    return steps().removed();
  }

  EditionResult awarded() {
    return steps().awarded();
  }

  List<EditionResult> everyStep() {
    return steps().all();
  }
}
