/**
 * An edition of a competition (a KIPP year, or a provincial or regency round): its schedule of
 * {@link io.github.kipp.core.edition.Window windows} in a time zone, its {@link
 * io.github.kipp.core.edition.InnovationGroup groups} and {@link io.github.kipp.core.edition.Category
 * category} catalogue, its proposal {@link io.github.kipp.core.edition.SectionSpec sections} with
 * weights and word limits, and its {@link io.github.kipp.core.edition.VideoRules video rules}.
 *
 * <p>These vocabularies change every year, so they are data supplied by rule modules, not enums.
 * Stable API.
 */
@NullMarked
package io.github.kipp.core.edition;

import org.jspecify.annotations.NullMarked;
