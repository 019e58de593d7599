package io.github.kipp.core;

import java.util.regex.Pattern;

/**
 * Identifies a rule module: a national one such as {@code sinovik-2023}, or a regional variant whose
 * id carries its lineage, national id first: {@code sinovik-2023/sulsel-2023}.
 */
public final class RuleModuleId extends Identifier<RuleModuleId> {

  /** Lower-case segments of letters, digits and hyphens, joined by {@code /}. */
  public static final Pattern FORM = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}(/[a-z0-9][a-z0-9-]{0,63}){0,3}");

  private RuleModuleId(String value) {
    super("rule module id", value, FORM);
  }

  /**
   * Returns the id with a value.
   *
   * @param value such as {@code sinovik-2023} or {@code sinovik-2023/sulsel-2023}; not null
   * @return the id, not null
   * @throws InvalidInputException if the value does not match {@link #FORM}
   */
  public static RuleModuleId of(String value) {
    return new RuleModuleId(value);
  }

  /**
   * Returns the id of a variant of this module: this id, a slash and the variant's segment.
   *
   * @param segment the variant's own segment, such as {@code sulsel-2023}; not null
   * @return the variant's id, not null
   * @throws InvalidInputException if the result is not a valid id
   */
  public RuleModuleId variant(String segment) {
    return new RuleModuleId(value() + "/" + segment);
  }

  /**
   * Returns the ids this id descends from, oldest first, ending with itself.
   *
   * @return the lineage, such as {@code [sinovik-2023, sinovik-2023/sulsel-2023]}
   */
  public com.google.common.collect.ImmutableList<RuleModuleId> lineage() {
    com.google.common.collect.ImmutableList.Builder<RuleModuleId> out = com.google.common.collect.ImmutableList.builder();
    String v = value();
    int slash = v.indexOf('/');
    while (slash >= 0) {
      out.add(new RuleModuleId(v.substring(0, slash)));
      slash = v.indexOf('/', slash + 1);
    }
    return out.add(this).build();
  }
}
