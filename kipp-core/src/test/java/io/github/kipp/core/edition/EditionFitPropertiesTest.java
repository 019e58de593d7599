package io.github.kipp.core.edition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.kipp.core.CategoryId;
import io.github.kipp.core.EditionId;
import io.github.kipp.core.Fixtures;
import io.github.kipp.core.GroupId;
import io.github.kipp.core.InnovationId;
import io.github.kipp.core.InvalidInputException;
import io.github.kipp.core.SectionId;
import io.github.kipp.core.innovation.Attachment;
import io.github.kipp.core.innovation.AttachmentKind;
import io.github.kipp.core.innovation.Proposal;
import io.github.kipp.core.innovation.ProposalSection;
import io.github.kipp.core.innovation.Replication;
import io.github.kipp.core.innovation.SdgTarget;
import io.github.kipp.core.innovation.Video;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * {@link Edition#validate(Proposal)} answers a proposal that fits from each group's prepared form
 * and checks only a refused one in full: both give the same violations, in the same order, for
 * proposals drawn to break every part of the form alone or together (edition, group, category,
 * unknown, over-long and empty sections, replication, SDGs, video and attachments), against editions
 * with and without video rules, a section limited to one group and required attachments.
 */
class EditionFitPropertiesTest {

  private static final Edition PLAIN = Fixtures.edition();
  private static final Edition STRICT = PLAIN
      .withSections(ImmutableSectionsForGroups.sections(PLAIN))
      .withRequiredAttachments(List.of(AttachmentKind.DECREE, AttachmentKind.SLIDES))
      .withVideoRules(VideoRules.none());

  /** The fixture's sections with one more, required of the replication group only. */
  private static final class ImmutableSectionsForGroups {
    static List<SectionSpec> sections(Edition edition) {
      List<SectionSpec> out = new ArrayList<>(edition.sections());
      out.add(new SectionSpec(SectionId.of("sumber"), io.github.kipp.core.LocalizedText.of("Sumber", "Source"), Optional.empty(),
          OptionalInt.of(30), true, com.google.common.collect.ImmutableSortedSet.of(GroupId.of("replikasi"))));
      return out;
    }
  }

  private static String words(int n) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < n; i++) {
      out.append(i == 0 ? "" : " ").append("kata");
    }
    return out.toString();
  }

  /** A proposal like the fixture's, with some of its parts broken as the seed says. */
  private static Proposal proposal(long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    GroupId group = GroupId.of(switch (r.nextInt(8)) {
      case 0 -> "khusus";
      case 1, 2 -> "replikasi";
      default -> "umum";
    });
    Proposal.Builder b = Proposal.newBuilder().id(io.github.kipp.core.ProposalId.of("p-" + (seed & 0xff))).innovation(Fixtures.GIATKI_CES)
        .edition(EditionId.of(r.nextInt(12) == 0 ? "kipp-2022" : "kipp-2023"))
        .group(group)
        .category(CategoryId.of(r.nextInt(12) == 0 ? "pertanian" : r.nextBoolean() ? "kesehatan" : "tata-kelola"));
    if (r.nextInt(8) != 0) {
      b.sdg(SdgTarget.parse("3.2"));
    }
    List<String> ids = new ArrayList<>(List.of("ringkasan", "signifikansi", "adaptabilitas", "spbe", "sumber", "lain"));
    if (r.nextInt(4) == 0) {
      // Answered in another order than the form's, sometimes answering a section twice.
      java.util.Collections.shuffle(ids, new java.util.Random(r.nextLong()));
      if (r.nextInt(3) == 0) {
        ids.add(ids.get(r.nextInt(ids.size())));
      }
    }
    for (String id : ids) {
      boolean usual = id.equals("ringkasan") || id.equals("signifikansi") || id.equals("adaptabilitas");
      if (usual ? r.nextInt(12) == 0 : r.nextInt(5) != 0) {
        continue;
      }
      int n = switch (r.nextInt(10)) {
        case 0 -> r.nextInt(3) == 0 ? 0 : 5;
        case 1 -> r.nextInt(3) == 0 ? 31 : 12;
        case 2 -> r.nextInt(3) == 0 ? 201 : 15;
        default -> 1 + r.nextInt(20);
      };
      b.section(ProposalSection.of(id, n == 0 ? "—" : words(n)));
    }
    if (r.nextInt(6) < (group.value().equals("replikasi") ? 5 : 1)) {
      b.replication(Replication.of(List.of(InnovationId.of("sumber-" + r.nextInt(3))), "diadaptasi"));
    }
    if (r.nextInt(6) != 0) {
      b.video(Video.of(Duration.ofSeconds(60 + r.nextInt(150)), r.nextInt(4) == 0 ? 480 : 1080, URI.create("https://www.youtube.com/watch?v=abc")));
    }
    for (AttachmentKind kind : AttachmentKind.values()) {
      if (r.nextInt(3) != 0) {
        b.attachment(Attachment.of(kind.name().toLowerCase(java.util.Locale.ROOT) + ".pdf", kind, 1_000));
      }
    }
    return b.build();
  }

  /** Whether a proposal answers its sections in the order the form lists them. */
  private static boolean inFormOrder(Proposal p) {
    List<String> form = List.of("ringkasan", "signifikansi", "adaptabilitas", "spbe", "sumber", "lain");
    int last = -1;
    for (ProposalSection s : p.sections()) {
      int at = form.indexOf(s.section().value());
      if (at <= last) {
        return false;
      }
      last = at;
    }
    return true;
  }

  @Test
  void validate_gives_the_violations_of_the_full_check_for_proposals_that_fit_and_that_do_not() {
    int[] fitting = new int[2];
    int[] fittingOutOfOrder = new int[2];
    int[] refused = new int[2];
    qt().withFixedSeed(19).withExamples(4_000).forAll(longs().all()).checkAssert(seed -> {
      Proposal p;
      try {
        p = proposal(seed);
      } catch (InvalidInputException e) {
        return;
      }
      Edition[] editions = {PLAIN, STRICT};
      for (int e = 0; e < editions.length; e++) {
        Edition edition = editions[e];
        assertThat(edition.validate(p)).as("proposal of seed %d against edition %d", seed, e).isEqualTo(edition.violations(p));
        if (edition.validate(p).isEmpty()) {
          fitting[e]++;
          if (!inFormOrder(p)) {
            fittingOutOfOrder[e]++;
          }
        } else {
          refused[e]++;
        }
      }
    });
    // Both editions see proposals that fit and proposals refused, so both paths of validate run.
    for (int e = 0; e < 2; e++) {
      assertThat(fitting[e]).as("proposals that fit edition %d", e).isGreaterThan(50);
      assertThat(refused[e]).as("proposals refused by edition %d", e).isGreaterThan(50);
      assertThat(fittingOutOfOrder[e]).as("proposals answering out of the form's order that fit edition %d", e).isGreaterThan(20);
    }
  }
}
