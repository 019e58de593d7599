package io.github.kipp.core.institution;

import io.github.kipp.core.Identifier;
import io.github.kipp.core.internal.constraints.KemendagriCodeValidator;
import org.jspecify.annotations.Nullable;

/**
 * A region code as the Ministry of Home Affairs (Kemendagri) assigns it: two digits for a province
 * ({@code 73}, Sulawesi Selatan), or the province's digits, a dot and two digits for a regency or
 * city ({@code 73.22}, Kabupaten Luwu Utara).
 */
public final class RegionCode extends Identifier<RegionCode> {

  /** The province's code, made once: {@link #province()} is asked for every proposal in quotas. */
  private final @Nullable RegionCode province;

  private RegionCode(String value) {
    super("region code", value, KemendagriCodeValidator.CODE);
    this.province = value.length() == 2 ? null : new RegionCode(value.substring(0, 2));
  }

  /**
   * Returns the code with a value.
   *
   * @param value a code such as {@code 73} or {@code 73.22}, not null
   * @return the code, not null
   * @throws io.github.kipp.core.InvalidInputException if the value is not of that form
   */
  public static RegionCode of(String value) {
    return new RegionCode(value);
  }

  /**
   * Returns whether this is a province code (two digits).
   *
   * @return true for a province
   */
  public boolean isProvince() {
    return value().length() == 2;
  }

  /**
   * Returns the code of the province this code lies in: itself for a province.
   *
   * @return the province code, not null
   */
  public RegionCode province() {
    return province == null ? this : province;
  }

  /**
   * Returns whether this region lies in, or is, another region.
   *
   * @param other the other region, not null
   * @return true if equal, or if {@code other} is this regency's province
   */
  public boolean isWithin(RegionCode other) {
    return equals(other) || (other.isProvince() && province().equals(other));
  }
}
