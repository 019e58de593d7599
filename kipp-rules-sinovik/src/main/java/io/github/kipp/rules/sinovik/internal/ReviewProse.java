package io.github.kipp.rules.sinovik.internal;

import com.google.common.collect.ImmutableList;
import io.github.kipp.core.Citation;
import io.github.kipp.core.Confidence;
import io.github.kipp.core.Identifier;
import io.github.kipp.core.LocalizedText;
import io.github.kipp.core.Role;
import io.github.kipp.core.edition.Category;
import io.github.kipp.core.edition.Extension;
import io.github.kipp.core.edition.InnovationGroup;
import io.github.kipp.core.edition.Phase;
import io.github.kipp.core.edition.Schedule;
import io.github.kipp.core.edition.SectionSpec;
import io.github.kipp.core.edition.VideoRules;
import io.github.kipp.core.edition.Window;
import io.github.kipp.core.eligibility.AgeRequirement;
import io.github.kipp.core.eligibility.EligibilityRule;
import io.github.kipp.core.eligibility.HistoryCondition;
import io.github.kipp.core.innovation.PartialDateResolution;
import io.github.kipp.core.institution.RegionCatalogue;
import io.github.kipp.core.institution.RegionCode;
import io.github.kipp.core.institution.ThreeTRegions;
import io.github.kipp.core.stage.Stage;
import io.github.kipp.core.stage.StageMachine;
import io.github.kipp.core.stage.TransitionRule;
import io.github.kipp.scoring.CriteriaSet;
import io.github.kipp.scoring.Criterion;
import io.github.kipp.scoring.Rounding;
import io.github.kipp.scoring.Scale;
import io.github.kipp.scoring.aggregate.AggregationPolicy;
import io.github.kipp.scoring.aggregate.StageCombinationPolicy;
import io.github.kipp.scoring.panel.ConflictOfInterestPolicy;
import io.github.kipp.scoring.rank.AwardTier;
import io.github.kipp.scoring.rank.TieBreakChain;
import io.github.kipp.scoring.shortlist.Quota;
import io.github.kipp.scoring.spi.FinalistPool;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Says a parameter's value in words, for the reviewer's view: each value kind a module declares is
 * written as a reader who does not read code reads it, in Bahasa Indonesia and English where kipp
 * has both ({@code 2 tahun / 2 years}), never in a Java form. A value is one or more lines.
 */
public final class ReviewProse {

  private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

  private ReviewProse() {}

  /**
   * Says a value in words.
   *
   * @param value the value
   * @return its lines, at least one
   */
  public static ImmutableList<String> lines(Object value) {
    List<String> out = new ArrayList<>();
    write(value, out);
    if (out.isEmpty()) {
      out.add("(kosong / none)");
    }
    return ImmutableList.copyOf(out);
  }

  /**
   * Says a citation in words.
   *
   * @param c the citation
   * @return one line
   */
  public static String citation(Citation c) {
    StringBuilder out = new StringBuilder(c.instrument()).append(", ");
    out.append(c.provisionUnknown() ? "pasal tidak diketahui / provision unknown" : c.provision());
    out.append("; keyakinan / confidence: ").append(confidence(c.confidence()));
    if (!c.sources().isEmpty()) {
      out.append("; sumber / sources: ").append(String.join(", ", c.sources()));
    }
    if (!c.note().isEmpty()) {
      out.append("; catatan / note: ").append(c.note());
    }
    return out.toString();
  }

  /**
   * Names a confidence in both languages.
   *
   * @param c the confidence
   * @return such as {@code dilaporkan / reported}
   */
  public static String confidence(Confidence c) {
    return switch (c) {
      case REGULATION -> "peraturan / regulation";
      case REPORTED -> "dilaporkan / reported";
      case INFERRED -> "disimpulkan / inferred";
      case UNKNOWN -> "tidak diketahui / unknown";
    };
  }

