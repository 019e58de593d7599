package io.github.kipp.format.internal;

import com.google.common.reflect.TypeToken;
import io.github.kipp.core.InstitutionId;
import io.github.kipp.core.StageId;
import io.github.kipp.core.UnitId;
import io.github.kipp.core.edition.Edition;
import io.github.kipp.core.eligibility.PastResult;
import io.github.kipp.core.innovation.Proposal;
import io.github.kipp.core.institution.Institution;
import io.github.kipp.core.institution.Unit;
import io.github.kipp.core.rule.RuleModuleReference;
import io.github.kipp.core.stage.ProposalStatus;
import io.github.kipp.format.CompetitionDocument;
import io.github.kipp.format.internal.DocumentForms.CompetitionW;
import io.github.kipp.scoring.CriteriaSet;
import io.github.kipp.scoring.ScoreSheet;
import io.github.kipp.scoring.panel.Assignment;
import io.github.kipp.scoring.panel.Panel;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Reads a competition document, the same for both Jackson lines over a {@link TokenCursor}: first
 * its format version, then its institutions and units, then the rest with ids resolved against them.
 *
 * <p>A document whose first field is its format version, as kipp writes it, is read from the token
 * stream: fields before the institutions and units are copied and read once both are known, and
 * each field is bound as the wire record would bind it, with the same paths in errors. Any other
 * document, and any parser that does not refuse repeated keys, is read through a tree.
 */
public final class CompetitionReader {

  private static final String FORMAT_VERSION = "formatVersion";
  private static final String INSTITUTIONS = "institutions";
  private static final String UNITS = "units";

  /** The fields of {@link CompetitionW}, in its order. */
  public static final List<String> FIELDS = List.of(
      FORMAT_VERSION, "module", "edition", INSTITUTIONS, UNITS, "proposals", "statuses", "panels", "assignments", "scoreSheets", "history");

  private static final Type INSTITUTION_LIST = new TypeToken<List<Institution>>() {}.getType();
  private static final Type UNIT_LIST = new TypeToken<List<Unit>>() {}.getType();
  private static final Type PROPOSAL_LIST = new TypeToken<List<Proposal>>() {}.getType();
  private static final Type STATUS_LIST = new TypeToken<List<ProposalStatus>>() {}.getType();
  private static final Type PANEL_MAP = new TypeToken<Map<String, Panel>>() {}.getType();
  private static final Type ASSIGNMENT_MAP = new TypeToken<Map<String, Assignment>>() {}.getType();
  private static final Type SHEET_MAP = new TypeToken<Map<String, List<ScoreSheet>>>() {}.getType();
  private static final Type HISTORY_LIST = new TypeToken<List<PastResult>>() {}.getType();

  private CompetitionReader() {}

  /**
   * Reads a competition document from the token the cursor stands on.
   *
   * @param c the cursor
   * @param <B> the line's copy of a value's tokens
   * @param <N> the line's tree node
   * @param <X> the checked exception of the line's parser
   * @return the document
   * @throws X if the parser or the binding fails
   */
  public static <B, N, X extends Exception> CompetitionDocument read(TokenCursor<B, N, X> c) throws X {
    if (!c.streamable()) {
      return fromTree(c, c.readTree());
    }
    String first = c.nextName();
    if (FORMAT_VERSION.equals(first)) {
      String version = c.nextString();
      if (version != null) {
        DocumentForms.checkVersion(version);
        return new Streamed<>(c, version).read();
      }
      N tree = c.emptyObject();
      c.put(tree, FORMAT_VERSION, c.readTree());
      if (c.nextName() != null) {
        c.putAll(tree, c.readTree());
      }
      return fromTree(c, tree);
    }
    return fromTree(c, first != null ? c.readTree() : c.emptyObject());
  }

  @SuppressWarnings("unchecked") // the attribute is set by a read that checks sheets, with this type
  private static @Nullable Map<StageId, CriteriaSet> criteria(TokenCursor<?, ?, ?> c) {
    return (Map<StageId, CriteriaSet>) c.attribute(SheetChecks.CRITERIA);
  }

