/**
 * Rater reliability and calibration of a scoring stage (<i>keandalan penilai</i>): Krippendorff's
 * interval alpha, the intraclass correlations ICC(2,1) and ICC(2,k) with seeded bootstrap intervals,
 * and each evaluator's leniency or severity against the panel. Statistics that inform a judging
 * committee; they decide nothing and change no score. Entry point: {@link
 * io.github.kipp.scoring.reliability.RaterReliability}.
 */
@NullMarked
package io.github.kipp.scoring.reliability;

import org.jspecify.annotations.NullMarked;
