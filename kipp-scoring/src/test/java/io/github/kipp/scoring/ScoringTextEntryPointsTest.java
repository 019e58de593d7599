package io.github.kipp.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.google.common.collect.ImmutableList;
import io.github.kipp.core.InvalidInputException;
import io.github.kipp.core.LocalizedText;
import io.github.kipp.core.ProposalId;
import io.github.kipp.core.Violation;
import io.github.kipp.core.validation.TextPolicy;
import io.github.kipp.scoring.explain.Explanation;
import io.github.kipp.scoring.rank.BrokenTie;
import io.github.kipp.scoring.rank.Candidate;
import io.github.kipp.scoring.rank.Ranker;
import io.github.kipp.scoring.shortlist.Quota;
import io.github.kipp.scoring.shortlist.QuotaDimension;
import io.github.kipp.scoring.shortlist.QuotaProblem;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The texts kipp-scoring's values take (an explanation's step and value, a broken tie's rule, a
 * quota problem's code, a cluster's name) are single lines of plain text by kipp-core's text policy.
 */
class ScoringTextEntryPointsTest {

  /** A sample of every class of code point the policy refuses in a single line, and of some it accepts. */
  private static final List<String> SAMPLES = List.of(
      "\ud800", "\udc00", "\ufffe", "\uffff", "\ufdd0", "\ud83f\udffe", "\u0000", "\u001b", "\u007f", "\u0085", "\u009f", "\t", "\n", "\r",
      "\u2028", "\u2029", "\u202a", "\u202e", "\u2066", "\u2069", "\ufeff", "\u200b", "\u200c", "\u200d", "\u200e", "\u2060", "\u00ad",
      "\ufe0f", "\udb40\udc41",
      "?", "\ufffd", "\u00e9", "\ud83d\ude00", "e\u0301");

  private record EntryPoint(String name, String field, Function<String, Object> make) {}

  private static List<EntryPoint> entryPoints() {
    Candidate candidate = Candidate.of(ScoringFixtures.proposal("p-1", ScoringFixtures.LUWU_UTARA), new BigDecimal("80"));
    Quota quota = Quota.atMost(QuotaDimension.CATEGORY, "tata-kelola", 1, ScoringFixtures.CITED);
    return List.of(
        new EntryPoint("Explanation step", "step", t -> Explanation.leaf(t, LocalizedText.of("Nilai", "Score"), "80")),
        new EntryPoint("Explanation value", "value", t -> Explanation.leaf("weighted", LocalizedText.of("Nilai", "Score"), t)),
        new EntryPoint("BrokenTie rule", "rule", t -> new BrokenTie(t, LocalizedText.of("Aturan", "Rule"), ScoringFixtures.CITED,
            ProposalId.of("p-1"), ImmutableList.of(ProposalId.of("p-2")))),
        new EntryPoint("QuotaProblem code", "code", t -> new QuotaProblem(t, ImmutableList.of(quota), LocalizedText.of("Masalah", "Problem"))),
        new EntryPoint("Ranker cluster", "cluster", t -> Ranker.withTieBreaks().rankByCluster(List.of(candidate), c -> t)));
  }

  @TestFactory
  Stream<DynamicTest> every_scoring_text_refuses_what_a_single_line_may_not_hold() {
    List<DynamicTest> tests = new ArrayList<>();
    for (EntryPoint entry : entryPoints()) {
      for (String sample : SAMPLES) {
        String text = "nilai" + sample + "akhir";
        tests.add(DynamicTest.dynamicTest(entry.name() + ": " + TextPolicy.escape(sample), () -> {
          var expected = TextPolicy.check(entry.field(), text, TextPolicy.Kind.SINGLE_LINE);
          if (expected.isEmpty()) {
            assertThat(entry.make().apply(text)).isNotNull();
          } else {
            InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> entry.make().apply(text));
            assertThat(e).as("refused").isNotNull();
            assertThat(e.violations()).extracting(Violation::code, Violation::path)
                .contains(org.assertj.core.groups.Tuple.tuple(expected.get().code(), entry.field()));
          }
        }));
      }
    }
    // Every sample before "?" is refused by a single line.
    assertThat(SAMPLES.subList(0, SAMPLES.indexOf("?"))).allMatch(s -> !TextPolicy.allows("a" + s, TextPolicy.Kind.SINGLE_LINE));
    return tests.stream();
  }
}
