package io.github.kipp.scoring;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ImmutableSortedSet;
import com.google.common.hash.Hasher;
import com.google.common.hash.Hashing;
import io.github.kipp.core.ActorId;
import io.github.kipp.core.InvalidInputException;
import io.github.kipp.core.ProposalId;
import io.github.kipp.core.Violation;
import io.github.kipp.scoring.internal.ScoringMessages;
import io.github.kipp.scoring.internal.SheetColumns;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The score sheets of a scoring stage as they stood when the stage closed: the frozen population
 * that aggregation and normalisation work on.
 *
 * <p>Per-evaluator normalisation changes when the set of sheets changes, so kipp normalises only on a
 * frozen population and records which one: {@link #populationId()} is a SHA-256 digest of every
 * sheet in canonical order, and {@link #closedAt()} when the stage closed. Sheets are sorted by
 * proposal, then evaluator; each pair appears at most once.
 *
 * <p>Sheets never change once frozen, so a population computes what every aggregation of it reads
 * once, when it freezes: each sheet's {@linkplain #total weighted total}, each evaluator's sheets and
 * each proposal's mean score of each criterion. Aggregating it again, or by another policy, reuses
 * them.
 */
public final class FrozenScores {

  private static final Comparator<ScoreSheet> ORDER =
      Comparator.comparing(ScoreSheet::proposal).thenComparing(ScoreSheet::evaluator);

  private final CriteriaSet criteria;
  private final ImmutableList<ScoreSheet> sheets;
  private final Instant closedAt;
  private final ImmutableListMultimap<ProposalId, ScoreSheet> byProposal;
  private final ImmutableListMultimap<ActorId, ScoreSheet> byEvaluator;
  private final String populationId;
  /** The sheets in columns for aggregation, computed once: the sheets never change. */
  private final SheetColumns columns;

  static {
    SheetColumns.reader(f -> f.columns);
  }

  private FrozenScores(CriteriaSet criteria, ImmutableList<ScoreSheet> sheets, Instant closedAt) {
    this.criteria = criteria;
    this.sheets = sheets;
    this.closedAt = closedAt;
    this.byProposal = ImmutableListMultimap.copyOf(sheets.stream().map(s -> java.util.Map.entry(s.proposal(), s)).collect(ImmutableList.toImmutableList()));
    this.byEvaluator = ImmutableListMultimap.copyOf(sheets.stream().map(s -> java.util.Map.entry(s.evaluator(), s)).collect(ImmutableList.toImmutableList()));
    this.populationId = digest(criteria, sheets, closedAt);
    this.columns = SheetColumns.compute(criteria, sheets);
  }

  /**
   * Freezes a set of sheets, such as sheets stored by a host, after checking each against the
   * criteria. Authorisation (assignment, conflicts) is the {@link ScoreBook}'s job at submission.
   *
   * @param criteria the stage's criteria, not null
   * @param sheets the sheets, at most one per proposal and evaluator; possibly none, for a stage
   *     nobody scored (it freezes to an empty population, which every aggregation policy turns into
   *     a result without scores); not null
   * @param closedAt when the stage closed, not null
   * @return the frozen scores, not null
   * @throws InvalidInputException if a sheet does not fit the criteria, repeats a proposal and
   *     evaluator pair, or was submitted after the close
   */
  public static FrozenScores of(CriteriaSet criteria, Iterable<ScoreSheet> sheets, Instant closedAt) {
    requireNonNull(criteria, "criteria");
    requireNonNull(closedAt, "closedAt");
    requireNonNull(sheets, "sheets");
    List<ScoreSheet> sorted = new ArrayList<>();
    sheets.forEach(s -> sorted.add(requireNonNull(s, "sheet")));
    sorted.sort(ORDER);
    List<Violation> v = new ArrayList<>();
    Set<String> pairs = new HashSet<>();
    for (int i = 0; i < sorted.size(); i++) {
      ScoreSheet s = sorted.get(i);
      String path = "sheets[" + s.proposal() + "/" + s.evaluator() + "]";
      criteria.validate(s).forEach(x -> v.add(x.under(path)));
      if (!pairs.add(s.proposal().value() + "\u0000" + s.evaluator().value())) {
        v.add(ScoringMessages.violation("kipp.sheet.duplicate", path, s.evaluator(), "proposal", s.proposal()));
      }
      if (s.submittedAt().isAfter(closedAt)) {
        v.add(ScoringMessages.violation("kipp.sheet.afterClose", path + ".submittedAt", s.submittedAt(), "closedAt", closedAt,
            "evaluator", s.evaluator(), "proposal", s.proposal()));
      }
    }
    InvalidInputException.throwIfAny("score sheets of stage '" + criteria.stage() + "'", v);
    return new FrozenScores(criteria, ImmutableList.copyOf(sorted), closedAt);
  }

  static FrozenScores trusted(CriteriaSet criteria, List<ScoreSheet> sheets, Instant closedAt) {
    List<ScoreSheet> sorted = new ArrayList<>(sheets);
    sorted.sort(ORDER);
    return new FrozenScores(criteria, ImmutableList.copyOf(sorted), closedAt);
  }

  private static String digest(CriteriaSet criteria, List<ScoreSheet> sheets, Instant closedAt) {
    Hasher h = Hashing.sha256().newHasher();
    h.putString(criteria.stage().value(), StandardCharsets.UTF_8).putChar('\n');
    h.putString(closedAt.toString(), StandardCharsets.UTF_8).putChar('\n');
    for (ScoreSheet s : sheets) {
      h.putString(s.proposal().value(), StandardCharsets.UTF_8).putChar('\t');
      h.putString(s.evaluator().value(), StandardCharsets.UTF_8).putChar('\t');
      s.scores().forEach((c, score) -> h.putString(c.value(), StandardCharsets.UTF_8).putChar('=').putString(score.toPlainString(), StandardCharsets.UTF_8).putChar(';'));
      h.putChar('\n');
    }
    return h.hash().toString();
  }

  /**
   * Returns the weighted total of a sheet, rounded by the criteria's rounding.
   *
   * @param sheet a sheet of this population, not null
   * @return the weighted total, not null
   */
  public BigDecimal total(ScoreSheet sheet) {
    return criteria.weightedTotal(sheet.scores());
  }

  /**
   * Returns the criteria of the stage.
   *
   * @return the criteria, not null
   */
  public CriteriaSet criteria() {
    return criteria;
  }

  /**
   * Returns every sheet, sorted by proposal, then evaluator.
   *
   * @return the sheets, possibly empty
   */
  public ImmutableList<ScoreSheet> sheets() {
    return sheets;
  }

  /**
   * Returns the sheets of a proposal, sorted by evaluator.
   *
   * @param proposal the proposal, not null
   * @return its sheets, possibly empty
   */
  public ImmutableList<ScoreSheet> sheetsFor(ProposalId proposal) {
    return byProposal.get(requireNonNull(proposal, "proposal"));
  }

  /**
   * Returns the sheets of an evaluator, sorted by proposal.
   *
   * @param evaluator the evaluator, not null
   * @return their sheets, possibly empty
   */
  public ImmutableList<ScoreSheet> sheetsBy(ActorId evaluator) {
    return byEvaluator.get(requireNonNull(evaluator, "evaluator"));
  }

  /**
   * Returns the proposals with at least one sheet, sorted.
   *
   * @return the proposals, not null
   */
  public ImmutableSortedSet<ProposalId> proposals() {
    return ImmutableSortedSet.copyOf(byProposal.keySet());
  }

  /**
   * Returns the evaluators with at least one sheet, sorted.
   *
   * @return the evaluators, not null
   */
  public ImmutableSortedSet<ActorId> evaluators() {
    return ImmutableSortedSet.copyOf(byEvaluator.keySet());
  }

  /**
   * Returns when the stage closed.
   *
   * @return the instant, not null
   */
  public Instant closedAt() {
    return closedAt;
  }

  /**
   * Returns the identity of this population: a SHA-256 digest, in hex, of the stage, the close and
   * every sheet in canonical order. Two populations with the same id hold the same sheets.
   *
   * @return the digest, 64 hex digits
   */
  public String populationId() {
    return populationId;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof FrozenScores
        && populationId.equals(((FrozenScores) o).populationId)
        && criteria.equals(((FrozenScores) o).criteria)
        && sheets.equals(((FrozenScores) o).sheets);
  }

  @Override
  public int hashCode() {
    return Objects.hash(populationId);
  }

  /** Returns {@code stage: n sheets closed at instant (population id prefix)}. */
  @Override
  public String toString() {
    return criteria.stage() + ": " + sheets.size() + " sheets closed at " + closedAt + " (" + populationId.substring(0, 12) + ")";
  }
}
