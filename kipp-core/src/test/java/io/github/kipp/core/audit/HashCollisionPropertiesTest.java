package io.github.kipp.core.audit;

import static io.github.kipp.core.validation.TextPolicy.Kind.MULTI_LINE;
import static io.github.kipp.core.validation.TextPolicy.Kind.SINGLE_LINE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import com.google.common.collect.ImmutableList;
import io.github.kipp.core.Actor;
import io.github.kipp.core.Citation;
import io.github.kipp.core.InvalidInputException;
import io.github.kipp.core.Role;
import io.github.kipp.core.Violation;
import io.github.kipp.core.validation.TextPolicy;
import io.github.kipp.core.validation.TextSamples;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Two different decision logs, or two different published results, never verify against each
 * other's head: over texts of every class of code point (lone surrogates, noncharacters, C0 and C1
 * controls, DEL, NEL, bidi controls, zero-width characters, the byte order mark, U+2028 and U+2029,
 * astral characters, combining marks), a value with refused text is refused when it is made, and
 * every other pair of different texts hashes apart, however close the two texts are (a lone
 * surrogate against the {@code ?} a lossy encoder writes for it).
 */
class HashCollisionPropertiesTest {

  private static final Instant T0 = Instant.parse("2023-07-01T01:00:00Z");
  private static final Actor SECRETARIAT = Actor.of("sekretariat", Role.SECRETARIAT);

  /** The pieces texts are made of: a sample of every class, and the characters a lossy encoder writes. */
  private static final ImmutableList<String> PIECES = ImmutableList.<String>builder()
      .add("?", "\ufffd", "a", " ", "\ud800", "\udbff", "\udc00", "\udfff", "\ud83d", "\ude00", "\ud83d\ude00")
      .addAll(TextSamples.all().stream().map(TextSamples.Sample::text).iterator())
      .build();

  /** Two texts: the first made of pieces, the second the same with one piece replaced by another. */
  private record Pair(String first, String second) {}

  private static Gen<Pair> pairs() {
    return lists().of(integers().between(0, PIECES.size() - 1)).ofSizeBetween(1, 6)
        .zip(integers().between(0, Integer.MAX_VALUE - 1), integers().between(0, PIECES.size() - 1), (pieces, at, other) -> {
          List<String> first = new ArrayList<>();
          pieces.forEach(i -> first.add(PIECES.get(i)));
          List<String> second = new ArrayList<>(first);
          second.set(at % second.size(), PIECES.get(other));
          return new Pair("x" + String.join("", first), "x" + String.join("", second));
        });
  }

  /** A field of a log entry that takes outside text, and how a log is made with a text in it. */
  private record Field(String path, TextPolicy.Kind kind, Function<String, DecisionLog> log) {}

  private static final List<Field> LOG_FIELDS = List.of(
      new Field("subject", SINGLE_LINE, t -> log(t, "payload", "catatan", "PermenPANRB 1/2023")),
      new Field("payload", MULTI_LINE, t -> log("proposal p-1", t, "catatan", "PermenPANRB 1/2023")),
      new Field("note", MULTI_LINE, t -> log("proposal p-1", "payload", t, "PermenPANRB 1/2023")),
      new Field("instrument", SINGLE_LINE, t -> log("proposal p-1", "payload", "catatan", t)));

  private static DecisionLog log(String subject, String payload, String note, String instrument) {
    DecisionLog log = DecisionLog.create();
    log.append(T0, SECRETARIAT, EntryKind.NOTE, "stage uji-publik", "opened", List.of());
    log.append(T0.plusSeconds(1), SECRETARIAT, EntryKind.DECISION, subject, payload,
        List.of(Citation.inferred(instrument, "Pasal 5", note).withSources("S14")));
    return log;
  }

  /** Makes a value, or returns the violations it was refused with. */
  private static <T> Optional<T> made(java.util.function.Supplier<T> make, List<Violation> refusals) {
    try {
      return Optional.of(make.get());
    } catch (InvalidInputException e) {
      refusals.addAll(e.violations());
      return Optional.empty();
    }
  }

