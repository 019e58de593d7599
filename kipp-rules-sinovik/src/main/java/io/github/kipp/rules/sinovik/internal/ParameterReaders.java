package io.github.kipp.rules.sinovik.internal;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.ImmutableSortedSet;
import io.github.kipp.core.CategoryId;
import io.github.kipp.core.Citation;
import io.github.kipp.core.EditionId;
import io.github.kipp.core.GroupId;
import io.github.kipp.core.InvalidInputException;
import io.github.kipp.core.LocalizedText;
import io.github.kipp.core.Role;
import io.github.kipp.core.SectionId;
import io.github.kipp.core.StageId;
import io.github.kipp.core.TierId;
import io.github.kipp.core.edition.Category;
import io.github.kipp.core.edition.InnovationGroup;
import io.github.kipp.core.edition.Phase;
import io.github.kipp.core.edition.Schedule;
import io.github.kipp.core.edition.SectionSpec;
import io.github.kipp.core.edition.VideoRules;
import io.github.kipp.core.edition.Window;
import io.github.kipp.core.eligibility.AgeRequirement;
import io.github.kipp.core.eligibility.EntrantKinds;
import io.github.kipp.core.eligibility.CapRefusal;
import io.github.kipp.core.eligibility.HistoryCondition;
import io.github.kipp.core.innovation.AttachmentKind;
import io.github.kipp.core.innovation.PartialDateResolution;
import io.github.kipp.core.institution.InstitutionType;
import io.github.kipp.core.institution.RegionCatalogue;
import io.github.kipp.core.institution.RegionCode;
import io.github.kipp.core.institution.ThreeTRegions;
import io.github.kipp.core.institution.UnitKind;
import io.github.kipp.core.spi.ParameterKey;
import io.github.kipp.core.stage.StageMachine;
import io.github.kipp.core.stage.TransitionRule;
import io.github.kipp.rules.sinovik.RuleKindRegistry;
import io.github.kipp.rules.sinovik.SinovikKeys;
import io.github.kipp.scoring.CriteriaSet;
import io.github.kipp.scoring.Criterion;
import io.github.kipp.scoring.Rounding;
import io.github.kipp.scoring.Scale;
import io.github.kipp.scoring.aggregate.AggregationPolicy;
import io.github.kipp.scoring.rank.AwardTier;
import io.github.kipp.scoring.rank.TieBreakChain;
import io.github.kipp.scoring.shortlist.Quota;
import io.github.kipp.scoring.shortlist.QuotaDimension;
import io.github.kipp.scoring.shortlist.ShortlistSpec;
import io.github.kipp.scoring.spi.FinalistPool;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;

/**
 * The typed value of each parameter key a module file may set, read from the file. Every reader
 * returns null when the value could not be read, its problems recorded.
 */
public final class ParameterReaders {

  /** What a reader may consult besides the value: the module's rounding and its parent's pipeline. */
  public interface Context {
    /**
     * Returns the file's readers.
     *
     * @return the readers
     */
    FileValues values();

    /**
     * Returns the module's rounding: the file's, or its parent's.
     *
     * @return the rounding, or empty when neither gives one
     */
    Optional<Rounding> rounding();

    /**
     * Returns the rule kinds the file may name.
     *
     * @return the registry
     */
    RuleKindRegistry ruleKinds();

    /**
     * Returns the parent's pipeline.
     *
     * @return the pipeline, or empty for a module without a parent
     */
    Optional<StageMachine> parentPipeline();
  }

  /** Reads one parameter's value. */
  private interface Reader {
    @Nullable Object read(FileNode value, Context c);
  }

  /** One key a file may set. */
  private record Spec(ParameterKey<?> key, Reader reader, String form) {}

  /** The name a file gives kipp's default 3T set, {@link ThreeTRegions#tertinggal2020to2024()}. */
  public static final String THREE_T_DEFAULT = "tertinggal-2020-2024";

  private static final ImmutableMap<String, Spec> SPECS = specs();

  private ParameterReaders() {}

  /**
   * Returns the key of a name.
   *
   * @param name such as {@code edition.zone}
   * @return the key, or empty if a file may not set it
   */
  public static Optional<ParameterKey<?>> key(String name) {
    return Optional.ofNullable(SPECS.get(name)).map(Spec::key);
  }

  /**
   * Returns the names of every key a file may set, in the order of {@link SinovikKeys}.
   *
   * @return the names
   */
  public static ImmutableList<String> names() {
    return SPECS.keySet().asList();
  }

  /**
   * Returns a short description of how a key's value is written, for the reviewer's view and docs.
   *
   * @param name the key's name
   * @return the form, or empty
   */
  public static Optional<String> form(String name) {
    return Optional.ofNullable(SPECS.get(name)).map(Spec::form);
  }

  /**
   * Reads a key's value.
   *
   * @param name the key's name, one of {@link #names()}
   * @param value the value's node
   * @param c the context
   * @return the value, or null
   */
  public static @Nullable Object read(String name, FileNode value, Context c) {
    Spec spec = SPECS.get(name);
    if (spec == null) {
      throw new IllegalArgumentException("no reader for " + name);
    }
    return spec.reader().read(value, c);
  }

