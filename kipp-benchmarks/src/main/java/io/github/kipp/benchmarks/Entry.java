package io.github.kipp.benchmarks;

import com.google.common.collect.ImmutableList;
import io.github.kipp.core.ProposalId;
import io.github.kipp.core.eligibility.EligibilityContext;
import io.github.kipp.core.eligibility.PastResult;
import io.github.kipp.core.innovation.Attachment;
import io.github.kipp.core.innovation.AttachmentKind;
import io.github.kipp.core.innovation.PartialDateResolution;
import io.github.kipp.core.innovation.Proposal;
import io.github.kipp.core.innovation.ProposalSection;
import java.text.Normalizer;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A proposal as the Easy Rules, Drools and hand-written versions of the eligibility rules see it,
 * prepared by their own code from the proposal's published values, without kipp's: its group,
 * normalised title, place in submission order, counted start date, past results, and what the fit
 * check reads (edition, category, answered sections with their word counts as the proposal carries
 * them, SDG targets, video, attachments, replication). JavaBean getters, as Drools reads them.
 */
public final class Entry {

  private static final Comparator<Timed> SUBMISSION_ORDER =
      Comparator.comparing(Timed::at).thenComparing(t -> t.proposal().id().value());

  private final ProposalId id;
  private final String group;
  private final String title;
  private final int order;
  private final LocalDate start;
  private final List<PastResult> history;
  private final String edition;
  private final String category;
  private final String[] sections;
  private final int[] words;
  private final int sdgs;
  private final long videoNanos;
  private final int videoHeight;
  private final Set<AttachmentKind> attachments;
  private final boolean replication;

  /** A proposal with its submission time, unknown as {@link Instant#MAX}. */
  private record Timed(Proposal proposal, Instant at) {}

  private Entry(Proposal p, int order, PartialDateResolution resolution, List<PastResult> history) {
    this.id = p.id();
    this.group = p.group().value();
    this.title = normalise(p.innovation().title());
    this.order = order;
    this.start = resolution == PartialDateResolution.EARLIEST ? p.innovation().start().earliest() : p.innovation().start().latest();
    this.history = history;
    this.edition = p.edition().value();
    this.category = p.category().value();
    List<ProposalSection> answered = p.sections();
    this.sections = new String[answered.size()];
    this.words = new int[answered.size()];
    for (int i = 0; i < answered.size(); i++) {
      sections[i] = answered.get(i).section().value();
      words[i] = answered.get(i).wordCount();
    }
    this.sdgs = p.sdgs().size();
    this.videoNanos = p.video().map(v -> v.duration().toNanos()).orElse(-1L);
    this.videoHeight = p.video().map(v -> v.height()).orElse(0);
    EnumSet<AttachmentKind> kinds = EnumSet.noneOf(AttachmentKind.class);
    for (Attachment a : p.attachments()) {
      kinds.add(a.kind());
    }
    this.attachments = kinds;
    this.replication = p.replication().isPresent();
  }

  /**
   * Returns the entries of a context's submitted proposals, numbered in submission order (by time,
   * unknown times last, then by id), each with its past results.
   *
   * @param context the context, not null
   * @param resolution how a partial start date is counted, not null
   * @return the entries, in submission order, not null
   */
  public static ImmutableList<Entry> of(EligibilityContext context, PartialDateResolution resolution) {
    List<Timed> ordered = new ArrayList<>(context.submitted().size());
    for (Proposal p : context.submitted()) {
      ordered.add(new Timed(p, context.submittedAt(p.id()).orElse(Instant.MAX)));
    }
    ordered.sort(SUBMISSION_ORDER);
    Map<String, List<PastResult>> byInnovation = new HashMap<>();
    for (PastResult r : context.history().results()) {
      byInnovation.computeIfAbsent(r.innovation().value(), k -> new ArrayList<>(4)).add(r);
    }
    ImmutableList.Builder<Entry> out = ImmutableList.builderWithExpectedSize(ordered.size());
    for (int i = 0; i < ordered.size(); i++) {
      Proposal p = ordered.get(i).proposal();
      out.add(new Entry(p, i, resolution, byInnovation.getOrDefault(p.innovation().id().value(), List.of())));
    }
    return out.build();
  }

  /**
   * Normalises a title for comparison: NFKC, lower case, every run of characters other than letters
   * and decimal digits read as one space, trimmed. A title of ASCII characters is its own NFKC form.
   *
   * @param title the title, not null
   * @return the normalised title, not null
   */
  public static String normalise(String title) {
    String folded = (title.chars().allMatch(c -> c < 0x80) ? title : Normalizer.normalize(title, Normalizer.Form.NFKC)).toLowerCase(Locale.ROOT);
    StringBuilder out = new StringBuilder(folded.length());
    boolean space = false;
    for (int i = 0; i < folded.length(); ) {
      int cp = folded.codePointAt(i);
      i += Character.charCount(cp);
      if (Character.isLetter(cp) || Character.isDigit(cp)) {
        if (space && out.length() > 0) {
          out.append(' ');
        }
        space = false;
        out.appendCodePoint(cp);
      } else {
        space = true;
      }
    }
    return out.toString();
  }

  /**
   * Returns the proposal's id.
   *
   * @return the id, not null
   */
  public ProposalId getId() {
    return id;
  }

  /**
   * Returns the group's id.
   *
   * @return the group, not null
   */
  public String getGroup() {
    return group;
  }

  /**
   * Returns the normalised title.
   *
   * @return the title, not null
   */
  public String getTitle() {
    return title;
  }

  /**
   * Returns the place in submission order, from 0.
   *
   * @return the place
   */
  public int getOrder() {
    return order;
  }

  /**
   * Returns the start date as counted.
   *
   * @return the date, not null
   */
  public LocalDate getStart() {
    return start;
  }

  /**
   * Returns the innovation's past results.
   *
   * @return the results, not null
   */
  public List<PastResult> getHistory() {
    return history;
  }

  /**
   * Returns the edition's id the proposal names.
   *
   * @return the id, not null
   */
  public String getEdition() {
    return edition;
  }

  /**
   * Returns the category's id.
   *
   * @return the id, not null
   */
  public String getCategory() {
    return category;
  }

  /**
   * Returns the ids of the answered sections, in the proposal's order.
   *
   * @return the ids, not to be changed
   */
  public String[] getSections() {
    return sections;
  }

  /**
   * Returns the word count of each answered section, as the proposal carries it.
   *
   * @return the counts, not to be changed
   */
  public int[] getWords() {
    return words;
  }

  /**
   * Returns how many SDG targets the proposal names.
   *
   * @return the number
   */
  public int getSdgs() {
    return sdgs;
  }

  /**
   * Returns the video's length in nanoseconds, or -1 without a video.
   *
   * @return the length
   */
  public long getVideoNanos() {
    return videoNanos;
  }

  /**
   * Returns the video's height in pixels, or 0 without a video.
   *
   * @return the height
   */
  public int getVideoHeight() {
    return videoHeight;
  }

  /**
   * Returns the kinds of attachment the proposal carries.
   *
   * @return the kinds, not to be changed
   */
  public Set<AttachmentKind> getAttachments() {
    return attachments;
  }

  /**
   * Returns whether the proposal names a replication.
   *
   * @return whether it does
   */
  public boolean isReplication() {
    return replication;
  }

  @Override
  public String toString() {
    return id + " " + group + " \"" + title + "\" #" + order + " " + start + " " + Arrays.toString(sections);
  }
}
