/**
 * Kemendagri's Innovative Government Award (IGA) built on the regional innovation index: the award's
 * clusters of regional governments, the nominees of each cluster by verified index, the presentation
 * scored with the published weights, the final score and the winners, every step a cited {@link
 * io.github.kipp.core.Decision}. Ranking and tie-breaks run through kipp-scoring's {@link
 * io.github.kipp.scoring.rank.SubjectRanker}. Entry point: {@link
 * io.github.kipp.rules.iid.iga.IgaAward}. Beta API: it may change before 1.0.
 */
@NullMarked
package io.github.kipp.rules.iid.iga;

import org.jspecify.annotations.NullMarked;
