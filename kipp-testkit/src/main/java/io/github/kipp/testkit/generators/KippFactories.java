package io.github.kipp.testkit.generators;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import io.github.kipp.core.ActorId;
import io.github.kipp.core.CategoryId;
import io.github.kipp.core.EditionId;
import io.github.kipp.core.GroupId;
import io.github.kipp.core.InnovationId;
import io.github.kipp.core.KippTime;
import io.github.kipp.core.LocalizedText;
import io.github.kipp.core.ProposalId;
import io.github.kipp.core.edition.Category;
import io.github.kipp.core.edition.Edition;
import io.github.kipp.core.edition.InnovationGroup;
import io.github.kipp.core.edition.Phase;
import io.github.kipp.core.edition.Schedule;
import io.github.kipp.core.edition.SectionSpec;
import io.github.kipp.core.edition.Window;
import io.github.kipp.core.innovation.DatePrecision;
import io.github.kipp.core.innovation.ImplementationStart;
import io.github.kipp.core.innovation.Innovation;
import io.github.kipp.core.innovation.Proposal;
import io.github.kipp.core.institution.Institution;
import io.github.kipp.core.institution.InstitutionType;
import io.github.kipp.core.institution.Region;
import io.github.kipp.core.institution.RegionCatalogue;
import io.github.kipp.core.institution.RegionLevel;
import io.github.kipp.core.institution.Unit;
import io.github.kipp.core.institution.UnitKind;
import io.github.kipp.scoring.CriteriaSet;
import io.github.kipp.scoring.Criterion;
import io.github.kipp.scoring.ScoreSheet;
import io.github.kipp.scoring.panel.Evaluator;
import io.github.kipp.scoring.panel.Panel;
import io.github.kipp.testkit.KippBuilders;
import io.github.kipp.testkit.internal.ProposalDefaults;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * Seeded factories of valid kipp values for any test framework: the same seed gives the same values.
 *
 * <p>Each value is made by a static {@code from(…)} function of a few whole numbers (the "choices");
 * an instance draws the choices from a {@link SplittableRandom}, and {@link KippGenerators} draws them
 * from QuickTheories generators, so that failures shrink through the choices. Not thread-safe: use one
 * instance per thread.
 */
public final class KippFactories {

  private static final ImmutableList<Region> REGENCIES = RegionCatalogue.bundled().all().stream()
      .filter(r -> r.level() != RegionLevel.PROVINCE).collect(ImmutableList.toImmutableList());

  private final SplittableRandom random;
  private int serial;

  private KippFactories(long seed) {
    this.random = new SplittableRandom(seed);
  }

  /**
   * Returns factories seeded with a seed.
   *
   * @param seed the seed
   * @return the factories, not null
   */
  public static KippFactories seeded(long seed) {
    return new KippFactories(seed);
  }

  /**
   * Returns a regional government of a random regency or city of the bundled catalogue.
   *
   * @return the institution, not null
   */
  public Institution institution() {
    return institutionFrom(random.nextInt(REGENCIES.size()));
  }

  /**
   * Returns the government of the regency or city at an index of the bundled catalogue.
   *
   * @param regencyIndex any whole number; taken modulo the number of regencies and cities
   * @return the institution, not null
   */
  public static Institution institutionFrom(int regencyIndex) {
    Region r = REGENCIES.get(Math.floorMod(regencyIndex, REGENCIES.size()));
    boolean city = r.level() == RegionLevel.CITY;
    return Institution.regionalGovernment("pemda-" + r.code().value().replace('.', '-'),
        (city ? "Pemerintah " : "Pemerintah ") + r.name(), city ? InstitutionType.KOTA : InstitutionType.KABUPATEN, r.code());
  }

  /**
   * Returns a complete proposal for an edition.
   *
   * @param edition the edition, not null
   * @return the proposal, not null
   */
  public Proposal proposal(Edition edition) {
    return proposalFrom(edition, ++serial, random.nextInt(REGENCIES.size()), random.nextInt(1500), random.nextInt(4),
        random.nextInt(8), random.nextInt(8));
  }

