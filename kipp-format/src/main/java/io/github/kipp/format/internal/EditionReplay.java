package io.github.kipp.format.internal;

import static io.github.kipp.format.internal.Wire.parse;

import com.google.common.collect.ImmutableList;
import io.github.kipp.core.Decision;
import io.github.kipp.core.EditionId;
import io.github.kipp.core.GroupId;
import io.github.kipp.core.InnovationId;
import io.github.kipp.core.InvalidInputException;
import io.github.kipp.core.KippException;
import io.github.kipp.core.LocalizedText;
import io.github.kipp.core.ProposalId;
import io.github.kipp.core.Reason;
import io.github.kipp.core.RuleModuleId;
import io.github.kipp.core.TierId;
import io.github.kipp.core.Violation;
import io.github.kipp.core.appeal.AppealKind;
import io.github.kipp.core.appeal.AppealOutcome;
import io.github.kipp.core.appeal.AppealRuling;
import io.github.kipp.core.innovation.Proposal;
import io.github.kipp.format.CompetitionDocument;
import io.github.kipp.format.internal.EditionResultWire.EntriesW;
import io.github.kipp.format.internal.EditionResultWire.OutcomeW;
import io.github.kipp.format.internal.EditionResultWire.Outputs;
import io.github.kipp.format.internal.EditionResultWire.RankW;
import io.github.kipp.format.internal.EditionResultWire.ResultW;
import io.github.kipp.scoring.FrozenScores;
import io.github.kipp.scoring.ScoreSheet;
import io.github.kipp.scoring.competition.Competition;
import io.github.kipp.scoring.competition.EditionResult;
import io.github.kipp.scoring.competition.Entries;
import io.github.kipp.scoring.competition.StepRecord;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Reads a stored edition result by deciding it again: the entries are rebuilt from the competition
 * document, each stage's sheets are frozen from the document at the recorded close and must give the
 * recorded population, every recorded call is run again with the host's competition at the recorded
 * time, the restorations by upheld appeals are applied again right after screening, and what the
 * calls give must be what the result says — each outcome, the nominated, the
 * finalists, the final ranking and the awarded. A stored result is therefore never a way to forge a
 * decision: anything it says that the steps do not give is refused, naming its path.
 */
final class EditionReplay {

  /** The most differences listed; a count of the rest follows them. */
  static final int MAX_DIFFERENCES = 100;

  private static final String SUBJECT = "edition result";

  private EditionReplay() {}

  /**
   * Reads a bound result.
   *
   * @param w the result as written
   * @param document the competition document it was decided on
   * @param competition the competition that runs its steps again
   * @return the result the steps give, equal to the one written
   * @throws InvalidInputException listing what is malformed or differs, with paths
   */
  static EditionResult read(ResultW w, CompetitionDocument document, Competition competition) {
    EditionResultWire.checkVersion(w.formatVersion());
    List<Violation> problems = new ArrayList<>();
    checkCompetition(w, document, competition, problems);
    Entries entries = entries(w.entries(), document, problems);
    List<StepRecord> steps = steps(w, competition, problems);
    List<AppealRuling> restorations = restorations(w, problems);
    Outputs stored = outputs(w, problems);
    InvalidInputException.throwIfAny(SUBJECT, problems);
    EditionResult replayed = replay(Objects.requireNonNull(entries, "entries"), steps, restorations, document, competition);
    Differences differences = new Differences();
    compare(stored, Outputs.of(replayed), differences);
    InvalidInputException.throwIfAny(SUBJECT, differences.violations());
    return replayed;
  }

  /** Runs a factory, adding its refusals to the problems instead of throwing; returns null if refused. */
  private static <T> @Nullable T attempt(List<Violation> problems, Supplier<T> factory) {
    try {
      return factory.get();
    } catch (InvalidInputException e) {
      problems.addAll(e.violations());
      return null;
    }
  }

