package io.github.kipp.benchmarks;

import io.github.kipp.core.edition.Edition;
import io.github.kipp.core.edition.InnovationGroup;
import io.github.kipp.core.edition.SectionSpec;
import io.github.kipp.core.innovation.AttachmentKind;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An edition's form read once into plain values, and the fit check of the Easy Rules, Drools and
 * hand-written versions written against it without kipp's code: the proposal's edition, group and
 * category are the edition's; each answered section is one its group may answer, within its word
 * limit; every section its group must answer is answered with words; a replication is given exactly
 * when the group needs one; enough SDG targets; the video rules; every required attachment.
 */
public final class Form {

  /** A group's sections: the word limit of each it may answer (-1: none), and those it must answer. */
  private record GroupForm(boolean replication, Map<String, Integer> maxWords, List<String> required) {}

  private final String edition;
  private final Set<String> categories = new HashSet<>();
  private final Map<String, GroupForm> groups = new HashMap<>();
  private final int minimumSdgs;
  private final boolean videoRequired;
  private final long videoMaxNanos;
  private final int videoMinHeight;
  private final Set<AttachmentKind> attachments = EnumSet.noneOf(AttachmentKind.class);

  /**
   * Reads an edition's published form.
   *
   * @param e the edition, not null
   */
  public Form(Edition e) {
    edition = e.id().value();
    e.categories().forEach(c -> categories.add(c.id().value()));
    for (InnovationGroup g : e.groups()) {
      Map<String, Integer> maxWords = new HashMap<>();
      List<String> required = new ArrayList<>();
      for (SectionSpec s : e.sections()) {
        boolean applies = s.groups().isEmpty() || s.groups().contains(g.id());
        if (applies) {
          maxWords.putIfAbsent(s.id().value(), s.maxWords().isPresent() ? s.maxWords().getAsInt() : -1);
          if (s.required()) {
            required.add(s.id().value());
          }
        }
      }
      groups.putIfAbsent(g.id().value(), new GroupForm(g.requiresReplication(), maxWords, required));
    }
    minimumSdgs = e.minimumSdgs();
    videoRequired = e.videoRules().required();
    videoMaxNanos = e.videoRules().maxDuration().map(d -> d.toNanos()).orElse(Long.MAX_VALUE);
    videoMinHeight = e.videoRules().minHeight().orElse(0);
    attachments.addAll(e.requiredAttachments());
  }

  /**
   * Whether an entry fits the form.
   *
   * @param p the entry, not null
   * @return whether it fits
   */
  public boolean fits(Entry p) {
    GroupForm g = groups.get(p.getGroup());
    if (g == null || !edition.equals(p.getEdition()) || !categories.contains(p.getCategory()) || g.replication() != p.isReplication()
        || p.getSdgs() < minimumSdgs) {
      return false;
    }
    String[] sections = p.getSections();
    int[] words = p.getWords();
    for (int i = 0; i < sections.length; i++) {
      Integer max = g.maxWords().get(sections[i]);
      if (max == null || (max >= 0 && words[i] > max)) {
        return false;
      }
    }
    for (String required : g.required()) {
      int first = -1;
      for (int i = 0; i < sections.length && first < 0; i++) {
        if (sections[i].equals(required)) {
          first = i;
        }
      }
      if (first < 0 || words[first] == 0) {
        return false;
      }
    }
    boolean video = p.getVideoNanos() < 0 ? !videoRequired : p.getVideoNanos() <= videoMaxNanos && p.getVideoHeight() >= videoMinHeight;
    if (!video) {
      return false;
    }
    return p.getAttachments().containsAll(attachments);
  }
}
