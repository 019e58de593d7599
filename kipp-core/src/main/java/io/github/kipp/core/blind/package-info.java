/**
 * Blind review (<i>penilaian tanpa identitas</i>): what an evaluator sees of a proposal when the
 * stage hides the entrant, and the check that the proposal's own text does not give the entrant
 * away.
 *
 * <p>{@link io.github.kipp.core.blind.BlindProposal} is a proposal without its entrant: no
 * institution, unit, region or people, only what is judged. {@link
 * io.github.kipp.core.blind.LeakDetector}, built once per competition, finds where a proposal's
 * title, sections, replication note or attachment names still name the entrant's institution, unit,
 * province or regency (by the names of the bundled region catalogue, with and without prefixes such
 * as <i>Kabupaten</i>, <i>Kab.</i>, <i>Pemkab</i>, <i>Kota</i>, <i>Pemkot</i>, <i>Provinsi</i>), or
 * a host's declared alias, and reports each as a {@link io.github.kipp.core.blind.Leak} with its
 * exact span, so that the committee can fix it before assignment. {@link
 * io.github.kipp.core.blind.BlindStages} is the cited declaration of which stages are blind. See
 * {@code docs/blind-review.md}. Stable API.
 */
@NullMarked
package io.github.kipp.core.blind;

import org.jspecify.annotations.NullMarked;
