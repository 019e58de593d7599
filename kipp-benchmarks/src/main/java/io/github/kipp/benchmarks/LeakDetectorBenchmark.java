package io.github.kipp.benchmarks;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import io.github.kipp.core.ProposalId;
import io.github.kipp.core.blind.Leak;
import io.github.kipp.core.blind.LeakDetector;
import io.github.kipp.core.edition.Edition;
import io.github.kipp.core.edition.SectionSpec;
import io.github.kipp.core.innovation.Proposal;
import io.github.kipp.core.innovation.ProposalSection;
import io.github.kipp.core.institution.Region;
import io.github.kipp.core.institution.RegionCatalogue;
import java.util.ArrayList;
import java.util.List;
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
 * words, the name of a region of the bundled catalogue (sometimes the entrant's own, with or without
 * a prefix). The target is the whole edition in under 2 seconds on two cores.
 *
 * <p>{@link #scanAll()} scans with a detector built in the setup, as a committee does after building
 * it once; {@link #buildAndScanAll()} includes building it from the entrants; {@link #plainLoopFloor()}
 * reads every character of the same texts once, lower-casing ASCII letters, the least any scan must do.
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
  private static final List<String> PREFIXES = List.of("", "Kabupaten ", "Kab. ", "Pemkab ", "Kota ", "Provinsi ");

  /** The proposals scanned. */
  ImmutableList<Proposal> proposals;
  /** The detector, built once. */
  LeakDetector detector;
  /** Every scanned text, for the floor. */
  ImmutableList<String> texts;

  /** Writes the proposals' sections and builds the detector. */
  @Setup(Level.Trial)
  public void setUp() {
    Edition edition = Inputs.module().edition();
    ImmutableList<Proposal> base = Inputs.proposals(edition, Inputs.PROPOSALS, Inputs.SEED);
    ImmutableList<Region> regions = RegionCatalogue.bundled().all();
    SplittableRandom random = new SplittableRandom(Inputs.SEED);
    List<Proposal> out = new ArrayList<>(base.size());
    List<String> all = new ArrayList<>();
    for (Proposal p : base) {
      Proposal.Builder b = p.toBuilder().clearSections();
      for (SectionSpec spec : edition.sections()) {
        String text = text(spec.maxWords().orElse(DEFAULT_WORDS), p, regions, random);
        b.section(ProposalSection.of(spec.id(), text));
        all.add(text);
      }
      out.add(b.build());
    }
    proposals = ImmutableList.copyOf(out);
    texts = ImmutableList.copyOf(all);
    detector = LeakDetector.newBuilder().entrants(proposals).build();
  }

  private static String text(int words, Proposal p, List<Region> regions, SplittableRandom random) {
    StringBuilder t = new StringBuilder(words * 8);
    for (int w = 0; w < words; w++) {
      if (w > 0) {
        t.append(random.nextInt(12) == 0 ? ". " : " ");
      }
      if (random.nextInt(150) == 0) {
        String own = p.innovation().institution().region().flatMap(c -> RegionCatalogue.bundled().find(c)).map(Region::name).orElse("Sulawesi Selatan");
        String name = random.nextBoolean() ? own : regions.get(random.nextInt(regions.size())).name();
        t.append(PREFIXES.get(random.nextInt(PREFIXES.size()))).append(name.replaceFirst("^(Kabupaten|Kota) ", ""));
      } else {
        t.append(WORDS.get(random.nextInt(WORDS.size())));
      }
    }
    return t.toString();
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
   * Reads every character of the same texts once, lower-casing ASCII letters: the floor.
   *
   * @return a checksum of the characters read
   */
  @Benchmark
  public long plainLoopFloor() {
    long sum = 0;
    for (String text : texts) {
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        sum += c >= 'A' && c <= 'Z' ? c + 32 : c;
      }
    }
    return sum;
  }

  /**
   * Returns how many characters one pass reads.
   *
   * @return the characters of every scanned section
   */
  long characters() {
    return texts.stream().mapToLong(String::length).sum();
  }
}