  private static <B, N, X extends Exception> CompetitionDocument fromTree(TokenCursor<B, N, X> c, @Nullable N tree) throws X {
    if (tree == null || !c.isObject(tree)) {
      return c.notAnObject();
    }
    N version = c.field(tree, FORMAT_VERSION);
    DocumentForms.checkVersion(version == null ? null : text(c, version));
    Map<InstitutionId, Institution> institutions = new HashMap<>();
    CompetitionReader.<Institution, B, N, X>preReadTree(c, tree, INSTITUTIONS, INSTITUTION_LIST).forEach(i -> institutions.put(i.id(), i));
    Map<UnitId, Unit> units = new HashMap<>();
    CompetitionReader.<Unit, B, N, X>preReadTree(c, tree, UNITS, UNIT_LIST).forEach(u -> units.put(u.id(), u));
    Object beforeInstitutions = c.attribute(Refs.INSTITUTIONS);
    Object beforeUnits = c.attribute(Refs.UNITS);
    c.setAttribute(Refs.INSTITUTIONS, institutions);
    c.setAttribute(Refs.UNITS, units);
    try {
      return c.treeDocument(tree).toDomain(criteria(c));
    } finally {
      c.setAttribute(Refs.INSTITUTIONS, beforeInstitutions);
      c.setAttribute(Refs.UNITS, beforeUnits);
    }
  }

  /** The format version as written: a JSON string, never a number or boolean that reads like one. */
  private static <N> String text(TokenCursor<?, N, ?> c, N version) {
    String text = c.string(version);
    if (text == null) {
      throw Wire.fail(FormatMessages.violation("kipp.json.wrongType", FORMAT_VERSION, c.json(version),
          "expectedEn", Expected.TEXT.english(), "expectedId", Expected.TEXT.indonesian()));
    }
    return text;
  }

  /** Reads the institutions or units of a tree before anything else, under the field's path; null items are left out. */
  private static <T, B, N, X extends Exception> List<T> preReadTree(TokenCursor<B, N, X> c, N tree, String field, Type type) throws X {
    N node = c.field(tree, field);
    if (node == null) {
      return List.of();
    }
    ProblemLog problems = c.problems();
    ProblemLog.Part<List<T>, X> read = () -> present(c.readList(node, field, type));
    return problems == null ? read.read() : problems.under(field, read);
  }

  private static <T> List<T> present(@Nullable List<T> read) {
    return read == null ? List.of() : read.stream().filter(Objects::nonNull).toList();
  }

  /**
   * The fields of a competition document read from the token stream, after its format version. The
   * institutions are read first, then the units, then every other field in the order of the
   * document; a field met before both lists are read is copied until they are.
   */
  private static final class Streamed<B, N, X extends Exception> {
    private final TokenCursor<B, N, X> cursor;
    private final String formatVersion;
    private @Nullable RuleModuleReference module;
    private @Nullable Edition edition;
    private @Nullable List<Institution> institutions;
    private @Nullable List<Unit> units;
    private @Nullable List<Proposal> proposals;
    private @Nullable List<ProposalStatus> statuses;
    private @Nullable Map<String, Panel> panels;
    private @Nullable Map<String, Assignment> assignments;
    private @Nullable Map<String, List<ScoreSheet>> scoreSheets;
    private @Nullable List<PastResult> history;
    private final List<String> unknownNames = new ArrayList<>();
    private final List<B> unknownValues = new ArrayList<>();

    Streamed(TokenCursor<B, N, X> cursor, String formatVersion) {
      this.cursor = cursor;
      this.formatVersion = formatVersion;
    }

