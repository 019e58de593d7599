/** Implementation details of kipp-scoring. Not API: anything here may change in any release. */
@NullMarked
package io.github.kipp.scoring.internal;

import org.jspecify.annotations.NullMarked;
