package io.github.kipp.core.edition;

import static io.github.kipp.core.meta.BuilderChecks.required;
import static io.github.kipp.core.meta.BuilderChecks.setOnce;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedSet;
import com.google.errorprone.annotations.CanIgnoreReturnValue;
import io.github.kipp.core.CategoryId;
import io.github.kipp.core.EditionId;
import io.github.kipp.core.GroupId;
import io.github.kipp.core.InvalidInputException;
import io.github.kipp.core.KippTime;
import io.github.kipp.core.LocalizedText;
import io.github.kipp.core.SectionId;
import io.github.kipp.core.Violation;
import io.github.kipp.core.innovation.AttachmentKind;
import io.github.kipp.core.innovation.Proposal;
import io.github.kipp.core.innovation.ProposalSection;
import io.github.kipp.core.innovation.Video;
import io.github.kipp.core.internal.CoreMessages;
import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * An edition of a competition: the national KIPP of a year, or a provincial or regency round.
 *
 * <p>It holds what the edition publishes: its {@link Schedule} in its time zone ({@code
 * Asia/Jakarta} nationally, {@code Asia/Makassar} in Sulawesi), its groups, its category catalogue,
 * its proposal sections with weights and word limits, its video rules, the least number of SDG
 * targets a proposal names and the attachments every proposal carries. It checks a proposal against these with {@link #validate(Proposal)}.
 * Eligibility (age, quotas, past results) belongs to the rule module.
 *
 * <p>Immutable and thread-safe. Built with {@link #newBuilder()}; {@code build()} checks that ids
 * are unique and that each group's section weights sum to one. A changed copy, such as a regional
 * round's edition, comes from the {@code withX} methods ({@link #withZone(ZoneId)}, {@link
 * #withSchedule(Schedule)} …), each of which checks the copy as {@code build()} does.
 */
public final class Edition {

  /** Whether every kind of attachment has a bit of a long, so that required kinds are checked as bits. */
  private static final boolean ATTACHMENTS_AS_BITS = AttachmentKind.values().length <= Long.SIZE;

  /** The most groups an edition has. */
  public static final int MAX_GROUPS = 64;

  /** The most categories in an edition's catalogue. */
  public static final int MAX_CATEGORIES = 256;

  /** The most sections of an edition's form; a proposal answers at most {@link Proposal#MAX_SECTIONS}. */
  public static final int MAX_SECTIONS = Proposal.MAX_SECTIONS;

  private final EditionId id;
  private final int year;
  private final LocalizedText title;
  private final @Nullable LocalizedText theme;
  private final ZoneId zone;
  private final Schedule schedule;
  private final ImmutableList<InnovationGroup> groups;
  private final ImmutableList<Category> categories;
  private final ImmutableList<SectionSpec> sections;
  private final VideoRules videoRules;
  private final int minimumSdgs;
  private final ImmutableSortedSet<AttachmentKind> requiredAttachments;
  /** Groups, categories and sections by id (the first of each id), for the checks run per proposal. */
  private final ImmutableMap<GroupId, InnovationGroup> groupsById;
  private final ImmutableMap<CategoryId, Category> categoriesById;
  private final ImmutableMap<SectionId, SectionSpec> sectionsById;
  /**
   * Each group's form, for the check of a proposal that fits: built once per edition; null (every
   * proposal checked in full) for a form with more than 64 required sections.
   */
  private final @Nullable ImmutableMap<GroupId, GroupForm> forms;
  /** The required attachments as bits by ordinal (while the kinds fit in a long). */
  private final long attachmentBits;

  private Edition(Builder b) {
    this.id = required(b.id, Builder.class, "id");
    this.year = required(b.year, Builder.class, "year");
    this.title = required(b.title, Builder.class, "title");
    this.theme = b.theme;
    this.zone = b.zone == null ? KippTime.JAKARTA : b.zone;
    this.schedule = b.schedule == null ? Schedule.empty() : b.schedule;
    this.groups = b.groups.build();
    this.categories = b.categories.build();
    this.sections = b.sections.build();
    this.videoRules = b.videoRules == null ? VideoRules.none() : b.videoRules;
    this.minimumSdgs = b.minimumSdgs == null ? 0 : b.minimumSdgs;
    this.requiredAttachments = b.requiredAttachments.build();
    this.groupsById = byId(groups, InnovationGroup::id);
    this.categoriesById = byId(categories, Category::id);
    this.sectionsById = byId(sections, SectionSpec::id);
    this.forms = forms(groupsById, sectionsById, sections);
    long kinds = 0;
    for (AttachmentKind kind : requiredAttachments) {
      kinds |= bit(kind);
    }
    this.attachmentBits = kinds;
    InvalidInputException.throwIfAny("edition '" + id + "'", consistency());
  }

  /**
   * A group's form as {@link #validate(Proposal)} reads it: each section a proposal of the group may
   * answer (the first spec of each id, if it applies to the group) with its word limit and, if the
   * group must answer it, its bit among the required sections; the bits of all required sections;
   * and whether every required section can be answered at all.
   */
  private record GroupForm(InnovationGroup group, ImmutableMap<SectionId, Slot> allowed, ImmutableList<Slot> inOrder, long required,
      boolean answerable) {}

  /**
   * A section a group may answer: its id, its place among the group's sections in the edition's
   * order, its word limit (-1 for none) and its bit if required, else 0.
   */
  private record Slot(SectionId id, int place, int maxWords, long bit) {}

  /** The value of {@link #forms}: null when the form has more required sections than bits in a long. */
  private static @Nullable ImmutableMap<GroupId, GroupForm> forms(
      ImmutableMap<GroupId, InnovationGroup> groups, ImmutableMap<SectionId, SectionSpec> sectionsById, ImmutableList<SectionSpec> sections) {
    ImmutableMap.Builder<GroupId, GroupForm> out = ImmutableMap.builderWithExpectedSize(groups.size());
    for (InnovationGroup g : groups.values()) {
      java.util.Map<SectionId, Long> bits = new java.util.LinkedHashMap<>();
      for (SectionSpec spec : sections) {
        if (spec.required() && spec.appliesTo(g.id()) && !bits.containsKey(spec.id())) {
          if (bits.size() == Long.SIZE) {
            return null;
          }
          bits.put(spec.id(), 1L << bits.size());
        }
      }
      ImmutableMap.Builder<SectionId, Slot> allowed = ImmutableMap.builder();
      ImmutableList.Builder<Slot> inOrder = ImmutableList.builder();
      long required = 0;
      int place = 0;
      for (java.util.Map.Entry<SectionId, SectionSpec> e : sectionsById.entrySet()) {
        SectionSpec spec = e.getValue();
        if (spec.appliesTo(g.id())) {
          long bit = bits.getOrDefault(e.getKey(), 0L);
          required |= bit;
          Slot slot = new Slot(e.getKey(), place++, spec.maxWords().isPresent() ? spec.maxWords().getAsInt() : -1, bit);
          allowed.put(e.getKey(), slot);
          inOrder.add(slot);
        }
      }
      // A required section that no allowed spec answers can never be answered as the form asks.
      boolean answerable = Long.bitCount(required) == bits.size();
      out.put(g.id(), new GroupForm(g, allowed.buildOrThrow(), inOrder.build(), required, answerable));
    }
    return out.buildOrThrow();
  }

  private static <K, V> ImmutableMap<K, V> byId(List<V> values, java.util.function.Function<V, K> id) {
    java.util.Map<K, V> first = new java.util.LinkedHashMap<>();
    for (V value : values) {
      first.putIfAbsent(id.apply(value), value);
    }
    return ImmutableMap.copyOf(first);
  }

  private List<Violation> consistency() {
    List<Violation> v = new ArrayList<>();
    tooMany(v, "groups", groups.size(), MAX_GROUPS);
    tooMany(v, "categories", categories.size(), MAX_CATEGORIES);
    tooMany(v, "sections", sections.size(), MAX_SECTIONS);
    if (!v.isEmpty()) {
      return v;
    }
    if (year < 2000 || year > 2200) {
      v.add(CoreMessages.violation("kipp.edition.year", "year", year));
    }
    if (groups.isEmpty()) {
      v.add(CoreMessages.violation("kipp.list.empty", "groups", 0));
    }
    if (categories.isEmpty()) {
      v.add(CoreMessages.violation("kipp.list.empty", "categories", 0));
    }
    if (minimumSdgs < 0 || minimumSdgs > Proposal.MAX_SDGS) {
      v.add(CoreMessages.violation("kipp.edition.minimumSdgs", "minimumSdgs", minimumSdgs, "max", Proposal.MAX_SDGS));
    }
    duplicates(v, "groups", groups, InnovationGroup::id);
    duplicates(v, "categories", categories, Category::id);
    duplicates(v, "sections", sections, SectionSpec::id);
    Set<GroupId> known = groups.stream().map(InnovationGroup::id).collect(Collectors.toSet());
    for (int i = 0; i < sections.size(); i++) {
      for (GroupId g : sections.get(i).groups()) {
        if (!known.contains(g)) {
          v.add(CoreMessages.violation("kipp.edition.unknownGroup", "sections[" + i + "].groups", g, "allowed", groupIds()));
        }
      }
    }
    for (InnovationGroup group : groups) {
      List<SectionSpec> weighted =
          sections.stream()
              .filter(s -> s.appliesTo(group.id()) && s.weight().isPresent())
              .collect(Collectors.toList());
      if (!weighted.isEmpty()) {
        BigDecimal sum =
            weighted.stream().map(s -> s.weight().orElseThrow()).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (sum.compareTo(BigDecimal.ONE) != 0) {
          v.add(
              CoreMessages.violation(
                  "kipp.edition.weights",
                  "sections",
                  sum.toPlainString(),
                  "group",
                  group.id(),
                  "sections",
                  weighted.stream().map(s -> s.id() + "=" + s.weight().orElseThrow().toPlainString()).collect(Collectors.joining(", "))));
        }
      }
    }
    return v;
  }

  private static void tooMany(List<Violation> v, String field, int size, int max) {
    if (size > max) {
      v.add(CoreMessages.violation("kipp.list.tooMany", field, size, "max", max));
    }
  }

  private static <T, K> void duplicates(List<Violation> v, String field, List<T> items, Function<T, K> key) {
    Set<K> seen = new HashSet<>();
    for (int i = 0; i < items.size(); i++) {
      K k = key.apply(items.get(i));
      if (!seen.add(k)) {
        v.add(CoreMessages.violation("kipp.list.duplicate", field + "[" + i + "]", k));
      }
    }
  }

  /**
   * Returns a new builder. Each option can be set once; {@code id}, {@code year} and {@code title}
   * are required, and at least one group and one category.
   *
   * @return a builder, not null
   */
  public static Builder newBuilder() {
    return new Builder();
  }

  /** Returns a builder holding this edition's values, for the {@code withX} copies. */
  private Builder copy() {
    Builder b = new Builder();
    b.id = id;
    b.year = year;
    b.title = title;
    b.theme = theme;
    b.zone = zone;
    b.schedule = schedule;
    b.groups.addAll(groups);
    b.categories.addAll(categories);
    b.sections.addAll(sections);
    b.videoRules = videoRules;
    b.minimumSdgs = minimumSdgs;
    b.requiredAttachments.addAll(requiredAttachments);
    return b;
  }

  /**
   * Returns a copy of this edition with another id, such as a regional round's.
   *
   * @param value the id, not null
   * @return the copy, not null
   */
  public Edition withId(EditionId value) {
    Builder b = copy();
    b.id = requireNonNull(value, "id");
    return b.build();
  }

  /**
   * Returns a copy of this edition with another year.
   *
   * @param value the year
   * @return the copy, not null
   * @throws InvalidInputException if the year is outside 2000 to 2200
   */
  public Edition withYear(int value) {
    Builder b = copy();
    b.year = value;
    return b.build();
  }

  /**
   * Returns a copy of this edition with another title.
   *
   * @param value the title, not null
   * @return the copy, not null
   */
  public Edition withTitle(LocalizedText value) {
    Builder b = copy();
    b.title = requireNonNull(value, "title");
    return b.build();
  }

  /**
   * Returns a copy of this edition with another theme.
   *
   * @param value the theme, not null
   * @return the copy, not null
   */
  public Edition withTheme(LocalizedText value) {
    Builder b = copy();
    b.theme = requireNonNull(value, "theme");
    return b.build();
  }

  /**
   * Returns a copy of this edition whose times are published in another zone, such as {@code
   * Asia/Makassar} for a round in Sulawesi.
   *
   * @param value the zone, not null
   * @return the copy, not null
   */
  public Edition withZone(ZoneId value) {
    Builder b = copy();
    b.zone = requireNonNull(value, "zone");
    return b.build();
  }

  /**
   * Returns a copy of this edition with another schedule, such as one whose registration was
   * extended.
   *
   * @param value the schedule, not null
   * @return the copy, not null
   */
  public Edition withSchedule(Schedule value) {
    Builder b = copy();
    b.schedule = requireNonNull(value, "schedule");
    return b.build();
  }

  /**
   * Returns a copy of this edition with other groups, replacing all of them.
   *
   * @param values the groups, in published order; not null
   * @return the copy, not null
   * @throws InvalidInputException if the copy is inconsistent, such as a section naming a group no
   *     longer there, or no group at all
   */
  public Edition withGroups(Iterable<InnovationGroup> values) {
    Builder b = copy();
    b.groups = ImmutableList.<InnovationGroup>builder().addAll(values);
    return b.build();
  }

  /**
   * Returns a copy of this edition with another category catalogue, replacing all of it.
   *
   * @param values the categories, in published order; not null
   * @return the copy, not null
   * @throws InvalidInputException if the copy is inconsistent, such as a repeated category id
   */
  public Edition withCategories(Iterable<Category> values) {
    Builder b = copy();
    b.categories = ImmutableList.<Category>builder().addAll(values);
    return b.build();
  }

  /**
   * Returns a copy of this edition with other proposal sections, replacing all of them.
   *
   * @param values the sections, in form order; not null
   * @return the copy, not null
   * @throws InvalidInputException if the copy is inconsistent, such as weights that do not sum to one
   */
  public Edition withSections(Iterable<SectionSpec> values) {
    Builder b = copy();
    b.sections = ImmutableList.<SectionSpec>builder().addAll(values);
    return b.build();
  }

  /**
   * Returns a copy of this edition with other video rules.
   *
   * @param value the rules, not null
   * @return the copy, not null
   */
  public Edition withVideoRules(VideoRules value) {
    Builder b = copy();
    b.videoRules = requireNonNull(value, "videoRules");
    return b.build();
  }

  /**
   * Returns a copy of this edition with another least number of SDG targets.
   *
   * @param value the minimum, zero or more
   * @return the copy, not null
   * @throws InvalidInputException if the minimum is negative or above {@link Proposal#MAX_SDGS}
   */
  public Edition withMinimumSdgs(int value) {
    Builder b = copy();
    b.minimumSdgs = value;
    return b.build();
  }

  /**
   * Returns a copy of this edition with other required attachments (none to require none).
   *
   * @param values the kinds of attachment every proposal must carry, not null
   * @return the copy, not null
   */
  public Edition withRequiredAttachments(Iterable<AttachmentKind> values) {
    Builder b = copy();
    b.requiredAttachments = ImmutableSortedSet.<AttachmentKind>naturalOrder().addAll(requireNonNull(values, "requiredAttachments"));
    return b.build();
  }

  /**
   * Checks a proposal against what this edition publishes and returns every violation found: the
   * proposal's edition, group and category must be this edition's; every answered section must be
   * one of its group's; required sections must be answered; word limits, the SDG minimum, the video
   * rules, the required attachments (one violation per kind missing) and the group's replication
   * requirement must be met.
   *
   * @param proposal the proposal, not null
   * @return the violations, empty if the proposal fits this edition
   */
  public ImmutableList<Violation> validate(Proposal proposal) {
    requireNonNull(proposal, "proposal");
    // Most proposals fit: a check against the group's prepared form that builds nothing says so, and
    // only a proposal it refuses is checked in full to say why.
    return fits(proposal) ? ImmutableList.of() : violations(proposal);
  }

  /**
   * Whether a proposal fits this edition: exactly when {@link #validate(Proposal)} finds nothing, read
   * from each group's form without building messages.
   */
  private boolean fits(Proposal proposal) {
    if (forms == null || !proposal.edition().equals(id) || !categoriesById.containsKey(proposal.category())) {
      return false;
    }
    GroupForm form = forms.get(proposal.group());
    if (form == null || !form.answerable() || form.group().requiresReplication() != proposal.replication().isPresent()
        || proposal.sdgs().size() < minimumSdgs) {
      return false;
    }
    // Each answered section must be allowed and within its limit; the first answer to each required
    // section (as Proposal.section finds it) must have words.
    // Sections are mostly answered in the form's order: the slot after the last one found is tried
    // first, and the group's index only when it is not that one.
    ImmutableList<ProposalSection> answered = proposal.sections();
    ImmutableList<Slot> inOrder = form.inOrder();
    long seen = 0;
    long withWords = 0;
    int next = 0;
    for (int i = 0; i < answered.size(); i++) {
      ProposalSection s = answered.get(i);
      SectionId section = s.section();
      Slot slot = next < inOrder.size() && inOrder.get(next).id().equals(section) ? inOrder.get(next) : form.allowed().get(section);
      if (slot != null) {
        next = slot.place() + 1;
      }
      if (slot == null || (slot.maxWords() >= 0 && s.wordCount() > slot.maxWords())) {
        return false;
      }
      long bit = slot.bit();
      if (bit != 0 && (seen & bit) == 0) {
        seen |= bit;
        if (s.wordCount() != 0) {
          withWords |= bit;
        }
      }
    }
    if (withWords != form.required()) {
      return false;
    }
    if (proposal.video().isEmpty()) {
      if (videoRules.required()) {
        return false;
      }
    } else {
      Video given = proposal.video().get();
      if ((videoRules.maxDuration().isPresent() && given.duration().compareTo(videoRules.maxDuration().get()) > 0)
          || (videoRules.minHeight().isPresent() && given.height() < videoRules.minHeight().getAsInt())) {
        return false;
      }
    }
    if (requiredAttachments.isEmpty()) {
      return true;
    }
    if (!ATTACHMENTS_AS_BITS) {
      return requiredAttachments.stream().allMatch(kind -> proposal.attachments().stream().anyMatch(a -> a.kind() == kind));
    }
    long carried = 0;
    for (io.github.kipp.core.innovation.Attachment a : proposal.attachments()) {
      carried |= bit(a.kind());
    }
    return (carried & attachmentBits) == attachmentBits;
  }

  /** A kind of attachment as a bit of a set held in memory, never written out nor kept across runs. */
  @SuppressWarnings("EnumOrdinal")
  private static long bit(AttachmentKind kind) {
    return 1L << kind.ordinal();
  }

  /** Every violation of a proposal, checked in full: what {@link #validate(Proposal)} returns. */
  ImmutableList<Violation> violations(Proposal proposal) {
    List<Violation> v = new ArrayList<>();
    if (!proposal.edition().equals(id)) {
      v.add(CoreMessages.violation("kipp.proposal.wrongEdition", "edition", proposal.edition(), "edition", id));
    }
    Optional<InnovationGroup> group = group(proposal.group());
    if (group.isEmpty()) {
      v.add(CoreMessages.violation("kipp.edition.unknownGroup", "group", proposal.group(), "allowed", groupIds()));
    }
    if (category(proposal.category()).isEmpty()) {
      v.add(
          CoreMessages.violation(
              "kipp.edition.unknownCategory",
              "category",
              proposal.category(),
              "allowed",
              categories.stream().map(c -> c.id().value()).collect(Collectors.joining(", "))));
    }
    if (group.isPresent()) {
      checkSections(proposal, group.get(), v);
      if (group.get().requiresReplication() && proposal.replication().isEmpty()) {
        v.add(CoreMessages.violation("kipp.proposal.replicationMissing", "replication", "", "group", group.get().id()));
      }
      if (!group.get().requiresReplication() && proposal.replication().isPresent()) {
        v.add(CoreMessages.violation("kipp.proposal.replicationNotAllowed", "replication", proposal.replication().get(), "group", group.get().id()));
      }
    }
    if (proposal.sdgs().size() < minimumSdgs) {
      v.add(CoreMessages.violation("kipp.proposal.sdgsMissing", "sdgs", proposal.sdgs().size(), "min", minimumSdgs));
    }
    checkVideo(proposal.video(), v);
    for (AttachmentKind kind : requiredAttachments) {
      if (proposal.attachments().stream().noneMatch(a -> a.kind() == kind)) {
        v.add(CoreMessages.violation("kipp.proposal.attachmentMissing", "attachments", kind, "required",
            requiredAttachments.stream().map(AttachmentKind::name).collect(Collectors.joining(", "))));
      }
    }
    return ImmutableList.copyOf(v);
  }

  private void checkSections(Proposal proposal, InnovationGroup group, List<Violation> v) {
    ImmutableList<ProposalSection> answered = proposal.sections();
    for (int i = 0; i < answered.size(); i++) {
      ProposalSection s = answered.get(i);
      Optional<SectionSpec> spec = section(s.section()).filter(x -> x.appliesTo(group.id()));
      if (spec.isEmpty()) {
        v.add(CoreMessages.violation("kipp.proposal.sectionUnknown", "sections[" + i + "].section", s.section(), "group", group.id(), "allowed", sectionIdsFor(group.id())));
      } else if (spec.get().maxWords().isPresent() && s.wordCount() > spec.get().maxWords().getAsInt()) {
        v.add(CoreMessages.violation("kipp.proposal.sectionTooLong", "sections[" + i + "].text", s.wordCount(), "section", s.section(), "max", spec.get().maxWords().getAsInt()));
      }
    }
    for (SectionSpec spec : sections) {
      if (spec.required() && spec.appliesTo(group.id())) {
        Optional<ProposalSection> answer = proposal.section(spec.id());
        if (answer.isEmpty() || answer.get().wordCount() == 0) {
          v.add(CoreMessages.violation("kipp.proposal.sectionMissing", "sections", spec.id(), "nameEn", spec.name().english(), "nameId", spec.name().indonesian()));
        }
      }
    }
  }

  private void checkVideo(Optional<Video> video, List<Violation> v) {
    if (video.isEmpty()) {
      if (videoRules.required()) {
        v.add(CoreMessages.violation("kipp.proposal.videoMissing", "video", ""));
      }
      return;
    }
    Video given = video.get();
    videoRules.maxDuration().filter(max -> given.duration().compareTo(max) > 0).ifPresent(max ->
        v.add(CoreMessages.violation("kipp.proposal.videoTooLong", "video.duration", given.duration(), "max", max)));
    if (videoRules.minHeight().isPresent() && given.height() < videoRules.minHeight().getAsInt()) {
      v.add(CoreMessages.violation("kipp.proposal.videoResolution", "video.height", given.height(), "min", videoRules.minHeight().getAsInt()));
    }
  }

  /**
   * Checks a proposal and throws if it does not fit this edition.
   *
   * @param proposal the proposal, not null
   * @throws InvalidInputException listing every violation {@link #validate(Proposal)} finds
   */
  public void check(Proposal proposal) {
    InvalidInputException.throwIfAny("proposal '" + proposal.id() + "'", validate(proposal));
  }

  private String groupIds() {
    return groups.stream().map(g -> g.id().value()).collect(Collectors.joining(", "));
  }

  private String sectionIdsFor(GroupId group) {
    return sections.stream().filter(s -> s.appliesTo(group)).map(s -> s.id().value()).collect(Collectors.joining(", "));
  }

  /**
   * Returns the edition's id.
   *
   * @return the id, not null
   */
  public EditionId id() {
    return id;
  }

  /**
   * Returns the year of the edition (for a regional round, the year of the national edition it
   * feeds).
   *
   * @return the year
   */
  public int year() {
    return year;
  }

  /**
   * Returns the edition's title.
   *
   * @return the title, not null
   */
  public LocalizedText title() {
    return title;
  }

  /**
   * Returns the edition's theme (<i>tema</i>).
   *
   * @return the theme, or empty if none was published
   */
  public Optional<LocalizedText> theme() {
    return Optional.ofNullable(theme);
  }

  /**
   * Returns the zone the edition's times are published in.
   *
   * @return the zone, {@code Asia/Jakarta} unless set; not null
   */
  public ZoneId zone() {
    return zone;
  }

  /**
   * Returns the schedule.
   *
   * @return the schedule, possibly empty; not null
   */
  public Schedule schedule() {
    return schedule;
  }

  /**
   * Returns the groups, in published order.
   *
   * @return the groups, never empty
   */
  public ImmutableList<InnovationGroup> groups() {
    return groups;
  }

  /**
   * Returns a group by id.
   *
   * @param group the id, not null
   * @return the group, or empty if the edition has no such group
   */
  public Optional<InnovationGroup> group(GroupId group) {
    requireNonNull(group, "group");
    return Optional.ofNullable(groupsById.get(group));
  }

  /**
   * Returns the category catalogue, in published order.
   *
   * @return the categories, never empty
   */
  public ImmutableList<Category> categories() {
    return categories;
  }

  /**
   * Returns a category by id.
   *
   * @param category the id, not null
   * @return the category, or empty if the catalogue has no such category
   */
  public Optional<Category> category(CategoryId category) {
    requireNonNull(category, "category");
    return Optional.ofNullable(categoriesById.get(category));
  }

  /**
   * Returns the proposal sections, in form order.
   *
   * @return the sections, possibly empty
   */
  public ImmutableList<SectionSpec> sections() {
    return sections;
  }

  /**
   * Returns a section by id.
   *
   * @param section the id, not null
   * @return the section, or empty if the form has no such section
   */
  public Optional<SectionSpec> section(SectionId section) {
    requireNonNull(section, "section");
    return Optional.ofNullable(sectionsById.get(section));
  }

  /**
   * Returns the sections that apply to a group, in form order.
   *
   * @param group the group, not null
   * @return the sections, possibly empty
   */
  public ImmutableList<SectionSpec> sectionsFor(GroupId group) {
    requireNonNull(group, "group");
    return sections.stream().filter(s -> s.appliesTo(group)).collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns the video rules.
   *
   * @return the rules, not null
   */
  public VideoRules videoRules() {
    return videoRules;
  }

  /**
   * Returns the least number of SDG goals or targets a proposal must name.
   *
   * @return the minimum, zero or more
   */
  public int minimumSdgs() {
    return minimumSdgs;
  }

  /**
   * Returns the kinds of attachment every proposal must carry, such as the two letters of 2025.
   *
   * @return the kinds, in declaration order of {@link AttachmentKind}; possibly empty
   */
  public ImmutableSortedSet<AttachmentKind> requiredAttachments() {
    return requiredAttachments;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (!(o instanceof Edition)) {
      return false;
    }
    Edition other = (Edition) o;
    return id.equals(other.id)
        && year == other.year
        && title.equals(other.title)
        && java.util.Objects.equals(theme, other.theme)
        && zone.equals(other.zone)
        && schedule.equals(other.schedule)
        && groups.equals(other.groups)
        && categories.equals(other.categories)
        && sections.equals(other.sections)
        && videoRules.equals(other.videoRules)
        && minimumSdgs == other.minimumSdgs
        && requiredAttachments.equals(other.requiredAttachments);
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(id, year, title, schedule, groups, categories, sections);
  }

  /** Returns {@code id (year)}. */
  @Override
  public String toString() {
    return id + " (" + year + ")";
  }

  /**
   * Builds an {@link Edition}. Each single-valued option can be set once (a second setting throws
   * {@link IllegalStateException}); groups, categories and sections are added one by one. To change
   * an edition, use its {@code withX} methods. Not thread-safe.
   */
  public static final class Builder {
    private @Nullable EditionId id;
    private @Nullable Integer year;
    private @Nullable LocalizedText title;
    private @Nullable LocalizedText theme;
    private @Nullable ZoneId zone;
    private @Nullable Schedule schedule;
    private ImmutableList.Builder<InnovationGroup> groups = ImmutableList.builder();
    private ImmutableList.Builder<Category> categories = ImmutableList.builder();
    private ImmutableList.Builder<SectionSpec> sections = ImmutableList.builder();
    private @Nullable VideoRules videoRules;
    private @Nullable Integer minimumSdgs;
    private ImmutableSortedSet.Builder<AttachmentKind> requiredAttachments = ImmutableSortedSet.naturalOrder();

    private Builder() {}

    /**
     * Sets the id.
     *
     * @param value the id, not null
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder id(EditionId value) {
      id = setOnce(id, value, Builder.class, "id");
      return this;
    }

    /**
     * Sets the year.
     *
     * @param value the year
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder year(int value) {
      year = setOnce(year, value, Builder.class, "year");
      return this;
    }

    /**
     * Sets the title.
     *
     * @param value the title, not null
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder title(LocalizedText value) {
      title = setOnce(title, value, Builder.class, "title");
      return this;
    }

    /**
     * Sets the theme.
     *
     * @param value the theme, not null
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder theme(LocalizedText value) {
      theme = setOnce(theme, value, Builder.class, "theme");
      return this;
    }

    /**
     * Sets the zone times are published in (default {@code Asia/Jakarta}).
     *
     * @param value the zone, not null
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder zone(ZoneId value) {
      zone = setOnce(zone, value, Builder.class, "zone");
      return this;
    }

    /**
     * Sets the schedule (default: empty).
     *
     * @param value the schedule, not null
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder schedule(Schedule value) {
      schedule = setOnce(schedule, value, Builder.class, "schedule");
      return this;
    }

    /**
     * Adds a group.
     *
     * @param value the group, not null
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder group(InnovationGroup value) {
      groups.add(requireNonNull(value, "group"));
      return this;
    }

    /**
     * Adds a category.
     *
     * @param value the category, not null
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder category(Category value) {
      categories.add(requireNonNull(value, "category"));
      return this;
    }

    /**
     * Adds a proposal section.
     *
     * @param value the section, not null
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder section(SectionSpec value) {
      sections.add(requireNonNull(value, "section"));
      return this;
    }

    /**
     * Sets the video rules (default: {@link VideoRules#none()}).
     *
     * @param value the rules, not null
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder videoRules(VideoRules value) {
      videoRules = setOnce(videoRules, value, Builder.class, "videoRules");
      return this;
    }

    /**
     * Sets the least number of SDG targets a proposal names (default 0).
     *
     * @param value the minimum, zero or more
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder minimumSdgs(int value) {
      minimumSdgs = setOnce(minimumSdgs, value, Builder.class, "minimumSdgs");
      return this;
    }

    /**
     * Adds a kind of attachment every proposal must carry (default: none).
     *
     * @param value the kind, not null
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder requiredAttachment(AttachmentKind value) {
      requiredAttachments.add(requireNonNull(value, "requiredAttachment"));
      return this;
    }

    /**
     * Builds the edition.
     *
     * @return the edition, not null
     * @throws IllegalStateException if {@code id}, {@code year} or {@code title} was not set
     * @throws InvalidInputException listing every inconsistency found
     */
    public Edition build() {
      return new Edition(this);
    }
  }
}
