/** Rank stability: bootstrap intervals of each proposal's rank and its chance of reaching a shortlist, from seeded resampling of the frozen sheets. Statistics, not decisions. Stable API. */
@NullMarked
package io.github.kipp.scoring.stability;

import org.jspecify.annotations.NullMarked;
