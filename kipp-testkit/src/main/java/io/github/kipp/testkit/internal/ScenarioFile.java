package io.github.kipp.testkit.internal;

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
import io.github.kipp.testkit.scenario.InvalidScenarioException;
import io.github.kipp.core.innovation.ImplementationStart;
import io.github.kipp.core.institution.Institution;
import io.github.kipp.core.institution.InstitutionType;
import io.github.kipp.core.institution.RegionCode;
import io.github.kipp.core.institution.UnitKind;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Year;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
      Optional<UnitSpec> unit,
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

  /** The unit running a proposal's innovation, when the file names one: its kind and name. */
  public record UnitSpec(UnitKind kind, String name) {}

  /** A score sheet as written: every criterion gets {@code all}, unless named in {@code scores}. */
  public record SheetSpec(String proposal, String evaluator, Optional<BigDecimal> all, ImmutableMap<String, BigDecimal> scores, Optional<Instant> at) {}

  /** An expected ineligibility: the failing rules and, optionally, the reason codes. */
  public record Failure(ImmutableSet<String> rules, ImmutableSet<String> reasons) {}

  /**
   * An expected selection (the nominated, a finalist pool, a winners' tier): how many, which (in
   * order when {@code ordered}), and how many per group and per participant type (the institution
   * type, such as {@code KABUPATEN}: the clusters winners were announced in).
   */
  public record Selection(
      Optional<Integer> count,
      Optional<ImmutableList<String>> members,
      boolean ordered,
      ImmutableMap<String, Integer> groups,
      ImmutableMap<InstitutionType, Integer> clusters) {}

  /** Expected submissions: refused at the close of the submission window, or accepted. */
  public record Submissions(ImmutableSet<String> refused, ImmutableSet<String> accepted) {}

  /** The expectations. */
  public record Expect(
      Optional<ImmutableSet<String>> eligible,
      ImmutableMap<String, Failure> ineligible,
      Optional<ImmutableList<String>> ranking,
      ImmutableMap<String, Integer> ranks,
      ImmutableMap<String, String> tieBrokenBy,
      Optional<Selection> nominated,
      ImmutableMap<String, BigDecimal> scores,
      ImmutableMap<String, Selection> finalists,
      ImmutableMap<String, Selection> winners,
      Optional<Submissions> submissions) {}

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
  private final List<InnovationId> invitedByGeneration = new ArrayList<>();
  private final Map<String, Integer> lines;

  private ScenarioFile(String source, Node root, Map<String, Integer> lines) {
    this.source = source;
    this.lines = lines;
    List<InvalidScenarioException> problems = new ArrayList<>();
    attempt(problems, () -> root.onlyKeys("name", "module", "citation", "article", "disagreement", "given", "expect"));
    this.name = attempt(problems, () -> root.get("name").text(), "");
    this.module = attempt(problems, () -> parse(root.get("module"), RuleModuleId::of), RuleModuleId.of("unread"));
    this.citation = attempt(problems, () -> root.text("citation"), Optional.empty());
    this.article = attempt(problems, () -> root.text("article"), Optional.empty());
    if (article.isPresent() && citation.isEmpty() && root.find("citation").isEmpty()) {
      problems.add(root.get("article").error("an article is checked on the citation the file names; add 'citation'"));
    }
    this.disagreement = attempt(problems, () -> root.text("disagreement"), Optional.empty());
    if (disagreement.isPresent() && disagreement.get().isBlank()) {
      problems.add(root.get("disagreement").error("a disagreement says how the module departs from the specification; it is blank"));
    }
    Optional<Node> given = attempt(problems, () -> Optional.of(root.get("given")), Optional.empty());
    given.ifPresent(g -> attempt(problems, () -> g.onlyKeys("institutions", "proposals", "generate", "history", "invitations", "scores", "drawSeed")));
    Map<String, Institution> institutions = new LinkedHashMap<>();
    institutions.put(DEFAULT_INSTITUTION.id().value(), DEFAULT_INSTITUTION);
    ImmutableList.Builder<ProposalSpec> ps = ImmutableList.builder();
    ImmutableList.Builder<PastResult> past = ImmutableList.builder();
    Map<StageId, ImmutableList.Builder<SheetSpec>> s = new LinkedHashMap<>();
    Map<StageId, ImmutableList.Builder<SheetSpec>> generatedSheets = new LinkedHashMap<>();
    ImmutableSet<InnovationId> invited = ImmutableSet.of();
    long seed = 0L;
    boolean anyProposal = false;
    if (given.isPresent()) {
      Node g = given.get();
      eachItem(problems, g, "institutions", n -> {
        Institution i = institution(n);
        institutions.put(i.id().value(), i);
      });
      List<ProposalSpec> written = new ArrayList<>();
      eachItem(problems, g, "proposals", n -> written.add(proposal(n, institutions)));
      ps.addAll(written);
      eachItem(problems, g, "history", n -> past.add(pastResult(n)));
      int before = written.size();
      List<ProposalSpec> made = new ArrayList<>();
      eachItem(problems, g, "generate", n -> {
        ImmutableList.Builder<ProposalSpec> one = ImmutableList.builder();
        generate(n, institutions, one, past, generatedSheets);
        made.addAll(one.build());
      });
      ps.addAll(made);
      anyProposal = before + made.size() > 0 || g.find("proposals").isPresent() || g.find("generate").isPresent();
      invited = attempt(problems, () -> g.find("invitations").map(n -> n.texts().stream().map(InnovationId::of).collect(ImmutableSet.toImmutableSet()))
          .orElse(ImmutableSet.of()), ImmutableSet.of());
      Optional<Node> scores = attempt(problems, () -> g.find("scores").map(n -> {
        n.entries();
        return n;
      }), Optional.empty());
      scores.ifPresent(n -> n.entries().forEach((stage, list) -> attempt(problems, () -> {
        StageId id = stageId(list, stage);
        ImmutableList.Builder<SheetSpec> b = s.computeIfAbsent(id, k -> ImmutableList.builder());
        eachItem(problems, list, item -> b.add(sheet(item)));
      })));
      seed = attempt(problems, () -> g.find("drawSeed").map(Node::longValue).orElse(0L), 0L);
      if (!anyProposal && problems.isEmpty()) {
        problems.add(g.error("a scenario needs proposals: list them under 'proposals' or make them under 'generate'"));
      }
    }
    this.proposals = ps.build();
    this.history = past.build();
    this.invitations = ImmutableSet.<InnovationId>builder().addAll(invited).addAll(invitedByGeneration).build();
    generatedSheets.forEach((stage, list) -> s.computeIfAbsent(stage, k -> ImmutableList.builder()).addAll(list.build()));
    ImmutableMap.Builder<StageId, ImmutableList<SheetSpec>> sheetsByStage = ImmutableMap.builder();
    s.forEach((stage, list) -> sheetsByStage.put(stage, list.build()));
    this.sheets = sheetsByStage.buildOrThrow();
    this.drawSeed = seed;
    Optional<Node> expectNode = attempt(problems, () -> Optional.of(root.get("expect")), Optional.empty());
    this.expect = expectNode.map(n -> expect(n, problems)).orElse(EMPTY);
    if (!problems.isEmpty()) {
      List<InvalidScenarioException.Problem> all = new ArrayList<>();
      problems.forEach(x -> all.addAll(x.problems()));
      all.sort(java.util.Comparator.comparingInt(InvalidScenarioException.Problem::line));
      throw new InvalidScenarioException(source, all);
    }
  }

  private static final Expect EMPTY = new Expect(Optional.empty(), ImmutableMap.of(), Optional.empty(), ImmutableMap.of(), ImmutableMap.of(),
      Optional.empty(), ImmutableMap.of(), ImmutableMap.of(), ImmutableMap.of(), Optional.empty());

  /** Runs one independent part of the reading, recording its problem and going on. */
  private static void attempt(List<InvalidScenarioException> problems, Runnable part) {
    try {
      part.run();
    } catch (InvalidScenarioException e) {
      problems.add(e);
    }
  }

  /** Reads one independent value, recording its problem and going on with a stand-in. */
  private static <T> T attempt(List<InvalidScenarioException> problems, java.util.function.Supplier<T> part, T standIn) {
    try {
      return part.get();
    } catch (InvalidScenarioException e) {
      problems.add(e);
      return standIn;
    }
  }

  /** Reads each item of an optional list, each on its own. */
  private static void eachItem(List<InvalidScenarioException> problems, Node parent, String key, java.util.function.Consumer<Node> item) {
    Optional<Node> list = attempt(problems, () -> parent.find(key), Optional.empty());
    list.ifPresent(l -> eachItem(problems, l, item));
  }

  private static void eachItem(List<InvalidScenarioException> problems, Node list, java.util.function.Consumer<Node> item) {
    ImmutableList<Node> items = attempt(problems, list::items, ImmutableList.of());
    items.forEach(n -> attempt(problems, () -> item.accept(n)));
  }

  /**
   * Reads a scenario with the YAML reader of the Jackson line on the class path.
   *
   * @param source the file's name, for messages
   * @param yaml the file's content
   * @return the scenario
   * @throws InvalidScenarioException if the file is not a valid scenario
   * @throws IllegalStateException if neither Jackson line's YAML module is on the class path
   */
  public static ScenarioFile read(String source, String yaml) {
    return read(source, yaml, ScenarioYaml.available());
  }

  /**
   * Reads a scenario with a given YAML reader.
   *
   * @param source the file's name, for messages
   * @param yaml the file's content
   * @param reader the YAML reader
   * @return the scenario
   * @throws InvalidScenarioException if the file is not a valid scenario
   */
  public static ScenarioFile read(String source, String yaml, ScenarioYaml reader) {
    if (yaml.length() > MAX_DOCUMENT_LENGTH) {
      throw new io.github.kipp.testkit.scenario.InvalidScenarioException(source, "", "the file has " + yaml.length()
          + " characters, over the document-length limit of scenario files: at most " + MAX_DOCUMENT_LENGTH + " characters");
    }
    ScenarioYaml.Read read = reader.read(source, yaml);
    if (!(read.root() instanceof YamlValue.Mapping root)) {
      throw new io.github.kipp.testkit.scenario.InvalidScenarioException(source, "", "a scenario is a mapping with name, module, given and expect");
    }
    return new ScenarioFile(source, new Node(source, root, read.lines()), read.lines());
  }

  /**
   * The problem of a file over one of the limits of scenario files.
   *
   * @param detail what the YAML reader says of it
   * @return the problem
   */
  public static String overALimit(String detail) {
    return "over a limit of scenario files (document " + MAX_DOCUMENT_LENGTH + " characters, nesting " + MAX_NESTING_DEPTH + ", string "
        + MAX_STRING_LENGTH + ", number " + MAX_NUMBER_LENGTH + ", key " + MAX_NAME_LENGTH + "): " + detail;
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

  /** Reads a proposal, each field on its own: every bad field is reported, and the proposal is refused. */
  private ProposalSpec proposal(Node n, Map<String, Institution> institutions) {
    List<InvalidScenarioException> problems = new ArrayList<>();
    attempt(problems, () -> n.onlyKeys("id", "group", "category", "started", "pandemicRelated", "institution", "unit", "title", "innovation", "replicates",
        "submittedAt", "sections", "words", "omitSections", "video", "sdgs", "attachments"));
    String id = attempt(problems, () -> n.get("id").text(), "unread");
    Institution institution = attempt(problems, () -> n.find("institution").map(i -> {
      Institution found = institutions.get(i.text());
      if (found == null) {
        throw i.error("unknown institution '" + i.text() + "'; declare it under given.institutions; known: " + institutions.keySet());
      }
      return found;
    }).orElse(DEFAULT_INSTITUTION), DEFAULT_INSTITUTION);
    Optional<Node> v = attempt(problems, () -> n.find("video"), Optional.empty());
    Optional<int[]> video = attempt(problems, () -> {
      if (v.isPresent() && v.get().isMap()) {
        Node spec = v.get().onlyKeys("seconds", "height");
        return Optional.of(new int[] {spec.get("seconds").integer(), spec.get("height").integer()});
      }
      if (v.isPresent() && !v.get().text().equals("none")) {
        throw v.get().error("'" + v.get().text() + "' is not a video; write none, or {seconds: 180, height: 720}");
      }
      return Optional.<int[]>empty();
    }, Optional.empty());
    boolean noVideo = v.isPresent() && !v.get().isMap() && attempt(problems, () -> v.get().text().equals("none"), false);
    ImmutableMap.Builder<String, String> sections = ImmutableMap.builder();
    entries(problems, n, "sections", (k, t) -> sections.put(k, t.text()));
    ImmutableMap.Builder<String, Integer> words = ImmutableMap.builder();
    entries(problems, n, "words", (k, t) -> words.put(k, t.integer()));
    ProposalSpec spec = new ProposalSpec(
        id,
        attempt(problems, () -> n.text("group"), Optional.empty()),
        attempt(problems, () -> n.text("category"), Optional.empty()),
        attempt(problems, () -> start(n.get("started")), ImplementationStart.ofYear(Year.of(2000))),
        attempt(problems, () -> n.find("pandemicRelated").map(Node::bool).orElse(false), false),
        institution,
        attempt(problems, () -> n.find("unit").map(this::unit), Optional.empty()),
        attempt(problems, () -> n.text("title"), Optional.empty()),
        attempt(problems, () -> n.text("innovation"), Optional.empty()),
        attempt(problems, () -> n.find("replicates").map(Node::texts).orElse(ImmutableList.of()), ImmutableList.of()),
        attempt(problems, () -> n.find("submittedAt").map(this::instant), Optional.empty()),
        sections.buildKeepingLast(),
        words.buildKeepingLast(),
        attempt(problems, () -> n.find("omitSections").map(x -> ImmutableSet.copyOf(x.texts())).orElse(ImmutableSet.of()), ImmutableSet.of()),
        video,
        noVideo,
        attempt(problems, () -> n.find("sdgs").map(Node::texts), Optional.empty()),
        attempt(problems, () -> n.find("attachments").map(ScenarioFile::attachments), Optional.empty()));
    if (!problems.isEmpty()) {
      List<InvalidScenarioException.Problem> all = new ArrayList<>();
      problems.forEach(x -> all.addAll(x.problems()));
      throw new InvalidScenarioException(source, all);
    }
    return spec;
  }

  /**
   * Makes {@code count} proposals {@code prefix-001} … alike but for their scores, which start at
   * {@code score.from} and change by {@code score.step} from one to the next, in every stage listed
   * under {@code stages}: each score is the mean of the fewest whole-number sheets that give it
   * exactly (evaluators {@code te-generated-1} …; a step of 0.25 takes four). {@code reached} gives
   * each innovation the same past result, {@code ownInstitutions} each proposal an institution of
   * its own of that type, {@code invited} each an invitation.
   */
  private void generate(Node n, Map<String, Institution> institutions, ImmutableList.Builder<ProposalSpec> out,
      ImmutableList.Builder<PastResult> past, Map<StageId, ImmutableList.Builder<SheetSpec>> sheets) {
    n.onlyKeys("prefix", "count", "group", "category", "started", "institution", "ownInstitutions", "submittedAt", "score", "stages", "reached",
        "replicates", "invited");
    String prefix = n.get("prefix").text();
    int count = n.get("count").integer();
    if (count < 1 || count > 10_000) {
      throw n.get("count").error("'" + count + "' is not a count of generated proposals; allowed: 1 to 10000");
    }
    Institution institution = n.find("institution").map(i -> {
      Institution found = institutions.get(i.text());
      if (found == null) {
        throw i.error("unknown institution '" + i.text() + "'; declare it under given.institutions; known: " + institutions.keySet());
      }
      return found;
    }).orElse(DEFAULT_INSTITUTION);
    Optional<InstitutionType> own = n.find("ownInstitutions").map(t -> parse(t, InstitutionType::valueOf));
    ImmutableList<String> replicates = n.find("replicates").map(Node::texts).orElse(ImmutableList.of());
    boolean invite = n.find("invited").map(Node::bool).orElse(false);
    ImplementationStart start = start(n.get("started"));
    Optional<Instant> submitted = n.find("submittedAt").map(this::instant);
    Node score = n.get("score").onlyKeys("from", "step");
    BigDecimal from = score.get("from").decimal();
    BigDecimal step = score.find("step").map(Node::decimal).orElse(BigDecimal.ZERO);
    ImmutableList<StageId> stages = n.find("stages").map(x -> x.items().stream().map(t -> stageId(t, t.text())).collect(ImmutableList.toImmutableList()))
        .orElse(ImmutableList.of());
    Optional<Node> reached = n.find("reached").map(r -> r.onlyKeys("year", "tier", "group"));
    int sheetsEach = sheetsPerScore(from, step);
    if (sheetsEach == 0) {
      throw score.error("scores from " + from.toPlainString() + " by " + step.toPlainString()
          + " cannot be written as the mean of at most 100 whole-number sheets; use steps such as 1, 0.5, 0.25 or 0.05");
    }
    for (int i = 1; i <= count; i++) {
      String id = prefix + "-" + String.format(java.util.Locale.ROOT, "%03d", i);
      Institution by = own.isPresent() ? ownInstitution(n, id, own.get(), i) : institution;
      out.add(new ProposalSpec(id, n.text("group"), n.text("category"), start, false, by, Optional.empty(), Optional.empty(), Optional.empty(),
          replicates, submitted, ImmutableMap.of(), ImmutableMap.of(), ImmutableSet.of(), Optional.empty(), false, Optional.empty(),
          Optional.empty()));
      if (invite) {
        invitedByGeneration.add(InnovationId.of("inv-" + id));
      }
      BigDecimal value = from.add(step.multiply(BigDecimal.valueOf(i - 1L)));
      // The score is the mean of sheetsEach whole-number sheets: the total spread as evenly as it goes.
      int total;
      try {
        total = value.multiply(BigDecimal.valueOf(sheetsEach)).intValueExact();
      } catch (ArithmeticException e) {
        throw score.error("the score " + value.toPlainString() + " of " + id + " is out of range: " + e.getMessage());
      }
      int base = Math.floorDiv(total, sheetsEach);
      int higher = Math.floorMod(total, sheetsEach);
      for (StageId stage : stages) {
        ImmutableList.Builder<SheetSpec> list = sheets.computeIfAbsent(stage, k -> ImmutableList.builder());
        for (int e = 1; e <= sheetsEach; e++) {
          BigDecimal sheet = BigDecimal.valueOf(e <= higher ? base + 1L : base);
          list.add(new SheetSpec(id, "te-generated-" + e, Optional.of(sheet), ImmutableMap.of(), Optional.empty()));
        }
      }
      if (reached.isPresent()) {
        Node r = reached.get();
        try {
          past.add(new PastResult(InnovationId.of("inv-" + id), r.get("year").integer(), TierId.of(r.get("tier").text()),
              GroupId.of(r.text("group").orElse("umum"))));
        } catch (InvalidInputException e) {
          throw r.error(String.valueOf(e.getMessage()));
        }
      }
    }
  }

  /**
   * The fewest sheets (1 to 100) whose whole-number scores can average to every value {@code from + k
   * × step}; 0 if none can.
   */
  private static int sheetsPerScore(BigDecimal from, BigDecimal step) {
    for (int n = 1; n <= 100; n++) {
      BigDecimal f = from.multiply(BigDecimal.valueOf(n));
      BigDecimal d = step.multiply(BigDecimal.valueOf(n));
      if (f.stripTrailingZeros().scale() <= 0 && d.stripTrailingZeros().scale() <= 0) {
        return n;
      }
    }
    return 0;
  }

  /**
   * An institution of its own for the {@code i}-th generated proposal: a regional government gets a
   * region code of its own ({@code 11.01} onwards, by province and regency), any other type none.
   */
  private static Institution ownInstitution(Node at, String proposal, InstitutionType type, int i) {
    String id = proposal + "-instansi";
    try {
      if (type == InstitutionType.PROVINSI || type == InstitutionType.KABUPATEN || type == InstitutionType.KOTA) {
        String code = type == InstitutionType.PROVINSI ? String.format(java.util.Locale.ROOT, "%02d", 10 + i)
            : String.format(java.util.Locale.ROOT, "%02d.%02d", 11 + (i - 1) / 70, 1 + (i - 1) % 70);
        return Institution.regionalGovernment(id, "Pemerintah " + proposal, type, RegionCode.of(code));
      }
      return Institution.of(InstitutionId.of(id), "Instansi " + proposal, type, Optional.empty(), Optional.empty());
    } catch (InvalidInputException | IllegalArgumentException e) {
      throw at.error("'" + type + "' institutions cannot be made for generated proposals: " + e.getMessage());
    }
  }

  /** Reads {@code {kind: KECAMATAN, name: Kecamatan Galesong}}; the name defaults to the kind. */
  private UnitSpec unit(Node n) {
    n.onlyKeys("kind", "name");
    Node k = n.get("kind");
    UnitKind kind = java.util.Arrays.stream(UnitKind.values()).filter(u -> u.name().equals(k.text())).findFirst()
        .orElseThrow(() -> k.error("'" + k.text() + "' is not a unit kind; allowed: " + java.util.Arrays.toString(UnitKind.values())));
    return new UnitSpec(kind, n.text("name").orElse(kind.name()));
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

  private Expect expect(Node n, List<InvalidScenarioException> problems) {
    int before = problems.size();
    attempt(problems, () -> n.onlyKeys("eligible", "ineligible", "ranking", "ranks", "tieBrokenBy", "nominated", "scores", "finalists", "winners",
        "submissions"));
    ImmutableMap.Builder<String, Failure> ineligible = ImmutableMap.builder();
    entries(problems, n, "ineligible", (id, f) -> {
      if (f.isList()) {
        ineligible.put(id, new Failure(ImmutableSet.copyOf(f.texts()), ImmutableSet.of()));
      } else {
        f.onlyKeys("rules", "reasons");
        ineligible.put(id, new Failure(f.find("rules").map(x -> ImmutableSet.copyOf(x.texts())).orElse(ImmutableSet.of()),
            f.find("reasons").map(x -> ImmutableSet.copyOf(x.texts())).orElse(ImmutableSet.of())));
      }
    });
    ImmutableMap.Builder<String, Integer> ranks = ImmutableMap.builder();
    entries(problems, n, "ranks", (k, v) -> ranks.put(k, v.integer()));
    ImmutableMap.Builder<String, String> ties = ImmutableMap.builder();
    entries(problems, n, "tieBrokenBy", (k, v) -> ties.put(k, v.text()));
    ImmutableMap.Builder<String, BigDecimal> scores = ImmutableMap.builder();
    entries(problems, n, "scores", (k, v) -> scores.put(k, v.decimal()));
    ImmutableMap.Builder<String, Selection> finalists = ImmutableMap.builder();
    entries(problems, n, "finalists", (k, v) -> finalists.put(k, selection(v, true)));
    ImmutableMap.Builder<String, Selection> winners = ImmutableMap.builder();
    entries(problems, n, "winners", (k, v) -> winners.put(k, selection(v, true)));
    Optional<Submissions> submissions = attempt(problems, () -> n.find("submissions").map(m -> {
      m.onlyKeys("refused", "accepted");
      Submissions sub = new Submissions(m.find("refused").map(x -> ImmutableSet.copyOf(x.texts())).orElse(ImmutableSet.of()),
          m.find("accepted").map(x -> ImmutableSet.copyOf(x.texts())).orElse(ImmutableSet.of()));
      if (sub.refused().isEmpty() && sub.accepted().isEmpty()) {
        throw m.error("submissions expect 'refused' or 'accepted' proposals");
      }
      return sub;
    }), Optional.empty());
    Expect e = new Expect(
        attempt(problems, () -> n.find("eligible").map(x -> ImmutableSet.copyOf(x.texts())), Optional.empty()),
        ineligible.buildKeepingLast(),
        attempt(problems, () -> n.find("ranking").map(Node::texts), Optional.empty()),
        ranks.buildKeepingLast(),
        ties.buildKeepingLast(),
        attempt(problems, () -> n.find("nominated").map(x -> selection(x, false)), Optional.empty()),
        scores.buildKeepingLast(),
        finalists.buildKeepingLast(),
        winners.buildKeepingLast(),
        submissions);
    if (problems.size() == before && e.eligible().isEmpty() && e.ineligible().isEmpty() && e.ranking().isEmpty() && e.ranks().isEmpty()
        && e.tieBrokenBy().isEmpty() && e.nominated().isEmpty() && e.scores().isEmpty() && e.finalists().isEmpty()
        && e.winners().isEmpty() && e.submissions().isEmpty()) {
      problems.add(n.error("a scenario must expect something: eligible, ineligible, ranking, ranks, tieBrokenBy, nominated, scores, finalists,"
          + " winners or submissions"));
    }
    return e;
  }

  /** Reads each entry of an optional mapping, each on its own. */
  private static void entries(List<InvalidScenarioException> problems, Node parent, String key, java.util.function.BiConsumer<String, Node> entry) {
    Optional<ImmutableMap<String, Node>> map = attempt(problems, () -> parent.find(key).map(Node::entries), Optional.empty());
    map.ifPresent(m -> m.forEach((k, v) -> attempt(problems, () -> entry.accept(k, v))));
  }

  /**
   * Reads a selection: a list of members, or a mapping of {@code count}, {@code members},
   * {@code groups} (count per group) and {@code clusters} (count per institution type).
   */
  private static Selection selection(Node n, boolean listIsOrdered) {
    if (n.isList()) {
      return new Selection(Optional.empty(), Optional.of(n.texts()), listIsOrdered, ImmutableMap.of(), ImmutableMap.of());
    }
    n.onlyKeys("count", "members", "groups", "clusters");
    ImmutableMap.Builder<String, Integer> groups = ImmutableMap.builder();
    n.find("groups").ifPresent(m -> m.entries().forEach((k, v) -> groups.put(k, v.integer())));
    ImmutableMap.Builder<InstitutionType, Integer> clusters = ImmutableMap.builder();
    n.find("clusters").ifPresent(m -> m.entries().forEach((k, v) -> {
      InstitutionType type;
      try {
        type = InstitutionType.valueOf(k);
      } catch (IllegalArgumentException e) {
        throw v.error("'" + k + "' is not an institution type; allowed: " + java.util.Arrays.toString(InstitutionType.values()));
      }
      clusters.put(type, v.integer());
    }));
    Selection s = new Selection(n.find("count").map(Node::integer), n.find("members").map(Node::texts), false, groups.buildOrThrow(),
        clusters.buildOrThrow());
    if (s.count().isEmpty() && s.members().isEmpty() && s.groups().isEmpty() && s.clusters().isEmpty()) {
      throw n.error("a selection expects a count, members, groups or clusters");
    }
    return s;
  }

  /**
   * Returns the line a value of the file starts on.
   *
   * @param path the value's path, such as {@code given.proposals[2]}
   * @return the line, from 1, or 0 when not known
   */
  public int line(String path) {
    return lines.getOrDefault(path, 0);
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