  private static void checkCompetition(ResultW w, CompetitionDocument document, Competition competition, List<Violation> problems) {
    RuleModuleId module = attempt(problems, () -> parse(w.module(), "module", RuleModuleId::of));
    EditionId edition = attempt(problems, () -> parse(w.edition(), "edition", EditionId::of));
    Long seed = attempt(problems, () -> Wire.required(w.drawSeed(), "drawSeed", Expected.INTEGER));
    RuleModuleId running = competition.module().id();
    if (module != null && !module.equals(running)) {
      problems.add(FormatMessages.violation("kipp.json.otherModule", "module", module, "module", running));
    }
    if (seed != null && seed != competition.drawSeed()) {
      problems.add(FormatMessages.violation("kipp.json.otherSeed", "drawSeed", seed, "seed", competition.drawSeed(), "module", running));
    }
    EditionId moduleEdition = competition.module().edition().id();
    if (edition != null && (!edition.equals(document.edition().id()) || !edition.equals(moduleEdition))) {
      problems.add(FormatMessages.violation("kipp.json.otherEdition", "edition", edition, "document", document.edition().id(), "module", running,
          "moduleEdition", moduleEdition));
    }
  }

  // --- entries --------------------------------------------------------------------------------

  private static @Nullable Entries entries(@Nullable EntriesW e, CompetitionDocument document, List<Violation> problems) {
    if (e == null) {
      problems.add(FormatMessages.violation("kipp.json.missing", "entries", "", "expectedEn", Expected.OBJECT.english(), "expectedId",
          Expected.OBJECT.indonesian()));
      return null;
    }
    int before = problems.size();
    Map<ProposalId, Proposal> inDocument = new HashMap<>();
    document.proposals().forEach(p -> inDocument.put(p.id(), p));
    Map<ProposalId, Proposal> registered = new LinkedHashMap<>();
    List<String> ids = attempt(problems, () -> Wire.list(e.registered(), "entries.registered"));
    for (int i = 0; ids != null && i < ids.size(); i++) {
      String path = "entries.registered[" + i + "]";
      String text = ids.get(i);
      ProposalId id = attempt(problems, () -> parse(text, path, ProposalId::of));
      if (id == null) {
        continue;
      }
      Proposal p = inDocument.get(id);
      if (p == null) {
        problems.add(reference(path, id, "proposal of the competition document", "proposal dokumen kompetisi", inDocument.keySet()));
      } else if (registered.putIfAbsent(id, p) != null) {
        problems.add(FormatMessages.violation("kipp.json.duplicate", path, id, "kindEn", "registered proposal", "kindId", "proposal terdaftar"));
      }
    }
    Set<ProposalId> drafts = new TreeSet<>();
    List<String> draftIds = attempt(problems, () -> Wire.list(e.drafts(), "entries.drafts"));
    for (int i = 0; draftIds != null && i < draftIds.size(); i++) {
      String path = "entries.drafts[" + i + "]";
      String text = draftIds.get(i);
      ProposalId id = attempt(problems, () -> parse(text, path, ProposalId::of));
      if (id != null && !registered.containsKey(id)) {
        problems.add(reference(path, id, "registered proposal", "proposal terdaftar", registered.keySet()));
      } else if (id != null && !drafts.add(id)) {
        problems.add(FormatMessages.violation("kipp.json.duplicate", path, id, "kindEn", "draft", "kindId", "draf"));
      }
    }
    Map<ProposalId, Instant> times = new TreeMap<>();
    Map<String, String> written = attempt(problems, () -> Wire.map(e.submittedAt(), "entries.submittedAt"));
    if (written != null) {
      written.forEach((key, value) -> {
        String path = "entries.submittedAt." + key;
        ProposalId id = attempt(problems, () -> parse(key, path, ProposalId::of));
        Instant at = attempt(problems, () -> Wire.instant(value, path));
        if (id != null && (!registered.containsKey(id) || drafts.contains(id))) {
          Set<ProposalId> submitted = new TreeSet<>(registered.keySet());
          submitted.removeAll(drafts);
          problems.add(reference(path, id, "submitted proposal", "proposal yang dikirim", submitted));
        } else if (id != null && at != null) {
          times.put(id, at);
        }
      });
    }
    List<InnovationId> invitations = attempt(problems, () -> Wire.parseAll(e.invitations(), "entries.invitations", InnovationId::of));
    if (problems.size() > before || invitations == null) {
      return null;
    }
    Entries.Builder b = Entries.newBuilder();
    registered.values().forEach(p -> {
      Instant at = times.get(p.id());
      if (drafts.contains(p.id())) {
        b.drafts(List.of(p));
      } else if (at != null) {
        b.submitted(p, at);
      } else {
        b.submitted(List.of(p));
      }
    });
    return b.history(document.history()).invitations(invitations).build();
  }

