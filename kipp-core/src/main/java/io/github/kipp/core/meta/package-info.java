/**
 * What kipp's API shares across its modules: the annotations that describe the stability of the API
 * ({@link io.github.kipp.core.meta.Beta}) and the checks every builder makes on its options ({@link
 * io.github.kipp.core.meta.BuilderChecks}). Stable API.
 */
@NullMarked
package io.github.kipp.core.meta;

import org.jspecify.annotations.NullMarked;
