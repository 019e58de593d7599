package io.github.kipp.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.kipp.core.Violation;
import io.github.kipp.core.innovation.Proposal;
import io.github.kipp.format.CompetitionDocument;
import io.github.kipp.format.KippFormatException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * A read lists every problem of its input at once, each with its path: n independent problems
 * injected into a valid document (unknown fields, missing fields, values the format or the domain
 * refuses, values of the wrong type) give exactly n violations, at their paths, with their codes.
 * One corpus for both Jackson lines: each line's subclass gives its facades ({@link #line()}).
 */
public abstract class SharedEveryProblem {

  /**
   * Returns the line under test.
   *
   * @return the line's facades
   */
  protected abstract Line line();

  private static final ObjectMapper PLAIN = new ObjectMapper();

  /** How a site is broken. */
  private enum Kind {
    /** A field the object does not have is added. */
    UNKNOWN,
    /** A required field is removed. */
    MISSING,
    /** A text field gets a text the format or the domain refuses. */
    INVALID,
    /** A text field gets a number. */
    WRONG_TYPE
  }

  /** One problem that can be injected: in the object at a JSON pointer, at one field. */
  private record Site(String object, String field, Kind kind, String value, String code) {
    static Site unknown(String object) {
      return new Site(object, "extra", Kind.UNKNOWN, "", "kipp.json.unknownField");
    }

    static Site missing(String object, String field) {
      return new Site(object, field, Kind.MISSING, "", "kipp.json.missing");
    }

    static Site invalid(String object, String field, String value, String code) {
      return new Site(object, field, Kind.INVALID, value, code);
    }

    static Site wrongType(String object, String field) {
      return new Site(object, field, Kind.WRONG_TYPE, "", "kipp.json.wrongType");
    }

    void inject(ObjectNode document) {
      JsonNode node = object.isEmpty() ? document : document.at(object);
      assertThat(node.isObject()).as("an object at %s", object).isTrue();
      ObjectNode target = (ObjectNode) node;
      switch (kind) {
        case UNKNOWN -> target.put(field, "?");
        case MISSING -> {
          assertThat(target.has(field)).as("%s has %s", object, field).isTrue();
          target.remove(field);
        }
        case INVALID -> target.put(field, value);
        case WRONG_TYPE -> target.put(field, 7);
      }
    }

    /** The path kipp reports: {@code /sections/1} and {@code text} give {@code sections[1].text}. */
    String path() {
      StringBuilder out = new StringBuilder();
      for (String step : object.split("/")) {
        if (step.isEmpty()) {
          continue;
        }
        if (step.chars().allMatch(Character::isDigit)) {
          out.append('[').append(step).append(']');
        } else {
          out.append(out.length() == 0 ? "" : ".").append(step);
        }
      }
      return out.append(out.length() == 0 ? "" : ".").append(field).toString();
    }
  }

  /** Sites in the Luwu Utara proposal, each at a field of its own. */
  private static final List<Site> PROPOSAL_SITES = List.of(
      Site.unknown(""),
      Site.unknown("/innovation"),
      Site.unknown("/innovation/institution"),
      Site.unknown("/innovation/unit"),
      Site.unknown("/innovation/start"),
      Site.unknown("/sections/0"),
      Site.unknown("/attachments/0"),
      Site.unknown("/video"),
      Site.missing("", "group"),
      Site.missing("", "category"),
      Site.missing("/innovation", "title"),
      Site.missing("/innovation/unit", "name"),
      Site.missing("/innovation/institution", "name"),
      Site.missing("/sections/1", "text"),
      Site.missing("/attachments/1", "name"),
      Site.missing("/video", "height"),
      Site.invalid("", "edition", "!!", "kipp.id.invalid"),
      Site.invalid("/attachments/0", "kind", "NOPE", "kipp.json.notAllowed"),
      Site.invalid("/innovation/institution", "type", "NOPE", "kipp.json.notAllowed"),
      Site.invalid("/innovation/start", "precision", "NOPE", "kipp.json.notAllowed"),
      Site.invalid("/innovation/unit", "kind", "NOPE", "kipp.json.notAllowed"),
      Site.invalid("/sections/2", "section", "!!", "kipp.id.invalid"),
      Site.invalid("/video", "link", "a b", "kipp.json.time"),
      Site.wrongType("", "id"),
      Site.wrongType("", "sdgs"),
      Site.wrongType("/innovation", "id"),
      Site.wrongType("/innovation/unit", "id"),
      Site.wrongType("/sections/0", "text"),
      Site.wrongType("/video", "duration"));

