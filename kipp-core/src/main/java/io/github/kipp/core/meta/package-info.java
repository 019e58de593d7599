/**
 * Annotations that describe the stability of kipp's API. Stable API.
 */
@NullMarked
package io.github.kipp.core.meta;

import org.jspecify.annotations.NullMarked;
