/**
 * Jackson support for kipp: {@link io.github.kipp.jackson.KippModule}, registered by the host with
 * {@code mapper.registerModule(new KippModule())}, and the {@link io.github.kipp.jackson.KippJson}
 * and {@link io.github.kipp.jackson.KippCsv} facades that read and write kipp's documents with safe
 * limits. Stable API.
 */
@NullMarked
package io.github.kipp.jackson;

import org.jspecify.annotations.NullMarked;
