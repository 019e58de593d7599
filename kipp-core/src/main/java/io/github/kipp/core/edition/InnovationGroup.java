package io.github.kipp.core.edition;

import static java.util.Objects.requireNonNull;

import io.github.kipp.core.GroupId;
import io.github.kipp.core.LocalizedText;

/**
 * A group (<i>kelompok</i>) of an edition, such as <i>umum</i> (general), <i>replikasi</i>
 * (replication of an earlier top innovation) or <i>khusus</i> (earlier winners competing again).
 *
 * @param id the group's id as published, such as {@code umum}; not null
 * @param name the group's name in both languages, not null
 * @param byInvitation whether entry needs an invitation (2021 <i>khusus</i>: the Minister's)
 * @param requiresReplication whether a proposal must name the innovations it replicates
 */
public record InnovationGroup(
    GroupId id, LocalizedText name, boolean byInvitation, boolean requiresReplication) {

  /**
   * Creates a group.
   *
   * @param id the group's id as published, such as {@code umum}; not null
   * @param name the group's name in both languages, not null
   * @param byInvitation whether entry needs an invitation (2021 <i>khusus</i>: the Minister's)
   * @param requiresReplication whether a proposal must name the innovations it replicates
   */
  public InnovationGroup {
    requireNonNull(id, "id");
    requireNonNull(name, "name");
  }

  /**
   * Returns an open group that needs neither invitation nor replication.
   *
   * @param id the id, not null
   * @param indonesian the name in Bahasa Indonesia, not blank
   * @param english the name in English, not blank
   * @return the group, not null
   */
  public static InnovationGroup open(String id, String indonesian, String english) {
    return new InnovationGroup(GroupId.of(id), LocalizedText.of(indonesian, english), false, false);
  }
}
