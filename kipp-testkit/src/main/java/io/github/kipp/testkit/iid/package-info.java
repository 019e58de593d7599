/**
 * Builders, seeded factories and QuickTheories generators of the regional innovation index's
 * reports (kipp-rules-iid): {@link io.github.kipp.testkit.iid.IidBuilders} for reports and
 * innovations with defaults, {@link io.github.kipp.testkit.iid.IidFactories} for seeded plain-Java
 * reports of the bundled region catalogue, and {@link io.github.kipp.testkit.iid.IidGenerators} over
 * the same construction. kipp-rules-iid is an optional dependency of the test kit: a test that uses
 * this package declares it. Stable API.
 */
@NullMarked
package io.github.kipp.testkit.iid;

import org.jspecify.annotations.NullMarked;