  private static void refusedByThePolicy(String text, TextPolicy.Kind kind, List<Violation> refusals) {
    Optional<Violation> expected = TextPolicy.check("text", text, kind);
    assertThat(expected).as("the policy refuses %s", TextPolicy.escape(text)).isPresent();
    assertThat(refusals).extracting(Violation::code).contains(expected.orElseThrow().code());
  }

  @Test
  void two_different_logs_never_verify_against_each_others_head() {
    qt().withFixedSeed(1414).withExamples(4_000).forAll(pairs(), integers().between(0, LOG_FIELDS.size() - 1))
        .checkAssert((pair, f) -> {
          Field field = LOG_FIELDS.get(f);
          List<Violation> refusedFirst = new ArrayList<>();
          List<Violation> refusedSecond = new ArrayList<>();
          Optional<DecisionLog> a = made(() -> field.log().apply(pair.first()), refusedFirst);
          Optional<DecisionLog> b = made(() -> field.log().apply(pair.second()), refusedSecond);
          assertThat(a.isPresent()).as("first accepted").isEqualTo(TextPolicy.allows(pair.first(), field.kind()));
          assertThat(b.isPresent()).as("second accepted").isEqualTo(TextPolicy.allows(pair.second(), field.kind()));
          if (a.isEmpty()) {
            refusedByThePolicy(pair.first(), field.kind(), refusedFirst);
          }
          if (b.isEmpty()) {
            refusedByThePolicy(pair.second(), field.kind(), refusedSecond);
          }
          if (a.isPresent() && b.isPresent()) {
            DecisionLog first = a.get();
            DecisionLog second = b.get();
            assertThat(first.verify().valid()).isTrue();
            assertThat(DecisionLog.parse(first.write()).verify(first.headHash()).valid()).isTrue();
            if (pair.first().equals(pair.second())) {
              assertThat(second.headHash()).isEqualTo(first.headHash());
            } else {
              assertThat(second.headHash()).as("heads of %s and %s", TextPolicy.escape(pair.first()), TextPolicy.escape(pair.second()))
                  .isNotEqualTo(first.headHash());
              assertThat(second.verify(first.headHash()).valid()).isFalse();
              assertThat(first.verify(second.headHash()).valid()).isFalse();
              // The second log's content under the first log's hashes: the stored log an attacker edits.
              List<LogEntry> forged = new ArrayList<>(second.entries());
              LogEntry e = forged.get(1);
              LogEntry original = first.entries().get(1);
              forged.set(1, new LogEntry(e.sequence(), e.at(), e.actor(), e.kind(), e.subject(), e.payload(), e.citations(),
                  original.previousHash(), original.hash()));
              assertThat(DecisionLog.of(forged).verify(first.headHash()).valid()).isFalse();
            }
          }
        });
  }

  /** A field of a published result, and how a result is made with a text in it. */
  private record ResultField(String path, TextPolicy.Kind kind, Function<String, PublishedResult> result) {}

  private static final List<ResultField> RESULT_FIELDS = List.of(
      new ResultField("reference", SINGLE_LINE, t -> PublishedResult.of(t, "Top 99", T0, List.of("1. p-1"))),
      new ResultField("title", SINGLE_LINE, t -> PublishedResult.of("B/1/2023", t, T0, List.of("1. p-1"))),
      new ResultField("lines", MULTI_LINE, t -> PublishedResult.of("B/1/2023", "Top 99", T0, List.of("1. p-1", t))));

