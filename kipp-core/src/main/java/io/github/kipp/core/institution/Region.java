package io.github.kipp.core.institution;

import static java.util.Objects.requireNonNull;

import io.github.kipp.core.InvalidInputException;
import io.github.kipp.core.Violation;
import io.github.kipp.core.internal.CoreMessages;
import io.github.kipp.core.internal.Texts;
import java.util.ArrayList;
import java.util.List;

/**
 * A province, regency or city (<i>wilayah</i>), named as in the bundled catalogue.
 *
 * @param code the Kemendagri code, not null
 * @param name the official name, such as {@code Kabupaten Luwu Utara}; not blank
 * @param level province, regency or city; must agree with the code
 */
public record Region(RegionCode code, String name, RegionLevel level) {

  /**
   * Creates a region.
   *
   * @param code the Kemendagri code, not null
   * @param name the official name, such as {@code Kabupaten Luwu Utara}; not blank
   * @param level province, regency or city; must agree with the code
   * @throws InvalidInputException if the name is blank or not a single line of plain text, or the level does not fit the code
   */
  public Region {
    requireNonNull(code, "code");
    requireNonNull(name, "name");
    requireNonNull(level, "level");
    List<Violation> violations = new ArrayList<>();
    if (name.isBlank()) {
      violations.add(CoreMessages.violation("kipp.text.blank", "name", name));
    }
    Texts.line(violations, "name", name);
    if (code.isProvince() != (level == RegionLevel.PROVINCE)) {
      violations.add(CoreMessages.violation("kipp.region.level", "level", level, "code", code));
    }
    InvalidInputException.throwIfAny("region " + code, violations);
  }

  /**
   * Returns the code of the province this region lies in.
   *
   * @return the province code, not null
   */
  public RegionCode province() {
    return code.province();
  }

  /** Returns {@code code name}. */
  @Override
  public String toString() {
    return code + " " + name;
  }
}
