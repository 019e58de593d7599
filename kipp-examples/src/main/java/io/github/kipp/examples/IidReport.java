package io.github.kipp.examples;

import com.google.common.escape.Escaper;
import com.google.common.html.HtmlEscapers;
import io.github.kipp.core.Citation;
import io.github.kipp.jackson.IndicatorRowsCsv;
import io.github.kipp.jackson.KippJson;
import io.github.kipp.rules.iid.IndexAssessment;
import io.github.kipp.rules.iid.IndexScore;
import io.github.kipp.rules.iid.RowDifference;
import io.github.kipp.rules.iid.spi.IndexBand;
import io.github.kipp.rules.iid.spi.IndicatorRules;
import io.github.kipp.scoring.explain.Explanation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Writes the IID example's report folder: {@code index.html}, {@code assessments.json} and {@code
 * indicator-rows.csv}. The HTML has inline CSS and an inline SVG only, so it works offline from the
 * file system; every text in it is escaped.
 */
final class IidReport {

  static final String INDEX = "index.html";
  static final String ASSESSMENTS = "assessments.json";
  static final String ROWS = "indicator-rows.csv";

  /** How many of the largest claimed-versus-verified gaps the page lists. */
  static final int GAPS = 10;

  /** How deep each region's explanation is shown; the whole tree is in {@code assessments.json}. */
  static final int DEPTH = 3;

  /** Highest verified index first, then highest claimed, then by region code. */
  static final Comparator<IndexAssessment> BY_VERIFIED = Comparator.comparing((IndexAssessment a) -> a.verified().index()).reversed()
      .thenComparing(Comparator.comparing((IndexAssessment a) -> a.claimed().index()).reversed())
      .thenComparing(a -> a.report().region().code().value());

  /** Largest difference first, then by region code. */
  static final Comparator<IndexAssessment> BY_GAP = Comparator.comparing(IndexAssessment::difference).reversed()
      .thenComparing(a -> a.report().region().code().value());

  private static final Escaper HTML = HtmlEscapers.htmlEscaper();

  private static final Map<String, String> COLOURS = Map.of(
      "Sangat Inovatif", "#1d6b2a", "Inovatif", "#0b4f6c", "Kurang Inovatif", "#e07a1f", "Tidak Dapat Dinilai", "#a1261b");

  private IidReport() {}

