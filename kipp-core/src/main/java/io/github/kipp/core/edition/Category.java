package io.github.kipp.core.edition;

import static java.util.Objects.requireNonNull;

import io.github.kipp.core.CategoryId;
import io.github.kipp.core.LocalizedText;

/**
 * A category (<i>kategori</i>) of an edition's catalogue; every proposal has exactly one. Catalogues
 * change most years (ten in 2021, three in 2022).
 *
 * @param id the category's id, such as {@code kesehatan}; not null
 * @param name its name in both languages, not null
 */
public record Category(CategoryId id, LocalizedText name) {

  /**
   * Creates a category.
   *
   * @param id the category's id, such as {@code kesehatan}; not null
   * @param name its name in both languages, not null
   */
  public Category {
    requireNonNull(id, "id");
    requireNonNull(name, "name");
  }

  /**
   * Returns a category.
   *
   * @param id the id, not null
   * @param indonesian the name in Bahasa Indonesia, not blank
   * @param english the name in English, not blank
   * @return the category, not null
   */
  public static Category of(String id, String indonesian, String english) {
    return new Category(CategoryId.of(id), LocalizedText.of(indonesian, english));
  }
}
