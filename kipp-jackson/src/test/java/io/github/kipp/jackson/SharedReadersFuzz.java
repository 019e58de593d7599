package io.github.kipp.jackson;

import static io.github.kipp.testkit.fuzz.KippFuzz.changed;
import static io.github.kipp.testkit.fuzz.KippFuzz.examples;
import static io.github.kipp.testkit.fuzz.KippFuzz.hostileText;
import static io.github.kipp.testkit.fuzz.KippFuzz.onlyKippErrors;
import static io.github.kipp.testkit.fuzz.KippFuzz.seed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.github.kipp.core.Actor;
import io.github.kipp.core.Citation;
import io.github.kipp.core.InvalidInputException;
import io.github.kipp.core.Role;
import io.github.kipp.core.audit.EntryKind;
import io.github.kipp.core.validation.TextPolicy;
import io.github.kipp.scoring.CriteriaSet;
import io.github.kipp.testkit.fuzz.KippFuzz;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import io.github.kipp.core.audit.DecisionLog;
import io.github.kipp.core.audit.PublishedResult;
import io.github.kipp.core.innovation.Proposal;
import io.github.kipp.format.CompetitionDocument;
import io.github.kipp.format.KippFormat;
import io.github.kipp.format.KippFormatException;
import io.github.kipp.scoring.FrozenScores;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;

/**
 * Fuzzes a Jackson line's readers (JSON, YAML, CSV) with hostile text and with valid documents whose
 * characters were changed: only {@link io.github.kipp.format.KippFormatException} (a kipp error) may
 * escape; and with YAML scalars of every form just past the string limit, which must be refused as
 * too large within a bounded time. Further targets check what every reader decides: CSV headers of
 * every shape, documents whose sheets no scale allows or repeat, scalars of the wrong kind anywhere
 * in a document, stored edition results with changed characters and texts of every code-point class
 * through to the hash. One corpus for both lines: each line's subclass gives its facades ({@link
 * #line()}); the inputs are written, and documents edited as trees, by the Jackson 2 line and plain
 * Jackson 2 mappers (whose JSON and CSV both lines write alike), so that only the reading is the
 * line's.
 */
public abstract class SharedReadersFuzz {

  private static final KippJson JSON = KippJson.json();
  private static final KippJson YAML = KippJson.yaml();
  private static final KippCsv CSV = KippCsv.csv();
  private static final CompetitionDocument COMPETITION = JacksonFixtures.competition();
  private static final String COMPETITION_JSON = JSON.write(COMPETITION);
  private static final String COMPETITION_YAML = YAML.write(COMPETITION);
  private static final String RESULTS_JSON = JSON.write(JacksonFixtures.results());
  private static final String FROZEN_JSON = JSON.write(JacksonFixtures.frozen());
  private static final String PROPOSALS_CSV = CSV.writeProposals(JacksonFixtures.proposals());
  private static final String LOG_JSON = JSON.write(log());
  private static final String PUBLISHED_JSON = JSON.write(PublishedResult.of("B/12/2023", "Top 99", Instant.parse("2023-07-01T08:00:00Z"), List.of("1. p-1", "2. p-2")));
  private static final String SHEETS_CSV = CSV.writeScoreSheets(JacksonFixtures.sheets(), JacksonFixtures.CRITERIA);

  /**
   * Returns the line under test.
   *
   * @return the line's facades
   */
  protected abstract Line line();

  @Test
  public void competition_documents_of_any_text_are_read_or_refused_with_a_format_error() {
    qt().withFixedSeed(seed()).withExamples(examples()).forAll(hostileText(300))
        .checkAssert(text -> {
          onlyKippErrors(text, () -> line().readCompetition(text));
          onlyKippErrors(text, () -> line().yaml().readCompetition(text));
        });
  }

  @Test
  public void competition_documents_with_changed_characters_are_read_or_refused_with_a_format_error() {
    qt().withFixedSeed(seed()).withExamples(examples()).forAll(changed(COMPETITION_JSON, 4), changed(COMPETITION_YAML, 4))
        .checkAssert((json, yaml) -> {
          onlyKippErrors(json, () -> line().readCompetition(json));
          onlyKippErrors(yaml, () -> line().yaml().readCompetition(yaml));
        });
  }

  @Test
  public void results_and_frozen_scores_with_changed_characters_are_read_or_refused_with_a_format_error() {
    qt().withFixedSeed(seed()).withExamples(examples()).forAll(changed(RESULTS_JSON, 4), changed(FROZEN_JSON, 4))
        .checkAssert((results, frozen) -> {
          onlyKippErrors(results, () -> line().readResults(results, COMPETITION));
          onlyKippErrors(frozen, () -> line().read(frozen, FrozenScores.class));
        });
  }