  private static ImmutableMap<String, Spec> specs() {
    ImmutableMap.Builder<String, Spec> b = ImmutableMap.builder();
    add(b, SinovikKeys.EDITION_ID, (n, c) -> c.values().parse(n, "an edition id", EditionId::of), "text");
    add(b, SinovikKeys.EDITION_TITLE, (n, c) -> c.values().localized(n), "{id, en}");
    add(b, SinovikKeys.EDITION_THEME, (n, c) -> c.values().localized(n), "{id, en}");
    add(b, SinovikKeys.ZONE, (n, c) -> c.values().parse(n, "a time-zone id such as Asia/Makassar", ZoneId::of), "time-zone id");
    add(b, SinovikKeys.SCHEDULE, ParameterReaders::schedule, "{zone, windows: {phase: {first, last}}, extensions}");
    add(b, SinovikKeys.GROUPS, (n, c) -> c.values().list(n, g -> group(g, c.values())), "list of {id, name, byInvitation, replication}");
    add(b, SinovikKeys.CATEGORIES, (n, c) -> c.values().list(n, g -> category(g, c.values())), "list of {id, name}");
    add(b, SinovikKeys.SECTIONS, (n, c) -> c.values().list(n, g -> section(g, c.values())), "list of {id, name, weight, maxWords, required, groups}");
    add(b, SinovikKeys.VIDEO, (n, c) -> video(n, c.values()), "{required, maxDuration, minHeight}");
    add(b, SinovikKeys.MINIMUM_SDGS, (n, c) -> c.values().integer(n), "whole number");
    add(b, SinovikKeys.PIPELINE, ParameterReaders::pipeline, "{start, removeStages, removeRules, rules}");
    add(b, SinovikKeys.FITS_EDITION, (n, c) -> c.values().bool(n), "true or false");
    add(b, SinovikKeys.MINIMUM_AGE, (n, c) -> period(n, c.values()), "ISO period such as P2Y");
    add(b, SinovikKeys.MINIMUM_AGE_BY_GROUP, (n, c) -> c.values().entries(n, "a group id", GroupId::of, v -> period(v, c.values())), "{group: period}");
    add(b, SinovikKeys.MINIMUM_AGE_PANDEMIC, (n, c) -> period(n, c.values()), "ISO period such as P1Y");
    add(b, SinovikKeys.AGE_CLOSE, (n, c) -> c.values().constant(n, AgeRequirement.CloseBasis.class), "original or extended");
    add(b, SinovikKeys.AGE_PARTIAL_DATES, (n, c) -> c.values().constant(n, PartialDateResolution.class), "earliest or latest");
    add(b, SinovikKeys.CAPS, (n, c) -> c.values().entries(n, "a group id", GroupId::of, v -> c.values().integer(v)), "{group: count}");
    add(b, SinovikKeys.CAP_REFUSAL, (n, c) -> c.values().constant(n, CapRefusal.class), "latest-submissions");
    add(b, SinovikKeys.INVITATION_ONLY, (n, c) -> {
      ImmutableList<GroupId> ids = c.values().list(n, g -> c.values().parse(g, "a group id", GroupId::of));
      return ids == null ? null : ImmutableSet.copyOf(ids);
    }, "list of groups");
    add(b, SinovikKeys.PAST_RESULTS, (n, c) -> c.values().entries(n, "a group id", GroupId::of, v -> condition(v, c.values(), 0)), "{group: condition}");
    add(b, SinovikKeys.REPLICATION_GROUP, (n, c) -> c.values().parse(n, "a group id", GroupId::of), "group id");
    add(b, SinovikKeys.REPLICATION_SOURCE, (n, c) -> condition(n, c.values(), 0), "condition");
    add(b, SinovikKeys.ENTRANT_REGION, (n, c) -> c.values().parse(n, "a Kemendagri region code such as \"73\" or \"73.22\"", RegionCode::of), "region code");
    add(b, SinovikKeys.ENTRANT_KINDS, (n, c) -> entrantKinds(n, c.values()), "{institutionTypes, unitKinds}");
    add(b, SinovikKeys.UNIQUE_TITLE, (n, c) -> c.values().bool(n), "true or false");
    add(b, SinovikKeys.REQUIRED_ATTACHMENTS, (n, c) -> {
      ImmutableList<AttachmentKind> kinds = c.values().list(n, k -> c.values().constant(k, AttachmentKind.class));
      return kinds == null ? null : ImmutableSet.copyOf(kinds);
    }, "list of attachment kinds");
    add(b, SinovikKeys.HOST_RULES, (n, c) -> c.values().list(n, r -> RuleKinds.hostRule(r, c)), "list of {kind, settings, citation}");
    add(b, SinovikKeys.ROUNDING, (n, c) -> rounding(n, c.values()), "{scale, mode, citation}");
    add(b, SinovikKeys.CRITERIA, (n, c) -> c.values().list(n, s -> criteria(s, c)), "list of {stage, weightTotal, criteria}");
    add(b, SinovikKeys.AGGREGATION, (n, c) -> c.values().entries(n, "a stage id", StageId::of, v -> aggregation(v, c.values())), "{stage: {kind, citation}}");
    add(b, SinovikKeys.COMBINATION, RuleKinds::combination, "{kind, …, citation}");
    add(b, SinovikKeys.TIE_BREAKS, (n, c) -> tieBreaks(n, c.values()), "{steps, citation}");
    add(b, SinovikKeys.PASS_MARK, (n, c) -> c.values().decimal(n), "decimal number");
    add(b, SinovikKeys.BLIND_STAGES, (n, c) -> {
      ImmutableList<StageId> ids = c.values().list(n, g -> c.values().parse(g, "a stage id", StageId::of));
      return ids == null ? null : ImmutableSet.copyOf(ids);
    }, "list of stages");
    add(b, SinovikKeys.NOMINATIONS, (n, c) -> c.values().entries(n, "a group id", GroupId::of, v -> c.values().integer(v)), "{group: count}");
    add(b, SinovikKeys.FINALISTS, (n, c) -> c.values().list(n, p -> pool(p, c.values())), "list of {tier, name, groups, size, sizeCitation, quotas, threeTRegions}");
    add(b, SinovikKeys.WINNERS, (n, c) -> c.values().list(n, p -> tier(p, c.values())), "list of {tier, name, groups, size, citation, clusters}");
    add(b, SinovikKeys.CONFLICT_OF_INTEREST, (n, c) -> RuleKinds.conflictOfInterest(n, c.values()), "{kind}");
    return b.buildOrThrow();
  }

