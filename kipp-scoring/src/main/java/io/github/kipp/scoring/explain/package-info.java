/** Explanations: a derivation tree for each proposal from raw scores to its place in the shortlist, with the value and citations of every step. Stable API. */
@NullMarked
package io.github.kipp.scoring.explain;

import org.jspecify.annotations.NullMarked;
