package io.github.kipp.format.internal;

import static io.github.kipp.format.internal.Wire.nested;
import static io.github.kipp.format.internal.Wire.parse;

import com.google.common.collect.ImmutableList;
import io.github.kipp.format.KippFormatException;
import io.github.kipp.core.CategoryId;
import io.github.kipp.core.EditionId;
import io.github.kipp.core.GroupId;
import io.github.kipp.core.InnovationId;
import io.github.kipp.core.InstitutionId;
import io.github.kipp.core.ProposalId;
import io.github.kipp.core.SectionId;
import io.github.kipp.core.UnitId;
import io.github.kipp.core.innovation.Attachment;
import io.github.kipp.core.innovation.ImplementationStart;
import io.github.kipp.core.innovation.Innovation;
import io.github.kipp.core.innovation.Proposal;
import io.github.kipp.core.innovation.ProposalSection;
import io.github.kipp.core.innovation.Replication;
import io.github.kipp.core.innovation.SdgTarget;
import io.github.kipp.core.innovation.Video;
import io.github.kipp.core.institution.Institution;
import io.github.kipp.core.institution.Unit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The CSV form of proposals: one row per proposal, one column per answered section. The same for both
 * Jackson lines; the attachments cell holds JSON, which the line writes and reads ({@link Cells}).
 */
public final class CsvProposals {

  /** The prefix of a section column. */
  public static final String SECTION = "section:";

  /** The fixed columns, in order. */
  public static final ImmutableList<String> COLUMNS = ImmutableList.of(
      "id", "edition", "group", "category", "innovation", "title", "expansion", "institution", "unit", "start",
      "sdgs", "pandemicRelated", "videoDuration", "videoHeight", "videoLink", "replicates", "adaptation", "attachments");

  /** The columns every file must have. */
  public static final ImmutableList<String> REQUIRED = ImmutableList.of(
      "id", "edition", "group", "category", "innovation", "title", "institution", "unit", "start");

  private final Cells json;

  /** How a Jackson line writes and reads the JSON of the attachments cell. */
  public interface Cells {
    /**
     * Writes attachments as a JSON list.
     *
     * @param attachments the attachments, not empty
     * @return the JSON
     */
    String write(List<Attachment> attachments);

    /**
     * Reads a JSON list of attachments.
     *
     * @param text the JSON
     * @return the attachments
     * @throws KippFormatException if the JSON is malformed or not a list of valid attachments
     */
    List<Attachment> read(String text);
  }

  /**
   * Creates the CSV form.
   *
   * @param json the line's JSON of the attachments cell
   */
  public CsvProposals(Cells json) {
    this.json = json;
  }

  /**
   * Returns the header for proposals: the fixed columns, then a section column for each section
   * answered by any proposal, in order of first appearance.
   *
   * @param proposals the proposals
   * @return the header
   */
  public static List<String> header(List<Proposal> proposals) {
    Set<String> sections = new LinkedHashSet<>();
    proposals.forEach(p -> p.sections().forEach(s -> sections.add(SECTION + s.section().value())));
    List<String> header = new ArrayList<>(COLUMNS);
    header.addAll(sections);
    return header;
  }

  /**
   * Returns the cells of a proposal.
   *
   * @param p the proposal
   * @return the cells by column
   */
  public Map<String, String> row(Proposal p) {
    Map<String, String> row = new LinkedHashMap<>();
    Innovation i = p.innovation();
    row.put("id", p.id().value());
    row.put("edition", p.edition().value());
    row.put("group", p.group().value());
    row.put("category", p.category().value());
    row.put("innovation", i.id().value());
    row.put("title", i.title());
    row.put("expansion", i.expansion().orElse(""));
    row.put("institution", i.institution().id().value());
    row.put("unit", i.unit().id().value());
    row.put("start", i.start().toString());
    row.put("sdgs", p.sdgs().stream().map(SdgTarget::toString).collect(Collectors.joining(";")));
    row.put("pandemicRelated", Boolean.toString(p.pandemicRelated()));
    row.put("videoDuration", p.video().map(v -> v.duration().toString()).orElse(""));
    row.put("videoHeight", p.video().map(v -> Integer.toString(v.height())).orElse(""));
    row.put("videoLink", p.video().map(v -> v.link().toString()).orElse(""));
    row.put("replicates", p.replication().map(r -> r.sources().stream().map(InnovationId::value).collect(Collectors.joining(";"))).orElse(""));
    row.put("adaptation", p.replication().map(Replication::adaptation).orElse(""));
    row.put("attachments", p.attachments().isEmpty() ? "" : json.write(p.attachments()));
    p.sections().forEach(s -> row.put(SECTION + s.section().value(), s.text()));
    return row;
  }