  private static void add(ImmutableMap.Builder<String, Spec> b, ParameterKey<?> key, Reader reader, String form) {
    b.put(key.name(), new Spec(key, reader, form));
  }

  private static @Nullable Period period(FileNode n, FileValues v) {
    return v.parse(n, "an ISO-8601 period such as P2Y", Period::parse);
  }

  private static @Nullable Schedule schedule(FileNode n, Context c) {
    FileValues v = c.values();
    FileNode m = v.map(n, "zone", "windows", "extensions");
    if (m == null) {
      return null;
    }
    FileNode z = v.required(m, "zone");
    FileNode w = v.required(m, "windows");
    ZoneId zone = z == null ? null : v.parse(z, "a time-zone id such as Asia/Makassar", ZoneId::of);
    if (zone == null || w == null || w.kind() != FileNode.Kind.MAP) {
      if (w != null && w.kind() != FileNode.Kind.MAP) {
        v.map(w);
      }
      return null;
    }
    Map<Phase, Window> windows = new EnumMap<>(Phase.class);
    boolean failed = false;
    for (FileNode window : w.entries().values()) {
      Phase phase = v.constant(keyNode(window), Phase.class);
      FileNode days = v.map(window, "first", "last");
      LocalDate first = null;
      LocalDate last = null;
      if (days != null) {
        FileNode f = v.required(days, "first");
        FileNode l = v.required(days, "last");
        first = f == null ? null : v.date(f);
        last = l == null ? null : v.date(l);
      }
      if (phase == null || first == null || last == null) {
        failed = true;
        continue;
      }
      try {
        windows.put(phase, Window.days(first, last, zone));
      } catch (InvalidInputException e) {
        v.problems().add(window, e);
        failed = true;
      }
    }
    if (failed) {
      return null;
    }
    Schedule schedule = Schedule.of(windows);
    Optional<FileNode> ext = m.find("extensions");
    if (ext.isPresent()) {
      ImmutableList<Object[]> extensions = v.list(ext.get(), e -> extension(e, v));
      if (extensions == null) {
        return null;
      }
      for (int i = 0; i < extensions.size(); i++) {
        Object[] e = extensions.get(i);
        try {
          schedule = schedule.extend((Phase) e[0], ZonedDateTime.of((LocalDateTime) e[1], zone), (Citation) e[2]);
        } catch (InvalidInputException x) {
          v.problems().add(ext.get().items().get(i), x);
          return null;
        }
      }
    }
    return schedule;
  }

  /** A node standing for a mapping's key, at its value's place. */
  private static FileNode keyNode(FileNode value) {
    String path = value.path();
    int dot = path.lastIndexOf('.');
    return FileNode.scalar(FileNode.Kind.TEXT, path, value.line(), dot < 0 ? path : path.substring(dot + 1));
  }

  private static Object @Nullable [] extension(FileNode n, FileValues v) {
    FileNode m = v.map(n, "phase", "closes", "citation");
    if (m == null) {
      return null;
    }
    FileNode p = v.required(m, "phase");
    FileNode closes = v.required(m, "closes");
    FileNode cit = v.required(m, "citation");
    Phase phase = p == null ? null : v.constant(p, Phase.class);
    LocalDateTime at = closes == null ? null : v.parse(closes, "a local date and time such as 2023-05-07T00:00", LocalDateTime::parse);
    Citation citation = cit == null ? null : v.citation(cit);
    return phase == null || at == null || citation == null ? null : new Object[] {phase, at, citation};
  }

