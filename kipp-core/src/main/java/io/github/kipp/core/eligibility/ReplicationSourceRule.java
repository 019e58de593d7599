package io.github.kipp.core.eligibility;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import io.github.kipp.core.Citation;
import io.github.kipp.core.Decision;
import io.github.kipp.core.GroupId;
import io.github.kipp.core.InnovationId;
import io.github.kipp.core.LocalizedText;
import io.github.kipp.core.Reason;
import io.github.kipp.core.innovation.Proposal;
import io.github.kipp.core.internal.CoreMessages;
import io.github.kipp.core.internal.Listing;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The eligibility rule of an edition's replication group (<i>kelompok replikasi</i>): a proposal in
 * the group names the innovations it replicates, at least one of which qualifies as a source, and
 * none of which is its own innovation. A source qualifies when its past results meet the edition's
 * condition (2021: a Top 99 of KIPP 2014–2020; 2025: a winner of any pool in 2014–2023).
 *
 * <p>Made by {@link EligibilityRules#replicationSource}. Besides deciding proposals, it says whether
 * one innovation qualifies as a source on its own ({@link #qualifies}), which is how a replication
 * network asks whether a source is eligible under the module in force.
 *
 * <p>Immutable and thread-safe.
 */
public final class ReplicationSourceRule implements EligibilityRule {

  /** The id of the rule, the {@code rule} of its decisions. */
  public static final String ID = "replication-source";

  private final GroupId group;
  private final HistoryCondition sourceQualifies;
  private final Citation citation;
  private final LocalizedText condition;
  private final LocalizedText description;

  ReplicationSourceRule(GroupId group, HistoryCondition sourceQualifies, Citation citation) {
    this.group = requireNonNull(group, "group");
    this.sourceQualifies = requireNonNull(sourceQualifies, "sourceQualifies");
    this.citation = requireNonNull(citation, "citation");
    // Described once: a condition is immutable, and describing it walks the whole tree.
    this.condition = sourceQualifies.describe();
    this.description = CoreMessages.render("kipp.eligibility.replication.rule", "group", group,
        "conditionId", condition.indonesian(), "conditionEn", condition.english());
  }

  /**
   * Returns the first replication rule among an edition's rules, as a rule module lists them.
   *
   * @param rules the rules, not null
   * @return the replication rule, or empty if the edition has no replication group
   */
  public static Optional<ReplicationSourceRule> find(Iterable<EligibilityRule> rules) {
    for (EligibilityRule rule : requireNonNull(rules, "rules")) {
      if (rule instanceof ReplicationSourceRule replication) {
        return Optional.of(replication);
      }
    }
    return Optional.empty();
  }

  /**
   * Returns the replication group the rule applies to.
   *
   * @return the group, such as {@code replikasi}; not null
   */
  public GroupId group() {
    return group;
  }

  /**
   * Returns the condition a source's past results must meet.
   *
   * @return the condition, not null
   */
  public HistoryCondition sourceQualifies() {
    return sourceQualifies;
  }

  /**
   * Returns where the rule comes from.
   *
   * @return the citation, not null
   */
  public Citation citation() {
    return citation;
  }

  @Override
  public String id() {
    return ID;
  }

  @Override
  public LocalizedText description() {
    return description;
  }

  @Override
  public ImmutableList<Citation> citations() {
    return ImmutableList.of(citation);
  }

  /**
   * Decides whether one innovation qualifies as a source of the replication group: whether its past
   * results meet the condition. The decision's subject is {@code innovation <id>}, its rule {@link
   * #ID}, and its reason quotes the results and the condition, with the rule's citation.
   *
   * @param source the innovation, not null
   * @param history the past results, not null
   * @return the decision, not null
   */
  public Decision qualifies(InnovationId source, ResultHistory history) {
    requireNonNull(source, "source");
    List<PastResult> results = requireNonNull(history, "history").of(source);
    boolean qualifies = sourceQualifies.test(results);
    String key = qualifies ? "kipp.eligibility.replication.source" : "kipp.eligibility.replication.unqualified";
    Reason reason = reason(key, "source", source, "results", Listing.of(results), "group", group,
        "conditionId", condition.indonesian(), "conditionEn", condition.english());
    return qualifies ? Decision.pass("innovation " + source, ID, reason) : Decision.fail("innovation " + source, ID, reason);
  }

  @Override
  public Decision evaluate(Proposal proposal, EligibilityContext context) {
    String subject = "proposal " + proposal.id();
    if (!proposal.group().equals(group)) {
      return Decision.pass(subject, ID, Reason.of("kipp.eligibility.notApplicable",
          CoreMessages.render("kipp.eligibility.notApplicable", "group", proposal.group(), "ruleGroup", group)));
    }
    if (proposal.replication().isEmpty()) {
      return Decision.fail(subject, ID, reason("kipp.eligibility.replication.missing", "group", group));
    }
    List<Reason> failures = new ArrayList<>();
    List<InnovationId> qualifying = new ArrayList<>();
    boolean self = false;
    for (InnovationId source : proposal.replication().get().sources()) {
      if (source.equals(proposal.innovation().id())) {
        failures.add(reason("kipp.eligibility.replication.self", "source", source));
        self = true;
        continue;
      }
      List<PastResult> results = context.history().of(source);
      if (sourceQualifies.test(results)) {
        qualifying.add(source);
      } else {
        failures.add(reason("kipp.eligibility.replication.unqualified", "source", source,
            "results", Listing.of(results),
            "conditionId", condition.indonesian(), "conditionEn", condition.english()));
      }
    }
    if (qualifying.isEmpty() || self) {
      return new Decision(subject, ID, Decision.Outcome.FAIL, ImmutableList.copyOf(failures));
    }
    return Decision.pass(subject, ID, reason("kipp.eligibility.replication.pass",
        "sources", qualifying.stream().map(InnovationId::value).collect(Collectors.joining(", "))));
  }

  private Reason reason(String key, Object... namesAndValues) {
    return Reason.of(key, CoreMessages.render(key, namesAndValues), citation);
  }

  /** Returns {@code replication-source: description}. */
  @Override
  public String toString() {
    return ID + ": " + description.english();
  }
}
