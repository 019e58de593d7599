/**
 * Implementation details of kipp-jackson: the wire records, converters and the exception
 * translation. Not API: anything here may change or disappear in any release, and other modules
 * must not use it.
 */
@NullMarked
package io.github.kipp.jackson.internal;

import org.jspecify.annotations.NullMarked;
