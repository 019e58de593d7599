package io.github.kipp.rules.sinovik;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import io.github.kipp.core.Citation;
import io.github.kipp.core.RuleModuleId;
import io.github.kipp.core.rule.RuleRegistry;
import io.github.kipp.core.spi.Parameter;
import io.github.kipp.core.spi.RuleModule;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A reviewer's view of a rule module: a Markdown page a lawyer or an inspector reads without reading
 * code. It lists the module's header and legal basis, then every parameter with its value, its
 * citation and confidence, and whether it is inherited from the module's parent (naming the parent),
 * overridden (with the parent's value and citation beside it; a value kept under a new citation says
 * that the value is the parent's), added, or removed.
 *
 * <pre>{@code
 * String page = ModuleReview.markdown(SulawesiSelatan.kipp2023(), SinovikRules.registry());
 * }</pre>
 *
 * <p>The page is deterministic: parameters by key, values by their text form.
 */
public final class ModuleReview {

  private ModuleReview() {}

  /**
   * Renders a module as Markdown. Its parent (the module whose id its id extends) is looked up in
   * the registry; a module without one lists every parameter as its own.
   *
   * @param module the module, not null
   * @param registry where its parent is registered, not null
   * @return the page, not null
   */
  public static String markdown(RuleModule module, RuleRegistry registry) {
    requireNonNull(module, "module");
    requireNonNull(registry, "registry");
    ImmutableList<RuleModuleId> lineage = module.id().lineage();
    Optional<RuleModule> parent = lineage.size() < 2 ? Optional.empty() : registry.find(lineage.get(lineage.size() - 2));
    StringBuilder out = new StringBuilder();
    out.append("# ").append(module.id()).append(": ").append(cell(module.title().indonesian())).append('\n');
    out.append('\n');
    out.append("*").append(cell(module.title().english())).append("*\n\n");
    out.append("| | |\n|---|---|\n");
    out.append("| Yurisdiksi / jurisdiction | ").append(cell(module.jurisdiction().name().indonesian())).append(" / ")
        .append(cell(module.jurisdiction().name().english())).append(" (").append(module.jurisdiction().level().name().toLowerCase(java.util.Locale.ROOT))
        .append(module.jurisdiction().region().map(r -> " " + r).orElse("")).append(") |\n");
    out.append("| Masa berlaku / in force | ").append(module.effectivePeriod()).append(" |\n");
    out.append("| Tahun edisi / edition year | ").append(module.editionYear()).append(" |\n");
    out.append("| Memperluas / extends | ").append(parent.map(p -> p.id() + ": " + cell(p.title().indonesian())).orElse("—")).append(" |\n");
    out.append('\n');
    out.append("## Dasar hukum / legal basis\n\n");
    for (int i = 0; i < module.legalBasis().size(); i++) {
      out.append(i + 1).append(". ").append(cell(module.legalBasis().get(i).toString())).append('\n');
    }
    out.append('\n');
    Map<String, Parameter<?>> own = byKey(module);
    Map<String, Parameter<?>> inherited = parent.map(ModuleReview::byKey).orElse(new TreeMap<>());
    int overridden = 0;
    int added = 0;
    int removed = 0;
    StringBuilder rows = new StringBuilder();
    TreeMap<String, Boolean> keys = new TreeMap<>();
    own.keySet().forEach(k -> keys.put(k, true));
    inherited.keySet().forEach(k -> keys.putIfAbsent(k, false));
    for (String key : keys.keySet()) {
      Parameter<?> p = own.get(key);
      Parameter<?> q = inherited.get(key);
      String origin;
      if (p == null) {
        removed++;
        origin = "**dihapus / removed**";
      } else if (parent.isEmpty()) {
        origin = "sendiri / own";
      } else if (q == null) {
        added++;
        origin = "**ditambahkan / added**";
      } else if (q.valueText().equals(p.valueText()) && q.citation().equals(p.citation())) {
        origin = "diwarisi dari / inherited from " + parent.get().id();
      } else if (q.valueText().equals(p.valueText())) {
        overridden++;
        origin = "**nilai diwarisi dari / value inherited from " + parent.get().id() + "; rujukan diganti / citation changed**; semula / was: "
            + cell(citation(q));
      } else {
        overridden++;
        origin = "**diganti / overridden**; semula / was: " + cell(q.valueText()) + " — " + cell(citation(q));
      }
      Parameter<?> shown = p == null ? q : p;
      if (shown == null) {
        continue;
      }
      rows.append("| `").append(key).append("` | ").append(p == null ? "—" : cell(p.valueText())).append(" | ")
          .append(p == null ? "—" : cell(citation(p))).append(" | ").append(p == null ? "—" : p.confidence().name().toLowerCase(java.util.Locale.ROOT))
          .append(" | ").append(origin).append(" |\n");
    }
    out.append("## Parameter / parameters\n\n");
    out.append(own.size()).append(" parameters");
    parent.ifPresent(x -> out.append("; from ").append(x.id()));
    out.append(": ").append(overridden).append(" overridden, ").append(added).append(" added, ").append(removed).append(" removed.\n\n");
    out.append("| kunci / key | nilai / value | rujukan / citation | keyakinan / confidence | asal / origin |\n");
    out.append("|---|---|---|---|---|\n");
    out.append(rows);
    return out.toString();
  }

  private static Map<String, Parameter<?>> byKey(RuleModule m) {
    Map<String, Parameter<?>> map = new TreeMap<>();
    m.parameters().parameters().forEach(p -> map.put(p.key().name(), p));
    return map;
  }

  private static String citation(Parameter<?> p) {
    return p.citation().map(Citation::toString).orElse("UNCITED");
  }

  /** A table cell: one line, with the pipe that would end the cell escaped. */
  private static String cell(String text) {
    return text.replace("\\", "\\\\").replace("|", "\\|").replace("\r", " ").replace("\n", " ");
  }
}
