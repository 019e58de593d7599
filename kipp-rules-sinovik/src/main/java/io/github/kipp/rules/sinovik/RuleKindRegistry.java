package io.github.kipp.rules.sinovik;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.errorprone.annotations.CanIgnoreReturnValue;
import io.github.kipp.rules.sinovik.internal.RuleKinds;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The rule kinds a module file may name by id. Rules that need code stay Java; a file refers to
 * them by id, and an id the registry does not hold is refused ({@code kipp.module.file.unknownKind}),
 * naming the ids it holds. kipp's own kinds ({@code conflictOfInterest}, {@code aggregation}, {@code
 * combination}, {@code tieBreak}) are always there; a host adds kinds of eligibility rule it writes
 * in Java ({@link EligibilityRuleKind}) and passes the registry to {@link ModuleFiles#read(String,
 * String, io.github.kipp.core.rule.RuleRegistry, RuleKindRegistry)}:
 *
 * <pre>{@code
 * RuleKindRegistry kinds = RuleKindRegistry.newBuilder()
 *     .eligibility("example/title-words", (settings, citation) -> new TitleWords(settings, citation))
 *     .build();
 * SinovikModule module = ModuleFiles.read("takalar-2023.yaml", text, SinovikRules.registry(), kinds);
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class RuleKindRegistry {

  /** The family of eligibility-rule kinds, those a host registers. */
  public static final String ELIGIBILITY = "eligibility";

  /** The families of rule kinds, in the order documented. */
  public static final ImmutableList<String> FAMILIES = ImmutableList.of("conflictOfInterest", "aggregation", "combination", "tieBreak", ELIGIBILITY);

  private static final Pattern ID = Pattern.compile("[a-z0-9]+([-./][a-z0-9]+)*");

  private static final RuleKindRegistry KIPP = new RuleKindRegistry(ImmutableMap.of());

  private final ImmutableMap<String, EligibilityRuleKind> eligibility;

  private RuleKindRegistry(ImmutableMap<String, EligibilityRuleKind> eligibility) {
    this.eligibility = eligibility;
  }

  /**
   * Returns the registry of kipp's own kinds, the one {@link ModuleFiles#read(String, String,
   * io.github.kipp.core.rule.RuleRegistry)} uses. It has no eligibility kinds.
   *
   * @return the registry, not null
   */
  public static RuleKindRegistry kipp() {
    return KIPP;
  }

  /**
   * Returns a builder that starts with kipp's own kinds.
   *
   * @return a builder, not null
   */
  public static Builder newBuilder() {
    return new Builder();
  }

  /**
   * Returns the ids a file may name in a family, kipp's and then the host's in the order registered.
   *
   * @param family one of {@link #FAMILIES}
   * @return the ids; {@code criterion:<id>} and {@code stage:<id>} stand for a tie-break step with
   *     its target
   * @throws IllegalArgumentException if the family is not one of {@link #FAMILIES}
   */
  public ImmutableList<String> ids(String family) {
    return switch (requireNonNull(family, "family")) {
      case "conflictOfInterest" -> RuleKinds.CONFLICT_OF_INTEREST.keySet().asList();
      case "aggregation" -> RuleKinds.AGGREGATIONS;
      case "combination" -> RuleKinds.COMBINATIONS;
      case "tieBreak" -> RuleKinds.TIE_BREAK_STEPS;
      case ELIGIBILITY -> eligibility.keySet().asList();
      default -> throw new IllegalArgumentException("no rule-kind family '" + family + "'; families: " + String.join(", ", FAMILIES));
    };
  }

  /**
   * Returns the eligibility-rule kind registered under an id.
   *
   * @param id the id, not null
   * @return the kind, or empty if none is registered under it
   */
  public Optional<EligibilityRuleKind> eligibility(String id) {
    return Optional.ofNullable(eligibility.get(requireNonNull(id, "id")));
  }

  /** Returns the families and the host's ids, such as {@code RuleKindRegistry[eligibility: example/title-words]}. */
  @Override
  public String toString() {
    return "RuleKindRegistry[kipp's kinds; eligibility: " + (eligibility.isEmpty() ? "none" : String.join(", ", eligibility.keySet())) + "]";
  }

  /** Builds a {@link RuleKindRegistry} from kipp's kinds and the host's. Not thread-safe. */
  public static final class Builder {
    private final Map<String, EligibilityRuleKind> eligibility = new LinkedHashMap<>();

    private Builder() {}

    /**
     * Registers a kind of eligibility rule under an id.
     *
     * @param id the id a file names, lower-case letters and digits in parts joined by {@code -},
     *     {@code .} or {@code /}, such as {@code example/title-words}; not null
     * @param kind makes the rule from an entry's settings and citation, not null
     * @return this builder
     * @throws IllegalArgumentException if the id is not of that form or is already registered
     */
    @CanIgnoreReturnValue
    public Builder eligibility(String id, EligibilityRuleKind kind) {
      requireNonNull(id, "id");
      requireNonNull(kind, "kind");
      if (!ID.matcher(id).matches()) {
        throw new IllegalArgumentException("rule-kind id '" + id + "' is not lower-case letters and digits in parts joined by '-', '.' or '/'");
      }
      if (eligibility.containsKey(id)) {
        throw new IllegalArgumentException("the eligibility rule kind '" + id + "' is already registered");
      }
      eligibility.put(id, kind);
      return this;
    }

    /**
     * Builds the registry.
     *
     * @return the registry, not null
     */
    public RuleKindRegistry build() {
      return new RuleKindRegistry(ImmutableMap.copyOf(eligibility));
    }
  }
}
