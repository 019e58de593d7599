package io.github.kipp.examples;

import com.google.common.escape.Escaper;
import com.google.common.html.HtmlEscapers;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.google.common.collect.ImmutableList;
import io.github.kipp.core.Citation;
import io.github.kipp.core.KippTime;
import io.github.kipp.core.ProposalId;
import io.github.kipp.core.Reason;
import io.github.kipp.core.StageId;
import io.github.kipp.core.appeal.Appeal;
import io.github.kipp.core.appeal.AppealRuling;
import io.github.kipp.core.appeal.AppealWindow;
import io.github.kipp.core.audit.Verification;
import io.github.kipp.core.blind.Leak;
import io.github.kipp.core.eligibility.ProposalEligibility;
import io.github.kipp.core.innovation.Proposal;
import io.github.kipp.core.institution.Institution;
import io.github.kipp.core.institution.Unit;
import io.github.kipp.core.stage.ProposalStatus;
import io.github.kipp.format.CompetitionDocument;
import io.github.kipp.jackson.KippJson;
import io.github.kipp.format.ResultsDocument;
import io.github.kipp.rules.sinovik.regional.SulawesiSelatan;
import io.github.kipp.scoring.explain.Explanation;
import io.github.kipp.scoring.aggregate.AggregatedScore;
import io.github.kipp.scoring.fairness.ShareShift;
import io.github.kipp.scoring.fairness.StageFairness;
import io.github.kipp.scoring.reliability.EvaluatorCalibration;
import io.github.kipp.scoring.reliability.ReliabilityEstimate;
import io.github.kipp.scoring.reliability.StageReliability;
import io.github.kipp.scoring.shortlist.QuotaCount;
import io.github.kipp.scoring.stability.RankInterval;
import io.github.kipp.scoring.rank.RankedEntry;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

/**
 * Writes a run's report folder: {@code index.html}, {@code results.json}, {@code competition.json}
 * and {@code decision-log.txt}. The HTML has inline CSS and an inline SVG only, so it works offline
 * from the file system; every text in it is escaped.
 */
final class Report {

  static final String INDEX = "index.html";
  static final String RESULTS = "results.json";
  static final String COMPETITION = "competition.json";
  static final String LOG = "decision-log.txt";

  private static final Escaper HTML = HtmlEscapers.htmlEscaper();

  private Report() {}

