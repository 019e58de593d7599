package io.github.kipp.core.spi;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.util.regex.Pattern;

/**
 * A family of rule modules: the programme whose rules the modules encode, such as the national
 * KIPP competition run through SINOVIK ({@link #KIPP}) or Kemendagri's regional innovation index
 * ({@code iid}). Two families may each have a module for the same jurisdiction in force on the same
 * day; the registry keeps them apart and looks a module up within one family.
 *
 * @param id the family's id, lower case, such as {@code kipp} or {@code iid}; 2 to 32 characters of
 *     {@code [a-z0-9-]}, starting with a letter
 */
public record RuleFamily(String id) implements Comparable<RuleFamily> {

  /** The pattern of a family's id: {@value}. */
  public static final String PATTERN = "[a-z][a-z0-9-]{1,31}";

  private static final Pattern ID = Pattern.compile(PATTERN);

  /** The family of KIPP competitions (national, provincial, regency) run through SINOVIK. */
  public static final RuleFamily KIPP = new RuleFamily("kipp");

  /**
   * Creates a family, checking its id.
   *
   * @param id the id, not null
   * @throws IllegalArgumentException if the id does not match {@link #PATTERN}
   */
  public RuleFamily {
    requireNonNull(id, "id");
    checkArgument(ID.matcher(id).matches(), "rule family id '%s' must match %s", id, PATTERN);
  }

  /**
   * Returns the family with an id.
   *
   * @param id the id, not null
   * @return the family, not null
   * @throws IllegalArgumentException if the id does not match {@link #PATTERN}
   */
  public static RuleFamily of(String id) {
    return new RuleFamily(id);
  }

  /** Orders families by id. */
  @Override
  public int compareTo(RuleFamily other) {
    return id.compareTo(other.id);
  }

  /** Returns the id. */
  @Override
  public String toString() {
    return id;
  }
}
