package io.github.kipp.core.blind;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSortedSet;
import io.github.kipp.core.LocalizedText;
import io.github.kipp.core.ProposalId;
import io.github.kipp.core.SectionId;
import io.github.kipp.core.internal.CoreMessages;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A span of a proposal's text that names its own entrant, found by {@link LeakDetector}: where it is,
 * its exact offsets in the text as written, the text matched, and what it names.
 *
 * <p>Offsets count UTF-16 characters of the field's text ({@link String#substring(int, int)}), so
 * {@code text().equals(fieldText.substring(start(), end()))}. One mention is one leak, however many
 * names it holds: <i>Dinas Kesehatan Kabupaten Luwu Utara</i> is one leak naming the unit and the
 * regency.
 *
 * @param proposal the proposal, not null
 * @param field where in the proposal, not null
 * @param section the section, present exactly when {@code field} is {@link LeakField#SECTION}
 * @param path the field as a path: {@code title}, {@code expansion}, {@code sections[signifikansi]},
 *     {@code replication.adaptation} or {@code attachments[0].name}; not null
 * @param start the offset of the first character, zero or more
 * @param end the offset after the last character, more than {@code start}
 * @param text the characters matched, as written, {@code end - start} long
 * @param names what they name, never empty
 */
public record Leak(
    ProposalId proposal, LeakField field, Optional<SectionId> section, String path, int start, int end, String text,
    ImmutableSortedSet<Identity> names) {

  /**
   * Creates a leak.
   *
   * @param proposal the proposal, not null
   * @param field where, not null
   * @param section the section, present exactly for {@link LeakField#SECTION}
   * @param path the field's path, not null
   * @param start the first offset
   * @param end the offset after the last character
   * @param text the characters matched
   * @param names what they name
   * @throws IllegalArgumentException if the offsets, text, section or names do not fit together
   */
  public Leak {
    requireNonNull(proposal, "proposal");
    requireNonNull(field, "field");
    requireNonNull(section, "section");
    requireNonNull(path, "path");
    requireNonNull(text, "text");
    requireNonNull(names, "names");
    checkArgument(start >= 0 && end > start, "leak span [%s, %s) must be non-empty and start at 0 or later", start, end);
    checkArgument(text.length() == end - start, "leak text '%s' is %s characters long, but its span [%s, %s) is %s", text, text.length(), start, end,
        end - start);
    checkArgument(section.isPresent() == (field == LeakField.SECTION), "a leak names a section exactly when it lies in one; field %s, section %s",
        field, section);
    checkArgument(!names.isEmpty(), "a leak names at least one part of the entrant's identity");
  }

  /**
   * Returns the kinds of identity named, in {@link IdentityKind} order.
   *
   * @return the kinds, never empty
   */
  public ImmutableSortedSet<IdentityKind> kinds() {
    return names.stream().map(Identity::kind).collect(ImmutableSortedSet.toImmutableSortedSet(Enum::compareTo));
  }

  /**
   * Returns the leak as a sentence in both languages for a committee's screen, code {@code
   * kipp.blind.leak}: where it is, the offsets, the text and what it names.
   *
   * @return the message, not null
   */
  public LocalizedText message() {
    String whatId = names.stream().map(n -> n.kind().label().indonesian() + " " + n.name()).collect(Collectors.joining(", "));
    String whatEn = names.stream().map(n -> n.kind().label().english() + " " + n.name()).collect(Collectors.joining(", "));
    return CoreMessages.render("kipp.blind.leak", "proposal", proposal, "path", path, "start", start, "end", end, "text", text,
        "whatId", whatId, "whatEn", whatEn);
  }

  /** Returns {@code proposal path[start,end) 'text' -> names}. */
  @Override
  public String toString() {
    return proposal + " " + path + "[" + start + "," + end + ") '" + text + "' -> " + names;
  }
}
