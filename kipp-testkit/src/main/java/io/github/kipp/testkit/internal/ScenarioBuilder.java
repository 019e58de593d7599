package io.github.kipp.testkit.internal;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedMap;
import io.github.kipp.core.ActorId;
import io.github.kipp.core.Citation;
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
import io.github.kipp.scoring.aggregate.AggregationResult;
import io.github.kipp.scoring.rank.Candidate;
import io.github.kipp.scoring.rank.CutResult;
import io.github.kipp.scoring.rank.Cutoff;
import io.github.kipp.scoring.rank.Ranker;
import io.github.kipp.scoring.rank.Ranking;
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
import java.util.Set;
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
    ImmutableMap.Builder<ProposalId, Instant> times = ImmutableMap.builder();
    for (int i = 0; i < file.proposals().size(); i++) {
      ScenarioFile.ProposalSpec spec = file.proposals().get(i);
      String path = "given.proposals[" + i + "]";
      Proposal p;
      try {
        p = proposal(spec, edition);
      } catch (InvalidInputException e) {
        throw new InvalidScenarioException(file.source(), path, String.valueOf(e.getMessage()), e);
      }
      if (ps.put(p.id(), p) != null) {
        throw new InvalidScenarioException(file.source(), path + ".id", "proposal '" + p.id() + "' is given twice");
      }
      spec.submittedAt().ifPresent(t -> times.put(p.id(), t));
    }
    this.proposals = ImmutableMap.copyOf(ps);
    this.submittedAt = times.buildOrThrow();
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

  private static Proposal proposal(ScenarioFile.ProposalSpec spec, Edition edition) {
    GroupId group = spec.group().map(GroupId::of).orElse(edition.groups().get(0).id());
    CategoryId category = spec.category().map(CategoryId::of).orElse(edition.categories().get(0).id());
    Institution institution = spec.institution();
    Unit unit = Unit.of(institution.id().value() + "-unit", "Unit pelaksana " + spec.id(), institution, UnitKind.PERANGKAT_DAERAH);
    Innovation innovation = Innovation.of(InnovationId.of(spec.innovation().orElse("inv-" + spec.id())), spec.title().orElse("Inovasi " + spec.id()),
        Optional.empty(), institution, unit, spec.start());
    Proposal.Builder b = Proposal.newBuilder().id(ProposalId.of(spec.id())).innovation(innovation).edition(edition.id()).group(group).category(category)
        .pandemicRelated(spec.pandemicRelated());
    ProposalDefaults.fill(b, spec.id(), edition, group, spec.sections(), spec.words(), spec.omitSections(),
        spec.video().isEmpty() && !spec.noVideo(), spec.sdgs().isEmpty());
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
   * Returns the criteria of every scored stage.
   *
   * @param rules the module's scoring rules
   * @return the criteria by stage
   */
  public ImmutableSortedMap<StageId, CriteriaSet> criteriaByStage(ScoringRules rules) {
    ImmutableSortedMap.Builder<StageId, CriteriaSet> out = ImmutableSortedMap.naturalOrder();
    sheets.keySet().forEach(stage -> out.put(stage, rules.criteria(stage).orElseThrow()));
    return out.buildOrThrow();
  }

  /**
   * Returns the nominated proposals: the eligible ones ranked by the first scoring stage of the
   * module (the desk evaluation), cut by the pass mark if any, then by each group's nomination
   * count.
   *
   * @param rules the module's scoring rules
   * @param stages the aggregates
   * @param eligible the eligible proposals
   * @param drawSeed the seed of the draw
   * @param cited the citations seen, added to
   * @return the nominated ids
   */
  public List<String> nominated(ScoringRules rules, Map<StageId, AggregationResult> stages, Map<ProposalId, Proposal> eligible, long drawSeed, Set<Citation> cited) {
    List<String> out = new ArrayList<>();
    nominatedByGroup(rules, stages, eligible, drawSeed, cited).values().forEach(r -> r.forEach(e -> out.add(e.candidate().id().value())));
    return out;
  }

  /**
   * Returns the finalists of every pool: the nominated proposals of the pool's groups, ranked by the
   * desk stage with the module's tie-breaks and shortlisted under the pool's spec.
   *
   * @param rules the module's scoring rules
   * @param stages the aggregates
   * @param eligible the eligible proposals
   * @param drawSeed the seed of the draw
   * @param cited the citations seen, added to
   * @return the included proposals in order, by pool tier
   */
  public Map<String, List<String>> finalists(ScoringRules rules, Map<StageId, AggregationResult> stages, Map<ProposalId, Proposal> eligible, long drawSeed, Set<Citation> cited) {
    Map<GroupId, List<io.github.kipp.scoring.rank.RankedEntry>> nominated = nominatedByGroup(rules, stages, eligible, drawSeed, cited);
    Map<String, List<String>> out = new TreeMap<>();
    Ranker ranker = Ranker.withTieBreaks(rules.tieBreaks().build(drawSeed));
    for (io.github.kipp.scoring.spi.FinalistPool pool : rules.finalists()) {
      List<Candidate> candidates = new ArrayList<>();
      pool.groups().forEach(g -> nominated.getOrDefault(g, List.of()).forEach(e -> candidates.add(e.candidate())));
      io.github.kipp.scoring.shortlist.Shortlist shortlist = io.github.kipp.scoring.shortlist.Shortlister.create().select(ranker.rank(candidates), pool.spec());
      cited.add(pool.spec().sizeCitation());
      out.put(pool.tier().value(), shortlist.included().stream().map(e -> e.proposal().value()).collect(java.util.stream.Collectors.toList()));
    }
    return out;
  }

  private Map<GroupId, List<io.github.kipp.scoring.rank.RankedEntry>> nominatedByGroup(ScoringRules rules, Map<StageId, AggregationResult> stages,
      Map<ProposalId, Proposal> eligible, long drawSeed, Set<Citation> cited) {
    StageId desk = rules.criteria().get(0).stage();
    AggregationResult deskResult = stages.get(desk);
    if (deskResult == null) {
      throw new InvalidScenarioException(file.source(), "given.scores", "nominations need scores of the desk stage '" + desk + "'");
    }
    Map<GroupId, List<Candidate>> byGroup = new TreeMap<>();
    deskResult.scores().values().forEach(s -> {
      Proposal p = eligible.get(s.proposal());
      if (p != null) {
        byGroup.computeIfAbsent(p.group(), g -> new ArrayList<>()).add(new Candidate(p, s.score(),
            ImmutableSortedMap.of(desk, s.score()), s.criterionMeans(), Optional.ofNullable(submittedAt.get(p.id()))));
      }
    });
    Map<GroupId, List<io.github.kipp.scoring.rank.RankedEntry>> out = new TreeMap<>();
    Ranker ranker = Ranker.withTieBreaks(rules.tieBreaks().build(drawSeed));
    byGroup.forEach((group, candidates) -> {
      Ranking ranking = ranker.rank(candidates);
      List<io.github.kipp.scoring.rank.RankedEntry> passed = ranking.entries();
      if (rules.passMark().isPresent()) {
        Cutoff mark = rules.passMark().get();
        cited.add(mark.citation());
        CutResult cut = mark.apply(ranking);
        passed = cut.passed();
      }
      Cutoff n = rules.nominations().get(group);
      if (n != null) {
        Set<ProposalId> kept = new java.util.HashSet<>();
        cited.add(n.citation());
        n.apply(ranking).passed().forEach(e -> kept.add(e.proposal()));
        passed = passed.stream().filter(e -> kept.contains(e.proposal())).collect(ImmutableList.toImmutableList());
      }
      out.put(group, passed);
    });
    return out;
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