  private static @Nullable InnovationGroup group(FileNode n, FileValues v) {
    FileNode m = v.map(n, "id", "name", "byInvitation", "replication");
    if (m == null) {
      return null;
    }
    FileNode id = v.required(m, "id");
    FileNode name = v.required(m, "name");
    GroupId g = id == null ? null : v.parse(id, "a group id", GroupId::of);
    LocalizedText text = name == null ? null : v.localized(name);
    Boolean invitation = v.bool(m, "byInvitation", false);
    Boolean replication = v.bool(m, "replication", false);
    return g == null || text == null || invitation == null || replication == null ? null : new InnovationGroup(g, text, invitation, replication);
  }

  private static @Nullable Category category(FileNode n, FileValues v) {
    FileNode m = v.map(n, "id", "name");
    if (m == null) {
      return null;
    }
    FileNode id = v.required(m, "id");
    FileNode name = v.required(m, "name");
    CategoryId c = id == null ? null : v.parse(id, "a category id", CategoryId::of);
    LocalizedText text = name == null ? null : v.localized(name);
    if (c == null || text == null) {
      return null;
    }
    return Checked.of(n, v, () -> new Category(c, text));
  }

  private static @Nullable SectionSpec section(FileNode n, FileValues v) {
    FileNode m = v.map(n, "id", "name", "weight", "maxWords", "required", "groups");
    if (m == null) {
      return null;
    }
    FileNode id = v.required(m, "id");
    FileNode name = v.required(m, "name");
    SectionId s = id == null ? null : v.parse(id, "a section id", SectionId::of);
    LocalizedText text = name == null ? null : v.localized(name);
    Optional<FileNode> w = m.find("weight");
    BigDecimal weight = w.map(v::decimal).orElse(null);
    Optional<FileNode> words = m.find("maxWords");
    Integer maxWords = words.map(v::integer).orElse(null);
    Boolean required = v.bool(m, "required", true);
    ImmutableSortedSet<GroupId> groups = m.find("groups").map(g -> v.sortedSet(g, "a group id", GroupId::of)).orElse(ImmutableSortedSet.of());
    if (s == null || text == null || (w.isPresent() && weight == null) || (words.isPresent() && maxWords == null) || required == null || groups == null) {
      return null;
    }
    return Checked.of(n, v, () -> new SectionSpec(s, text, Optional.ofNullable(weight), maxWords == null ? OptionalInt.empty() : OptionalInt.of(maxWords), required, groups));
  }

  private static @Nullable EntrantKinds entrantKinds(FileNode n, FileValues v) {
    FileNode m = v.map(n, "institutionTypes", "unitKinds");
    if (m == null) {
      return null;
    }
    Optional<FileNode> t = m.find("institutionTypes");
    Optional<FileNode> u = m.find("unitKinds");
    ImmutableList<InstitutionType> types = t.isPresent() ? v.list(t.get(), x -> v.constant(x, InstitutionType.class)) : ImmutableList.of();
    ImmutableList<UnitKind> units = u.isPresent() ? v.list(u.get(), x -> v.constant(x, UnitKind.class)) : ImmutableList.of();
    if (types == null || units == null) {
      return null;
    }
    if (types.isEmpty() && units.isEmpty()) {
      v.problems().add(n, "kipp.module.file.value", FileValues.describe(n), "expected", "at least one institution type or unit kind");
      return null;
    }
    return EntrantKinds.of(types, units);
  }

  private static @Nullable VideoRules video(FileNode n, FileValues v) {
    FileNode m = v.map(n, "required", "maxDuration", "minHeight");
    if (m == null) {
      return null;
    }
    FileNode r = v.required(m, "required");
    Boolean required = r == null ? null : v.bool(r);
    Optional<FileNode> d = m.find("maxDuration");
    Duration max = d.map(x -> v.parse(x, "an ISO-8601 duration such as PT3M", Duration::parse)).orElse(null);
    Optional<FileNode> h = m.find("minHeight");
    Integer height = h.map(v::integer).orElse(null);
    if (required == null || (d.isPresent() && max == null) || (h.isPresent() && height == null)) {
      return null;
    }
    return Checked.of(n, v, () -> new VideoRules(required, Optional.ofNullable(max), height == null ? OptionalInt.empty() : OptionalInt.of(height)));
  }