  /**
   * Returns proposals for an edition with distinct ids.
   *
   * @param edition the edition, not null
   * @param count how many, zero or more
   * @return the proposals, not null
   */
  public ImmutableList<Proposal> proposals(Edition edition, int count) {
    ImmutableList.Builder<Proposal> out = ImmutableList.builder();
    for (int i = 0; i < count; i++) {
      out.add(proposal(edition));
    }
    return out.build();
  }

  /**
   * Returns a complete proposal for an edition from its choices.
   *
   * @param edition the edition, not null
   * @param number the proposal's number, making its id {@code p-<number>}
   * @param regencyIndex which regency or city it comes from
   * @param ageDays how many days before the edition's registration opens it started (modulo 3,650)
   * @param precision how precisely its start is known (modulo 4: day, month, mid-year, year)
   * @param groupIndex which group of the edition (modulo the number of groups)
   * @param categoryIndex which category (modulo the number of categories)
   * @return the proposal, not null
   */
  public static Proposal proposalFrom(Edition edition, int number, int regencyIndex, int ageDays, int precision, int groupIndex, int categoryIndex) {
    requireNonNull(edition, "edition");
    String id = "p-" + Math.abs(number);
    Institution institution = institutionFrom(regencyIndex);
    LocalDate reference = edition.schedule().window(Phase.REGISTRATION).map(w -> w.opens().toLocalDate()).orElse(LocalDate.of(edition.year(), 1, 1));
    ImplementationStart start = ImplementationStart.of(reference.minusDays(Math.floorMod(ageDays, 3650)),
        DatePrecision.values()[Math.floorMod(precision, 4)]);
    // One unit per institution, the same for every proposal, so that proposals share one document.
    Unit unit = Unit.of(institution.id().value() + "-unit", "Dinas Pelayanan Publik", institution, UnitKind.PERANGKAT_DAERAH);
    Innovation innovation = Innovation.of(InnovationId.of("inv-" + Math.abs(number)), "Inovasi " + Math.abs(number), Optional.empty(), institution, unit, start);
    InnovationGroup group = edition.groups().get(Math.floorMod(groupIndex, edition.groups().size()));
    CategoryId category = edition.categories().get(Math.floorMod(categoryIndex, edition.categories().size())).id();
    Proposal.Builder b = Proposal.newBuilder().id(ProposalId.of(id)).innovation(innovation).edition(edition.id()).group(group.id()).category(category);
    ProposalDefaults.fill(b, id, edition, group.id());
    if (group.requiresReplication()) {
      b.replication(io.github.kipp.core.innovation.Replication.of(List.of(InnovationId.of("inv-source-" + Math.abs(number))), "Diadaptasi."));
    }
    return b.build();
  }

  /**
   * Returns an edition with 1 to 3 groups, 1 to 8 categories and 1 to 5 weighted sections.
   *
   * @return the edition, not null
   */
  public Edition edition() {
    return editionFrom(random.nextInt(3), random.nextInt(8), random.nextInt(5), random.nextLong());
  }