  /**
   * The writer of the JSON files: compact (the format is kipp-jackson's, without the indentation
   * that would double the size), leaving the file open for the closing line break. Building it loads
   * Jackson's and kipp-jackson's classes, which the job does on its second thread while the module is
   * read.
   */
  static ObjectWriter jsonWriter() {
    return KippJson.json().mapper().writer().without(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
  }

  /** Writes the report folder, every file on the calling thread. */
  static Path write(CompetitionRun run, Path folder) {
    SecondThread here = SecondThread.direct();
    return write(run, folder, here.submit(Report::jsonWriter), here);
  }

  /**
   * Writes the report folder: {@code results.json}, the largest file, on the second thread, and the
   * other files meanwhile on the calling thread. Each file is written whole by one thread from the
   * finished run, which no thread changes any more, so the bytes are those of a write on one thread.
   *
   * @param run the finished run
   * @param folder the report folder
   * @param json the writer of the JSON files ({@link #jsonWriter()}), handed to {@code second} earlier
   * @param second where {@code results.json} is written
   * @return the folder
   * @throws UncheckedIOException if a file cannot be written
   */
  static Path write(CompetitionRun run, Path folder, Future<ObjectWriter> json, SecondThread second) {
    try {
      Files.createDirectories(folder);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    // Written as UTF-8 straight into the file, with no copy of the whole text in memory.
    Future<Path> results = second.submit(() -> writeJson(SecondThread.join(json), folder.resolve(RESULTS), results(run)));
    try {
      writeJson(SecondThread.join(json), folder.resolve(COMPETITION), competition(run));
      Files.writeString(folder.resolve(LOG), run.log.write(), StandardCharsets.UTF_8);
      Files.writeString(folder.resolve(INDEX), html(run), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    SecondThread.join(results);
    return folder;
  }

  /** Writes a value as one line of JSON and a line break. */
  private static Path writeJson(ObjectWriter writer, Path file, Object value) {
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
      writer.writeValue(out, value);
      out.write('\n');
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return file;
  }

  static ResultsDocument results(CompetitionRun run) {
    ResultsDocument.Builder b = ResultsDocument.newBuilder()
        .screening(run.screening)
        .aggregation(run.desk)
        .aggregation(run.presentation)
        .combination(run.finalCombination)
        .ranking(run.deskRanking)
        .ranking(run.finalRanking)
        .cut(run.nomination);
    run.tiers.forEach(b::cut);
    run.explanations.forEach(b::explanation);
    return b.build();
  }

  static CompetitionDocument competition(CompetitionRun run) {
    Set<Institution> institutions = new LinkedHashSet<>();
    Set<Unit> units = new LinkedHashSet<>();
    for (Proposal p : run.sample.proposals) {
      institutions.add(p.innovation().institution());
      units.add(p.innovation().unit());
    }
    run.sample.deskPanel.evaluators().forEach(e -> institutions.add(e.institution()));
    run.sample.presentationPanel.evaluators().forEach(e -> institutions.add(e.institution()));
    return CompetitionDocument.newBuilder()
        .edition(run.module.edition())
        .module(run.module)
        .institutions(institutions)
        .units(units)
        .proposals(run.sample.proposals)
        .statuses(run.statuses.values())
        .panel(SulawesiSelatan.SUBSTANCE, run.sample.deskPanel)
        .panel(SulawesiSelatan.PRESENTATION, run.sample.presentationPanel)
        .assignment(SulawesiSelatan.SUBSTANCE, run.deskAssignment.assignment())
        .assignment(SulawesiSelatan.PRESENTATION, run.presentationAssignment.assignment())
        .scoreSheets(run.deskScores.sheets())
        .scoreSheets(run.presentationScores.sheets())
        .build();
  }

  private static String e(Object text) {
    return HTML.escape(String.valueOf(text));
  }

  private static final java.time.format.DateTimeFormatter WITA =
      java.time.format.DateTimeFormatter.ofPattern("d MMMM uuuu, HH:mm 'WITA'", io.github.kipp.core.LocalizedText.INDONESIAN);

  private static String wita(java.time.Instant at) {
    return WITA.format(at.atZone(KippTime.MAKASSAR));
  }

  private static String score(BigDecimal value) {
    return value.setScale(2, RoundingMode.HALF_EVEN).toPlainString();
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
      ".badge{background:#1d6b2a;color:#fff;border-radius:4px;padding:.05rem .4rem;font-size:.78rem;white-space:nowrap}",
      "tr.award td{background:#f1f8ee}",
      "tr.restored td{background:#fff8e6}",
      "tr.flagged td{background:#fdf0ee}",
      ".counts{display:grid;grid-template-columns:repeat(auto-fit,minmax(9.5rem,1fr));gap:.6rem;margin:0;padding:0;list-style:none}",
      ".counts li{background:#eef2f6;border-radius:6px;padding:.45rem .8rem}",
      ".counts b{display:block;font-size:1.35rem;color:#0b4f6c}",
      ".ok{color:#1d6b2a;font-weight:600}.bad{color:#a1261b;font-weight:600}",
      "code,pre{font-family:ui-monospace,'SFMono-Regular',Menlo,Consolas,monospace;font-size:.8rem}",
      "code.hash{word-break:break-all;background:#eef2f6;padding:.1rem .3rem;border-radius:4px}",
      "details{border-bottom:1px solid #e6e9ee;padding:.25rem 0}",
      "summary{cursor:pointer}",
      "pre{white-space:pre-wrap;background:#f6f7f9;padding:.6rem;border-radius:6px;margin:.4rem 0}",
      "pre b{color:#0b4f6c}",
      "ol.notes{font-size:.78rem;color:#5b6776;margin:.2rem 0 .6rem 1.2rem;padding-left:1rem}",
      ".muted{color:#5b6776;font-size:.85rem}",
      "svg text{font-family:system-ui,sans-serif;font-size:11px;fill:#1c2430}");

  static String html(CompetitionRun run) {
    StringBuilder h = new StringBuilder(256 * 1024);
    h.append("<!DOCTYPE html>\n<html lang=\"id\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>").append(e(run.module.title().indonesian())).append(" - laporan / report</title>\n")
        .append("<style>\n").append(CSS).append("\n</style>\n</head>\n<body>\n");
    h.append("<header><h1>").append(e(run.module.title().indonesian())).append("</h1>\n<p>")
        .append(e(run.module.title().english())).append("</p>\n<p>Modul / module <code>").append(e(run.module.id()))
        .append("</code> &middot; seed ").append(run.seed).append(" &middot; ")
        .append(e(run.module.combination().describe())).append("</p></header>\n<main>\n");

    h.append("<section id=\"counts\"><h2>Ringkasan tahapan / stages at a glance</h2>\n<ul class=\"counts\">\n");
    String[][] labels = {{"registered", "Terdaftar", "registered"}, {"submitted", "Dikirim", "submitted"}, {"eligible", "Lolos administrasi", "eligible"},
      {"nominated", "Nominasi", "nominated"}, {"finalists", "Finalis", "finalists"}, {"awarded", "Pemenang", "awarded"}};
    for (String[] l : labels) {
      h.append("<li data-count=\"").append(l[0]).append("\"><b>").append(CompetitionRun.must(run.counts(), l[0])).append("</b>").append(e(l[1])).append(" / ")
          .append(e(l[2])).append("</li>\n");
    }
    h.append("</ul></section>\n");

    ranking(h, run);
    quotas(h, run);
    publicReview(h, run);
    stability(h, run);
    ineligible(h, run);
    appeals(h, run);
    leaks(h, run);
    reliability(h, run);
    leniency(h, run);
    fairness(h, run);
    explanations(h, run);

    Verification chain = run.log.verify();
    h.append("<section id=\"log\"><h2>Log keputusan / decision log</h2>\n<p>").append(run.log.size())
        .append(" entri berantai hash / hash-chained entries, verification: <span class=\"")
        .append(chain.valid() ? "ok" : "bad").append("\">").append(e(chain)).append("</span></p>\n")
        .append("<p>Hash kepala / head hash: <code class=\"hash\" id=\"log-head\">").append(e(run.log.headHash())).append("</code></p>\n")
        .append("<p class=\"muted\">The full log is <a href=\"").append(LOG).append("\">").append(LOG)
        .append("</a>; the results are <a href=\"").append(RESULTS).append("\">").append(RESULTS)
        .append("</a> and the input is <a href=\"").append(COMPETITION).append("\">").append(COMPETITION).append("</a>.</p></section>\n");
    h.append("</main>\n</body>\n</html>\n");
    return h.toString();
  }

  private static String stageScore(CompetitionRun run, StageId stage, ProposalId id) {
    var result = stage.equals(SulawesiSelatan.SUBSTANCE) ? run.desk : run.presentation;
    return result.score(id).map(AggregatedScore::score).map(Report::score).orElse("-");
  }

  private static void ranking(StringBuilder h, CompetitionRun run) {
    h.append("<section id=\"final-ranking\"><h2>Peringkat akhir / final ranking</h2>\n")
        .append("<p class=\"muted\">").append(e(run.module.combination().describe())).append(" &middot; ties broken by ")
        .append(e(run.module.tieBreaks().steps().stream().map(s -> s.kind().name().toLowerCase(Locale.ROOT) + s.target().map(t -> " " + t).orElse(""))
            .collect(Collectors.joining(", ")))).append("</p>\n")
        .append("<table id=\"ranking\"><thead><tr><th class=\"num\">#</th><th>Proposal</th><th>Inovasi / innovation</th><th>Instansi / institution</th>")
        .append("<th class=\"num\">Substansi</th><th class=\"num\">Presentasi</th><th class=\"num\">Nilai akhir / final</th><th>Tier</th></tr></thead>\n<tbody>\n");
    for (RankedEntry r : run.finalRanking.entries()) {
      Proposal p = run.proposal(r.proposal());
      String tier = run.tier(r.proposal()).map(t -> t.id().value()).orElse("");
      h.append("<tr data-proposal=\"").append(e(p.id())).append("\"").append(tier.isEmpty() ? "" : " class=\"award\"").append("><td class=\"num\">")
          .append(r.rank()).append("</td><td class=\"id\"><a href=\"#").append(e(p.id())).append("\">").append(e(p.id())).append("</a></td><td>")
          .append(e(p.innovation().title())).append("<br><span class=\"muted\">").append(e(p.innovation().unit().name())).append("</span></td><td>")
          .append(e(p.innovation().institution().name())).append("</td><td class=\"num\">").append(stageScore(run, SulawesiSelatan.SUBSTANCE, p.id()))
          .append("</td><td class=\"num\">").append(stageScore(run, SulawesiSelatan.PRESENTATION, p.id())).append("</td><td class=\"num\">")
          .append(score(r.score())).append("</td><td>").append(tier.isEmpty() ? "finalis" : "<span class=\"badge\">" + e(tier) + "</span>")
          .append("</td></tr>\n");
    }
    h.append("</tbody></table></section>\n");
  }

  private static void quotas(StringBuilder h, CompetitionRun run) {
    h.append("<section id=\"quota\"><h2>Kuota finalis / finalist quotas</h2>\n<p class=\"muted\">")
        .append(e(run.module.finalists().get(0).name().indonesian())).append(": ").append(run.correctedShortlist.included().size()).append(" of ")
        .append(run.correctedShortlist.ranking().size()).append(" nominated, size cited to ").append(e(run.shortlistSpec.sizeCitation())).append("</p>\n");
    if (!run.droppedQuotas.isEmpty()) {
      h.append("<p class=\"bad\">Kuota tidak dapat dipenuhi dan diabaikan / quotas that this field cannot meet were left out: ")
          .append(e(String.join("; ", run.droppedQuotas))).append("</p>\n");
    }
    h.append("<table id=\"quotas\"><thead><tr><th>Kuota / quota</th><th class=\"num\">Min</th><th class=\"num\">Max</th>")
        .append("<th class=\"num\">Terpilih / selected</th><th>Status</th><th>Dasar / basis</th></tr></thead>\n<tbody>\n");
    for (QuotaCount q : run.correctedShortlist.quotaCounts()) {
      h.append("<tr><td>").append(e(q.quota().label().indonesian())).append("<br><span class=\"muted\">").append(e(q.quota().label().english()))
          .append("</span></td><td class=\"num\">").append(q.min()).append("</td><td class=\"num\">")
          .append(q.max().isPresent() ? String.valueOf(q.max().getAsInt()) : "-").append("</td><td class=\"num\">").append(q.selected())
          .append("</td><td class=\"").append(q.holds() ? "ok\">terpenuhi / holds" : "bad\">tidak / fails").append("</td><td class=\"muted\">")
          .append(e(q.quota().citation())).append("</td></tr>\n");
    }
    h.append("</tbody></table></section>\n");
  }

  private static void publicReview(StringBuilder h, CompetitionRun run) {
    h.append("<section id=\"uji-publik\"><h2>Uji publik / public review</h2>\n<table><tbody>\n")
        .append("<tr><th>Diumumkan / published</th><td>").append(e(run.published.reference())).append(" &middot; ").append(e(wita(run.published.at())))
        .append(" &middot; ").append(run.published.lines().size()).append(" finalists<br><code class=\"hash\" id=\"published-hash\">")
        .append(e(run.published.hash())).append("</code></td></tr>\n");
    ProposalId objected = run.objectedTo;
    Reason ruling = run.ruling;
    if (objected == null || ruling == null) {
      h.append("<tr><th>Sanggahan / objection</th><td>tidak ada sanggahan / no objection was filed</td></tr>\n</tbody></table></section>\n");
      return;
    }
    h.append("<tr><th>Sanggahan / objection</th><td>sanggahan-01 against <a href=\"#").append(e(objected)).append("\">").append(e(objected))
        .append("</a>: ").append(e(ruling.message().indonesian())).append("<br><span class=\"muted\">").append(e(ruling.message().english()))
        .append("</span></td></tr>\n")
        .append("<tr><th>Koreksi / correction</th><td>").append(e(run.corrected.reference())).append(" &middot; ").append(e(wita(run.corrected.at())))
        .append("<br><code class=\"hash\" id=\"corrected-hash\">").append(e(run.corrected.hash())).append("</code><br>supersedes <code class=\"hash\">")
        .append(e(run.corrected.supersedes().orElse("-"))).append("</code></td></tr>\n</tbody></table></section>\n");
  }

  /** The rank-stability intervals of the nominated proposals as an inline SVG chart. */
  private static void stability(StringBuilder h, CompetitionRun run) {
    List<RankInterval> shown = new ArrayList<>();
    for (RankedEntry r : run.deskRanking.entries()) {
      if (run.nomination.decisions().containsKey(r.proposal()) && run.nomination.passed().stream().anyMatch(x -> x.proposal().equals(r.proposal()))) {
        run.stability.interval(r.proposal()).ifPresent(shown::add);
      }
    }
    int maxRank = shown.stream().mapToInt(RankInterval::upper).max().orElse(1);
    int row = 16;
    int left = 330;
    int width = 1080;
    int plot = width - left - 110;
    int height = 40 + row * shown.size() + 20;
    h.append("<section id=\"stability\"><h2>Stabilitas peringkat / rank stability</h2>\n<p class=\"muted\">")
        .append(run.stability.replicates()).append(" bootstrap replicates of the desk sheets (seed ").append(run.stability.seed()).append("), ")
        .append(run.stability.confidence().movePointRight(2).stripTrailingZeros().toPlainString())
        .append(" % intervals of each nominated proposal's desk rank (bar); the dot is the observed rank, the number on the right the share of"
            + " replicates in which the proposal stays in the Top ")
        .append(run.stability.shortlistSize()).append(". Interval peringkat setiap proposal yang dinominasikan.</p>\n");
    h.append("<svg id=\"stability-chart\" xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"100%\" viewBox=\"0 0 ").append(width).append(' ')
        .append(height).append("\">\n<title>Rank intervals / interval peringkat</title>\n")
        .append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"20\" text-anchor=\"end\" font-weight=\"600\">peringkat / rank &#8594;</text>%n", left - 8))
        .append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"20\" font-weight=\"600\">P(Top %d)</text>%n", left + plot + 12, run.stability.shortlistSize()));
    for (int tick = 1; tick <= maxRank; tick += Math.max(1, maxRank / 10)) {
      double x = left + plot * (tick - 1) / (double) Math.max(1, maxRank - 1);
      h.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"28\" x2=\"%.1f\" y2=\"%d\" stroke=\"#e6e9ee\"/><text x=\"%.1f\" y=\"20\" text-anchor=\"middle\">%d</text>%n",
          x, x, height - 15, x, tick));
    }
    int y = 40;
    for (RankInterval i : shown) {
      double x1 = left + plot * (i.lower() - 1) / (double) Math.max(1, maxRank - 1);
      double x2 = left + plot * (i.upper() - 1) / (double) Math.max(1, maxRank - 1);
      double xo = left + plot * (i.observedRank() - 1) / (double) Math.max(1, maxRank - 1);
      String title = run.proposal(i.proposal()).innovation().title();
      String label = title.length() > 46 ? title.substring(0, 45) + "…" : title;
      h.append(String.format(Locale.ROOT, "<g class=\"interval\" data-proposal=\"%s\"><title>%s: rank %d, interval %d–%d</title>", e(i.proposal()), e(title),
          i.observedRank(), i.lower(), i.upper()))
          .append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"end\">%s</text>", left - 8, y + 4, e(label)))
          .append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"#0b4f6c\" stroke-width=\"3\" stroke-linecap=\"round\"/>",
              x1, y, Math.max(x2, x1 + 0.5), y))
          .append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%d\" r=\"4\" fill=\"#e07a1f\"/>", xo, y))
          .append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\">%s</text></g>%n", left + plot + 12, y + 4,
              i.shortlistProbability().movePointRight(2).setScale(0, RoundingMode.HALF_EVEN).toPlainString() + " %"));
      y += row;
    }
    h.append("</svg></section>\n");
  }

  private static void ineligible(StringBuilder h, CompetitionRun run) {
    h.append("<section id=\"ineligible\"><h2>Tidak lolos administrasi / ineligible</h2>\n")
        .append("<p class=\"muted\">Penolakan sebagaimana diumumkan; proposal yang dipulihkan setelah banding ditandai. ")
        .append("Refusals as announced; a proposal restored on appeal is marked.</p>\n<table><thead><tr><th>Proposal</th><th>Aturan / rule</th>")
        .append("<th>Alasan / reason</th></tr></thead><tbody>\n");
    for (ProposalId id : run.announcedScreening.ineligible()) {
      ProposalEligibility pe = run.announcedScreening.outcome(id).orElseThrow();
      boolean restored = run.screening.outcome(id).map(ProposalEligibility::eligible).orElse(false);
      for (var d : pe.failures()) {
        h.append("<tr").append(restored ? " class=\"restored\"" : "").append("><td><a href=\"#").append(e(id)).append("\">").append(e(id))
            .append("</a>").append(restored ? " <span class=\"badge\">dipulihkan / restored</span>" : "").append("</td><td>").append(e(d.rule()))
            .append("</td><td>").append(e(d.reasons().get(0).message().indonesian())).append("<br><span class=\"muted\">")
            .append(e(d.reasons().get(0).message().english())).append("</span></td></tr>\n");
      }
    }
    h.append("</tbody></table></section>\n");
  }

  /** The entrants' appeals against their refusal, each with its ruling. */
  private static void appeals(StringBuilder h, CompetitionRun run) {
    AppealWindow window = run.appeals.window();
    h.append("<section id=\"appeals\"><h2>Banding / appeals</h2>\n<p>Peserta yang proposalnya ditolak pada seleksi administrasi dapat ")
        .append("mengajukan banding dalam ").append(window.days()).append(" hari kalender setelah hari pengumuman; hanya unit atau instansi ")
        .append("pengusul yang boleh mengajukannya, sekali untuk setiap keputusan, dan Tim Panel Independen atau penyelenggara memutusnya dengan ")
        .append("alasan yang dicatat dalam log keputusan. Banding yang dikabulkan memulihkan proposal ke tahap berikutnya.</p>\n")
        .append("<p>An entrant whose proposal was refused at screening may appeal within ").append(window.days())
        .append(" calendar days after the day of the announcement; only the proposal's unit or institution may file, once per decision, and the")
        .append(" independent panel or the organiser decides, with reasons recorded in the decision log. An upheld appeal restores the proposal")
        .append(" to the next stage.</p>\n<p class=\"muted\">Masa banding / window: ").append(e(window.citation())).append("</p>\n")
        .append("<table id=\"appeals-table\"><thead><tr><th>Banding / appeal</th><th>Proposal</th><th>Diajukan oleh / filed by</th>")
        .append("<th>Alasan pengaju / grounds</th><th>Putusan / outcome</th><th>Pertimbangan / reasons</th></tr></thead><tbody>\n");
    for (Appeal a : run.appeals.appeals()) {
      AppealRuling ruling = run.appeals.ruling(a.id()).orElseThrow();
      ProposalId id = a.decision().proposal();
      h.append("<tr data-appeal=\"").append(e(a.id())).append("\" data-outcome=\"").append(ruling.outcome().name().toLowerCase(Locale.ROOT))
          .append("\"><td class=\"id\">").append(e(a.id())).append("<br><span class=\"muted\">").append(e(wita(a.filedAt()))).append("</span></td>")
          .append("<td class=\"id\"><a href=\"#").append(e(id)).append("\">").append(e(id)).append("</a><br><span class=\"muted\">")
          .append(e(a.decision().decisions().stream().map(d -> d.rule()).collect(Collectors.joining(", ")))).append("</span></td><td>")
          .append(e(a.appellant())).append("</td><td>").append(e(a.grounds())).append("</td><td class=\"")
          .append(ruling.upheld() ? "ok\">dikabulkan / upheld" : "bad\">ditolak / dismissed")
          .append(ruling.restoresProposal() ? "<br><span class=\"badge\">dipulihkan / restored</span>" : "").append("</td><td>")
          .append(e(ruling.reason().message().indonesian())).append("<br><span class=\"muted\">").append(e(ruling.reason().message().english()))
          .append("</span><br><span class=\"muted\">").append(e(ruling.by())).append(", ").append(e(wita(ruling.decidedAt()))).append("</span></td></tr>\n");
    }
    if (run.appeals.appeals().isEmpty()) {
      h.append("<tr><td colspan=\"6\">tidak ada banding / no appeal was filed</td></tr>\n");
    }
    h.append("</tbody></table></section>\n");
  }

  /** The leaks the blind-review check found in the proposals' own text. */
  private static void leaks(StringBuilder h, CompetitionRun run) {
    int total = run.leaks.values().stream().mapToInt(List::size).sum();
    long named = run.leaks.values().stream().filter(l -> !l.isEmpty()).count();
    h.append("<section id=\"blind-review\"><h2>Penilaian tanpa identitas: kebocoran / blind review: leaks found</h2>\n")
        .append("<p>Sebelum penilaian tanpa identitas, setiap judul, bagian, catatan replikasi dan nama lampiran diperiksa: apakah teksnya menyebut ")
        .append("instansi, unit, provinsi atau kabupaten/kota pengusulnya sendiri. Setiap temuan ditunjukkan dengan letaknya yang tepat agar panitia ")
        .append("dapat memperbaikinya sebelum penugasan penilai.</p>\n")
        .append("<p>Before blind review, every title, section, replication note and attachment name is checked for text that names the")
        .append(" entrant's own institution, unit, province or regency. Each finding is shown with its exact span, so that the committee can")
        .append(" fix it before evaluators are assigned.</p>\n<ul class=\"counts\"><li data-count=\"scanned\"><b>").append(run.leaks.size())
        .append("</b>diperiksa / scanned</li><li data-count=\"leaking\"><b>").append(named)
        .append("</b>menyebut pengusul / name their entrant</li><li data-count=\"leaks\"><b>").append(total)
        .append("</b>temuan / leaks</li></ul>\n");
    h.append("<table id=\"leaks-table\"><thead><tr><th>Proposal</th><th class=\"num\">Temuan / leaks</th><th>Tempat / where</th>")
        .append("<th>Temuan pertama / first leak</th><th>Menyebut / names</th></tr></thead><tbody>\n");
    List<ImmutableList<Leak>> leaking = run.leaks.values().stream().filter(l -> !l.isEmpty()).limit(LEAKS_SHOWN).collect(Collectors.toList());
    for (List<Leak> found : leaking) {
      Leak first = found.get(0);
      String where = found.stream().map(Leak::path).distinct().collect(Collectors.joining(", "));
      String namesId = found.stream().flatMap(l -> l.names().stream()).distinct().map(n -> n.kind().label().indonesian() + " " + n.name())
          .collect(Collectors.joining(", "));
      String namesEn = found.stream().flatMap(l -> l.names().stream()).distinct().map(n -> n.kind().label().english() + " " + n.name())
          .collect(Collectors.joining(", "));
      h.append("<tr data-proposal=\"").append(e(first.proposal())).append("\"><td class=\"id\"><a href=\"#").append(e(first.proposal())).append("\">")
          .append(e(first.proposal())).append("</a></td><td class=\"num\">").append(found.size()).append("</td><td>").append(e(where))
          .append("</td><td>").append(e(first.path())).append(" <span class=\"span\">").append(first.start()).append("&ndash;").append(first.end())
          .append("</span>: &ldquo;").append(e(first.text())).append("&rdquo;</td><td>").append(e(namesId)).append("<br><span class=\"muted\">")
          .append(e(namesEn)).append("</span></td></tr>\n");
    }
    h.append("</tbody></table>\n");
    if (named > LEAKS_SHOWN) {
      h.append("<p class=\"muted\">").append(LEAKS_SHOWN).append(" proposal pertama dari ").append(named).append(" / the first ")
          .append(LEAKS_SHOWN).append(" of ").append(named).append(" proposals that name their entrant.</p>\n");
    }
    h.append("</section>\n");
  }

  /** How many leaking proposals the table lists. */
  static final int LEAKS_SHOWN = 25;

  private static String estimate(Optional<ReliabilityEstimate> estimate) {
    if (estimate.isEmpty()) {
      return "<td class=\"num\">&ndash;</td>";
    }
    ReliabilityEstimate r = estimate.orElseThrow();
    String interval = r.lower().isPresent() ? " [" + r.lower().orElseThrow().toPlainString() + ", " + r.upper().orElseThrow().toPlainString() + "]" : "";
    return "<td class=\"num\">" + r.value().toPlainString() + "<br><span class=\"muted\">" + interval.trim() + "</span></td>";
  }

  /** Krippendorff's alpha and the two ICCs of each scored stage, with their bootstrap intervals. */
  private static void reliability(StringBuilder h, CompetitionRun run) {
    h.append("<section id=\"reliability\"><h2>Keandalan penilai / rater reliability</h2>\n")
        .append("<p>Seberapa sepakat para penilai: alpha Krippendorff (interval) atas semua proposal yang dinilai sedikitnya dua kali, serta ICC(2,1) ")
        .append("untuk satu penilai dan ICC(2,k) untuk rata-rata k penilai atas proposal yang dinilai oleh himpunan penilai yang sama. Angka dalam ")
        .append("kurung adalah selang bootstrap. Statistik ini menjadi bahan bagi panitia; tidak ada nilai yang diubah.</p>\n")
        .append("<p>How far the evaluators agree: Krippendorff's alpha (interval metric) over every proposal rated at least twice, and")
        .append(" ICC(2,1) for a single evaluator and ICC(2,k) for the mean of k evaluators over the proposals that the same set of evaluators")
        .append(" rated. Brackets hold the bootstrap interval. These statistics inform the committee; no score is changed.</p>\n")
        .append("<table id=\"reliability-table\"><thead><tr><th>Tahap / stage</th><th class=\"num\">Proposal</th><th class=\"num\">Penilai / raters</th>")
        .append("<th class=\"num\">Lembar / sheets</th><th class=\"num\">Alpha</th><th class=\"num\">ICC(2,1)</th><th class=\"num\">ICC(2,k)</th>")
        .append("<th class=\"num\">k</th></tr></thead><tbody>\n");
    for (StageReliability r : run.reliability) {
      h.append("<tr data-stage=\"").append(e(r.stage())).append("\"><td>").append(e(r.stage())).append("</td><td class=\"num\">").append(r.proposals())
          .append("</td><td class=\"num\">").append(r.raters()).append("</td><td class=\"num\">").append(r.ratings()).append("</td>")
          .append(estimate(r.alpha())).append(estimate(r.iccSingle())).append(estimate(r.iccAverage())).append("<td class=\"num\">")
          .append(r.iccRaters().size()).append("</td></tr>\n");
    }
    h.append("</tbody></table>\n");
    run.reliability.stream().findFirst().ifPresent(r -> h.append("<p class=\"muted\">").append(r.replicates()).append(" bootstrap replicates, seed ")
        .append(r.seed()).append(", ").append(r.confidence().movePointRight(2).stripTrailingZeros().toPlainString()).append(" % intervals. ")
        .append(e(r.summary().indonesian())).append("</p>\n"));
    h.append("</section>\n");
  }

  /** Each desk evaluator's offset from the other evaluators of the same proposals, as an inline SVG bar chart. */
  private static void leniency(StringBuilder h, CompetitionRun run) {
    StageReliability desk = run.reliability.stream().filter(r -> r.stage().equals(SulawesiSelatan.SUBSTANCE)).findFirst().orElseThrow();
    List<EvaluatorCalibration> shown = desk.calibrations().stream().filter(c -> c.offset().isPresent()).collect(Collectors.toList());
    double max = shown.stream().mapToDouble(c -> Math.abs(c.offset().orElseThrow().doubleValue())).max().orElse(1);
    double scale = Math.max(1, Math.ceil(max));
    int row = 20;
    int left = 150;
    int width = 1080;
    int half = (width - left - 120) / 2;
    int zero = left + half;
    int height = 46 + row * shown.size() + 10;
    h.append("<section id=\"leniency\"><h2>Kemurahan penilai / evaluator leniency</h2>\n")
        .append("<p>Untuk setiap penilai evaluasi proposal: rata-rata selisih nilainya dengan rata-rata penilai lain pada proposal yang sama. Batang ke ")
        .append("kanan berarti lebih murah, ke kiri lebih ketat; batang merah ditandai sebagai terlalu murah, terlalu ketat atau tidak konsisten ")
        .append("menurut ambang yang dikonfigurasi.</p>\n")
        .append("<p>For each desk evaluator: the mean difference between its score and the other evaluators' mean on the same proposals. A bar to")
        .append(" the right is more lenient, to the left more severe; a red bar is flagged lenient, severe or inconsistent against the configured")
        .append(" thresholds.</p>\n");
    h.append("<svg id=\"leniency-chart\" xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"100%\" viewBox=\"0 0 ").append(width).append(' ')
        .append(height).append("\">\n<title>Selisih dari panel / offset from the panel</title>\n")
        .append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"18\" text-anchor=\"middle\" font-weight=\"600\">selisih dari panel / offset from panel (poin / points)</text>%n", zero));
    for (int tick = -(int) scale; tick <= (int) scale; tick++) {
      double x = zero + half * tick / scale;
      h.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"28\" x2=\"%.1f\" y2=\"%d\" stroke=\"%s\"/><text x=\"%.1f\" y=\"38\" text-anchor=\"middle\">%+d</text>%n",
          x, x, height - 6, tick == 0 ? "#5b6776" : "#e6e9ee", x, tick));
    }
    int y = 50;
    for (EvaluatorCalibration c : shown) {
      double offset = c.offset().orElseThrow().doubleValue();
      double x = zero + half * offset / scale;
      double from = Math.min(x, zero);
      String colour = c.flagged() ? "#a1261b" : "#0b4f6c";
      h.append(String.format(Locale.ROOT, "<g class=\"evaluator\" data-evaluator=\"%s\" data-offset=\"%s\"><title>%s: %s</title>", e(c.evaluator()),
          c.offset().orElseThrow().toPlainString(), e(c.evaluator()), e(c.offset().orElseThrow().toPlainString())))
          .append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"end\">%s</text>", left - 8, y + 4, e(c.evaluator())))
          .append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%d\" width=\"%.1f\" height=\"12\" fill=\"%s\"/>", from, y - 6,
              Math.max(0.5, Math.abs(x - zero)), colour))
          .append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\">%s%s</text></g>%n", left + 2 * half + 12, y + 4,
              e(c.offset().orElseThrow().setScale(2, RoundingMode.HALF_EVEN).toPlainString()), c.flagged() ? " " + e(c.flags()) : ""));
      y += row;
    }
    h.append("</svg></section>\n");
  }

  /** How each step changed the shares of the proposals by region, institution type, 3T status, group and category. */
  private static void fairness(StringBuilder h, CompetitionRun run) {
    h.append("<section id=\"fairness\"><h2>Sebaran antardaerah / fairness across regions</h2>\n")
        .append("<p>Untuk setiap tahap: porsi setiap provinsi, jenis instansi, status 3T, kelompok dan kategori di antara proposal yang masuk dan ")
        .append("yang lolos, serta perubahannya. Perubahan di atas ambang ditandai sebagai pertanyaan bagi panitia, bukan temuan ketidakadilan: tahap ")
        .append("yang menilai berdasarkan mutu wajar menggeser porsi.</p>\n")
        .append("<p>For each step: the share of each province, institution type, 3T status, group and category among the proposals that entered")
        .append(" and among those that went on, and the change. A change above the threshold is flagged as a question for the committee, not a")
        .append(" finding of unfairness: a step that ranks on merit may rightly move a share.</p>\n")
        .append("<table id=\"fairness-table\"><thead><tr><th>Tahap / step</th><th>Dimensi / dimension</th><th>Nilai / value</th>")
        .append("<th class=\"num\">Masuk &rarr; lolos / entered &rarr; went on</th><th class=\"num\">Porsi / share</th>")
        .append("<th class=\"num\">Perubahan / change (pp)</th><th>Tanda / flag</th></tr></thead><tbody>\n");
    for (StageFairness stage : run.fairness) {
      for (ShareShift s : stage.shifts()) {
        h.append("<tr data-step=\"").append(e(stage.stage())).append("\"").append(s.flagged() ? " class=\"flagged\"" : "").append("><td>")
            .append(e(stage.stage())).append("</td><td>").append(e(s.dimension())).append("</td><td>").append(e(s.label().indonesian()))
            .append(s.label().english().equals(s.label().indonesian()) ? "" : " <span class=\"muted\">/ " + e(s.label().english()) + "</span>")
            .append("</td><td class=\"num\">").append(s.entered()).append(" &rarr; ").append(s.passed()).append("</td><td class=\"num\">")
            .append(percent(s.enteredShare())).append(" &rarr; ").append(percent(s.passedShare())).append("</td><td class=\"num\">")
            .append(signedPercent(s.change())).append("</td><td class=\"").append(s.flagged() ? "bad\">ditandai / flagged" : "ok\">-")
            .append("</td></tr>\n");
      }
    }
    h.append("</tbody></table>\n");
    run.fairness.stream().findFirst().ifPresent(f -> h.append("<p class=\"muted\">Ambang / threshold: ")
        .append(f.threshold().movePointRight(2).stripTrailingZeros().toPlainString()).append(" percentage points.</p>\n"));
    h.append("</section>\n");
  }

  private static String percent(BigDecimal share) {
    return share.movePointRight(2).setScale(1, RoundingMode.HALF_EVEN).toPlainString() + " %";
  }

  private static String signedPercent(BigDecimal change) {
    BigDecimal points = change.movePointRight(2).setScale(1, RoundingMode.HALF_EVEN);
    return (points.signum() > 0 ? "+" : "") + points.toPlainString();
  }

  /**
   * Writes an explanation tree as indented lines, each citation once as a numbered note under the
   * tree, so that a criterion cited on every sheet does not repeat its source on every line.
   */
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
    out.append('\n');
    node.children().forEach(child -> walk(child, depth + 1, notes, out));
  }

  private static void explanations(StringBuilder h, CompetitionRun run) {
    h.append("<section id=\"explanations\"><h2>Penjelasan per proposal / per-proposal explanation</h2>\n")
        .append("<p class=\"muted\">Every proposal's outcome, step by step, with the citation of each rule.</p>\n");
    for (Proposal p : run.sample.proposals) {
      ProposalStatus status = CompetitionRun.must(run.statuses, p.id());
      h.append("<details id=\"").append(e(p.id())).append("\"><summary><b>").append(e(p.id())).append("</b> &middot; ").append(e(p.innovation().title()))
          .append(" &middot; ").append(e(p.innovation().institution().name())).append(" &middot; <i>").append(e(CompetitionRun.must(run.outcomes, p.id())))
          .append("</i> (").append(e(status.stage())).append(")</summary>\n");
      explanation(h, CompetitionRun.must(run.explanations, p.id()));
      h.append("</details>\n");
    }
    h.append("</section>\n");
  }
}
