package io.github.kipp.scoring.shortlist;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import io.github.kipp.core.Citation;
import io.github.kipp.core.Decision;
import io.github.kipp.core.LocalizedText;
import io.github.kipp.core.ProposalId;
import io.github.kipp.core.Reason;
import io.github.kipp.scoring.internal.ScoringMessages;
import io.github.kipp.scoring.shortlist.QuotaSearch.Profile;
import io.github.kipp.scoring.shortlist.QuotaSearch.Tally;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.RandomAccess;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import io.github.kipp.scoring.rank.RankedEntry;
import io.github.kipp.scoring.rank.Ranking;

/**
 * Chooses a shortlist (<i>nominasi</i>, such as the Top 99) from a {@link Ranking} under a {@link
 * ShortlistSpec}'s quotas, explaining every inclusion and exclusion.
 *
 * <p><b>Feasibility first.</b> {@link #check} finds every {@link QuotaProblem} before anything is
 * chosen: a minimum above a maximum, a minimum with too few candidates, minimums of one dimension
 * that need more places than the shortlist has, and, when none of these applies, minimums that no
 * choice of candidates meets together (found by an exact search and narrowed to a set of minimums
 * that conflict). {@link #select} throws {@link InfeasibleQuotasException} with those problems.
 *
 * <p><b>Selection.</b> Entries are taken in {@link RankedEntry#position() position} order; each is
 * included unless (a) a maximum would be exceeded, or (b) including it would leave the remaining
 * minimums impossible to meet with the places and candidates left: it is then passed over to keep
 * room for them. A better-ranked entry is never skipped unless a quota forces it, so among all
 * selections meeting the quotas the result is the first in position order. Once the shortlist is
 * full the rest are below the cut. Every entry gets a {@link Decision} (subject {@code proposal <id>},
 * rule {@code shortlist}) with bilingual reasons and their citations.
 *
 * <p><b>Exactness.</b> Whether minimums can still be met is decided by an exact depth-first search
 * over the remaining deficits, never by a guess. Each search is limited to a node budget
 * ({@value #DEFAULT_NODE_BUDGET} by default); past it a {@link QuotaSolverException} is thrown. The
 * result depends only on the ranking and the spec.
 *
 * <p>Stateless, immutable and thread-safe.
 */
public final class Shortlister {

  /** The default number of search nodes one feasibility question may use. */
  public static final int DEFAULT_NODE_BUDGET = 200_000;

  /** The rule name of every shortlist decision. */
  public static final String RULE = "shortlist";

  private static final Shortlister DEFAULT = new Shortlister(DEFAULT_NODE_BUDGET);

  private final int nodeBudget;

  private Shortlister(int nodeBudget) {
    this.nodeBudget = nodeBudget;
  }

  /**
   * Returns a shortlister with the default node budget.
   *
   * @return the shortlister, not null
   */
  public static Shortlister create() {
    return DEFAULT;
  }

  /**
   * Returns a shortlister whose feasibility search may visit at most a number of nodes per
   * question.
   *
   * @param nodeBudget the budget, at least 1
   * @return the shortlister, not null
   * @throws IllegalArgumentException if the budget is below 1
   */
  public static Shortlister withNodeBudget(int nodeBudget) {
    if (nodeBudget < 1) {
      throw new IllegalArgumentException("a node budget is at least 1, got " + nodeBudget);
    }
    return new Shortlister(nodeBudget);
  }

  /**
   * Returns the node budget of each feasibility question.
   *
   * @return the budget, at least 1
   */
  public int nodeBudget() {
    return nodeBudget;
  }

  /**
   * Checks whether a ranking can meet a spec's quotas, without selecting.
   *
   * @param ranking the ranking, not null
   * @param spec the spec, not null
   * @return what cannot be met, in the order found; empty if the quotas can be met
   * @throws QuotaSolverException if the exact search passes the node budget
   */
  public ImmutableList<QuotaProblem> check(Ranking ranking, ShortlistSpec spec) {
    requireNonNull(ranking, "ranking");
    requireNonNull(spec, "spec");
    return check(spec, profiles(ranking, spec));
  }

