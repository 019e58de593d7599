package io.github.kipp.core.innovation;

import static io.github.kipp.core.meta.BuilderChecks.required;
import static io.github.kipp.core.meta.BuilderChecks.setOnce;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import com.google.errorprone.annotations.CanIgnoreReturnValue;
import io.github.kipp.core.CategoryId;
import io.github.kipp.core.EditionId;
import io.github.kipp.core.GroupId;
import io.github.kipp.core.InvalidInputException;
import io.github.kipp.core.ProposalId;
import io.github.kipp.core.SectionId;
import io.github.kipp.core.Violation;
import io.github.kipp.core.internal.CoreMessages;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A proposal (<i>proposal</i>): one {@link Innovation} entered in one edition, in one group and one
 * category, with its SDG targets, answered sections, attachments and video.
 *
 * <p>A proposal is checked here for what holds in every edition (at most {@value #MAX_SECTIONS}
 * sections, each answered once; a {@link Replication} only where one is given); what an edition
 * requires of it (known group and category, required sections, word and video limits) is checked by
 * {@link io.github.kipp.core.edition.Edition#validate(Proposal)}, and its eligibility by the rule
 * module. Its progress through the stages is a {@link io.github.kipp.core.stage.ProposalStatus}.
 *
 * <pre>{@code
 * Proposal proposal = Proposal.newBuilder()
 *     .id(ProposalId.of("p-1"))
 *     .innovation(innovation)
 *     .edition(EditionId.of("kipp-2023"))
 *     .group(GroupId.of("umum"))
 *     .category(CategoryId.of("tata-kelola"))
 *     .sdg(SdgTarget.parse("16.6"))
 *     .section(ProposalSection.of("ringkasan", "..."))
 *     .build();
 * }</pre>
 */
public final class Proposal {

  /** The most sections a proposal may have. */
  public static final int MAX_SECTIONS = 64;

  /** The most attachments a proposal may have. */
  public static final int MAX_ATTACHMENTS = 64;

  /** The most SDG goals and targets a proposal may name. */
  public static final int MAX_SDGS = 64;

  private final ProposalId id;
  private final Innovation innovation;
  private final EditionId edition;
  private final GroupId group;
  private final CategoryId category;
  private final ImmutableSortedSet<SdgTarget> sdgs;
  private final ImmutableList<ProposalSection> sections;
  private final ImmutableList<Attachment> attachments;
  private final @Nullable Video video;
  private final boolean pandemicRelated;
  private final @Nullable Replication replication;

  private Proposal(Builder b) {
    this.id = required(b.id, Builder.class, "id");
    this.innovation = required(b.innovation, Builder.class, "innovation");
    this.edition = required(b.edition, Builder.class, "edition");
    this.group = required(b.group, Builder.class, "group");
    this.category = required(b.category, Builder.class, "category");
    this.sdgs = b.sdgs.build();
    this.sections = b.sections.build();
    this.attachments = b.attachments.build();
    this.video = b.video;
    this.pandemicRelated = b.pandemicRelated != null && b.pandemicRelated;
    this.replication = b.replication;
    List<Violation> violations = new ArrayList<>();
    if (sections.size() > MAX_SECTIONS) {
      violations.add(
          CoreMessages.violation("kipp.list.tooMany", "sections", sections.size(), "max", MAX_SECTIONS));
    }
    if (attachments.size() > MAX_ATTACHMENTS) {
      violations.add(
          CoreMessages.violation(
              "kipp.list.tooMany", "attachments", attachments.size(), "max", MAX_ATTACHMENTS));
    }
    if (sdgs.size() > MAX_SDGS) {
      violations.add(CoreMessages.violation("kipp.list.tooMany", "sdgs", sdgs.size(), "max", MAX_SDGS));
    }
    Set<SectionId> seen = new HashSet<>();
    for (int i = 0; i < sections.size(); i++) {
      if (!seen.add(sections.get(i).section())) {
        violations.add(
            CoreMessages.violation(
                "kipp.proposal.sectionRepeated", "sections[" + i + "]", sections.get(i).section()));
      }
    }
    InvalidInputException.throwIfAny("proposal '" + id + "'", violations);
  }

  /**
   * Returns a new builder. Each option can be set once; {@code id}, {@code innovation}, {@code
   * edition}, {@code group} and {@code category} are required.
   *
   * @return a builder, not null
   */
  public static Builder newBuilder() {
    return new Builder();
  }

  /**
   * Returns a builder holding this proposal's values, to make a changed copy. Options already set
   * here may not be set again; use {@link Builder#clearSections()} and the like where offered.
   *
   * @return a builder, not null
   */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.id = id;
    b.innovation = innovation;
    b.edition = edition;
    b.group = group;
    b.category = category;
    b.sdgs.addAll(sdgs);
    b.sections.addAll(sections);
    b.attachments.addAll(attachments);
    b.video = video;
    b.pandemicRelated = pandemicRelated ? Boolean.TRUE : null;
    b.replication = replication;
    return b;
  }

  /**
   * Returns a copy of this proposal entered in another edition, as a what-if replay under another
   * rule module does.
   *
   * @param other the other edition's id, not null
   * @return the copy, not null
   */
  public Proposal withEdition(EditionId other) {
    Builder b = toBuilder();
    b.edition = requireNonNull(other, "other");
    return b.build();
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
   * Returns the innovation entered.
   *
   * @return the innovation, not null
   */
  public Innovation innovation() {
    return innovation;
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
   * Returns the group (<i>kelompok</i>) entered, such as {@code umum}.
   *
   * @return the group's id, not null
   */
  public GroupId group() {
    return group;
  }

  /**
   * Returns the one category (<i>kategori</i>) of the proposal.
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
   * @return the answer, or empty if the section was not answered
   */
  public Optional<ProposalSection> section(SectionId section) {
    requireNonNull(section, "section");
    for (ProposalSection s : sections) {
      if (s.section().equals(section)) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }

  /**
   * Returns the attachments.
   *
   * @return the attachments, possibly empty
   */
  public ImmutableList<Attachment> attachments() {
    return attachments;
  }

  /**
   * Returns the video.
   *
   * @return the video, or empty if none was given
   */
  public Optional<Video> video() {
    return Optional.ofNullable(video);
  }

  /**
   * Returns whether the proposer declared the innovation pandemic-related, which shortened the
   * minimum age in 2022.
   *
   * @return true if declared pandemic-related
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
    if (!(o instanceof Proposal)) {
      return false;
    }
    Proposal other = (Proposal) o;
    return id.equals(other.id)
        && innovation.equals(other.innovation)
        && edition.equals(other.edition)
        && group.equals(other.group)
        && category.equals(other.category)
        && sdgs.equals(other.sdgs)
        && sections.equals(other.sections)
        && attachments.equals(other.attachments)
        && Objects.equals(video, other.video)
        && pandemicRelated == other.pandemicRelated
        && Objects.equals(replication, other.replication);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, innovation.id(), edition, group, category, sections);
  }

  /** Returns {@code id: innovation (edition/group/category)}. */
  @Override
  public String toString() {
    return id + ": " + innovation + " (" + edition + "/" + group + "/" + category + ")";
  }

  /**
   * Builds a {@link Proposal}. Each single-valued option can be set once; a second call throws
   * {@link IllegalStateException}. Not thread-safe.
   */
  public static final class Builder {
    private @Nullable ProposalId id;
    private @Nullable Innovation innovation;
    private @Nullable EditionId edition;
    private @Nullable GroupId group;
    private @Nullable CategoryId category;
    private final ImmutableSortedSet.Builder<SdgTarget> sdgs = ImmutableSortedSet.naturalOrder();
    private ImmutableList.Builder<ProposalSection> sections = ImmutableList.builder();
    private final ImmutableList.Builder<Attachment> attachments = ImmutableList.builder();
    private @Nullable Video video;
    private @Nullable Boolean pandemicRelated;
    private @Nullable Replication replication;

    private Builder() {}

    /**
     * Sets the proposal's id.
     *
     * @param value the id, not null
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder id(ProposalId value) {
      id = setOnce(id, value, Builder.class, "id");
      return this;
    }

    /**
     * Sets the innovation entered.
     *
     * @param value the innovation, not null
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder innovation(Innovation value) {
      innovation = setOnce(innovation, value, Builder.class, "innovation");
      return this;
    }

    /**
     * Sets the edition entered.
     *
     * @param value the edition's id, not null
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder edition(EditionId value) {
      edition = setOnce(edition, value, Builder.class, "edition");
      return this;
    }

    /**
     * Sets the group.
     *
     * @param value the group's id, not null
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder group(GroupId value) {
      group = setOnce(group, value, Builder.class, "group");
      return this;
    }

    /**
     * Sets the category.
     *
     * @param value the category's id, not null
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder category(CategoryId value) {
      category = setOnce(category, value, Builder.class, "category");
      return this;
    }

    /**
     * Adds an SDG goal or target.
     *
     * @param value the target, not null
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder sdg(SdgTarget value) {
      sdgs.add(requireNonNull(value, "sdg"));
      return this;
    }

    /**
     * Adds SDG goals or targets.
     *
     * @param values the targets, not null
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder sdgs(Iterable<SdgTarget> values) {
      sdgs.addAll(requireNonNull(values, "sdgs"));
      return this;
    }

    /**
     * Adds an answered section.
     *
     * @param value the section, not null
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder section(ProposalSection value) {
      sections.add(requireNonNull(value, "section"));
      return this;
    }

    /**
     * Adds answered sections.
     *
     * @param values the sections, not null
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder sections(Iterable<ProposalSection> values) {
      sections.addAll(requireNonNull(values, "sections"));
      return this;
    }

    /**
     * Removes every section added so far, to replace them in a copy made by {@link
     * Proposal#toBuilder()}.
     *
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder clearSections() {
      sections = ImmutableList.builder();
      return this;
    }

    /**
     * Adds an attachment.
     *
     * @param value the attachment, not null
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder attachment(Attachment value) {
      attachments.add(requireNonNull(value, "attachment"));
      return this;
    }

    /**
     * Adds attachments.
     *
     * @param values the attachments, not null
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder attachments(Iterable<Attachment> values) {
      attachments.addAll(requireNonNull(values, "attachments"));
      return this;
    }

    /**
     * Sets the video, replacing any video set before (such as the one a copy made by {@link
     * Proposal#toBuilder()} holds).
     *
     * @param value the video, not null
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder video(Video value) {
      video = requireNonNull(value, "video");
      return this;
    }

    /**
     * Removes the video, so the proposal is built without one (an edition that requires a video then
     * refuses it in screening).
     *
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder clearVideo() {
      video = null;
      return this;
    }

    /**
     * Sets whether the innovation is declared pandemic-related (default false).
     *
     * @param value the declaration
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder pandemicRelated(boolean value) {
      pandemicRelated = setOnce(pandemicRelated, value, Builder.class, "pandemicRelated");
      return this;
    }

    /**
     * Sets what the proposal replicates.
     *
     * @param value the replication, not null
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder replication(Replication value) {
      replication = setOnce(replication, value, Builder.class, "replication");
      return this;
    }

    /**
     * Builds the proposal.
     *
     * @return the proposal, not null
     * @throws IllegalStateException if a required option was not set
     * @throws InvalidInputException listing every violation found
     */
    public Proposal build() {
      return new Proposal(this);
    }
  }
}