  private static void write(Object value, List<String> out) {
    if (value instanceof Collection<?> c && !c.isEmpty() && c.iterator().next() instanceof Identifier<?>) {
      out.add(join(c));
    } else if (value instanceof Collection<?> c) {
      if (c.isEmpty()) {
        out.add("(tidak ada / none)");
      }
      for (Object o : c) {
        write(o, out);
      }
    } else if (value instanceof Map<?, ?> m) {
      if (m.isEmpty()) {
        out.add("(tidak ada / none)");
      }
      m.forEach((k, v) -> out.add(single(k) + ": " + single(v)));
    } else if (value instanceof Schedule s) {
      schedule(s, out);
    } else if (value instanceof StageMachine p) {
      pipeline(p, out);
    } else if (value instanceof CriteriaSet c) {
      criteria(c, out);
    } else if (value instanceof FinalistPool p) {
      pool(p, out);
    } else {
      out.add(single(value));
    }
  }

  /** Says a value on one line. */
  private static String single(Object value) {
    if (value instanceof Boolean b) {
      return b ? "ya / yes" : "tidak / no";
    }
    if (value instanceof BigDecimal d) {
      return d.toPlainString();
    }
    if (value instanceof Number || value instanceof String || value instanceof ZoneId) {
      return value.toString();
    }
    if (value instanceof LocalizedText t) {
      return text(t);
    }
    if (value instanceof RegionCode r) {
      return RegionCatalogue.bundled().find(r).map(x -> r + " (" + x.name() + ")").orElse(r.toString());
    }
    if (value instanceof Identifier<?> id) {
      return id.toString();
    }
    if (value instanceof Period p) {
      return period(p);
    }
    if (value instanceof Duration d) {
      return duration(d);
    }
    if (value instanceof Enum<?> e) {
      return constant(e);
    }
    if (value instanceof HistoryCondition h) {
      return text(h.describe());
    }
    if (value instanceof EligibilityRule r) {
      return r.id() + ": " + text(r.description()) + " (" + r.citations().stream().map(ReviewProse::citation).reduce((a, b) -> a + "; " + b).orElse("") + ")";
    }
    if (value instanceof InnovationGroup g) {
      return g.id() + ": " + text(g.name()) + (g.byInvitation() ? "; hanya dengan undangan / by invitation only" : "")
          + (g.requiresReplication() ? "; inovasi replikasi / replicated innovations" : "");
    }
    if (value instanceof Category c) {
      return c.id() + ": " + text(c.name());
    }
    if (value instanceof SectionSpec s) {
      return section(s);
    }
    if (value instanceof VideoRules v) {
      return (v.required() ? "video wajib / a video is required" : "video tidak wajib / a video is optional")
          + v.maxDuration().map(d -> "; paling lama / at most " + duration(d)).orElse("")
          + (v.minHeight().isPresent() ? "; tinggi gambar paling sedikit / picture at least " + v.minHeight().getAsInt() + " piksel / pixels high" : "");
    }
    if (value instanceof Rounding r) {
      return "dibulatkan ke / rounded to " + r.scale() + " desimal / decimals, " + constant(r.mode()) + " (" + citation(r.citation()) + ")";
    }
    if (value instanceof AggregationPolicy a) {
      return aggregation(a) + " (" + citation(a.citation()) + ")";
    }
    if (value instanceof StageCombinationPolicy c) {
      return combination(c.describe()) + " (" + citation(c.citation()) + ")";
    }
    if (value instanceof TieBreakChain t) {
      List<String> steps = new ArrayList<>();
      for (int i = 0; i < t.steps().size(); i++) {
        steps.add((i + 1) + ". " + step(t.steps().get(i)));
      }
      return String.join("; ", steps) + " (" + citation(t.citation()) + ")";
    }
    if (value instanceof AwardTier a) {
      StringBuilder clusters = new StringBuilder();
      for (AwardTier.Cluster c : a.clusters()) {
        clusters.append(clusters.length() == 0 ? "; per klaster / per cluster: " : "; ").append(c.id()).append(' ').append(text(c.name()))
            .append(": ").append(c.size()).append(' ').append(c.types()).append(" (").append(citation(c.citation())).append(')');
      }
      return a.id() + " " + text(a.name()) + ": " + a.size() + " pemenang / winners dari kelompok / from groups " + join(a.groups())
          + " (" + citation(a.citation()) + ")" + clusters;
    }
    if (value instanceof Quota q) {
      return quota(q);
    }
    if (value instanceof ThreeTRegions t) {
      return "daerah 3T / 3T regions: " + t.codes().size() + " kode wilayah / region codes (" + citation(t.citation()) + ")";
    }
    if (value instanceof ConflictOfInterestPolicy p) {
      return conflict(p.toString());
    }
    if (value instanceof Citation c) {
      return citation(c);
    }
    if (value instanceof Collection<?> || value instanceof Map<?, ?> || value instanceof Schedule || value instanceof StageMachine
        || value instanceof CriteriaSet || value instanceof FinalistPool) {
      List<String> lines = new ArrayList<>();
      write(value, lines);
      return String.join("; ", lines);
    }
    if (value instanceof Optional<?> o) {
      return o.map(ReviewProse::single).orElse("(tidak ada / none)");
    }
    return value.toString();
  }