  private ImmutableList<QuotaProblem> check(ShortlistSpec spec, List<Profile> profiles) {
    ImmutableList<Quota> quotas = spec.quotas();
    ImmutableList.Builder<QuotaProblem> problems = ImmutableList.builder();

    // Minimums grouped by dimension and value, in the spec's order.
    Map<String, List<Quota>> byValue = new LinkedHashMap<>();
    for (Quota q : quotas) {
      if (!q.isEachValue()) {
        byValue.computeIfAbsent(q.dimension() + "\u0000" + q.value().orElse(""), k -> new ArrayList<>()).add(q);
      }
    }
    Map<QuotaDimension, List<Quota>> minimumsByDimension = new LinkedHashMap<>();
    for (List<Quota> same : byValue.values()) {
      Quota strictest = null;
      Quota tightest = null;
      for (Quota q : same) {
        if (q.min() > 0 && (strictest == null || q.min() > strictest.min())) {
          strictest = q;
        }
      }
      if (strictest == null) {
        continue;
      }
      QuotaDimension dimension = strictest.dimension();
      for (Quota q : quotas) {
        boolean caps = q.isEachValue() ? q.dimension() == dimension : same.contains(q);
        if (caps && q.max().isPresent() && (tightest == null || q.maxOrUnbounded() < tightest.maxOrUnbounded())) {
          tightest = q;
        }
      }
      LocalizedText label = strictest.label();
      if (tightest != null && strictest.min() > tightest.maxOrUnbounded()) {
        problems.add(new QuotaProblem("kipp.quota.problem.minAboveMax", ImmutableList.of(strictest, tightest),
            ScoringMessages.render("kipp.quota.problem.minAboveMax", "labelId", label.indonesian(), "labelEn", label.english(),
                "min", strictest.min(), "max", tightest.maxOrUnbounded())));
      }
      String value = strictest.value().orElse("");
      int index = quotas.indexOf(strictest);
      long available = profiles.stream().filter(p -> p.values[index].equals(value)).count();
      if (strictest.min() > available) {
        problems.add(new QuotaProblem("kipp.quota.problem.tooFewCandidates", ImmutableList.of(strictest),
            ScoringMessages.render("kipp.quota.problem.tooFewCandidates", "labelId", label.indonesian(), "labelEn", label.english(),
                "min", strictest.min(), "available", available)));
      }
      minimumsByDimension.computeIfAbsent(dimension, d -> new ArrayList<>()).add(strictest);
    }
    for (QuotaDimension d : QuotaDimension.values()) {
      List<Quota> minimums = minimumsByDimension.getOrDefault(d, List.of());
      long sum = minimums.stream().mapToLong(Quota::min).sum();
      if (sum > spec.size()) {
        problems.add(new QuotaProblem("kipp.quota.problem.minimumsExceedSize", ImmutableList.copyOf(minimums),
            ScoringMessages.render("kipp.quota.problem.minimumsExceedSize", "dimension", d, "sum", sum, "size", spec.size())));
      }
    }
    ImmutableList<QuotaProblem> simple = problems.build();
    if (!simple.isEmpty() || quotas.stream().noneMatch(q -> q.min() > 0)) {
      return simple;
    }
    QuotaSearch search = new QuotaSearch(quotas, nodeBudget, ScoringMessages.render("kipp.quota.where.start"));
    Tally empty = new Tally(quotas);
    boolean[] active = minimums(quotas);
    if (search.feasible(empty, spec.size(), profiles, active)) {
      return ImmutableList.of();
    }
    List<Integer> conflicting = narrow(search, empty, spec.size(), profiles, active);
    ImmutableList<Quota> named = conflicting.stream().map(quotas::get).collect(ImmutableList.toImmutableList());
    return ImmutableList.of(new QuotaProblem("kipp.quota.problem.jointly", named,
        ScoringMessages.render("kipp.quota.problem.jointly",
            "labelsId", named.stream().map(q -> q.label().indonesian()).collect(Collectors.joining(", ")),
            "labelsEn", named.stream().map(q -> q.label().english()).collect(Collectors.joining(", ")),
            "size", spec.size())));
  }

