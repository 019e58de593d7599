package io.github.kipp.rules.sinovik.internal;

import com.google.common.collect.ImmutableList;
import io.github.kipp.core.Citation;
import io.github.kipp.core.EffectivePeriod;
import io.github.kipp.core.InvalidInputException;
import io.github.kipp.core.LocalizedText;
import io.github.kipp.core.RuleModuleId;
import io.github.kipp.core.Violation;
import io.github.kipp.core.institution.RegionCode;
import io.github.kipp.core.rule.RuleModuleChecks;
import io.github.kipp.core.rule.RuleRegistry;
import io.github.kipp.core.spi.Jurisdiction;
import io.github.kipp.core.spi.ParameterKey;
import io.github.kipp.core.spi.ParameterSet;
import io.github.kipp.core.spi.RuleModule;
import io.github.kipp.core.stage.StageMachine;
import io.github.kipp.rules.sinovik.RuleKindRegistry;
import io.github.kipp.rules.sinovik.SinovikKeys;
import io.github.kipp.rules.sinovik.SinovikModule;
import io.github.kipp.scoring.Rounding;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Reads a parsed module file into a {@link SinovikModule}, collecting every problem: the header, the
 * citations, each parameter, the keys overridden, added and removed against the parent, and the
 * checks kipp makes of every module and of a registry (id taken, overlapping period).
 */
public final class ModuleFileReader {

  /** The format this reader reads. */
  public static final String FORMAT = "kipp-module/1";

  /** The keys a module may lack; only these may be removed. */
  private static final ImmutableList<String> OPTIONAL = ImmutableList.of(
      SinovikKeys.EDITION_THEME.name(), SinovikKeys.MINIMUM_AGE_PANDEMIC.name(), SinovikKeys.REPLICATION_GROUP.name(),
      SinovikKeys.REPLICATION_SOURCE.name(), SinovikKeys.ENTRANT_REGION.name(), SinovikKeys.HOST_RULES.name(), SinovikKeys.PASS_MARK.name(),
      SinovikKeys.ENTRANT_KINDS.name(), SinovikKeys.CAP_REFUSAL.name(), SinovikKeys.REQUIRED_ATTACHMENTS.name(),
      SinovikKeys.BLIND_STAGES.name());

  private static final String[] FIELDS = {
    "format", "id", "extends", "title", "jurisdiction", "effectivePeriod", "editionYear", "legalBasis", "citations", "parameters", "added", "removed"
  };

  private final FileValues v;
  private final RuleRegistry registry;
  private final RuleKindRegistry kinds;
  private @Nullable SinovikModule parent;
  private @Nullable Rounding rounding;

  private ModuleFileReader(Problems problems, RuleRegistry registry, RuleKindRegistry kinds) {
    this.v = new FileValues(problems);
    this.registry = registry;
    this.kinds = kinds;
  }

  /**
   * Reads a module file.
   *
   * @param text the file's text
   * @param registry the modules it may extend, and may not overlap
   * @param kinds the rule kinds the file may name
   * @param problems where problems go
   * @return the module, or null when a problem was found
   */
  public static @Nullable SinovikModule read(String text, RuleRegistry registry, RuleKindRegistry kinds, Problems problems) {
    FileNode root = FileParser.parse(text, problems);
    if (root == null) {
      return null;
    }
    return new ModuleFileReader(problems, registry, kinds).module(root);
  }

  /**
   * Reads a module from its parsed document, which may be made from another file's nodes (the
   * national history), so that problems name the places in that file.
   *
   * @param root the document
   * @param registry the modules it may extend, and may not overlap
   * @param problems where problems go
   * @return the module, or null when a problem was found
   */
  public static @Nullable SinovikModule read(FileNode root, RuleRegistry registry, Problems problems) {
    return new ModuleFileReader(problems, registry, RuleKindRegistry.kipp()).module(root);
  }