  private static @Nullable StageMachine pipeline(FileNode n, Context c) {
    FileValues v = c.values();
    FileNode m = v.map(n, "start", "removeStages", "removeRules", "rules");
    if (m == null) {
      return null;
    }
    FileNode s = v.required(m, "start");
    String start = s == null ? null : v.text(s);
    StageMachine.Builder b = null;
    if (s != null && start != null) {
      if (start.equals("inherited") && c.parentPipeline().isPresent()) {
        b = c.parentPipeline().get().toBuilder();
      } else if (start.equals("inherited")) {
        v.problems().add(s, "kipp.module.file.value", start, "expected", "national (a module without a parent inherits no pipeline)");
      } else if (start.equals("national")) {
        b = StageMachine.national().toBuilder();
      } else {
        v.problems().add(s, "kipp.module.file.value", start, "expected", "inherited or national");
      }
    }
    ImmutableList<StageId> removeStages = m.find("removeStages").map(x -> v.list(x, i -> v.parse(i, "a stage id", StageId::of))).orElse(ImmutableList.of());
    ImmutableList<StageId[]> removeRules = m.find("removeRules").map(x -> v.list(x, i -> move(i, v))).orElse(ImmutableList.of());
    ImmutableList<TransitionRule> rules = m.find("rules").map(x -> v.list(x, i -> rule(i, v))).orElse(ImmutableList.of());
    if (b == null || removeStages == null || removeRules == null || rules == null) {
      return null;
    }
    try {
      removeStages.forEach(b::removeStage);
      for (StageId[] r : removeRules) {
        b.removeRule(r[0], r[1]);
      }
      rules.forEach(b::rule);
      return b.build();
    } catch (InvalidInputException e) {
      v.problems().add(n, e);
    } catch (IllegalArgumentException | IllegalStateException e) {
      v.problems().add(n, "kipp.module.file.value", "pipeline", "expected", "a pipeline kipp accepts: " + e.getMessage());
    }
    return null;
  }

  private static StageId @Nullable [] move(FileNode n, FileValues v) {
    FileNode m = v.map(n, "from", "to");
    if (m == null) {
      return null;
    }
    FileNode f = v.required(m, "from");
    FileNode t = v.required(m, "to");
    StageId from = f == null ? null : v.parse(f, "a stage id", StageId::of);
    StageId to = t == null ? null : v.parse(t, "a stage id", StageId::of);
    return from == null || to == null ? null : new StageId[] {from, to};
  }

  private static @Nullable TransitionRule rule(FileNode n, FileValues v) {
    FileNode m = v.map(n, "from", "to", "roles", "reasonRequired", "tierRequired", "during", "citation");
    if (m == null) {
      return null;
    }
    FileNode f = v.required(m, "from");
    FileNode t = v.required(m, "to");
    StageId from = f == null ? null : v.parse(f, "a stage id", StageId::of);
    StageId to = t == null ? null : v.parse(t, "a stage id", StageId::of);
    FileNode r = v.required(m, "roles");
    ImmutableList<Role> roles = r == null ? null : v.list(r, i -> v.constant(i, Role.class));
    Boolean reason = v.bool(m, "reasonRequired", false);
    Boolean tier = v.bool(m, "tierRequired", false);
    Optional<FileNode> d = m.find("during");
    Phase during = d.map(x -> v.constant(x, Phase.class)).orElse(null);
    FileNode cit = v.required(m, "citation");
    Citation citation = cit == null ? null : v.citation(cit);
    if (from == null || to == null || roles == null || reason == null || tier == null || (d.isPresent() && during == null) || citation == null) {
      return null;
    }
    try {
      return new TransitionRule(from, to, ImmutableSortedSet.copyOf(roles), reason, tier, Optional.ofNullable(during), citation);
    } catch (InvalidInputException e) {
      v.problems().add(n, e);
    } catch (IllegalArgumentException e) {
      v.problems().add(n, "kipp.module.file.value", from + " -> " + to, "expected", "a transition kipp accepts: " + e.getMessage());
    }
    return null;
  }

  /** The deepest nesting of conditions read; the file's nesting limit bounds it as well. */
  private static final int MAX_CONDITION_DEPTH = 16;

  /**
   * Reads a condition on past results: {@code entered-before}, {@code {reached: {times, tiers, from,
   * to, group}}}, {@code {all: [...]}}, {@code {any: [...]}} or {@code {not: condition}}.
   */
  private static @Nullable HistoryCondition condition(FileNode n, FileValues v, int depth) {
    if (depth > MAX_CONDITION_DEPTH) {
      v.problems().add(n, "kipp.module.file.value", "(condition)", "expected", "conditions nested at most " + MAX_CONDITION_DEPTH + " deep");
      return null;
    }
    if (n.kind() == FileNode.Kind.TEXT && n.text().equals("entered-before")) {
      return HistoryCondition.enteredBefore();
    }
    FileNode m = v.map(n, "reached", "all", "any", "not");
    if (m == null) {
      return null;
    }
    if (m.entries().size() != 1) {
      v.problems().add(n, "kipp.module.file.value", FileValues.describe(n), "expected", "exactly one of reached, all, any, not");
      return null;
    }
    Map.Entry<String, FileNode> e = m.entries().entrySet().iterator().next();
    FileNode x = e.getValue();
    switch (e.getKey()) {
      case "all":
      case "any": {
        ImmutableList<HistoryCondition> parts = v.list(x, i -> condition(i, v, depth + 1));
        if (parts == null) {
          return null;
        }
        return e.getKey().equals("all") ? new HistoryCondition.All(parts) : new HistoryCondition.Any(parts);
      }
      case "not": {
        HistoryCondition part = condition(x, v, depth + 1);
        return part == null ? null : HistoryCondition.not(part);
      }
      default:
        return reached(x, v);
    }
  }