  @Test
  public void decision_logs_and_published_results_with_changed_characters_are_read_or_refused_and_read_logs_verify_without_error() {
    qt().withFixedSeed(seed()).withExamples(examples()).forAll(changed(LOG_JSON, 4), changed(PUBLISHED_JSON, 4))
        .checkAssert((log, published) -> {
          onlyKippErrors(log, () -> line().read(log, DecisionLog.class).verify());
          onlyKippErrors(published, () -> line().read(published, PublishedResult.class));
        });
  }

  @Test
  public void single_values_of_any_text_are_read_or_refused_with_a_format_error() {
    qt().withFixedSeed(seed()).withExamples(examples()).forAll(hostileText(200))
        .checkAssert(text -> onlyKippErrors(text, () -> line().read(text, Proposal.class, COMPETITION)));
  }

  @Test
  public void csv_files_of_any_text_or_with_changed_characters_are_read_or_refused_with_a_format_error() {
    qt().withFixedSeed(seed()).withExamples(examples()).forAll(hostileText(300), changed(SHEETS_CSV, 4), changed(PROPOSALS_CSV, 4))
        .checkAssert((text, sheets, proposals) -> {
          onlyKippErrors(text, () -> line().readScoreSheets(text));
          onlyKippErrors(sheets, () -> line().readScoreSheets(sheets));
          onlyKippErrors(proposals, () -> line().readProposals(proposals, COMPETITION.institutions(), COMPETITION.units()));
        });
  }

  // Large YAML scalars. A form is chosen, then a size just above the string limit; every such
  // scalar is refused, as too large, within a bound of wall time per read. The bound, 5 s, is a
  // safety net, not a measure: at least 20 times what one read took on a shared 2-core machine (at
  // most about 0.2 s; the readers before the bounds needed seconds for 2 MB and minutes for 50 MB).
  private static final List<IntFunction<String>> SCALAR_FORMS = List.of(
      n -> "k: " + "x".repeat(n),
      n -> "k: " + "ab ".repeat(n / 3 + 1),
      n -> "k: \"" + "x".repeat(n) + "\"",
      n -> "k: \"" + "x\\t".repeat(n / 2 + 1) + "\"",
      n -> "k: '" + "x''".repeat(n / 2 + 1) + "'",
      n -> "k: |\n" + ("  " + "x".repeat(99) + "\n").repeat(n / 99 + 1),
      n -> "k: >\n" + ("  " + "x ".repeat(50) + "\n").repeat(n / 100 + 1),
      n -> "[\"" + "x".repeat(n) + "\"]",
      n -> "? " + "x".repeat(n) + "\n: 1\n",
      n -> "k:\n  - a\n  - " + "x y".repeat(n / 3 + 1) + "\n");

  @Test
  public void large_yaml_scalars_of_any_form_are_refused_as_too_large_in_bounded_time() {
    int limit = KippFormat.DEFAULT_MAX_STRING_LENGTH;
    qt().withFixedSeed(seed()).withExamples(Math.max(10, examples() / 50))
        .forAll(integers().between(0, SCALAR_FORMS.size() - 1),
            integers().between(limit + 1, 2 * limit))
        .checkAssert((form, size) -> {
          String yaml = SCALAR_FORMS.get(form).apply(size);
          KippFormatException e = assertTimeoutPreemptively(Duration.ofSeconds(5),
              () -> catchThrowableOfType(KippFormatException.class, () -> line().yaml().read(yaml, Object.class)),
              () -> "form " + form + ", " + size + " characters");
          assertThat(e).as("form %d, %d characters", form, size).isNotNull();
          assertThat(e.violations()).extracting(v -> v.code()).containsExactly("kipp.json.tooLarge");
        });
  }

  private static final EditionRuns EDITION = EditionRuns.golden();
  private static final String EDITION_JSON = JSON.write(EDITION.awarded());
  private static final String EDITION_YAML = YAML.write(EDITION.awarded());
  private static final List<String> DECIDED = List.of("nominated", "finalists", "ranking", "awarded", "outcomes");

  /** Plain Jackson 2 mappers of JSON and YAML, which make the inputs and compare trees, never under test. */
  private static final ObjectMapper PLAIN = new ObjectMapper();
  private static final ObjectMapper PLAIN_YAML = new ObjectMapper(new YAMLFactory());

