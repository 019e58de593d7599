/** Aggregation of score sheets, combination of stages, ranking with declared tie-breaks, cut-offs, panel overrides, quota-aware shortlists and rank stability. Scores that decide a rank are BigDecimal with declared rounding. Stable API. */
@NullMarked
package io.github.kipp.scoring.rank;

import org.jspecify.annotations.NullMarked;
