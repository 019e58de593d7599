package io.github.kipp.format.internal;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import io.github.kipp.core.InnovationId;
import io.github.kipp.core.InvalidInputException;
import io.github.kipp.core.Violation;
import io.github.kipp.core.institution.RegionCode;
import io.github.kipp.rules.iid.Evidence;
import io.github.kipp.rules.iid.IidModule;
import io.github.kipp.rules.iid.IndicatorRow;
import io.github.kipp.rules.iid.InnovationEntry;
import io.github.kipp.rules.iid.RegionalReport;
import io.github.kipp.rules.iid.spi.Indicator;
import io.github.kipp.rules.iid.spi.IndicatorId;
import io.github.kipp.rules.iid.spi.IndicatorPart;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The table of a regional innovation index's indicator rows, the form regional offices keep in
 * spreadsheets, without a CSV library: one row per indicator row of a report, columns {@link
 * #COLUMNS}. The rows of a table are read into reports given with their innovations (whose other
 * values the table does not hold); every problem of every row is reported at once, each naming
 * {@code rows[n].column}.
 */
public final class IidCsv {

  /** The columns, in order. */
  public static final ImmutableList<String> COLUMNS =
      ImmutableList.of("region", "year", "part", "innovation", "indicator", "level", "weight", "evidence", "verified");

  /** The columns every table must have. */
  public static final ImmutableList<String> REQUIRED = ImmutableList.of("region", "year", "part", "indicator", "level");

  /** The longest number a weight cell may hold, in characters. */
  static final int MAX_NUMBER = 40;

  private IidCsv() {}

  /**
   * Returns the table's rows for reports: each report's SPD rows, then each innovation's SID rows,
   * in the reports' order. The weight is the catalogue's of the module kipp ships for the report's
   * year, empty when it ships none.
   *
   * @param reports the reports, not null
   * @return the rows, column name to cell
   */
  public static List<Map<String, String>> rows(Iterable<RegionalReport> reports) {
    List<Map<String, String>> out = new ArrayList<>();
    for (RegionalReport r : reports) {
      Optional<IidModule> module = IidWire.moduleOfYear(r.year());
      for (IndicatorRow row : r.spdRows()) {
        out.add(row(r, IndicatorPart.SPD, null, row, module));
      }
      for (InnovationEntry e : r.innovations()) {
        for (IndicatorRow row : e.rows()) {
          out.add(row(r, IndicatorPart.SID, e.id(), row, module));
        }
      }
    }
    return out;
  }

  private static Map<String, String> row(RegionalReport r, IndicatorPart part, @Nullable InnovationId innovation, IndicatorRow row,
      Optional<IidModule> module) {
    Map<String, String> cells = new LinkedHashMap<>();
    cells.put("region", r.region().code().value());
    cells.put("year", Integer.toString(r.year()));
    cells.put("part", part.name());
    cells.put("innovation", innovation == null ? "" : innovation.value());
    cells.put("indicator", row.indicator().value());
    cells.put("level", Integer.toString(row.level()));
    cells.put("weight", module.flatMap(m -> m.indicator(row.indicator())).map(i -> i.weight().toPlainString()).orElse(""));
    cells.put("evidence", row.evidence().map(Evidence::reference).orElse(""));
    cells.put("verified", row.evidence().map(e -> Boolean.toString(e.verified())).orElse(""));
    return cells;
  }