  /**
   * Chooses the shortlist. An empty ranking, or one shorter than the shortlist, is not an error in
   * itself: every entry is included and the shortlist is short; but a minimum the ranking has too
   * few candidates for is ({@code kipp.quota.problem.tooFewCandidates}).
   *
   * @param ranking the ranking, possibly empty; not null
   * @param spec the spec, not null
   * @return the shortlist with a decision for every ranked entry, not null
   * @throws InfeasibleQuotasException if the ranking cannot meet the quotas (see {@link #check})
   * @throws QuotaSolverException if the exact search passes the node budget
   */
  public Shortlist select(Ranking ranking, ShortlistSpec spec) {
    requireNonNull(ranking, "ranking");
    requireNonNull(spec, "spec");
    List<Profile> profiles = profiles(ranking, spec);
    ImmutableList<QuotaProblem> problems = check(spec, profiles);
    if (!problems.isEmpty()) {
      throw new InfeasibleQuotasException(problems);
    }
    ImmutableList<Quota> quotas = spec.quotas();
    ImmutableList<RankedEntry> entries = ranking.entries();
    boolean[] active = minimums(quotas);
    Tally tally = new Tally(quotas);
    int places = spec.size();
    ImmutableList.Builder<RankedEntry> included = ImmutableList.builder();
    // Each decision is made when the shortlist's decisions are first read, from what it rests on.
    ImmutableList.Builder<Supplier<Decision>> decisions = ImmutableList.builderWithExpectedSize(entries.size());
    Map<Integer, ProposalId> includedAtRank = new LinkedHashMap<>();
    for (int idx = 0; idx < entries.size(); idx++) {
      RankedEntry entry = entries.get(idx);
      if (places == 0) {
        ProposalId tied = includedAtRank.get(entry.rank());
        decisions.add(() -> belowCut(entry, spec, tied));
        continue;
      }
      Profile profile = profiles.get(idx);
      List<Integer> exceeded = tally.exceeded(profile);
      if (!exceeded.isEmpty()) {
        decisions.add(() -> atMaximum(entry, profile, exceeded, quotas, spec));
        continue;
      }
      int[] deficitsBefore = new int[quotas.size()];
      for (int i = 0; i < quotas.size(); i++) {
        deficitsBefore[i] = tally.deficit(i);
      }
      tally.add(profile);
      List<Profile> rest = profiles.subList(idx + 1, profiles.size());
      QuotaSearch search = new QuotaSearch(quotas, nodeBudget,
          ScoringMessages.render("kipp.quota.where.proposal", "proposal", entry.proposal()));
      if (search.feasible(tally, places - 1, rest, active)) {
        places--;
        included.add(entry);
        includedAtRank.putIfAbsent(entry.rank(), entry.proposal());
        decisions.add(() -> included(entry, profile, quotas, spec));
      } else {
        Blocking blocking = blocking(search, tally, places - 1, rest, quotas);
        tally.remove(profile);
        int placesLeft = places;
        decisions.add(() -> keepRoom(entry, blocking, deficitsBefore, placesLeft, quotas, spec));
      }
    }
    ImmutableList.Builder<QuotaCount> counts = ImmutableList.builderWithExpectedSize(quotas.size());
    for (int i = 0; i < quotas.size(); i++) {
      counts.add(new QuotaCount(quotas.get(i), tally.reported(i)));
    }
    return new Shortlist(spec, ranking, included.build(), decisions.build(), counts.build());
  }

