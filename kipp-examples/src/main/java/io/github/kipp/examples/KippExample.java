package io.github.kipp.examples;

import com.fasterxml.jackson.databind.ObjectWriter;
import com.google.common.collect.ImmutableList;
import io.github.kipp.core.KippException;
import io.github.kipp.core.ProposalId;
import io.github.kipp.core.RuleModuleId;
import io.github.kipp.core.innovation.Proposal;
import io.github.kipp.core.rule.RuleRegistry;
import io.github.kipp.core.spi.RuleModule;
import io.github.kipp.core.stage.ProposalStatus;
import io.github.kipp.core.stage.Stages;
import io.github.kipp.format.CompetitionDocument;
import io.github.kipp.jackson.KippCsv;
import io.github.kipp.jackson.KippJson;
import io.github.kipp.rules.sinovik.ModuleFiles;
import io.github.kipp.rules.sinovik.ModuleReview;
import io.github.kipp.rules.sinovik.SinovikModule;
import io.github.kipp.rules.sinovik.SinovikRules;
import io.github.kipp.rules.sinovik.regional.LuwuUtara;
import io.github.kipp.rules.sinovik.regional.SulawesiSelatan;
import io.github.kipp.rules.sinovik.regional.SulawesiTengah;
import io.github.kipp.rules.sinovik.regional.Takalar;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Future;

/**
 * Runs a complete provincial competition, KIPP Provinsi Sulawesi Selatan 2023, on embedded sample
 * data or on a competition file, and writes a report folder: {@code index.html} (offline, no
 * scripts), {@code results.json} (kipp-jackson's results format), {@code competition.json} (the
 * input as a kipp-jackson competition document) and {@code decision-log.txt} (the hash-chained
 * decision log).
 *
 * <p>From the repository's root: {@code mvn -q -pl kipp-examples -am compile exec:java}; options go
 * in {@code -Dexec.args="..."} (see {@code --help}).
 */
public final class KippExample {

  /** The exit code of a finished run. */
  public static final int OK = 0;

  /** The exit code of a run refused for bad options or a bad input file. */
  public static final int BAD_INPUT = 2;

  /** The default seed of the score model, the assignment, the draw and the bootstrap. */
  public static final long DEFAULT_SEED = 2023L;

  /** The default number of registered proposals of the sample. */
  public static final int DEFAULT_PROPOSALS = 300;

  /** The fewest proposals the sample holds: enough for a Top 50 and a Top 40. */
  public static final int MIN_PROPOSALS = 60;

  /** The most proposals the sample holds. */
  public static final int MAX_PROPOSALS = 5_000;

  /**
   * The largest input file read, in bytes: kipp-jackson's document-length limit ({@link
   * KippJson#DEFAULT_MAX_DOCUMENT_LENGTH} characters), counted in bytes, which a UTF-8 file has at
   * least as many of as characters.
   */
  public static final int MAX_INPUT_BYTES = KippJson.DEFAULT_MAX_DOCUMENT_LENGTH;

  private static final String DEFAULT_OUT = "kipp-examples/target/kipp-report";

  /** Kept so that the level set on it holds: Hibernate Validator announces its version at INFO. */
  private static final java.util.logging.Logger VALIDATOR_LOG = java.util.logging.Logger.getLogger("org.hibernate.validator");

  private KippExample() {}

  /**
   * Runs the example and exits with its code.
   *
   * @param args the options, see {@code --help}
   */
  public static void main(String[] args) {
    int code = run(args, System.out, System.err);
    if (code != OK) {
      System.exit(code);
    }
  }

