package io.github.kipp.testkit.internal;

import com.google.common.base.Ascii;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import io.github.kipp.core.GroupId;
import io.github.kipp.core.SectionId;
import io.github.kipp.core.edition.Edition;
import io.github.kipp.core.edition.SectionSpec;
import io.github.kipp.core.innovation.Attachment;
import io.github.kipp.core.innovation.AttachmentKind;
import io.github.kipp.core.innovation.Proposal;
import io.github.kipp.core.innovation.ProposalSection;
import io.github.kipp.core.innovation.SdgTarget;
import io.github.kipp.core.innovation.Video;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Fills a proposal with what an edition requires: every required section of its group, a video that
 * meets the video rules, SDG goals up to the minimum and one attachment of each kind the edition
 * requires. Texts given explicitly win.
 */
public final class ProposalDefaults {

  private ProposalDefaults() {}

  /**
   * Adds default content to a proposal builder.
   *
   * @param b the builder, with id set
   * @param id the proposal's id, for the video link
   * @param edition the edition
   * @param group the proposal's group
   * @param texts explicit section texts
   * @param words sections to fill with this many words
   * @param omit sections to leave out
   * @param addVideo whether to add the default video when the edition requires one
   * @param addSdgs whether to add default SDG goals
   * @param addAttachments whether to add one attachment of each kind the edition requires
   */
  public static void fill(Proposal.Builder b, String id, Edition edition, GroupId group, Map<String, String> texts,
      Map<String, Integer> words, Set<String> omit, boolean addVideo, boolean addSdgs, boolean addAttachments) {
    List<String> written = new ArrayList<>();
    for (SectionSpec s : edition.sectionsFor(group)) {
      String sid = s.id().value();
      if (omit.contains(sid)) {
        continue;
      }
      String text = texts.get(sid);
      if (text == null && words.containsKey(sid)) {
        text = "kata ".repeat(words.get(sid)).trim();
      }
      if (text == null && s.required()) {
        text = "Uraian " + s.name().indonesian() + ".";
      }
      if (text != null) {
        b.section(ProposalSection.of(sid, text));
        written.add(sid);
      }
    }
    texts.forEach((sid, text) -> {
      if (!written.contains(sid)) {
        b.section(ProposalSection.of(sid, text));
      }
    });
    words.forEach((sid, n) -> {
      if (!written.contains(sid) && !texts.containsKey(sid)) {
        b.section(ProposalSection.of(SectionId.of(sid), "kata ".repeat(n).trim()));
      }
    });
    if (addVideo && edition.videoRules().required()) {
      b.video(defaultVideo(id, edition));
    }
    if (addSdgs) {
      for (int goal = 1; goal <= edition.minimumSdgs(); goal++) {
        b.sdg(SdgTarget.goal(goal));
      }
    }
    if (addAttachments) {
      edition.requiredAttachments().forEach(kind -> b.attachment(defaultAttachment(kind)));
    }
  }

  /**
   * Returns an attachment of a kind, named after it ({@code innovator-identity-statement.pdf}).
   *
   * @param kind the kind
   * @return the attachment, of 100 KiB
   */
  public static Attachment defaultAttachment(AttachmentKind kind) {
    return Attachment.of(Ascii.toLowerCase(kind.name()).replace('_', '-') + ".pdf", kind, 102_400);
  }

  /**
   * Reads an attachment kind as written in a scenario or passed to a builder: its name in lower case
   * with hyphens ({@code replication-consent-letter}) or its constant's name.
   *
   * @param text the text
   * @return the kind, or empty if none has that name
   */
  public static java.util.Optional<AttachmentKind> attachmentKind(String text) {
    String name = Ascii.toUpperCase(text).replace('-', '_');
    for (AttachmentKind k : AttachmentKind.values()) {
      if (k.name().equals(name)) {
        return java.util.Optional.of(k);
      }
    }
    return java.util.Optional.empty();
  }

  /**
   * Adds default content with no explicit texts.
   *
   * @param b the builder
   * @param id the proposal's id
   * @param edition the edition
   * @param group the group
   */
  public static void fill(Proposal.Builder b, String id, Edition edition, GroupId group) {
    fill(b, id, edition, group, ImmutableMap.of(), ImmutableMap.of(), ImmutableSet.of(), true, true, true);
  }

  /**
   * Returns a video that meets an edition's rules: three minutes or the maximum if shorter, 1080p or
   * the minimum if higher.
   *
   * @param id the proposal's id, for the link
   * @param edition the edition
   * @return the video
   */
  public static Video defaultVideo(String id, Edition edition) {
    Duration length = edition.videoRules().maxDuration().filter(d -> d.compareTo(Duration.ofMinutes(3)) < 0).orElse(Duration.ofMinutes(3));
    int height = Math.max(1080, edition.videoRules().minHeight().orElse(0));
    return Video.of(length, height, URI.create("https://www.youtube.com/watch?v=" + id));
  }
}
