/** Running an edition's stages as its rule module declares them, and assembling each proposal's explanation. Stable API. */
@NullMarked
package io.github.kipp.scoring.competition;

import org.jspecify.annotations.NullMarked;