  private static @Nullable HistoryCondition reached(FileNode n, FileValues v) {
    FileNode m = v.map(n, "times", "tiers", "from", "to", "group");
    if (m == null) {
      return null;
    }
    Integer times = m.find("times").map(v::integer).orElse(1);
    FileNode t = v.required(m, "tiers");
    ImmutableSortedSet<TierId> tiers = t == null ? null : v.sortedSet(t, "a tier id", TierId::of);
    FileNode f = v.required(m, "from");
    FileNode to = v.required(m, "to");
    Integer from = f == null ? null : v.integer(f);
    Integer until = to == null ? null : v.integer(to);
    Optional<FileNode> g = m.find("group");
    GroupId group = g.map(x -> v.parse(x, "a group id", GroupId::of)).orElse(null);
    if (times == null || tiers == null || from == null || until == null || (g.isPresent() && group == null)) {
      return null;
    }
    return Checked.of(n, v, () -> new HistoryCondition.Count(times, tiers, from, until, Optional.ofNullable(group)));
  }

  private static @Nullable Rounding rounding(FileNode n, FileValues v) {
    FileNode m = v.map(n, "scale", "mode", "citation");
    if (m == null) {
      return null;
    }
    FileNode s = v.required(m, "scale");
    FileNode md = v.required(m, "mode");
    FileNode cit = v.required(m, "citation");
    Integer scale = s == null ? null : v.integer(s);
    RoundingMode mode = md == null ? null : v.constant(md, RoundingMode.class);
    Citation citation = cit == null ? null : v.citation(cit);
    if (scale == null || mode == null || citation == null) {
      return null;
    }
    return Checked.of(n, v, () -> new Rounding(scale, mode, citation));
  }

  private static @Nullable CriteriaSet criteria(FileNode n, Context c) {
    FileValues v = c.values();
    FileNode m = v.map(n, "stage", "weightTotal", "criteria");
    if (m == null) {
      return null;
    }
    FileNode s = v.required(m, "stage");
    FileNode t = v.required(m, "weightTotal");
    FileNode cs = v.required(m, "criteria");
    StageId stage = s == null ? null : v.parse(s, "a stage id", StageId::of);
    BigDecimal total = t == null ? null : v.decimal(t);
    ImmutableList<Criterion> criteria = cs == null ? null : v.list(cs, i -> criterion(i, v));
    Rounding rounding = c.rounding().orElse(null);
    if (rounding == null) {
      v.problems().add(n, "kipp.module.file.missing", "scoring.rounding", "field", "scoring.rounding");
      return null;
    }
    if (stage == null || total == null || criteria == null) {
      return null;
    }
    return Checked.of(n, v, () -> CriteriaSet.of(stage, criteria, total, rounding));
  }

  private static @Nullable Criterion criterion(FileNode n, FileValues v) {
    FileNode m = v.map(n, "id", "name", "weight", "scale", "citation");
    if (m == null) {
      return null;
    }
    FileNode id = v.required(m, "id");
    FileNode name = v.required(m, "name");
    FileNode w = v.required(m, "weight");
    FileNode sc = v.required(m, "scale");
    FileNode cit = v.required(m, "citation");
    String criterion = id == null ? null : v.text(id);
    LocalizedText text = name == null ? null : v.localized(name);
    BigDecimal weight = w == null ? null : v.decimal(w);
    Scale scale = sc == null ? null : scale(sc, v);
    Citation citation = cit == null ? null : v.citation(cit);
    if (criterion == null || text == null || weight == null || scale == null || citation == null) {
      return null;
    }
    return Checked.of(n, v, () -> Criterion.of(criterion, text, weight.toPlainString(), scale, citation));
  }

  private static @Nullable Scale scale(FileNode n, FileValues v) {
    FileNode m = v.map(n, "min", "max", "step");
    if (m == null) {
      return null;
    }
    FileNode a = v.required(m, "min");
    FileNode b = v.required(m, "max");
    FileNode s = v.required(m, "step");
    BigDecimal min = a == null ? null : v.decimal(a);
    BigDecimal max = b == null ? null : v.decimal(b);
    BigDecimal step = s == null ? null : v.decimal(s);
    if (min == null || max == null || step == null) {
      return null;
    }
    return Checked.of(n, v, () -> Scale.of(min.toPlainString(), max.toPlainString(), step.toPlainString()));
  }

  private static @Nullable AggregationPolicy aggregation(FileNode n, FileValues v) {
    return RuleKinds.aggregation(n, v);
  }

