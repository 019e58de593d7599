/**
 * Helpers of kipp-rules-iid. Not API: anything here may change in any release.
 */
@NullMarked
package io.github.kipp.rules.iid.internal;

import org.jspecify.annotations.NullMarked;
