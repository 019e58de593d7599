package io.github.kipp.core.rule;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import com.google.errorprone.annotations.CanIgnoreReturnValue;
import io.github.kipp.core.Citation;
import io.github.kipp.core.EditionId;
import io.github.kipp.core.EffectivePeriod;
import io.github.kipp.core.RuleModuleId;
import io.github.kipp.core.internal.CoreMessages;
import io.github.kipp.core.spi.CompetitionRules;
import io.github.kipp.core.spi.Jurisdiction;
import io.github.kipp.core.spi.RuleFamily;
import io.github.kipp.core.spi.RuleModule;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * An explicit set of rule modules, looked up by id, by the id of the edition a module defines, by
 * edition year, or by the date on which one was in force for a jurisdiction within a {@linkplain
 * RuleFamily family} of rules.
 *
 * <pre>{@code
 * RuleRegistry registry = RuleRegistry.newBuilder()
 *     .register(SinovikRules.edition2023())
 *     .register(sulsel2023)                    // regional variant: built, not discovered
 *     .build();
 * RuleModule rules = registry.moduleFor(Jurisdiction.NATIONAL, LocalDate.of(2023, 3, 24));
 * RuleModule same = registry.moduleFor(EditionId.of("kipp-2023"));     // a document's edition
 * RuleModule index = registry.moduleFor(IidRules.FAMILY, Jurisdiction.NATIONAL, LocalDate.of(2026, 5, 1));
 * }</pre>
 *
 * <p>Modules of different families (the KIPP competitions, Kemendagri's regional innovation index)
 * share a registry without overlapping: the look-ups by jurisdiction that name no family look in
 * {@link RuleFamily#KIPP}, and declared gaps belong to that family. Only modules that run a
 * competition of proposals (the part {@link CompetitionRules}) define an edition id.
 *
 * <p>Registering checks the module ({@link RuleModuleChecks}); a taken id throws {@link
 * DuplicateRuleModuleException} naming both modules; a taken edition id throws {@link
 * DuplicateEditionException} naming both; two modules of one family and jurisdiction in force on the
 * same day throw {@link OverlappingRuleModulesException}. A declared gap ({@link
 * Builder#noCompetition}) makes look-ups in it throw {@link NoCompetitionException} instead of falling
 * back to another year; a declared period of unknown rules ({@link Builder#rulesUnknown}, such as
 * 2026) makes them throw {@link NoSuchRuleModuleException} with code {@code kipp.registry.rulesUnknown}
 * instead of falling back to the latest module. {@link #loadInstalled(ClassLoader)} is the one, opt-in, use of {@link
 * ServiceLoader}; there is no global registry.
 *
 * <p>Immutable and thread-safe.
 */
public final class RuleRegistry {

  private static final Comparator<RuleModule> ORDER =
      Comparator.comparing(RuleModule::family)
          .thenComparing(RuleModule::jurisdiction)
          .thenComparing(m -> m.effectivePeriod().from())
          .thenComparing(RuleModule::id);

  private final ImmutableSortedMap<RuleModuleId, RuleModule> byId;
  private final ImmutableSortedMap<EditionId, RuleModule> byEdition;
  private final ImmutableList<RuleModule> ordered;
  private final ImmutableList<Gap> gaps;

  /** A declared period without a module: no competition held, or rules not known. */
  private record Gap(Jurisdiction jurisdiction, EffectivePeriod period, Citation basis, boolean rulesUnknown) {}

  private RuleRegistry(ImmutableSortedMap<RuleModuleId, RuleModule> byId, ImmutableList<Gap> gaps) {
    this.byId = byId;
    this.byEdition = byId.values().stream().filter(m -> m.part(CompetitionRules.class).isPresent())
        .collect(ImmutableSortedMap.toImmutableSortedMap(Comparator.naturalOrder(), m -> m.edition().id(), m -> m));
    this.ordered = ImmutableList.sortedCopyOf(ORDER, byId.values());
    this.gaps = gaps;
  }

  /**
   * Returns a new builder.
   *
   * @return a builder, not null
   */
  public static Builder newBuilder() {
    return new Builder();
  }

  /**
   * Builds a registry of every rule module installed on a class loader's path, found by {@link
   * ServiceLoader} under the service {@link RuleModule}. Nothing is cached or made global.
   *
   * @param loader the class loader to search, not null
   * @return the registry, not null
   * @throws RuleModuleLoadException if a provider cannot be loaded
   * @throws InvalidRuleModuleException if a module fails its checks
   * @throws DuplicateRuleModuleException if two modules share an id
   * @throws DuplicateEditionException if two modules define the same edition id
   * @throws OverlappingRuleModulesException if two modules of one jurisdiction overlap
   */
  public static RuleRegistry loadInstalled(ClassLoader loader) {
    requireNonNull(loader, "loader");
    Builder b = newBuilder();
    Iterator<ServiceLoader.Provider<RuleModule>> providers = ServiceLoader.load(RuleModule.class, loader).stream().iterator();
    List<ServiceLoader.Provider<RuleModule>> found = new ArrayList<>();
    while (true) {
      try {
        if (!providers.hasNext()) {
          break;
        }
        found.add(providers.next());
      } catch (ServiceConfigurationError e) {
        throw new RuleModuleLoadException(RuleModule.class.getName(), e);
      }
    }
    found.sort(Comparator.comparing(p -> p.type().getName()));
    for (ServiceLoader.Provider<RuleModule> p : found) {
      RuleModule module;
      try {
        module = p.get();
      } catch (ServiceConfigurationError | RuntimeException e) {
        throw new RuleModuleLoadException(p.type().getName(), e);
      }
      b.register(module);
    }
    return b.build();
  }

  /**
   * Finds a module by id.
   *
   * @param id the id, not null
   * @return the module, or empty if none has that id
   */
  public Optional<RuleModule> find(RuleModuleId id) {
    return Optional.ofNullable(byId.get(requireNonNull(id, "id")));
  }

  /**
   * Returns the module with an id.
   *
   * @param id the id, not null
   * @return the module, not null
   * @throws NoSuchRuleModuleException if none has that id; the message lists the registered ids
   */
  public RuleModule module(RuleModuleId id) {
    return find(id).orElseThrow(() -> new NoSuchRuleModuleException("kipp.registry.noId",
        CoreMessages.render("kipp.registry.noId", "id", id, "known", known())));
  }

  /**
   * Finds the module that defines an edition.
   *
   * @param edition the edition's id, such as {@code kipp-2023} or {@code sulsel-2023}; not null
   * @return the module, or empty if none defines that edition
   */
  public Optional<RuleModule> findFor(EditionId edition) {
    return Optional.ofNullable(byEdition.get(requireNonNull(edition, "edition")));
  }

  /**
   * Returns the module that defines an edition, such as the edition of a stored competition
   * document. Registration keeps edition ids unique, so at most one module answers.
   *
   * @param edition the edition's id, not null
   * @return the module, not null
   * @throws NoSuchRuleModuleException if no module defines that edition; the message lists the
   *     editions known and the module of each
   */
  public RuleModule moduleFor(EditionId edition) {
    return findFor(edition).orElseThrow(() -> new NoSuchRuleModuleException("kipp.registry.noEditionId",
        CoreMessages.render("kipp.registry.noEditionId", "edition", edition, "known", knownEditions())));
  }

  /**
   * Returns the module a record names, checked against the record: the module with the reference's
   * id, which must still govern the reference's jurisdiction and define the record's edition.
   *
   * @param recorded the module the record names, not null
   * @param edition the id of the record's edition, not null
   * @return the module, not null
   * @throws NoSuchRuleModuleException if no module has the id ({@code kipp.registry.noId}), or the
   *     module governs another jurisdiction or defines another edition ({@code
   *     kipp.registry.mismatch})
   */
  public RuleModule moduleFor(RuleModuleReference recorded, EditionId edition) {
    requireNonNull(recorded, "recorded");
    requireNonNull(edition, "edition");
    RuleModule found = module(recorded.id());
    Optional<EditionId> defined = found.part(CompetitionRules.class).map(c -> c.edition().id());
    if (!found.jurisdiction().equals(recorded.jurisdiction()) || !defined.equals(Optional.of(edition))) {
      throw new NoSuchRuleModuleException("kipp.registry.mismatch", CoreMessages.render("kipp.registry.mismatch",
          "id", found.id(), "jurisdiction", found.jurisdiction(), "edition", defined.map(EditionId::value).orElse("-"),
          "recordedJurisdiction", recorded.jurisdiction(), "recordedEdition", edition));
    }
    return found;
  }

  /**
   * Returns the KIPP module of a jurisdiction in force on a date: {@code moduleFor(RuleFamily.KIPP,
   * jurisdiction, date)}.
   *
   * @param jurisdiction the jurisdiction, not null
   * @param date the date, not null
   * @return the module, not null
   * @throws NoCompetitionException if the date falls in a declared gap
   * @throws NoSuchRuleModuleException if no module of the jurisdiction is in force on the date ({@code
   *     kipp.registry.rulesUnknown} if the date falls in a declared period of unknown rules)
   */
  public RuleModule moduleFor(Jurisdiction jurisdiction, LocalDate date) {
    return moduleFor(RuleFamily.KIPP, jurisdiction, date);
  }

  /**
   * Returns the module of a family and jurisdiction in force on a date, such as the regional
   * innovation index module of 2026.
   *
   * @param family the family, not null
   * @param jurisdiction the jurisdiction, not null
   * @param date the date, not null
   * @return the module, not null
   * @throws NoCompetitionException if the date falls in a declared gap of the KIPP family
   * @throws NoSuchRuleModuleException if no module of the family and jurisdiction is in force on the
   *     date ({@code kipp.registry.rulesUnknown} if the date falls in a declared period of unknown
   *     rules of the KIPP family)
   */
  public RuleModule moduleFor(RuleFamily family, Jurisdiction jurisdiction, LocalDate date) {
    requireNonNull(family, "family");
    requireNonNull(jurisdiction, "jurisdiction");
    requireNonNull(date, "date");
    Optional<RuleModule> found = findFor(family, jurisdiction, date);
    if (found.isPresent()) {
      return found.get();
    }
    for (Gap g : gaps) {
      if (family.equals(RuleFamily.KIPP) && g.jurisdiction.equals(jurisdiction) && g.period.contains(date)) {
        throw gapFailure(g, date);
      }
    }
    throw new NoSuchRuleModuleException("kipp.registry.noneInForce", CoreMessages.render("kipp.registry.noneInForce",
        "date", date, "jurisdiction", jurisdiction.name().english(), "known", known(family, jurisdiction)));
  }

  /**
   * Finds the KIPP module of a jurisdiction in force on a date: {@code findFor(RuleFamily.KIPP,
   * jurisdiction, date)}.
   *
   * @param jurisdiction the jurisdiction, not null
   * @param date the date, not null
   * @return the module, or empty if none is in force
   */
  public Optional<RuleModule> findFor(Jurisdiction jurisdiction, LocalDate date) {
    return findFor(RuleFamily.KIPP, jurisdiction, date);
  }

  /**
   * Finds the module of a family and jurisdiction in force on a date.
   *
   * @param family the family, not null
   * @param jurisdiction the jurisdiction, not null
   * @param date the date, not null
   * @return the module, or empty if none is in force
   */
  public Optional<RuleModule> findFor(RuleFamily family, Jurisdiction jurisdiction, LocalDate date) {
    requireNonNull(family, "family");
    requireNonNull(jurisdiction, "jurisdiction");
    requireNonNull(date, "date");
    return ordered.stream().filter(m -> m.family().equals(family) && m.jurisdiction().equals(jurisdiction)
        && m.effectivePeriod().contains(date)).findFirst();
  }

  /**
   * Returns the KIPP module of a jurisdiction for an edition year.
   *
   * @param jurisdiction the jurisdiction, not null
   * @param year the edition's year
   * @return the module, not null
   * @throws NoCompetitionException if the year falls in a declared gap
   * @throws NoSuchRuleModuleException if no module of the jurisdiction implements that year ({@code
   *     kipp.registry.rulesUnknown} if the year falls in a declared period of unknown rules)
   */
  public RuleModule forEdition(Jurisdiction jurisdiction, int year) {
    requireNonNull(jurisdiction, "jurisdiction");
    Optional<RuleModule> found = ordered.stream().filter(m -> m.family().equals(RuleFamily.KIPP)
        && m.jurisdiction().equals(jurisdiction) && m.editionYear() == year).findFirst();
    if (found.isPresent()) {
      return found.get();
    }
    for (Gap g : gaps) {
      if (g.jurisdiction.equals(jurisdiction) && g.period.contains(LocalDate.of(year, 7, 1))) {
        throw gapFailure(g, year);
      }
    }
    throw new NoSuchRuleModuleException("kipp.registry.noEdition", CoreMessages.render("kipp.registry.noEdition",
        "year", year, "jurisdiction", jurisdiction.name().english(), "known", known(RuleFamily.KIPP, jurisdiction)));
  }

  private RuntimeException gapFailure(Gap g, Object dateOrYear) {
    String jurisdiction = g.jurisdiction.name().english();
    if (g.rulesUnknown) {
      return new NoSuchRuleModuleException("kipp.registry.rulesUnknown", CoreMessages.render("kipp.registry.rulesUnknown",
          "date", dateOrYear, "jurisdiction", jurisdiction, "from", g.period.from(), "basis", g.basis,
          "known", known(RuleFamily.KIPP, g.jurisdiction)));
    }
    return new NoCompetitionException(CoreMessages.render("kipp.registry.noCompetition", "date", dateOrYear,
        "jurisdiction", jurisdiction, "basis", g.basis), g.basis);
  }

  /**
   * Returns every module, by family, then jurisdiction, then first day in force, then id.
   *
   * @return the modules, not null
   */
  public ImmutableList<RuleModule> modules() {
    return ordered;
  }

  private String known() {
    return byId.isEmpty() ? "-" : byId.keySet().stream().map(RuleModuleId::value).collect(Collectors.joining(", "));
  }

  private String knownEditions() {
    return byEdition.isEmpty() ? "-" : byEdition.entrySet().stream()
        .map(e -> e.getKey() + " (" + e.getValue().id() + ")").collect(Collectors.joining(", "));
  }

  private String known(RuleFamily family, Jurisdiction jurisdiction) {
    String list = ordered.stream().filter(m -> m.family().equals(family) && m.jurisdiction().equals(jurisdiction))
        .map(m -> m.id() + " " + m.effectivePeriod()).collect(Collectors.joining(", "));
    return list.isEmpty() ? "-" : list;
  }

  /** Returns {@code RuleRegistry[ids]}. */
  @Override
  public String toString() {
    return "RuleRegistry[" + known() + "]";
  }

  /** Builds a {@link RuleRegistry}; registration checks each module at once. Not thread-safe. */
  public static final class Builder {
    private final TreeMap<RuleModuleId, RuleModule> modules = new TreeMap<>();
    private final TreeMap<EditionId, RuleModule> editions = new TreeMap<>();
    private final List<Gap> gaps = new ArrayList<>();

    private Builder() {}

    /**
     * Registers a module.
     *
     * @param module the module, not null
     * @return this builder
     * @throws InvalidRuleModuleException if the module fails its checks
     * @throws DuplicateRuleModuleException if its id is taken, naming both modules
     * @throws DuplicateEditionException if a registered module defines the same edition id, naming
     *     both modules
     * @throws OverlappingRuleModulesException if a module of the same family and jurisdiction is in
     *     force on a day it is
     */
    @CanIgnoreReturnValue
    public Builder register(RuleModule module) {
      requireNonNull(module, "module");
      RuleModuleChecks.requireValid(module);
      RuleModule existing = modules.get(module.id());
      if (existing != null) {
        throw new DuplicateRuleModuleException(existing, module);
      }
      for (RuleModule other : modules.values()) {
        if (other.family().equals(module.family()) && other.jurisdiction().equals(module.jurisdiction())
            && other.effectivePeriod().overlaps(module.effectivePeriod())) {
          throw OverlappingRuleModulesException.of(other, module);
        }
      }
      Optional<CompetitionRules> competition = module.part(CompetitionRules.class);
      if (competition.isPresent()) {
        RuleModule sameEdition = editions.get(competition.get().edition().id());
        if (sameEdition != null) {
          throw new DuplicateEditionException(sameEdition, module);
        }
        editions.put(competition.get().edition().id(), module);
      }
      modules.put(module.id(), module);
      return this;
    }

    /**
     * Declares a period in which a jurisdiction held no KIPP competition, so that look-ups in it say
     * so.
     *
     * @param jurisdiction the jurisdiction, not null
     * @param period the period without a competition, not null
     * @param basis the announcement that says so, not null
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder noCompetition(Jurisdiction jurisdiction, EffectivePeriod period, Citation basis) {
      gaps.add(new Gap(requireNonNull(jurisdiction, "jurisdiction"), requireNonNull(period, "period"), requireNonNull(basis, "basis"), false));
      return this;
    }

    /**
     * Declares a period for which no KIPP module of a jurisdiction is known, such as KIPP 2026, whose
     * edition and instrument no source gives: a look-up in it that no registered module answers
     * throws {@link NoSuchRuleModuleException} with code {@code kipp.registry.rulesUnknown}, naming
     * the period and the basis, rather than the plain {@code kipp.registry.noneInForce}. Unlike
     * {@link #noCompetition}, it does not say that no competition is held, and a module registered
     * for a day of the period answers for that day.
     *
     * @param jurisdiction the jurisdiction, not null
     * @param period the period whose rules are unknown, not null; often open-ended
     * @param basis why the rules are unknown, usually an {@link Citation#unknown UNKNOWN} citation;
     *     not null
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder rulesUnknown(Jurisdiction jurisdiction, EffectivePeriod period, Citation basis) {
      gaps.add(new Gap(requireNonNull(jurisdiction, "jurisdiction"), requireNonNull(period, "period"), requireNonNull(basis, "basis"), true));
      return this;
    }

    /**
     * Builds the registry.
     *
     * @return the registry, not null
     */
    public RuleRegistry build() {
      return new RuleRegistry(ImmutableSortedMap.copyOf(modules), ImmutableList.copyOf(gaps));
    }
  }
}