  private @Nullable SinovikModule module(FileNode root) {
    FileNode m = v.map(root, FIELDS);
    if (m == null) {
      return null;
    }
    FileNode format = v.required(m, "format");
    if (format != null) {
      String f = v.text(format);
      if (f != null && !f.equals(FORMAT)) {
        v.problems().add(format, "kipp.module.file.format", f, "allowed", FORMAT);
        return null;
      }
    }
    FileNode idNode = v.required(m, "id");
    RuleModuleId id = idNode == null ? null : v.parse(idNode, "a module id such as sinovik-2023/sulsel-2023", RuleModuleId::of);
    Optional<FileNode> ext = m.find("extends");
    if (ext.isPresent()) {
      parent = parent(ext.get(), id, idNode);
    }
    FileNode titleNode = v.required(m, "title");
    LocalizedText title = titleNode == null ? null : v.localized(titleNode);
    FileNode jNode = v.required(m, "jurisdiction");
    Jurisdiction jurisdiction = jNode == null ? null : jurisdiction(jNode);
    EffectivePeriod period = parent == null ? null : parent.effectivePeriod();
    Optional<FileNode> p = m.find("effectivePeriod");
    if (p.isPresent()) {
      period = period(p.get());
    } else if (ext.isEmpty()) {
      v.required(m, "effectivePeriod");
    }
    Integer year = parent == null ? null : parent.editionYear();
    Optional<FileNode> y = m.find("editionYear");
    if (y.isPresent()) {
      year = v.integer(y.get());
    } else if (ext.isEmpty()) {
      v.required(m, "editionYear");
    }
    ImmutableList<Citation> basis = ImmutableList.of();
    Optional<FileNode> b = m.find("legalBasis");
    m.find("citations").ifPresent(v::namedCitations);
    if (b.isPresent()) {
      ImmutableList<Citation> read = v.list(b.get(), v::citation);
      basis = read == null ? basis : read;
    } else if (ext.isEmpty()) {
      v.required(m, "legalBasis");
    }
    Map<String, Object> values = new LinkedHashMap<>();
    Map<String, Citation> citations = new LinkedHashMap<>();
    Map<String, FileNode> where = new LinkedHashMap<>();
    Optional<FileNode> params = m.find("parameters");
    Optional<FileNode> added = m.find("added");
    List<FileNode> sections = new ArrayList<>();
    params.ifPresent(sections::add);
    added.ifPresent(sections::add);
    if (ext.isEmpty()) {
      added.ifPresent(a -> v.problems().add(a, "kipp.module.file.unknownField", "added", "allowed", "parameters (a module without a parent sets every key there)"));
      m.find("removed").ifPresent(r -> v.problems().add(r, "kipp.module.file.unknownField", "removed", "allowed", "parameters"));
    }
    // The rounding first: criteria and combinations are rounded by it.
    rounding = parent == null ? null : parent.rounding();
    for (FileNode section : sections) {
      section.find(SinovikKeys.ROUNDING.name()).ifPresent(r -> parameter(r, SinovikKeys.ROUNDING.name(), section == added.orElse(null), values, citations, where));
    }
    if (values.get(SinovikKeys.ROUNDING.name()) instanceof Rounding r) {
      rounding = r;
    }
    for (FileNode section : sections) {
      if (section.kind() != FileNode.Kind.MAP) {
        v.problems().add(section, "kipp.module.file.type", FileValues.describe(section), "expected", "a mapping of parameter keys to {value, citation}");
        continue;
      }
      boolean adding = section == added.orElse(null);
      section.entries().forEach((key, node) -> {
        if (!key.equals(SinovikKeys.ROUNDING.name())) {
          parameter(node, key, adding, values, citations, where);
        }
      });
    }
    List<String> removed = new ArrayList<>();
    m.find("removed").filter(r -> ext.isPresent()).ifPresent(r -> {
      ImmutableList<String> keys = v.list(r, v::text);
      if (keys != null) {
        for (int i = 0; i < keys.size(); i++) {
          removal(r.items().get(i), keys.get(i), where).ifPresent(removed::add);
        }
      }
    });
    if (parent == null && ext.isEmpty()) {
      List<String> missing = new ArrayList<>();
      for (String name : ParameterReaders.names()) {
        if (!OPTIONAL.contains(name) && !where.containsKey(name)) {
          missing.add(name);
        }
      }
      if (!missing.isEmpty()) {
        v.problems().add(params.orElse(m), "kipp.module.file.missingParameters", String.join(", ", missing), "keys", String.join(", ", missing));
      }
    }
    if (!v.problems().isEmpty() || id == null || title == null || jurisdiction == null || period == null || year == null
        || (ext.isPresent() && parent == null)) {
      return null;
    }
    SinovikModule module = build(m, id, title, jurisdiction, period, year, basis, values, citations, removed);
    if (module != null) {
      checks(m, module);
    }
    return v.problems().isEmpty() ? module : null;
  }

