/**
 * A small fuzzing harness for code that reads untrusted input with kipp: hostile text and number
 * generators for QuickTheories, and the check that only kipp's own errors escape. kipp fuzzes its
 * own readers and factories with it; a host can fuzz its regional rule modules and importers the
 * same way. Stable API.
 */
@NullMarked
package io.github.kipp.testkit.fuzz;

import org.jspecify.annotations.NullMarked;