  private static @Nullable TieBreakChain tieBreaks(FileNode n, FileValues v) {
    FileNode m = v.map(n, "steps", "citation");
    if (m == null) {
      return null;
    }
    FileNode s = v.required(m, "steps");
    FileNode cit = v.required(m, "citation");
    ImmutableList<TieBreakChain.Step> steps = s == null ? null : v.list(s, i -> RuleKinds.tieBreakStep(i, v));
    Citation citation = cit == null ? null : v.citation(cit);
    if (s == null || steps == null || citation == null) {
      return null;
    }
    for (int i = 0; i < steps.size() - 1; i++) {
      if (steps.get(i).kind() == TieBreakChain.Kind.DRAW) {
        v.problems().add(s.items().get(i), "kipp.module.file.drawNotLast", "draw", "position", i + 1, "count", steps.size());
        return null;
      }
    }
    return TieBreakChain.of(citation, steps.toArray(new TieBreakChain.Step[0]));
  }

  private static @Nullable FinalistPool pool(FileNode n, FileValues v) {
    FileNode m = v.map(n, "tier", "name", "groups", "size", "sizeCitation", "quotas", "threeTRegions");
    if (m == null) {
      return null;
    }
    FileNode t = v.required(m, "tier");
    FileNode name = v.required(m, "name");
    FileNode g = v.required(m, "groups");
    FileNode s = v.required(m, "size");
    FileNode cit = v.required(m, "sizeCitation");
    TierId tier = t == null ? null : v.parse(t, "a tier id", TierId::of);
    LocalizedText text = name == null ? null : v.localized(name);
    ImmutableSortedSet<GroupId> groups = g == null ? null : v.sortedSet(g, "a group id", GroupId::of);
    Integer size = s == null ? null : v.integer(s);
    Citation citation = cit == null ? null : v.citation(cit);
    Optional<FileNode> q = m.find("quotas");
    ImmutableList<Quota> quotas = q.map(x -> v.list(x, i -> quota(i, v))).orElse(ImmutableList.of());
    Optional<FileNode> r = m.find("threeTRegions");
    ThreeTRegions threeT = r.map(x -> threeTRegions(x, v)).orElse(null);
    if (q.isPresent() && quotas != null && r.isEmpty()) {
      for (int i = 0; i < quotas.size(); i++) {
        if (quotas.get(i).dimension() == QuotaDimension.THREE_T) {
          v.problems().add(q.get().items().get(i), "kipp.module.file.missing", "threeTRegions", "field", "threeTRegions");
          return null;
        }
      }
    }
    if (s == null || tier == null || text == null || groups == null || size == null || citation == null || quotas == null
        || (r.isPresent() && threeT == null)) {
      return null;
    }
    ShortlistSpec.Builder spec = ShortlistSpec.newBuilder().size(size, citation).quotas(quotas);
    if (threeT != null) {
      spec.threeTRegions(threeT);
    }
    return Checked.of(n, v, () -> new FinalistPool(tier, text, groups, spec.build()));
  }

  /**
   * Reads a quota of a finalist pool: {@code {dimension, value, min, max, label, citation}}; without
   * {@code value}, a cap of {@code max} on each value of the dimension.
   */
  private static @Nullable Quota quota(FileNode n, FileValues v) {
    FileNode m = v.map(n, "dimension", "value", "min", "max", "label", "citation");
    if (m == null) {
      return null;
    }
    FileNode d = v.required(m, "dimension");
    QuotaDimension dimension = d == null ? null : v.constant(d, QuotaDimension.class);
    Optional<FileNode> vn = m.find("value");
    String value = vn.map(v::text).orElse(null);
    Optional<FileNode> mn = m.find("min");
    Optional<FileNode> mx = m.find("max");
    Integer min = mn.map(v::integer).orElse(null);
    Integer max = mx.map(v::integer).orElse(null);
    Optional<FileNode> l = m.find("label");
    LocalizedText label = l.map(v::localized).orElse(null);
    FileNode cit = v.required(m, "citation");
    Citation citation = cit == null ? null : v.citation(cit);
    boolean each = vn.isEmpty();
    if (each && mn.isPresent()) {
      v.problems().add(mn.get(), "kipp.module.file.unknownField", "min", "allowed", "max (a quota without a value caps each value of its dimension)");
      return null;
    }
    if ((each || mn.isEmpty()) && mx.isEmpty()) {
      v.required(m, each ? "max" : "min");
      return null;
    }
    if (dimension == null || (vn.isPresent() && value == null) || (mn.isPresent() && min == null) || (mx.isPresent() && max == null)
        || (l.isPresent() && label == null) || citation == null) {
      return null;
    }
    Quota quota = Checked.of(n, v, () -> {
      if (value == null) {
        return Quota.eachAtMost(dimension, requireNonNull(max), citation);
      }
      if (min == null) {
        return Quota.atMost(dimension, value, requireNonNull(max), citation);
      }
      return max == null ? Quota.atLeast(dimension, value, min, citation) : Quota.between(dimension, value, min, max, citation);
    });
    return quota == null || label == null ? quota : quota.withLabel(label);
  }

