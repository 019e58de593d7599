/** The scoring side of a rule module: the interface a module implements to supply criteria, policies, tie-breaks, shortlists and rounding. For rule-module authors. Stable API. */
@NullMarked
package io.github.kipp.scoring.spi;

import org.jspecify.annotations.NullMarked;
