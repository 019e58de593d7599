package io.github.kipp.core.eligibility;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import com.google.common.collect.Maps;
import io.github.kipp.core.Decision;
import io.github.kipp.core.ProposalId;
import io.github.kipp.core.innovation.Proposal;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.SortedMap;
import org.jspecify.annotations.Nullable;

/**
 * Applies a list of eligibility rules to proposals (<i>seleksi administrasi</i>) and collects every
 * rule's decision for every proposal.
 *
 * <p>kipp's own rules ({@link EligibilityRules}) first only decide whether each proposal passes, from
 * what the context prepares once (normalised titles, the earliest submission of each title, the
 * edition's forms); each outcome makes its decisions, with reasons and citations, when they are first
 * read, and they are the decisions the rules give one by one ({@link EligibilityRule#evaluate}). Other
 * rules are evaluated as they are screened.
 *
 * <p>Immutable and thread-safe; the result does not depend on the order of the proposals.
 */
public final class EligibilityScreen {

  /** The most rules whose decisions an outcome makes when read; beyond it, every decision is made at once. */
  private static final int MAX_DEFERRED = Long.SIZE;

  private final ImmutableList<EligibilityRule> rules;
  /** kipp's rules by index, null where a rule is another's. */
  private final EligibilityRules.@Nullable Rule[] own;

  private EligibilityScreen(ImmutableList<EligibilityRule> rules) {
    this.rules = rules;
    this.own = new EligibilityRules.Rule[rules.size()];
    if (rules.size() <= MAX_DEFERRED) {
      for (int i = 0; i < rules.size(); i++) {
        if (rules.get(i) instanceof EligibilityRules.Rule r) {
          own[i] = r;
        }
      }
    }
  }

  /**
   * Returns a screen with rules.
   *
   * @param rules the rules, applied in order; not null
   * @return the screen, not null
   */
  public static EligibilityScreen of(Iterable<EligibilityRule> rules) {
    return new EligibilityScreen(ImmutableList.copyOf(requireNonNull(rules, "rules")));
  }

  /**
   * Screens one proposal.
   *
   * @param proposal the proposal, not null
   * @param context the context, not null
   * @return every rule's decision, not null
   */
  public ProposalEligibility screen(Proposal proposal, EligibilityContext context) {
    requireNonNull(proposal, "proposal");
    requireNonNull(context, "context");
    return screen(proposal, -1, context);
  }

  /** Screens a proposal, at {@code index} of the context's submitted proposals or -1. */
  private ProposalEligibility screen(Proposal proposal, int index, EligibilityContext context) {
    long failed = 0;
    @Nullable Decision @Nullable [] made = null;
    for (int i = 0; i < rules.size(); i++) {
      EligibilityRules.Rule r = own[i];
      if (r != null) {
        if (!r.passes(proposal, index, context)) {
          failed |= 1L << i;
        }
      } else {
        EligibilityRule rule = rules.get(i);
        if (made == null) {
          made = new Decision[rules.size()];
        }
        made[i] = requireNonNull(rule.evaluate(proposal, context), rule.id());
      }
    }
    return ProposalEligibility.deferred(proposal, context, rules, made, failed);
  }

