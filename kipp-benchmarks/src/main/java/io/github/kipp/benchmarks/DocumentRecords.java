package io.github.kipp.benchmarks;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A competition document as plain Java records for Jackson's data binding: the floor of document
 * reading. Every field of the document is bound, as text, numbers and lists, and nothing is checked:
 * no identifiers, dates, limits or cross-references, and no domain values are made.
 */
public final class DocumentRecords {

  private DocumentRecords() {}

  /** The document. */
  public record Document(String formatVersion, @Nullable Map<String, Object> module, Edition edition, List<Institution> institutions,
      List<Unit> units, List<Proposal> proposals, List<Map<String, Object>> statuses, Map<String, Panel> panels,
      Map<String, Assignment> assignments, Map<String, List<Sheet>> scoreSheets, List<PastResult> history) {}

  /** A text in both languages. */
  public record Text(String indonesian, String english) {}

  /** A citation. */
  public record Citation(String instrument, String provision, String confidence, List<String> sources, String note) {}

  /** A window's extension. */
  public record Extension(String closes, Citation basis) {}

  /** A schedule's window. */
  public record Window(String opens, String closes, List<Extension> extensions) {}

  /** A group. */
  public record Group(String id, Text name, boolean byInvitation, boolean requiresReplication) {}

  /** A category. */
  public record Category(String id, Text name) {}

  /** A section of the form. */
  public record Section(String id, Text name, @Nullable BigDecimal weight, @Nullable Integer maxWords, boolean required, List<String> groups) {}

  /** The video rules. */
  public record VideoRules(boolean required, @Nullable String maxDuration, @Nullable Integer minHeight) {}

  /** The edition. */
  public record Edition(String id, int year, Text title, @Nullable Text theme, String zone, Map<String, Window> schedule, List<Group> groups,
      List<Category> categories, List<Section> sections, VideoRules videoRules, int minimumSdgs, @Nullable List<String> requiredAttachments) {}

  /** An institution. */
  public record Institution(String id, String name, String type, @Nullable String region, @Nullable String owner) {}

  /** A unit. */
  public record Unit(String id, String name, String institution, String kind, @Nullable String parent) {}

  /** An implementation start. */
  public record Start(String date, String precision) {}

  /** An innovation. */
  public record Innovation(String id, String title, @Nullable String expansion, String institution, String unit, Start start) {}

  /** An answered section. */
  public record Answer(String section, String text) {}

  /** An attachment. */
  public record Attachment(String name, String kind, long sizeBytes) {}

  /** A video. */
  public record Video(String duration, int height, String link) {}

  /** A replication. */
  public record Replication(List<String> sources, String adaptation) {}

  /** A proposal. */
  public record Proposal(String id, Innovation innovation, String edition, String group, String category, List<String> sdgs, List<Answer> sections,
      List<Attachment> attachments, @Nullable Video video, boolean pandemicRelated, @Nullable Replication replication) {}

  /** An evaluator. */
  public record Evaluator(String id, String institution, List<String> expertise, String role) {}

  /** A panel. */
  public record Panel(List<Evaluator> evaluators) {}

  /** An assignment. */
  public record Assignment(Map<String, List<String>> evaluatorsByProposal) {}

  /** A score sheet. */
  public record Sheet(String proposal, String evaluator, String stage, Map<String, BigDecimal> scores, String submittedAt) {}

  /** A past result. */
  public record PastResult(String innovation, int year, String tier, String group) {}
}
