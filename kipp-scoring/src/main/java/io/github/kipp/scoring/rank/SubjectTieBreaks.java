package io.github.kipp.scoring.rank;

import static java.util.Objects.requireNonNull;

import com.google.common.hash.Hashing;
import io.github.kipp.core.Citation;
import io.github.kipp.core.LocalizedText;
import io.github.kipp.core.validation.TextPolicy;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;

/**
 * The tie-break rules kipp ships for subjects that are not proposals ({@link RankSubject}). Each
 * takes the citation of the rule module or host that declares it.
 *
 * <ul>
 *   <li>{@link #higherMeasure}: the higher value of a named measure ranks first (e.g. the
 *       presentation score).
 *   <li>{@link #seededDraw}: a draw, reproducible from its recorded seed: subjects are ordered by the
 *       SHA-256 of the seed and their id, as {@link TieBreaks#seededDraw} orders proposals.
 * </ul>
 *
 * <p>A rule that compares a measure never passes a tie on because a subject lacks it: it throws
 * {@link MissingMeasureException} naming the rule, the subject and the measure.
 */
public final class SubjectTieBreaks {

  private SubjectTieBreaks() {}

  /**
   * The higher value of a measure ranks first.
   *
   * @param measure the measure's name, a single line; not null
   * @param name what the measure is, in both languages, for the rule's description; not null
   * @param citation where the rule comes from, not null
   * @return the rule, not null
   */
  public static SubjectTieBreak higherMeasure(String measure, LocalizedText name, Citation citation) {
    requireNonNull(measure, "measure");
    requireNonNull(name, "name");
    if (measure.isBlank()) {
      throw new IllegalArgumentException("the measure of a tie-break is blank");
    }
    TextPolicy.require("tie-break", "measure", measure, TextPolicy.Kind.SINGLE_LINE);
    return new Rule("measure:" + measure,
        LocalizedText.of("Nilai lebih tinggi pada " + name.indonesian(), "Higher " + name.english()), citation) {
      @Override
      public int compare(RankSubject a, RankSubject b) {
        return required(this, b, measure).compareTo(required(this, a, measure));
      }
    };
  }

  /**
   * A reproducible draw. Record the seed with the result; the same seed gives the same order.
   *
   * @param seed the seed, recorded in the rule's id and description
   * @param citation where the rule comes from, not null
   * @return the rule, not null
   */
  public static SubjectTieBreak seededDraw(long seed, Citation citation) {
    return new Rule("draw:" + seed, LocalizedText.of("Undian dengan benih " + seed, "Draw with seed " + seed), citation) {
      @Override
      public int compare(RankSubject a, RankSubject b) {
        int byLot = Long.compareUnsigned(lot(seed, a), lot(seed, b));
        return byLot != 0 ? byLot : a.id().compareTo(b.id());
      }
    };
  }

  private static long lot(long seed, RankSubject s) {
    return Hashing.sha256().newHasher().putLong(seed).putString(s.id().value(), StandardCharsets.UTF_8).hash().asLong();
  }

  private static BigDecimal required(SubjectTieBreak rule, RankSubject s, String measure) {
    return s.measure(measure).orElseThrow(() -> new MissingMeasureException(rule.id(), s.id(), measure));
  }

  private abstract static class Rule implements SubjectTieBreak {
    private final String id;
    private final LocalizedText description;
    private final Citation citation;

    Rule(String id, LocalizedText description, Citation citation) {
      this.id = id;
      this.description = description;
      this.citation = requireNonNull(citation, "citation");
    }

    @Override
    public String id() {
      return id;
    }

    @Override
    public LocalizedText description() {
      return description;
    }

    @Override
    public Citation citation() {
      return citation;
    }

    @Override
    public String toString() {
      return id;
    }
  }
}
