package io.github.kipp.testkit.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import io.github.kipp.core.InstitutionId;
import io.github.kipp.core.InvalidInputException;
import io.github.kipp.core.KippException;
import io.github.kipp.core.GroupId;
import io.github.kipp.core.InnovationId;
import io.github.kipp.core.RuleModuleId;
import io.github.kipp.core.StageId;
import io.github.kipp.core.TierId;
import io.github.kipp.core.eligibility.PastResult;
import io.github.kipp.core.innovation.AttachmentKind;
import io.github.kipp.core.innovation.ImplementationStart;
import io.github.kipp.core.institution.Institution;
import io.github.kipp.core.institution.InstitutionType;
import io.github.kipp.core.institution.RegionCode;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Year;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;

/** A scenario file, read and checked, before it is run against a module. */
public final class ScenarioFile {

  /**
   * The longest scenario file read, in characters: the document-length limit of kipp-jackson's
   * {@code KippJson}, which the test kit applies alike (it cannot use kipp-jackson itself).
   */
  public static final int MAX_DOCUMENT_LENGTH = 100_000_000;

  /** The deepest nesting of mappings and lists, as {@code KippJson}'s default. */
  public static final int MAX_NESTING_DEPTH = 64;

  /** The longest string (scalar), in characters, as {@code KippJson}'s default. */
  public static final int MAX_STRING_LENGTH = 1_000_000;

  /** The longest number, in characters, as {@code KippJson}'s default. */
  public static final int MAX_NUMBER_LENGTH = 64;

  /** The longest key, in characters, as {@code KippJson}'s default. */
  public static final int MAX_NAME_LENGTH = 1_000;

  private static final ObjectMapper YAML = new ObjectMapper(yamlFactory());
  private static final Pattern MID_YEAR = Pattern.compile("mid-(\\d{4})");

  /** The default institution: Pemerintah Kabupaten Luwu Utara (73.22). */
  public static final Institution DEFAULT_INSTITUTION =
      Institution.regionalGovernment("pemkab-luwu-utara", "Pemerintah Kabupaten Luwu Utara", InstitutionType.KABUPATEN, RegionCode.of("73.22"));

  /** A proposal as written. */
  public record ProposalSpec(
      String id,
      Optional<String> group,
      Optional<String> category,
      ImplementationStart start,
      boolean pandemicRelated,
      Institution institution,
      Optional<String> title,
      Optional<String> innovation,
      ImmutableList<String> replicates,
      Optional<Instant> submittedAt,
      ImmutableMap<String, String> sections,
      ImmutableMap<String, Integer> words,
      ImmutableSet<String> omitSections,
      Optional<int[]> video,
      boolean noVideo,
      Optional<ImmutableList<String>> sdgs,
      Optional<ImmutableList<AttachmentKind>> attachments) {}

  /** A score sheet as written: every criterion gets {@code all}, unless named in {@code scores}. */
  public record SheetSpec(String proposal, String evaluator, Optional<BigDecimal> all, ImmutableMap<String, BigDecimal> scores, Optional<Instant> at) {}

  /** An expected ineligibility: the failing rules and, optionally, the reason codes. */
  public record Failure(ImmutableSet<String> rules, ImmutableSet<String> reasons) {}

  /** The expectations. */
  public record Expect(
      Optional<ImmutableSet<String>> eligible,
      ImmutableMap<String, Failure> ineligible,
      Optional<ImmutableList<String>> ranking,
      ImmutableMap<String, Integer> ranks,
      ImmutableMap<String, String> tieBrokenBy,
      Optional<ImmutableList<String>> nominated,
      ImmutableMap<String, BigDecimal> scores,
      ImmutableMap<String, ImmutableList<String>> finalists) {}

  private final String source;
  private final String name;
  private final RuleModuleId module;
  private final Optional<String> citation;
  private final Optional<String> article;
  private final Optional<String> disagreement;
  private final ImmutableList<ProposalSpec> proposals;
  private final ImmutableList<PastResult> history;
  private final ImmutableSet<InnovationId> invitations;
  private final ImmutableMap<StageId, ImmutableList<SheetSpec>> sheets;
  private final long drawSeed;
  private final Expect expect;