  static Path write(List<IndexAssessment> assessments, Path folder) {
    try {
      Files.createDirectories(folder);
      // Compact: kipp's format without the indentation that would double the size of the trees.
      Files.writeString(folder.resolve(ASSESSMENTS), KippJson.json().mapper().writeValueAsString(assessments) + "\n", StandardCharsets.UTF_8);
      Files.writeString(folder.resolve(ROWS), IndicatorRowsCsv.csv().write(assessments.stream().map(IndexAssessment::report).toList()),
          StandardCharsets.UTF_8);
      Files.writeString(folder.resolve(INDEX), html(assessments), StandardCharsets.UTF_8);
      return folder;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String e(Object text) {
    return HTML.escape(String.valueOf(text));
  }

  private static String colour(IndexBand band) {
    return COLOURS.getOrDefault(band.name(), "#5b6776");
  }

  private static final String CSS = String.join("\n",
      "body{font-family:system-ui,-apple-system,'Segoe UI',Roboto,'Noto Sans',sans-serif;margin:0;color:#1c2430;background:#f6f7f9;line-height:1.45}",
      "header{background:#0b4f6c;color:#fff;padding:1.4rem 2rem}",
      "header h1{margin:0 0 .3rem;font-size:1.6rem}",
      "header p{margin:.15rem 0;opacity:.92}",
      "main{max-width:1180px;margin:0 auto;padding:1rem 2rem 3rem}",
      "section{background:#fff;border:1px solid #dde2e8;border-radius:8px;padding:1rem 1.3rem;margin:1.1rem 0}",
      "h2{font-size:1.2rem;margin:.2rem 0 .7rem;color:#0b4f6c}",
      "table{border-collapse:collapse;width:100%;font-size:.88rem}",
      "th,td{text-align:left;padding:.3rem .5rem;border-bottom:1px solid #e6e9ee;vertical-align:top}",
      "th{background:#eef2f6;font-weight:600}",
      "td.num,th.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}",
      "td.id{white-space:nowrap}",
      ".band{color:#fff;border-radius:4px;padding:.05rem .4rem;font-size:.78rem;white-space:nowrap}",
      ".counts{display:grid;grid-template-columns:repeat(auto-fit,minmax(11rem,1fr));gap:.6rem;margin:0;padding:0;list-style:none}",
      ".counts li{background:#eef2f6;border-radius:6px;padding:.45rem .8rem}",
      ".counts b{display:block;font-size:1.35rem;color:#0b4f6c}",
      "code,pre{font-family:ui-monospace,'SFMono-Regular',Menlo,Consolas,monospace;font-size:.8rem}",
      "details{border-bottom:1px solid #e6e9ee;padding:.25rem 0}",
      "summary{cursor:pointer}",
      "pre{white-space:pre-wrap;background:#f6f7f9;padding:.6rem;border-radius:6px;margin:.4rem 0}",
      "pre b{color:#0b4f6c}",
      "ol.notes{font-size:.78rem;color:#5b6776;margin:.2rem 0 .6rem 1.2rem;padding-left:1rem}",
      "ul.lost{margin:.2rem 0;padding-left:1.1rem;font-size:.82rem}",
      ".muted{color:#5b6776;font-size:.85rem}",
      "svg text{font-family:system-ui,sans-serif;font-size:11px;fill:#1c2430}");

  static String html(List<IndexAssessment> assessments) {
    List<IndexAssessment> ranked = assessments.stream().sorted(BY_VERIFIED).toList();
    IndexAssessment first = ranked.get(0);
    StringBuilder h = new StringBuilder(512 * 1024);
    h.append("<!DOCTYPE html>\n<html lang=\"id\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>Indeks Inovasi Daerah Sulawesi Selatan ").append(first.report().year()).append(" - laporan / report</title>\n")
        .append("<style>\n").append(CSS).append("\n</style>\n</head>\n<body>\n");
    h.append("<header><h1>Indeks Inovasi Daerah Provinsi Sulawesi Selatan ").append(first.report().year()).append("</h1>\n<p>")
        .append("Regional innovation index of South Sulawesi's regencies and cities, ").append(first.report().year())
        .append("</p>\n<p>Modul / module <code>").append(e(first.module())).append("</code> &middot; ").append(assessments.size())
        .append(" kabupaten/kota / regencies and cities &middot; indeks klaim dan terverifikasi / claimed and verified index</p></header>\n<main>\n");
    counts(h, ranked);
    table(h, ranked);
    chart(h, ranked);
    gaps(h, assessments);
    explanations(h, ranked);
    h.append("<section id=\"files\"><h2>Berkas / files</h2>\n<p class=\"muted\">The assessments in kipp's JSON format, with every explanation in "
        + "full, are <a href=\"").append(ASSESSMENTS).append("\">").append(ASSESSMENTS).append("</a>; the reports' indicator rows, as regional "
        + "offices keep them in spreadsheets, are <a href=\"").append(ROWS).append("\">").append(ROWS).append("</a>.</p></section>\n");
    h.append("</main>\n</body>\n</html>\n");
    return h.toString();
  }

  private static List<IndexBand> bands(IndexAssessment a) {
    // The module's bands, highest first, as its explanation cites them: read from the module in force.
    return io.github.kipp.rules.iid.IidRules.modules().stream().filter(m -> m.id().equals(a.module())).findFirst()
        .map(IndicatorRules::bands).orElseThrow();
  }

  private static void counts(StringBuilder h, List<IndexAssessment> ranked) {
    h.append("<section id=\"bands\"><h2>Jumlah daerah per kategori / regions per band</h2>\n<ul class=\"counts\">\n");
    for (IndexBand b : bands(ranked.get(0))) {
      long claimed = ranked.stream().filter(a -> a.claimed().band().equals(b)).count();
      long verified = ranked.stream().filter(a -> a.verified().band().equals(b)).count();
      h.append("<li data-band=\"").append(e(b.name())).append("\"><b>").append(verified).append("</b><span class=\"band\" style=\"background:")
          .append(colour(b)).append("\">").append(e(b.name())).append("</span> ").append(e(b.lowest().toPlainString())).append("–")
          .append(e(b.highest().toPlainString())).append("<br><span class=\"muted\">terverifikasi / verified; klaim / claimed: ").append(claimed)
          .append("</span></li>\n");
    }
    h.append("</ul></section>\n");
  }

  private static String band(IndexScore s) {
    return "<span class=\"band\" style=\"background:" + colour(s.band()) + "\">" + e(s.band().name()) + "</span>";
  }

  private static void table(StringBuilder h, List<IndexAssessment> ranked) {
    h.append("<section id=\"index\"><h2>Indeks per daerah / index per region</h2>\n")
        .append("<p class=\"muted\">Diurutkan menurut indeks terverifikasi / ordered by verified index. The claimed index counts every row "
            + "with evidence attached; the verified index only rows whose evidence the assessors verified.</p>\n")
        .append("<table id=\"indices\"><thead><tr><th class=\"num\">#</th><th>Kode / code</th><th>Daerah / region</th>")
        .append("<th class=\"num\">Klaim / claimed</th><th>Kategori / band</th><th class=\"num\">Terverifikasi / verified</th><th>Kategori / band</th>")
        .append("<th class=\"num\">Selisih / gap</th><th class=\"num\">Inovasi dihitung / innovations counted</th></tr></thead>\n<tbody>\n");
    int rank = 0;
    for (IndexAssessment a : ranked) {
      rank++;
      String code = a.report().region().code().value();
      h.append("<tr data-region=\"").append(e(code)).append("\"><td class=\"num\">").append(rank).append("</td><td class=\"id\"><a href=\"#r-")
          .append(e(code)).append("\">").append(e(code)).append("</a></td><td>").append(e(a.report().region().name())).append("</td><td class=\"num\">")
          .append(a.claimed().index().toPlainString()).append("</td><td>").append(band(a.claimed())).append("</td><td class=\"num\">")
          .append(a.verified().index().toPlainString()).append("</td><td>").append(band(a.verified())).append("</td><td class=\"num\">")
          .append(a.difference().toPlainString()).append("</td><td class=\"num\">").append(a.claimed().counted()).append(" / ")
          .append(a.verified().counted()).append("</td></tr>\n");
    }
    h.append("</tbody></table></section>\n");
  }

  /** The verified indices as horizontal bars grouped by band, the claimed index as a lighter bar behind each. */
  private static void chart(StringBuilder h, List<IndexAssessment> ranked) {
    int left = 250;
    int plot = 680;
    int width = left + plot + 90;
    int row = 18;
    List<IndexBand> bands = bands(ranked.get(0));
    List<IndexBand> shown = bands.stream().filter(b -> ranked.stream().anyMatch(a -> a.verified().band().equals(b))).toList();
    int height = 40 + shown.size() * 24 + ranked.size() * row + 16;
    h.append("<section id=\"chart\"><h2>Indeks menurut kategori / indices by band</h2>\n<p class=\"muted\">")
        .append("Batang gelap: indeks terverifikasi; batang terang: indeks klaim. Dark bar: verified index; light bar: claimed index. ")
        .append("Grouped by verified band; the dashed lines are the bands' lower bounds.</p>\n")
        .append("<svg id=\"band-chart\" xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"100%\" viewBox=\"0 0 ").append(width).append(' ')
        .append(height).append("\">\n<title>Indeks Inovasi Daerah menurut kategori / regional innovation index by band</title>\n");
    for (int tick = 0; tick <= 100; tick += 10) {
      double x = left + plot * tick / 100.0;
      h.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"28\" x2=\"%.1f\" y2=\"%d\" stroke=\"#e6e9ee\"/><text x=\"%.1f\" y=\"20\" "
          + "text-anchor=\"middle\">%d</text>%n", x, x, height - 10, x, tick));
    }
    for (IndexBand b : bands) {
      if (b.lowest().signum() > 0 && b.lowest().compareTo(BigDecimal.valueOf(100)) < 0) {
        double x = left + plot * b.lowest().doubleValue() / 100.0;
        h.append(String.format(Locale.ROOT, "<line class=\"threshold\" x1=\"%.1f\" y1=\"28\" x2=\"%.1f\" y2=\"%d\" stroke=\"%s\" stroke-dasharray=\"4 3\"/>%n",
            x, x, height - 10, colour(b)));
      }
    }
    int y = 40;
    for (IndexBand b : shown) {
      h.append(String.format(Locale.ROOT, "<text class=\"band-label\" x=\"8\" y=\"%d\" font-weight=\"600\" fill=\"%s\">%s (%s–%s)</text>%n", y + 8,
          colour(b), e(b.name()), b.lowest().toPlainString(), b.highest().toPlainString()));
      y += 24;
      for (IndexAssessment a : ranked) {
        if (!a.verified().band().equals(b)) {
          continue;
        }
        double claimed = plot * a.claimed().index().doubleValue() / 100.0;
        double verified = plot * a.verified().index().doubleValue() / 100.0;
        h.append(String.format(Locale.ROOT, "<g class=\"bar\" data-region=\"%s\"><title>%s: verified %s, claimed %s</title>", e(a.report().region().code()),
                e(a.report().region().name()), a.verified().index().toPlainString(), a.claimed().index().toPlainString()))
            .append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"end\">%s</text>", left - 8, y + 4, e(a.report().region().name())))
            .append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%.1f\" height=\"12\" fill=\"%s\" fill-opacity=\"0.25\"/>", left, y - 6,
                Math.max(claimed, 0.5), colour(a.claimed().band())))
            .append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%.1f\" height=\"8\" fill=\"%s\"/>", left, y - 4, Math.max(verified, 0.5),
                colour(b)))
            .append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\">%s</text></g>%n", left + Math.max(claimed, verified) + 6, y + 4,
                a.verified().index().toPlainString()));
        y += row;
      }
    }
    h.append("</svg></section>\n");
  }

  private static void gaps(StringBuilder h, List<IndexAssessment> assessments) {
    h.append("<section id=\"gaps\"><h2>Selisih klaim dan verifikasi terbesar / largest claimed-vs-verified gaps</h2>\n")
        .append("<p class=\"muted\">The ").append(GAPS).append(" regions whose index falls most once the evidence is checked, with the rows "
            + "that lose the most points (weight × levels lost, before the SID division).</p>\n")
        .append("<table id=\"gap-table\"><thead><tr><th class=\"num\">#</th><th>Daerah / region</th><th class=\"num\">Klaim / claimed</th>")
        .append("<th class=\"num\">Terverifikasi / verified</th><th class=\"num\">Selisih / gap</th><th>Baris yang paling berkurang / rows losing most</th>")
        .append("</tr></thead>\n<tbody>\n");
    List<IndexAssessment> largest = assessments.stream().sorted(BY_GAP).limit(GAPS).toList();
    int rank = 0;
    for (IndexAssessment a : largest) {
      rank++;
      List<RowDifference> lost = a.differences().stream().sorted(Comparator.comparing(RowDifference::points).reversed()).limit(3).toList();
      h.append("<tr data-region=\"").append(e(a.report().region().code())).append("\"><td class=\"num\">").append(rank).append("</td><td>")
          .append(e(a.report().region().name())).append("<br>").append(band(a.claimed())).append(" &#8594; ").append(band(a.verified()))
          .append("</td><td class=\"num\">").append(a.claimed().index().toPlainString()).append("</td><td class=\"num\">")
          .append(a.verified().index().toPlainString()).append("</td><td class=\"num\">").append(a.difference().toPlainString())
          .append("</td><td><span class=\"muted\">").append(a.differences().size()).append(" baris / rows</span><ul class=\"lost\">");
      for (RowDifference d : lost) {
        h.append("<li>").append(e(d.innovation().map(i -> "SID " + i.value()).orElse("SPD"))).append(", ").append(e(d.indicator()))
            .append(": level ").append(d.claimedLevel()).append(" &#8594; ").append(d.verifiedLevel()).append(" (&#8722;")
            .append(e(d.points().toPlainString())).append(") ").append(e(d.why().indonesian())).append(" / ").append(e(d.why().english()))
            .append("</li>");
      }
      h.append("</ul></td></tr>\n");
    }
    h.append("</tbody></table></section>\n");
  }

  private static void explanations(StringBuilder h, List<IndexAssessment> ranked) {
    h.append("<section id=\"explanations\"><h2>Penjelasan per daerah / per-region explanation</h2>\n")
        .append("<p class=\"muted\">Each region's claimed and verified index, part by part, with the citation of each parameter, and the "
            + "rows that differ; shown ").append(DEPTH).append(" levels deep (the rows of each innovation are in ").append(ASSESSMENTS)
        .append(").</p>\n");
    for (IndexAssessment a : ranked) {
      String code = a.report().region().code().value();
      h.append("<details id=\"r-").append(e(code)).append("\"><summary><b>").append(e(code)).append("</b> &middot; ")
          .append(e(a.report().region().name())).append(" &middot; ").append(a.claimed().index().toPlainString()).append(" &#8594; ")
          .append(a.verified().index().toPlainString()).append(" ").append(band(a.verified())).append("</summary>\n");
      explanation(h, a.explain());
      h.append("</details>\n");
    }
    h.append("</section>\n");
  }

  /** Writes a tree as indented lines to {@link #DEPTH}, each citation once as a numbered note under it. */
  private static void explanation(StringBuilder h, Explanation root) {
    List<Citation> notes = new ArrayList<>();
    StringBuilder tree = new StringBuilder();
    walk(root, 0, notes, tree);
    h.append("<pre class=\"tree\">").append(tree).append("</pre>\n<ol class=\"notes\">");
    notes.forEach(c -> h.append("<li>").append(e(c)).append("</li>"));
    h.append("</ol>\n");
  }

  private static void walk(Explanation node, int depth, List<Citation> notes, StringBuilder out) {
    out.append("  ".repeat(depth)).append(depth == 0 ? "" : "- ").append(e(node.label().english()));
    if (!node.value().isEmpty()) {
      out.append(": <b>").append(e(node.value())).append("</b>");
    }
    for (Citation c : node.citations()) {
      int i = notes.indexOf(c);
      if (i < 0) {
        notes.add(c);
        i = notes.size() - 1;
      }
      out.append(" <sup>[").append(i + 1).append("]</sup>");
    }
    if (depth == DEPTH && !node.children().isEmpty()) {
      out.append(" <span class=\"muted\">(").append(node.children().size()).append(" ").append(e(node.children().stream()
          .map(Explanation::step).distinct().collect(Collectors.joining(", ")))).append(")</span>");
    }
    out.append('\n');
    if (depth < DEPTH) {
      node.children().forEach(child -> walk(child, depth + 1, notes, out));
    }
  }
}
