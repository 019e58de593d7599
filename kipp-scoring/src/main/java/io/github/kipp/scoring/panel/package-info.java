/** Evaluators (<i>penilai</i>), panels, conflict-of-interest policies (<i>konflik kepentingan</i>) and the assignment of evaluators to proposals. Stable API. */
@NullMarked
package io.github.kipp.scoring.panel;

import org.jspecify.annotations.NullMarked;