  /**
   * Sites in the fixture competition document: its own fields, its edition, its proposals, statuses
   * and history. Institutions and units are left alone: the proposals name them by id, so a refused
   * one would also leave those ids unresolved.
   */
  private static final List<Site> COMPETITION_SITES = List.of(
      Site.unknown(""),
      Site.unknown("/edition"),
      Site.unknown("/proposals/0"),
      Site.unknown("/proposals/1/innovation"),
      Site.unknown("/proposals/2/sections/0"),
      Site.unknown("/statuses/0"),
      Site.unknown("/history/0"),
      Site.missing("/proposals/0", "group"),
      Site.missing("/proposals/1", "category"),
      Site.missing("/proposals/2/innovation", "title"),
      Site.missing("/proposals/3/sections/1", "text"),
      Site.missing("/history/0", "tier"),
      Site.invalid("/proposals/0", "edition", "!!", "kipp.id.invalid"),
      Site.invalid("/proposals/1/innovation/start", "precision", "NOPE", "kipp.json.notAllowed"),
      Site.invalid("/history/0", "group", "!!", "kipp.id.invalid"),
      Site.invalid("/history/1", "innovation", "!!", "kipp.id.invalid"),
      Site.wrongType("/proposals/3", "category"),
      Site.wrongType("/proposals/2/sections/1", "text"),
      Site.missing("/edition", "year"),
      Site.wrongType("/edition", "zone"),
      Site.missing("/edition/groups/0", "name"),
      Site.invalid("/edition/categories/1", "id", "!!", "kipp.id.invalid"));

  /** Sites in the fixture results document: its screening's decisions, reasons and citations. */
  private static final List<Site> RESULTS_SITES = List.of(
      Site.unknown(""),
      Site.unknown("/screening"),
      Site.unknown("/screening/outcomes/0/decisions/0"),
      Site.missing("/screening/outcomes/0/decisions/0", "rule"),
      Site.invalid("/screening/outcomes/0/decisions/0", "outcome", "NOPE", "kipp.json.notAllowed"),
      Site.missing("/screening/outcomes/1/decisions/0/reasons/0", "code"),
      Site.missing("/screening/outcomes/1/decisions/0/reasons/0/message", "english"),
      Site.wrongType("/screening/outcomes/1/decisions/0/reasons/0/message", "indonesian"),
      Site.unknown("/screening/outcomes/2/decisions/0/reasons/0/citations/0"),
      Site.missing("/screening/outcomes/2/decisions/0/reasons/0/citations/0", "instrument"),
      Site.invalid("/screening/outcomes/2/decisions/0/reasons/0/citations/0", "confidence", "NOPE", "kipp.json.notAllowed"),
      Site.wrongType("/screening/outcomes/3/decisions/0", "subject"),
      Site.unknown("/aggregations/0"),
      Site.missing("/aggregations/0/citation", "provision"));

