/**
 * Phased visibility: what each role may see of a scoring stage's sheets while the stage is open,
 * after it is frozen and after its result is published, and the filtered views a host hands to its
 * screens.
 *
 * <p>{@link io.github.kipp.scoring.visibility.VisibilityPolicy} declares, for every {@link
 * io.github.kipp.core.Role} and {@link io.github.kipp.scoring.visibility.StagePhase}, the {@link
 * io.github.kipp.scoring.visibility.Disclosure}s allowed, and refuses any policy that would show an
 * evaluator another's scores before the freeze or an entrant its scores before publication. {@link
 * io.github.kipp.scoring.visibility.VisibilityPolicy#view} filters a stage's sheets ({@link
 * io.github.kipp.scoring.visibility.StageScores}) for one viewer into a {@link
 * io.github.kipp.scoring.visibility.StageView}, hiding the entrant in a blind stage ({@link
 * io.github.kipp.core.blind.BlindStages}). The standard policy's table is in {@code
 * docs/blind-review.md}. Stable API.
 */
@NullMarked
package io.github.kipp.scoring.visibility;

import org.jspecify.annotations.NullMarked;
