/**
 * Appeals (<i>banding</i>, <i>keberatan</i>): an entrant's appeal against an eligibility refusal or
 * another administrative decision about its own proposal, filed within a declared window and decided
 * once, with reasons, by an authorised role.
 *
 * <p>No KIPP instrument or report read for kipp gives entrants an appeal: the regulated path has
 * none (KIPP.md §3.2, §4.21), and the public's objections of <i>uji publik</i> are another matter
 * ({@code DecisionLog.recordObjection}). A competition that offers one declares its window, cited,
 * as the module parameter {@link io.github.kipp.core.appeal.AppealWindow#KEY}; without it, kipp's
 * documented default of {@link io.github.kipp.core.appeal.AppealWindow#DEFAULT_DAYS} calendar days
 * applies, cited {@code UNKNOWN}.
 *
 * <p>{@link io.github.kipp.core.appeal.AppealBook} files each {@link
 * io.github.kipp.core.appeal.Appeal} and records each {@link
 * io.github.kipp.core.appeal.AppealRuling} in the competition's {@link
 * io.github.kipp.core.audit.DecisionLog}, whose authorisation matrix refuses, in both languages, an
 * appeal by anyone but the entrant concerned, outside its window, a second appeal on the same
 * decision and a ruling by a role that may not decide. kipp-scoring's {@code Competition.afterAppeal}
 * restores a proposal whose eligibility refusal was overturned. Stable API.
 */
@NullMarked
package io.github.kipp.core.appeal;

import org.jspecify.annotations.NullMarked;
