/** Criteria, score sheets and the book that collects them for a scoring stage (<i>lembar penilaian</i>), with exact weighted totals. Stable API. */
@NullMarked
package io.github.kipp.scoring;

import org.jspecify.annotations.NullMarked;