  private static String text(LocalizedText t) {
    return t.indonesian().equals(t.english()) ? t.indonesian() : t.indonesian() + " / " + t.english();
  }

  private static String join(Iterable<?> ids) {
    List<String> out = new ArrayList<>();
    ids.forEach(i -> out.add(single(i)));
    return out.isEmpty() ? "(tidak ada / none)" : String.join(", ", out);
  }

  private static String period(Period p) {
    List<String> id = new ArrayList<>();
    List<String> en = new ArrayList<>();
    if (p.getYears() != 0) {
      id.add(p.getYears() + " tahun");
      en.add(p.getYears() + (p.getYears() == 1 ? " year" : " years"));
    }
    if (p.getMonths() != 0) {
      id.add(p.getMonths() + " bulan");
      en.add(p.getMonths() + (p.getMonths() == 1 ? " month" : " months"));
    }
    long days = p.get(ChronoUnit.DAYS);
    if (days != 0 || id.isEmpty()) {
      id.add(days + " hari");
      en.add(days + (days == 1 ? " day" : " days"));
    }
    return String.join(" ", id) + " / " + String.join(" ", en);
  }

  private static String duration(Duration d) {
    long seconds = d.toSeconds();
    if (seconds % 3600 == 0 && seconds > 0) {
      return seconds / 3600 + " jam / " + seconds / 3600 + (seconds == 3600 ? " hour" : " hours");
    }
    if (seconds % 60 == 0 && seconds > 0) {
      return seconds / 60 + " menit / " + seconds / 60 + (seconds == 60 ? " minute" : " minutes");
    }
    return seconds + " detik / " + seconds + (seconds == 1 ? " second" : " seconds");
  }

  private static String constant(Enum<?> e) {
    if (e instanceof Phase p) {
      return phase(p);
    }
    if (e instanceof Role r) {
      return switch (r) {
        case UNIT -> "unit pengusul / proposing unit";
        case INSTITUTION_ADMIN -> "admin instansi / institution's administrator";
        case SECRETARIAT -> "sekretariat / secretariat";
        case EVALUATOR -> "evaluator / evaluator";
        case INDEPENDENT_PANEL -> "tim panel independen / independent panel";
        case VERIFIER -> "verifikator / verifier";
        case ORGANISER -> "penyelenggara / organiser";
      };
    }
    if (e instanceof AgeRequirement.CloseBasis c) {
      return c == AgeRequirement.CloseBasis.ORIGINAL
          ? "dihitung dari penutupan pendaftaran semula / counted back from the registration close first published"
          : "dihitung dari penutupan setelah perpanjangan / counted back from the close after every extension";
    }
    if (e instanceof PartialDateResolution p) {
      return p == PartialDateResolution.EARLIEST
          ? "tanggal yang hanya diketahui bulan atau tahunnya dibaca sebagai hari pertama / a date known only to the month or year reads as its first day"
          : "tanggal yang hanya diketahui bulan atau tahunnya dibaca sebagai hari terakhir / a date known only to the month or year reads as its last day";
    }
    if (e instanceof RoundingMode m) {
      return switch (m) {
        case HALF_UP -> "setengah ke atas / half up";
        case HALF_EVEN -> "setengah ke genap / half to even";
        case HALF_DOWN -> "setengah ke bawah / half down";
        case UP -> "menjauhi nol / away from zero";
        case DOWN -> "menuju nol / towards zero";
        case CEILING -> "ke atas / up";
        case FLOOR -> "ke bawah / down";
        case UNNECESSARY -> "tanpa pembulatan / no rounding";
      };
    }
    return FileValues.name(e);
  }

