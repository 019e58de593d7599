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
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
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
  /** Each submission's place among its institution's submissions in its group: built on first use. */
  private volatile @Nullable InstitutionGroups institutionGroups;

  private EligibilityContext(Builder b) {
    this.edition = b.edition;
    this.history = b.history == null ? ResultHistory.empty() : b.history;
    this.invitations = b.invitations.build();
    this.submitted = b.submitted();
    this.submittedAt = b.submittedAt();
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
    return Optional.ofNullable(prepared().earliestWithTitle(normalisedTitle));
  }

  /** {@link #earliestWithTitle(String)}, or null if none. */
  @Nullable Proposal earliestWithTitleOrNull(String normalisedTitle) {
    return prepared().earliestWithTitle(normalisedTitle);
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

  /**
   * Returns an id two submitted proposals share, found once when the submitted set is prepared.
   *
   * @return the first such id in id order, or null if every id is distinct
   */
  @Nullable ProposalId sharedId() {
    return prepared().sharedId;
  }

  /**
   * Whether an earlier submission (in {@link #submissionOrder()}, with another id) has the normalised
   * title of the submitted proposal at {@code index}: what the unique-title rule decides, prepared
   * once for every submitted proposal.
   *
   * @param index a place in {@link #submitted()}
   * @return whether the title of the proposal there was submitted before it
   */
  boolean repeatsTitle(int index) {
    return prepared().repeatsTitle.get(index);
  }

  /**
   * Returns a proposal's past results, read from those prepared when the proposal is the submitted
   * one at {@code index}.
   *
   * @param proposal the proposal, not null
   * @param index its place in {@link #submitted()}, or -1 if not known to be there
   * @return its innovation's results, as {@link ResultHistory#of(InnovationId)} returns them
   */
  @SuppressWarnings("ReferenceEquality") // the prepared results belong to that very proposal object
  ImmutableList<PastResult> results(Proposal proposal, int index) {
    if (index >= 0) {
      Prepared p = prepared();
      if (index < p.results.length && submitted.get(index) == proposal) {
        return p.results[index];
      }
    }
    return history.of(proposal.innovation().id());
  }

  /**
   * Whether a proposal is the submitted one at a place.
   *
   * @param proposal the proposal, not null
   * @param index a place in {@link #submitted()}, or -1
   * @return whether it is that very object
   */
  @SuppressWarnings("ReferenceEquality") // what is prepared for a place belongs to that very proposal object
  boolean isSubmittedAt(Proposal proposal, int index) {
    return index >= 0 && index < submitted.size() && submitted.get(index) == proposal;
  }

  /**
   * Returns the number of the submitted proposal at {@code index} among its institution's submissions
   * in its group, in {@link #submissionOrder()}: one more than those with another id submitted before
   * it. Prepared once for every submission, on first use, so that a cap over n proposals costs n log n
   * rather than n².
   *
   * @param index a place in {@link #submitted()}
   * @return the number, from 1
   */
  int institutionGroupNumber(int index) {
    return institutionGroups().number[index];
  }

  /**
   * Returns how many submissions of its institution in its group the submitted proposal at
   * {@code index} counts: itself and those with another id.
   *
   * @param index a place in {@link #submitted()}
   * @return the count, from 1
   */
  int institutionGroupCount(int index) {
    return institutionGroups().count[index];
  }

  /**
   * Returns the place of a proposal in {@link #submitted()}, if it is one of those very objects.
   *
   * @param proposal the proposal, not null
   * @return its place, or -1 if it was not submitted as that object
   */
  @SuppressWarnings("ReferenceEquality") // a place belongs to that very proposal object
  int placeOf(Proposal proposal) {
    int[] byId = prepared().byId;
    String id = proposal.id().value();
    int low = 0;
    int high = byId.length - 1;
    while (low <= high) {
      int mid = (low + high) >>> 1;
      int c = submitted.get(byId[mid]).id().value().compareTo(id);
      if (c < 0) {
        low = mid + 1;
      } else if (c > 0) {
        high = mid - 1;
      } else {
        // Equal ids lie next to each other: look at each of them for this very object.
        int first = mid;
        while (first > 0 && submitted.get(byId[first - 1]).id().value().equals(id)) {
          first--;
        }
        for (int k = first; k < byId.length && submitted.get(byId[k]).id().value().equals(id); k++) {
          if (submitted.get(byId[k]) == proposal) {
            return byId[k];
          }
        }
        return -1;
      }
    }
    return -1;
  }

  private InstitutionGroups institutionGroups() {
    InstitutionGroups g = institutionGroups;
    if (g == null) {
      // Two threads preparing first build equal arrays; either is kept.
      g = new InstitutionGroups(submitted, submittedAt);
      institutionGroups = g;
    }
    return g;
  }

  /**
   * Each submission's number among its institution's submissions in its group, and their count, as
   * the institution-cap rule decides them.
   *
   * <p>Built in time linear in the submissions but for one sort of each institution's group: each
   * submission's time is read from the map once (not once per comparison, as sorting with {@link
   * #submissionOrder()} would), the submissions are placed by their institution and group with a
   * counting sort, and each group is sorted by time and id held side by side in one array.
   */
  private static final class InstitutionGroups {
    /** An institution and a group. */
    private record Key(Object institution, Object group) {}

    /**
     * A submission as its institution's group orders it: its time (unknown as {@link Instant#MAX})
     * and id, the keys of {@link #submissionOrder()}, and its place in the submitted list.
     */
    private record Timed(long seconds, int nanos, ProposalId id, int index) {}

    /** {@link #submissionOrder()} on the keys read once: time, then id. */
    private static final Comparator<Timed> ORDER = (a, b) -> {
      int c = Long.compare(a.seconds(), b.seconds());
      if (c == 0) {
        c = Integer.compare(a.nanos(), b.nanos());
      }
      return c != 0 ? c : a.id().compareTo(b.id());
    };

    /** Never changed once built. */
    final int[] number;
    /** Never changed once built. */
    final int[] count;

    InstitutionGroups(ImmutableList<Proposal> submitted, Map<ProposalId, Instant> submittedAt) {
      int n = submitted.size();
      number = new int[n];
      count = new int[n];
      // Each submission's bucket, numbered as first met; the map holds one entry per institution and
      // group, so its few resizes cost nothing that grows with the submissions.
      Map<Key, Integer> buckets = new HashMap<>();
      int[] bucketOf = new int[n];
      for (int i = 0; i < n; i++) {
        Proposal p = submitted.get(i);
        Key key = new Key(p.innovation().institution().id(), p.group());
        Integer b = buckets.get(key);
        if (b == null) {
          b = buckets.size();
          buckets.put(key, b);
        }
        bucketOf[i] = b;
      }
      // Where each bucket starts once the submissions are laid out bucket by bucket.
      int[] start = new int[buckets.size() + 1];
      for (int i = 0; i < n; i++) {
        start[bucketOf[i] + 1]++;
      }
      for (int b = 0; b < buckets.size(); b++) {
        start[b + 1] += start[b];
      }
      int[] next = Arrays.copyOf(start, buckets.size());
      Timed[] laid = new Timed[n];
      for (int i = 0; i < n; i++) {
        Proposal p = submitted.get(i);
        Instant at = submittedAt.getOrDefault(p.id(), Instant.MAX);
        laid[next[bucketOf[i]]++] = new Timed(at.getEpochSecond(), at.getNano(), p.id(), i);
      }
      for (int b = 0; b < buckets.size(); b++) {
        int from = start[b];
        int to = start[b + 1];
        Arrays.sort(laid, from, to, ORDER);
        int size = to - from;
        int run = from;
        while (run < to) {
          // A run of equals in submission order shares one id (the order ends with the id), so
          // none of them counts another of the run.
          int end = run + 1;
          while (end < to && ORDER.compare(laid[run], laid[end]) == 0) {
            end++;
          }
          for (int k = run; k < end; k++) {
            number[laid[k].index()] = run - from + 1;
            count[laid[k].index()] = size - (end - run) + 1;
          }
          run = end;
        }
      }
    }
  }

  private Prepared prepared() {
    Prepared p = prepared;
    if (p == null) {
      // Two threads preparing first build equal indexes; either is kept.
      p = new Prepared(submitted, submittedAt, history);
      prepared = p;
    }
    return p;
  }

  /**
   * Compares two proposals as {@link #submissionOrder()} does (by time, unknown times last, then by
   * id), reading their times straight from the map: for the few pairs of submissions that share a
   * title.
   */
  private static int compareSubmissions(Proposal a, Proposal b, Map<ProposalId, Instant> submittedAt) {
    Instant ta = submittedAt.getOrDefault(a.id(), Instant.MAX);
    Instant tb = submittedAt.getOrDefault(b.id(), Instant.MAX);
    int c = ta.compareTo(tb);
    return c != 0 ? c : a.id().compareTo(b.id());
  }

  /**
   * What screening reads of the submitted set, prepared once per context: each proposal's normalised
   * title, the earliest submission of each title, whether each proposal repeats an earlier one's
   * title, each proposal's past results and the submitted proposals in id order.
   *
   * <p>Built in one pass over the submissions but for the sort by id (skipped for a list in id order)
   * and the rare pairs that share a title. Titles are indexed in an open-addressing table of places
   * (each slot holds the place of the first submission listed with a title, plus one; 0 is empty):
   * nothing is boxed or allocated per submission but its normalised title, and a title's hash is
   * computed once, when it is first looked up. Submission times are read only for submissions whose
   * titles meet, the only ones {@link #submissionOrder()} is needed for.
   */
  private static final class Prepared {
    /** A submitted proposal's id and its place in the submitted list, ordered by id (the order of ProposalId). */
    private record Place(String id, int index) implements Comparable<Place> {
      @Override
      public int compareTo(Place other) {
        return id.compareTo(other.id);
      }
    }

    final String[] titles;
    /**
     * The title index: a power-of-two table at most half full, each slot 0 or one more than the place
     * of the first submission listed with a title. Never changed once built.
     */
    private final int[] firstListed;
    /** By the place of the first submission listed with a title: the place of its earliest submission. */
    final int[] earliest;
    /** Never changed once built. */
    final BitSet repeatsTitle;
    /** Never changed once built. */
    final ImmutableList<PastResult>[] results;
    final int[] byId;
    final @Nullable ProposalId sharedId;
    private final ImmutableList<Proposal> submitted;

    Prepared(ImmutableList<Proposal> submitted, Map<ProposalId, Instant> submittedAt, ResultHistory history) {
      this.submitted = submitted;
      int n = submitted.size();
      titles = new String[n];
      // At most half full, so that a probe meets an empty slot soon.
      firstListed = new int[Math.max(16, Integer.highestOneBit(Math.max(1, n) * 2 - 1) << 1)];
      earliest = new int[n];
      int[] sameAs = new int[n];
      @SuppressWarnings("unchecked") // an array of one element type, never exposed
      ImmutableList<PastResult>[] pastResults = (ImmutableList<PastResult>[]) new ImmutableList<?>[n];
      boolean ordered = true;
      boolean anyShared = false;
      @Nullable ProposalId previous = null;
      for (int i = 0; i < n; i++) {
        Proposal p = submitted.get(i);
        String title = EligibilityRules.normaliseTitle(p.innovation().title());
        titles[i] = title;
        int first = indexTitle(title, i);
        sameAs[i] = first;
        if (first == i) {
          earliest[i] = i;
        } else {
          anyShared = true;
          // Of equals in submission order, the first listed stays the earliest.
          if (compareSubmissions(p, submitted.get(earliest[first]), submittedAt) < 0) {
            earliest[first] = i;
          }
        }
        pastResults[i] = history.of(p.innovation().id());
        ProposalId id = p.id();
        ordered &= previous == null || previous.compareTo(id) <= 0;
        previous = id;
      }
      results = pastResults;
      // A title is repeated when its earliest submission is another proposal, with another id,
      // submitted before it: the unique-title rule's decision.
      repeatsTitle = new BitSet(n);
      for (int i = 0; anyShared && i < n; i++) {
        int e = earliest[sameAs[i]];
        if (e != i) {
          Proposal p = submitted.get(i);
          Proposal first = submitted.get(e);
          if (!first.id().equals(p.id()) && compareSubmissions(first, p, submittedAt) < 0) {
            repeatsTitle.set(i);
          }
        }
      }
      // Sorted by the ids' values, the order of ProposalId; equal ids in the order given. A list
      // submitted in id order, the usual case, needs no sort.
      byId = new int[n];
      if (ordered) {
        for (int i = 0; i < n; i++) {
          byId[i] = i;
        }
      } else {
        Place[] places = new Place[n];
        for (int i = 0; i < n; i++) {
          places[i] = new Place(submitted.get(i).id().value(), i);
        }
        // A stable sort keeps equal ids as given.
        Arrays.sort(places);
        for (int i = 0; i < n; i++) {
          byId[i] = places[i].index();
        }
      }
      ProposalId shared = null;
      for (int k = 1; k < n && shared == null; k++) {
        ProposalId id = submitted.get(byId[k]).id();
        if (id.equals(submitted.get(byId[k - 1]).id())) {
          shared = id;
        }
      }
      sharedId = shared;
    }

    /**
     * Enters the title of the submission at {@code place} unless an earlier place has it.
     *
     * @return the place of the first submission listed with the title: {@code place} if it is new
     */
    private int indexTitle(String title, int place) {
      int mask = firstListed.length - 1;
      for (int slot = spread(title.hashCode()) & mask; ; slot = (slot + 1) & mask) {
        int held = firstListed[slot];
        if (held == 0) {
          firstListed[slot] = place + 1;
          return place;
        }
        if (titles[held - 1].equals(title)) {
          return held - 1;
        }
      }
    }

    /** The place of the first submission listed with a title, or -1 if none. */
    private int firstListedWith(String title) {
      int mask = firstListed.length - 1;
      for (int slot = spread(title.hashCode()) & mask; ; slot = (slot + 1) & mask) {
        int held = firstListed[slot];
        if (held == 0) {
          return -1;
        }
        if (titles[held - 1].equals(title)) {
          return held - 1;
        }
      }
    }

    /** Mixes a hash's high bits into its low ones, which pick the slot (as {@link HashMap} does). */
    private static int spread(int hash) {
      return hash ^ (hash >>> 16);
    }

    /** The earliest submission with a normalised title, or null if none. */
    @Nullable Proposal earliestWithTitle(String title) {
      int first = firstListedWith(title);
      return first < 0 ? null : submitted.get(earliest[first]);
    }
  }

  /** Builds an {@link EligibilityContext}. Not thread-safe. */
  public static final class Builder {
    private final Edition edition;
    private @Nullable ResultHistory history;
    private final ImmutableSortedSet.Builder<InnovationId> invitations = ImmutableSortedSet.naturalOrder();
    /** An immutable list given whole as every submission so far, kept as it is; else null. */
    private @Nullable ImmutableList<Proposal> givenSubmitted;
    private final ImmutableList.Builder<Proposal> submitted = ImmutableList.builder();
    /** An immutable map given whole as every submission time so far, kept as it is; else null. */
    private @Nullable ImmutableMap<ProposalId, Instant> givenTimes;
    private final ImmutableMap.Builder<ProposalId, Instant> submittedAt = ImmutableMap.builder();
    private boolean anySubmitted;
    private boolean anyTimes;

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
      requireNonNull(proposal, "proposal");
      addingSubmissions();
      submitted.add(proposal);
      if (at != null) {
        addingTimes();
        submittedAt.put(proposal.id(), at);
      }
      return this;
    }

    /** Before submissions are added one by one: a list given whole becomes the builder's start. */
    private void addingSubmissions() {
      if (givenSubmitted != null) {
        submitted.addAll(givenSubmitted);
        givenSubmitted = null;
      }
      anySubmitted = true;
    }

    /** Before times are added one by one: a map given whole becomes the builder's start. */
    private void addingTimes() {
      if (givenTimes != null) {
        submittedAt.putAll(givenTimes);
        givenTimes = null;
      }
      anyTimes = true;
    }

    private ImmutableList<Proposal> submitted() {
      return givenSubmitted != null ? givenSubmitted : submitted.build();
    }

    private ImmutableMap<ProposalId, Instant> submittedAt() {
      return givenTimes != null ? givenTimes : submittedAt.buildKeepingLast();
    }

    /**
     * Adds submitted proposals with unknown submission times.
     *
     * @param proposals the proposals, not null
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder submitted(Iterable<Proposal> proposals) {
      if (!anySubmitted && proposals instanceof ImmutableList<Proposal> whole) {
        // Kept as given: an immutable list holds no null and cannot change.
        givenSubmitted = whole;
        anySubmitted = true;
        return this;
      }
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
      requireNonNull(times, "times");
      if (!anyTimes && times instanceof ImmutableMap<ProposalId, Instant> whole) {
        // Kept as given: an immutable map holds no null and cannot change.
        givenTimes = whole;
        anyTimes = true;
        return this;
      }
      addingTimes();
      submittedAt.putAll(times);
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
