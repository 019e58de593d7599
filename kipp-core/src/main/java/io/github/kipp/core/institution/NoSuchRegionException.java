package io.github.kipp.core.institution;

import io.github.kipp.core.KippException;
import io.github.kipp.core.internal.CoreMessages;

/** Thrown when a region code is not in the {@link RegionCatalogue}. */
public final class NoSuchRegionException extends KippException {

  private static final long serialVersionUID = 1L;

  private final transient RegionCode code;

  /**
   * Creates the exception.
   *
   * @param code the missing code, not null
   * @param catalogueSize how many regions the catalogue holds
   */
  public NoSuchRegionException(RegionCode code, int catalogueSize) {
    super(
        "kipp.region.unknown",
        CoreMessages.render("kipp.region.unknown", "value", code, "size", catalogueSize));
    this.code = code;
  }

  /**
   * Returns the code that was not found.
   *
   * @return the code, not null
   */
  public RegionCode code() {
    return code;
  }
}