  private ScenarioFile(String source, Node root) {
    this.source = source;
    root.onlyKeys("name", "module", "citation", "article", "disagreement", "given", "expect");
    this.name = root.get("name").text();
    this.module = parse(root.get("module"), RuleModuleId::of);
    this.citation = root.text("citation");
    this.article = root.text("article");
    if (article.isPresent() && citation.isEmpty()) {
      throw root.get("article").error("an article is checked on the citation the file names; add 'citation'");
    }
    this.disagreement = root.text("disagreement");
    if (disagreement.isPresent() && disagreement.get().isBlank()) {
      throw root.get("disagreement").error("a disagreement says how the module departs from the specification; it is blank");
    }
    Node given = root.get("given").onlyKeys("institutions", "proposals", "history", "invitations", "scores", "drawSeed");
    Map<String, Institution> institutions = new LinkedHashMap<>();
    institutions.put(DEFAULT_INSTITUTION.id().value(), DEFAULT_INSTITUTION);
    given.find("institutions").ifPresent(list -> list.items().forEach(n -> {
      Institution i = institution(n);
      institutions.put(i.id().value(), i);
    }));
    this.proposals = given.get("proposals").items().stream().map(n -> proposal(n, institutions)).collect(ImmutableList.toImmutableList());
    this.history = given.find("history").map(h -> h.items().stream().map(this::pastResult).collect(ImmutableList.toImmutableList())).orElse(ImmutableList.of());
    this.invitations = given.find("invitations").map(n -> n.texts().stream().map(InnovationId::of).collect(ImmutableSet.toImmutableSet())).orElse(ImmutableSet.of());
    ImmutableMap.Builder<StageId, ImmutableList<SheetSpec>> s = ImmutableMap.builder();
    given.find("scores").ifPresent(n -> n.entries().forEach((stage, list) ->
        s.put(stageId(list, stage), list.items().stream().map(this::sheet).collect(ImmutableList.toImmutableList()))));
    this.sheets = s.buildOrThrow();
    this.drawSeed = given.find("drawSeed").map(Node::longValue).orElse(0L);
    this.expect = expect(root.get("expect"));
  }

  /**
   * Reads a scenario.
   *
   * @param source the file's name, for messages
   * @param yaml the file's content
   * @return the scenario
   * @throws InvalidScenarioException if the file is not a valid scenario
   */
  public static ScenarioFile read(String source, String yaml) {
    if (yaml.length() > MAX_DOCUMENT_LENGTH) {
      throw new io.github.kipp.testkit.scenario.InvalidScenarioException(source, "", "the file has " + yaml.length()
          + " characters, over the document-length limit of scenario files: at most " + MAX_DOCUMENT_LENGTH + " characters");
    }
    JsonNode root;
    try {
      root = YAML.readTree(yaml);
    } catch (StreamConstraintsException e) {
      throw new io.github.kipp.testkit.scenario.InvalidScenarioException(source, "", "over a limit of scenario files (document "
          + MAX_DOCUMENT_LENGTH + " characters, nesting " + MAX_NESTING_DEPTH + ", string " + MAX_STRING_LENGTH + ", number "
          + MAX_NUMBER_LENGTH + ", key " + MAX_NAME_LENGTH + "): " + e.getOriginalMessage(), e);
    } catch (JsonProcessingException e) {
      throw new io.github.kipp.testkit.scenario.InvalidScenarioException(source, "", "not valid YAML: " + e.getOriginalMessage(), e);
    }
    if (root == null || !root.isObject()) {
      throw new io.github.kipp.testkit.scenario.InvalidScenarioException(source, "", "a scenario is a mapping with name, module, given and expect");
    }
    return new ScenarioFile(source, new Node(source, root));
  }

