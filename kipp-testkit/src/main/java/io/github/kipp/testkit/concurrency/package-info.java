/**
 * A check that code shared between threads gives every thread the result it gives one thread:
 * {@link io.github.kipp.testkit.concurrency.ConcurrentRuns}. kipp checks its rule modules, registries
 * and engines with it; a host can check its own rule modules the same way. Stable API.
 */
@NullMarked
package io.github.kipp.testkit.concurrency;

import org.jspecify.annotations.NullMarked;
