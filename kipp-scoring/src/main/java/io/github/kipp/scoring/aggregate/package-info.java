/** Aggregation of a stage's frozen score sheets (mean, median, trimmed mean, z-score on a frozen population) and the declared combination of stages into the score that decides a rank. Exact BigDecimal with declared rounding. Stable API. */
@NullMarked
package io.github.kipp.scoring.aggregate;

import org.jspecify.annotations.NullMarked;
