package io.github.kipp.format.internal;

import static io.github.kipp.format.internal.Wire.enumValue;
import static io.github.kipp.format.internal.Wire.list;
import static io.github.kipp.format.internal.Wire.nested;
import static io.github.kipp.format.internal.Wire.parse;
import static io.github.kipp.format.internal.Wire.parseAll;
import static io.github.kipp.format.internal.Wire.required;

import com.google.common.collect.ImmutableSortedSet;
import io.github.kipp.core.CategoryId;
import io.github.kipp.core.Citation;
import io.github.kipp.core.EditionId;
import io.github.kipp.core.GroupId;
import io.github.kipp.core.LocalizedText;
import io.github.kipp.core.SectionId;
import io.github.kipp.core.edition.Category;
import io.github.kipp.core.edition.Edition;
import io.github.kipp.core.innovation.AttachmentKind;
import io.github.kipp.core.edition.Extension;
import io.github.kipp.core.edition.InnovationGroup;
import io.github.kipp.core.edition.Phase;
import io.github.kipp.core.edition.Schedule;
import io.github.kipp.core.edition.SectionSpec;
import io.github.kipp.core.edition.VideoRules;
import io.github.kipp.core.edition.Window;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;

/** Wire records of editions and their schedules. */
public final class EditionWire {

  private EditionWire() {}

  /** {@link Extension}. */
  @WireRecord
  public record ExtensionW(@Nullable String closes, @Nullable Citation basis) {
    static ExtensionW of(Extension e) {
      return new ExtensionW(Wire.zoned(e.closes()), e.basis());
    }

    Extension toDomain() {
      Wire.checkFields(() -> Wire.zoned(closes, "closes"), () -> required(basis, "basis", Expected.OBJECT));
      return new Extension(Wire.zoned(closes, "closes"), required(basis, "basis", Expected.OBJECT));
    }
  }

  /** {@link Window}: the opening, the close first published, and the extensions in order. */
  @WireRecord
  public record WindowW(@Nullable String opens, @Nullable String closes, @Nullable List<Extension> extensions) {
    static WindowW of(Window w) {
      return new WindowW(Wire.zoned(w.opens()), Wire.zoned(w.originalClose()), w.extensions());
    }

    Window toDomain() {
      Wire.checkFields(() -> Wire.zoned(opens, "opens"), () -> Wire.zoned(closes, "closes"), () -> list(extensions, "extensions"));
      ZonedDateTime o = Wire.zoned(opens, "opens");
      ZonedDateTime c = Wire.zoned(closes, "closes");
      Window w = nested("", () -> Window.of(o, c));
      List<Extension> ext = list(extensions, "extensions");
      for (int i = 0; i < ext.size(); i++) {
        Extension e = ext.get(i);
        Window current = w;
        w = nested("extensions[" + i + "]", () -> current.extendTo(e.closes(), e.basis()));
      }
      return w;
    }
  }

  /** {@link InnovationGroup}. */
  @WireRecord
  public record GroupW(@Nullable String id, @Nullable LocalizedText name, @Nullable Boolean byInvitation, @Nullable Boolean requiresReplication) {
    static GroupW of(InnovationGroup g) {
      return new GroupW(g.id().value(), g.name(), g.byInvitation(), g.requiresReplication());
    }

    InnovationGroup toDomain() {
      Wire.checkFields(() -> parse(id, "id", GroupId::of), () -> required(name, "name", Expected.OBJECT));
      return new InnovationGroup(
          parse(id, "id", GroupId::of), required(name, "name", Expected.OBJECT), Wire.flag(byInvitation), Wire.flag(requiresReplication));
    }
  }

  /** {@link Category}. */
  @WireRecord
  public record CategoryW(@Nullable String id, @Nullable LocalizedText name) {
    static CategoryW of(Category c) {
      return new CategoryW(c.id().value(), c.name());
    }

    Category toDomain() {
      Wire.checkFields(() -> parse(id, "id", CategoryId::of), () -> required(name, "name", Expected.OBJECT));
      return new Category(parse(id, "id", CategoryId::of), required(name, "name", Expected.OBJECT));
    }
  }

  /** {@link SectionSpec}. */
  @WireRecord
  public record SectionSpecW(
      @Nullable String id,
      @Nullable LocalizedText name,
      @WireForm(WireForm.Form.DECIMAL) @Nullable BigDecimal weight,
      @Nullable Integer maxWords,
      @Nullable Boolean required,
      @Nullable List<String> groups) {
    static SectionSpecW of(SectionSpec s) {
      return new SectionSpecW(
          s.id().value(),
          s.name(),
          s.weight().orElse(null),
          s.maxWords().isPresent() ? s.maxWords().getAsInt() : null,
          s.required(),
          s.groups().stream().map(GroupId::value).toList());
    }

    SectionSpec toDomain() {
      Wire.checkFields(
          () -> parse(id, "id", SectionId::of), () -> Wire.required(name, "name", Expected.OBJECT), () -> parseAll(groups, "groups", GroupId::of));
      SectionId i = parse(id, "id", SectionId::of);
      LocalizedText n = Wire.required(name, "name", Expected.OBJECT);
      List<GroupId> g = parseAll(groups, "groups", GroupId::of);
      return nested("", () -> new SectionSpec(
          i, n, Optional.ofNullable(weight), maxWords == null ? OptionalInt.empty() : OptionalInt.of(maxWords), Wire.flag(required), ImmutableSortedSet.copyOf(g)));
    }
  }