  private static YAMLFactory yamlFactory() {
    LoaderOptions loader = new LoaderOptions();
    loader.setCodePointLimit(MAX_DOCUMENT_LENGTH);
    loader.setNestingDepthLimit(MAX_NESTING_DEPTH);
    return BoundedYaml.factory(YAMLFactory.builder()
        .loaderOptions(loader)
        .streamReadConstraints(StreamReadConstraints.builder()
            .maxDocumentLength(MAX_DOCUMENT_LENGTH)
            .maxNestingDepth(MAX_NESTING_DEPTH)
            .maxStringLength(MAX_STRING_LENGTH)
            .maxNumberLength(MAX_NUMBER_LENGTH)
            .maxNameLength(MAX_NAME_LENGTH)
            .build()));
  }

  /** Parses with a factory, turning kipp's refusal of the value into a scenario error. */
  private static <T> T parse(Node n, java.util.function.Function<String, T> factory) {
    String text = n.text();
    try {
      return factory.apply(text);
    } catch (KippException | IllegalArgumentException e) {
      throw n.error("'" + text + "' is not valid: " + e.getMessage());
    }
  }

  private static StageId stageId(Node at, String stage) {
    try {
      return StageId.of(stage);
    } catch (InvalidInputException e) {
      throw at.error("'" + stage + "' is not a stage id: " + e.getMessage());
    }
  }

  private Institution institution(Node n) {
    n.onlyKeys("id", "name", "type", "region", "owner");
    String id = n.get("id").text();
    InstitutionType type = parse(n.get("type"), t -> InstitutionType.valueOf(t));
    Optional<RegionCode> region = n.find("region").map(r -> parse(r, RegionCode::of));
    Optional<InstitutionId> owner = n.find("owner").map(o -> parse(o, InstitutionId::of));
    try {
      return Institution.of(InstitutionId.of(id), n.text("name").orElse(id), type, region, owner);
    } catch (InvalidInputException e) {
      throw n.error(String.valueOf(e.getMessage()));
    }
  }

  private ProposalSpec proposal(Node n, Map<String, Institution> institutions) {
    n.onlyKeys("id", "group", "category", "started", "pandemicRelated", "institution", "title", "innovation", "replicates",
        "submittedAt", "sections", "words", "omitSections", "video", "sdgs", "attachments");
    String id = n.get("id").text();
    Institution institution = n.find("institution").map(i -> {
      Institution found = institutions.get(i.text());
      if (found == null) {
        throw i.error("unknown institution '" + i.text() + "'; declare it under given.institutions; known: " + institutions.keySet());
      }
      return found;
    }).orElse(DEFAULT_INSTITUTION);
    Optional<int[]> video = Optional.empty();
    boolean noVideo = false;
    Optional<Node> v = n.find("video");
    if (v.isPresent()) {
      if (v.get().isMap()) {
        Node spec = v.get().onlyKeys("seconds", "height");
        video = Optional.of(new int[] {spec.get("seconds").integer(), spec.get("height").integer()});
      } else if (v.get().text().equals("none")) {
        noVideo = true;
      } else {
        throw v.get().error("'" + v.get().text() + "' is not a video; write none, or {seconds: 180, height: 720}");
      }
    }
    ImmutableMap.Builder<String, String> sections = ImmutableMap.builder();
    n.find("sections").ifPresent(m -> m.entries().forEach((k, t) -> sections.put(k, t.text())));
    ImmutableMap.Builder<String, Integer> words = ImmutableMap.builder();
    n.find("words").ifPresent(m -> m.entries().forEach((k, t) -> words.put(k, t.integer())));
    return new ProposalSpec(
        id,
        n.text("group"),
        n.text("category"),
        start(n.get("started")),
        n.find("pandemicRelated").map(Node::bool).orElse(false),
        institution,
        n.text("title"),
        n.text("innovation"),
        n.find("replicates").map(Node::texts).orElse(ImmutableList.of()),
        n.find("submittedAt").map(this::instant),
        sections.buildOrThrow(),
        words.buildOrThrow(),
        n.find("omitSections").map(x -> ImmutableSet.copyOf(x.texts())).orElse(ImmutableSet.of()),
        video,
        noVideo,
        n.find("sdgs").map(Node::texts),
        n.find("attachments").map(ScenarioFile::attachments));
  }