  private static Violation reference(String path, ProposalId id, String kindEn, String kindId, Set<ProposalId> known) {
    String allowed = known.stream().sorted().map(ProposalId::value).collect(Collectors.joining(", "));
    return FormatMessages.violation("kipp.json.reference", path, id, "kindEn", kindEn, "kindId", kindId, "allowed", allowed.isEmpty() ? "-" : allowed);
  }

  // --- steps ----------------------------------------------------------------------------------

  /** The calls that may follow a call (or start, for null), as {@link Competition} allows them. */
  private static Set<StepRecord.Call> next(StepRecord.@Nullable Call previous, Competition competition) {
    boolean scores = competition.scores() && !competition.stages().isEmpty();
    if (previous == null) {
      return EnumSet.of(StepRecord.Call.SCREEN);
    }
    return switch (previous) {
      case SCREEN -> scores ? EnumSet.of(StepRecord.Call.NOMINATE, StepRecord.Call.AWARD) : EnumSet.noneOf(StepRecord.Call.class);
      case NOMINATE -> EnumSet.of(StepRecord.Call.SELECT_FINALISTS, StepRecord.Call.AWARD);
      case SELECT_FINALISTS, REMOVE_FINALIST -> EnumSet.of(StepRecord.Call.REMOVE_FINALIST, StepRecord.Call.AWARD);
      case AWARD -> EnumSet.noneOf(StepRecord.Call.class);
    };
  }

  private static List<StepRecord> steps(ResultW w, Competition competition, List<Violation> problems) {
    List<StepRecord> steps = attempt(problems, () -> Wire.list(w.steps(), "steps"));
    if (steps == null) {
      return List.of();
    }
    if (steps.isEmpty()) {
      problems.add(FormatMessages.violation("kipp.json.missing", "steps", "", "expectedEn", "a list of steps starting with SCREEN",
          "expectedId", "daftar langkah yang diawali SCREEN"));
    }
    StepRecord.Call previous = null;
    for (int i = 0; i < steps.size(); i++) {
      StepRecord.Call call = steps.get(i).call();
      Set<StepRecord.Call> allowed = next(previous, competition);
      if (!allowed.contains(call)) {
        String names = allowed.isEmpty() ? "-" : allowed.stream().map(Enum::name).collect(Collectors.joining(", "));
        problems.add(FormatMessages.violation("kipp.json.stepOrder", "steps[" + i + "].call", call,
            "previousEn", previous == null ? "the start" : previous.name(), "previousId", previous == null ? "awal" : previous.name(), "allowed", names));
      }
      previous = call;
    }
    return steps;
  }

