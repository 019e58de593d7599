package io.github.kipp.core.internal;

import static java.util.Objects.requireNonNull;

import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * A message argument that names a close the way a regulation does, in one language, when the message
 * is read: a close at midnight is the last minute of the day before ({@code 15 April 2022, 23:59
 * WIB}; {@code 15 April 2022 pukul 23.59 WIB}), any other close its own time ({@code 16 April 2022,
 * 12:00 WIB}). Indonesian zones are named WIB, WITA and WIT; any other zone by its id.
 *
 * @param close the exclusive close, in the zone it was published in
 * @param indonesian true for Bahasa Indonesia, false for English
 */
public record CloseText(ZonedDateTime close, boolean indonesian) {

  private static final String[] BULAN = {
    "Januari", "Februari", "Maret", "April", "Mei", "Juni",
    "Juli", "Agustus", "September", "Oktober", "November", "Desember"
  };

  /**
   * Creates the argument.
   *
   * @param close the exclusive close, not null
   * @param indonesian true for Bahasa Indonesia, false for English
   */
  public CloseText {
    requireNonNull(close, "close");
  }

  /**
   * Returns the abbreviation of an Indonesian zone, or the zone's id.
   *
   * @param close a time in the zone
   * @return {@code WIB}, {@code WITA}, {@code WIT} or the zone id
   */
  static String zoneName(ZonedDateTime close) {
    return switch (close.getZone().getId()) {
      case "Asia/Jakarta", "Asia/Pontianak" -> "WIB";
      case "Asia/Makassar" -> "WITA";
      case "Asia/Jayapura" -> "WIT";
      default -> close.getZone().getId();
    };
  }

  /** Returns the close in words. */
  @Override
  public String toString() {
    ZonedDateTime shown = close.toLocalTime().equals(LocalTime.MIDNIGHT) ? close.minusMinutes(1) : close;
    String zone = zoneName(close);
    if (indonesian) {
      return shown.getDayOfMonth() + " " + BULAN[shown.getMonthValue() - 1] + " " + shown.getYear()
          + " pukul " + shown.format(DateTimeFormatter.ofPattern("HH.mm", Locale.ROOT)) + " " + zone;
    }
    return shown.format(DateTimeFormatter.ofPattern("d MMMM uuuu, HH:mm", Locale.ENGLISH)) + " " + zone;
  }
}