  /**
   * Reads the proposal of a row.
   *
   * @param row the cells by column
   * @param path the row's path, such as {@code rows[3]}
   * @param institutions the institutions ids resolve to
   * @param units the units ids resolve to
   * @return the proposal
   * @throws io.github.kipp.core.InvalidInputException if a cell is refused
   */
  public Proposal proposal(Map<String, String> row, String path, Map<InstitutionId, Institution> institutions, Map<UnitId, Unit> units) {
    String at = path + ".";
    InstitutionId institutionId = parse(cell(row, "institution"), at + "institution", InstitutionId::of);
    Institution institution = known(institutions, institutionId, at + "institution", "institution", "instansi");
    UnitId unitId = parse(cell(row, "unit"), at + "unit", UnitId::of);
    Unit unit = known(units, unitId, at + "unit", "unit", "unit");
    String startText = Wire.required(cell(row, "start"), at + "start", Expected.START);
    ImplementationStart start = InnovationWire.compactStart(startText, at + "start");
    InnovationId innovationId = parse(cell(row, "innovation"), at + "innovation", InnovationId::of);
    String title = Wire.required(cell(row, "title"), at + "title", Expected.TEXT);
    String expansion = cell(row, "expansion");
    Innovation innovation = nested(path, () -> Innovation.of(innovationId, title, java.util.Optional.ofNullable(expansion), institution, unit, start));
    Proposal.Builder b = Proposal.newBuilder()
        .id(parse(cell(row, "id"), at + "id", ProposalId::of))
        .innovation(innovation)
        .edition(parse(cell(row, "edition"), at + "edition", EditionId::of))
        .group(parse(cell(row, "group"), at + "group", GroupId::of))
        .category(parse(cell(row, "category"), at + "category", CategoryId::of))
        .sdgs(parseList(cell(row, "sdgs"), at + "sdgs", SdgTarget::parse))
        .pandemicRelated(bool(cell(row, "pandemicRelated"), at + "pandemicRelated"));
    for (Map.Entry<String, String> e : row.entrySet()) {
      if (e.getKey().startsWith(SECTION) && e.getValue() != null && !e.getValue().isEmpty()) {
        String column = e.getKey();
        String id = column.substring(SECTION.length());
        SectionId section = parse(id, at + column, SectionId::of);
        b.section(nested(at + column, () -> ProposalSection.of(section, e.getValue())));
      }
    }
    String duration = cell(row, "videoDuration");
    String height = cell(row, "videoHeight");
    String link = cell(row, "videoLink");
    if (duration != null || height != null || link != null) {
      java.time.Duration d = Wire.duration(duration, at + "videoDuration");
      int h = integer(Wire.required(height, at + "videoHeight", Expected.INTEGER), at + "videoHeight");
      java.net.URI l = Wire.link(link, at + "videoLink");
      b.video(Wire.renamed(path, Map.of("duration", "videoDuration", "height", "videoHeight", "link", "videoLink"), () -> Video.of(d, h, l)));
    }
    String replicates = cell(row, "replicates");
    String adaptation = cell(row, "adaptation");
    if (replicates != null || adaptation != null) {
      List<InnovationId> sources = parseList(replicates, at + "replicates", InnovationId::of);
      String a = Wire.required(adaptation, at + "adaptation", Expected.TEXT);
      b.replication(Wire.renamed(path, Map.of("sources", "replicates"), () -> Replication.of(sources, a)));
    }
    String attachments = cell(row, "attachments");
    if (attachments != null) {
      b.attachments(attachments(attachments, at + "attachments"));
    }
    return nested(path, b::build);
  }

  private List<Attachment> attachments(String text, String field) {
    try {
      return json.read(text);
    } catch (KippFormatException e) {
      throw io.github.kipp.core.InvalidInputException.of("attachments", e.violations().stream()
          .map(v -> v.under(field)).collect(ImmutableList.toImmutableList()));
    }
  }

  /**
   * Returns a cell's text, or null when the column is absent or the cell empty.
   *
   * @param row the row
   * @param column the column
   * @return the text, or null
   */
  static @Nullable String cell(Map<String, String> row, String column) {
    String v = row.get(column);
    return v == null || v.isEmpty() ? null : v;
  }

  static <T> ImmutableList<T> parseList(@Nullable String text, String field, java.util.function.Function<String, T> parser) {
    if (text == null) {
      return ImmutableList.of();
    }
    String[] parts = text.split(";", -1);
    List<T> out = new ArrayList<>(parts.length);
    for (int i = 0; i < parts.length; i++) {
      out.add(parse(parts[i].strip(), field, parser));
    }
    return ImmutableList.copyOf(out);
  }

  static boolean bool(@Nullable String text, String field) {
    if (text == null || "false".equals(text)) {
      return false;
    }
    if ("true".equals(text)) {
      return true;
    }
    throw Wire.fail(FormatMessages.violation("kipp.json.notAllowed", field, text, "allowed", "true, false"));
  }

  static int integer(String text, String field) {
    try {
      return Integer.parseInt(text.strip());
    } catch (NumberFormatException e) {
      throw Wire.fail(FormatMessages.violation("kipp.json.wrongType", field, text, "expectedEn", Expected.INTEGER.english(), "expectedId", Expected.INTEGER.indonesian()));
    }
  }

  private static <K, V> V known(Map<K, V> known, K key, String field, String kindEn, String kindId) {
    V v = known.get(key);
    if (v == null) {
      String allowed = known.keySet().stream().map(Object::toString).sorted().collect(Collectors.joining(", "));
      throw Wire.fail(FormatMessages.violation("kipp.json.reference", field, key, "kindEn", kindEn, "kindId", kindId, "allowed", allowed.isEmpty() ? "-" : allowed));
    }
    return v;
  }
}
