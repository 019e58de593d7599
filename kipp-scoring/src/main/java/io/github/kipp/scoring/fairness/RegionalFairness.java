package io.github.kipp.scoring.fairness;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import io.github.kipp.core.InvalidInputException;
import io.github.kipp.core.LocalizedText;
import io.github.kipp.core.ProposalId;
import io.github.kipp.core.Violation;
import io.github.kipp.core.innovation.Proposal;
import io.github.kipp.core.institution.InstitutionType;
import io.github.kipp.core.meta.Beta;
import io.github.kipp.scoring.competition.EditionResult;
import io.github.kipp.scoring.competition.EditionStep;
import io.github.kipp.scoring.competition.FinalistSelection;
import io.github.kipp.scoring.competition.Nomination;
import io.github.kipp.scoring.competition.Winners;
import io.github.kipp.scoring.internal.ScoringMessages;
import io.github.kipp.scoring.shortlist.QuotaDimension;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Reports how each stage of a competition changes the shares of proposals by province, institution
 * type, 3T status, group and category (<i>sebaran antardaerah</i>): the entry point of this package.
 *
 * <p>For a stage, every value of every dimension of the {@link FairnessOptions} found among the
 * proposals that entered gets a {@link ShareShift}: its share among those that entered, its share
 * among those that went on, the change, and whether the change's magnitude exceeds the declared
 * threshold, with a reason in both languages either way. The report describes; it corrects
 * nothing, and a flag is a question for the committee, not a finding of unfairness: a stage that
 * ranks on merit may rightly move a share.
 *
 * <p>Immutable results; the methods are pure functions of their arguments.
 */
@Beta
public final class RegionalFairness {

  private static final BigInteger UNITS = BigInteger.TEN.pow(StageFairness.SHARE_SCALE);

  private RegionalFairness() {}

  /**
   * Compares the proposals that went on from a stage with those that entered it.
   *
   * @param stage the stage's name, not blank
   * @param entered the proposals that entered the stage, each once; not null
   * @param passed the ids of those that went on, each among {@code entered}; not null
   * @param options the dimensions, 3T regions and threshold; not null
   * @return the stage's shares, not null
   * @throws IllegalArgumentException if the stage's name is blank
   * @throws InvalidInputException naming every proposal that entered twice and every proposal that
   *     went on without having entered
   */
  public static StageFairness compare(String stage, Collection<Proposal> entered, Set<ProposalId> passed, FairnessOptions options) {
    requireNonNull(stage, "stage");
    requireNonNull(entered, "entered");
    requireNonNull(passed, "passed");
    requireNonNull(options, "options");
    if (stage.isBlank()) {
      throw new IllegalArgumentException("a stage needs a name");
    }
    TreeMap<ProposalId, Proposal> pool = new TreeMap<>();
    List<Violation> violations = new ArrayList<>();
    int index = 0;
    for (Proposal p : entered) {
      requireNonNull(p, "proposal");
      if (pool.putIfAbsent(p.id(), p) != null) {
        violations.add(ScoringMessages.violation("kipp.fairness.duplicate", "entered[" + index + "]", p.id(), "stage", stage));
      }
      index++;
    }
    for (ProposalId id : new TreeSet<>(passed)) {
      if (!pool.containsKey(requireNonNull(id, "passed"))) {
        violations.add(ScoringMessages.violation("kipp.fairness.unknownProposal", "passed", id, "stage", stage));
      }
    }
    InvalidInputException.throwIfAny("fairness of stage '" + stage + "'", violations);
    int total = pool.size();
    int went = passed.size();
    ImmutableList.Builder<ShareShift> shifts = ImmutableList.builder();
    for (QuotaDimension dimension : options.dimensions()) {
      TreeMap<String, int[]> counts = new TreeMap<>();
      pool.forEach((id, p) -> {
        int[] c = counts.computeIfAbsent(dimension.valueOf(p, options.threeTRegions()), v -> new int[2]);
        c[0]++;
        if (passed.contains(id)) {
          c[1]++;
        }
      });
      List<String> values = new ArrayList<>(counts.size());
      int[] enteredCounts = new int[counts.size()];
      int[] passedCounts = new int[counts.size()];
      counts.forEach((v, c) -> {
        enteredCounts[values.size()] = c[0];
        passedCounts[values.size()] = c[1];
        values.add(v);
      });
      BigDecimal[] enteredShares = shares(enteredCounts, total);
      BigDecimal[] passedShares = shares(passedCounts, went);
      for (int i = 0; i < values.size(); i++) {
        shifts.add(shift(stage, dimension, values.get(i), enteredCounts[i], total, passedCounts[i], went, enteredShares[i], passedShares[i], options));
      }
    }
    return new StageFairness(stage, total, went, options.threshold(), shifts.build());
  }