  /**
   * Returns an edition from its choices.
   *
   * @param groups how many groups beyond the first (modulo 3)
   * @param categories how many categories beyond the first (modulo 8)
   * @param sections how many weighted sections beyond the first (modulo 5)
   * @param weightSeed the seed that splits 100 % among the sections
   * @return the edition, not null
   */
  public static Edition editionFrom(int groups, int categories, int sections, long weightSeed) {
    Edition.Builder b = Edition.newBuilder().id(EditionId.of("kipp-gen")).year(2023).title(LocalizedText.of("KIPP Uji", "Generated KIPP"))
        .schedule(Schedule.of(Map.of(Phase.REGISTRATION, Window.days(LocalDate.of(2023, 3, 13), LocalDate.of(2023, 5, 6), KippTime.JAKARTA))))
        .minimumSdgs(1);
    String[] groupIds = {"umum", "khusus", "replikasi"};
    for (int g = 0; g <= Math.floorMod(groups, 3); g++) {
      b.group(new InnovationGroup(GroupId.of(groupIds[g]), LocalizedText.same(groupIds[g]), false, groupIds[g].equals("replikasi")));
    }
    for (int c = 0; c <= Math.floorMod(categories, 8); c++) {
      b.category(Category.of("kategori-" + c, "Kategori " + c, "Category " + c));
    }
    int n = Math.floorMod(sections, 5) + 1;
    int[] parts = split(100, n, new SplittableRandom(weightSeed));
    for (int s = 0; s < n; s++) {
      b.section(SectionSpec.weighted("aspek-" + s, LocalizedText.of("Aspek " + s, "Section " + s), BigDecimal.valueOf(parts[s], 2).toPlainString()));
    }
    return b.build();
  }

  /** Splits a whole into n positive parts. */
  private static int[] split(int whole, int n, SplittableRandom random) {
    int[] parts = new int[n];
    int left = whole;
    for (int i = 0; i < n - 1; i++) {
      parts[i] = 1 + random.nextInt(Math.max(1, left - (n - i - 1)) );
      parts[i] = Math.min(parts[i], left - (n - i - 1));
      left -= parts[i];
    }
    parts[n - 1] = left;
    return parts;
  }

  /**
   * Returns a panel of evaluators from several institutions, generalists, none from a regional
   * government.
   *
   * @param size the number of evaluators, at least 1
   * @return the panel, not null
   */
  public Panel panel(int size) {
    return panelFrom(size, random.nextInt(5) + 1);
  }

  /**
   * Returns a panel from its choices.
   *
   * @param size the number of evaluators, at least 1
   * @param universities across how many universities they are spread, at least 1
   * @return the panel, not null
   */
  public static Panel panelFrom(int size, int universities) {
    ImmutableList.Builder<Evaluator> out = ImmutableList.builder();
    for (int i = 1; i <= size; i++) {
      int u = 1 + Math.floorMod(i, Math.max(1, universities));
      out.add(KippBuilders.evaluator().id("te-" + i)
          .institution(Institution.central("universitas-" + u, "Universitas " + u, InstitutionType.LEMBAGA)).build());
    }
    return Panel.of(out.build());
  }

  /**
   * Returns a sheet with random scores on every criterion's scale.
   *
   * @param criteria the criteria, not null
   * @param proposal the proposal scored, not null
   * @param evaluator the evaluator, not null
   * @return the sheet, not null
   */
  public ScoreSheet sheet(CriteriaSet criteria, ProposalId proposal, ActorId evaluator) {
    return sheetFrom(criteria, proposal, evaluator, random.nextLong());
  }

  /**
   * Returns a sheet whose scores are drawn from a seed, each on its criterion's scale.
   *
   * @param criteria the criteria, not null
   * @param proposal the proposal, not null
   * @param evaluator the evaluator, not null
   * @param scoreSeed the seed of the scores
   * @return the sheet, not null
   */
  public static ScoreSheet sheetFrom(CriteriaSet criteria, ProposalId proposal, ActorId evaluator, long scoreSeed) {
    SplittableRandom r = new SplittableRandom(scoreSeed);
    Map<io.github.kipp.scoring.CriterionId, BigDecimal> scores = new LinkedHashMap<>();
    for (Criterion c : criteria.criteria()) {
      BigDecimal steps = c.scale().max().subtract(c.scale().min()).divide(c.scale().step(), java.math.MathContext.DECIMAL64);
      long k = r.nextLong(steps.longValueExact() + 1);
      scores.put(c.id(), c.scale().min().add(c.scale().step().multiply(BigDecimal.valueOf(k))));
    }
    return ScoreSheet.of(proposal, evaluator, criteria.stage(), scores, Instant.parse("2023-05-20T00:00:00Z"));
  }
}