  private static List<Profile> profiles(Ranking ranking, ShortlistSpec spec) {
    return new Profiles(ranking.entries(), spec);
  }

  /**
   * The entries' profiles, each made when first read: once the shortlist is full the entries below
   * it need none, unless a minimum has to count them.
   */
  private static final class Profiles extends AbstractList<Profile> implements RandomAccess {
    private final ImmutableList<RankedEntry> entries;
    private final ShortlistSpec spec;
    private final ImmutableList<Quota> quotas;
    /** The profiles made so far, null until read. */
    private final Profile[] made;
    /** Each dimension's value of the entry being profiled, read once however many quotas share it. */
    private final String[] byDimension = new String[QuotaDimension.values().length];

    Profiles(ImmutableList<RankedEntry> entries, ShortlistSpec spec) {
      this.entries = entries;
      this.spec = spec;
      this.quotas = spec.quotas();
      this.made = new Profile[entries.size()];
    }

    @Override
    public Profile get(int index) {
      Profile p = made[index];
      if (p == null) {
        java.util.Arrays.fill(byDimension, null);
        String[] v = new String[quotas.size()];
        for (int i = 0; i < quotas.size(); i++) {
          int d = quotas.get(i).dimension().ordinal();
          String value = byDimension[d];
          if (value == null) {
            value = spec.valueOf(quotas.get(i).dimension(), entries.get(index).candidate().proposal());
            byDimension[d] = value;
          }
          v[i] = value;
        }
        p = new Profile(index, v, quotas);
        made[index] = p;
      }
      return p;
    }

    @Override
    public int size() {
      return made.length;
    }
  }

  private static boolean[] minimums(ImmutableList<Quota> quotas) {
    boolean[] active = new boolean[quotas.size()];
    for (int i = 0; i < quotas.size(); i++) {
      active[i] = !quotas.get(i).isEachValue() && quotas.get(i).min() > 0;
    }
    return active;
  }

  /** Narrows an infeasible set of minimums to one in which every minimum is needed. */
  private static List<Integer> narrow(QuotaSearch search, Tally tally, int places, List<Profile> pool, boolean[] active) {
    boolean[] kept = active.clone();
    for (int i = 0; i < kept.length; i++) {
      if (kept[i] && tally.deficit(i) == 0) {
        kept[i] = false;
      }
    }
    for (int i = 0; i < kept.length; i++) {
      if (kept[i]) {
        kept[i] = false;
        if (search.feasible(tally, places, pool, kept)) {
          kept[i] = true;
        }
      }
    }
    List<Integer> out = new ArrayList<>();
    for (int i = 0; i < kept.length; i++) {
      if (kept[i]) {
        out.add(i);
      }
    }
    return out;
  }

  /**
   * The minimums that an entry's inclusion would make impossible: each one that alone cannot be
   * met, or else a set that cannot be met together.
   */
  private static Blocking blocking(QuotaSearch search, Tally withEntry, int places, List<Profile> rest, ImmutableList<Quota> quotas) {
    boolean[] all = minimums(quotas);
    List<Integer> alone = new ArrayList<>();
    for (int i = 0; i < quotas.size(); i++) {
      if (all[i] && withEntry.deficit(i) > 0) {
        boolean[] only = new boolean[quotas.size()];
        only[i] = true;
        if (!search.feasible(withEntry, places, rest, only)) {
          alone.add(i);
        }
      }
    }
    return alone.isEmpty() ? new Blocking(narrow(search, withEntry, places, rest, all), true) : new Blocking(alone, false);
  }

  /** The minimums an inclusion would make impossible; joint when only together. */
  private static String subject(RankedEntry entry) {
    return "proposal " + entry.proposal();
  }

  private record Blocking(List<Integer> quotas, boolean joint) {}