  private static ObjectNode tree(String json) {
    try {
      return (ObjectNode) PLAIN.readTree(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String text(JsonNode tree) {
    try {
      return PLAIN.writeValueAsString(tree);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<Site> chosen(List<Site> sites, int mask) {
    List<Site> out = new ArrayList<>();
    for (int i = 0; i < sites.size(); i++) {
      if ((mask & (1 << i)) != 0) {
        out.add(sites.get(i));
      }
    }
    return out;
  }

  /** Injects the chosen problems and checks that the read reports exactly them. */
  private static void reportsExactly(String valid, List<Site> sites, Consumer<String> read) {
    ObjectNode document = tree(valid);
    sites.forEach(s -> s.inject(document));

    KippFormatException e = catchThrowableOfType(KippFormatException.class, () -> read.accept(text(document)));

    assertThat(e).as("a refusal of %s", sites).isNotNull();
    Map<String, String> expected = new TreeMap<>();
    sites.forEach(s -> expected.put(s.path(), s.code()));
    Map<String, String> reported = new TreeMap<>();
    e.violations().forEach(v -> reported.merge(v.path(), v.code(), (a, b) -> a + "+" + b));
    assertThat(reported).as("the violations %s", describe(e.violations())).isEqualTo(expected);
    assertThat(e.violations()).hasSize(sites.size());
  }

  private static String describe(List<Violation> violations) {
    return violations.stream().map(v -> v.code() + " at " + v.path()).collect(Collectors.joining("; "));
  }

  @Test
  public void every_site_of_the_proposal_alone_is_reported_at_its_path() {
    String valid = line().write(JacksonFixtures.giatkiCes());
    for (Site site : PROPOSAL_SITES) {
      reportsExactly(valid, List.of(site), t -> line().read(t, Proposal.class));
    }
  }

  @Test
  public void n_independent_problems_in_a_proposal_give_n_violations_each_at_its_path() {
    String valid = line().write(JacksonFixtures.giatkiCes());
    qt().withFixedSeed(15_04).withExamples(1_000)
        .forAll(integers().between(1, (1 << PROPOSAL_SITES.size()) - 1))
        .checkAssert(mask -> reportsExactly(valid, chosen(PROPOSAL_SITES, mask), t -> line().read(t, Proposal.class)));
  }

  @Test
  public void an_unknown_field_missing_fields_and_invalid_values_of_a_proposal_are_all_reported_in_yaml_too() {
    Line yaml = line().yaml();
    ObjectNode document = tree(line().write(JacksonFixtures.giatkiCes()));
    List<Site> sites = List.of(
        Site.unknown(""), Site.missing("", "group"), Site.missing("/innovation", "title"),
        Site.invalid("/attachments/0", "kind", "NOPE", "kipp.json.notAllowed"), Site.wrongType("/sections/0", "text"));
    sites.forEach(s -> s.inject(document));
    String broken;
    try {
      broken = new com.fasterxml.jackson.dataformat.yaml.YAMLMapper().writeValueAsString(document);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }

    KippFormatException e = catchThrowableOfType(KippFormatException.class, () -> yaml.read(broken, Proposal.class));

    assertThat(e).isNotNull();
    assertThat(e.format()).isEqualTo("YAML");
    assertThat(e.violations()).extracting(Violation::path)
        .containsExactlyInAnyOrder("extra", "group", "innovation.title", "attachments[0].kind", "sections[0].text");
  }

  @Test
  public void every_site_of_the_competition_document_alone_is_reported_at_its_path() {
    String valid = line().write(JacksonFixtures.competition());
    for (Site site : COMPETITION_SITES) {
      reportsExactly(valid, List.of(site), t -> line().readCompetition(t));
    }
  }

  @Test
  public void n_independent_problems_in_a_competition_document_give_n_violations_each_at_its_path() {
    String valid = line().write(JacksonFixtures.competition());
    qt().withFixedSeed(15_05).withExamples(1_000)
        .forAll(integers().between(1, (1 << COMPETITION_SITES.size()) - 1))
        .checkAssert(mask -> reportsExactly(valid, chosen(COMPETITION_SITES, mask), t -> line().readCompetition(t)));
  }

  @Test
  public void a_competition_document_whose_proposals_come_before_its_institutions_is_read_the_same_way() {
    ObjectNode document = tree(line().write(JacksonFixtures.competition()));
    ObjectNode reordered = PLAIN.createObjectNode();
    // The version first, then the proposals before the institutions and units: the proposals are
    // buffered until both lists are read, then read from the buffer.
    reordered.set("formatVersion", document.get("formatVersion"));
    reordered.set("proposals", document.get("proposals"));
    document.fields().forEachRemaining(f -> reordered.set(f.getKey(), f.getValue()));
    List<Site> sites = List.of(
        Site.unknown(""), Site.missing("/proposals/0", "group"), Site.unknown("/proposals/1/innovation"),
        Site.invalid("/proposals/1/innovation/start", "precision", "NOPE", "kipp.json.notAllowed"));

    reportsExactly(text(reordered), sites, t -> line().readCompetition(t));
  }

  @Test
  public void every_site_of_the_results_document_alone_is_reported_at_its_path() {
    String valid = line().write(JacksonFixtures.results());
    CompetitionDocument competition = JacksonFixtures.competition();
    for (Site site : RESULTS_SITES) {
      reportsExactly(valid, List.of(site), t -> line().readResults(t, competition));
    }
  }

  @Test
  public void n_independent_problems_in_a_results_document_give_n_violations_each_at_its_path() {
    String valid = line().write(JacksonFixtures.results());
    CompetitionDocument competition = JacksonFixtures.competition();
    qt().withFixedSeed(15_06).withExamples(1_000)
        .forAll(integers().between(1, (1 << RESULTS_SITES.size()) - 1))
        .checkAssert(mask -> reportsExactly(valid, chosen(RESULTS_SITES, mask), t -> line().readResults(t, competition)));
  }

  @Test
  public void an_edition_result_lists_its_unknown_missing_and_wrongly_typed_fields_together() {
    EditionRuns run = EditionRuns.sulsel();
    ObjectNode document = tree(line().write(run.awarded()));
    List<Site> sites = List.of(
        Site.unknown(""), Site.wrongType("", "edition"), Site.unknown("/steps/0"), Site.missing("/steps/1", "call"),
        Site.wrongType("/steps/2", "decidedAt"));
    document.put("drawSeed", "x");

    KippFormatException e = catchThrowableOfType(KippFormatException.class,
        () -> line().readEditionResult(text(inject(document, sites)), run.document(), run.competition(30)));

    assertThat(e).isNotNull();
    assertThat(e.violations()).extracting(Violation::path)
        .containsExactlyInAnyOrder("extra", "edition", "drawSeed", "steps[0].extra", "steps[1].call", "steps[2].decidedAt");
    assertThat(e.violations()).filteredOn(v -> v.path().equals("drawSeed")).extracting(Violation::code).containsExactly("kipp.json.wrongType");
  }

  private static ObjectNode inject(ObjectNode document, List<Site> sites) {
    sites.forEach(s -> s.inject(document));
    return document;
  }

  @Test
  public void a_host_mapper_with_the_module_still_stops_at_the_first_problem() {
    ObjectNode document = tree(line().write(JacksonFixtures.giatkiCes()));
    List.of(Site.missing("", "group"), Site.missing("/innovation", "title")).forEach(s -> s.inject(document));
    Throwable failure = org.assertj.core.api.Assertions.catchThrowable(() -> line().readWithHostMapper(text(document), Proposal.class));

    assertThat(failure).isNotNull().isNotInstanceOf(KippFormatException.class);
  }
}
