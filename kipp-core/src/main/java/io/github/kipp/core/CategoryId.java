package io.github.kipp.core;

/** Identifies a {@link io.github.kipp.core.edition.Category category} (<i>kategori</i>) of an edition's catalogue. */
public final class CategoryId extends Identifier<CategoryId> {

  private CategoryId(String value) {
    super("category id", value);
  }

  /**
   * Returns the category id with a value.
   *
   * @param value the value, matching {@link Identifier#PATTERN}; not null
   * @return the id, not null
   * @throws InvalidInputException if the value does not match
   */
  public static CategoryId of(String value) {
    return new CategoryId(value);
  }
}