  /**
   * The restorations the result's screening holds: each an upheld appeal against an eligibility
   * refusal, at most one per proposal (the screening keeps one ruling per restored proposal).
   */
  private static List<AppealRuling> restorations(ResultW w, List<Violation> problems) {
    List<AppealRuling> rulings = attempt(problems, () -> w.restorations() == null ? List.<AppealRuling>of() : Wire.list(w.restorations(), "restorations"));
    if (rulings == null) {
      return List.of();
    }
    Set<ProposalId> restored = new TreeSet<>();
    for (int i = 0; i < rulings.size(); i++) {
      AppealRuling r = rulings.get(i);
      String path = "restorations[" + i + "]";
      if (r.outcome() != AppealOutcome.UPHELD) {
        problems.add(FormatMessages.violation("kipp.json.notAllowed", path + ".outcome", r.outcome(), "allowed", AppealOutcome.UPHELD.name()));
      }
      if (r.appeal().decision().kind() != AppealKind.ELIGIBILITY_REFUSAL) {
        problems.add(FormatMessages.violation("kipp.json.notAllowed", path + ".appeal.decision.kind", r.appeal().decision().kind(), "allowed",
            AppealKind.ELIGIBILITY_REFUSAL.name()));
      }
      ProposalId proposal = r.appeal().decision().proposal();
      if (!restored.add(proposal)) {
        problems.add(FormatMessages.violation("kipp.json.duplicate", path + ".appeal.decision.proposal", proposal, "kindEn", "restored proposal",
            "kindId", "proposal yang dipulihkan"));
      }
    }
    return rulings;
  }

  private static EditionResult replay(Entries entries, List<StepRecord> steps, List<AppealRuling> restorations, CompetitionDocument document,
      Competition competition) {
    EditionResult result = null;
    for (int i = 0; i < steps.size(); i++) {
      StepRecord step = steps.get(i);
      String path = "steps[" + i + "]";
      Competition at = competition.withClock(Clock.fixed(step.decidedAt(), ZoneOffset.UTC));
      List<FrozenScores> frozen = new ArrayList<>();
      for (int j = 0; j < step.scores().size(); j++) {
        frozen.add(freeze(at, document, step.scores().get(j), path + ".scores[" + j + "]"));
      }
      EditionResult prior = result;
      result = call(path, step.call() == StepRecord.Call.REMOVE_FINALIST, () -> switch (step.call()) {
        case SCREEN -> at.screen(entries);
        case NOMINATE -> at.nominate(Objects.requireNonNull(prior, "prior"), frozen.get(0));
        case SELECT_FINALISTS -> at.selectFinalists(Objects.requireNonNull(prior, "prior"));
        case REMOVE_FINALIST -> at.removeFinalist(Objects.requireNonNull(prior, "prior"), step.removed().orElseThrow(), step.ruling().orElseThrow());
        case AWARD -> at.award(Objects.requireNonNull(prior, "prior"), frozen, step.findings());
      });
      if (step.call() == StepRecord.Call.SCREEN) {
        // Eligibility decides who competes in every later step, so a restoration applies right after
        // screening, as Competition.afterAppeal leaves the result for the later steps to run again.
        for (int k = 0; k < restorations.size(); k++) {
          AppealRuling ruling = restorations.get(k);
          EditionResult screened = result;
          result = call("restorations[" + k + "]", false, () -> competition.afterAppeal(screened, ruling));
        }
      }
    }
    return Objects.requireNonNull(result, "result");
  }

  /** Freezes the document's sheets of a stage at the recorded close; they must give the recorded population. */
  private static FrozenScores freeze(Competition competition, CompetitionDocument document, StepRecord.FrozenStage recorded, String path) {
    List<ScoreSheet> sheets = document.scoreSheets().getOrDefault(recorded.stage(), ImmutableList.of());
    FrozenScores frozen = Wire.nested(path, () -> competition.freeze(recorded.stage(), sheets, recorded.closedAt()));
    if (!frozen.populationId().equals(recorded.populationId())) {
      throw Wire.fail(FormatMessages.violation("kipp.json.documentSheets", path + ".populationId", recorded.populationId(),
          "stage", recorded.stage(), "closedAt", recorded.closedAt(), "computed", frozen.populationId(), "count", sheets.size()));
    }
    return frozen;
  }

