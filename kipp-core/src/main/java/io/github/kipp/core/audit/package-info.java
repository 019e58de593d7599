/**
 * The tamper-evident decision log: every transition, score sheet, recusal, publication, objection
 * and correction appended to a SHA-256 hash chain ({@link io.github.kipp.core.audit.DecisionLog}),
 * whose {@link io.github.kipp.core.audit.DecisionLog#verify() verification} names the first changed,
 * removed, inserted or reordered entry; and the result set frozen for public review (<i>uji
 * publik</i>), identified by its hash ({@link io.github.kipp.core.audit.PublishedResult}). Stable API.
 */
@NullMarked
package io.github.kipp.core.audit;

import org.jspecify.annotations.NullMarked;