  /**
   * Reads a table's rows into reports: each report given keeps its region, year and innovations and
   * takes its SPD rows and its innovations' SID rows from the table, in row order; a report the table
   * has no row for keeps none.
   *
   * @param rows the rows, column name to cell (a cell absent or empty is empty)
   * @param reports the reports the rows belong to, each region and year once; not null
   * @return the reports with their rows, in the order given
   * @throws InvalidInputException listing every problem of every row, each at {@code rows[n].column}
   * @throws IllegalArgumentException if two reports given are of the same region and year
   */
  public static ImmutableList<RegionalReport> read(List<Map<String, String>> rows, Iterable<RegionalReport> reports) {
    requireNonNull(rows, "rows");
    Map<String, Target> targets = new LinkedHashMap<>();
    for (RegionalReport r : reports) {
      if (targets.put(key(r.region().code().value(), r.year()), new Target(r)) != null) {
        throw new IllegalArgumentException("two reports of region " + r.region().code() + " for " + r.year() + " were given; give each once");
      }
    }
    List<Violation> found = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < rows.size(); i++) {
      readRow(rows.get(i), "rows[" + i + "].", targets, seen, found);
    }
    InvalidInputException.throwIfAny("CSV", found);
    return targets.values().stream().map(Target::build).collect(ImmutableList.toImmutableList());
  }

  private static void readRow(Map<String, String> row, String at, Map<String, Target> targets, Set<String> seen, List<Violation> found) {
    RegionCode region = cell(found, () -> IidWire.at(at + "region", () -> RegionCode.of(required(row, "region", at))));
    Integer year = cell(found, () -> integer(row, "year", at));
    IndicatorPart part = cell(found, () -> Wire.enumValue(required(row, "part", at), at + "part", IndicatorPart.class));
    IndicatorId indicator = cell(found, () -> IidWire.at(at + "indicator", () -> IndicatorId.of(required(row, "indicator", at))));
    Integer level = cell(found, () -> integer(row, "level", at));
    BigDecimal weight = null;
    try {
      weight = weight(row, at);
    } catch (InvalidInputException e) {
      found.addAll(e.violations());
    }
    String evidence = text(row, "evidence");
    Boolean verified = null;
    try {
      verified = verified(row, at);
    } catch (InvalidInputException e) {
      found.addAll(e.violations());
    }
    Optional<Evidence> proof = Optional.empty();
    if (evidence == null) {
      if (verified != null) {
        found.add(FormatMessages.violation("kipp.json.iidNoEvidence", at + "verified", verified));
      }
    } else {
      try {
        proof = Optional.of(new Evidence(evidence, Boolean.TRUE.equals(verified)));
      } catch (InvalidInputException e) {
        found.addAll(relocated(e, at + "evidence"));
      }
    }
    IndicatorRow indicatorRow = null;
    if (indicator != null && level != null) {
      try {
        indicatorRow = new IndicatorRow(indicator, level, proof);
      } catch (InvalidInputException e) {
        found.addAll(relocated(e, at + "level"));
      }
    }
    if (region == null || year == null || part == null) {
      return;
    }
    Target target = targets.get(key(region.value(), year));
    if (target == null) {
      found.add(FormatMessages.violation("kipp.csv.iidReport", at + "region", region.value(), "year", year,
          "allowed", targets.values().stream().map(t -> t.report.region().code().value() + " " + t.report.year()).collect(Collectors.joining(", "))));
      return;
    }
    String innovationCell = text(row, "innovation");
    InnovationId innovation = null;
    if (part == IndicatorPart.SPD && innovationCell != null) {
      found.add(FormatMessages.violation("kipp.csv.iidSpdInnovation", at + "innovation", innovationCell));
    } else if (part == IndicatorPart.SID) {
      innovation = cell(found, () -> IidWire.at(at + "innovation", () -> InnovationId.of(required(row, "innovation", at))));
      if (innovation != null && !target.innovations.containsKey(innovation)) {
        found.add(FormatMessages.violation("kipp.csv.iidInnovation", at + "innovation", innovation.value(), "region",
            region.value(), "year", year, "allowed", target.innovations.keySet().stream().map(InnovationId::value).collect(Collectors.joining(", "))));
        innovation = null;
      }
    }
    if (indicator != null) {
      checkCatalogue(found, at, year, part, indicator, weight);
      String rowKey = key(region.value(), year) + "/" + part + "/" + (innovation == null ? "" : innovation.value()) + "/" + indicator.value();
      if (!seen.add(rowKey)) {
        found.add(FormatMessages.violation("kipp.json.duplicate", at + "indicator", indicator.value(),
            "kindEn", "indicator row of a report or innovation", "kindId", "baris indikator sebuah laporan atau inovasi"));
        return;
      }
    }
    if (indicatorRow == null) {
      return;
    }
    if (part == IndicatorPart.SPD) {
      target.spd.add(indicatorRow);
    } else if (innovation != null) {
      requireNonNull(target.innovations.get(innovation), "rows of a known innovation").add(indicatorRow);
    }
  }

  private static List<Violation> relocated(InvalidInputException e, String path) {
    return e.violations().stream().map(v -> new Violation(v.code(), path, v.invalidValue(), v.message())).toList();
  }

  private static void checkCatalogue(List<Violation> found, String at, int year, IndicatorPart part, IndicatorId indicator, @Nullable BigDecimal weight) {
    Optional<IidModule> module = IidWire.moduleOfYear(year);
    if (module.isEmpty()) {
      return;
    }
    IidModule m = module.get();
    Optional<Indicator> known = m.indicator(indicator).filter(i -> i.part() == part);
    if (known.isEmpty()) {
      found.add(FormatMessages.violation("kipp.csv.iidIndicator", at + "indicator", indicator.value(), "module", m.id().value(), "part", part.name(),
          "allowed", m.indicators(part).stream().map(i -> i.id().value()).collect(Collectors.joining(", "))));
    } else if (weight != null && weight.compareTo(known.get().weight()) != 0) {
      found.add(FormatMessages.violation("kipp.csv.iidWeight", at + "weight", weight.toPlainString(), "indicator", indicator.value(),
          "expected", known.get().weight().toPlainString(), "module", m.id().value()));
    }
  }

  private static String key(String region, int year) {
    return region + "@" + year;
  }

  private static <T> @Nullable T cell(List<Violation> found, Supplier<T> read) {
    try {
      return read.get();
    } catch (InvalidInputException e) {
      found.addAll(e.violations());
      return null;
    }
  }

  private static @Nullable String text(Map<String, String> row, String column) {
    String s = row.get(column);
    return s == null || s.isEmpty() ? null : s;
  }

  private static String required(Map<String, String> row, String column, String at) {
    return Wire.required(text(row, column), at + column, Expected.TEXT);
  }

  private static Integer integer(Map<String, String> row, String column, String at) {
    String s = Wire.required(text(row, column), at + column, Expected.INTEGER).strip();
    try {
      return Integer.valueOf(s);
    } catch (NumberFormatException e) {
      throw Wire.fail(FormatMessages.violation("kipp.json.wrongType", at + column, s, "expectedEn", Expected.INTEGER.english(),
          "expectedId", Expected.INTEGER.indonesian()));
    }
  }

  private static @Nullable BigDecimal weight(Map<String, String> row, String at) {
    String s = text(row, "weight");
    if (s == null) {
      return null;
    }
    String number = s.strip();
    try {
      if (number.length() > MAX_NUMBER) {
        throw new NumberFormatException("too long");
      }
      return Wire.checked(new BigDecimal(number), at + "weight");
    } catch (NumberFormatException e) {
      throw Wire.fail(FormatMessages.violation("kipp.json.wrongType", at + "weight", number.length() > MAX_NUMBER ? number.substring(0, MAX_NUMBER) + "…" : number,
          "expectedEn", Expected.NUMBER.english(), "expectedId", Expected.NUMBER.indonesian()));
    }
  }

  private static @Nullable Boolean verified(Map<String, String> row, String at) {
    String s = text(row, "verified");
    if (s == null) {
      return null;
    }
    return switch (s.strip()) {
      case "true" -> Boolean.TRUE;
      case "false" -> Boolean.FALSE;
      default -> throw Wire.fail(FormatMessages.violation("kipp.json.wrongType", at + "verified", s, "expectedEn", Expected.BOOLEAN.english(),
          "expectedId", Expected.BOOLEAN.indonesian()));
    };
  }

  /** A report the table's rows go into. */
  private static final class Target {
    final RegionalReport report;
    final List<IndicatorRow> spd = new ArrayList<>();
    final Map<InnovationId, List<IndicatorRow>> innovations = new LinkedHashMap<>();

    Target(RegionalReport report) {
      this.report = report;
      report.innovations().forEach(e -> innovations.put(e.id(), new ArrayList<>()));
    }

    RegionalReport build() {
      Map<InnovationId, InnovationEntry> byId = new HashMap<>();
      report.innovations().forEach(e -> byId.put(e.id(), e));
      RegionalReport.Builder b = RegionalReport.newBuilder(report.region(), report.year()).spd(spd);
      innovations.forEach((id, rows) -> {
        InnovationEntry e = requireNonNull(byId.get(id), "a reported innovation");
        InnovationEntry.Builder entry = InnovationEntry.newBuilder(e.id(), e.title()).implementedOn(e.implementedOn())
            .narrativeWords(e.narrativeWords()).earlierEntries(e.earlierEntries()).rows(rows);
        e.affair().ifPresent(entry::affair);
        b.innovation(entry.build());
      });
      return b.build();
    }
  }
}
