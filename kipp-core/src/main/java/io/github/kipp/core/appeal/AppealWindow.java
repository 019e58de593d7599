package io.github.kipp.core.appeal;

import static java.util.Objects.requireNonNull;

import io.github.kipp.core.Citation;
import io.github.kipp.core.KippTime;
import io.github.kipp.core.spi.Parameter;
import io.github.kipp.core.spi.ParameterKey;
import io.github.kipp.core.spi.RuleModule;
import java.time.Instant;
import java.time.ZoneId;

/**
 * The cited window within which an entrant may appeal a decision about its proposal (<i>masa
 * banding</i>): a number of calendar days after the day the decision was announced, counted in a
 * zone.
 *
 * <p>An appeal may be filed from the announcement until the end of the {@code days}-th calendar day
 * after the announcement's day, in the window's zone: a decision announced on 10 June at 09:00 WIB
 * with a window of five days may be appealed until 15 June 23:59:59 WIB; {@link #closes(Instant)}
 * is the first instant after that.
 *
 * <p>No KIPP instrument or report read for kipp gives entrants an appeal, so no source gives its
 * window. A rule module that offers one declares it under {@link #KEY}, cited; otherwise {@link
 * #defaultWindow()} applies: {@value #DEFAULT_DAYS} calendar days in {@link KippTime#JAKARTA},
 * the length PANRB's releases report for the public's objection window of <i>uji publik</i>
 * ([S37], [S2]), cited {@code UNKNOWN} with that default documented.
 *
 * @param days the number of calendar days after the announcement's day, 1 to {@value #MAX_DAYS}
 * @param zone the zone whose calendar days count, not null
 * @param citation where the window comes from, not null
 */
public record AppealWindow(int days, ZoneId zone, Citation citation) {

  /** The module parameter under which a rule module declares its appeal window. */
  public static final ParameterKey<AppealWindow> KEY = ParameterKey.of("appeal.window", AppealWindow.class);

  /** The length of kipp's default window, in calendar days. */
  public static final int DEFAULT_DAYS = 5;

  /** The longest window kipp accepts, in calendar days. */
  public static final int MAX_DAYS = 366;

  private static final AppealWindow DEFAULT =
      new AppealWindow(
          DEFAULT_DAYS,
          KippTime.JAKARTA,
          Citation.unknown(
                  "Pedoman Kompetisi Inovasi Pelayanan Publik (Kementerian PANRB)",
                  "No source gives entrants an appeal against an administrative decision, so none gives its window."
                      + " kipp's default is five calendar days after the day of the announcement, in Asia/Jakarta: the"
                      + " length reported for the public's objection window (masa sanggah) of uji publik. A module or"
                      + " host that offers appeals declares its own window, cited.")
              .withSources("S37", "S2"));

  /**
   * Creates a window.
   *
   * @param days the number of calendar days, 1 to {@value #MAX_DAYS}
   * @param zone the zone, not null
   * @param citation the citation, not null
   * @throws IllegalArgumentException if {@code days} is out of range
   */
  public AppealWindow {
    requireNonNull(zone, "zone");
    requireNonNull(citation, "citation");
    if (days < 1 || days > MAX_DAYS) {
      throw new IllegalArgumentException("an appeal window of " + days + " days is out of range; it must be 1 to " + MAX_DAYS + " calendar days");
    }
  }

  /**
   * Returns a window of calendar days in {@link KippTime#JAKARTA}.
   *
   * @param days the number of calendar days after the announcement's day, 1 to {@value #MAX_DAYS}
   * @param citation where it comes from, not null
   * @return the window, not null
   * @throws IllegalArgumentException if {@code days} is out of range
   */
  public static AppealWindow of(int days, Citation citation) {
    return new AppealWindow(days, KippTime.JAKARTA, citation);
  }

  /**
   * Returns kipp's documented default: {@value #DEFAULT_DAYS} calendar days in Asia/Jakarta, cited
   * {@code UNKNOWN}.
   *
   * @return the default window, not null
   */
  public static AppealWindow defaultWindow() {
    return DEFAULT;
  }

  /**
   * Returns the window a rule module declares under {@link #KEY}, or {@link #defaultWindow()} if it
   * declares none.
   *
   * @param module the module, not null
   * @return the window, not null
   */
  public static AppealWindow declaredBy(RuleModule module) {
    return requireNonNull(module, "module").parameters().find(KEY).map(Parameter::value).orElse(DEFAULT);
  }

  /**
   * Returns the first instant at which an appeal against a decision announced at a time is late:
   * the start of the day after the last day of the window, in the window's zone.
   *
   * @param announcedAt when the decision was announced, not null
   * @return the close, exclusive; not null
   */
  public Instant closes(Instant announcedAt) {
    return requireNonNull(announcedAt, "announcedAt").atZone(zone).toLocalDate().plusDays(days + 1L).atStartOfDay(zone).toInstant();
  }

  /**
   * Returns whether an appeal filed at a time is within the window of a decision announced at
   * another.
   *
   * @param announcedAt when the decision was announced, not null
   * @param filedAt when the appeal is filed, not null
   * @return true if {@code announcedAt <= filedAt < closes(announcedAt)}
   */
  public boolean contains(Instant announcedAt, Instant filedAt) {
    requireNonNull(filedAt, "filedAt");
    return !filedAt.isBefore(announcedAt) && filedAt.isBefore(closes(announcedAt));
  }

  /** Returns {@code appeal window of N calendar days in ZONE (citation)}. */
  @Override
  public String toString() {
    return "appeal window of " + days + " calendar days in " + zone + " (" + citation + ")";
  }
}