  /**
   * Screens proposals.
   *
   * @param proposals the proposals, with distinct ids; not null
   * @param context the context, not null
   * @return the outcome of each, not null
   * @throws IllegalArgumentException if two proposals share an id
   */
  public ScreeningResult screen(Iterable<Proposal> proposals, EligibilityContext context) {
    requireNonNull(proposals, "proposals");
    requireNonNull(context, "context");
    ImmutableList<Proposal> submitted = context.submitted();
    if (proposals instanceof List<Proposal> given && sameProposals(given, submitted)) {
      // The context's own submissions: read in id order, with what the context prepared for each,
      // and kept in that order without sorting them again.
      ProposalId shared = context.sharedId();
      if (shared != null) {
        throw new IllegalArgumentException("two proposals screened have the id " + shared);
      }
      int[] byId = context.submittedById();
      ProposalId[] ids = new ProposalId[byId.length];
      ProposalEligibility[] outcomes = new ProposalEligibility[byId.length];
      for (int k = 0; k < byId.length; k++) {
        Proposal p = submitted.get(byId[k]);
        ids[k] = p.id();
        outcomes[k] = screen(p, byId[k], context);
      }
      return new ScreeningResult(ImmutableSortedMap.copyOfSorted(new SortedById(ids, outcomes)));
    }
    ImmutableSortedMap.Builder<ProposalId, ProposalEligibility> out = ImmutableSortedMap.naturalOrder();
    for (Proposal p : proposals) {
      out.put(p.id(), screen(requireNonNull(p, "proposal"), -1, context));
    }
    return new ScreeningResult(out.buildOrThrow());
  }

  /**
   * Outcomes already in order of their distinct ids, seen as a sorted map only to be copied by
   * {@link ImmutableSortedMap#copyOfSorted}, which then neither sorts nor compares them.
   */
  private static final class SortedById extends AbstractMap<ProposalId, ProposalEligibility>
      implements SortedMap<ProposalId, ProposalEligibility> {
    private final ProposalId[] ids;
    private final ProposalEligibility[] outcomes;

    SortedById(ProposalId[] ids, ProposalEligibility[] outcomes) {
      this.ids = ids;
      this.outcomes = outcomes;
    }

    @Override
    public Set<Map.Entry<ProposalId, ProposalEligibility>> entrySet() {
      return new AbstractSet<>() {
        @Override
        public Iterator<Map.Entry<ProposalId, ProposalEligibility>> iterator() {
          return new Iterator<>() {
            private int next;

            @Override
            public boolean hasNext() {
              return next < ids.length;
            }

            @Override
            public Map.Entry<ProposalId, ProposalEligibility> next() {
              if (next >= ids.length) {
                throw new NoSuchElementException();
              }
              Map.Entry<ProposalId, ProposalEligibility> e = Maps.immutableEntry(ids[next], outcomes[next]);
              next++;
              return e;
            }
          };
        }

        @Override
        public int size() {
          return ids.length;
        }
      };
    }

    /** The natural order of the ids. */
    @Override
    public @Nullable Comparator<? super ProposalId> comparator() {
      return null;
    }

    @Override
    public ProposalId firstKey() {
      if (ids.length == 0) {
        throw new NoSuchElementException();
      }
      return ids[0];
    }

    @Override
    public ProposalId lastKey() {
      if (ids.length == 0) {
        throw new NoSuchElementException();
      }
      return ids[ids.length - 1];
    }

    @Override
    public SortedMap<ProposalId, ProposalEligibility> subMap(ProposalId fromKey, ProposalId toKey) {
      throw new UnsupportedOperationException("only copied whole");
    }

    @Override
    public SortedMap<ProposalId, ProposalEligibility> headMap(ProposalId toKey) {
      throw new UnsupportedOperationException("only copied whole");
    }

    @Override
    public SortedMap<ProposalId, ProposalEligibility> tailMap(ProposalId fromKey) {
      throw new UnsupportedOperationException("only copied whole");
    }
  }

  /** Whether a list holds the same proposal objects as the submitted ones, in the same order. */
  @SuppressWarnings("ReferenceEquality") // the prepared values belong to those very objects
  private static boolean sameProposals(List<Proposal> given, ImmutableList<Proposal> submitted) {
    if (given == submitted) {
      return true;
    }
    if (!(given instanceof java.util.RandomAccess) || given.size() != submitted.size()) {
      return false;
    }
    for (int i = 0; i < given.size(); i++) {
      if (given.get(i) != submitted.get(i)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Returns the rules, in order.
   *
   * @return the rules, not null
   */
  public ImmutableList<EligibilityRule> rules() {
    return rules;
  }
}
