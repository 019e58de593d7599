/**
 * Jakarta Validation constraints that kipp's domain needs, for kipp's own values and for the input
 * documents of host applications (forms, JSON documents), and {@link
 * io.github.kipp.core.validation.TextPolicy}, the one policy every text kipp accepts follows.
 *
 * <p>kipp checks its values when they are created and reports every failure at once in an {@link
 * io.github.kipp.core.InvalidInputException}, with messages in Bahasa Indonesia and English from
 * {@code io/github/kipp/core/ValidationMessages*.properties}. A host can put the same annotations on
 * its own types and validate them with any Jakarta Validation provider. Stable API.
 */
@NullMarked
package io.github.kipp.core.validation;

import org.jspecify.annotations.NullMarked;