  /** Runs one recorded call, with its refusals at the step's path. */
  private static EditionResult call(String path, boolean removal, Supplier<EditionResult> call) {
    try {
      return call.get();
    } catch (InvalidInputException e) {
      // Competition names the removed finalist "proposal"; the step writes it as "removed".
      throw InvalidInputException.of(e.subject(), e.violations().stream()
          .map(v -> removal && v.path().equals("proposal") ? new Violation(v.code(), "removed", v.invalidValue(), v.message()) : v)
          .map(v -> v.under(path))
          .collect(ImmutableList.toImmutableList()));
    } catch (KippException e) {
      throw Wire.fail(new Violation(e.errorCode(), path, "", e.text()));
    } catch (IllegalArgumentException | IllegalStateException e) {
      throw Wire.fail(FormatMessages.violation("kipp.json.refused", path, "", "detail", String.valueOf(e.getMessage())));
    }
  }

  // --- outputs --------------------------------------------------------------------------------

  private static Outputs outputs(ResultW w, List<Violation> problems) {
    Outputs o = attempt(problems, w::outputs);
    if (o == null) {
      return new Outputs(Map.of(), Map.of(), List.of(), Map.of(), List.of());
    }
    for (int i = 0; i < o.outcomes().size(); i++) {
      OutcomeW outcome = o.outcomes().get(i);
      String path = "outcomes[" + i + "]";
      attempt(problems, () -> Wire.nested(path, outcome::checked));
    }
    for (int i = 0; i < o.ranking().size(); i++) {
      RankW rank = o.ranking().get(i);
      String path = "ranking[" + i + "]";
      attempt(problems, () -> Wire.nested(path, rank::checked));
    }
    checkLists(o.nominated(), "nominated", GroupId::of, problems);
    checkLists(o.finalists(), "finalists", TierId::of, problems);
    checkLists(o.awarded(), "awarded", TierId::of, problems);
    return o;
  }

  private static void checkLists(Map<String, List<String>> lists, String field, Function<String, ?> key, List<Violation> problems) {
    lists.forEach((k, ids) -> {
      attempt(problems, () -> parse(k, field + "." + k, key));
      attempt(problems, () -> Wire.parseAll(ids, field + "." + k, ProposalId::of));
    });
  }

  /** Differences between what a result says and what its steps give, at most {@link #MAX_DIFFERENCES} listed. */
  private static final class Differences {
    private final List<Violation> listed = new ArrayList<>();
    private int more;

    void add(String path, String subjectEn, String subjectId, @Nullable Object stored, @Nullable Object expected) {
      if (Objects.equals(stored, expected)) {
        return;
      }
      if (listed.size() >= MAX_DIFFERENCES) {
        more++;
        return;
      }
      listed.add(FormatMessages.violation("kipp.json.replayMismatch", path, show(stored), "subjectEn", subjectEn, "subjectId", subjectId,
          "expected", show(expected)));
    }

    List<Violation> violations() {
      if (more == 0) {
        return listed;
      }
      List<Violation> all = new ArrayList<>(listed);
      all.add(FormatMessages.violation("kipp.json.replayMore", "", more));
      return all;
    }

    private static String show(@Nullable Object value) {
      if (value == null) {
        return "-";
      }
      if (value instanceof java.math.BigDecimal) {
        return ((java.math.BigDecimal) value).toPlainString();
      }
      return String.valueOf(value);
    }
  }

