package io.github.kipp.format.internal;

import static io.github.kipp.format.internal.Wire.enumValue;
import static io.github.kipp.format.internal.Wire.list;
import static io.github.kipp.format.internal.Wire.nested;
import static io.github.kipp.format.internal.Wire.parse;
import static io.github.kipp.format.internal.Wire.parseAll;
import static io.github.kipp.format.internal.Wire.required;
import static java.util.Objects.requireNonNull;

import io.github.kipp.core.CategoryId;
import io.github.kipp.core.EditionId;
import io.github.kipp.core.GroupId;
import io.github.kipp.core.InnovationId;
import io.github.kipp.core.InvalidInputException;
import io.github.kipp.core.ProposalId;
import io.github.kipp.core.innovation.Attachment;
import io.github.kipp.core.innovation.AttachmentKind;
import io.github.kipp.core.innovation.DatePrecision;
import io.github.kipp.core.innovation.ImplementationStart;
import io.github.kipp.core.innovation.Innovation;
import io.github.kipp.core.innovation.Proposal;
import io.github.kipp.core.innovation.ProposalSection;
import io.github.kipp.core.innovation.Replication;
import io.github.kipp.core.innovation.SdgTarget;
import io.github.kipp.core.innovation.Video;
import io.github.kipp.core.institution.Institution;
import io.github.kipp.core.institution.Unit;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** Wire records of innovations and proposals. */
public final class InnovationWire {

  private static final Pattern MID_YEAR = Pattern.compile("mid-(\\d{4})");
  private static final Pattern YEAR = Pattern.compile("\\d{4}");
  private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");

  private InnovationWire() {}

  /**
   * Parses the compact form of a start, as {@link ImplementationStart#toString()} writes it:
   * {@code 2018-04-01}, {@code 2018-04}, {@code mid-2019} or {@code 2019}.
   *
   * @param text the text
   * @param field the field, for the message
   * @return the start
   * @throws InvalidInputException if the text has none of these forms
   */
  public static ImplementationStart compactStart(String text, String field) {
    try {
      Matcher mid = MID_YEAR.matcher(text);
      if (mid.matches()) {
        return ImplementationStart.midYear(Year.parse(mid.group(1)));
      }
      if (YEAR.matcher(text).matches()) {
        return ImplementationStart.ofYear(Year.parse(text));
      }
      if (MONTH.matcher(text).matches()) {
        return ImplementationStart.ofMonth(YearMonth.parse(text));
      }
      return ImplementationStart.of(LocalDate.parse(text));
    } catch (DateTimeParseException e) {
      throw Wire.fail(FormatMessages.violation("kipp.json.time", field, text, "expectedEn", Expected.START.english(), "expectedId", Expected.START.indonesian()));
    }
  }

  /** {@link ImplementationStart}: the earliest day of the range and the precision. */
  @WireRecord
  public record StartW(@Nullable String date, @Nullable String precision) {
    static StartW of(ImplementationStart s) {
      return new StartW(s.earliest().toString(), s.precision().name());
    }

    ImplementationStart toDomain() {
      Wire.Fields f = new Wire.Fields();
      LocalDate d = f.read(() -> Wire.date(date, "date"));
      DatePrecision p = f.read(() -> enumValue(precision, "precision", DatePrecision.class));
      f.check();
      return ImplementationStart.of(requireNonNull(d), requireNonNull(p));
    }
  }

  /** {@link ProposalSection}. */
  @WireRecord
  public record SectionW(@Nullable String section, @Nullable String text) {
    static SectionW of(ProposalSection s) {
      return new SectionW(s.section().value(), s.text());
    }

    ProposalSection toDomain() {
      Wire.Fields f = new Wire.Fields();
      io.github.kipp.core.SectionId id = f.read(() -> parse(section, "section", ReadIds.SECTION));
      String t = f.read(() -> required(text, "text", Expected.TEXT));
      f.check();
      return nested("", () -> ProposalSection.of(requireNonNull(id), requireNonNull(t)));
    }
  }

  /** {@link Attachment}. */
  @WireRecord
  public record AttachmentW(@Nullable String name, @Nullable String kind, @Nullable Long sizeBytes) {
    static AttachmentW of(Attachment a) {
      return new AttachmentW(a.name(), a.kind().name(), a.sizeBytes());
    }

    Attachment toDomain() {
      Wire.checkFields(
          () -> required(name, "name", Expected.TEXT),
          () -> enumValue(kind, "kind", AttachmentKind.class),
          () -> required(sizeBytes, "sizeBytes", Expected.INTEGER));
      String n = required(name, "name", Expected.TEXT);
      AttachmentKind k = enumValue(kind, "kind", AttachmentKind.class);
      long s = required(sizeBytes, "sizeBytes", Expected.INTEGER);
      return nested("", () -> Attachment.of(n, k, s));
    }
  }

  /** {@link Video}. */
  @WireRecord
  public record VideoW(@Nullable String duration, @Nullable Integer height, @Nullable String link) {
    static VideoW of(Video v) {
      return new VideoW(v.duration().toString(), v.height(), v.link().toString());
    }

    Video toDomain() {
      Wire.Fields f = new Wire.Fields();
      java.time.Duration d = f.read(() -> Wire.duration(duration, "duration"));
      Integer h = f.read(() -> required(height, "height", Expected.INTEGER));
      java.net.URI l = f.read(() -> Wire.link(link, "link"));
      f.check();
      return nested("", () -> Video.of(requireNonNull(d), requireNonNull(h), requireNonNull(l)));
    }
  }