  // Stored edition results with changed characters: only format errors escape, and a result that is
  // read back says exactly what the result returned decides — its nominated, finalists, ranking,
  // awarded and outcomes as written are those of the result read, so no edit forges a decision.
  @Test
  public void edition_results_with_changed_characters_are_refused_or_read_as_exactly_what_their_steps_decide() {
    io.github.kipp.scoring.competition.Competition competition = EDITION.competition(30);
    qt().withFixedSeed(seed()).withExamples(examples()).forAll(changed(EDITION_JSON, 4), changed(EDITION_YAML, 4), hostileText(300))
        .checkAssert((json, yaml, text) -> {
          onlyKippErrors(text, () -> line().readEditionResult(text, EDITION.document(), competition));
          for (boolean isYaml : new boolean[] {false, true}) {
            Line format = isYaml ? line().yaml() : line();
            String input = isYaml ? yaml : json;
            onlyKippErrors(input, () -> {
              io.github.kipp.scoring.competition.EditionResult read;
              try {
                read = format.readEditionResult(input, EDITION.document(), competition);
              } catch (KippFormatException refused) {
                return;
              }
              JsonNode given = decided(format, input);
              JsonNode returned = decided(format, format.write(read));
              assertThat(given).as("what the accepted %s says it decided", isYaml ? "YAML" : "JSON").isEqualTo(returned);
            });
          }
        });
  }

  /**
   * What a stored result says it decided, with the defaults the format documents written out: a
   * citation's {@code sources} and {@code note} may be left out (an edit that comments one out in YAML
   * changes nothing), and mean an empty list and an empty note. The text is parsed by the line and
   * format under test, never by another line's parser: what a YAML text says is what that line's YAML
   * dialect reads in it.
   */
  private static JsonNode decided(Line format, String text) {
    try {
      JsonNode all = PLAIN.readTree(format.treeAsJson(text));
      ObjectNode out = PLAIN.createObjectNode();
      DECIDED.forEach(f -> out.set(f, all.get(f)));
      withCitationDefaults(out);
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void withCitationDefaults(@Nullable JsonNode node) {
    if (node == null) {
      return;
    }
    if (node instanceof ObjectNode o && o.has("instrument") && o.has("confidence")) {
      if (!o.has("sources")) {
        o.putArray("sources");
      }
      if (!o.has("note")) {
        o.put("note", "");
      }
    }
    node.elements().forEachRemaining(SharedReadersFuzz::withCitationDefaults);
  }

  /**
   * A decision log of two entries, the fixture of the decision-log targets.
   *
   * @return the log
   */
  static DecisionLog log() {
    DecisionLog log = DecisionLog.create();
    Actor secretariat = Actor.of("sekretariat", Role.SECRETARIAT);
    Instant t = Instant.parse("2023-06-01T08:00:00Z");
    log.append(t, Actor.of("te-1", Role.EVALUATOR), EntryKind.SCORE_SHEET, "p-1", "total 81.50", List.of(Citation.regulation("PermenPANRB 35/2023", "Pasal 10")));
    log.append(t.plusSeconds(60), secretariat, EntryKind.DECISION, "evaluasi-proposal", "frozen", List.of());
    return log;
  }

  /** The recorded log whose JSON the next target edits: its last payload is {@code nilai ?}. */
  private static final DecisionLog RECORDED = recorded();
  private static final String RECORDED_JSON = JSON.write(RECORDED);

  private static DecisionLog recorded() {
    DecisionLog log = log();
    log.append(Instant.parse("2023-06-01T08:02:00Z"), Actor.of("sekretariat", Role.SECRETARIAT), EntryKind.NOTE, "p-1", "nilai ?", List.of());
    return log;
  }

  /** Writes a text as a JSON string with every character outside printable ASCII escaped, lone surrogates included. */
  private static String jsonString(String text) {
    StringBuilder out = new StringBuilder("\"");
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '"' || c == '\\') {
        out.append('\\').append(c);
      } else if (c < 0x20 || c > 0x7e) {
        out.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
      } else {
        out.append(c);
      }
    }
    return out.append('"').toString();
  }

