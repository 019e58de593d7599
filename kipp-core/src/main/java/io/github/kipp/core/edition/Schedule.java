package io.github.kipp.core.edition;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSortedMap;
import com.google.common.collect.ImmutableSortedSet;
import io.github.kipp.core.Citation;
import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The published windows of an edition's phases. A phase may have no window (regional rounds without
 * <i>uji publik</i>).
 *
 * <p>Questions about "now" take a {@link Clock} or an {@link Instant}; kipp never reads the system
 * clock.
 */
public final class Schedule {

  private final ImmutableSortedMap<Phase, Window> windows;

  private Schedule(ImmutableSortedMap<Phase, Window> windows) {
    this.windows = windows;
  }

  /**
   * Returns a schedule.
   *
   * @param windows the window of each phase that has one, not null
   * @return the schedule, not null
   */
  public static Schedule of(Map<Phase, Window> windows) {
    return new Schedule(ImmutableSortedMap.copyOf(requireNonNull(windows, "windows")));
  }

  /**
   * Returns the schedule with no windows.
   *
   * @return an empty schedule, not null
   */
  public static Schedule empty() {
    return new Schedule(ImmutableSortedMap.of());
  }

  /**
   * Returns a copy with a phase's window set or replaced.
   *
   * @param phase the phase, not null
   * @param window its window, not null
   * @return the new schedule, not null
   */
  public Schedule with(Phase phase, Window window) {
    requireNonNull(phase, "phase");
    requireNonNull(window, "window");
    ImmutableSortedMap.Builder<Phase, Window> b = ImmutableSortedMap.naturalOrder();
    windows.forEach((p, w) -> {
      if (p != phase) {
        b.put(p, w);
      }
    });
    return new Schedule(b.put(phase, window).buildOrThrow());
  }

  /**
   * Returns a copy in which a phase's close is extended.
   *
   * @param phase the phase, which has a window; not null
   * @param closes the new close, after the current one; not null
   * @param basis the letter that decided it, not null
   * @return the new schedule, not null
   * @throws IllegalStateException if the phase has no window
   */
  public Schedule extend(Phase phase, ZonedDateTime closes, Citation basis) {
    Window window = windows.get(requireNonNull(phase, "phase"));
    if (window == null) {
      throw new IllegalStateException(
          "cannot extend " + phase + ": it has no window; phases with windows: " + windows.keySet());
    }
    return with(phase, window.extendTo(closes, basis));
  }

  /**
   * Returns a phase's window.
   *
   * @param phase the phase, not null
   * @return the window, or empty if the phase has none
   */
  public Optional<Window> window(Phase phase) {
    return Optional.ofNullable(windows.get(requireNonNull(phase, "phase")));
  }

  /**
   * Returns every window, in phase order.
   *
   * @return the windows by phase, not null
   */
  public ImmutableSortedMap<Phase, Window> windows() {
    return windows;
  }

  /**
   * Returns whether a phase is open at an instant.
   *
   * @param phase the phase, not null
   * @param instant the instant, not null
   * @return true if the phase has a window containing the instant
   */
  public boolean isOpen(Phase phase, Instant instant) {
    Window window = windows.get(requireNonNull(phase, "phase"));
    return window != null && window.contains(instant);
  }

  /**
   * Returns whether a phase is open now, by a clock.
   *
   * @param phase the phase, not null
   * @param clock the clock, not null
   * @return true if the phase is open at {@code clock.instant()}
   */
  public boolean isOpen(Phase phase, Clock clock) {
    return isOpen(phase, requireNonNull(clock, "clock").instant());
  }

  /**
   * Returns the phases open at an instant.
   *
   * @param instant the instant, not null
   * @return the open phases, in phase order
   */
  public ImmutableSortedSet<Phase> openAt(Instant instant) {
    requireNonNull(instant, "instant");
    return windows.entrySet().stream()
        .filter(e -> e.getValue().contains(instant))
        .map(Map.Entry::getKey)
        .collect(ImmutableSortedSet.toImmutableSortedSet(java.util.Comparator.naturalOrder()));
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Schedule && windows.equals(((Schedule) o).windows);
  }

  @Override
  public int hashCode() {
    return windows.hashCode();
  }

  /** Returns the windows by phase. */
  @Override
  public String toString() {
    return "Schedule" + windows;
  }
}