  /** {@link Replication}. */
  @WireRecord
  public record ReplicationW(@Nullable List<String> sources, @Nullable String adaptation) {
    static ReplicationW of(Replication r) {
      return new ReplicationW(r.sources().stream().map(InnovationId::value).toList(), r.adaptation());
    }

    Replication toDomain() {
      Wire.checkFields(() -> parseAll(sources, "sources", InnovationId::of), () -> required(adaptation, "adaptation", Expected.TEXT));
      List<InnovationId> s = parseAll(sources, "sources", InnovationId::of);
      String a = required(adaptation, "adaptation", Expected.TEXT);
      return nested("", () -> Replication.of(s, a));
    }
  }

  /** {@link Innovation}; the institution and unit are whole objects, or ids inside a document. */
  @WireRecord
  public record InnovationW(
      @Nullable String id,
      @Nullable String title,
      @Nullable String expansion,
      @WireForm(WireForm.Form.INSTITUTION) @Nullable Institution institution,
      @WireForm(WireForm.Form.UNIT) @Nullable Unit unit,
      @Nullable ImplementationStart start) {
    static InnovationW of(Innovation i) {
      return new InnovationW(i.id().value(), i.title(), i.expansion().orElse(null), i.institution(), i.unit(), i.start());
    }

    Innovation toDomain() {
      Wire.Fields f = new Wire.Fields();
      InnovationId i = f.read(() -> parse(id, "id", InnovationId::of));
      String t = f.read(() -> required(title, "title", Expected.TEXT));
      Institution in = f.read(() -> required(institution, "institution", Expected.INSTITUTION));
      Unit u = f.read(() -> required(unit, "unit", Expected.UNIT));
      ImplementationStart s = f.read(() -> required(start, "start", Expected.OBJECT));
      f.check();
      return nested("", () -> Innovation.of(requireNonNull(i), requireNonNull(t), Optional.ofNullable(expansion), requireNonNull(in),
          requireNonNull(u), requireNonNull(s)));
    }
  }

  /** {@link Proposal}. */
  @WireRecord
  public record ProposalW(
      @Nullable String id,
      @Nullable Innovation innovation,
      @Nullable String edition,
      @Nullable String group,
      @Nullable String category,
      @Nullable List<String> sdgs,
      @Nullable List<ProposalSection> sections,
      @Nullable List<Attachment> attachments,
      @Nullable Video video,
      @Nullable Boolean pandemicRelated,
      @Nullable Replication replication) {
    static ProposalW of(Proposal p) {
      return new ProposalW(
          p.id().value(),
          p.innovation(),
          p.edition().value(),
          p.group().value(),
          p.category().value(),
          p.sdgs().stream().map(SdgTarget::toString).toList(),
          p.sections(),
          p.attachments(),
          p.video().orElse(null),
          p.pandemicRelated(),
          p.replication().orElse(null));
    }

    Proposal toDomain() {
      Wire.Fields f = new Wire.Fields();
      ProposalId i = f.read(() -> parse(id, "id", ProposalId::of));
      Innovation in = f.read(() -> required(innovation, "innovation", Expected.OBJECT));
      EditionId e = f.read(() -> parse(edition, "edition", EditionId::of));
      GroupId g = f.read(() -> parse(group, "group", ReadIds.GROUP));
      CategoryId c = f.read(() -> parse(category, "category", ReadIds.CATEGORY));
      List<SdgTarget> goals = f.read(() -> parseAll(sdgs, "sdgs", SdgTarget::parse));
      List<ProposalSection> answered = f.read(() -> list(sections, "sections"));
      List<Attachment> attached = f.read(() -> list(attachments, "attachments"));
      f.check();
      Proposal.Builder b = Proposal.newBuilder()
          .id(requireNonNull(i))
          .innovation(requireNonNull(in))
          .edition(requireNonNull(e))
          .group(requireNonNull(g))
          .category(requireNonNull(c))
          .sdgs(requireNonNull(goals))
          .sections(requireNonNull(answered))
          .attachments(requireNonNull(attached))
          .pandemicRelated(Wire.flag(pandemicRelated));
      if (video != null) {
        b.video(video);
      }
      if (replication != null) {
        b.replication(replication);
      }
      return nested("", b::build);
    }
  }

  /**
   * Returns the mappings of this file.
   *
   * @return the mappings
   */
  public static List<Mapping<?, ?>> mappings() {
    return List.of(
        Mapping.of(ImplementationStart.class, StartW.class, StartW::of, StartW::toDomain),
        Mapping.of(ProposalSection.class, SectionW.class, SectionW::of, SectionW::toDomain),
        Mapping.of(Attachment.class, AttachmentW.class, AttachmentW::of, AttachmentW::toDomain),
        Mapping.of(Video.class, VideoW.class, VideoW::of, VideoW::toDomain),
        Mapping.of(Replication.class, ReplicationW.class, ReplicationW::of, ReplicationW::toDomain),
        Mapping.of(Innovation.class, InnovationW.class, InnovationW::of, InnovationW::toDomain),
        Mapping.of(Proposal.class, ProposalW.class, ProposalW::of, ProposalW::toDomain));
  }
}