  private @Nullable SinovikModule parent(FileNode ext, @Nullable RuleModuleId id, @Nullable FileNode idNode) {
    RuleModuleId parentId = v.parse(ext, "a module id such as sinovik-2023", RuleModuleId::of);
    if (parentId == null) {
      return null;
    }
    Optional<RuleModule> found = registry.find(parentId);
    if (found.isEmpty() || !(found.get() instanceof SinovikModule module)) {
      v.problems().add(ext, "kipp.module.file.noParent", parentId, "known",
          registry.modules().stream().filter(x -> x instanceof SinovikModule).map(x -> x.id().value()).reduce((a, c) -> a + ", " + c).orElse("(none)"));
      return null;
    }
    if (id != null && idNode != null && !parentId.equals(parentOf(id))) {
      v.problems().add(idNode, "kipp.module.file.lineage", id, "parent", parentId);
    }
    return module;
  }

  private static @Nullable RuleModuleId parentOf(RuleModuleId id) {
    ImmutableList<RuleModuleId> lineage = id.lineage();
    return lineage.size() < 2 ? null : lineage.get(lineage.size() - 2);
  }

  private @Nullable Jurisdiction jurisdiction(FileNode n) {
    FileNode m = v.map(n, "level", "region", "name");
    if (m == null) {
      return null;
    }
    FileNode l = v.required(m, "level");
    Jurisdiction.Level level = l == null ? null : v.constant(l, Jurisdiction.Level.class);
    Optional<FileNode> r = m.find("region");
    RegionCode region = r.map(x -> v.parse(x, "a Kemendagri region code such as \"73\" or \"73.22\"", RegionCode::of)).orElse(null);
    FileNode nm = v.required(m, "name");
    LocalizedText name = nm == null ? null : v.localized(nm);
    if (level == null || name == null || (r.isPresent() && region == null)) {
      return null;
    }
    return Checked.of(n, v, () -> Jurisdiction.of(level, region, name));
  }

  private @Nullable EffectivePeriod period(FileNode n) {
    FileNode m = v.map(n, "from", "until");
    if (m == null) {
      return null;
    }
    FileNode f = v.required(m, "from");
    LocalDate from = f == null ? null : v.date(f);
    Optional<FileNode> u = m.find("until");
    LocalDate until = u.map(v::date).orElse(null);
    if (from == null || (u.isPresent() && until == null)) {
      return null;
    }
    return Checked.of(n, v, () -> until == null ? EffectivePeriod.from(from) : EffectivePeriod.of(from, until));
  }

  private void parameter(FileNode node, String key, boolean adding, Map<String, Object> values, Map<String, Citation> citations, Map<String, FileNode> where) {
    Optional<ParameterKey<?>> k = ParameterReaders.key(key);
    if (k.isEmpty()) {
      v.problems().add(node, "kipp.module.file.unknownKey", key, "allowed", String.join(", ", ParameterReaders.names()));
      return;
    }
    if (where.containsKey(key)) {
      v.problems().add(node, "kipp.module.file.twice", key, "line", where.get(key).line());
      return;
    }
    where.put(key, node);
    if (parent != null) {
      boolean inParent = parent.parameters().find(k.get()).isPresent();
      if (!adding && !inParent) {
        v.problems().add(node, "kipp.module.file.notInParent", key, "parent", parent.id());
      } else if (adding && inParent) {
        v.problems().add(node, "kipp.module.file.inParent", key, "parent", parent.id());
      }
    }
    FileNode m = v.map(node, "value", "citation");
    if (m == null) {
      return;
    }
    FileNode value = v.required(m, "value");
    Optional<FileNode> cit = m.find("citation");
    if (cit.isEmpty()) {
      v.problems().add(m, "kipp.module.file.uncited", key, "key", key);
    }
    Citation citation = cit.map(v::citation).orElse(null);
    Object read = value == null ? null : ParameterReaders.read(key, value, context());
    if (read != null && citation != null) {
      values.put(key, read);
      citations.put(key, citation);
    }
  }

  private ParameterReaders.Context context() {
    return new ParameterReaders.Context() {
      @Override
      public FileValues values() {
        return v;
      }

      @Override
      public Optional<Rounding> rounding() {
        return Optional.ofNullable(rounding);
      }

      @Override
      public RuleKindRegistry ruleKinds() {
        return kinds;
      }

      @Override
      public Optional<StageMachine> parentPipeline() {
        return parent == null ? Optional.empty() : Optional.of(parent.pipeline());
      }
    };
  }