  /**
   * Reads the regions a pool's 3T quotas count: the name of a set kipp ships ({@code
   * tertinggal-2020-2024}), or {@code {base, codes, citation}}: the codes, with a shipped set's if
   * {@code base} names one, under the citation given. Each code must be one of the bundled region
   * catalogue's.
   */
  private static @Nullable ThreeTRegions threeTRegions(FileNode n, FileValues v) {
    if (n.kind() == FileNode.Kind.TEXT) {
      return threeTSet(n, v);
    }
    FileNode m = v.map(n, "base", "codes", "citation");
    if (m == null) {
      return null;
    }
    Optional<FileNode> b = m.find("base");
    ThreeTRegions base = b.map(x -> threeTSet(x, v)).orElse(null);
    FileNode c = v.required(m, "codes");
    ImmutableSortedSet<RegionCode> codes = c == null ? null : v.sortedSet(c, "a Kemendagri region code such as \"91.01\"", RegionCode::of);
    FileNode cit = v.required(m, "citation");
    Citation citation = cit == null ? null : v.citation(cit);
    if (c == null || codes == null) {
      return null;
    }
    boolean unknown = false;
    RegionCatalogue catalogue = RegionCatalogue.bundled();
    for (int i = 0; i < codes.size(); i++) {
      RegionCode code = codes.asList().get(i);
      if (catalogue.find(code).isEmpty()) {
        FileNode at = c.kind() == FileNode.Kind.LIST ? c.items().stream().filter(x -> x.text().equals(code.value())).findFirst().orElse(c) : c;
        v.problems().add(at, "kipp.module.file.value", code.value(), "expected", "a region code of the bundled Kemendagri catalogue");
        unknown = true;
      }
    }
    if ((b.isPresent() && base == null) || citation == null || unknown) {
      return null;
    }
    ThreeTRegions own = ThreeTRegions.of(codes, citation);
    return base == null ? own : base.union(own, citation);
  }

  private static @Nullable ThreeTRegions threeTSet(FileNode n, FileValues v) {
    String name = v.text(n);
    if (name == null) {
      return null;
    }
    if (name.equals(THREE_T_DEFAULT)) {
      return ThreeTRegions.tertinggal2020to2024();
    }
    v.problems().add(n, "kipp.module.file.value", name, "expected", "a 3T set kipp ships (" + THREE_T_DEFAULT + ") or {base, codes, citation}");
    return null;
  }

  private static @Nullable AwardTier tier(FileNode n, FileValues v) {
    FileNode m = v.map(n, "tier", "name", "groups", "size", "citation", "clusters");
    if (m == null) {
      return null;
    }
    FileNode t = v.required(m, "tier");
    FileNode name = v.required(m, "name");
    FileNode g = v.required(m, "groups");
    FileNode s = v.required(m, "size");
    FileNode cit = v.required(m, "citation");
    TierId tier = t == null ? null : v.parse(t, "a tier id", TierId::of);
    LocalizedText text = name == null ? null : v.localized(name);
    ImmutableSortedSet<GroupId> groups = g == null ? null : v.sortedSet(g, "a group id", GroupId::of);
    Integer size = s == null ? null : v.integer(s);
    Citation citation = cit == null ? null : v.citation(cit);
    Optional<FileNode> cl = m.find("clusters");
    ImmutableList<AwardTier.Cluster> clusters = cl.map(x -> v.list(x, i -> cluster(i, v))).orElse(ImmutableList.of());
    if (tier == null || text == null || groups == null || size == null || citation == null || clusters == null) {
      return null;
    }
    return Checked.of(n, v, () -> new AwardTier(tier, text, groups, size, citation, clusters));
  }

  /**
   * Reads a participant-type cluster of a winners' tier: {@code {id, name, types, size, citation}},
   * the types being {@link InstitutionType} names.
   */
  private static AwardTier.@Nullable Cluster cluster(FileNode n, FileValues v) {
    FileNode m = v.map(n, "id", "name", "types", "size", "citation");
    if (m == null) {
      return null;
    }
    FileNode i = v.required(m, "id");
    FileNode name = v.required(m, "name");
    FileNode t = v.required(m, "types");
    FileNode s = v.required(m, "size");
    FileNode cit = v.required(m, "citation");
    String id = i == null ? null : v.text(i);
    LocalizedText text = name == null ? null : v.localized(name);
    ImmutableList<InstitutionType> types = t == null ? null : v.list(t, x -> v.constant(x, InstitutionType.class));
    Integer size = s == null ? null : v.integer(s);
    Citation citation = cit == null ? null : v.citation(cit);
    if (id == null || text == null || types == null || size == null || citation == null) {
      return null;
    }
    return Checked.of(n, v, () -> new AwardTier.Cluster(id, text, ImmutableSortedSet.copyOf(types), size, citation));
  }
}
