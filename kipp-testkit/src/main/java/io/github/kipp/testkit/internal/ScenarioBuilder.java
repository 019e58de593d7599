package io.github.kipp.testkit.internal;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.github.kipp.core.ActorId;
import io.github.kipp.core.CategoryId;
import io.github.kipp.core.GroupId;
import io.github.kipp.core.InnovationId;
import io.github.kipp.core.InvalidInputException;
import io.github.kipp.core.ProposalId;
import io.github.kipp.core.StageId;
import io.github.kipp.core.edition.Edition;
import io.github.kipp.core.innovation.Innovation;
import io.github.kipp.core.innovation.Proposal;
import io.github.kipp.core.innovation.Replication;
import io.github.kipp.core.innovation.SdgTarget;
import io.github.kipp.core.innovation.Video;
import io.github.kipp.core.institution.Institution;
import io.github.kipp.core.institution.Unit;
import io.github.kipp.core.institution.UnitKind;
import io.github.kipp.core.spi.RuleModule;
import io.github.kipp.scoring.CriteriaSet;
import io.github.kipp.scoring.Criterion;
import io.github.kipp.scoring.CriterionId;
import io.github.kipp.scoring.ScoreSheet;
import io.github.kipp.scoring.spi.ScoringRules;
import io.github.kipp.testkit.scenario.InvalidScenarioException;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Builds a scenario's domain values for a module: proposals with complete default content, and sheets. */
public final class ScenarioBuilder {

  /** When sheets without a time were submitted, and when their stage closed. */
  private static final Instant DEFAULT_SHEET_TIME = Instant.parse("2000-01-01T00:00:00Z");

  private final ImmutableMap<ProposalId, Proposal> proposals;
  private final ImmutableMap<ProposalId, Instant> submittedAt;
  private final ImmutableMap<StageId, ImmutableList<ScoreSheet>> sheets;
  private final Instant closedAt;
  private final ScenarioFile file;

  private ScenarioBuilder(ScenarioFile file, RuleModule module) {
    this.file = file;
    Edition edition = module.edition();
    Map<ProposalId, Proposal> ps = new LinkedHashMap<>();
    Map<ProposalId, Instant> times = new LinkedHashMap<>();
    List<InvalidScenarioException.Problem> problems = new ArrayList<>();
    int written = written(file);
    for (int i = 0; i < file.proposals().size(); i++) {
      ScenarioFile.ProposalSpec spec = file.proposals().get(i);
      // Generated proposals follow the written ones; their problems are those of their generator's entry.
      String path = i < written ? "given.proposals[" + i + "]" : "given.generate";
      Proposal p;
      try {
        p = proposal(spec, edition);
      } catch (InvalidInputException e) {
        problems.add(InvalidScenarioException.Problem.of(path, file.line(path), String.valueOf(e.getMessage())));
        continue;
      }
      if (ps.put(p.id(), p) != null) {
        problems.add(InvalidScenarioException.Problem.of(path + ".id", file.line(path + ".id"), "proposal '" + p.id() + "' is given twice"));
        continue;
      }
      spec.submittedAt().ifPresent(t -> times.put(p.id(), t));
    }
    if (!problems.isEmpty()) {
      throw new InvalidScenarioException(file.source(), problems);
    }
    this.proposals = ImmutableMap.copyOf(ps);
    this.submittedAt = ImmutableMap.copyOf(times);
    Map<StageId, ImmutableList<ScoreSheet>> byStage = new LinkedHashMap<>();
    Instant latest = DEFAULT_SHEET_TIME;
    ScoringRules rules = file.sheets().isEmpty() ? null : ScoringRules.of(module);
    for (Map.Entry<StageId, ImmutableList<ScenarioFile.SheetSpec>> e : file.sheets().entrySet()) {
      CriteriaSet criteria = rules == null ? null : rules.criteria(e.getKey()).orElseThrow(() -> new InvalidScenarioException(
          file.source(), "given.scores." + e.getKey(), "module " + module.id() + " scores no stage '" + e.getKey() + "'; it scores "
              + ScoringRules.of(module).criteria().stream().map(c -> c.stage().value()).collect(ImmutableList.toImmutableList())));
      ImmutableList.Builder<ScoreSheet> list = ImmutableList.builder();
      for (ScenarioFile.SheetSpec s : e.getValue()) {
        Instant at = s.at().orElse(DEFAULT_SHEET_TIME);
        latest = at.isAfter(latest) ? at : latest;
        list.add(sheet(s, e.getKey(), java.util.Objects.requireNonNull(criteria), at));
      }
      byStage.put(e.getKey(), list.build());
    }
    this.sheets = ImmutableMap.copyOf(byStage);
    this.closedAt = latest;
  }

