package io.github.kipp.examples;

import com.google.common.collect.ImmutableList;
import io.github.kipp.core.institution.RegionCatalogue;
import io.github.kipp.core.institution.RegionCode;
import io.github.kipp.core.rule.RuleRegistry;
import io.github.kipp.core.spi.Jurisdiction;
import io.github.kipp.core.spi.RuleModule;
import io.github.kipp.jackson.KippJson;
import io.github.kipp.rules.iid.IidRules;
import io.github.kipp.rules.iid.IndexAssessment;
import io.github.kipp.rules.iid.InnovationIndex;
import io.github.kipp.rules.iid.RegionalReport;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Computes the claimed and verified regional innovation index (IID 2026) of South Sulawesi's 24
 * regencies and cities from sample reports embedded as a resource, and writes a report folder:
 * {@code index.html} (each region's index and band, a chart of the indices by band, the largest
 * claimed-versus-verified gaps and each region's explanation; offline, no scripts), {@code
 * assessments.json} (kipp's JSON format of the assessments) and {@code indicator-rows.csv} (the
 * reports' indicator rows, the spreadsheet form regional offices keep).
 *
 * <p>The sample reports are drawn by kipp-testkit's seeded {@code IidFactories} with seed {@value
 * #SAMPLE_SEED} plus each region's position, so that every region has its own maturity and
 * verification rate; a test checks that the embedded file is what the generator gives.
 *
 * <p>From the repository's root: {@code mvn -q -pl kipp-examples -am compile exec:java -Pexample-iid};
 * options go in {@code -Dexec.args="..."} (see {@code --help}).
 */
public final class IidExample {

  /** The province: Sulawesi Selatan, {@code 73}. */
  public static final RegionCode PROVINCE = RegionCode.of("73");

  /** The index's year of the sample. */
  public static final int YEAR = 2026;

  /** The seed the sample reports were drawn with: region {@code i} (in code order) has seed {@code SAMPLE_SEED + i}. */
  public static final long SAMPLE_SEED = 7_300L;

  /** The class-path resource of the sample reports: a JSON array of kipp's report format. */
  public static final String SAMPLE = "/io/github/kipp/examples/iid/sulawesi-selatan-2026.json";

  private static final String DEFAULT_OUT = "kipp-examples/target/kipp-iid-report";

  static final String HELP = String.join("\n",
      "kipp-examples IID: Indeks Inovasi Daerah Sulawesi Selatan 2026 / South Sulawesi's regional innovation index 2026",
      "",
      "  mvn -q -pl kipp-examples -am compile exec:java -Pexample-iid -Dexec.args=\"[options]\"",
      "",
      "  --out DIR         folder laporan / report folder (default " + DEFAULT_OUT + ")",
      "  --help            bantuan ini / this help",
      "");

  private IidExample() {}

  /**
   * Runs the example and exits with its code.
   *
   * @param args the options, see {@code --help}
   */
  public static void main(String[] args) {
    int code = run(args, System.out, System.err);
    if (code != KippExample.OK) {
      System.exit(code);
    }
  }

  /**
   * Runs the example without exiting.
   *
   * @param args the options, see {@code --help}; not null
   * @param out where progress and the summary go, not null
   * @param err where a refusal goes, in Bahasa Indonesia and English; not null
   * @return {@link KippExample#OK}, or {@link KippExample#BAD_INPUT} if the options were refused or
   *     the report cannot be written
   */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    Path folder = Paths.get(System.getProperty("kipp.examples.iid.out", DEFAULT_OUT));
    boolean help = false;
    boolean outGiven = false;
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      try {
        if (arg.equals("--help") || arg.equals("-h")) {
          help = true;
        } else if (!arg.equals("--out")) {
          throw new UsageException(Messages.unknownOption(arg));
        } else if (outGiven) {
          throw new UsageException(Messages.repeated(arg));
        } else if (i + 1 >= args.length || args[i + 1].startsWith("--")) {
          throw new UsageException(Messages.missingValue(arg));
        } else {
          folder = KippExample.Options.path(arg, args[++i]);
          outGiven = true;
        }
      } catch (UsageException e) {
        err.println(e.getMessage());
        err.println("Lihat / see: --help");
        return KippExample.BAD_INPUT;
      }
    }
    if (help) {
      out.print(HELP);
      return KippExample.OK;
    }
    List<IndexAssessment> assessments = assess(sample());
    out.println("kipp example: Indeks Inovasi Daerah Provinsi Sulawesi Selatan " + YEAR + " (" + assessments.get(0).module() + "), "
        + assessments.size() + " kabupaten/kota");
    try {
      Path written = IidReport.write(assessments, folder);
      out.println();
      out.println("Indeks terverifikasi tertinggi / highest verified index (top 5):");
      assessments.stream().sorted(IidReport.BY_VERIFIED).limit(5).forEach(a -> out.printf(Locale.ROOT, "  %-6s %-32s %6s  %s%n",
          a.report().region().code(), a.report().region().name(), a.verified().index().toPlainString(), a.verified().band().name()));
      out.println();
      out.println("Laporan / report: " + written.resolve(IidReport.INDEX).toAbsolutePath().normalize());
      out.println("  " + IidReport.ASSESSMENTS + ", " + IidReport.ROWS + " beside it");
      return KippExample.OK;
    } catch (UncheckedIOException e) {
      err.println(Messages.unwritable(folder, e.getCause()));
      return KippExample.BAD_INPUT;
    }
  }

  /**
   * Reads the embedded sample reports, one per regency and city of the province, in code order.
   *
   * @return the reports, not null
   */
  public static ImmutableList<RegionalReport> sample() {
    try (InputStream in = Objects.requireNonNull(IidExample.class.getResourceAsStream(SAMPLE), SAMPLE)) {
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      return ImmutableList.copyOf(KippJson.json().read(text, RegionalReport[].class));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Assesses reports under the module a registry holds for their year, as a host looks it up.
   *
   * @param reports the reports, all of {@link #YEAR}; not null
   * @return the assessments, in the reports' order
   */
  public static ImmutableList<IndexAssessment> assess(List<RegionalReport> reports) {
    RuleRegistry registry = RuleRegistry.newBuilder()
        .register(IidRules.edition2023()).register(IidRules.edition2026()).register(IidRules.edition2027()).build();
    RuleModule rules = registry.moduleFor(IidRules.FAMILY, Jurisdiction.NATIONAL, LocalDate.of(YEAR, 7, 1));
    InnovationIndex index = InnovationIndex.of(rules);
    return reports.stream().map(index::assess).collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns the province's regencies and cities of the bundled region catalogue, in code order.
   *
   * @return the regions' codes, not null
   */
  public static ImmutableList<RegionCode> regions() {
    return RegionCatalogue.bundled().regenciesOf(PROVINCE).stream().map(r -> r.code())
        .sorted(Comparator.comparing(RegionCode::value)).collect(ImmutableList.toImmutableList());
  }
}
