/** Implementation details of kipp-testkit. Not API: anything here may change in any release. */
@NullMarked
package io.github.kipp.testkit.internal;

import org.jspecify.annotations.NullMarked;
