/**
 * Implementation details of kipp-core. Not API: anything here may change or disappear in any
 * release, and other modules must not use it.
 */
@NullMarked
package io.github.kipp.core.internal;

import org.jspecify.annotations.NullMarked;