  /** {@link VideoRules}. */
  @WireRecord
  public record VideoRulesW(@Nullable Boolean required, @Nullable String maxDuration, @Nullable Integer minHeight) {
    static VideoRulesW of(VideoRules r) {
      return new VideoRulesW(
          r.required(), r.maxDuration().map(Duration::toString).orElse(null), r.minHeight().isPresent() ? r.minHeight().getAsInt() : null);
    }

    VideoRules toDomain() {
      Duration d = maxDuration == null ? null : Wire.duration(maxDuration, "maxDuration");
      return nested("", () -> new VideoRules(
          Wire.flag(required), Optional.ofNullable(d), minHeight == null ? OptionalInt.empty() : OptionalInt.of(minHeight)));
    }
  }

  /** {@link Edition}; the schedule is an object of windows keyed by phase. */
  @WireRecord
  public record EditionW(
      @Nullable String id,
      @Nullable Integer year,
      @Nullable LocalizedText title,
      @Nullable LocalizedText theme,
      @Nullable String zone,
      @Nullable Schedule schedule,
      @Nullable List<InnovationGroup> groups,
      @Nullable List<Category> categories,
      @Nullable List<SectionSpec> sections,
      @Nullable VideoRules videoRules,
      @Nullable Integer minimumSdgs,
      @Nullable List<String> requiredAttachments) {
    static EditionW of(Edition e) {
      return new EditionW(
          e.id().value(),
          e.year(),
          e.title(),
          e.theme().orElse(null),
          e.zone().getId(),
          e.schedule(),
          e.groups(),
          e.categories(),
          e.sections(),
          e.videoRules(),
          e.minimumSdgs(),
          // Written only when the edition requires attachments, so documents of other editions keep their form.
          e.requiredAttachments().isEmpty() ? null : e.requiredAttachments().stream().map(Enum::name).toList());
    }

    Edition toDomain() {
      Wire.checkFields(
          () -> parse(id, "id", EditionId::of),
          () -> required(year, "year", Expected.INTEGER),
          () -> required(title, "title", Expected.OBJECT),
          () -> Wire.zone(zone, "zone"),
          () -> list(groups, "groups"),
          () -> list(categories, "categories"),
          () -> list(sections, "sections"));
      Edition.Builder b = Edition.newBuilder()
          .id(parse(id, "id", EditionId::of))
          .year(required(year, "year", Expected.INTEGER))
          .title(required(title, "title", Expected.OBJECT))
          .zone(Wire.zone(zone, "zone"));
      list(groups, "groups").forEach(b::group);
      list(categories, "categories").forEach(b::category);
      list(sections, "sections").forEach(b::section);
      if (theme != null) {
        b.theme(theme);
      }
      if (schedule != null) {
        b.schedule(schedule);
      }
      if (videoRules != null) {
        b.videoRules(videoRules);
      }
      if (minimumSdgs != null) {
        b.minimumSdgs(minimumSdgs);
      }
      List<String> attachments = list(requiredAttachments, "requiredAttachments");
      for (int i = 0; i < attachments.size(); i++) {
        b.requiredAttachment(Wire.enumValue(attachments.get(i), "requiredAttachments[" + i + "]", AttachmentKind.class));
      }
      return nested("", b::build);
    }
  }

  /**
   * Returns the windows of a schedule keyed by phase name, in phase order: a schedule's JSON form.
   *
   * @param value the schedule
   * @return the windows
   */
  public static Map<String, Window> windows(Schedule value) {
    Map<String, Window> windows = new LinkedHashMap<>();
    value.windows().forEach((p, w) -> windows.put(p.name(), w));
    return windows;
  }

  /**
   * Makes a schedule of windows keyed by phase name.
   *
   * @param read the windows as read, possibly null
   * @return the schedule
   * @throws io.github.kipp.core.InvalidInputException if a key is not a phase or a window is null
   */
  public static Schedule schedule(@Nullable Map<String, Window> read) {
    Map<Phase, Window> windows = new EnumMap<>(Phase.class);
    Wire.map(read, "").forEach((k, w) -> windows.put(enumValue(k, k, Phase.class), w));
    return Schedule.of(windows);
  }

  /**
   * Returns the mappings of this file.
   *
   * @return the mappings
   */
  public static List<Mapping<?, ?>> mappings() {
    return List.of(
        Mapping.of(Extension.class, ExtensionW.class, ExtensionW::of, ExtensionW::toDomain),
        Mapping.of(Window.class, WindowW.class, WindowW::of, WindowW::toDomain),
        Mapping.of(InnovationGroup.class, GroupW.class, GroupW::of, GroupW::toDomain),
        Mapping.of(Category.class, CategoryW.class, CategoryW::of, CategoryW::toDomain),
        Mapping.of(SectionSpec.class, SectionSpecW.class, SectionSpecW::of, SectionSpecW::toDomain),
        Mapping.of(VideoRules.class, VideoRulesW.class, VideoRulesW::of, VideoRulesW::toDomain),
        Mapping.of(Edition.class, EditionW.class, EditionW::of, EditionW::toDomain));
  }
}
