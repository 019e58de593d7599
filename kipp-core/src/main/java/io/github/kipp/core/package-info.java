/**
 * Cross-cutting values of kipp: typed identifiers, {@link io.github.kipp.core.Citation citations}
 * with their {@link io.github.kipp.core.Confidence confidence}, {@link io.github.kipp.core.Reason
 * reasons}, {@link io.github.kipp.core.Decision decisions}, effective periods, bilingual text, actors,
 * and the exception hierarchy rooted at {@link io.github.kipp.core.KippException}.
 *
 * <p>Every type here is an immutable value and safe to share between threads. Stable API.
 */
@NullMarked
package io.github.kipp.core;

import org.jspecify.annotations.NullMarked;
