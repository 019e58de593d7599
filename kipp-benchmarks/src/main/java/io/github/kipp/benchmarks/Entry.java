package io.github.kipp.benchmarks;

import com.google.common.collect.ImmutableList;
import io.github.kipp.core.ProposalId;
import io.github.kipp.core.eligibility.EligibilityContext;
import io.github.kipp.core.eligibility.EligibilityRules;
import io.github.kipp.core.eligibility.PastResult;
import io.github.kipp.core.innovation.PartialDateResolution;
import io.github.kipp.core.innovation.Proposal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A proposal as the Easy Rules and Drools versions of the eligibility rules see it: its group,
 * normalised title, place in submission order, counted start date and past results. JavaBean getters,
 * as Drools reads them.
 */
public final class Entry {

  private final Proposal proposal;
  private final String group;
  private final String title;
  private final int order;
  private final LocalDate start;
  private final List<PastResult> history;

  private Entry(Proposal proposal, int order, PartialDateResolution resolution, EligibilityContext context) {
    this.proposal = proposal;
    this.group = proposal.group().value();
    this.title = EligibilityRules.normaliseTitle(proposal.innovation().title());
    this.order = order;
    this.start = proposal.innovation().start().resolve(resolution);
    this.history = context.history().of(proposal.innovation().id());
  }

  /**
   * Returns the entries of a context's submitted proposals, numbered in submission order.
   *
   * @param context the context, not null
   * @param resolution how a partial start date is counted, not null
   * @return the entries, in submission order, not null
   */
  public static ImmutableList<Entry> of(EligibilityContext context, PartialDateResolution resolution) {
    List<Proposal> ordered = new ArrayList<>(context.submitted());
    ordered.sort(context.submissionOrder());
    ImmutableList.Builder<Entry> out = ImmutableList.builderWithExpectedSize(ordered.size());
    for (int i = 0; i < ordered.size(); i++) {
      out.add(new Entry(ordered.get(i), i, resolution, context));
    }
    return out.build();
  }

  /**
   * Returns the proposal.
   *
   * @return the proposal, not null
   */
  public Proposal getProposal() {
    return proposal;
  }

  /**
   * Returns the proposal's id.
   *
   * @return the id, not null
   */
  public ProposalId getId() {
    return proposal.id();
  }

  /**
   * Returns the group's id.
   *
   * @return the group, not null
   */
  public String getGroup() {
    return group;
  }

  /**
   * Returns the normalised title.
   *
   * @return the title, not null
   */
  public String getTitle() {
    return title;
  }

  /**
   * Returns the place in submission order, from 0.
   *
   * @return the place
   */
  public int getOrder() {
    return order;
  }

  /**
   * Returns the start date as counted.
   *
   * @return the date, not null
   */
  public LocalDate getStart() {
    return start;
  }

  /**
   * Returns the innovation's past results.
   *
   * @return the results, not null
   */
  public List<PastResult> getHistory() {
    return history;
  }
}
