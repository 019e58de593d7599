package io.github.kipp.core.eligibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.kipp.core.Citation;
import io.github.kipp.core.Decision;
import io.github.kipp.core.Fixtures;
import io.github.kipp.core.InnovationId;
import io.github.kipp.core.ProposalId;
import io.github.kipp.core.innovation.ImplementationStart;
import io.github.kipp.core.innovation.Innovation;
import io.github.kipp.core.innovation.Proposal;
import java.text.Normalizer;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The unique-title rule decides as its javadoc specifies, checked against a reference written from
 * that text alone: a proposal fails when another submission (another proposal id) with the same
 * normalised title comes earlier, and names the earliest. The reference normalises by splitting the
 * NFKC, lower-cased title into maximal runs of letters and digits and joining them with one space,
 * orders submissions by time (unknown last) and then id, and compares every pair.
 *
 * <p>The titles are drawn so that differently written titles often normalise alike: a few stems
 * written in upper, lower, mixed or full-width letters, with accents composed or decomposed, words
 * separated by spaces, dashes, underscores, dots, no-break or ideographic spaces, and wrapped in
 * punctuation; and near misses that must stay apart (a stem written as one word or two, an accent
 * dropped, a digit attached or separated).
 */
class UniqueTitlePropertiesTest {

  private static final Citation DEFAULT = Citation.unknown("test", "a test default");
  private static final Proposal BASE = Fixtures.proposal("p-0").build();
  private static final Instant T0 = Instant.parse("2023-04-01T00:00:00Z");

  /** Stems, each a list of words; "Sipaten" and "Si Paten" differ unless the two words are joined. */
  private static final String[][] STEMS = {{"Giatki", "Ces"}, {"Sipaten"}, {"Si", "Paten"}, {"Lapor", "Cepat"}, {"Café", "Desa"}};
  private static final String[] SEPARATORS = {" ", " ", "  ", "-", " – ", "_", ". ", "/", "\u00a0", "\u3000", "·", ""};
  private static final String[] WRAPPERS = {"", "", "", " ", "\"", "(", "!", "…", "#"};
  /** Digit suffixes: none; separated ("Sipaten 2"); attached, written three ways that NFKC folds to "2". */
  private static final String[] DIGITS = {"", "", "", " 2", "2", "\u00b2", "\uff12"};

  /** A submission drawn by the generator: its proposal number (ids repeat), title and time (0: unknown). */
  private record Entry(int number, String title, int time) {}

  /** A word written one of several ways that NFKC and lower case fold together, or with its accent dropped. */
  private static String write(String word, SplittableRandom random) {
    String accented = switch (random.nextInt(3)) {
      case 0 -> word;
      case 1 -> word.replace("é", "e\u0301");
      default -> word.replace("é", "e");
    };
    StringBuilder out = new StringBuilder();
    int style = random.nextInt(6);
    for (int i = 0; i < accented.length(); i++) {
      char c = accented.charAt(i);
      char cased = switch (style) {
        case 1 -> Character.toLowerCase(c);
        case 2 -> Character.toUpperCase(c);
        case 3 -> i % 2 == 0 ? Character.toUpperCase(c) : Character.toLowerCase(c);
        default -> c;
      };
      // full-width Latin letters, which NFKC folds to ASCII
      boolean fullWidth = style == 4 && cased < 0x80 && Character.isLetter(cased);
      out.append(fullWidth ? (char) (cased - 'A' + '\uff21') : cased);
    }
    return out.toString();
  }

  private static String title(SplittableRandom random) {
    String[] stem = STEMS[random.nextInt(STEMS.length)];
    StringBuilder out = new StringBuilder(WRAPPERS[random.nextInt(WRAPPERS.length)]);
    for (int w = 0; w < stem.length; w++) {
      if (w > 0) {
        out.append(SEPARATORS[random.nextInt(SEPARATORS.length)]);
      }
      out.append(write(stem[w], random));
    }
    return out.append(DIGITS[random.nextInt(DIGITS.length)]).append(WRAPPERS[random.nextInt(WRAPPERS.length)]).toString();
  }

  private static Gen<List<Entry>> submissions() {
    Gen<Entry> entry = integers().between(0, 11).zip(longs().all(), integers().between(0, 5),
        (number, seed, time) -> new Entry(number, title(new SplittableRandom(seed)), time));
    return lists().of(entry).ofSizeBetween(0, 20);
  }

  private static Proposal proposal(int index, Entry e) {
    Innovation innovation = Innovation.of(InnovationId.of("inv-" + index), e.title(), Optional.empty(), Fixtures.LUWU_UTARA, Fixtures.DINKES,
        ImplementationStart.of(LocalDate.of(2020, 1, 1)));
    return Proposal.newBuilder().id(ProposalId.of("p-" + e.number())).innovation(innovation).edition(BASE.edition()).group(BASE.group())
        .category(BASE.category()).build();
  }

