package io.github.kipp.benchmarks;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import io.github.kipp.core.ProposalId;
import io.github.kipp.core.blind.Leak;
import io.github.kipp.core.blind.LeakDetector;
import io.github.kipp.core.edition.Edition;
import io.github.kipp.core.edition.SectionSpec;
import io.github.kipp.core.innovation.Proposal;
import io.github.kipp.core.blind.LeakField;
import io.github.kipp.core.innovation.ProposalSection;
import io.github.kipp.core.institution.Region;
import io.github.kipp.core.institution.RegionCatalogue;
import io.github.kipp.core.institution.RegionCode;
import io.github.kipp.core.institution.RegionLevel;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Leak detection over a national edition: 3,500 proposals, each section written out to its word
 * limit (300 words where the form sets none) of ordinary Indonesian words with, about once in 150
 * words, the name of a region of the bundled catalogue, half the time the entrant's own regency, city
 * or province, bare or behind a prefix of its kind ({@code Kab.}, {@code Pemkot}, {@code Provinsi}).
 * The target is the whole edition in under 2 seconds on two cores.
 *
 * <p>{@link #scanAll()} scans with a detector built in the setup, as a committee does after building
 * it once; {@link #buildAndScanAll()} includes building it from the entrants; {@link #plainLoopFloor()}
 * finds the same leaks in the sections by plain {@code indexOf} loops over each entrant's own names
 * with their prefixes, with word boundaries, the least a scan for them must do. The texts are written
 * so that the plain loop's simple rules are the detector's on them: a mention is set off by commas and
 * never next to another, and no other region planted has a name that contains or is contained in the
 * entrant's. The setup checks that the floor and the detector find exactly the same spans in the
 * sections.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class LeakDetectorBenchmark {

  /** Words where the form sets no word limit. */
  static final int DEFAULT_WORDS = 300;

  private static final List<String> WORDS = List.of(
      "inovasi", "pelayanan", "publik", "masyarakat", "desa", "warga", "layanan", "kesehatan", "pendidikan", "data", "aplikasi", "petugas",
      "program", "anak", "ibu", "stunting", "antrean", "daring", "posyandu", "sekolah", "tahun", "kegiatan", "dampak", "manfaat",
      "batu", "bata", "padang", "rumput", "agama", "bonebolango", "luwuk", "meningkat", "menurun", "persen", "replikasi", "keberlanjutan");
  private static final List<String> REGENCY_PREFIXES = List.of("", "Kabupaten ", "Kab. ", "Pemkab ");
  private static final List<String> CITY_PREFIXES = List.of("", "Kota ", "Pemkot ");
  private static final List<String> PROVINCE_PREFIXES = List.of("", "Provinsi ");

  /** The proposals scanned. */
  ImmutableList<Proposal> proposals;
  /** The detector, built once. */
  LeakDetector detector;
  /** Every scanned section's text, proposal by proposal, section by section. */
  ImmutableList<ImmutableList<String>> texts;
  /** Each proposal's own names as they may be written: bare and behind each prefix of their kind. */
  ImmutableList<ImmutableList<String>> ownNames;

  /** Writes the proposals' sections, builds the detector, and checks that the floor finds its leaks. */
  @Setup(Level.Trial)
  public void setUp() {
    Edition edition = Inputs.module().edition();
    ImmutableList<Proposal> base = Inputs.proposals(edition, Inputs.PROPOSALS, Inputs.SEED);
    ImmutableList<Region> regions = RegionCatalogue.bundled().all().stream().filter(r -> !r.name().contains("Administrasi"))
        .collect(ImmutableList.toImmutableList());
    SplittableRandom random = new SplittableRandom(Inputs.SEED);
    List<Proposal> out = new ArrayList<>(base.size());
    ImmutableList.Builder<ImmutableList<String>> all = ImmutableList.builder();
    ImmutableList.Builder<ImmutableList<String>> names = ImmutableList.builder();
    for (Proposal p : base) {
      List<Region> own = own(p);
      List<String> stems = own.stream().map(LeakDetectorBenchmark::stem).collect(ImmutableList.toImmutableList());
      List<Region> others = regions.stream().filter(r -> stems.stream().noneMatch(o -> related(o, stem(r)))).collect(ImmutableList.toImmutableList());
      Proposal.Builder b = p.toBuilder().clearSections();
      ImmutableList.Builder<String> sections = ImmutableList.builder();
      for (SectionSpec spec : edition.sections()) {
        String text = text(spec.maxWords().orElse(DEFAULT_WORDS), own, others, random);
        b.section(ProposalSection.of(spec.id(), text));
        sections.add(text);
      }
      out.add(b.build());
      all.add(sections.build());
      ImmutableList.Builder<String> variants = ImmutableList.builder();
      for (Region r : own) {
        prefixes(r).forEach(prefix -> variants.add(prefix + stem(r)));
      }
      names.add(variants.build());
    }
    proposals = ImmutableList.copyOf(out);
    texts = all.build();
    ownNames = names.build();
    detector = LeakDetector.newBuilder().entrants(proposals).build();
    check();
  }

  /** The entrant's own regions: its regency or city and its province, or its province; none for a central institution. */
  private static List<Region> own(Proposal p) {
    Optional<RegionCode> code = p.innovation().institution().region();
    List<Region> own = new ArrayList<>(2);
    code.flatMap(c -> RegionCatalogue.bundled().find(c)).filter(r -> !r.name().contains("Administrasi")).ifPresent(own::add);
    code.filter(c -> !c.isProvince()).flatMap(c -> RegionCatalogue.bundled().find(c.province())).ifPresent(own::add);
    return own;
  }

  /** A region's name without {@code Kabupaten} or {@code Kota}. */
  private static String stem(Region r) {
    return r.name().replaceFirst("^(Kabupaten|Kota) ", "");
  }

  private static List<String> prefixes(Region r) {
    if (r.level() == RegionLevel.PROVINCE) {
      return PROVINCE_PREFIXES;
    }
    return r.name().startsWith("Kota ") ? CITY_PREFIXES : REGENCY_PREFIXES;
  }

  /** Whether one name contains the other, ignoring case, so that planting one could be read as the other. */
  private static boolean related(String a, String b) {
    String x = a.toLowerCase(Locale.ROOT);
    String y = b.toLowerCase(Locale.ROOT);
    return x.contains(y) || y.contains(x);
  }

  private static String text(int words, List<Region> own, List<Region> others, SplittableRandom random) {
    StringBuilder t = new StringBuilder(words * 8);
    boolean mention = false;
    for (int w = 0; w < words; w++) {
      // A mention is set off by commas and followed by an ordinary word, so that no two mentions are
      // read as one and no neighbouring word makes it part of a longer name ("padang Pariaman").
      boolean next = !mention && random.nextInt(150) == 0;
      String separator = random.nextInt(12) == 0 ? ". " : " ";
      if (w > 0) {
        t.append(next || mention ? ", " : separator);
      }
      if (next) {
        Region r = !own.isEmpty() && random.nextBoolean() ? own.get(random.nextInt(own.size())) : others.get(random.nextInt(others.size()));
        List<String> prefixes = prefixes(r);
        t.append(prefixes.get(random.nextInt(prefixes.size()))).append(stem(r));
      } else {
        t.append(WORDS.get(random.nextInt(WORDS.size())));
      }
      mention = next;
    }
    return t.toString();
  }

  /** Throws unless the floor finds exactly the spans the detector reports in the sections, proposal by proposal. */
  void check() {
    ImmutableSortedMap<ProposalId, ImmutableList<Leak>> leaks = detector.scanAll(proposals);
    List<String> problems = new ArrayList<>();
    for (int p = 0; p < proposals.size(); p++) {
      List<String> kipp = new ArrayList<>();
      for (Leak leak : java.util.Objects.requireNonNull(leaks.get(proposals.get(p).id()), "leaks")) {
        if (leak.field() == LeakField.SECTION) {
          kipp.add(leak.path() + "@" + leak.start() + "-" + leak.end());
        }
      }
      List<String> floor = new ArrayList<>();
      List<String> sections = texts.get(p);
      for (int s = 0; s < sections.size(); s++) {
        long[] spans = spans(sections.get(s), ownNames.get(p));
        for (long span : spans) {
          floor.add("sections[" + proposals.get(p).sections().get(s).section() + "]@" + (span >>> 32) + "-" + (int) span);
        }
      }
      if (!kipp.equals(floor) && problems.size() < 5) {
        problems.add(proposals.get(p).id() + ": detector " + kipp + ", floor " + floor);
      }
    }
    if (!problems.isEmpty()) {
      throw new IllegalStateException("the floor and the detector disagree: " + String.join("; ", problems));
    }
  }

  /**
   * The spans of a text where one of the names occurs between word boundaries, a span inside another
   * dropped, in order; each as its start in the high and its end in the low 32 bits.
   */
  static long[] spans(String text, List<String> names) {
    long[] found = new long[8];
    int count = 0;
    for (String name : names) {
      for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
        int end = at + name.length();
        if ((at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1))) && (end == text.length() || !Character.isLetterOrDigit(text.charAt(end)))) {
          if (count == found.length) {
            found = java.util.Arrays.copyOf(found, count * 2);
          }
          found[count++] = ((long) at << 32) | end;
        }
      }
    }
    java.util.Arrays.sort(found, 0, count);
    long[] kept = new long[count];
    int k = 0;
    for (int i = 0; i < count; i++) {
      // one span for a place named twice, such as a city and its province of the same name (Kota Jambi, Jambi)
      if (i > 0 && found[i] == found[i - 1]) {
        continue;
      }
      long start = found[i] >>> 32;
      int end = (int) found[i];
      boolean inside = false;
      for (int j = 0; j < count && !inside; j++) {
        inside = j != i && (found[j] >>> 32) <= start && (int) found[j] >= end && found[j] != found[i];
      }
      if (!inside) {
        kept[k++] = found[i];
      }
    }
    return java.util.Arrays.copyOf(kept, k);
  }

  /**
   * Scans every proposal with the detector built once.
   *
   * @return the leaks by proposal
   */
  @Benchmark
  public ImmutableSortedMap<ProposalId, ImmutableList<Leak>> scanAll() {
    return detector.scanAll(proposals);
  }

  /**
   * Builds the detector from the entrants, then scans every proposal.
   *
   * @return the leaks by proposal
   */
  @Benchmark
  public ImmutableSortedMap<ProposalId, ImmutableList<Leak>> buildAndScanAll() {
    return LeakDetector.newBuilder().entrants(proposals).build().scanAll(proposals);
  }

  /**
   * The floor: finds each entrant's own names in its sections with plain {@code indexOf} loops.
   *
   * @return the number of spans found
   */
  @Benchmark
  public long plainLoopFloor() {
    long found = 0;
    for (int p = 0; p < texts.size(); p++) {
      List<String> names = ownNames.get(p);
      for (String text : texts.get(p)) {
        found += spans(text, names).length;
      }
    }
    return found;
  }

  /**
   * Returns how many characters one pass reads.
   *
   * @return the characters of every scanned section
   */
  long characters() {
    return texts.stream().flatMap(List::stream).mapToLong(String::length).sum();
  }
}
