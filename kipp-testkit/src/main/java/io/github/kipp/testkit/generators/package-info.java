/**
 * Generators of valid kipp values: seeded plain-Java factories ({@link
 * io.github.kipp.testkit.generators.KippFactories}) that work with any test framework, and
 * QuickTheories generators over the same construction ({@link
 * io.github.kipp.testkit.generators.KippGenerators}), which shrink through their primitive choices.
 * Stable API.
 */
@NullMarked
package io.github.kipp.testkit.generators;

import org.jspecify.annotations.NullMarked;
