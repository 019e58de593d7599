/** Validators of kipp's Jakarta Validation constraints. Not API. */
@NullMarked
package io.github.kipp.core.internal.constraints;

import org.jspecify.annotations.NullMarked;