  private Optional<String> removal(FileNode at, String key, Map<String, FileNode> where) {
    Optional<ParameterKey<?>> k = ParameterReaders.key(key);
    if (k.isEmpty()) {
      v.problems().add(at, "kipp.module.file.unknownKey", key, "allowed", String.join(", ", ParameterReaders.names()));
    } else if (!OPTIONAL.contains(key)) {
      v.problems().add(at, "kipp.module.file.required", key, "optional", String.join(", ", OPTIONAL));
    } else if (parent != null && parent.parameters().find(k.get()).isEmpty()) {
      v.problems().add(at, "kipp.module.file.notInParent", key, "parent", parent.id());
    } else if (where.containsKey(key)) {
      v.problems().add(at, "kipp.module.file.twice", key, "line", where.get(key).line());
    } else {
      return Optional.of(key);
    }
    return Optional.empty();
  }

  private @Nullable SinovikModule build(FileNode m, RuleModuleId id, LocalizedText title, Jurisdiction jurisdiction, EffectivePeriod period,
      int year, ImmutableList<Citation> basis, Map<String, Object> values, Map<String, Citation> citations, List<String> removed) {
    try {
      SinovikModule.Builder b;
      if (parent != null) {
        String segment = id.value().substring(id.value().lastIndexOf('/') + 1);
        b = SinovikModule.extend(parent).variant(segment);
        values.forEach((key, value) -> override(b, key, value, citations.get(key)));
        removed.forEach(key -> b.remove(ParameterReaders.key(key).orElseThrow()));
      } else {
        ParameterSet.Builder p = ParameterSet.newBuilder();
        values.forEach((key, value) -> set(p, key, value, citations.get(key)));
        b = SinovikModule.newBuilder().id(id).parameters(p.build());
      }
      b.title(title).jurisdiction(jurisdiction).effectivePeriod(period).editionYear(year).legalBasis(basis.toArray(new Citation[0]));
      return b.build();
    } catch (InvalidInputException e) {
      v.problems().add(m.find("parameters").orElse(m), e);
      return null;
    }
  }

  private static void override(SinovikModule.Builder b, String name, Object value, @Nullable Citation citation) {
    ParameterKey<?> key = ParameterReaders.key(name).orElseThrow();
    overrideTyped(b, key, value, java.util.Objects.requireNonNull(citation, name));
  }

  private static <T> void overrideTyped(SinovikModule.Builder b, ParameterKey<T> key, Object value, Citation citation) {
    b.override(key, cast(key, value), citation);
  }

  private static void set(ParameterSet.Builder p, String name, Object value, @Nullable Citation citation) {
    ParameterKey<?> key = ParameterReaders.key(name).orElseThrow();
    setTyped(p, key, value, java.util.Objects.requireNonNull(citation, name));
  }

  private static <T> void setTyped(ParameterSet.Builder p, ParameterKey<T> key, Object value, Citation citation) {
    p.set(key, cast(key, value), citation);
  }

  // The reader of each key makes a value of the key's type; ParameterKey.accepts checks the raw class.
  @SuppressWarnings("unchecked")
  private static <T> T cast(ParameterKey<T> key, Object value) {
    if (!key.accepts(value)) {
      throw new IllegalStateException("the reader of " + key + " made a " + value.getClass().getName());
    }
    return (T) value;
  }

  private void checks(FileNode m, SinovikModule module) {
    for (Violation x : RuleModuleChecks.check(module)) {
      v.problems().add(m.line(), x);
    }
    FileNode at = m.find("id").orElse(m);
    for (RuleModule other : registry.modules()) {
      if (other.id().equals(module.id())) {
        v.problems().add(at, "kipp.module.file.duplicate", module.id(), "module", other.id());
      } else if (other.jurisdiction().equals(module.jurisdiction()) && other.effectivePeriod().overlaps(module.effectivePeriod())) {
        v.problems().add(m.find("effectivePeriod").orElse(at), "kipp.module.file.overlap", module.effectivePeriod(),
            "module", other.id(), "period", other.effectivePeriod(), "jurisdiction", module.jurisdiction());
      } else if (other.edition().id().equals(module.edition().id())) {
        v.problems().add(m.find("parameters").flatMap(x -> x.find(SinovikKeys.EDITION_ID.name())).orElse(at), "kipp.module.file.edition",
            module.edition().id(), "module", other.id());
      }
    }
  }
}