  /**
   * Builds a scenario's values for a module.
   *
   * @param file the scenario
   * @param module the module
   * @return the values
   * @throws InvalidScenarioException if a value cannot be built
   */
  public static ScenarioBuilder build(ScenarioFile file, RuleModule module) {
    return new ScenarioBuilder(file, module);
  }

  /** How many proposals the file lists under {@code given.proposals}; the rest are generated. */
  private static int written(ScenarioFile file) {
    int n = 0;
    while (file.line("given.proposals[" + n + "]") > 0) {
      n++;
    }
    return n;
  }

  private static Proposal proposal(ScenarioFile.ProposalSpec spec, Edition edition) {
    GroupId group = spec.group().map(GroupId::of).orElse(edition.groups().get(0).id());
    CategoryId category = spec.category().map(CategoryId::of).orElse(edition.categories().get(0).id());
    Institution institution = spec.institution();
    // A unit the file names is the proposal's own; otherwise every proposal of an institution shares one agency.
    Unit unit = spec.unit()
        .map(u -> Unit.of(spec.id() + "-unit", u.name(), institution, u.kind()))
        .orElseGet(() -> Unit.of(institution.id().value() + "-unit", "Unit pelaksana " + spec.id(), institution, UnitKind.PERANGKAT_DAERAH));
    Innovation innovation = Innovation.of(InnovationId.of(spec.innovation().orElse("inv-" + spec.id())), spec.title().orElse("Inovasi " + spec.id()),
        Optional.empty(), institution, unit, spec.start());
    Proposal.Builder b = Proposal.newBuilder().id(ProposalId.of(spec.id())).innovation(innovation).edition(edition.id()).group(group).category(category)
        .pandemicRelated(spec.pandemicRelated());
    ProposalDefaults.fill(b, spec.id(), edition, group, spec.sections(), spec.words(), spec.omitSections(),
        spec.video().isEmpty() && !spec.noVideo(), spec.sdgs().isEmpty(), spec.attachments().isEmpty());
    spec.attachments().ifPresent(kinds -> kinds.forEach(k -> b.attachment(ProposalDefaults.defaultAttachment(k))));
    if (spec.video().isPresent()) {
      int[] v = spec.video().get();
      b.video(Video.of(Duration.ofSeconds(v[0]), v[1], URI.create("https://www.youtube.com/watch?v=" + spec.id())));
    }
    spec.sdgs().ifPresent(list -> list.forEach(t -> b.sdg(SdgTarget.parse(t))));
    if (!spec.replicates().isEmpty()) {
      b.replication(Replication.of(spec.replicates().stream().map(InnovationId::of).collect(ImmutableList.toImmutableList()),
          "Diadaptasi untuk kebutuhan daerah pelaksana."));
    }
    return b.build();
  }

  private ScoreSheet sheet(ScenarioFile.SheetSpec s, StageId stage, CriteriaSet criteria, Instant at) {
    Map<CriterionId, BigDecimal> scores = new TreeMap<>();
    for (Criterion c : criteria.criteria()) {
      s.all().ifPresent(v -> scores.put(c.id(), v));
    }
    s.scores().forEach((k, v) -> scores.put(CriterionId.of(k), v));
    if (!proposals.containsKey(ProposalId.of(s.proposal()))) {
      throw new InvalidScenarioException(file.source(), "given.scores." + stage, "sheet for unknown proposal '" + s.proposal() + "'");
    }
    return ScoreSheet.of(ProposalId.of(s.proposal()), ActorId.of(s.evaluator()), stage, scores, at);
  }

  /**
   * Returns the proposals by id, in file order.
   *
   * @return the proposals
   */
  public ImmutableMap<ProposalId, Proposal> proposals() {
    return proposals;
  }

  /**
   * Returns the submission times given.
   *
   * @return the times by proposal
   */
  public ImmutableMap<ProposalId, Instant> submittedAt() {
    return submittedAt;
  }

  /**
   * Returns the submission times given, for candidates.
   *
   * @return the times by proposal
   */
  public Map<ProposalId, Instant> submittedAtById() {
    return submittedAt;
  }

  /**
   * Returns the sheets by stage.
   *
   * @return the sheets
   */
  public ImmutableMap<StageId, ImmutableList<ScoreSheet>> sheets() {
    return sheets;
  }

  /**
   * Returns when the scoring stages closed: at the latest sheet.
   *
   * @return the instant
   */
  public Instant closedAt() {
    return closedAt;
  }
}
