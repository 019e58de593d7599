/**
 * Implementation details of kipp-format: the wire records, their conversion to and from the domain,
 * the checks and the message catalogue that both Jackson lines share. Not API: anything here may
 * change or disappear in any release, and only kipp's own Jackson modules may use it.
 */
@NullMarked
package io.github.kipp.format.internal;

import org.jspecify.annotations.NullMarked;