  @Test
  public void texts_of_every_code_point_class_reach_the_hash_through_json_or_are_refused_naming_their_path() {
    qt().withFixedSeed(seed()).withExamples(examples()).forAll(KippFuzz.everyCodePointClass(12), KippFuzz.everyCodePointClass(12))
        .checkAssert((payload, title) -> {
          String t = "t" + title;
          String input = KippFuzz.describe(payload) + "|" + KippFuzz.describe(t);
          boolean allowed = TextPolicy.allows(payload, TextPolicy.Kind.MULTI_LINE) && TextPolicy.allows(t, TextPolicy.Kind.SINGLE_LINE);
          // Made, written as JSON, read and verified: or refused when made.
          onlyKippErrors(input, () -> {
            DecisionLog log = log();
            Actor secretariat = Actor.of("sekretariat", Role.SECRETARIAT);
            Instant at = Instant.parse("2023-06-01T08:05:00Z");
            try {
              log.append(at, secretariat, EntryKind.NOTE, "p-2", payload, List.of());
              log.recordPublication(PublishedResult.of("B/1/2023", t, at, List.of("1. p-1", payload)), secretariat);
            } catch (InvalidInputException refused) {
              assertThat(allowed).as("refused %s", input).isFalse();
              throw refused;
            }
            assertThat(allowed).as("accepted %s", input).isTrue();
            DecisionLog read = line().read(line().write(log), DecisionLog.class);
            assertThat(read.entries()).isEqualTo(log.entries());
            assertThat(read.verify(log.headHash()).valid()).isTrue();
          });
          // A stored log edited to hold the text where "nilai ?" was: refused naming its path, or caught by the head.
          String edited = RECORDED_JSON.replace("\"nilai ?\"", jsonString(payload));
          onlyKippErrors(edited, () -> {
            try {
              DecisionLog read = line().read(edited, DecisionLog.class);
              assertThat(TextPolicy.allows(payload, TextPolicy.Kind.MULTI_LINE)).as("read %s", input).isTrue();
              assertThat(read.verify(RECORDED.headHash()).valid()).as("verified %s", input).isEqualTo(payload.equals("nilai ?"));
            } catch (KippFormatException refused) {
              assertThat(TextPolicy.allows(payload, TextPolicy.Kind.MULTI_LINE)).as("refused %s", input).isFalse();
              assertThat(refused.path()).isEqualTo("entries[2].payload");
              throw refused;
            }
          });
        });
  }

  // CSV headers: names drawn from the columns, their trimmed and blank variants and hostile text;
  // only format errors escape, and a header with an empty or repeated name is always refused so.
  @Test
  public void csv_headers_of_any_shape_are_read_or_refused_and_never_lose_a_repeated_column() {
    List<String> names = List.of("proposal", "evaluator", "stage", "submittedAt", "signifikansi", "adaptabilitas", " stage ", "", "  ",
        "\uFEFFproposal", "\"signifikansi\"", "id", "title");
    Gen<String> name = Generate.frequency(
        Pair.of(4, Generate.pick(names)), Pair.of(1, hostileText(12)));
    qt().withFixedSeed(seed()).withExamples(examples())
        .forAll(lists().of(name).ofSizeBetween(1, 9))
        .checkAssert(header -> {
          String csv = String.join(",", header) + "\np-1,te-1,evaluasi-proposal,2023-05-30T12:00:00Z,90,80\n";
          onlyKippErrors(csv, () -> line().readScoreSheets(csv));
          List<String> plain = header.stream().filter(h -> h.chars().noneMatch(c -> c == '"' || c == ',' || c == '\n' || c == '\r' || c == '\uFEFF'))
              .map(String::trim).toList();
          if (plain.size() == header.size()) {
            boolean empty = plain.contains("");
            boolean repeated = plain.stream().filter(h -> !h.isEmpty()).distinct().count() < plain.stream().filter(h -> !h.isEmpty()).count();
            if (empty || repeated) {
              KippFormatException e = catchThrowableOfType(KippFormatException.class, () -> line().readScoreSheets(csv));
              assertThat(e).as("header %s", header).isNotNull();
              assertThat(e.violations()).extracting(v -> v.code()).as("header %s", header)
                  .contains(empty ? "kipp.csv.emptyColumn" : "kipp.csv.duplicateColumn");
            }
          }
        });
  }

  // Documents whose sheets carry hostile scores, and sometimes a repeated sheet: read with the
  // criteria, a document is accepted exactly when every score is on its scale and no sheet repeats,
  // and is otherwise refused naming every bad sheet.
  private static final List<String> SCORES = List.of("0", "100", "50.5", "101", "-1", "1e20", "-0.5", "99.75", "100.5", "1E+2", "0.0", "7",
      "99999999999999999999", "0.00000000000000000001");

