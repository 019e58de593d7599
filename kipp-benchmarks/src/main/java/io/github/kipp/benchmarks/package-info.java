/**
 * JMH benchmarks of kipp, each timed against a baseline on the same input in the same run: eligibility
 * screening against Easy Rules and Drools, ranking against a sort of the scores, panel assignment and
 * rank stability, document reading against plain Jackson, and the memory of a large edition. Not a
 * published module; run {@code bench/run}.
 */
@NullMarked
package io.github.kipp.benchmarks;

import org.jspecify.annotations.NullMarked;