    CompetitionDocument read() throws X {
      TokenCursor<B, N, X> c = cursor;
      List<String> pendingNames = new ArrayList<>();
      List<B> pendingValues = new ArrayList<>();
      @Nullable B pendingUnits = null;
      boolean institutionsRead = false;
      boolean unitsRead = false;
      boolean resolving = false;
      Object beforeInstitutions = c.attribute(Refs.INSTITUTIONS);
      Object beforeUnits = c.attribute(Refs.UNITS);
      try {
        for (String name = c.nextName(); name != null; name = c.nextName()) {
          c.toValue();
          if (INSTITUTIONS.equals(name)) {
            institutions = preRead(c, name, INSTITUTION_LIST);
            institutionsRead = true;
            if (pendingUnits != null) {
              units = buffered(UNITS, pendingUnits, b -> preRead(b, UNITS, UNIT_LIST));
              pendingUnits = null;
              unitsRead = true;
            }
          } else if (UNITS.equals(name)) {
            if (institutionsRead) {
              units = preRead(c, name, UNIT_LIST);
              unitsRead = true;
            } else {
              pendingUnits = c.copyValue();
            }
          } else if (institutionsRead && unitsRead) {
            if (!resolving) {
              resolving = true;
              resolve(pendingNames, pendingValues);
            }
            field(name, c);
          } else {
            pendingNames.add(name);
            pendingValues.add(c.copyValue());
          }
        }
        if (pendingUnits != null) {
          units = buffered(UNITS, pendingUnits, b -> preRead(b, UNITS, UNIT_LIST));
        }
        if (!resolving) {
          resolve(pendingNames, pendingValues);
        }
        ProblemLog problems = c.problems();
        for (int i = 0; i < unknownNames.size(); i++) {
          if (problems != null) {
            problems.addSkipped(ReadFailures.unknownField(unknownNames.get(i), unknownNames.get(i), FIELDS));
          } else {
            c.unknownField(unknownValues.get(i), unknownNames.get(i));
          }
        }
      } finally {
        c.setAttribute(Refs.INSTITUTIONS, beforeInstitutions);
        c.setAttribute(Refs.UNITS, beforeUnits);
      }
      return new CompetitionW(formatVersion, module, edition, institutions, units, proposals, statuses, panels, assignments, scoreSheets, history)
          .toDomain(criteria(c));
    }

    /** Makes the institutions and units known to references, then reads the fields copied so far. */
    private void resolve(List<String> names, List<B> values) throws X {
      cursor.setAttribute(Refs.INSTITUTIONS, byId(institutions, Institution::id));
      cursor.setAttribute(Refs.UNITS, byId(units, Unit::id));
      for (int i = 0; i < names.size(); i++) {
        String name = names.get(i);
        buffered(name, values.get(i), b -> {
          field(name, b);
          return name;
        });
      }
    }

    /** A read of a copied field's value. */
    @FunctionalInterface
    private interface CopyRead<T, B, N, X extends Exception> {
      @Nullable T read(TokenCursor<B, N, X> c) throws X;
    }

    /** Reads a field's value from its copied tokens, with the field's path before the paths in it. */
    private <T> @Nullable T buffered(String field, B copy, CopyRead<T, B, N, X> read) throws X {
      TokenCursor<B, N, X> b = cursor.replay(copy);
      ProblemLog problems = cursor.problems();
      if (problems == null) {
        return read.read(b);
      }
      b.enter(problems, field);
      try {
        return read.read(b);
      } finally {
        problems.leave();
      }
    }

    private static <K, V> Map<K, V> byId(@Nullable List<V> values, Function<V, K> id) {
      Map<K, V> out = new HashMap<>();
      if (values != null) {
        values.stream().filter(Objects::nonNull).forEach(v -> out.put(id.apply(v), v));
      }
      return out;
    }

    /** Reads the institutions or units as the tree reader reads them before anything else. */
    private static <T, B, N, X extends Exception> @Nullable List<T> preRead(TokenCursor<B, N, X> c, String field, Type type) throws X {
      return c.atNull() ? null : c.readList(null, field, type);
    }

    /** Reads one field as binding {@link CompetitionW} does: null for JSON null, failures under the field's name. */
    private void field(String name, TokenCursor<B, N, X> c) throws X {
      switch (name) {
        case "module" -> module = value(name, c, RuleModuleReference.class);
        case "edition" -> edition = value(name, c, Edition.class);
        case "proposals" -> proposals = value(name, c, PROPOSAL_LIST);
        case "statuses" -> statuses = value(name, c, STATUS_LIST);
        case "panels" -> panels = value(name, c, PANEL_MAP);
        case "assignments" -> assignments = value(name, c, ASSIGNMENT_MAP);
        case "scoreSheets" -> scoreSheets = value(name, c, SHEET_MAP);
        case "history" -> history = value(name, c, HISTORY_LIST);
        default -> {
          // Like a record's deserializer, keep unknown fields for after the known ones are bound.
          unknownNames.add(name);
          unknownValues.add(c.copyValue());
        }
      }
    }

    @SuppressWarnings("TypeParameterUnusedInFormals") // the type is the field's, as the binding's readValue(parser, type)
    private static <T, B, N, X extends Exception> @Nullable T value(String name, TokenCursor<B, N, X> c, Type type) throws X {
      return c.atNull() ? null : c.readValue(name, type);
    }
  }
}
