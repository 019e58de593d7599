/**
 * Fairness across regions (<i>sebaran antardaerah</i>): for each stage of a competition, the shares
 * of proposals by province, institution type, 3T status, group and category among those that
 * entered the stage and those that went on, with the shifts above a declared threshold flagged and
 * explained in both languages. Descriptive only: kipp never corrects a result from it. Entry point:
 * {@link io.github.kipp.scoring.fairness.RegionalFairness}.
 */
@NullMarked
package io.github.kipp.scoring.fairness;

import org.jspecify.annotations.NullMarked;
