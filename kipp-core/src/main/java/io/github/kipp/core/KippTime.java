package io.github.kipp.core;

import java.time.ZoneId;

/**
 * The time zones in which KIPP deadlines are published.
 *
 * <p>National deadlines are stated in WIB ({@code Asia/Jakarta}, UTC+7); competitions in Sulawesi
 * use WITA ({@code Asia/Makassar}, UTC+8) and in Papua and Maluku WIT ({@code Asia/Jayapura}, UTC+9).
 * kipp never reads the system clock: engines take a {@link java.time.Clock}.
 */
public final class KippTime {

  /** Western Indonesia Time (WIB), the zone of national KIPP deadlines. */
  public static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");

  /** Central Indonesia Time (WITA), used by competitions in Sulawesi, Bali and Nusa Tenggara. */
  public static final ZoneId MAKASSAR = ZoneId.of("Asia/Makassar");

  /** Eastern Indonesia Time (WIT), used in Maluku and Papua. */
  public static final ZoneId JAYAPURA = ZoneId.of("Asia/Jayapura");

  private KippTime() {}
}
