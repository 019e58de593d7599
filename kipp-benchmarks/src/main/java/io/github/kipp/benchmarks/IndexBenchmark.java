package io.github.kipp.benchmarks;

import com.google.common.collect.ImmutableList;
import io.github.kipp.core.InnovationId;
import io.github.kipp.core.institution.Region;
import io.github.kipp.core.institution.RegionCatalogue;
import io.github.kipp.rules.iid.Evidence;
import io.github.kipp.rules.iid.IidModule;
import io.github.kipp.rules.iid.IidRules;
import io.github.kipp.rules.iid.IndexAssessment;
import io.github.kipp.rules.iid.IndicatorRow;
import io.github.kipp.rules.iid.InnovationEntry;
import io.github.kipp.rules.iid.InnovationIndex;
import io.github.kipp.rules.iid.RegionalReport;
import io.github.kipp.rules.iid.spi.BasicServiceAffair;
import io.github.kipp.rules.iid.spi.Indicator;
import io.github.kipp.rules.iid.spi.IndicatorPart;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
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
 * IGA 2025's scale [S137]: 531 regional governments reporting 36,742 innovations, each region's
 * claimed and verified index under IID 2026, against a floor: a plain loop over the same levels in
 * integer quarter-points, with no model, eligibility, explanation or exact rounding.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class IndexBenchmark {

  /** The regional governments measured. */
  static final int REGIONS = 531;
  /** The innovations they report. */
  static final int INNOVATIONS = 36_742;

  /** The reports. */
  ImmutableList<RegionalReport> reports;
  /** The index. */
  InnovationIndex index;
  /** For the floor: per region, SPD levels then each innovation's SID levels (verified rows only). */
  int[][] spdLevels;
  /** For the floor: per region and innovation, the SID levels. */
  int[][][] sidLevels;
  /** For the floor: the weights in quarter points. */
  int[] spdWeights;
  /** For the floor: the SID weights in quarter points. */
  int[] sidWeights;

  /** Builds the reports from a fixed seed. */
  @Setup(Level.Trial)
  public void setUp() {
    IidModule module = IidRules.edition2026();
    index = InnovationIndex.of(module);
    ImmutableList<Indicator> spd = module.indicators(IndicatorPart.SPD);
    ImmutableList<Indicator> sid = module.indicators(IndicatorPart.SID);
    spdWeights = spd.stream().mapToInt(i -> i.weight().multiply(BigDecimal.valueOf(4)).intValueExact()).toArray();
    sidWeights = sid.stream().mapToInt(i -> i.weight().multiply(BigDecimal.valueOf(4)).intValueExact()).toArray();
    ImmutableList<Region> regions = RegionCatalogue.bundled().all().subList(0, REGIONS);
    Random r = new Random(Inputs.SEED);
    List<RegionalReport> out = new ArrayList<>();
    spdLevels = new int[REGIONS][];
    sidLevels = new int[REGIONS][][];
    BasicServiceAffair[] affairs = BasicServiceAffair.values();
    for (int g = 0; g < REGIONS; g++) {
      int n = INNOVATIONS / REGIONS + (g < INNOVATIONS % REGIONS ? 1 : 0);
      RegionalReport.Builder b = RegionalReport.newBuilder(regions.get(g), 2026);
      spdLevels[g] = new int[spd.size()];
      for (int i = 0; i < spd.size(); i++) {
        int level = r.nextInt(4);
        spdLevels[g][i] = level;
        b.spd(IndicatorRow.of(spd.get(i).id().value(), level, Evidence.verified("bukti")));
      }
      sidLevels[g] = new int[n][sid.size()];
      for (int k = 0; k < n; k++) {
        InnovationEntry.Builder e = InnovationEntry.newBuilder(InnovationId.of("r" + g + "-i" + k), "Inovasi " + k)
            .affair(affairs[r.nextInt(affairs.length)]).implementedOn(module.implementedFrom().plusDays(r.nextInt(700)))
            .narrativeWords(300 + r.nextInt(400));
        for (int i = 0; i < sid.size(); i++) {
          int level = sid.get(i).mandatory() ? 1 + r.nextInt(3) : r.nextInt(4);
          sidLevels[g][k][i] = level;
          e.row(IndicatorRow.of(sid.get(i).id().value(), level, Evidence.verified("bukti")));
        }
        b.innovation(e.build());
      }
      out.add(b.build());
    }
    reports = ImmutableList.copyOf(out);
  }

  /**
   * kipp computes both indices of every region, with decisions and derivation trees.
   *
   * @return the assessments
   */
  @Benchmark
  public List<IndexAssessment> kipp() {
    List<IndexAssessment> out = new ArrayList<>(REGIONS);
    for (RegionalReport report : reports) {
      out.add(index.assess(report));
    }
    return out;
  }

  /**
   * The floor: the same sums over plain arrays, in quarter points, every innovation counted, with
   * the 2026 divisor, count part and maximum.
   *
   * @return the indices in hundredths, truncated
   */
  @Benchmark
  public long[] floor() {
    long[] out = new long[REGIONS];
    for (int g = 0; g < REGIONS; g++) {
      long spd = 0;
      for (int i = 0; i < spdWeights.length; i++) {
        spd += (long) spdWeights[i] * spdLevels[g][i];
      }
      long sid = 0;
      int n = sidLevels[g].length;
      for (int k = 0; k < n; k++) {
        for (int i = 0; i < sidWeights.length; i++) {
          sid += (long) sidWeights[i] * sidLevels[g][k][i];
        }
      }
      int divisor = Math.max(12, n);
      long count = 38L * Math.min(n, 200);
      // index × 100 = total × 40, total = spd/4 + sid/(4·divisor) + count/100 (all in quarter or hundredth points)
      out[g] = (100 * spd * divisor + 100 * sid + 4 * count * divisor) / (10L * divisor);
    }
    return out;
  }
}
