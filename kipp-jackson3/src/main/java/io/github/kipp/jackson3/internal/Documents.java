package io.github.kipp.jackson3.internal;

import io.github.kipp.format.internal.ProblemLog;
import io.github.kipp.core.InstitutionId;
import io.github.kipp.core.InvalidInputException;
import io.github.kipp.core.UnitId;
import io.github.kipp.core.institution.Institution;
import io.github.kipp.core.institution.Unit;
import io.github.kipp.format.internal.DocumentForms;
import io.github.kipp.format.internal.DocumentForms.CompetitionW;
import io.github.kipp.format.internal.Expected;
import io.github.kipp.format.internal.FormatMessages;
import io.github.kipp.format.internal.Refs;
import io.github.kipp.format.internal.SheetChecks;
import io.github.kipp.format.internal.Wire;
import io.github.kipp.format.CompetitionDocument;
import io.github.kipp.scoring.CriteriaSet;
import io.github.kipp.core.StageId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.deser.std.StdDeserializer;
import tools.jackson.databind.ser.std.StdSerializer;

/**
 * The Jackson 3 form of the top-level documents, over the wire records of {@link DocumentForms}: a
 * competition document lists its institutions and units once and names them by id elsewhere.
 */
public final class Documents {

  private static final String FORMAT_VERSION = "formatVersion";
  private static final String INSTITUTIONS = "institutions";
  private static final String UNITS = "units";

  private Documents() {}

  private static CompetitionW wire(CompetitionDocument d) {
    return CompetitionW.of(d.edition(), d.institutions(), d.units(), d.proposals(), d.statuses(), d.panels(), d.assignments(), d.scoreSheets(),
        d.history(), d.module());
  }

  @SuppressWarnings("unchecked") // the attribute is set by a read that checks sheets, with this type
  private static @Nullable Map<StageId, CriteriaSet> criteria(DeserializationContext ctxt) {
    return (Map<StageId, CriteriaSet>) ctxt.getAttribute(SheetChecks.CRITERIA);
  }

  /** Writes a competition document, with institutions and units named by id inside proposals and panels. */
  public static final class CompetitionSerializer extends StdSerializer<CompetitionDocument> {

    /** Creates the serializer. */
    public CompetitionSerializer() {
      super(CompetitionDocument.class);
    }

    @Override
    public void serialize(CompetitionDocument value, JsonGenerator gen, SerializationContext ctxt) {
      Object before = ctxt.getAttribute(Refs.BY_ID);
      ctxt.setAttribute(Refs.BY_ID, true);
      try {
        ctxt.writeValue(gen, wire(value));
      } finally {
        ctxt.setAttribute(Refs.BY_ID, before);
      }
    }
  }

  /**
   * Reads a competition document through a tree: its format version first, then its institutions
   * and units, then the rest with ids resolved against them.
   */
  public static final class CompetitionDeserializer extends StdDeserializer<CompetitionDocument> {

    /** Creates the deserializer. */
    public CompetitionDeserializer() {
      super(CompetitionDocument.class);
    }

    @Override
    public CompetitionDocument deserialize(JsonParser p, DeserializationContext ctxt) {
      JsonNode tree = ctxt.readTree(p);
      if (tree == null || !tree.isObject()) {
        return (CompetitionDocument) Objects.requireNonNull(ctxt.handleUnexpectedToken(CompetitionW.class, p));
      }
      JsonNode version = tree.get(FORMAT_VERSION);
      DocumentForms.checkVersion(version == null || version.isNull() ? null : text(version));
      Map<InstitutionId, Institution> institutions = new HashMap<>();
      preRead(ctxt, tree, INSTITUTIONS, Institution.class).forEach(i -> institutions.put(i.id(), i));
      Map<UnitId, Unit> units = new HashMap<>();
      preRead(ctxt, tree, UNITS, Unit.class).forEach(u -> units.put(u.id(), u));
      Object beforeInstitutions = ctxt.getAttribute(Refs.INSTITUTIONS);
      Object beforeUnits = ctxt.getAttribute(Refs.UNITS);
      ctxt.setAttribute(Refs.INSTITUTIONS, institutions);
      ctxt.setAttribute(Refs.UNITS, units);
      try {
        return ctxt.readTreeAsValue(tree, CompetitionW.class).toDomain(criteria(ctxt));
      } finally {
        ctxt.setAttribute(Refs.INSTITUTIONS, beforeInstitutions);
        ctxt.setAttribute(Refs.UNITS, beforeUnits);
      }
    }

    /** The format version as written: a JSON string, never a number or boolean that reads like one. */
    private static String text(JsonNode version) {
      if (!version.isString()) {
        throw Wire.fail(FormatMessages.violation("kipp.json.wrongType", FORMAT_VERSION, version.toString(),
            "expectedEn", Expected.TEXT.english(), "expectedId", Expected.TEXT.indonesian()));
      }
      return version.asString();
    }

    private static <T> List<T> preRead(DeserializationContext ctxt, JsonNode tree, String field, Class<T> type) {
      JsonNode node = tree.get(field);
      if (node == null || node.isNull()) {
        return List.of();
      }
      JavaType listType = ctxt.getTypeFactory().constructCollectionType(List.class, type);
      try {
        ProblemLog problems = Problems.of(ctxt);
        @Nullable List<T> read = problems == null ? ctxt.readTreeAsValue(node, listType)
            : problems.<@Nullable List<T>, RuntimeException>under(field, () -> ctxt.readTreeAsValue(node, listType));
        return read == null ? List.of() : read.stream().filter(Objects::nonNull).toList();
      } catch (JacksonException e) {
        throw e.prependPath(CompetitionW.class, field);
      } catch (InvalidInputException e) {
        throw JacksonException.wrapWithPath(e, CompetitionW.class, field);
      }
    }
  }
}
