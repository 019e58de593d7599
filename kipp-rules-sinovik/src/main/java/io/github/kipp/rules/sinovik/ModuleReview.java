package io.github.kipp.rules.sinovik;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import io.github.kipp.core.EffectivePeriod;
import io.github.kipp.core.RuleModuleId;
import io.github.kipp.core.rule.RuleRegistry;
import io.github.kipp.core.spi.Jurisdiction;
import io.github.kipp.core.spi.Parameter;
import io.github.kipp.core.spi.RuleModule;
import io.github.kipp.rules.sinovik.internal.ReviewProse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A reviewer's view of a rule module: a page a lawyer or an inspector reads without reading code, in
 * Markdown or as a self-contained HTML page. It lists the module's header and legal basis, then every
 * parameter with its value in words, its citation and confidence, and whether it is inherited from
 * the module's parent (naming the parent), overridden (with the parent's value and citation beside it; a value kept
 * under a new citation says that the value is the parent's), added, or removed. Values are written in Bahasa Indonesia and English where kipp has both ({@code 2 tahun /
 * 2 years}), never in a Java form.
 *
 * <pre>{@code
 * String page = ModuleReview.markdown(SulawesiSelatan.kipp2023(), SinovikRules.registry());
 * String html = ModuleReview.html(SulawesiSelatan.kipp2023(), SinovikRules.registry());
 * }</pre>
 *
 * <p>The page is deterministic: parameters by key. The HTML page escapes every text it shows, loads
 * nothing and runs no script.
 */
public final class ModuleReview {

  private ModuleReview() {}

  /** One parameter's row. */
  private record Row(String key, List<String> value, String citation, String confidence, String origin, List<String> was, String wasCitation) {}

  /** The page before it is written out. */
  private record Page(
      String id, String titleId, String titleEn, List<String[]> header, List<String> basis, String summary, List<Row> rows) {}

  /**
   * Renders a module as Markdown. Its parent (the module whose id its id extends) is looked up in
   * the registry; a module without one lists every parameter as its own.
   *
   * @param module the module, not null
   * @param registry where its parent is registered, not null
   * @return the page, not null
   */
  public static String markdown(RuleModule module, RuleRegistry registry) {
    Page page = page(module, registry);
    StringBuilder out = new StringBuilder();
    out.append("# ").append(page.id()).append(": ").append(cell(page.titleId())).append('\n');
    out.append('\n');
    out.append("*").append(cell(page.titleEn())).append("*\n\n");
    out.append("| | |\n|---|---|\n");
    for (String[] h : page.header()) {
      out.append("| ").append(h[0]).append(" | ").append(cell(h[1])).append(" |\n");
    }
    out.append('\n');
    out.append("## Dasar hukum / legal basis\n\n");
    for (int i = 0; i < page.basis().size(); i++) {
      out.append(i + 1).append(". ").append(cell(page.basis().get(i))).append('\n');
    }
    out.append('\n');
    out.append("## Parameter / parameters\n\n");
    out.append(page.summary()).append("\n\n");
    out.append("| kunci / key | nilai / value | rujukan / citation | keyakinan / confidence | asal / origin |\n");
    out.append("|---|---|---|---|---|\n");
    for (Row r : page.rows()) {
      out.append("| `").append(r.key()).append("` | ").append(cell(String.join("; ", r.value()))).append(" | ").append(cell(r.citation()))
          .append(" | ").append(r.confidence()).append(" | ").append(r.origin());
      if (!r.was().isEmpty()) {
        out.append("; semula / was: ").append(cell(String.join("; ", r.was()))).append(" — ").append(cell(r.wasCitation()));
      } else if (!r.wasCitation().isEmpty()) {
        out.append("; rujukan semula / citation was: ").append(cell(r.wasCitation()));
      }
      out.append(" |\n");
    }
    return out.toString();
  }

  /**
   * Renders a module as one self-contained HTML page: the same content as {@link #markdown}, with
   * every text escaped, a style sheet inside the page, and no script or outside resource.
   *
   * @param module the module, not null
   * @param registry where its parent is registered, not null
   * @return the page, not null
   */
  public static String html(RuleModule module, RuleRegistry registry) {
    Page page = page(module, registry);
    StringBuilder out = new StringBuilder();
    out.append("<!DOCTYPE html>\n<html lang=\"id\">\n<head>\n<meta charset=\"utf-8\">\n");
    out.append("<title>").append(escape(page.id() + ": " + page.titleId())).append("</title>\n");
    out.append("<style>body{font-family:sans-serif;margin:2em;line-height:1.4}table{border-collapse:collapse}"
        + "td,th{border:1px solid #999;padding:.3em .5em;vertical-align:top;text-align:left}ul{margin:0;padding-left:1.2em}"
        + ".changed{font-weight:bold}</style>\n</head>\n<body>\n");
    out.append("<h1>").append(escape(page.id())).append(": ").append(escape(page.titleId())).append("</h1>\n");
    out.append("<p><em>").append(escape(page.titleEn())).append("</em></p>\n");
    out.append("<table>\n");
    for (String[] h : page.header()) {
      out.append("<tr><th>").append(escape(h[0])).append("</th><td>").append(escape(h[1])).append("</td></tr>\n");
    }
    out.append("</table>\n<h2>Dasar hukum / legal basis</h2>\n<ol>\n");
    for (String b : page.basis()) {
      out.append("<li>").append(escape(b)).append("</li>\n");
    }
    out.append("</ol>\n<h2>Parameter / parameters</h2>\n<p>").append(escape(page.summary())).append("</p>\n");
    out.append("<table>\n<tr><th>kunci / key</th><th>nilai / value</th><th>rujukan / citation</th><th>keyakinan / confidence</th>"
        + "<th>asal / origin</th></tr>\n");
    for (Row r : page.rows()) {
      out.append("<tr><td><code>").append(escape(r.key())).append("</code></td><td>").append(lines(r.value())).append("</td><td>")
          .append(escape(r.citation())).append("</td><td>").append(escape(r.confidence())).append("</td><td");
      String origin = r.origin().replace("**", "");
      out.append(origin.equals(r.origin()) ? ">" : " class=\"changed\">").append(escape(origin));
      if (!r.was().isEmpty()) {
        out.append("<br>semula / was: ").append(lines(r.was())).append(escape(" — " + r.wasCitation()));
      } else if (!r.wasCitation().isEmpty()) {
        out.append("<br>").append(escape("rujukan semula / citation was: " + r.wasCitation()));
      }
      out.append("</td></tr>\n");
    }
    out.append("</table>\n</body>\n</html>\n");
    return out.toString();
  }

