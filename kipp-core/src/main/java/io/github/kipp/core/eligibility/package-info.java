/**
 * Eligibility: the rules an edition sets for who may enter (minimum age of the innovation, caps per
 * institution, <i>khusus</i> by invitation, exclusion of earlier winners, qualifying replication
 * sources, a complete proposal, a unique title), the host-supplied context they need (the history of
 * past results, invitations, the submitted set) and the screening that applies them.
 *
 * <p>Every rule returns a {@link io.github.kipp.core.Decision} with its reasons and citations;
 * ineligibility is never an exception. {@link io.github.kipp.core.eligibility.EligibilityRules} holds
 * the rules kipp ships; rule modules configure and cite them. Stable API.
 */
@NullMarked
package io.github.kipp.core.eligibility;

import org.jspecify.annotations.NullMarked;
