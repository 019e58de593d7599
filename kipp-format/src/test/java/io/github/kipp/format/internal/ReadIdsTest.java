package io.github.kipp.format.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.strings;

import io.github.kipp.core.ActorId;
import io.github.kipp.core.InvalidInputException;
import io.github.kipp.core.ProposalId;
import io.github.kipp.scoring.CriterionId;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Within a read, {@link ReadIds} gives for each text the identifier the kind's factory makes from it,
 * or the same refusal, and the same instance for equal texts; outside a read it is the factory.
 */
class ReadIdsTest {

  /** Characters of identifiers and of near misses. */
  private static final String CHARS = "aZ09._:-/ \u00e9";

  private static Object outcome(Function<String, ?> make, String text) {
    try {
      return Objects.requireNonNull(make.apply(text));
    } catch (InvalidInputException e) {
      return e.violations();
    }
  }

  private static String text(int seed, int length) {
    StringBuilder out = new StringBuilder();
    int s = seed;
    for (int i = 0; i < length; i++) {
      out.append(CHARS.charAt(Math.floorMod(s, CHARS.length())));
      s = s * 31 + 7;
    }
    return out.toString();
  }

  @Test
  void within_a_read_each_text_gives_the_factorys_identifier_or_its_refusal_and_equal_texts_one_instance() {
    qt().withFixedSeed(41).withExamples(5_000).forAll(integers().all(), integers().between(0, 6), integers().between(1, 4)).check((seed, length, repeats) -> {
      String text = text(seed, length);
      return Boolean.TRUE.equals(ReadIds.during(() -> {
        Object first = outcome(ReadIds.PROPOSAL, text);
        Object actor = outcome(ReadIds.ACTOR, text);
        Object criterion = outcome(ReadIds.CRITERION, text);
        boolean same = first.equals(outcome(ProposalId::of, text)) && actor.equals(outcome(ActorId::of, text))
            && criterion.equals(outcome(CriterionId::of, text));
        for (int i = 0; i < repeats; i++) {
          Object again = outcome(ReadIds.PROPOSAL, new String(text.toCharArray()));
          same &= first instanceof ProposalId ? again == first : again.equals(first);
        }
        // Kinds are kept apart: a proposal id and an actor id of one text are not equal.
        return same && (!(first instanceof ProposalId) || !first.equals(actor));
      }));
    });
  }

  @Test
  void within_one_read_of_many_texts_whose_slots_collide_each_text_gives_the_factorys_identifier() {
    qt().withFixedSeed(43).withExamples(1_000).forAll(integers().all()).check(seed -> Boolean.TRUE.equals(ReadIds.during(() -> {
      java.util.SplittableRandom r = new java.util.SplittableRandom(seed);
      for (int i = 0; i < 300; i++) {
        // Up to 2,000 distinct texts, more than the slots, met in any order and again.
        String text = text(r.nextInt(2_000), r.nextInt(0, 6));
        Object made = outcome(ReadIds.PROPOSAL, text);
        if (!made.equals(outcome(ProposalId::of, text)) || (made instanceof ProposalId p && !p.value().equals(text))) {
          return false;
        }
      }
      return true;
    })));
  }

  @Test
  void outside_a_read_each_text_is_made_on_its_own() {
    qt().withFixedSeed(42).withExamples(1_000).forAll(strings().betweenCodePoints('a', 'z').ofLengthBetween(1, 12)).check(text -> {
      ProposalId one = ReadIds.PROPOSAL.apply(text);
      ProposalId two = ReadIds.PROPOSAL.apply(text);
      return one.equals(ProposalId.of(text)) && one.equals(two) && one != two;
    });
  }

  @Test
  void a_read_inside_a_read_shares_its_identifiers_and_the_outer_read_ends_them() {
    ProposalId[] inner = new ProposalId[1];
    ProposalId outer = ReadIds.during(() -> {
      ProposalId p = ReadIds.PROPOSAL.apply("P-1");
      inner[0] = ReadIds.during(() -> ReadIds.PROPOSAL.apply("P-1"));
      return p;
    });
    assertThat(inner[0]).isSameAs(outer);
    assertThat(ReadIds.PROPOSAL.apply("P-1")).isEqualTo(outer).isNotSameAs(outer);
    assertThat(List.of(outer)).containsExactly(ProposalId.of("P-1"));
  }
}