  /** Reads a list of attachment kinds such as {@code [innovator-identity-statement]}. */
  private static ImmutableList<AttachmentKind> attachments(Node n) {
    ImmutableList.Builder<AttachmentKind> out = ImmutableList.builder();
    for (String t : n.texts()) {
      out.add(ProposalDefaults.attachmentKind(t).orElseThrow(() -> n.error("'" + t + "' is not an attachment kind; allowed: "
          + java.util.Arrays.stream(AttachmentKind.values()).map(k -> k.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'))
              .collect(java.util.stream.Collectors.joining(", ")))));
    }
    return out.build();
  }

  /** Reads {@code 2019-05-12}, {@code 2019-05}, {@code mid-2019} or {@code 2019}. */
  private static ImplementationStart start(Node n) {
    String t = n.text();
    try {
      if (t.matches("\\d{4}-\\d{2}-\\d{2}")) {
        return ImplementationStart.of(LocalDate.parse(t));
      }
      if (t.matches("\\d{4}-\\d{2}")) {
        return ImplementationStart.ofMonth(YearMonth.parse(t));
      }
      Matcher mid = MID_YEAR.matcher(t);
      if (mid.matches()) {
        return ImplementationStart.midYear(Year.of(Integer.parseInt(mid.group(1))));
      }
      if (t.matches("\\d{4}")) {
        return ImplementationStart.ofYear(Year.of(Integer.parseInt(t)));
      }
    } catch (DateTimeParseException e) {
      throw n.error("'" + t + "' is not a date: " + e.getMessage());
    }
    throw n.error("'" + t + "' is not a start date; write 2019-05-12, 2019-05, mid-2019 or 2019");
  }

  private Instant instant(Node n) {
    try {
      return OffsetDateTime.parse(n.text()).toInstant();
    } catch (DateTimeParseException e) {
      throw n.error("'" + n.text() + "' is not a time with an offset, such as 2023-04-01T10:00:00+07:00");
    }
  }

  private PastResult pastResult(Node n) {
    n.onlyKeys("innovation", "year", "tier", "group");
    try {
      return new PastResult(InnovationId.of(n.get("innovation").text()), n.get("year").integer(),
          TierId.of(n.get("tier").text()), GroupId.of(n.text("group").orElse("umum")));
    } catch (InvalidInputException e) {
      throw n.error(String.valueOf(e.getMessage()));
    }
  }

  private SheetSpec sheet(Node n) {
    n.onlyKeys("proposal", "evaluator", "all", "scores", "at");
    ImmutableMap.Builder<String, BigDecimal> scores = ImmutableMap.builder();
    n.find("scores").ifPresent(m -> m.entries().forEach((k, v) -> scores.put(k, v.decimal())));
    SheetSpec s = new SheetSpec(n.get("proposal").text(), n.get("evaluator").text(), n.find("all").map(Node::decimal), scores.buildOrThrow(),
        n.find("at").map(this::instant));
    if (s.all().isEmpty() && s.scores().isEmpty()) {
      throw n.error("a sheet needs 'all' or 'scores'");
    }
    return s;
  }

  private Expect expect(Node n) {
    n.onlyKeys("eligible", "ineligible", "ranking", "ranks", "tieBrokenBy", "nominated", "scores", "finalists");
    ImmutableMap.Builder<String, Failure> ineligible = ImmutableMap.builder();
    n.find("ineligible").ifPresent(m -> m.entries().forEach((id, f) -> {
      if (f.isList()) {
        ineligible.put(id, new Failure(ImmutableSet.copyOf(f.texts()), ImmutableSet.of()));
      } else {
        f.onlyKeys("rules", "reasons");
        ineligible.put(id, new Failure(f.find("rules").map(x -> ImmutableSet.copyOf(x.texts())).orElse(ImmutableSet.of()),
            f.find("reasons").map(x -> ImmutableSet.copyOf(x.texts())).orElse(ImmutableSet.of())));
      }
    }));
    ImmutableMap.Builder<String, Integer> ranks = ImmutableMap.builder();
    n.find("ranks").ifPresent(m -> m.entries().forEach((k, v) -> ranks.put(k, v.integer())));
    ImmutableMap.Builder<String, String> ties = ImmutableMap.builder();
    n.find("tieBrokenBy").ifPresent(m -> m.entries().forEach((k, v) -> ties.put(k, v.text())));
    ImmutableMap.Builder<String, BigDecimal> scores = ImmutableMap.builder();
    n.find("scores").ifPresent(m -> m.entries().forEach((k, v) -> scores.put(k, v.decimal())));
    ImmutableMap.Builder<String, ImmutableList<String>> finalists = ImmutableMap.builder();
    n.find("finalists").ifPresent(m -> m.entries().forEach((k, v) -> finalists.put(k, v.texts())));
    Expect e = new Expect(
        n.find("eligible").map(x -> ImmutableSet.copyOf(x.texts())),
        ineligible.buildOrThrow(),
        n.find("ranking").map(Node::texts),
        ranks.buildOrThrow(),
        ties.buildOrThrow(),
        n.find("nominated").map(Node::texts),
        scores.buildOrThrow(),
        finalists.buildOrThrow());
    if (e.eligible().isEmpty() && e.ineligible().isEmpty() && e.ranking().isEmpty() && e.ranks().isEmpty()
        && e.tieBrokenBy().isEmpty() && e.nominated().isEmpty() && e.scores().isEmpty() && e.finalists().isEmpty()) {
      throw n.error("a scenario must expect something: eligible, ineligible, ranking, ranks, tieBrokenBy, nominated, scores or finalists");
    }
    return e;
  }

  /**
   * Returns the file's name.
   *
   * @return the source
   */
  public String source() {
    return source;
  }

  /**
   * Returns the scenario's name.
   *
   * @return the name
   */
  public String name() {
    return name;
  }

  /**
   * Returns the module the scenario is for.
   *
   * @return the module id
   */
  public RuleModuleId module() {
    return module;
  }

  /**
   * Returns the text a cited instrument must contain.
   *
   * @return the citation text, or empty
   */
  public Optional<String> citation() {
    return citation;
  }

  /**
   * Returns the article (provision) the cited instrument must be cited to, such as {@code Lampiran}.
   *
   * @return the provision text, or empty
   */
  public Optional<String> article() {
    return article;
  }

  /**
   * Returns the recorded disagreement between the module and the specification the scenario's
   * expectations follow: when present, the scenario is expected to fail.
   *
   * @return the disagreement, or empty
   */
  public Optional<String> disagreement() {
    return disagreement;
  }

  /**
   * Returns the proposals.
   *
   * @return the proposals
   */
  public ImmutableList<ProposalSpec> proposals() {
    return proposals;
  }

  /**
   * Returns the history of past results.
   *
   * @return the history
   */
  public ImmutableList<PastResult> history() {
    return history;
  }

  /**
   * Returns the invited innovations.
   *
   * @return the invitations
   */
  public ImmutableSet<InnovationId> invitations() {
    return invitations;
  }

  /**
   * Returns the sheets by stage.
   *
   * @return the sheets
   */
  public ImmutableMap<StageId, ImmutableList<SheetSpec>> sheets() {
    return sheets;
  }

  /**
   * Returns the seed of the tie-break draw.
   *
   * @return the seed
   */
  public long drawSeed() {
    return drawSeed;
  }

  /**
   * Returns the expectations.
   *
   * @return the expectations
   */
  public Expect expect() {
    return expect;
  }
}