  private static Decision included(RankedEntry entry, Profile profile, ImmutableList<Quota> quotas, ShortlistSpec spec) {
    List<Citation> citations = new ArrayList<>();
    citations.add(spec.sizeCitation());
    for (int i = 0; i < quotas.size(); i++) {
      if (profile.matches[i]) {
        citations.addAll(spec.citationsOf(quotas.get(i)));
      }
    }
    return Decision.pass(subject(entry), RULE, Reason.of("kipp.shortlist.included",
        ScoringMessages.render("kipp.shortlist.included", "position", entry.position()),
        citations.stream().distinct().collect(ImmutableList.toImmutableList())));
  }

  private static Decision atMaximum(RankedEntry entry, Profile profile, List<Integer> exceeded, ImmutableList<Quota> quotas, ShortlistSpec spec) {
    List<Reason> reasons = new ArrayList<>();
    for (int i : exceeded) {
      Quota q = quotas.get(i);
      LocalizedText text = q.isEachValue()
          ? ScoringMessages.render("kipp.shortlist.atCap", "dimensionId", q.dimension().label().indonesian(),
              "dimensionEn", q.dimension().label().english(), "value", profile.values[i], "max", q.maxOrUnbounded())
          : ScoringMessages.render("kipp.shortlist.atMaximum", "labelId", q.label().indonesian(), "labelEn", q.label().english(),
              "max", q.maxOrUnbounded());
      reasons.add(Reason.of(q.isEachValue() ? "kipp.shortlist.atCap" : "kipp.shortlist.atMaximum", text, spec.citationsOf(q)));
    }
    return new Decision(subject(entry), RULE, Decision.Outcome.FAIL, ImmutableList.copyOf(reasons));
  }

  private static Decision keepRoom(RankedEntry entry, Blocking blocking, int[] deficits, int places, ImmutableList<Quota> quotas, ShortlistSpec spec) {
    List<Reason> reasons = new ArrayList<>();
    if (!blocking.joint()) {
      for (int i : blocking.quotas()) {
        Quota q = quotas.get(i);
        reasons.add(Reason.of("kipp.shortlist.keepRoom",
            ScoringMessages.render("kipp.shortlist.keepRoom", "labelId", q.label().indonesian(), "labelEn", q.label().english(),
                "needed", deficits[i], "places", places),
            spec.citationsOf(q)));
      }
    } else {
      List<LocalizedText> needs = new ArrayList<>();
      List<Citation> citations = new ArrayList<>();
      for (int i : blocking.quotas()) {
        Quota q = quotas.get(i);
        needs.add(ScoringMessages.render("kipp.shortlist.need", "labelId", q.label().indonesian(), "labelEn", q.label().english(),
            "needed", deficits[i]));
        citations.addAll(spec.citationsOf(q));
      }
      reasons.add(Reason.of("kipp.shortlist.keepRoomJoint",
          ScoringMessages.render("kipp.shortlist.keepRoomJoint",
              "needsId", needs.stream().map(LocalizedText::indonesian).collect(Collectors.joining(", ")),
              "needsEn", needs.stream().map(LocalizedText::english).collect(Collectors.joining(", ")),
              "places", places),
          citations.stream().distinct().collect(ImmutableList.toImmutableList())));
    }
    return new Decision(subject(entry), RULE, Decision.Outcome.FAIL, ImmutableList.copyOf(reasons));
  }

  private static Decision belowCut(RankedEntry entry, ShortlistSpec spec, @Nullable ProposalId tied) {
    List<Reason> reasons = new ArrayList<>();
    reasons.add(Reason.of("kipp.shortlist.belowCut",
        ScoringMessages.render("kipp.shortlist.belowCut", "size", spec.size()), spec.sizeCitation()));
    if (tied != null) {
      reasons.add(Reason.of("kipp.shortlist.tiedAtCut",
          ScoringMessages.render("kipp.shortlist.tiedAtCut", "rank", entry.rank(), "included", tied), spec.sizeCitation()));
    }
    return new Decision(subject(entry), RULE, Decision.Outcome.FAIL, ImmutableList.copyOf(reasons));
  }
}
