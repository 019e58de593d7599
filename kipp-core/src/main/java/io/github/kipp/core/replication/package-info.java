/**
 * The replication network: which innovations replicated which sources (<i>replikasi</i>), in which
 * region and edition, with the past results of the innovations in it, and the queries a host asks of
 * it — where a top innovation was replicated, what a replica adapted, and whether an innovation
 * qualifies as a source under the rule module in force. Values are immutable. Stable API.
 */
@NullMarked
package io.github.kipp.core.replication;

import org.jspecify.annotations.NullMarked;
