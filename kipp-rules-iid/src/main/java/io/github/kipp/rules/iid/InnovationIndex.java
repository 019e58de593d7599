package io.github.kipp.rules.iid;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import io.github.kipp.core.Citation;
import io.github.kipp.core.Decision;
import io.github.kipp.core.InvalidInputException;
import io.github.kipp.core.LocalizedText;
import io.github.kipp.core.Reason;
import io.github.kipp.core.RuleModuleId;
import io.github.kipp.core.Violation;
import io.github.kipp.core.spi.RuleModule;
import io.github.kipp.rules.iid.internal.IidMessages;
import io.github.kipp.rules.iid.spi.BasicServiceAffair;
import io.github.kipp.rules.iid.spi.IidKeys;
import io.github.kipp.rules.iid.spi.Indicator;
import io.github.kipp.rules.iid.spi.IndicatorPart;
import io.github.kipp.rules.iid.spi.IndicatorRules;
import io.github.kipp.rules.iid.spi.IndexBand;
import io.github.kipp.scoring.explain.Explanation;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Computes Kemendagri's regional innovation index of a report under one module, in two views: the
 * claimed index of the self-assessment and the verified index after the evidence checks.
 *
 * <pre>{@code
 * IndexAssessment a = InnovationIndex.of(IidRules.edition2026()).assess(report);
 * a.verified().index();        // 57.43
 * a.verified().band().name();  // Inovatif
 * a.explain().render(Locale.ENGLISH);
 * }</pre>
 *
 * <p>In each view:
 * <ol>
 *   <li>each innovation is decided eligible or not ({@link #eligibility}); only eligible ones count;
 *   <li>a row scores {@code weight × level} when its evidence is attached (claimed) or verified
 *       (verified), otherwise 0; rows missing from the report score 0;
 *   <li>SPD = the sum of the regional government's rows; SID = the sum of the counted innovations'
 *       rows ÷ {@code max(divisorMinimum, n)};
 *   <li>count = {@code min(n, cap) × weight}, or 0 when the counted innovations cover fewer of the
 *       six basic-service affairs than the module requires;
 *   <li>index = {@code (SPD + SID + count) ÷ maximum × 100}, computed as an exact fraction and rounded
 *       once to the module's scale; its band is the module's band that contains it.
 * </ol>
 *
 * <p>Immutable and thread-safe; the order of the innovations in a report does not change any number.
 */
public final class InnovationIndex {

  private static final String RULE = "iid.eligibility";

  private final RuleModuleId module;
  private final int year;
  private final IndicatorRules rules;

  private InnovationIndex(RuleModuleId module, int year, IndicatorRules rules) {
    this.module = module;
    this.year = year;
    this.rules = rules;
  }

  /**
   * Returns the index of a module.
   *
   * @param module the module, not null
   * @return the engine, not null
   * @throws io.github.kipp.core.spi.MissingModulePartException if the module has no {@link
   *     IndicatorRules} part, naming it
   */
  public static InnovationIndex of(RuleModule module) {
    requireNonNull(module, "module");
    return new InnovationIndex(module.id(), module.editionYear(), module.requirePart(IndicatorRules.class));
  }

  /**
   * Returns the module's indicator rules.
   *
   * @return the rules, not null
   */
  public IndicatorRules rules() {
    return rules;
  }

  /**
   * Computes both views of a report's index and the rows that make them differ.
   *
   * @param report the report, not null
   * @return the assessment, not null
   * @throws InvalidInputException if the report is for another year than the module's ({@code
   *     kipp.iid.year}), or names an indicator the catalogue lacks ({@code kipp.iid.unknownIndicator})
   *     or one of the other part ({@code kipp.iid.wrongPart})
   */
  public IndexAssessment assess(RegionalReport report) {
    check(requireNonNull(report, "report"));
    IndexScore claimed = compute(report, IndexView.CLAIMED);
    IndexScore verified = compute(report, IndexView.VERIFIED);
    return new IndexAssessment(module, report, claimed, verified, differences(report, verified));
  }

  /**
   * Computes one view of a report's index.
   *
   * @param report the report, not null
   * @param view the view, not null
   * @return the score, not null
   * @throws InvalidInputException as {@link #assess}
   */
  public IndexScore score(RegionalReport report, IndexView view) {
    check(requireNonNull(report, "report"));
    return compute(report, requireNonNull(view, "view"));
  }

  private void check(RegionalReport report) {
    List<Violation> v = new ArrayList<>();
    if (report.year() != year) {
      v.add(IidMessages.violation("kipp.iid.year", "year", report.year(), "module", module, "moduleYear", year));
    }
    checkRows(v, "spdRows", report.spdRows(), IndicatorPart.SPD);
    for (int i = 0; i < report.innovations().size(); i++) {
      checkRows(v, "innovations[" + i + "].rows", report.innovations().get(i).rows(), IndicatorPart.SID);
    }
    InvalidInputException.throwIfAny("report of " + report.region().code() + " for " + report.year(), v);
  }

  private void checkRows(List<Violation> v, String path, List<IndicatorRow> rows, IndicatorPart part) {
    for (int i = 0; i < rows.size(); i++) {
      IndicatorRow r = rows.get(i);
      Optional<Indicator> found = rules.indicator(r.indicator());
      if (found.isEmpty()) {
        v.add(IidMessages.violation("kipp.iid.unknownIndicator", path + "[" + i + "]", r.indicator(), "module", module,
            "allowed", rules.indicators(part).stream().map(x -> x.id().value()).collect(Collectors.joining(", "))));
      } else if (found.get().part() != part) {
        v.add(IidMessages.violation("kipp.iid.wrongPart", path + "[" + i + "]", r.indicator(), "part", found.get().part(), "expected", part));
      }
    }
  }

  /**
   * Decides whether an innovation counts in one view: implemented within the module's window, a
   * design narrative of the minimum length, every mandatory SID indicator evidenced at level 1 or
   * more (verified evidence in the verified view), and entered no more than the maximum number of
   * times, this entry included.
   *
   * @param entry the innovation, not null
   * @param view the view, not null
   * @return the decision: pass with a reason per check, or fail with a reason per refusal; each
   *     reason cites its parameter
   */
  public Decision eligibility(InnovationEntry entry, IndexView view) {
    requireNonNull(entry, "entry");
    requireNonNull(view, "view");
    List<Reason> refusals = new ArrayList<>();
    List<Reason> passes = new ArrayList<>();
    Citation window = rules.citation(IidKeys.IMPLEMENTED_FROM);
    boolean inWindow = !entry.implementedOn().isBefore(rules.implementedFrom()) && !entry.implementedOn().isAfter(rules.implementedUntil());
    (inWindow ? passes : refusals).add(reason(inWindow ? "kipp.iid.eligible.window" : "kipp.iid.refused.window", window,
        "value", entry.implementedOn(), "from", rules.implementedFrom(), "until", rules.implementedUntil()));
    boolean longEnough = entry.narrativeWords() >= rules.narrativeMinimumWords();
    (longEnough ? passes : refusals).add(reason(longEnough ? "kipp.iid.eligible.narrative" : "kipp.iid.refused.narrative",
        rules.citation(IidKeys.NARRATIVE_MINIMUM_WORDS), "value", entry.narrativeWords(), "min", rules.narrativeMinimumWords()));
    List<String> missing = new ArrayList<>();
    for (Indicator i : rules.indicators(IndicatorPart.SID)) {
      if (i.mandatory() && entry.row(i.id()).map(r -> r.scoredLevel(view)).orElse(0) == 0) {
        missing.add(i.id().value());
      }
    }
    String mandatory = rules.indicators(IndicatorPart.SID).stream().filter(Indicator::mandatory).map(i -> i.id().value())
        .collect(Collectors.joining(", "));
    String suffix = view == IndexView.CLAIMED ? "mandatory" : "mandatoryVerified";
    (missing.isEmpty() ? passes : refusals).add(reason(
        (missing.isEmpty() ? "kipp.iid.eligible." : "kipp.iid.refused.") + suffix,
        rules.citation(IidKeys.CATALOGUE), "value", String.join(", ", missing), "mandatory", mandatory));
    int entries = entry.earlierEntries() + 1;
    boolean fewEnough = entries <= rules.maximumEntries();
    (fewEnough ? passes : refusals).add(reason(fewEnough ? "kipp.iid.eligible.entries" : "kipp.iid.refused.entries",
        rules.citation(IidKeys.MAXIMUM_ENTRIES), "value", entries, "max", rules.maximumEntries()));
    String subject = entry.id().value();
    if (refusals.isEmpty()) {
      return Decision.pass(subject, RULE, passes.toArray(new Reason[0]));
    }
    return Decision.fail(subject, RULE, refusals.get(0), refusals.subList(1, refusals.size()).toArray(new Reason[0]));
  }

  private static Reason reason(String code, Citation citation, Object... namesAndValues) {
    return Reason.of(code, IidMessages.render(code, namesAndValues), citation);
  }

  private IndexScore compute(RegionalReport report, IndexView view) {
    Citation catalogue = rules.citation(IidKeys.CATALOGUE);
    List<Explanation> spdRows = new ArrayList<>();
    BigDecimal spd = BigDecimal.ZERO;
    for (Indicator i : rules.indicators(IndicatorPart.SPD)) {
      Optional<IndicatorRow> row = report.spdRows().stream().filter(r -> r.indicator().equals(i.id())).findFirst();
      int level = row.map(r -> r.scoredLevel(view)).orElse(0);
      BigDecimal points = i.weight().multiply(BigDecimal.valueOf(level));
      spd = spd.add(points);
      spdRows.add(rowNode(i, row, level, points, catalogue));
    }
    ImmutableList.Builder<Decision> decisions = ImmutableList.builder();
    List<Explanation> innovations = new ArrayList<>();
    BigDecimal sidSum = BigDecimal.ZERO;
    int n = 0;
    Set<BasicServiceAffair> affairs = EnumSet.noneOf(BasicServiceAffair.class);
    for (InnovationEntry e : report.innovations()) {
      Decision d = eligibility(e, view);
      decisions.add(d);
      if (!d.passed()) {
        innovations.add(new Explanation("innovation", LocalizedText.of("Inovasi " + e.id() + " tidak dihitung",
            "Innovation " + e.id() + " does not count"), "0", d.citations(), reasonNodes(d)));
        continue;
      }
      n++;
      e.affair().ifPresent(affairs::add);
      BigDecimal own = BigDecimal.ZERO;
      List<Explanation> rows = new ArrayList<>();
      for (Indicator i : rules.indicators(IndicatorPart.SID)) {
        Optional<IndicatorRow> row = e.row(i.id());
        int level = row.map(r -> r.scoredLevel(view)).orElse(0);
        BigDecimal points = i.weight().multiply(BigDecimal.valueOf(level));
        own = own.add(points);
        rows.add(rowNode(i, row, level, points, catalogue));
      }
      sidSum = sidSum.add(own);
      innovations.add(new Explanation("innovation", LocalizedText.of("Inovasi " + e.id() + " (" + e.title() + ")",
          "Innovation " + e.id() + " (" + e.title() + ")"), own.toPlainString(), ImmutableList.of(), ImmutableList.copyOf(rows)));
    }
    int divisor = Math.max(rules.divisorMinimum(), n);
    boolean affairsMet = affairs.size() >= rules.affairsRequired();
    BigDecimal countPart = affairsMet
        ? rules.countWeight().multiply(BigDecimal.valueOf(Math.min(n, rules.countCap())))
        : BigDecimal.ZERO;
    BigDecimal d = BigDecimal.valueOf(divisor);
    BigDecimal numerator = spd.multiply(d).add(sidSum).add(countPart.multiply(d)).multiply(BigDecimal.valueOf(100));
    BigDecimal denominator = d.multiply(rules.totalMaximum());
    BigDecimal index = numerator.divide(denominator, rules.indexScale(), rules.indexRounding());
    IndexBand band = rules.band(index);

    ImmutableList<Decision> eligibility = decisions.build();
    String viewId = view == IndexView.CLAIMED ? "klaim" : "terverifikasi";
    String viewEn = view == IndexView.CLAIMED ? "claimed" : "verified";
    Explanation spdNode = new Explanation("spd", LocalizedText.of("Bagian SPD: jumlah bobot × level baris 1-15",
        "SPD part: sum of weight × level of rows 1-15"), spd.toPlainString() + " / " + rules.spdMaximum().toPlainString(),
        ImmutableList.of(rules.citation(IidKeys.SPD_MAXIMUM)), ImmutableList.copyOf(spdRows));
    Explanation sidNode = new Explanation("sid", LocalizedText.of("Bagian SID: jumlah skor inovasi dibagi max(" + rules.divisorMinimum() + ", n)",
        "SID part: sum of the innovations' scores divided by max(" + rules.divisorMinimum() + ", n)"),
        IndexScore.shownSid(sidSum, divisor).toPlainString(), ImmutableList.of(rules.citation(IidKeys.SID_MAXIMUM)), ImmutableList.of(
            new Explanation("sid-sum", LocalizedText.of("Jumlah skor SID inovasi yang dihitung", "Sum of the counted innovations' SID scores"),
                sidSum.toPlainString(), ImmutableList.of(catalogue), ImmutableList.copyOf(innovations)),
            Explanation.leaf("divisor", LocalizedText.of("Pembagi max(" + rules.divisorMinimum() + ", " + n + ")",
                "Divisor max(" + rules.divisorMinimum() + ", " + n + ")"), Integer.toString(divisor), rules.citation(IidKeys.DIVISOR_MINIMUM))));
    Explanation countNode = new Explanation("count", LocalizedText.of(
        "Bagian jumlah inovasi: min(" + n + ", " + rules.countCap() + ") × " + rules.countWeight().toPlainString()
            + (affairsMet ? "" : ", nol karena urusan pelayanan dasar kurang"),
        "Innovation-count part: min(" + n + ", " + rules.countCap() + ") × " + rules.countWeight().toPlainString()
            + (affairsMet ? "" : ", zero as too few basic-service affairs are covered")),
        countPart.toPlainString(), ImmutableList.of(rules.citation(IidKeys.COUNT_WEIGHT), rules.citation(IidKeys.COUNT_CAP)),
        ImmutableList.of(Explanation.leaf("affairs", LocalizedText.of(
            "Urusan pelayanan dasar tercakup " + affairs.size() + " dari 6, wajib " + rules.affairsRequired(),
            "Basic-service affairs covered " + affairs.size() + " of 6, required " + rules.affairsRequired()),
            affairsMet ? "met" : "not met", rules.citation(IidKeys.AFFAIRS_REQUIRED))));
    Explanation totalNode = Explanation.leaf("total", LocalizedText.of("Total SPD + SID + jumlah inovasi dari maksimum "
        + rules.totalMaximum().toPlainString(), "Total SPD + SID + innovation count out of "
        + rules.totalMaximum().toPlainString()), IndexScore.shownTotal(spd, sidSum, divisor, countPart).toPlainString(), rules.citation(IidKeys.TOTAL_MAXIMUM));
    Explanation roundingNode = Explanation.leaf("rounding", LocalizedText.of(
        "Indeks = total ÷ " + rules.totalMaximum().toPlainString() + " × 100, dibulatkan " + rules.indexScale() + " desimal "
            + rules.indexRounding(), "Index = total ÷ " + rules.totalMaximum().toPlainString() + " × 100, rounded to "
            + rules.indexScale() + " decimals " + rules.indexRounding()), index.toPlainString(),
        rules.citation(IidKeys.INDEX_SCALE), rules.citation(IidKeys.INDEX_ROUNDING));
    Explanation bandNode = Explanation.leaf("band", LocalizedText.of("Kategori " + band, "Band " + band), band.name(),
        rules.citation(IidKeys.BANDS));
    Explanation root = new Explanation("iid", LocalizedText.of("Indeks Inovasi Daerah (" + viewId + ")",
        "Regional innovation index (" + viewEn + ")"), index.toPlainString() + " " + band.name(), ImmutableList.of(),
        ImmutableList.of(spdNode, sidNode, countNode, totalNode, roundingNode, bandNode));
    return new IndexScore(view, spd, sidSum, divisor, n, affairs.size(), countPart, index, band, eligibility, root);
  }

  private static ImmutableList<Explanation> reasonNodes(Decision d) {
    return d.reasons().stream().map(r -> new Explanation("reason", r.message(), r.code(), r.citations(), ImmutableList.of()))
        .collect(ImmutableList.toImmutableList());
  }

  private static Explanation rowNode(Indicator i, Optional<IndicatorRow> row, int level, BigDecimal points, Citation catalogue) {
    String why;
    String whyEn;
    if (row.isEmpty()) {
      why = "tidak diisi";
      whyEn = "not reported";
    } else if (row.get().evidence().isEmpty()) {
      why = "level " + row.get().level() + " tanpa data dukung";
      whyEn = "level " + row.get().level() + " without evidence";
    } else if (level == 0 && row.get().level() > 0) {
      why = "level " + row.get().level() + ", data dukung belum terverifikasi";
      whyEn = "level " + row.get().level() + ", evidence not verified";
    } else {
      why = "level " + level;
      whyEn = "level " + level;
    }
    return Explanation.leaf("row", LocalizedText.of(i.id() + " " + i.name() + ": " + i.weight().toPlainString() + " × " + level + " (" + why + ")",
        i.id() + " " + i.name() + ": " + i.weight().toPlainString() + " × " + level + " (" + whyEn + ")"), points.toPlainString(), catalogue);
  }

  private ImmutableList<RowDifference> differences(RegionalReport report, IndexScore verified) {
    ImmutableList.Builder<RowDifference> out = ImmutableList.builder();
    for (Indicator i : rules.indicators(IndicatorPart.SPD)) {
      report.spdRows().stream().filter(r -> r.indicator().equals(i.id())).findFirst().ifPresent(r -> {
        int c = r.scoredLevel(IndexView.CLAIMED);
        int v = r.scoredLevel(IndexView.VERIFIED);
        if (c != v) {
          out.add(new RowDifference(Optional.empty(), i.id(), i.weight(), c, v, IidMessages.render("kipp.iid.diff.unverified")));
        }
      });
    }
    for (InnovationEntry e : report.innovations()) {
      boolean countedClaimed = eligibility(e, IndexView.CLAIMED).passed();
      boolean countedVerified = verified.eligibility(e.id()).map(Decision::passed).orElse(false);
      if (!countedClaimed) {
        continue;
      }
      for (Indicator i : rules.indicators(IndicatorPart.SID)) {
        Optional<IndicatorRow> row = e.row(i.id());
        int c = row.map(r -> r.scoredLevel(IndexView.CLAIMED)).orElse(0);
        int v = countedVerified ? row.map(r -> r.scoredLevel(IndexView.VERIFIED)).orElse(0) : 0;
        if (c != v) {
          LocalizedText why = !countedVerified && row.map(r -> r.scoredLevel(IndexView.VERIFIED)).orElse(0) == c
              ? IidMessages.render("kipp.iid.diff.notCounted")
              : IidMessages.render("kipp.iid.diff.unverified");
          out.add(new RowDifference(Optional.of(e.id()), i.id(), i.weight(), c, v, why));
        }
      }
    }
    return out.build();
  }
}
