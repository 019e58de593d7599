package io.github.kipp.core.appeal;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import io.github.kipp.core.Actor;
import io.github.kipp.core.Decision;
import io.github.kipp.core.InstitutionId;
import io.github.kipp.core.InvalidInputException;
import io.github.kipp.core.ProposalId;
import io.github.kipp.core.Role;
import io.github.kipp.core.UnitId;
import io.github.kipp.core.Violation;
import io.github.kipp.core.eligibility.ProposalEligibility;
import io.github.kipp.core.innovation.Proposal;
import io.github.kipp.core.internal.CoreMessages;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A decision about a proposal that its entrant may appeal: an eligibility refusal or another
 * administrative decision, the failing decisions it consists of, the entrant concerned and when it
 * was announced, which opens the {@link AppealWindow}.
 *
 * <p>The entrant is the proposal's unit (<i>UPP</i>) and its institution; an actor is the entrant
 * concerned when it acts as {@link Role#UNIT} under the unit's id, or as {@link
 * Role#INSTITUTION_ADMIN} (<i>admin lokal</i>) under the institution's id. A host therefore passes
 * an entrant's accounts to kipp under those ids.
 *
 * @param kind what kind of decision, not null
 * @param proposal the proposal decided on, not null
 * @param unit the proposal's unit, not null
 * @param institution the proposal's institution, not null
 * @param decisions the failing decisions appealed, at least one; for an administrative decision,
 *     exactly one
 * @param announcedAt when the decision was announced to the entrant, not null
 */
public record AppealedDecision(
    AppealKind kind, ProposalId proposal, UnitId unit, InstitutionId institution, ImmutableList<Decision> decisions, Instant announcedAt) {

  /**
   * Creates an appealed decision.
   *
   * @param kind the kind, not null
   * @param proposal the proposal, not null
   * @param unit the unit, not null
   * @param institution the institution, not null
   * @param decisions the failing decisions, not null
   * @param announcedAt when announced, not null
   * @throws IllegalArgumentException if there is no decision, or an administrative decision holds
   *     more than one
   * @throws InvalidInputException if a decision passed ({@code kipp.appeal.notRefused}): only a
   *     refusal can be appealed
   */
  public AppealedDecision {
    requireNonNull(kind, "kind");
    requireNonNull(proposal, "proposal");
    requireNonNull(unit, "unit");
    requireNonNull(institution, "institution");
    decisions = ImmutableList.copyOf(requireNonNull(decisions, "decisions"));
    requireNonNull(announcedAt, "announcedAt");
    if (decisions.isEmpty() || (kind == AppealKind.ADMINISTRATIVE_DECISION && decisions.size() != 1)) {
      throw new IllegalArgumentException("an appealed " + kind + " of proposal " + proposal + " holds " + decisions.size()
          + " decisions; it needs at least one, and an administrative decision exactly one");
    }
    List<Violation> violations = new ArrayList<>(0);
    for (int i = 0; i < decisions.size(); i++) {
      if (decisions.get(i).passed()) {
        violations.add(CoreMessages.violation("kipp.appeal.notRefused", "decisions[" + i + "]", decisions.get(i).rule(), "proposal", proposal));
      }
    }
    InvalidInputException.throwIfAny("appealed decision on proposal " + proposal, violations);
  }

  /**
   * Returns a proposal's refusal at screening as an appealable decision: its failing decisions.
   *
   * @param proposal the proposal, not null
   * @param eligibility its screening outcome, not null
   * @param announcedAt when the refusal was announced (the <i>Pengumuman</i>), not null
   * @return the decision, not null
   * @throws IllegalArgumentException if the outcome is another proposal's
   * @throws InvalidInputException if the proposal was eligible ({@code kipp.appeal.notRefused})
   */
  public static AppealedDecision eligibilityRefusal(Proposal proposal, ProposalEligibility eligibility, Instant announcedAt) {
    requireNonNull(proposal, "proposal");
    requireNonNull(eligibility, "eligibility");
    if (!eligibility.proposal().equals(proposal.id())) {
      throw new IllegalArgumentException("the screening outcome of " + eligibility.proposal() + " is not one of proposal " + proposal.id());
    }
    ImmutableList<Decision> appealed = eligibility.eligible() ? eligibility.decisions() : eligibility.failures();
    return new AppealedDecision(AppealKind.ELIGIBILITY_REFUSAL, proposal.id(), proposal.innovation().unit().id(),
        proposal.innovation().institution().id(), appealed, announcedAt);
  }

  /**
   * Returns another administrative decision about a proposal as an appealable decision.
   *
   * @param proposal the proposal, not null
   * @param decision the failing decision, not null
   * @param announcedAt when it was announced, not null
   * @return the decision, not null
   * @throws InvalidInputException if the decision passed ({@code kipp.appeal.notRefused})
   */
  public static AppealedDecision administrative(Proposal proposal, Decision decision, Instant announcedAt) {
    requireNonNull(proposal, "proposal");
    return new AppealedDecision(AppealKind.ADMINISTRATIVE_DECISION, proposal.id(), proposal.innovation().unit().id(),
        proposal.innovation().institution().id(), ImmutableList.of(requireNonNull(decision, "decision")), announcedAt);
  }

  /**
   * Returns the decision's reference, which names it in the decision log: {@code
   * eligibility-refusal:<proposal>} for a refusal at screening, {@code
   * administrative:<proposal>:<rule>} for another decision. A decision is appealed once: a second
   * appeal with the same reference is refused.
   *
   * @return the reference, not blank
   */
  public String reference() {
    return kind == AppealKind.ELIGIBILITY_REFUSAL ? kind.slug() + ":" + proposal : kind.slug() + ":" + proposal + ":" + decisions.get(0).rule();
  }

  /**
   * Returns whether an actor is the entrant concerned: the proposal's unit acting as {@link
   * Role#UNIT}, or its institution acting as {@link Role#INSTITUTION_ADMIN}.
   *
   * @param actor the actor, not null
   * @return true if the actor may appeal this decision
   */
  public boolean isEntrant(Actor actor) {
    requireNonNull(actor, "actor");
    String id = actor.id().value();
    return (actor.role() == Role.UNIT && id.equals(unit.value())) || (actor.role() == Role.INSTITUTION_ADMIN && id.equals(institution.value()));
  }
}
