/** Ranking with declared tie-breaks, cut-offs, award tiers and recorded panel overrides. Scores that decide a rank are BigDecimal with declared rounding. Stable API. */
@NullMarked
package io.github.kipp.scoring.rank;

import org.jspecify.annotations.NullMarked;
