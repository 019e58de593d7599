package io.github.kipp.format.internal;

import static io.github.kipp.format.internal.Wire.list;
import static io.github.kipp.format.internal.Wire.nested;
import static io.github.kipp.format.internal.Wire.parse;
import static io.github.kipp.format.internal.Wire.required;

import io.github.kipp.core.Decision;
import io.github.kipp.core.InnovationId;
import io.github.kipp.core.InvalidInputException;
import io.github.kipp.core.LocalizedText;
import io.github.kipp.core.Violation;
import io.github.kipp.core.institution.Region;
import io.github.kipp.rules.iid.Evidence;
import io.github.kipp.rules.iid.IidModule;
import io.github.kipp.rules.iid.IidRules;
import io.github.kipp.rules.iid.IndexAssessment;
import io.github.kipp.rules.iid.IndexScore;
import io.github.kipp.rules.iid.IndicatorRow;
import io.github.kipp.rules.iid.InnovationEntry;
import io.github.kipp.rules.iid.InnovationIndex;
import io.github.kipp.rules.iid.RegionalReport;
import io.github.kipp.rules.iid.RowDifference;
import io.github.kipp.rules.iid.spi.BasicServiceAffair;
import io.github.kipp.rules.iid.spi.IndexBand;
import io.github.kipp.rules.iid.spi.IndicatorId;
import io.github.kipp.scoring.explain.Explanation;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Wire records of Kemendagri's regional innovation index (kipp-rules-iid): a regional government's
 * report, and the assessment of its claimed and verified index.
 *
 * <p>An assessment is read by assessing its report again under the module it names (one of the
 * modules {@link IidRules#modules()} ships) and comparing every stored part with the parts that
 * assessment gives: an index, band, part, eligibility decision, row difference or explanation node
 * that the report does not give is refused with {@code kipp.json.iidMismatch} at its path. Reading
 * therefore returns the assessment kipp computes, never a forged one.
 */
public final class IidWire {

  /** The version of the report and assessment formats this release writes and reads. */
  public static final String VERSION = "1.0";

  /** The most mismatches of a stored assessment listed one by one; the rest are counted. */
  static final int MAX_MISMATCHES = 100;

  private IidWire() {}

  /**
   * Checks a report's or assessment's format version.
   *
   * @param version the written version, possibly null
   * @throws InvalidInputException if it is missing or not {@value #VERSION}
   */
  public static void checkVersion(@Nullable String version) {
    String v = required(version, "formatVersion", Expected.TEXT);
    if (!VERSION.equals(v)) {
      throw Wire.fail(FormatMessages.violation("kipp.json.version", "formatVersion", v, "allowed", VERSION));
    }
  }

  /**
   * Finds a module kipp ships by its id.
   *
   * @param id the id, possibly null
   * @param field the field's name
   * @return the module
   * @throws InvalidInputException if the id is missing or names no shipped module
   */
  public static IidModule module(@Nullable String id, String field) {
    String v = required(id, field, Expected.ID);
    return IidRules.modules().stream().filter(m -> m.id().value().equals(v)).findFirst()
        .orElseThrow(() -> Wire.fail(FormatMessages.violation("kipp.json.notAllowed", field, v, "allowed",
            IidRules.modules().stream().map(m -> m.id().value()).collect(Collectors.joining(", ")))));
  }

  /**
   * Finds the module kipp ships for a year of the index.
   *
   * @param year the index's year
   * @return the module, or empty if kipp ships none for the year
   */
  public static Optional<IidModule> moduleOfYear(int year) {
    return IidRules.modules().stream().filter(m -> m.editionYear() == year).findFirst();
  }

  /**
   * {@link IndicatorRow}: the indicator, the level, and the evidence's reference and whether it is
   * verified (both absent when no evidence is attached).
   */
  @WireRecord
  public record RowW(@Nullable String indicator, @Nullable Integer level, @Nullable String evidence, @Nullable Boolean verified) {
    static RowW of(IndicatorRow r) {
      return new RowW(r.indicator().value(), r.level(), r.evidence().map(Evidence::reference).orElse(null),
          r.evidence().map(Evidence::verified).orElse(null));
    }

    IndicatorRow toDomain() {
      List<Violation> found = new ArrayList<>();
      IndicatorId id = null;
      try {
        id = at("indicator", () -> IndicatorId.of(required(indicator, "indicator", Expected.ID)));
      } catch (InvalidInputException e) {
        found.addAll(e.violations());
      }
      Integer l = level;
      if (l == null) {
        found.add(FormatMessages.violation("kipp.json.missing", "level", "", "expectedEn", Expected.INTEGER.english(),
            "expectedId", Expected.INTEGER.indonesian()));
      }
      String reference = evidence;
      Boolean checked = verified;
      Optional<Evidence> proof = Optional.empty();
      if (reference == null) {
        if (checked != null) {
          found.add(FormatMessages.violation("kipp.json.iidNoEvidence", "verified", checked));
        }
      } else {
        try {
          proof = Optional.of(new Evidence(reference, Boolean.TRUE.equals(checked)));
        } catch (InvalidInputException e) {
          found.addAll(at("evidence", e));
        }
      }
      if (!found.isEmpty() || id == null || l == null) {
        throw InvalidInputException.of("document", found);
      }
      try {
        return new IndicatorRow(id, l, proof);
      } catch (InvalidInputException e) {
        throw InvalidInputException.of(e.subject(), at("level", e));
      }
    }
  }

  /**
   * Returns the violations of a refusal of one value, at the path of the field that holds it.
   *
   * @param field the field
   * @param refusal the refusal
   * @return the violations, at the field
   */
  static com.google.common.collect.ImmutableList<Violation> at(String field, InvalidInputException refusal) {
    return refusal.violations().stream().map(v -> new Violation(v.code(), field, v.invalidValue(), v.message()))
        .collect(com.google.common.collect.ImmutableList.toImmutableList());
  }

  /**
   * Runs a factory of one value, giving its violations the path of the field that holds the value.
   *
   * @param field the field
   * @param factory the factory
   * @param <T> the value's type
   * @return the value
   * @throws InvalidInputException if the factory refuses, at the field
   */
  static <T> T at(String field, java.util.function.Supplier<T> factory) {
    try {
      return factory.get();
    } catch (InvalidInputException e) {
      throw InvalidInputException.of(e.subject(), at(field, e));
    }
  }

  /** {@link InnovationEntry}: its id, title, affair (absent for another affair), start, narrative, earlier entries and SID rows. */
  @WireRecord
  public record InnovationW(
      @Nullable String id,
      @Nullable String title,
      @Nullable String affair,
      @Nullable String implementedOn,
      @Nullable Integer narrativeWords,
      @Nullable Integer earlierEntries,
      @Nullable List<IndicatorRow> rows) {
    static InnovationW of(InnovationEntry e) {
      return new InnovationW(e.id().value(), e.title(), e.affair().map(Enum::name).orElse(null), e.implementedOn().toString(),
          e.narrativeWords(), e.earlierEntries(), e.rows());
    }

    InnovationEntry toDomain() {
      Wire.checkFields(() -> parse(id, "id", InnovationId::of), () -> required(title, "title", Expected.TEXT),
          () -> { if (affair != null) { Wire.enumValue(affair, "affair", BasicServiceAffair.class); } },
          () -> Wire.date(implementedOn, "implementedOn"), () -> required(narrativeWords, "narrativeWords", Expected.INTEGER),
          () -> list(rows, "rows"));
      InnovationEntry.Builder b = InnovationEntry.newBuilder(parse(id, "id", InnovationId::of), required(title, "title", Expected.TEXT))
          .implementedOn(Wire.date(implementedOn, "implementedOn"))
          .narrativeWords(required(narrativeWords, "narrativeWords", Expected.INTEGER))
          .earlierEntries(earlierEntries == null ? 0 : earlierEntries)
          .rows(list(rows, "rows"));
      if (affair != null) {
        b.affair(Wire.enumValue(affair, "affair", BasicServiceAffair.class));
      }
      return nested("", b::build);
    }
  }

  /** {@link RegionalReport}: the format version, the region, the year, the SPD rows and the innovations. */
  @WireRecord
  public record ReportW(
      @Nullable String formatVersion,
      @Nullable Region region,
      @Nullable Integer year,
      @Nullable List<IndicatorRow> spd,
      @Nullable List<InnovationEntry> innovations) {
    static ReportW of(RegionalReport r) {
      return new ReportW(VERSION, r.region(), r.year(), r.spdRows(), r.innovations());
    }

    RegionalReport toDomain() {
      Wire.checkFields(() -> checkVersion(formatVersion), () -> required(region, "region", Expected.OBJECT), () -> required(year, "year", Expected.INTEGER),
          () -> list(spd, "spd"), () -> list(innovations, "innovations"));
      RegionalReport.Builder b = RegionalReport.newBuilder(required(region, "region", Expected.OBJECT), required(year, "year", Expected.INTEGER))
          .spd(list(spd, "spd")).innovations(list(innovations, "innovations"));
      return renamedBuild(b);
    }

    private static RegionalReport renamedBuild(RegionalReport.Builder b) {
      try {
        return b.build();
      } catch (InvalidInputException e) {
        // The report names its lists spdRows and innovations; the format calls the first spd.
        throw InvalidInputException.of(e.subject(), e.violations().stream()
            .map(v -> v.path().startsWith("spdRows") ? new Violation(v.code(), "spd" + v.path().substring("spdRows".length()), v.invalidValue(), v.message()) : v)
            .collect(com.google.common.collect.ImmutableList.toImmutableList()));
      }
    }
  }

  /** {@link IndexBand}: its name and bounds. Written only, inside a score. */
  @WireRecord
  public record BandW(@Nullable String name, @WireForm(WireForm.Form.DECIMAL) @Nullable BigDecimal lowest,
      @WireForm(WireForm.Form.DECIMAL) @Nullable BigDecimal highest) {
    static BandW of(IndexBand b) {
      return new BandW(b.name(), b.lowest(), b.highest());
    }
  }

  /** {@link IndexScore} without its explanation (the assessment's holds it): every part, the band and the decisions. */
  @WireRecord
  public record ScoreW(
      @WireForm(WireForm.Form.DECIMAL) @Nullable BigDecimal index,
      @Nullable BandW band,
      @WireForm(WireForm.Form.DECIMAL) @Nullable BigDecimal spd,
      @WireForm(WireForm.Form.DECIMAL) @Nullable BigDecimal sidSum,
      @Nullable Integer divisor,
      @WireForm(WireForm.Form.DECIMAL) @Nullable BigDecimal sidPart,
      @Nullable Integer counted,
      @Nullable Integer affairsCovered,
      @WireForm(WireForm.Form.DECIMAL) @Nullable BigDecimal countPart,
      @WireForm(WireForm.Form.DECIMAL) @Nullable BigDecimal total,
      @Nullable List<Decision> eligibility) {
    static ScoreW of(IndexScore s) {
      return new ScoreW(s.index(), BandW.of(s.band()), s.spd(), s.sidSum(), s.divisor(), s.sidPart(), s.counted(), s.affairsCovered(),
          s.countPart(), s.total(), s.eligibility());
    }
  }

  /** {@link RowDifference}: the row, its weight, both levels, the points lost and why. Written only, inside an assessment. */
  @WireRecord
  public record DifferenceW(
      @Nullable String innovation,
      @Nullable String indicator,
      @WireForm(WireForm.Form.DECIMAL) @Nullable BigDecimal weight,
      @Nullable Integer claimedLevel,
      @Nullable Integer verifiedLevel,
      @WireForm(WireForm.Form.DECIMAL) @Nullable BigDecimal points,
      @Nullable LocalizedText why) {
    static DifferenceW of(RowDifference d) {
      return new DifferenceW(d.innovation().map(InnovationId::value).orElse(null), d.indicator().value(), d.weight(), d.claimedLevel(),
          d.verifiedLevel(), d.points(), d.why());
    }
  }

  /**
   * {@link IndexAssessment}: the format version, the module, the report, both scores, their difference,
   * the rows that make it and the derivation of both indices with its citations.
   */
  @WireRecord
  public record AssessmentW(
      @Nullable String formatVersion,
      @Nullable String module,
      @Nullable RegionalReport report,
      @Nullable ScoreW claimed,
      @Nullable ScoreW verified,
      @WireForm(WireForm.Form.DECIMAL) @Nullable BigDecimal difference,
      @Nullable List<DifferenceW> differences,
      @Nullable Explanation explanation) {
    static AssessmentW of(IndexAssessment a) {
      return new AssessmentW(VERSION, a.module().value(), a.report(), ScoreW.of(a.claimed()), ScoreW.of(a.verified()), a.difference(),
          a.differences().stream().map(DifferenceW::of).toList(), a.explain());
    }

    IndexAssessment toDomain() {
      Wire.checkFields(() -> checkVersion(formatVersion), () -> IidWire.module(module, "module"), () -> required(report, "report", Expected.OBJECT));
      IidModule m = IidWire.module(module, "module");
      RegionalReport r = required(report, "report", Expected.OBJECT);
      IndexAssessment a = nested("report", () -> InnovationIndex.of(m).assess(r));
      Compare c = new Compare(m.id().value());
      AssessmentW expected = of(a);
      c.score("claimed", claimed, expected.claimed());
      c.score("verified", verified, expected.verified());
      c.decimal("difference", difference, expected.difference());
      c.list("differences", differences, expected.differences());
      c.explanation("explanation", explanation, expected.explanation());
      c.done();
      return a;
    }
  }

  /** Compares a stored assessment with the one its report gives, collecting every difference. */
  private static final class Compare {
    private final String module;
    private final List<Violation> found = new ArrayList<>();
    private int more;

    Compare(String module) {
      this.module = module;
    }

    void score(String path, @Nullable ScoreW stored, @Nullable ScoreW computed) {
      Objects.requireNonNull(computed, "computed");
      if (stored == null) {
        missing(path, Expected.OBJECT);
        return;
      }
      decimal(path + ".index", stored.index(), computed.index());
      BandW sb = stored.band();
      if (sb == null) {
        missing(path + ".band", Expected.OBJECT);
      } else {
        BandW b = Objects.requireNonNull(computed.band());
        value(path + ".band.name", sb.name(), b.name(), Expected.TEXT);
        decimal(path + ".band.lowest", sb.lowest(), b.lowest());
        decimal(path + ".band.highest", sb.highest(), b.highest());
      }
      decimal(path + ".spd", stored.spd(), computed.spd());
      decimal(path + ".sidSum", stored.sidSum(), computed.sidSum());
      value(path + ".divisor", stored.divisor(), computed.divisor(), Expected.INTEGER);
      decimal(path + ".sidPart", stored.sidPart(), computed.sidPart());
      value(path + ".counted", stored.counted(), computed.counted(), Expected.INTEGER);
      value(path + ".affairsCovered", stored.affairsCovered(), computed.affairsCovered(), Expected.INTEGER);
      decimal(path + ".countPart", stored.countPart(), computed.countPart());
      decimal(path + ".total", stored.total(), computed.total());
      list(path + ".eligibility", stored.eligibility(), computed.eligibility());
    }

    void decimal(String path, @Nullable BigDecimal stored, @Nullable BigDecimal computed) {
      Objects.requireNonNull(computed, "computed");
      if (stored == null) {
        missing(path, Expected.NUMBER);
      } else if (stored.compareTo(computed) != 0) {
        mismatch(path, stored.toPlainString(), computed.toPlainString());
      }
    }

    <T> void value(String path, @Nullable T stored, @Nullable T computed, Expected expected) {
      if (stored == null) {
        missing(path, expected);
      } else if (!stored.equals(computed)) {
        mismatch(path, stored, String.valueOf(computed));
      }
    }

    <T> void list(String path, @Nullable List<T> stored, @Nullable List<T> computed) {
      List<T> c = Objects.requireNonNull(computed, "computed");
      if (stored == null) {
        missing(path, Expected.LIST);
        return;
      }
      for (int i = 0; i < Math.min(stored.size(), c.size()); i++) {
        if (!Objects.equals(stored.get(i), c.get(i))) {
          mismatch(path + "[" + i + "]", shown(stored.get(i)), shown(c.get(i)));
        }
      }
      if (stored.size() != c.size()) {
        mismatch(path, stored.size() + " entries", c.size() + " entries");
      }
    }

    void explanation(String path, @Nullable Explanation stored, @Nullable Explanation computed) {
      Explanation c = Objects.requireNonNull(computed, "computed");
      if (stored == null) {
        missing(path, Expected.OBJECT);
        return;
      }
      if (!stored.step().equals(c.step()) || !stored.value().equals(c.value()) || !stored.label().equals(c.label())
          || !stored.citations().equals(c.citations())) {
        mismatch(path, node(stored), node(c));
        return;
      }
      for (int i = 0; i < Math.min(stored.children().size(), c.children().size()); i++) {
        explanation(path + ".children[" + i + "]", stored.children().get(i), c.children().get(i));
      }
      if (stored.children().size() != c.children().size()) {
        mismatch(path + ".children", stored.children().size() + " steps", c.children().size() + " steps");
      }
    }

    private static String node(Explanation e) {
      return shown(e.step() + " " + e.value() + " (" + e.label().english() + ")");
    }

    private static String shown(@Nullable Object value) {
      String s = String.valueOf(value instanceof Decision d ? d.subject() + " " + d.outcome() + " " + d.reasons().stream()
          .map(io.github.kipp.core.Reason::code).toList() : value);
      return s.length() > 200 ? s.substring(0, 200) + "…" : s;
    }

    private void missing(String path, Expected expected) {
      add(FormatMessages.violation("kipp.json.missing", path, "", "expectedEn", expected.english(), "expectedId", expected.indonesian()));
    }

    private void mismatch(String path, Object stored, Object computed) {
      add(FormatMessages.violation("kipp.json.iidMismatch", path, stored, "expected", computed, "module", module));
    }

    private void add(Violation v) {
      if (found.size() < MAX_MISMATCHES) {
        found.add(v);
      } else {
        more++;
      }
    }

    void done() {
      if (more > 0) {
        found.add(FormatMessages.violation("kipp.json.replayMore", "", more));
      }
      InvalidInputException.throwIfAny("document", found);
    }
  }

  /**
   * Returns the mappings of this file.
   *
   * @return the mappings
   */
  public static List<Mapping<?, ?>> mappings() {
    return List.of(
        Mapping.of(IndicatorRow.class, RowW.class, RowW::of, RowW::toDomain),
        Mapping.of(InnovationEntry.class, InnovationW.class, InnovationW::of, InnovationW::toDomain),
        Mapping.of(RegionalReport.class, ReportW.class, ReportW::of, ReportW::toDomain),
        Mapping.of(IndexAssessment.class, AssessmentW.class, AssessmentW::of, AssessmentW::toDomain));
  }
}