  private static String phase(Phase p) {
    return switch (p) {
      case REGISTRATION -> "pendaftaran / registration";
      case SUBMISSION -> "pengiriman proposal / submission";
      case ADMINISTRATIVE_SCREENING -> "seleksi administrasi / administrative screening";
      case EVALUATION -> "evaluasi / evaluation";
      case PUBLIC_REVIEW -> "uji publik / public review";
      case PRESENTATION -> "presentasi dan wawancara / presentation and interview";
      case FIELD_VERIFICATION -> "verifikasi lapangan / field verification";
      case ANNOUNCEMENT -> "pengumuman / announcement";
    };
  }

  private static void schedule(Schedule s, List<String> out) {
    for (Map.Entry<Phase, Window> e : s.windows().entrySet()) {
      Window w = e.getValue();
      StringBuilder line = new StringBuilder(phase(e.getKey())).append(": ").append(at(w.opens())).append(" – ").append(at(w.originalClose()))
          .append(" (").append(w.opens().getZone()).append(", sampai sebelum / until before)");
      for (Extension x : w.extensions()) {
        line.append("; diperpanjang sampai / extended until ").append(at(x.closes())).append(" (").append(citation(x.basis())).append(')');
      }
      out.add(line.toString());
    }
  }

  private static String at(ZonedDateTime t) {
    return AT.format(t);
  }

  private static void pipeline(StageMachine p, List<String> out) {
    List<String> stages = new ArrayList<>();
    for (Stage s : p.stages()) {
      stages.add(s.id() + " (" + text(s.name()) + (s.terminal() ? ", akhir / final" : "") + ")");
    }
    out.add("tahap / stages: " + String.join(", ", stages));
    for (TransitionRule r : p.rules()) {
      List<String> roles = new ArrayList<>();
      r.roles().forEach(x -> roles.add(constant(x)));
      out.add(r.from() + " → " + r.to() + ": oleh / by " + String.join(", ", roles)
          + (r.reasonRequired() ? "; dengan alasan / with a reason" : "")
          + (r.tierRequired() ? "; dengan peringkat / with a tier" : "")
          + r.during().map(d -> "; selama / during " + phase(d)).orElse("")
          + " (" + citation(r.basis()) + ")");
    }
  }

  private static String section(SectionSpec s) {
    return s.id() + ": " + text(s.name())
        + s.weight().map(w -> "; bobot / weight " + w.toPlainString()).orElse("")
        + (s.maxWords().isPresent() ? "; paling banyak / at most " + s.maxWords().getAsInt() + " kata / words" : "")
        + (s.required() ? "; wajib / required" : "; tidak wajib / optional")
        + (s.groups().isEmpty() ? "" : "; untuk kelompok / for groups " + join(s.groups()));
  }

  private static void criteria(CriteriaSet c, List<String> out) {
    out.add("tahap / stage " + c.stage() + ": bobot total / weight total " + c.weightTotal().toPlainString());
    for (Criterion k : c.criteria()) {
      Scale s = k.scale();
      out.add("– " + k.id() + " " + text(k.name()) + ": bobot / weight " + k.weight().toPlainString() + ", skala / scale "
          + s.min().toPlainString() + "–" + s.max().toPlainString() + " per " + s.step().toPlainString() + " (" + citation(k.citation()) + ")");
    }
  }

  private static void pool(FinalistPool p, List<String> out) {
    out.add(p.tier() + " " + text(p.name()) + ": " + p.spec().size() + " tempat / places dari kelompok / from groups " + join(p.groups())
        + " (" + citation(p.spec().sizeCitation()) + ")");
    for (Quota q : p.spec().quotas()) {
      out.add("– kuota / quota " + quota(q));
    }
    p.spec().threeTRegions().ifPresent(t -> out.add("– " + single(t)));
  }

