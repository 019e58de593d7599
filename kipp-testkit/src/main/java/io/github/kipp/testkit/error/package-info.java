/**
 * The failure messages of {@link io.github.kipp.testkit.KippAssertions}, one factory per kind of
 * failure, in AssertJ's style. Stable API.
 */
@NullMarked
package io.github.kipp.testkit.error;

import org.jspecify.annotations.NullMarked;
