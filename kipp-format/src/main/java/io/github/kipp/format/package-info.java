/**
 * kipp's document format without a JSON library: {@link io.github.kipp.format.KippFormat} holds
 * its versions, default limits and JSON Schemas, and the facades' base classes ({@link
 * io.github.kipp.format.AbstractKippJson}, {@link io.github.kipp.format.AbstractKippCsv}, {@link
 * io.github.kipp.format.AbstractIndicatorRowsCsv}) hold what both lines' facades do without a
 * mapper. The Jackson 2 line ({@code io.github.kipp.jackson}) and the Jackson 3 line ({@code
 * io.github.kipp.jackson3}) both build on this module, so they read and write the same documents.
 * Stable API.
 */
@NullMarked
package io.github.kipp.format;

import org.jspecify.annotations.NullMarked;
