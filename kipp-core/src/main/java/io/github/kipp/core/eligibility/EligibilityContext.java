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
  private final Comparator<Proposal> submissionOrder;
  /** What screening reads of the submitted set, prepared once: built on first use, then shared. */
  private volatile @Nullable Prepared prepared;

  private EligibilityContext(Builder b) {
    this.edition = b.edition;
    this.history = b.history == null ? ResultHistory.empty() : b.history;
    this.invitations = b.invitations.build();
    this.submitted = b.submitted.build();
    this.submittedAt = b.submittedAt.buildKeepingLast();
    this.submissionOrder = Comparator.<Proposal, Instant>comparing(p -> submittedAt.getOrDefault(p.id(), Instant.MAX))
        .thenComparing(Proposal::id);
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
    return submissionOrder;
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
    return Optional.ofNullable(prepared().earliestByTitle.get(normalisedTitle));
  }

  /** {@link #earliestWithTitle(String)}, or null if none. */
  @Nullable Proposal earliestWithTitleOrNull(String normalisedTitle) {
    return prepared().earliestByTitle.get(normalisedTitle);
  }

  /**
   * Returns a proposal's normalised title, read from the prepared titles when the proposal is the
   * submitted one at {@code index}.
   *
   * @param proposal the proposal, not null
   * @param index its place in {@link #submitted()}, or -1 if not known to be there
   * @return the title as {@link EligibilityRules#normaliseTitle(String)} returns it, not null
   */
  @SuppressWarnings("ReferenceEquality") // the prepared title belongs to that very proposal object
  String normalisedTitle(Proposal proposal, int index) {
    if (index >= 0) {
      Prepared p = prepared();
      if (index < p.titles.length && submitted.get(index) == proposal) {
        return p.titles[index];
      }
    }
    return EligibilityRules.normaliseTitle(proposal.innovation().title());
  }

  /**
   * Returns the places in {@link #submitted()} of the submitted proposals sorted by id (equal ids in
   * the order given), prepared once.
   *
   * @return the places, not to be changed
   */
  int[] submittedById() {
    return prepared().byId;
  }

  private Prepared prepared() {
    Prepared p = prepared;
    if (p == null) {
      // Two threads preparing first build equal indexes; either is kept.
      p = new Prepared(submitted, submissionOrder);
      prepared = p;
    }
    return p;
  }

  /**
   * What screening reads of the submitted set, prepared once per context: each proposal's normalised
   * title, the earliest submission of each title and the submitted proposals in id order.
   */
  private static final class Prepared {
    private static final Comparator<Place> BY_ID = Comparator.comparing(Place::id);

    /** A submitted proposal's id and its place in the submitted list. */
    private record Place(String id, int index) {}

    final String[] titles;
    /** Never changed once built. */
    final Map<String, Proposal> earliestByTitle;
    final int[] byId;

    Prepared(ImmutableList<Proposal> submitted, Comparator<Proposal> order) {
      int n = submitted.size();
      titles = new String[n];
      Map<String, Proposal> earliest = new java.util.HashMap<>(Math.max(16, n * 2));
      for (int i = 0; i < n; i++) {
        Proposal p = submitted.get(i);
        String title = EligibilityRules.normaliseTitle(p.innovation().title());
        titles[i] = title;
        earliest.merge(title, p, (a, b) -> order.compare(b, a) < 0 ? b : a);
      }
      earliestByTitle = earliest;
      // Sorted by the ids' values, the order of ProposalId; a stable sort keeps equal ids as given.
      Place[] places = new Place[n];
      for (int i = 0; i < n; i++) {
        places[i] = new Place(submitted.get(i).id().value(), i);
      }
      java.util.Arrays.sort(places, BY_ID);
      byId = new int[n];
      for (int i = 0; i < n; i++) {
        byId[i] = places[i].index();
      }
    }
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