  @Test
  public void documents_with_hostile_scores_and_repeated_sheets_are_refused_exactly_when_no_scale_allows_them() {
    ObjectMapper plain = PLAIN;
    List<CriteriaSet> criteria = List.of(JacksonFixtures.CRITERIA);
    qt().withFixedSeed(seed()).withExamples(examples())
        .forAll(lists().of(Generate.pick(SCORES)).ofSize(16),
            integers().between(-8, 7))
        .checkAssert((scores, repeat) -> {
          ObjectNode doc;
          try {
            doc = (ObjectNode) plain.readTree(COMPETITION_JSON);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
          ArrayNode sheets = (ArrayNode) doc.at("/scoreSheets/evaluasi-proposal");
          Set<Integer> bad = new TreeSet<>();
          for (int i = 0; i < 8; i++) {
            ObjectNode s = (ObjectNode) sheets.get(i).get("scores");
            BigDecimal sig = new BigDecimal(scores.get(2 * i));
            BigDecimal ada = new BigDecimal(scores.get(2 * i + 1));
            s.put("signifikansi", sig);
            s.put("adaptabilitas", ada);
            if (!JacksonFixtures.SIGNIFIKANSI.scale().allows(sig) || !JacksonFixtures.ADAPTABILITAS.scale().allows(ada)) {
              bad.add(i);
            }
          }
          if (repeat >= 0) {
            sheets.add(sheets.get(repeat).deepCopy());
            bad.add(8);
          }
          String json = doc.toString();
          try {
            line().readCompetition(json, criteria);
            assertThat(bad).as("accepted %s", scores).isEmpty();
          } catch (KippFormatException e) {
            Set<Integer> named = new TreeSet<>();
            e.violations().forEach(v -> {
              Matcher m = Pattern.compile("^scoreSheets\\.evaluasi-proposal\\[(\\d+)\\]").matcher(v.path());
              assertThat(m.find()).as("path %s", v.path()).isTrue();
              named.add(Integer.parseInt(m.group(1)));
            });
            assertThat(named).as("scores %s, repeat %d", scores, repeat).isEqualTo(bad);
          }
        });
  }

  // Scalars of another kind: any string, number or boolean of a valid document replaced by a value
  // of another kind is refused with its path, in JSON and in YAML.
  @Test
  public void any_scalar_of_a_document_replaced_by_another_kind_is_refused_with_its_path_in_json_and_yaml() {
    ObjectMapper plain = PLAIN;
    ObjectMapper plainYaml = PLAIN_YAML;
    JsonNode tree;
    try {
      tree = plain.readTree(COMPETITION_JSON);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<String[]> leaves = new ArrayList<>();
    leaves(tree, "", "", leaves);
    Gen<JsonNode> others = Generate.pick(List.of(
        IntNode.valueOf(7), DecimalNode.valueOf(new BigDecimal("1.0")),
        BooleanNode.TRUE, BooleanNode.FALSE,
        TextNode.valueOf("1"), TextNode.valueOf("true")));
    qt().withFixedSeed(seed()).withExamples(examples())
        .forAll(integers().between(0, leaves.size() - 1), others)
        .checkAssert((at, other) -> {
          String[] leaf = leaves.get(at);
          JsonNode was = tree.at(leaf[0]);
          if (was.getNodeType() == other.getNodeType()) {
            return;
          }
          ObjectNode doc = tree.deepCopy();
          JsonNode parent = doc.at(leaf[0].substring(0, leaf[0].lastIndexOf('/')));
          String last = leaf[0].substring(leaf[0].lastIndexOf('/') + 1).replace("~1", "/").replace("~0", "~");
          if (parent.isArray()) {
            ((ArrayNode) parent).set(Integer.parseInt(last), other);
          } else {
            ((ObjectNode) parent).set(last, other);
          }
          String json;
          String yaml;
          try {
            json = plain.writeValueAsString(doc);
            yaml = plainYaml.writeValueAsString(doc);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
          for (String[] read : new String[][] {{"JSON", json}, {"YAML", yaml}}) {
            KippFormatException e = catchThrowableOfType(KippFormatException.class,
                () -> (read[0].equals("JSON") ? line() : line().yaml()).readCompetition(read[1]));
            assertThat(e).as("%s accepted %s at %s", read[0], other, leaf[1]).isNotNull();
            assertThat(e.violations()).as("%s, %s at %s", read[0], other, leaf[1])
                .anySatisfy(v -> assertThat(v.path()).isEqualTo(leaf[1]));
          }
        });
  }

  /** Collects the JSON pointer and kipp path of every scalar of a tree. */
  private static void leaves(JsonNode node, String pointer, String path, List<String[]> out) {
    if (node.isValueNode()) {
      out.add(new String[] {pointer, path});
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        leaves(node.get(i), pointer + "/" + i, path + "[" + i + "]", out);
      }
    } else {
      node.fields().forEachRemaining(e -> leaves(e.getValue(), pointer + "/" + e.getKey().replace("~", "~0").replace("/", "~1"),
          path.isEmpty() ? e.getKey() : path + "." + e.getKey(), out));
    }
  }
}
