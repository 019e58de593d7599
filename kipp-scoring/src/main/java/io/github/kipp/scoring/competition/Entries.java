package io.github.kipp.scoring.competition;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedMap;
import com.google.common.collect.ImmutableSortedSet;
import com.google.errorprone.annotations.CanIgnoreReturnValue;
import io.github.kipp.core.InnovationId;
import io.github.kipp.core.InvalidInputException;
import io.github.kipp.core.ProposalId;
import io.github.kipp.core.Violation;
import io.github.kipp.core.eligibility.ResultHistory;
import io.github.kipp.core.innovation.Proposal;
import io.github.kipp.core.stage.ProposalStatus;
import io.github.kipp.scoring.internal.ScoringMessages;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * The proposals entered in an edition, as a {@link Competition} screens them: every registered
 * proposal, which of them were submitted and when, the history of past results the eligibility rules
 * read, and the innovations invited to the <i>khusus</i> group.
 *
 * <p>Registered is not submitted (KIPP.md §3.2: in 2022, 3,478 registered and 2,454 submitted): a
 * proposal left as a draft at its unit or at the institution's coordinating account (<i>admin
 * lokal</i>) is kept, so that its outcome can say it was never submitted, but it is not screened.
 * Submission times come from the host, directly or from the proposals' {@link ProposalStatus
 * statuses}; they decide caps per institution, duplicate titles and the earlier-submission
 * tie-break.
 *
 * <pre>{@code
 * Entries entries = Entries.newBuilder()
 *     .fromStatuses(proposals, statuses)      // submitted = reached "submitted", with its time
 *     .history(history)
 *     .build();
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class Entries {

  private final ImmutableList<Proposal> registered;
  private final ImmutableMap<ProposalId, Proposal> byId;
  private final ImmutableSortedSet<ProposalId> submitted;
  private final ImmutableSortedMap<ProposalId, Instant> submittedAt;
  private final ResultHistory history;
  private final ImmutableSortedSet<InnovationId> invitations;

  private Entries(ImmutableList<Proposal> registered, ImmutableSortedSet<ProposalId> submitted, ImmutableSortedMap<ProposalId, Instant> submittedAt,
      ResultHistory history, ImmutableSortedSet<InnovationId> invitations) {
    this.registered = registered;
    ImmutableMap.Builder<ProposalId, Proposal> map = ImmutableMap.builderWithExpectedSize(registered.size());
    registered.forEach(p -> map.put(p.id(), p));
    this.byId = map.buildOrThrow();
    this.submitted = submitted;
    this.submittedAt = submittedAt;
    this.history = history;
    this.invitations = invitations;
  }

  /**
   * Returns entries in which every proposal was submitted, at times unknown, with no history and no
   * invitations.
   *
   * @param proposals the submitted proposals, with distinct ids; not null
   * @return the entries, not null
   * @throws InvalidInputException if two proposals share an id
   */
  public static Entries submitted(Collection<Proposal> proposals) {
    return newBuilder().submitted(proposals).build();
  }

  /**
   * Returns a builder with nothing entered, an empty history and no invitations.
   *
   * @return the builder, not null
   */
  public static Builder newBuilder() {
    return new Builder();
  }

  /**
   * Returns every registered proposal, submitted or not, in the order entered.
   *
   * @return the proposals, possibly empty
   */
  public ImmutableList<Proposal> registered() {
    return registered;
  }

  /**
   * Returns the submitted proposals, in the order entered.
   *
   * @return the proposals, possibly empty
   */
  public ImmutableList<Proposal> submitted() {
    ImmutableList.Builder<Proposal> out = ImmutableList.builderWithExpectedSize(submitted.size());
    for (Proposal p : registered) {
      if (submitted.contains(p.id())) {
        out.add(p);
      }
    }
    return out.build();
  }

  /**
   * Returns whether a proposal was submitted.
   *
   * @param proposal the proposal, not null
   * @return true if it is entered and was submitted
   */
  public boolean isSubmitted(ProposalId proposal) {
    return submitted.contains(requireNonNull(proposal, "proposal"));
  }

  /**
   * Returns a registered proposal.
   *
   * @param proposal the proposal's id, not null
   * @return the proposal, or empty if it is not entered
   */
  public Optional<Proposal> proposal(ProposalId proposal) {
    return Optional.ofNullable(byId.get(requireNonNull(proposal, "proposal")));
  }

  /**
   * Returns the known submission times, by proposal.
   *
   * @return the times, possibly empty; a submitted proposal without a time is absent
   */
  public ImmutableSortedMap<ProposalId, Instant> submissionTimes() {
    return submittedAt;
  }

  /**
   * Returns the history of past results.
   *
   * @return the history, not null
   */
  public ResultHistory history() {
    return history;
  }

  /**
   * Returns the innovations invited to the group that needs an invitation.
   *
   * @return the invitations, possibly empty
   */
  public ImmutableSortedSet<InnovationId> invitations() {
    return invitations;
  }

  /** Returns a summary with the counts. */
  @Override
  public String toString() {
    return "Entries[" + registered.size() + " registered, " + submitted.size() + " submitted]";
  }

  /** Builds {@link Entries}. Each proposal is entered once; history can be set once. Not thread-safe. */
  public static final class Builder {
    private final Map<ProposalId, Proposal> proposals = new LinkedHashMap<>();
    private final TreeSet<ProposalId> submitted = new TreeSet<>();
    private final Map<ProposalId, Instant> times = new TreeMap<>();
    private final List<Violation> problems = new ArrayList<>();
    private @Nullable ResultHistory history;
    private final ImmutableSortedSet.Builder<InnovationId> invitations = ImmutableSortedSet.naturalOrder();

    private Builder() {}

    private void enter(Proposal proposal, String path) {
      requireNonNull(proposal, "proposal");
      if (proposals.putIfAbsent(proposal.id(), proposal) != null) {
        problems.add(ScoringMessages.violation("kipp.entries.duplicate", path, proposal.id()));
      }
    }

    /**
     * Enters a submitted proposal with its submission time.
     *
     * @param proposal the proposal, not null
     * @param at when it was submitted, not null
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder submitted(Proposal proposal, Instant at) {
      enter(proposal, "submitted[" + proposal.id() + "]");
      submitted.add(proposal.id());
      times.put(proposal.id(), requireNonNull(at, "at"));
      return this;
    }

    /**
     * Enters submitted proposals whose submission times are unknown (or given by {@link
     * #submissionTimes}).
     *
     * @param values the proposals, not null
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder submitted(Collection<Proposal> values) {
      for (Proposal p : requireNonNull(values, "proposals")) {
        enter(p, "submitted[" + p.id() + "]");
        submitted.add(p.id());
      }
      return this;
    }

    /**
     * Enters proposals that were registered but never submitted (drafts).
     *
     * @param values the proposals, not null
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder drafts(Collection<Proposal> values) {
      for (Proposal p : requireNonNull(values, "proposals")) {
        enter(p, "drafts[" + p.id() + "]");
      }
      return this;
    }

    /**
     * Gives the submission times of submitted proposals.
     *
     * @param values the times by proposal, each naming a submitted proposal of this builder; not null
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder submissionTimes(Map<ProposalId, Instant> values) {
      requireNonNull(values, "times").forEach((id, at) -> times.put(requireNonNull(id, "proposal"), requireNonNull(at, "at")));
      return this;
    }

    /**
     * Enters proposals with their statuses: a proposal whose status has a standing submission is
     * submitted at that time ({@link ProposalStatus#submittedAt()}: a draft returned for correction
     * and submitted again counts from its last submission); any other proposal is a draft.
     *
     * @param values the proposals, not null
     * @param statuses one status for each proposal, not null
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder fromStatuses(Collection<Proposal> values, Collection<ProposalStatus> statuses) {
      requireNonNull(values, "proposals");
      Map<ProposalId, ProposalStatus> byProposal = new TreeMap<>();
      for (ProposalStatus s : requireNonNull(statuses, "statuses")) {
        if (byProposal.put(s.proposal(), s) != null) {
          problems.add(ScoringMessages.violation("kipp.entries.duplicateStatus", "statuses[" + s.proposal() + "]", s.proposal()));
        }
      }
      for (Proposal p : values) {
        enter(p, "proposals[" + p.id() + "]");
        ProposalStatus status = byProposal.remove(p.id());
        if (status == null) {
          problems.add(ScoringMessages.violation("kipp.entries.noStatus", "statuses", p.id()));
          continue;
        }
        Optional<Instant> at = status.submittedAt();
        if (at.isPresent()) {
          submitted.add(p.id());
          times.put(p.id(), at.get());
        }
      }
      byProposal.keySet().forEach(id -> problems.add(ScoringMessages.violation("kipp.entries.unknownProposal", "statuses[" + id + "]", id)));
      return this;
    }

    /**
     * Sets the history of past results (default: empty). Can be set once.
     *
     * @param value the history, not null
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder history(ResultHistory value) {
      if (history != null) {
        throw new IllegalStateException("Entries.Builder: history was already set");
      }
      history = requireNonNull(value, "history");
      return this;
    }

    /**
     * Adds innovations invited to the group that needs an invitation (2021's <i>khusus</i>).
     *
     * @param values the innovations, not null
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder invitations(Iterable<InnovationId> values) {
      invitations.addAll(requireNonNull(values, "invitations"));
      return this;
    }

    /**
     * Builds the entries, listing every problem at once.
     *
     * @return the entries, not null
     * @throws InvalidInputException if a proposal is entered twice, a time or status names a
     *     proposal that is not entered or not submitted, or a proposal entered with statuses has none
     */
    public Entries build() {
      List<Violation> all = new ArrayList<>(problems);
      for (ProposalId id : times.keySet()) {
        if (!proposals.containsKey(id)) {
          all.add(ScoringMessages.violation("kipp.entries.unknownProposal", "submissionTimes[" + id + "]", id));
        } else if (!submitted.contains(id)) {
          all.add(ScoringMessages.violation("kipp.entries.notSubmitted", "submissionTimes[" + id + "]", id));
        }
      }
      InvalidInputException.throwIfAny("entries", all);
      return new Entries(ImmutableList.copyOf(proposals.values()), ImmutableSortedSet.copyOf(submitted), ImmutableSortedMap.copyOf(times),
          history == null ? ResultHistory.empty() : history, invitations.build());
    }
  }
}
