package io.github.kipp.core.edition;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import io.github.kipp.core.Citation;
import io.github.kipp.core.InvalidInputException;
import io.github.kipp.core.internal.CoreMessages;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The time during which a phase is open, {@code [opens, closes)}, in the zone it was published in,
 * with any later {@link Extension extensions} of its close.
 *
 * <p>Deadlines are published as "until 23:59 WIB" of a day; {@link #days(LocalDate, LocalDate,
 * ZoneId)} represents that as closing at the start of the next day, so the whole last minute is
 * inside the window. The original close stays visible ({@link #originalClose()}) because some rules
 * count from it rather than from the extended one.
 */
public final class Window {

  private final ZonedDateTime opens;
  private final ZonedDateTime originalClose;
  private final ImmutableList<Extension> extensions;

  private Window(ZonedDateTime opens, ZonedDateTime originalClose, ImmutableList<Extension> extensions) {
    this.opens = opens;
    this.originalClose = originalClose;
    this.extensions = extensions;
  }

  /**
   * Returns the window {@code [opens, closes)}.
   *
   * @param opens the first instant inside, not null
   * @param closes the first instant outside, not null
   * @return the window, not null
   * @throws InvalidInputException if {@code closes} is not after {@code opens}
   */
  public static Window of(ZonedDateTime opens, ZonedDateTime closes) {
    requireNonNull(opens, "opens");
    requireNonNull(closes, "closes");
    if (!closes.isAfter(opens)) {
      throw InvalidInputException.of(
          "window", CoreMessages.violation("kipp.window.empty", "closes", closes, "opens", opens));
    }
    return new Window(opens, closes, ImmutableList.of());
  }

  /**
   * Returns the window that covers whole days, from the start of {@code first} to the end of {@code
   * last}, in a zone.
   *
   * @param first the first day, not null
   * @param last the last day, inclusive; not before {@code first}
   * @param zone the zone the dates were published in, not null
   * @return the window, not null
   * @throws InvalidInputException if {@code last} is before {@code first}
   */
  public static Window days(LocalDate first, LocalDate last, ZoneId zone) {
    requireNonNull(first, "first");
    requireNonNull(last, "last");
    requireNonNull(zone, "zone");
    return of(first.atStartOfDay(zone), last.plusDays(1).atStartOfDay(zone));
  }

  /**
   * Returns a copy whose close is extended.
   *
   * @param closes the new close, exclusive; after the current close
   * @param basis the letter or announcement that decided it, not null
   * @return the extended window, not null
   * @throws InvalidInputException if the new close is not after the current one
   */
  public Window extendTo(ZonedDateTime closes, Citation basis) {
    requireNonNull(closes, "closes");
    requireNonNull(basis, "basis");
    if (!closes.isAfter(close())) {
      throw InvalidInputException.of(
          "window extension",
          CoreMessages.violation("kipp.window.extension", "closes", closes, "current", close()));
    }
    return new Window(
        opens,
        originalClose,
        ImmutableList.<Extension>builder().addAll(extensions).add(new Extension(closes, basis)).build());
  }

  /**
   * Returns the first instant inside the window.
   *
   * @return the opening, not null
   */
  public ZonedDateTime opens() {
    return opens;
  }

  /**
   * Returns the close in force: the last extension's, or the original.
   *
   * @return the first instant outside the window, not null
   */
  public ZonedDateTime close() {
    return extensions.isEmpty() ? originalClose : extensions.get(extensions.size() - 1).closes();
  }

  /**
   * Returns the last day inside the window as extended, in the zone of its close: the day a
   * regulation names when it says "until 23:59 WIB" of that day. A window made by {@link
   * #days(LocalDate, LocalDate, ZoneId)} with last day 11 May closes at 12 May 00:00, and its last
   * day is 11 May.
   *
   * @return the day of the last instant inside the window, not null
   */
  public LocalDate lastDay() {
    return close().minusNanos(1).toLocalDate();
  }

  /**
   * Returns the close first published, before any extension.
   *
   * @return the original close, not null
   */
  public ZonedDateTime originalClose() {
    return originalClose;
  }

  /**
   * Returns the extensions, oldest first.
   *
   * @return the extensions, possibly empty
   */
  public ImmutableList<Extension> extensions() {
    return extensions;
  }

  /**
   * Returns whether an instant lies inside the window as extended.
   *
   * @param instant the instant, not null
   * @return true if {@code opens <= instant < close()}
   */
  public boolean contains(Instant instant) {
    requireNonNull(instant, "instant");
    return !instant.isBefore(opens.toInstant()) && instant.isBefore(close().toInstant());
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Window
        && opens.equals(((Window) o).opens)
        && originalClose.equals(((Window) o).originalClose)
        && extensions.equals(((Window) o).extensions);
  }

  @Override
  public int hashCode() {
    return Objects.hash(opens, originalClose, extensions);
  }

  /** Returns {@code [opens, close)}, noting an extension. */
  @Override
  public String toString() {
    return "["
        + opens
        + ", "
        + close()
        + ")"
        + (extensions.isEmpty() ? "" : " extended from " + originalClose);
  }
}
