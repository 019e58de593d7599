/**
 * kipp's document format without a JSON library: {@link io.github.kipp.format.KippFormat} holds
 * its versions and default limits. The Jackson 2 line ({@code io.github.kipp.jackson}) and the
 * Jackson 3 line ({@code io.github.kipp.jackson3}) both build on this module, so they read and write
 * the same documents. Stable API.
 */
@NullMarked
package io.github.kipp.format;

import org.jspecify.annotations.NullMarked;