  private static String quota(Quota q) {
    String bounds;
    if (q.isEachValue()) {
      bounds = "paling banyak / at most " + q.max().orElse(0) + " untuk setiap nilai / for each value";
    } else if (q.max().isEmpty()) {
      bounds = "paling sedikit / at least " + q.min();
    } else if (q.min() == 0) {
      bounds = "paling banyak / at most " + q.max().getAsInt();
    } else {
      bounds = q.min() + " sampai / to " + q.max().getAsInt();
    }
    return text(q.label()) + ": " + bounds + " (" + citation(q.citation()) + ")";
  }

  private static String step(TieBreakChain.Step s) {
    return switch (s.kind()) {
      case CRITERION -> "nilai kriteria / score of criterion " + s.target().orElse("");
      case STAGE -> "nilai tahap / score of stage " + s.target().orElse("");
      case EARLIER_SUBMISSION -> "pengiriman lebih awal / earlier submission";
      case DRAW -> "undian / draw";
    };
  }

  private static final Pattern TRIMMED = Pattern.compile("trimmed mean \\(drop (\\d+) lowest and \\d+ highest\\)");
  private static final Pattern Z = Pattern.compile("z-score \\(min (\\d+) sheets, else (USE_RAW|EXCLUDE); reference (POPULATION|FIXED)\\)");

  private static String aggregation(AggregationPolicy a) {
    String kind = a.toString();
    if (kind.equals("mean")) {
      return "rata-rata / mean";
    }
    if (kind.equals("median")) {
      return "median / median";
    }
    Matcher t = TRIMMED.matcher(kind);
    if (t.matches()) {
      return "rata-rata terpangkas: buang " + t.group(1) + " nilai terendah dan " + t.group(1) + " tertinggi / trimmed mean: drop the "
          + t.group(1) + " lowest and " + t.group(1) + " highest totals";
    }
    Matcher z = Z.matcher(kind);
    if (z.matches()) {
      boolean raw = z.group(2).equals("USE_RAW");
      boolean population = z.group(3).equals("POPULATION");
      return "skor-z per evaluator / per-evaluator z-score: evaluator dengan kurang dari " + z.group(1) + " lembar nilai "
          + (raw ? "dihitung dengan nilai mentah" : "tidak dihitung") + "; acuan " + (population ? "seluruh nilai" : "rata-rata dan simpangan baku tetap")
          + " / an evaluator with fewer than " + z.group(1) + " sheets " + (raw ? "counts with raw totals" : "does not count")
          + "; mapped back onto " + (population ? "the mean and deviation of every total" : "a fixed mean and standard deviation");
    }
    return kind;
  }

  private static final Pattern GATED = Pattern.compile("(.*), gated by field verification \\(not visited (passes|fails)\\)");
  private static final Pattern SINGLE = Pattern.compile("single stage (\\S+)");
  private static final Pattern WEIGHTED = Pattern.compile("[0-9.]+ × \\S+( \\+ [0-9.]+ × \\S+)*");

  private static String combination(String describe) {
    Matcher g = GATED.matcher(describe);
    if (g.matches()) {
      boolean passes = g.group(2).equals("passes");
      return combination(g.group(1)) + "; lalu verifikasi lapangan menentukan: yang tidak dikunjungi " + (passes ? "lolos" : "tidak lolos")
          + " / then gated by field verification: a proposal not visited " + (passes ? "passes" : "fails");
    }
    Matcher one = SINGLE.matcher(describe);
    if (one.matches()) {
      return "nilai satu tahap saja / the score of one stage only: " + one.group(1);
    }
    if (WEIGHTED.matcher(describe).matches()) {
      return "jumlah tertimbang nilai tahap / weighted sum of stage scores: " + describe;
    }
    return describe;
  }

  private static String conflict(String name) {
    return switch (name) {
      case "institutional" -> "evaluator tidak menilai instansinya sendiri atau keluarga pemerintah daerahnya"
          + " / an evaluator never scores their own institution or its regional-government family";
      case "institutional with provinces" -> "seperti institusional, dan di babak provinsi tidak menilai kabupaten dan kota provinsinya"
          + " / as institutional, and in a provincial round not the province's regencies and cities";
      case "none" -> "tidak ada pemeriksaan konflik kepentingan / no conflict-of-interest check";
      default -> name;
    };
  }
}
