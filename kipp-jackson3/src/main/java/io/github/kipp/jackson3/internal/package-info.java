/**
 * Implementation details of kipp-jackson3: the Jackson 3 serializers and deserializers that adapt
 * kipp-format's wire records. Not API: anything here may change or disappear in any release, and
 * other modules must not use it.
 */
@NullMarked
package io.github.kipp.jackson3.internal;

import org.jspecify.annotations.NullMarked;