  /** The title as the rule's javadoc specifies: NFKC, lower case, maximal runs of letters and digits joined by one space. */
  static String normalisedBySpec(String title) {
    String folded = Normalizer.normalize(title, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    List<String> runs = new ArrayList<>();
    StringBuilder run = new StringBuilder();
    for (int i = 0; i < folded.length(); ) {
      int cp = folded.codePointAt(i);
      i += Character.charCount(cp);
      if (Character.isLetter(cp) || Character.isDigit(cp)) {
        run.appendCodePoint(cp);
      } else if (run.length() > 0) {
        runs.add(run.toString());
        run.setLength(0);
      }
    }
    if (run.length() > 0) {
      runs.add(run.toString());
    }
    return String.join(" ", runs);
  }

  /** Whether {@code a} was submitted before {@code b}: by time, unknown times last, then by id. */
  private static boolean before(Proposal a, Proposal b, Map<String, Integer> times) {
    long ta = times.getOrDefault(a.id().value(), Integer.MAX_VALUE);
    long tb = times.getOrDefault(b.id().value(), Integer.MAX_VALUE);
    return ta != tb ? ta < tb : a.id().value().compareTo(b.id().value()) < 0;
  }

  /** The id of the earliest other submission with the proposal's title, by comparing every pair. */
  private static Optional<String> earlierBySpec(Proposal proposal, List<Proposal> submitted, Map<String, Integer> times) {
    String mine = normalisedBySpec(proposal.innovation().title());
    Optional<Proposal> earliest = Optional.empty();
    for (Proposal other : submitted) {
      boolean duplicate = !other.id().equals(proposal.id()) && normalisedBySpec(other.innovation().title()).equals(mine);
      if (duplicate && before(other, proposal, times) && earliest.map(e -> before(other, e, times)).orElse(true)) {
        earliest = Optional.of(other);
      }
    }
    return earliest.map(p -> p.id().value());
  }

  @Test
  void the_reference_normalisation_reads_the_examples_of_the_rule_as_the_rule_does() {
    assertThat(normalisedBySpec("  Giatki–Ces (2023) ")).isEqualTo("giatki ces 2023").isEqualTo(EligibilityRules.normaliseTitle("  Giatki–Ces (2023) "));
    assertThat(normalisedBySpec("ＳＩＰＡＴＥＮ²")).isEqualTo("sipaten2");
    assertThat(normalisedBySpec("Cafe\u0301\u00a0Desa")).isEqualTo(normalisedBySpec("café-desa")).isEqualTo("café desa");
    assertThat(normalisedBySpec("Si Paten")).isNotEqualTo(normalisedBySpec("Sipaten"));
  }

  @Test
  void a_proposal_fails_exactly_when_an_earlier_submission_has_its_title_and_the_earliest_is_named() {
    EligibilityRule rule = EligibilityRules.uniqueTitle(DEFAULT);
    int[] examples = new int[1];
    int[] withDuplicate = new int[1];
    int[] writtenDifferently = new int[1];
    qt().withFixedSeed(8).withExamples(2_000).forAll(submissions()).checkAssert(entries -> {
      List<Proposal> submitted = new ArrayList<>();
      Map<String, Integer> times = new HashMap<>();
      EligibilityContext.Builder b = EligibilityContext.newBuilder(Fixtures.edition());
      for (int i = 0; i < entries.size(); i++) {
        Entry e = entries.get(i);
        Proposal p = proposal(i, e);
        submitted.add(p);
        if (e.time() != 0) {
          // the last time given for an id is the one that counts
          times.put(p.id().value(), e.time());
        }
        b.submitted(p, e.time() == 0 ? null : T0.plusSeconds(e.time()));
      }
      EligibilityContext context = b.build();
      List<Proposal> screened = new ArrayList<>(submitted);
      screened.add(proposal(100, new Entry(7, "Sipaten", 0)));
      screened.add(proposal(101, new Entry(13, "Giatki Ces", 0)));

      boolean duplicate = false;
      boolean different = false;
      for (Proposal p : screened) {
        Decision d = rule.evaluate(p, context);
        Optional<String> earlier = earlierBySpec(p, submitted, times);
        assertThat(d.passed()).as("%s \"%s\" among %s", p.id(), p.innovation().title(), entries).isEqualTo(earlier.isEmpty());
        if (earlier.isPresent()) {
          assertThat(d.reasons().get(0).message().english()).as("%s among %s", p.id(), entries).contains("used by " + earlier.get() + ",");
          duplicate = true;
          different |= submitted.stream().anyMatch(o -> o.id().value().equals(earlier.get()) && !o.innovation().title().equals(p.innovation().title()));
        }
      }
      examples[0]++;
      withDuplicate[0] += duplicate ? 1 : 0;
      writtenDifferently[0] += different ? 1 : 0;
    });
    // Measured with seed 8: of the 2,000 examples, 1,630 (82 %) refuse a duplicate, and 1,629 (81 %)
    // refuse one whose title is written differently from the earlier title it is refused for.
    // QuickTheories skips a draw it has already run, and a coverage agent changes the draws, so the
    // shares are checked against the examples that ran.
    assertThat(examples[0]).isGreaterThan(1_800);
    assertThat(withDuplicate[0]).isGreaterThan(examples[0] * 3 / 4);
    assertThat(writtenDifferently[0]).isGreaterThan(examples[0] * 2 / 3);
  }
}