  private static Page page(RuleModule module, RuleRegistry registry) {
    requireNonNull(module, "module");
    requireNonNull(registry, "registry");
    ImmutableList<RuleModuleId> lineage = module.id().lineage();
    Optional<RuleModule> parent = lineage.size() < 2 ? Optional.empty() : registry.find(lineage.get(lineage.size() - 2));
    List<String[]> header = new ArrayList<>();
    header.add(new String[] {"Yurisdiksi / jurisdiction", module.jurisdiction().name().indonesian() + " / " + module.jurisdiction().name().english()
        + " (" + level(module.jurisdiction().level()) + module.jurisdiction().region().map(r -> ", " + ReviewProse.lines(r).get(0)).orElse("") + ")"});
    EffectivePeriod period = module.effectivePeriod();
    header.add(new String[] {"Masa berlaku / in force", "sejak / from " + period.from()
        + period.until().map(u -> " sampai sebelum / until before " + u).orElse(" tanpa batas akhir / with no end")});
    header.add(new String[] {"Tahun edisi / edition year", Integer.toString(module.editionYear())});
    header.add(new String[] {"Memperluas / extends", parent.map(p -> p.id() + ": " + p.title().indonesian()).orElse("—")});
    List<String> basis = new ArrayList<>();
    module.legalBasis().forEach(c -> basis.add(ReviewProse.citation(c)));
    Map<String, Parameter<?>> own = byKey(module);
    Map<String, Parameter<?>> inherited = parent.map(ModuleReview::byKey).orElse(new TreeMap<>());
    int overridden = 0;
    int added = 0;
    int removed = 0;
    TreeMap<String, Boolean> keys = new TreeMap<>();
    own.keySet().forEach(k -> keys.put(k, true));
    inherited.keySet().forEach(k -> keys.putIfAbsent(k, false));
    List<Row> rows = new ArrayList<>();
    for (String key : keys.keySet()) {
      Parameter<?> p = own.get(key);
      Parameter<?> q = inherited.get(key);
      String origin;
      List<String> was = List.of();
      String wasCitation = "";
      if (p == null) {
        removed++;
        origin = "**dihapus / removed**";
      } else if (parent.isEmpty()) {
        origin = "sendiri / own";
      } else if (q == null) {
        added++;
        origin = "**ditambahkan / added**";
      } else if (value(q).equals(value(p)) && q.citation().equals(p.citation())) {
        origin = "diwarisi dari / inherited from " + parent.get().id();
      } else if (value(q).equals(value(p))) {
        overridden++;
        origin = "**nilai diwarisi dari / value inherited from " + parent.get().id() + "; rujukan diganti / citation changed**";
        wasCitation = citation(q);
      } else {
        overridden++;
        origin = "**diganti / overridden**";
        was = value(q);
        wasCitation = citation(q);
      }
      rows.add(p == null
          ? new Row(key, List.of("—"), "—", "—", origin, was, wasCitation)
          : new Row(key, value(p), citation(p), ReviewProse.confidence(p.confidence()), origin, was, wasCitation));
    }
    String summary = own.size() + " parameter / parameters" + parent.map(x -> "; dari / from " + x.id()).orElse("") + ": " + overridden
        + " diganti / overridden, " + added + " ditambahkan / added, " + removed + " dihapus / removed.";
    return new Page(module.id().value(), module.title().indonesian(), module.title().english(), header, basis, summary, rows);
  }

  private static String level(Jurisdiction.Level level) {
    return switch (level) {
      case NATIONAL -> "nasional / national";
      case PROVINCE -> "provinsi / province";
      case REGENCY -> "kabupaten atau kota / regency or city";
    };
  }

  private static List<String> value(Parameter<?> p) {
    return ReviewProse.lines(p.value());
  }

  private static Map<String, Parameter<?>> byKey(RuleModule m) {
    Map<String, Parameter<?>> map = new TreeMap<>();
    m.parameters().parameters().forEach(p -> map.put(p.key().name(), p));
    return map;
  }

  private static String citation(Parameter<?> p) {
    return p.citation().map(ReviewProse::citation).orElse("tanpa rujukan / uncited");
  }

  /** A table cell: one line, with the pipe that would end the cell escaped. */
  private static String cell(String text) {
    return text.replace("\\", "\\\\").replace("|", "\\|").replace("\r", " ").replace("\n", " ");
  }

  /** Lines as HTML: one escaped line, or an escaped list. */
  private static String lines(List<String> lines) {
    if (lines.size() == 1) {
      return escape(lines.get(0));
    }
    StringBuilder out = new StringBuilder("<ul>");
    lines.forEach(l -> out.append("<li>").append(escape(l)).append("</li>"));
    return out.append("</ul>").toString();
  }

  /** Escapes text for HTML content and attribute values. */
  private static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
