package io.github.kipp.core.blind;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import io.github.kipp.core.CategoryId;
import io.github.kipp.core.EditionId;
import io.github.kipp.core.GroupId;
import io.github.kipp.core.ProposalId;
import io.github.kipp.core.SectionId;
import io.github.kipp.core.innovation.Attachment;
import io.github.kipp.core.innovation.ImplementationStart;
import io.github.kipp.core.innovation.Proposal;
import io.github.kipp.core.innovation.ProposalSection;
import io.github.kipp.core.innovation.Replication;
import io.github.kipp.core.innovation.SdgTarget;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What an evaluator sees of a proposal in a blind stage: everything that is judged, nothing that says
 * who entered it.
 *
 * <p>Kept: the proposal's id (the key score sheets are filed under; a host that wants blind review
 * gives proposals ids that do not spell their entrant), edition, group, category, SDG targets, the
 * innovation's title and expansion, its implementation start (which eligibility and the judging of
 * sustainability read), the answered sections, the attachments (kind, size and file name), the
 * pandemic declaration and the replication (its sources are other innovations, its adaptation note
 * is text). Left out: the innovation's id, the institution (name, type, region, owner), the unit
 * (name, kind, parent), and the video, whose public link leads to a page that names its uploader;
 * kipp's model holds no names of people, so none can be carried. The free text that is kept may
 * still name the entrant: {@link LeakDetector} finds where.
 */
public final class BlindProposal {

  private final ProposalId id;
  private final EditionId edition;
  private final GroupId group;
  private final CategoryId category;
  private final ImmutableSortedSet<SdgTarget> sdgs;
  private final String title;
  private final @Nullable String expansion;
  private final ImplementationStart start;
  private final ImmutableList<ProposalSection> sections;
  private final ImmutableList<Attachment> attachments;
  private final boolean pandemicRelated;
  private final @Nullable Replication replication;

  private BlindProposal(Proposal p) {
    this.id = p.id();
    this.edition = p.edition();
    this.group = p.group();
    this.category = p.category();
    this.sdgs = p.sdgs();
    this.title = p.innovation().title();
    this.expansion = p.innovation().expansion().orElse(null);
    this.start = p.innovation().start();
    this.sections = p.sections();
    this.attachments = p.attachments();
    this.pandemicRelated = p.pandemicRelated();
    this.replication = p.replication().orElse(null);
  }

  /**
   * Returns the blind view of a proposal.
   *
   * @param proposal the proposal, not null
   * @return its blind view, not null
   */
  public static BlindProposal of(Proposal proposal) {
    return new BlindProposal(requireNonNull(proposal, "proposal"));
  }

  /**
   * Returns the proposal's id.
   *
   * @return the id, not null
   */
  public ProposalId id() {
    return id;
  }

  /**
   * Returns the edition entered.
   *
   * @return the edition's id, not null
   */
  public EditionId edition() {
    return edition;
  }

  /**
   * Returns the group (<i>kelompok</i>) entered.
   *
   * @return the group's id, not null
   */
  public GroupId group() {
    return group;
  }

  /**
   * Returns the category (<i>kategori</i>).
   *
   * @return the category's id, not null
   */
  public CategoryId category() {
    return category;
  }

  /**
   * Returns the SDG goals and targets named, sorted.
   *
   * @return the targets, possibly empty
   */
  public ImmutableSortedSet<SdgTarget> sdgs() {
    return sdgs;
  }

  /**
   * Returns the innovation's title.
   *
   * @return the title, not null
   */
  public String title() {
    return title;
  }

  /**
   * Returns the expansion of the title's acronym.
   *
   * @return the expansion, or empty
   */
  public Optional<String> expansion() {
    return Optional.ofNullable(expansion);
  }

  /**
   * Returns when the innovation started to be implemented.
   *
   * @return the start, not null
   */
  public ImplementationStart start() {
    return start;
  }

  /**
   * Returns the answered sections, in the order given.
   *
   * @return the sections, possibly empty
   */
  public ImmutableList<ProposalSection> sections() {
    return sections;
  }

  /**
   * Returns the answer to a section.
   *
   * @param section the section's id, not null
   * @return the answer, or empty if not answered
   */
  public Optional<ProposalSection> section(SectionId section) {
    requireNonNull(section, "section");
    return sections.stream().filter(s -> s.section().equals(section)).findFirst();
  }

  /**
   * Returns the attachments: kind, size and file name.
   *
   * @return the attachments, possibly empty
   */
  public ImmutableList<Attachment> attachments() {
    return attachments;
  }

  /**
   * Returns whether the innovation was declared pandemic-related.
   *
   * @return the declaration
   */
  public boolean pandemicRelated() {
    return pandemicRelated;
  }

  /**
   * Returns what the proposal replicates, for a <i>replikasi</i> entry.
   *
   * @return the replication, or empty
   */
  public Optional<Replication> replication() {
    return Optional.ofNullable(replication);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (!(o instanceof BlindProposal)) {
      return false;
    }
    BlindProposal other = (BlindProposal) o;
    return id.equals(other.id)
        && edition.equals(other.edition)
        && group.equals(other.group)
        && category.equals(other.category)
        && sdgs.equals(other.sdgs)
        && title.equals(other.title)
        && Objects.equals(expansion, other.expansion)
        && start.equals(other.start)
        && sections.equals(other.sections)
        && attachments.equals(other.attachments)
        && pandemicRelated == other.pandemicRelated
        && Objects.equals(replication, other.replication);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, edition, group, category, title, sections);
  }

  /** Returns {@code id "title" (edition/group/category, blind)}. */
  @Override
  public String toString() {
    return id + " \"" + title + "\" (" + edition + "/" + group + "/" + category + ", blind)";
  }
}
