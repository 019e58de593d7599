/** Quota-aware shortlists: a Top-N chosen from a ranking under minimum and maximum quotas per category, group, institution, institution type, region or 3T status, each inclusion and exclusion explained. Stable API. */
@NullMarked
package io.github.kipp.scoring.shortlist;

import org.jspecify.annotations.NullMarked;