  /**
   * Reports every step a competition has run: screening (submitted against eligible), nomination
   * (eligible against nominated), the finalists (nominated against the finalists left after public
   * review) and the winners (the proposals the winners step ranked against the awarded), each named
   * by its {@link EditionStep}.
   *
   * @param result the competition's result after any step, not null
   * @param options the dimensions, 3T regions and threshold; not null
   * @return one report per step run, in order
   */
  public static ImmutableList<StageFairness> assess(EditionResult result, FairnessOptions options) {
    requireNonNull(result, "result");
    requireNonNull(options, "options");
    ImmutableList.Builder<StageFairness> out = ImmutableList.builder();
    List<ProposalId> before = result.entries().submitted().stream().map(Proposal::id).collect(ImmutableList.toImmutableList());
    List<ProposalId> after = result.screening().result().eligible();
    out.add(step(result, EditionStep.SCREENED, before, after, options));
    if (result.nomination().isPresent()) {
      before = after;
      after = result.nomination().map(Nomination::nominated).orElseThrow();
      out.add(step(result, EditionStep.NOMINATED, before, after, options));
    }
    if (result.finalists().isPresent()) {
      before = after;
      after = result.finalists().map(FinalistSelection::finalists).orElseThrow();
      out.add(step(result, EditionStep.FINALISTS_SELECTED, before, after, options));
    }
    if (result.winners().isPresent()) {
      before = after;
      after = result.winners().map(Winners::awarded).orElseThrow();
      out.add(step(result, EditionStep.AWARDED, before, after, options));
    }
    return out.build();
  }

  private static StageFairness step(EditionResult result, EditionStep step, List<ProposalId> entered, List<ProposalId> passed, FairnessOptions options) {
    List<Proposal> proposals = new ArrayList<>(entered.size());
    for (ProposalId id : entered) {
      proposals.add(result.entries().proposal(id).orElseThrow(() -> new IllegalStateException("proposal " + id + " is not among the entries")));
    }
    return compare(step.name(), proposals, new HashSet<>(passed), options);
  }

  /**
   * Shares of {@code total} with scale {@link StageFairness#SHARE_SCALE}, rounded by the largest
   * remainder so that they sum to exactly 1 (ties: the earlier value); all zero when the total is 0.
   */
  static BigDecimal[] shares(int[] counts, int total) {
    BigDecimal[] out = new BigDecimal[counts.length];
    if (total == 0) {
      Arrays.fill(out, BigDecimal.ZERO.setScale(StageFairness.SHARE_SCALE));
      return out;
    }
    BigInteger t = BigInteger.valueOf(total);
    BigInteger[] floors = new BigInteger[counts.length];
    BigInteger[] remainders = new BigInteger[counts.length];
    BigInteger assigned = BigInteger.ZERO;
    for (int i = 0; i < counts.length; i++) {
      BigInteger[] qr = BigInteger.valueOf(counts[i]).multiply(UNITS).divideAndRemainder(t);
      floors[i] = qr[0];
      remainders[i] = qr[1];
      assigned = assigned.add(qr[0]);
    }
    int left = UNITS.subtract(assigned).intValueExact();
    Integer[] order = new Integer[counts.length];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Arrays.sort(order, (a, b) -> {
      int c = remainders[b].compareTo(remainders[a]);
      return c != 0 ? c : Integer.compare(a, b);
    });
    for (int k = 0; k < left; k++) {
      floors[order[k]] = floors[order[k]].add(BigInteger.ONE);
    }
    for (int i = 0; i < counts.length; i++) {
      out[i] = new BigDecimal(floors[i], StageFairness.SHARE_SCALE);
    }
    return out;
  }

  private static ShareShift shift(String stage, QuotaDimension dimension, String value, int entered, int total, int passed, int went,
      BigDecimal enteredShare, BigDecimal passedShare, FairnessOptions options) {
    LocalizedText label = label(dimension, value);
    LocalizedText subject = dimension == QuotaDimension.THREE_T
        ? label
        : LocalizedText.of(dimension.label().indonesian() + " " + label.indonesian(), dimension.label().english() + " " + label.english());
    if (went == 0) {
      BigDecimal change = enteredShare.negate();
      return new ShareShift(dimension, value, label, entered, passed, enteredShare, passedShare, change, false,
          ScoringMessages.render("kipp.fairness.nonePassed", "stage", stage, "entered", total));
    }
    // passed/went − entered/total = (passed·total − entered·went) / (went·total), exactly
    BigInteger numerator = BigInteger.valueOf(passed).multiply(BigInteger.valueOf(total))
        .subtract(BigInteger.valueOf(entered).multiply(BigInteger.valueOf(went)));
    BigInteger denominator = BigInteger.valueOf(went).multiply(BigInteger.valueOf(total));
    BigDecimal change = new BigDecimal(numerator).divide(new BigDecimal(denominator), StageFairness.SHARE_SCALE, RoundingMode.HALF_EVEN);
    boolean flagged = new BigDecimal(numerator.abs()).compareTo(options.threshold().multiply(new BigDecimal(denominator))) > 0;
    LocalizedText reason = ScoringMessages.render(flagged ? "kipp.fairness.shifted" : "kipp.fairness.steady",
        "stage", stage,
        "subjectEn", subject.english(),
        "subjectId", subject.indonesian(),
        "before", enteredShare,
        "after", passedShare,
        "entered", total,
        "passed", went,
        "change", change.signum() > 0 ? "+" + change.toPlainString() : change.toPlainString(),
        "threshold", options.threshold());
    return new ShareShift(dimension, value, label, entered, passed, enteredShare, passedShare, change, flagged, reason);
  }

  /** The value in words: a province code, an institution type's label, 3T or not, a group or category id. */
  private static LocalizedText label(QuotaDimension dimension, String value) {
    return switch (dimension) {
      case THREE_T -> ScoringMessages.render(Boolean.parseBoolean(value) ? "kipp.quota.label3T" : "kipp.quota.labelNot3T");
      case INSTITUTION_TYPE -> InstitutionType.valueOf(value).label();
      default -> LocalizedText.same(value);
    };
  }
}