  private static void compare(Outputs stored, Outputs expected, Differences d) {
    compareLists(stored.nominated(), expected.nominated(), "nominated", "group", "kelompok", d);
    compareLists(stored.finalists(), expected.finalists(), "finalists", "finalist pool", "kelompok finalis", d);
    for (int i = 0; i < Math.max(stored.ranking().size(), expected.ranking().size()); i++) {
      RankW s = i < stored.ranking().size() ? stored.ranking().get(i) : null;
      RankW e = i < expected.ranking().size() ? expected.ranking().get(i) : null;
      String path = "ranking[" + i + "]";
      String en = "place " + (i + 1) + " of the final ranking";
      String id = "urutan " + (i + 1) + " peringkat akhir";
      if (s == null || e == null) {
        d.add(path, en, id, s == null ? null : s.proposal(), e == null ? null : e.proposal());
        continue;
      }
      d.add(path + ".proposal", en, id, s.proposal(), e.proposal());
      d.add(path + ".position", en, id, s.position(), e.position());
      d.add(path + ".rank", en, id, s.rank(), e.rank());
      d.add(path + ".score", en, id, s.score(), e.score());
    }
    compareLists(stored.awarded(), expected.awarded(), "awarded", "winners' tier", "tingkat pemenang", d);
    for (int i = 0; i < Math.max(stored.outcomes().size(), expected.outcomes().size()); i++) {
      OutcomeW s = i < stored.outcomes().size() ? stored.outcomes().get(i) : null;
      OutcomeW e = i < expected.outcomes().size() ? expected.outcomes().get(i) : null;
      String path = "outcomes[" + i + "]";
      if (s == null || e == null || !Objects.equals(s.proposal(), e.proposal())) {
        // Outcomes are listed by proposal id: a proposal at the wrong place is the difference; its fields are not compared.
        d.add(path + ".proposal", "outcome " + (i + 1), "hasil ke-" + (i + 1), s == null ? null : s.proposal(), e == null ? null : e.proposal());
        continue;
      }
      String en = "proposal " + e.proposal();
      String id = "proposal " + e.proposal();
      d.add(path + ".kind", en, id, s.kind(), e.kind());
      d.add(path + ".tier", en, id, s.tier(), e.tier());
      LocalizedText st = s.text();
      LocalizedText et = e.text();
      d.add(path + ".text.indonesian", en, id, st == null ? null : st.indonesian(), et == null ? null : et.indonesian());
      d.add(path + ".text.english", en, id, st == null ? null : st.english(), et == null ? null : et.english());
      compare(s.decision(), e.decision(), path + ".decision", en, id, d);
    }
  }

  private static void compare(@Nullable Decision s, @Nullable Decision e, String path, String en, String id, Differences d) {
    if (s == null || e == null) {
      d.add(path, en, id, s == null ? null : s.rule(), e == null ? null : e.rule());
      return;
    }
    d.add(path + ".subject", en, id, s.subject(), e.subject());
    d.add(path + ".rule", en, id, s.rule(), e.rule());
    d.add(path + ".outcome", en, id, s.outcome(), e.outcome());
    for (int j = 0; j < Math.max(s.reasons().size(), e.reasons().size()); j++) {
      Reason sr = j < s.reasons().size() ? s.reasons().get(j) : null;
      Reason er = j < e.reasons().size() ? e.reasons().get(j) : null;
      String at = path + ".reasons[" + j + "]";
      if (sr == null || er == null) {
        d.add(at, en, id, sr == null ? null : sr.code(), er == null ? null : er.code());
        continue;
      }
      d.add(at + ".code", en, id, sr.code(), er.code());
      d.add(at + ".message.indonesian", en, id, sr.message().indonesian(), er.message().indonesian());
      d.add(at + ".message.english", en, id, sr.message().english(), er.message().english());
      d.add(at + ".citations", en, id, sr.citations(), er.citations());
    }
  }

  private static void compareLists(Map<String, List<String>> stored, Map<String, List<String>> expected, String field, String kindEn, String kindId,
      Differences d) {
    Set<String> keys = new TreeSet<>(stored.keySet());
    keys.addAll(expected.keySet());
    for (String key : keys) {
      List<String> s = stored.get(key);
      List<String> e = expected.get(key);
      String en = kindEn + " " + key;
      String id = kindId + " " + key;
      if (s == null || e == null) {
        d.add(field + "." + key, en, id, s, e);
        continue;
      }
      for (int i = 0; i < Math.max(s.size(), e.size()); i++) {
        d.add(field + "." + key + "[" + i + "]", en, id, i < s.size() ? s.get(i) : null, i < e.size() ? e.get(i) : null);
      }
    }
  }
}
