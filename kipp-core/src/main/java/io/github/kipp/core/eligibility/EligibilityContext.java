package io.github.kipp.core.eligibility;

import static io.github.kipp.core.meta.BuilderChecks.setOnce;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedSet;
import com.google.errorprone.annotations.CanIgnoreReturnValue;
import io.github.kipp.core.InnovationId;
import io.github.kipp.core.ProposalId;
import io.github.kipp.core.edition.Edition;
import io.github.kipp.core.innovation.Proposal;
import java.time.Instant;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What eligibility rules need to know besides the proposal itself, supplied by the host: the
 * edition, the history of past results, the innovations invited to <i>khusus</i>, and the whole
 * submitted set with submission times (for caps per institution and duplicate titles).
 *
 * <p>Immutable; built with {@link #newBuilder(Edition)}.
 */
public final class EligibilityContext {

  private final Edition edition;
  private final ResultHistory history;
  private final ImmutableSortedSet<InnovationId> invitations;
  private final ImmutableList<Proposal> submitted;
  private final ImmutableMap<ProposalId, Instant> submittedAt;
  /** The earliest submission of each normalised title; built on first use, then shared. */
  private volatile @Nullable ImmutableMap<String, Proposal> earliestByTitle;

  private EligibilityContext(Builder b) {
    this.edition = b.edition;
    this.history = b.history == null ? ResultHistory.empty() : b.history;
    this.invitations = b.invitations.build();
    this.submitted = b.submitted.build();
    this.submittedAt = b.submittedAt.buildKeepingLast();
  }

  /**
   * Starts a context for an edition, with an empty history, no invitations and nothing submitted.
   *
   * @param edition the edition, not null
   * @return a builder, not null
   */
  public static Builder newBuilder(Edition edition) {
    return new Builder(requireNonNull(edition, "edition"));
  }

  /**
   * Returns the edition.
   *
   * @return the edition, not null
   */
  public Edition edition() {
    return edition;
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
   * Returns the innovations invited to groups that need an invitation.
   *
   * @return the invited innovations, sorted
   */
  public ImmutableSortedSet<InnovationId> invitations() {
    return invitations;
  }

  /**
   * Returns every proposal submitted in the edition.
   *
   * @return the submitted proposals, in the order given
   */
  public ImmutableList<Proposal> submitted() {
    return submitted;
  }

  /**
   * Returns when a proposal was submitted.
   *
   * @param proposal the proposal, not null
   * @return the submission time, or empty if unknown
   */
  public Optional<Instant> submittedAt(ProposalId proposal) {
    return Optional.ofNullable(submittedAt.get(requireNonNull(proposal, "proposal")));
  }

  /**
   * Orders proposals by submission time, unknown times last, then by id: the order in which caps
   * and duplicate titles are counted.
   *
   * @return the comparator, not null
   */
  public Comparator<Proposal> submissionOrder() {
    return Comparator.<Proposal, Instant>comparing(p -> submittedAt.getOrDefault(p.id(), Instant.MAX))
        .thenComparing(Proposal::id);
  }

  /**
   * Returns the earliest submission (in {@link #submissionOrder()}, the first listed of equals) with
   * a normalised title. The index of every submitted title is built once, on first use, so that
   * screening n proposals normalises n titles rather than n².
   *
   * @param normalisedTitle a title as {@link EligibilityRules#normaliseTitle(String)} returns it
   * @return the earliest submission with the title, or empty if none
   */
  Optional<Proposal> earliestWithTitle(String normalisedTitle) {
    ImmutableMap<String, Proposal> index = earliestByTitle;
    if (index == null) {
      Comparator<Proposal> order = submissionOrder();
      Map<String, Proposal> earliest = new java.util.HashMap<>();
      for (Proposal p : submitted) {
        earliest.merge(EligibilityRules.normaliseTitle(p.innovation().title()), p, (a, b) -> order.compare(b, a) < 0 ? b : a);
      }
      index = ImmutableMap.copyOf(earliest);
      earliestByTitle = index;
    }
    return Optional.ofNullable(index.get(normalisedTitle));
  }

  /** Builds an {@link EligibilityContext}. Not thread-safe. */
  public static final class Builder {
    private final Edition edition;
    private @Nullable ResultHistory history;
    private final ImmutableSortedSet.Builder<InnovationId> invitations = ImmutableSortedSet.naturalOrder();
    private final ImmutableList.Builder<Proposal> submitted = ImmutableList.builder();
    private final ImmutableMap.Builder<ProposalId, Instant> submittedAt = ImmutableMap.builder();

    private Builder(Edition edition) {
      this.edition = edition;
    }

    /**
     * Sets the history of past results (default: empty). Can be set once.
     *
     * @param value the history, not null
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder history(ResultHistory value) {
      history = setOnce(history, value, Builder.class, "history");
      return this;
    }

    /**
     * Adds invited innovations.
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
     * Adds a submitted proposal.
     *
     * @param proposal the proposal, not null
     * @param at when it was submitted, or null if unknown
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder submitted(Proposal proposal, @Nullable Instant at) {
      submitted.add(requireNonNull(proposal, "proposal"));
      if (at != null) {
        submittedAt.put(proposal.id(), at);
      }
      return this;
    }

    /**
     * Adds submitted proposals with unknown submission times.
     *
     * @param proposals the proposals, not null
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder submitted(Iterable<Proposal> proposals) {
      proposals.forEach(p -> submitted(p, null));
      return this;
    }

    /**
     * Adds submission times.
     *
     * @param times the times by proposal, not null
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder submittedAt(Map<ProposalId, Instant> times) {
      submittedAt.putAll(requireNonNull(times, "times"));
      return this;
    }

    /**
     * Builds the context.
     *
     * @return the context, not null
     */
    public EligibilityContext build() {
      return new EligibilityContext(this);
    }
  }
}
