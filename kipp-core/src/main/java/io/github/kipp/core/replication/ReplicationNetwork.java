package io.github.kipp.core.replication;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ImmutableSortedMap;
import com.google.common.collect.ImmutableSortedSet;
import com.google.errorprone.annotations.CanIgnoreReturnValue;
import io.github.kipp.core.Decision;
import io.github.kipp.core.EditionId;
import io.github.kipp.core.InnovationId;
import io.github.kipp.core.Reason;
import io.github.kipp.core.edition.Edition;
import io.github.kipp.core.eligibility.HistoryCondition;
import io.github.kipp.core.eligibility.PastResult;
import io.github.kipp.core.eligibility.ReplicationSourceRule;
import io.github.kipp.core.eligibility.ResultHistory;
import io.github.kipp.core.innovation.Proposal;
import io.github.kipp.core.institution.RegionCode;
import io.github.kipp.core.internal.CoreMessages;
import io.github.kipp.core.spi.RuleModule;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * The replication network (<i>jaringan replikasi</i>): which innovations replicated which sources,
 * in which region and edition ({@link ReplicationLink}s), with the past results of the innovations in
 * it (a {@link ResultHistory}). KIPP has a <i>replikasi</i> group (2021, 2025) for innovations that
 * adapt an earlier top innovation, and PANRB followed the replicas of its top innovations in 2024
 * (PKRI); a host keeps this record across editions and asks it:
 *
 * <ul>
 *   <li>where an innovation was replicated ({@link #replicasOf}, {@link #regionsOf}), and which top
 *       innovations were replicated where ({@link #replicatedWhere});
 *   <li>what a replica adapted ({@link #sourcesOf});
 *   <li>whether an innovation qualifies as a source under the rule module in force ({@link
 *       #sourceEligibility}), by the module's own replication rule and the results recorded here.
 * </ul>
 *
 * <pre>{@code
 * ReplicationNetwork network = ReplicationNetwork.newBuilder()
 *     .replicas(kipp2021.edition(), proposals2021)        // every replikasi proposal's sources
 *     .results(history)                                  // Top 99, Top 45, Top 5 Replikasi ...
 *     .build();
 * network.replicatedWhere(HistoryCondition.reached(Tiers.TOP_45, 2019, 2023));
 * Decision d = network.sourceEligibility(InnovationId.of("si-jempol"), registry.forEdition(Jurisdiction.NATIONAL, 2025));
 * }</pre>
 *
 * <p>The network is a set: links are kept once and sorted, results as a {@code ResultHistory} keeps
 * them, so networks built from the same links and results in any order are equal. Immutable and
 * thread-safe.
 */
public final class ReplicationNetwork {

  private static final ReplicationNetwork EMPTY = new ReplicationNetwork(ImmutableSortedSet.of(), ResultHistory.empty());

  private final ImmutableSortedSet<ReplicationLink> links;
  private final ResultHistory history;
  private final ImmutableListMultimap<InnovationId, ReplicationLink> bySource;
  private final ImmutableListMultimap<InnovationId, ReplicationLink> byReplica;

  private ReplicationNetwork(ImmutableSortedSet<ReplicationLink> links, ResultHistory history) {
    this.links = links;
    this.history = history;
    ImmutableListMultimap.Builder<InnovationId, ReplicationLink> s = ImmutableListMultimap.builder();
    ImmutableListMultimap.Builder<InnovationId, ReplicationLink> r = ImmutableListMultimap.builder();
    for (ReplicationLink l : links) {
      s.put(l.source(), l);
      r.put(l.replica(), l);
    }
    this.bySource = s.build();
    this.byReplica = r.build();
  }

  /**
   * Returns the empty network: no link and no result.
   *
   * @return the empty network, not null
   */
  public static ReplicationNetwork empty() {
    return EMPTY;
  }

  /**
   * Returns a network of links and results.
   *
   * @param links the links, in any order; repeated links are kept once; not null
   * @param history the past results of the innovations, not null
   * @return the network, not null
   */
  public static ReplicationNetwork of(Iterable<ReplicationLink> links, ResultHistory history) {
    return newBuilder().links(links).results(history).build();
  }

  /**
   * Returns a builder of an empty network.
   *
   * @return the builder, not null
   */
  public static Builder newBuilder() {
    return new Builder();
  }

  /**
   * Returns every link, ordered by source, replica, year, edition, institution and region.
   *
   * @return the links, possibly empty
   */
  public ImmutableSortedSet<ReplicationLink> links() {
    return links;
  }

  /**
   * Returns the past results recorded with the network.
   *
   * @return the history, not null
   */
  public ResultHistory history() {
    return history;
  }

  /**
   * Returns every innovation replicated at least once.
   *
   * @return the sources, sorted
   */
  public ImmutableSortedSet<InnovationId> sources() {
    return ImmutableSortedSet.copyOf(bySource.keySet());
  }

  /**
   * Returns every innovation that replicated another.
   *
   * @return the replicas, sorted
   */
  public ImmutableSortedSet<InnovationId> replicas() {
    return ImmutableSortedSet.copyOf(byReplica.keySet());
  }

  /**
   * Returns the links whose source is an innovation: where, when and by whom it was replicated.
   *
   * @param source the source, not null
   * @return its links in the network's order, possibly empty
   */
  public ImmutableList<ReplicationLink> replicasOf(InnovationId source) {
    return bySource.get(requireNonNull(source, "source"));
  }

  /**
   * Returns the innovations a replica adapted.
   *
   * @param replica the replica, not null
   * @return its sources, sorted; empty if it replicated nothing recorded
   */
  public ImmutableSortedSet<InnovationId> sourcesOf(InnovationId replica) {
    ImmutableSortedSet.Builder<InnovationId> out = ImmutableSortedSet.naturalOrder();
    byReplica.get(requireNonNull(replica, "replica")).forEach(l -> out.add(l.source()));
    return out.build();
  }

  /**
   * Returns the regions in which an innovation was replicated; replicas by ministries and agencies,
   * which have no region, are not counted.
   *
   * @param source the source, not null
   * @return the Kemendagri codes, sorted
   */
  public ImmutableSortedSet<RegionCode> regionsOf(InnovationId source) {
    ImmutableSortedSet.Builder<RegionCode> out = ImmutableSortedSet.naturalOrder();
    replicasOf(source).forEach(l -> l.region().ifPresent(out::add));
    return out.build();
  }

  /**
   * Returns the links of replicas entered in an edition.
   *
   * @param edition the edition, not null
   * @return the links in the network's order, possibly empty
   */
  public ImmutableList<ReplicationLink> inEdition(EditionId edition) {
    requireNonNull(edition, "edition");
    return links.stream().filter(l -> l.edition().equals(edition)).collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns the sources whose recorded results meet a condition, each with the links that replicated
   * it: "which top innovations were replicated where", with the condition saying which tiers and
   * years count as top.
   *
   * @param reached the condition on a source's past results, not null
   * @return the links of each source meeting it, by source; sources without a replica are absent
   */
  public ImmutableSortedMap<InnovationId, ImmutableList<ReplicationLink>> replicatedWhere(HistoryCondition reached) {
    requireNonNull(reached, "reached");
    ImmutableSortedMap.Builder<InnovationId, ImmutableList<ReplicationLink>> out = ImmutableSortedMap.naturalOrder();
    for (InnovationId source : bySource.keySet()) {
      if (reached.test(history.of(source))) {
        out.put(source, bySource.get(source));
      }
    }
    return out.buildOrThrow();
  }

  /**
   * Decides whether an innovation qualifies as a replication source under a rule module: by the
   * module's replication rule ({@link ReplicationSourceRule}) on the results recorded here. A module
   * without a replication group fails every innovation, with a reason saying so and the module's
   * legal basis as citation; a module's rule cites itself.
   *
   * @param source the innovation, not null
   * @param module the rule module in force, not null
   * @return the decision, with its reasons and citations; not null
   */
  public Decision sourceEligibility(InnovationId source, RuleModule module) {
    requireNonNull(source, "source");
    requireNonNull(module, "module");
    Optional<ReplicationSourceRule> rule = ReplicationSourceRule.find(module.eligibilityRules());
    return rule.map(r -> r.qualifies(source, history)).orElseGet(() -> Decision.fail("innovation " + source, ReplicationSourceRule.ID,
        Reason.of("kipp.eligibility.replication.noGroup", CoreMessages.render("kipp.eligibility.replication.noGroup", "module", module.id()),
            module.legalBasis())));
  }

  /**
   * Decides, for each source a proposal names, whether it qualifies under a rule module, as {@link
   * #sourceEligibility(InnovationId, RuleModule)} does.
   *
   * @param proposal the proposal, not null
   * @param module the rule module in force, not null
   * @return the decision of each source, by source; empty if the proposal replicates nothing
   */
  public ImmutableSortedMap<InnovationId, Decision> sourceEligibility(Proposal proposal, RuleModule module) {
    requireNonNull(proposal, "proposal");
    requireNonNull(module, "module");
    ImmutableSortedMap.Builder<InnovationId, Decision> out = ImmutableSortedMap.naturalOrder();
    proposal.replication().ifPresent(r -> r.sources().forEach(s -> out.put(s, sourceEligibility(s, module))));
    return out.buildOrThrow();
  }

  /**
   * Returns the union of this network and another: every link and result of either.
   *
   * @param other the other network, not null
   * @return the union, not null
   */
  public ReplicationNetwork plus(ReplicationNetwork other) {
    requireNonNull(other, "other");
    return newBuilder().links(links).links(other.links).results(history).results(other.history).build();
  }

  /** Returns whether another network has the same links and results. */
  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof ReplicationNetwork other && links.equals(other.links) && history.equals(other.history);
  }

  @Override
  public int hashCode() {
    return links.hashCode() * 31 + history.hashCode();
  }

  /** Returns {@code ReplicationNetwork[n links, m sources, k results]}. */
  @Override
  public String toString() {
    return "ReplicationNetwork[" + links.size() + " links, " + bySource.keySet().size() + " sources, " + history.results().size() + " results]";
  }

  /** Builds a {@link ReplicationNetwork}; links and results accumulate. Not thread-safe. */
  public static final class Builder {
    private final TreeSet<ReplicationLink> links = new TreeSet<>();
    private final List<PastResult> results = new ArrayList<>();

    private Builder() {}

    /**
     * Adds a link.
     *
     * @param value the link, not null
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder link(ReplicationLink value) {
      links.add(requireNonNull(value, "link"));
      return this;
    }

    /**
     * Adds links.
     *
     * @param values the links, not null
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder links(Iterable<ReplicationLink> values) {
      requireNonNull(values, "links").forEach(this::link);
      return this;
    }

    /**
     * Adds the links of an edition's <i>replikasi</i> proposals: one for each source each names.
     * Proposals without a replication add nothing.
     *
     * @param edition the edition the proposals were entered in, not null
     * @param proposals the proposals, each of that edition; not null
     * @return this builder
     * @throws IllegalArgumentException if a proposal is of another edition
     * @throws io.github.kipp.core.InvalidInputException if a proposal names its own innovation as a
     *     source
     */
    @CanIgnoreReturnValue
    public Builder replicas(Edition edition, Iterable<Proposal> proposals) {
      requireNonNull(edition, "edition");
      for (Proposal p : requireNonNull(proposals, "proposals")) {
        if (!requireNonNull(p, "proposal").edition().equals(edition.id())) {
          throw new IllegalArgumentException("proposal " + p.id() + " is of edition " + p.edition() + ", not " + edition.id());
        }
        links(ReplicationLink.of(p, edition.year()));
      }
      return this;
    }

    /**
     * Adds past results of innovations of the network (or of any innovation a query may ask about).
     *
     * @param value the results, not null
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder results(ResultHistory value) {
      results.addAll(requireNonNull(value, "results").results());
      return this;
    }

    /**
     * Builds the network.
     *
     * @return the network, not null
     */
    public ReplicationNetwork build() {
      return new ReplicationNetwork(ImmutableSortedSet.copyOf(links), ResultHistory.of(results));
    }
  }
}