  /**
   * Runs the example without exiting.
   *
   * @param args the options, see {@code --help}; not null
   * @param out where progress and the summary go, not null
   * @param err where a refusal goes, in Bahasa Indonesia and English; not null
   * @return {@link #OK}, or {@link #BAD_INPUT} if the options or the input file were refused
   */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    VALIDATOR_LOG.setLevel(java.util.logging.Level.WARNING);
    // The steps that depend on nothing the main thread is doing run meanwhile on a second thread
    // (SecondThread): what is computed and written is the same as on one thread. The JSON writer is
    // built while the options are read (they read the rule module); a run that stops at its options
    // leaves it unused.
    try (SecondThread second = SecondThread.start()) {
      return run(args, out, err, second, second.submit(Report::jsonWriter));
    }
  }

  private static int run(String[] args, PrintStream out, PrintStream err, SecondThread second, Future<ObjectWriter> json) {
    Options options;
    try {
      options = Options.parse(args);
    } catch (UsageException e) {
      err.println(e.getMessage());
      err.println("Lihat / see: --help");
      return BAD_INPUT;
    }
    if (options.help) {
      out.print(Options.HELP);
      return OK;
    }
    if (options.describe.isPresent()) {
      try {
        out.print(describe(options.describe.get(), options.html));
        return OK;
      } catch (UsageException e) {
        err.println(e.getMessage());
        return BAD_INPUT;
      } catch (KippException e) {
        err.println("Kesalahan: modul ditolak (" + e.errorCode() + "):");
        err.println(e.text().indonesian());
        err.println("Error: the module was refused (" + e.errorCode() + "):");
        err.println(e.text().english());
        return BAD_INPUT;
      }
    }
    try {
      long started = System.nanoTime();
      SinovikModule module = options.module();
      out.println("kipp example: " + module.title().indonesian() + " (" + module.id() + ")");
      out.println("seed " + options.seed + (options.input.isPresent() ? ", input " + options.input.get() : ", " + options.proposals + " sample proposals"));
      SampleProvince sample = options.input.isPresent() ? load(options.input.get(), module, options.seed)
          : SampleProvince.generate(module.edition(), options.proposals, options.seed);
      CompetitionRun run = CompetitionRun.run(module, sample, options.seed, out, second);
      Path folder = Report.write(run, options.out, json, second);
      out.println();
      out.println("Peringkat akhir / final ranking (top 10):");
      run.top(10).forEach(out::println);
      out.println();
      out.println("Laporan / report: " + folder.resolve("index.html").toAbsolutePath().normalize());
      out.println("  results.json, competition.json, decision-log.txt beside it");
      out.printf(Locale.ROOT, "done in %d ms%n", Duration.ofNanos(System.nanoTime() - started).toMillis());
      return OK;
    } catch (UsageException e) {
      err.println(e.getMessage());
      return BAD_INPUT;
    } catch (KippException e) {
      if (options.input.isEmpty()) {
        throw e;
      }
      err.println("Kesalahan: data berkas masukan ditolak (" + e.errorCode() + "):");
      err.println(e.text().indonesian());
      err.println("Error: the data of the input file were refused (" + e.errorCode() + "):");
      err.println(e.text().english());
      return BAD_INPUT;
    } catch (UncheckedIOException e) {
      err.println(Messages.unwritable(options.out, e.getCause()));
      return BAD_INPUT;
    }
  }

  /**
   * Renders the reviewer's view of a module ({@link ModuleReview}): a registered module named by id,
   * or a module file (.yaml, .yml or .json) read against the national modules.
   *
   * @param what a module id, such as {@code sinovik-2023/sulsel-2023}, or a module file's path
   * @param html whether to render a self-contained HTML page rather than Markdown
   * @return the page
   * @throws UsageException if the id names no module, or the file cannot be read
   * @throws KippException if the id is malformed or the file is refused
   */
  static String describe(String what, boolean html) {
    RuleRegistry registry = SinovikRules.registryBuilder().register(SulawesiSelatan.kipp2023()).register(LuwuUtara.selection2023())
        .register(SulawesiTengah.kipp2022()).register(SulawesiTengah.kipp2023()).register(Takalar.competition2018()).build();
    String lower = what.toLowerCase(Locale.ROOT);
    if (lower.endsWith(".yaml") || lower.endsWith(".yml") || lower.endsWith(".json")) {
      Path file = Options.path("--describe", what);
      SinovikModule module = ModuleFiles.read(file.getFileName().toString(), readInput(file, MAX_INPUT_BYTES), SinovikRules.registry());
      return html ? ModuleReview.html(module, registry) : ModuleReview.markdown(module, registry);
    }
    Optional<RuleModule> module = registry.find(RuleModuleId.of(what));
    if (module.isEmpty()) {
      throw new UsageException(Messages.unknownModule(what, registry.modules().stream().map(m -> m.id().value()).collect(java.util.stream.Collectors.joining(", "))));
    }
    return html ? ModuleReview.html(module.get(), registry) : ModuleReview.markdown(module.get(), registry);
  }

  /** Reads a competition file (JSON document or CSV of proposals) into the run's data. */
  static SampleProvince load(Path file, SinovikModule module, long seed) {
    String text = readInput(file, MAX_INPUT_BYTES);
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    SampleProvince directory = SampleProvince.directory(module.edition());
    List<Proposal> proposals;
    Map<ProposalId, ProposalStatus> statuses = new LinkedHashMap<>();
    if (name.endsWith(".json")) {
      CompetitionDocument doc = KippJson.json().readCompetition(text);
      if (!doc.edition().id().equals(module.edition().id())) {
        throw new UsageException(Messages.wrongEdition(file, doc.edition().id().value(), module.edition().id().value()));
      }
      proposals = doc.proposals();
      doc.statuses().forEach(s -> statuses.put(s.proposal(), s));
    } else if (name.endsWith(".csv")) {
      proposals = KippCsv.csv().readProposals(text, directory.institutions, directory.units);
    } else {
      throw new UsageException(Messages.unknownFormat(file));
    }
    if (proposals.isEmpty()) {
      throw new UsageException(Messages.noProposals(file));
    }
    List<ProposalId> drafts = new ArrayList<>();
    statuses.forEach((id, s) -> {
      if (!s.hasReached(Stages.SUBMITTED)) {
        drafts.add(id);
      }
    });
    return SampleProvince.of(module.edition(), proposals, drafts, directory, seed);
  }

  /**
   * Reads an input file as UTF-8 text, checking before it is opened that it is a regular file (not
   * a folder, device, named pipe or socket, which could never end or not be text) of at most {@code
   * maxBytes} bytes, and reading no more than that even if the file grows meanwhile.
   *
   * @param file the file
   * @param maxBytes the most bytes read
   * @return the text
   * @throws UsageException if the file is missing, not a regular file, too large, unreadable or not
   *     UTF-8
   */
  static String readInput(Path file, int maxBytes) {
    BasicFileAttributes attributes;
    try {
      attributes = Files.readAttributes(file, BasicFileAttributes.class);
    } catch (IOException e) {
      throw new UsageException(Messages.unreadable(file, e));
    }
    if (!attributes.isRegularFile()) {
      throw new UsageException(Messages.notAFile(file, attributes.isDirectory()));
    }
    if (attributes.size() > maxBytes) {
      throw new UsageException(Messages.tooLarge(file, Long.toString(attributes.size()), maxBytes));
    }
    byte[] bytes;
    int length;
    try (InputStream in = Files.newInputStream(file)) {
      // Sized by the file, grown only if it grows while read, and never past maxBytes + 1.
      bytes = new byte[(int) Math.min(maxBytes + 1L, Math.max(attributes.size() + 1, 8192))];
      length = 0;
      for (int n = in.read(bytes, 0, bytes.length); n >= 0; n = in.read(bytes, length, bytes.length - length)) {
        length += n;
        if (length > maxBytes) {
          throw new UsageException(Messages.tooLarge(file, "> " + maxBytes, maxBytes));
        }
        if (length == bytes.length) {
          bytes = java.util.Arrays.copyOf(bytes, (int) Math.min(maxBytes + 1L, 2L * bytes.length));
        }
      }
    } catch (IOException e) {
      throw new UsageException(Messages.unreadable(file, e));
    }
    if (!isUtf8(bytes, length)) {
      throw new UsageException(Messages.notUtf8(file));
    }
    return new String(bytes, 0, length, StandardCharsets.UTF_8);
  }

  /** Checks UTF-8 in small steps, so that no second copy of a large file is made. */
  private static boolean isUtf8(byte[] bytes, int length) {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, 0, length);
    CharBuffer out = CharBuffer.allocate(8192);
    while (true) {
      CoderResult result = decoder.decode(in, out, true);
      if (result.isError()) {
        return false;
      }
      out.clear();
      if (result.isUnderflow()) {
        break;
      }
    }
    return !decoder.flush(out).isError();
  }

  /** The parsed command line. */
  static final class Options {
    static final String HELP = String.join("\n",
        "kipp-examples: menjalankan kompetisi inovasi provinsi lengkap / runs a complete provincial innovation competition",
        "",
        "  mvn -q -pl kipp-examples -am compile exec:java -Dexec.args=\"[options]\"",
        "",
        "  --seed N          benih model nilai / seed of the score model, assignment, draw and bootstrap (default " + DEFAULT_SEED + ")",
        "  --proposals N     jumlah proposal contoh / number of sample proposals, " + MIN_PROPOSALS + " to " + MAX_PROPOSALS
            + " (default " + DEFAULT_PROPOSALS + ")",
        "  --edition ID      edisi / edition: sulsel-2023 or sinovik-2023/sulsel-2023 (default)",
        "  --input FILE      berkas kompetisi sendiri / your own competition file: a kipp-jackson JSON document (.json)",
        "                    or a CSV of proposals (.csv) naming the sample's institutions and units",
        "  --out DIR         folder laporan / report folder (default kipp-examples/target/kipp-report)",
        "  --describe WHAT   tampilan peninjau sebuah modul (Markdown) / a module's reviewer's view (Markdown): a module id",
        "                    (sinovik-2023/sulsel-2023) or a module file (.yaml, .json); runs nothing else",
        "  --html            dengan --describe: halaman HTML mandiri / with --describe: a self-contained HTML page",
        "  --help            bantuan ini / this help",
        "");

    long seed = DEFAULT_SEED;
    int proposals = DEFAULT_PROPOSALS;
    String edition = SulawesiSelatan.kipp2023().id().value();
    Optional<Path> input = Optional.empty();
    Optional<String> describe = Optional.empty();
    boolean html;
    Path out = Paths.get(System.getProperty("kipp.examples.out", DEFAULT_OUT));
    boolean help;

    static Options parse(String[] args) {
      Options o = new Options();
      java.util.Set<String> seen = new java.util.HashSet<>();
      for (int i = 0; i < args.length; i++) {
        String arg = args[i];
        if (arg.equals("--help") || arg.equals("-h")) {
          o.help = true;
          continue;
        }
        if (arg.equals("--html")) {
          if (o.html) {
            throw new UsageException(Messages.repeated(arg));
          }
          o.html = true;
          continue;
        }
        if (!List.of("--seed", "--proposals", "--edition", "--input", "--out", "--describe").contains(arg)) {
          throw new UsageException(Messages.unknownOption(arg));
        }
        if (!seen.add(arg)) {
          throw new UsageException(Messages.repeated(arg));
        }
        if (i + 1 >= args.length || args[i + 1].startsWith("--")) {
          throw new UsageException(Messages.missingValue(arg));
        }
        String value = args[++i];
        switch (arg) {
          case "--seed" -> o.seed = number(arg, value, Long.MIN_VALUE, Long.MAX_VALUE);
          case "--proposals" -> o.proposals = (int) number(arg, value, MIN_PROPOSALS, MAX_PROPOSALS);
          case "--edition" -> o.edition = value;
          case "--input" -> o.input = Optional.of(path(arg, value));
          case "--describe" -> o.describe = Optional.of(value);
          default -> o.out = path(arg, value);
        }
      }
      if (o.html && o.describe.isEmpty() && !o.help) {
        throw new UsageException(Messages.htmlWithoutDescribe());
      }
      if (!o.help && o.describe.isEmpty()) {
        o.module();
        if (o.input.isPresent() && seen.contains("--proposals")) {
          throw new UsageException(Messages.inputAndProposals());
        }
      }
      return o;
    }

    private static long number(String option, String value, long min, long max) {
      try {
        long n = Long.parseLong(value.trim());
        if (n < min || n > max) {
          throw new UsageException(Messages.outOfRange(option, value, min, max));
        }
        return n;
      } catch (NumberFormatException e) {
        throw new UsageException(Messages.notANumber(option, value, min, max));
      }
    }

    static Path path(String option, String value) {
      try {
        if (value.isBlank()) {
          throw new InvalidPathException(value, "blank");
        }
        return Paths.get(value);
      } catch (InvalidPathException e) {
        throw new UsageException(Messages.badPath(option, value));
      }
    }

    /**
     * Picks the rule module the run uses from the registry, by module id or edition id. Only the
     * runnable modules are registered: another province's module would be read from its file for
     * nothing.
     */
    SinovikModule module() {
      RuleRegistry registry = SinovikRules.registryBuilder().register(SulawesiSelatan.kipp2023()).build();
      List<SinovikModule> runnable = ImmutableList.of(SulawesiSelatan.kipp2023());
      for (SinovikModule m : runnable) {
        if (m.id().value().equals(edition) || m.edition().id().value().equals(edition)) {
          Optional<RuleModule> registered = registry.find(RuleModuleId.of(m.id().value()));
          if (registered.isPresent() && registered.get() instanceof SinovikModule s) {
            return s;
          }
        }
      }
      throw new UsageException(Messages.unknownEdition(edition));
    }
  }
}
