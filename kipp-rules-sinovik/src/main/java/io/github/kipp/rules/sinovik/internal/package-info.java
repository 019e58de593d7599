/**
 * The data of the national modules and helpers of kipp-rules-sinovik. Not API: anything here may
 * change in any release.
 */
@NullMarked
package io.github.kipp.rules.sinovik.internal;

import org.jspecify.annotations.NullMarked;
