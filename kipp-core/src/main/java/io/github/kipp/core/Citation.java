package io.github.kipp.core;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import io.github.kipp.core.internal.CoreMessages;
import io.github.kipp.core.internal.Texts;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Where a regulation parameter comes from: the legal instrument, the provision inside it, how sure we
 * are of the value, and the sources where it was seen.
 *
 * <p>Article numbers of most KIPP instruments are not known, so the provision is often {@code
 * "Lampiran, section UNKNOWN"}; the {@link #confidence() confidence} still says whether the value
 * itself was read in the instrument ({@link Confidence#REGULATION}) or only reported. A value that no
 * source gives is cited with {@link #unknown(String, String)}, whose note documents the default.
 *
 * <pre>{@code
 * Citation.reported("KepmenPANRB 161/2021", "Lampiran, section UNKNOWN").withSources("S18", "S20");
 * Citation.unknown("Pedoman Menteri PANRB 3/2023", "minimum age not published; 2 years as in 2022");
 * }</pre>
 *
 * <p>The instrument and provision are single lines of plain text, the note plain text of one or
 * more lines ({@link io.github.kipp.core.validation.TextPolicy}).
 *
 * @param instrument the legal instrument, such as {@code PermenPANRB 7/2021}; not blank
 * @param provision the article, section or paragraph, or {@link #UNKNOWN_PROVISION}; not blank
 * @param confidence how sure the value is, not null
 * @param sources ids of the sources where the value was seen, such as {@code S18}; possibly empty
 * @param note a derivation, a documented default or a conflict between sources; possibly empty
 */
public record Citation(
    String instrument,
    String provision,
    Confidence confidence,
    ImmutableList<String> sources,
    String note) {

  /** The provision of a citation whose article is not known. */
  public static final String UNKNOWN_PROVISION = "UNKNOWN";

  /** How a note that records a conflict between sources starts: {@value}. */
  public static final String CONFLICT_PREFIX = "CONFLICT: ";

  private static final Pattern SOURCE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9*.-]{0,15}");
  private static final int MAX_TEXT = 1_000;

  /**
   * Creates a citation, checking every part.
   *
   * @param instrument the legal instrument, such as {@code PermenPANRB 7/2021}; not blank
   * @param provision the article, section or paragraph, or {@link #UNKNOWN_PROVISION}; not blank
   * @param confidence how sure the value is, not null
   * @param sources ids of the sources where the value was seen, such as {@code S18}; possibly empty
   * @param note a derivation, a documented default or a conflict between sources; possibly empty
   * @throws InvalidInputException if the instrument or provision is blank, too long or not a single
   *     line of plain text, the note is too long or not plain text (several lines allowed), a source
   *     id is malformed, or an {@link Confidence#UNKNOWN UNKNOWN} citation has no note documenting its
   *     default
   */
  public Citation {
    requireNonNull(instrument, "instrument");
    requireNonNull(provision, "provision");
    requireNonNull(confidence, "confidence");
    sources = ImmutableList.copyOf(requireNonNull(sources, "sources"));
    requireNonNull(note, "note");
    List<Violation> violations = new ArrayList<>();
    checkText(violations, "instrument", instrument);
    checkText(violations, "provision", provision);
    if (note.length() > MAX_TEXT) {
      violations.add(
          CoreMessages.violation("kipp.text.tooLong", "note", note, "max", MAX_TEXT));
    } else {
      Texts.prose(violations, "note", note);
    }
    for (int i = 0; i < sources.size(); i++) {
      if (!SOURCE.matcher(sources.get(i)).matches()) {
        violations.add(
            CoreMessages.violation(
                "kipp.citation.source", "sources[" + i + "]", sources.get(i), "pattern", SOURCE));
      }
    }
    if (confidence == Confidence.UNKNOWN && note.isBlank()) {
      violations.add(CoreMessages.violation("kipp.citation.unknownWithoutDefault", "note", note));
    }
    InvalidInputException.throwIfAny("citation of " + instrument, violations);
  }

  private static void checkText(List<Violation> violations, String field, String value) {
    if (value.isBlank()) {
      violations.add(CoreMessages.violation("kipp.text.blank", field, value));
    } else if (value.length() > MAX_TEXT) {
      violations.add(CoreMessages.violation("kipp.text.tooLong", field, value, "max", MAX_TEXT));
    } else {
      Texts.line(violations, field, value);
    }
  }

  /**
   * Cites a value read in the instrument (or an official document reproducing it).
   *
   * @param instrument the instrument, not blank
   * @param provision the article or section, or {@link #UNKNOWN_PROVISION}; not blank
   * @return the citation, not null
   */
  public static Citation regulation(String instrument, String provision) {
    return new Citation(instrument, provision, Confidence.REGULATION, ImmutableList.of(), "");
  }

  /**
   * Cites a value seen in a press release, news report or summary of the instrument.
   *
   * @param instrument the instrument the value belongs to, not blank
   * @param provision the article or section, or {@link #UNKNOWN_PROVISION}; not blank
   * @return the citation, not null
   */
  public static Citation reported(String instrument, String provision) {
    return new Citation(instrument, provision, Confidence.REPORTED, ImmutableList.of(), "");
  }

  /**
   * Cites a value derived from other facts.
   *
   * @param instrument the instrument the value belongs to, not blank
   * @param provision the article or section, or {@link #UNKNOWN_PROVISION}; not blank
   * @param derivation how the value was derived, not blank
   * @return the citation, not null
   */
  public static Citation inferred(String instrument, String provision, String derivation) {
    return new Citation(instrument, provision, Confidence.INFERRED, ImmutableList.of(), derivation);
  }

  /**
   * Cites a value that no source gives: the instrument is silent or unreadable, and kipp uses a
   * documented default that a host may configure.
   *
   * @param instrument the instrument that should have given the value, not blank
   * @param documentedDefault what the default is and why, not blank
   * @return the citation, not null
   */
  public static Citation unknown(String instrument, String documentedDefault) {
    return new Citation(
        instrument, UNKNOWN_PROVISION, Confidence.UNKNOWN, ImmutableList.of(), documentedDefault);
  }

  /**
   * Returns a copy of this citation with the ids of the sources where the value was seen.
   *
   * @param sourceIds source ids such as {@code S18}, {@code A4} or {@code Seed-2}
   * @return the new citation, not null
   */
  public Citation withSources(String... sourceIds) {
    return new Citation(instrument, provision, confidence, ImmutableList.copyOf(sourceIds), note);
  }

  /**
   * Returns a copy of this citation with a note, such as a conflict between sources.
   *
   * @param newNote the note, not null
   * @return the new citation, not null
   */
  public Citation withNote(String newNote) {
    return new Citation(instrument, provision, confidence, sources, newNote);
  }

  /**
   * Returns a copy of this citation recording a conflict between sources: the value cited comes from
   * this citation's sources, while {@code otherSources} give {@code otherReading}. The other sources
   * are added to {@link #sources()} and the note starts with {@value #CONFLICT_PREFIX}, followed by
   * the other reading, its sources in brackets and any earlier note, so both sides stay visible:
   *
   * <pre>{@code
   * Citation.reported("Pedoman Menteri PANRB 4/2025", "whole instrument").withSources("S28", "S131")
   *     .withConflict("another source numbers the guide 5/2025", "S38");
   * // note: "CONFLICT: another source numbers the guide 5/2025 [S38]"; sources S28, S131, S38
   * }</pre>
   *
   * @param otherReading what the other sources say, not blank
   * @param otherSources ids of the sources that say it, at least one
   * @return the new citation, not null
   * @throws IllegalArgumentException if {@code otherReading} is blank or no other source is given
   * @throws InvalidInputException if the resulting note or a source id is invalid
   */
  public Citation withConflict(String otherReading, String... otherSources) {
    requireNonNull(otherReading, "otherReading");
    requireNonNull(otherSources, "otherSources");
    if (otherReading.isBlank() || otherSources.length == 0) {
      throw new IllegalArgumentException("a conflict names the other reading and at least one source that gives it; got '"
          + otherReading + "' from " + otherSources.length + " sources");
    }
    ImmutableList<String> all = ImmutableList.<String>builder().addAll(sources).add(otherSources).build().stream()
        .distinct().collect(ImmutableList.toImmutableList());
    String conflict = CONFLICT_PREFIX + otherReading + " [" + String.join(", ", otherSources) + "]";
    return new Citation(instrument, provision, confidence, all, note.isEmpty() ? conflict : conflict + "; " + note);
  }

  /**
   * Returns whether this citation records a conflict between sources: its note starts with {@value
   * #CONFLICT_PREFIX}, as {@link #withConflict(String, String...)} writes it and as module files
   * write it by hand. The sources of both readings are among {@link #sources()}.
   *
   * @return true if the note records a conflict
   */
  public boolean conflicting() {
    return note.startsWith(CONFLICT_PREFIX);
  }

  /**
   * Returns whether the provision (article or section) is unknown.
   *
   * @return true if the provision is {@link #UNKNOWN_PROVISION}
   */
  public boolean provisionUnknown() {
    return UNKNOWN_PROVISION.equals(provision);
  }

  /**
   * Returns the citation as one line, such as {@code KepmenPANRB 161/2021, Lampiran [reported; S18]}.
   */
  @Override
  public String toString() {
    StringBuilder out = new StringBuilder(instrument).append(", ").append(provision);
    out.append(" [").append(confidence.name().toLowerCase(java.util.Locale.ROOT));
    if (!sources.isEmpty()) {
      out.append("; ").append(String.join(", ", sources));
    }
    out.append(']');
    if (!note.isEmpty()) {
      out.append(" (").append(note).append(')');
    }
    return out.toString();
  }
}
