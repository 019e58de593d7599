/**
 * Jackson 3 support for kipp: {@link io.github.kipp.jackson3.KippModule}, registered by the host on
 * its Jackson 3 mapper with {@code JsonMapper.builder().addModule(new KippModule())}. It writes and
 * reads kipp's values in the format of {@code kipp-format}, byte for byte as the Jackson 2 line
 * ({@code io.github.kipp.jackson}) does. Stable API.
 */
@NullMarked
package io.github.kipp.jackson3;

import org.jspecify.annotations.NullMarked;