  @Test
  void two_different_published_results_never_verify_against_each_others_hash() {
    qt().withFixedSeed(1415).withExamples(4_000).forAll(pairs(), integers().between(0, RESULT_FIELDS.size() - 1))
        .checkAssert((pair, f) -> {
          ResultField field = RESULT_FIELDS.get(f);
          List<Violation> refusedFirst = new ArrayList<>();
          List<Violation> refusedSecond = new ArrayList<>();
          Optional<PublishedResult> a = made(() -> field.result().apply(pair.first()), refusedFirst);
          Optional<PublishedResult> b = made(() -> field.result().apply(pair.second()), refusedSecond);
          assertThat(a.isPresent()).as("first accepted").isEqualTo(TextPolicy.allows(pair.first(), field.kind()));
          assertThat(b.isPresent()).as("second accepted").isEqualTo(TextPolicy.allows(pair.second(), field.kind()));
          if (a.isEmpty()) {
            refusedByThePolicy(pair.first(), field.kind(), refusedFirst);
          }
          if (b.isEmpty()) {
            refusedByThePolicy(pair.second(), field.kind(), refusedSecond);
          }
          if (a.isPresent() && b.isPresent()) {
            PublishedResult first = a.get();
            PublishedResult second = b.get();
            if (pair.first().equals(pair.second())) {
              assertThat(second.hash()).isEqualTo(first.hash());
            } else {
              assertThat(second.hash()).isNotEqualTo(first.hash());
              // The second result's content under the first result's hash is refused.
              assertThatThrownBy(() -> new PublishedResult(second.reference(), second.title(), second.at(), second.lines(),
                  second.supersedes(), second.reason(), first.hash())).isInstanceOf(InvalidInputException.class);
              // And a log that recorded the first publication does not verify with the second.
              DecisionLog recorded = DecisionLog.create();
              recorded.recordPublication(first, SECRETARIAT);
              DecisionLog other = DecisionLog.create();
              other.recordPublication(second, SECRETARIAT);
              assertThat(other.verify(recorded.headHash()).valid()).isFalse();
            }
          }
        });
  }

  @Test
  void hashes_of_well_formed_text_are_those_of_its_utf_8_bytes_as_before() {
    // Known hashes, computed when text was encoded with String.getBytes(UTF_8): they must not move.
    PublishedResult result = PublishedResult.of("B/112/PP.00.05/2023", "Top 99 Inovasi \u00e9\ud83d\ude00", T0, List.of("1\tp-17", "2\tp-03"));
    assertThat(result.hash()).isEqualTo(legacyDigest(result));
    DecisionLog log = log("proposal p-1 \u4e2d", "nilai\n80 \ud83d\ude00\u200d", "catatan\tsatu", "PermenPANRB 1/2023");
    for (LogEntry e : log.entries()) {
      assertThat(e.hash()).isEqualTo(legacyHash(e));
    }
  }

  /** The hash of an entry as kipp computed it before, with {@code String.getBytes(UTF_8)}. */
  private static String legacyHash(LogEntry e) {
    com.google.common.hash.Hasher h = com.google.common.hash.Hashing.sha256().newHasher();
    put(h, Long.toString(e.sequence()));
    put(h, e.at().toString());
    put(h, e.actor().id().value());
    put(h, e.actor().role().name());
    put(h, e.kind().name());
    put(h, e.subject());
    put(h, e.payload());
    h.putInt(e.citations().size());
    for (Citation c : e.citations()) {
      put(h, c.instrument());
      put(h, c.provision());
      put(h, c.confidence().name());
      h.putInt(c.sources().size());
      c.sources().forEach(s -> put(h, s));
      put(h, c.note());
    }
    put(h, e.previousHash());
    return h.hash().toString();
  }

  private static String legacyDigest(PublishedResult r) {
    com.google.common.hash.Hasher h = com.google.common.hash.Hashing.sha256().newHasher();
    put(h, r.reference());
    put(h, r.title());
    put(h, r.at().toString());
    put(h, r.supersedes().orElse(""));
    h.putInt(r.lines().size());
    r.lines().forEach(l -> put(h, l));
    return h.hash().toString();
  }

  private static void put(com.google.common.hash.Hasher h, String s) {
    byte[] bytes = s.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    h.putInt(bytes.length).putBytes(bytes);
  }

  @Test
  void the_hashing_encoder_reports_malformed_text_instead_of_replacing_it() {
    CanonicalDigest digest = new CanonicalDigest();
    assertThatThrownBy(() -> digest.text("payload", "nilai \ud800"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("payload")
        .hasMessageContaining("unpaired surrogate");
    assertThat(new CanonicalDigest().text("t", "?").hex()).isNotEqualTo(new CanonicalDigest().text("t", "\ufffd").hex());
  }
}
