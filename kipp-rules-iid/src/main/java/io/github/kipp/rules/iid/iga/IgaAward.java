package io.github.kipp.rules.iid.iga;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedMap;
import io.github.kipp.core.Citation;
import io.github.kipp.core.Decision;
import io.github.kipp.core.InvalidInputException;
import io.github.kipp.core.LocalizedText;
import io.github.kipp.core.Reason;
import io.github.kipp.core.Violation;
import io.github.kipp.core.institution.Region;
import io.github.kipp.core.institution.RegionCatalogue;
import io.github.kipp.core.institution.RegionCode;
import io.github.kipp.core.institution.RegionLevel;
import io.github.kipp.core.spi.RuleModule;
import io.github.kipp.rules.iid.internal.IidMessages;
import io.github.kipp.rules.iid.spi.IidKeys;
import io.github.kipp.rules.iid.spi.IndicatorRules;
import io.github.kipp.scoring.rank.RankSubject;
import io.github.kipp.scoring.rank.RankedSubject;
import io.github.kipp.scoring.rank.SubjectId;
import io.github.kipp.scoring.rank.SubjectRanker;
import io.github.kipp.scoring.rank.SubjectRanking;
import io.github.kipp.scoring.rank.SubjectTie;
import io.github.kipp.scoring.rank.SubjectTieBreaks;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Kemendagri's Innovative Government Award (IGA) for one year: places each regional government in
 * its clusters, nominates the first of each cluster by verified index, scores the nominees'
 * presentations with the module's presentation weights, weighs index and presentation into a final
 * score and names each cluster's winners.
 *
 * <pre>{@code
 * IgaAward award = IgaAward.of(IidRules.edition2023(), IgaSettings.defaults(2023L));
 * IgaNomination nominees = award.nominate(entrants);          // IgaEntrant.of(assessment) each
 * IgaResult result = award.award(nominees, presentations);     // one IgaPresentation per nominee
 * result.winners(IgaCluster.REGENCIES);
 * }</pre>
 *
 * <p>Ranking and tie-breaks run through kipp-scoring's {@link SubjectRanker}, the engine that ranks
 * proposals. The tie-break chains are declared, cited and recorded in every decision they decide:
 * nominees with equal verified indices are ordered by the higher verified SID part, then by a draw
 * with the settings' seed; nominees with equal final scores by the higher presentation score, then
 * the higher verified index, then the draw. No IGA source publishes a tie-break, so each rule is
 * UNKNOWN with that chain as kipp's documented default. The final score is {@code (index ×
 * indexWeight + presentation × presentationWeight) ÷ 100}, exact, rounded once to the module's index
 * scale with its rounding ({@code IidKeys.INDEX_SCALE}, {@code IidKeys.INDEX_ROUNDING}); the
 * presentation score is {@code Σ weight × aspect score ÷ 100}, exact, shown with at least the
 * index's decimals.
 *
 * <p>Immutable and thread-safe.
 */
public final class IgaAward {

  /** The measure of a nominee's verified SID part, the first tie-break among equal indices. */
  public static final String MEASURE_SID = "sid";

  /** The measure of a nominee's presentation score, the first tie-break among equal final scores. */
  public static final String MEASURE_PRESENTATION = "presentation";

  /** The measure of a nominee's verified index, the second tie-break among equal final scores. */
  public static final String MEASURE_INDEX = "index";

  private static final String TIE_BREAKS = "IGA tie-breaks (BSKDN Kemendagri)";

  private static final Citation TYPE_CLUSTERS = Citation.reported("IGA 2025 nominees (BSKDN Kemendagri)", Citation.UNKNOWN_PROVISION)
      .withSources("S137").withNote("nominees were named by provinces, regencies and cities; a region's type is the bundled region"
          + " catalogue's (Kemendagri codes)");

  private static final Citation PAPUA = Citation.inferred("IGA 2025 nominees (BSKDN Kemendagri)", Citation.UNKNOWN_PROVISION,
      "the Papua cluster [S137] is taken as every regional government in the six provinces of Papua of the bundled catalogue"
          + " (codes 91 to 96), the province included").withSources("S137");

  private static final Citation BY_INDEX = Citation.inferred("IGA 2025 stages (BSKDN Kemendagri)", Citation.UNKNOWN_PROVISION,
      "after the measurement of the index the regional heads of the nominees present [S137]; kipp nominates the regions with the"
          + " highest verified index of each cluster").withSources("S137");

  private final RuleModule module;
  private final IndicatorRules rules;
  private final IgaSettings settings;
  private final SubjectRanker nominationRanker;
  private final SubjectRanker finalRanker;
  private final RegionCatalogue catalogue;

  private IgaAward(RuleModule module, IndicatorRules rules, IgaSettings settings) {
    this.module = module;
    this.rules = rules;
    this.settings = settings;
    Citation sidFirst = Citation.unknown(TIE_BREAKS, "no IGA source publishes a tie-break; kipp orders equal verified indices by the"
        + " higher verified SID part (the innovations' averaged score), then by a draw with the caller's seed");
    Citation presentationFirst = Citation.unknown(TIE_BREAKS, "no IGA source publishes a tie-break; kipp orders equal final scores by"
        + " the higher presentation score, then the higher verified index, then a draw with the caller's seed");
    this.nominationRanker = SubjectRanker.withTieBreaks(
        SubjectTieBreaks.higherMeasure(MEASURE_SID, LocalizedText.of("bagian SID terverifikasi", "verified SID part"), sidFirst),
        SubjectTieBreaks.seededDraw(settings.drawSeed(), sidFirst));
    this.finalRanker = SubjectRanker.withTieBreaks(
        SubjectTieBreaks.higherMeasure(MEASURE_PRESENTATION, LocalizedText.of("nilai presentasi", "presentation score"), presentationFirst),
        SubjectTieBreaks.higherMeasure(MEASURE_INDEX, LocalizedText.of("indeks terverifikasi", "verified index"), presentationFirst),
        SubjectTieBreaks.seededDraw(settings.drawSeed(), presentationFirst));
    this.catalogue = RegionCatalogue.bundled();
  }

  /**
   * Returns the award of an index module's year.
   *
   * @param module an index module (with the {@link IndicatorRules} part), such as {@code
   *     IidRules.edition2023()}; not null
   * @param settings the award's settings, not null
   * @return the award, not null
   * @throws io.github.kipp.core.spi.MissingModulePartException if the module has no indicator rules
   */
  public static IgaAward of(RuleModule module, IgaSettings settings) {
    requireNonNull(module, "module");
    requireNonNull(settings, "settings");
    return new IgaAward(module, module.requirePart(IndicatorRules.class), settings);
  }

  /**
   * Returns the settings.
   *
   * @return the settings, not null
   */
  public IgaSettings settings() {
    return settings;
  }

  /**
   * Returns the tie-break chain among equal verified indices.
   *
   * @return the rules, in order
   */
  public ImmutableList<io.github.kipp.scoring.rank.SubjectTieBreak> nominationTieBreaks() {
    return nominationRanker.tieBreaks();
  }

  /**
   * Returns the tie-break chain among equal final scores.
   *
   * @return the rules, in order
   */
  public ImmutableList<io.github.kipp.scoring.rank.SubjectTieBreak> finalTieBreaks() {
    return finalRanker.tieBreaks();
  }

  /**
   * Decides which clusters a region competes in (rule {@code iga.cluster}): its type cluster from the
   * bundled catalogue, the overlay clusters it belongs to (Papua by its province; border and
   * disadvantaged by the settings' lists), and the settings' overlap policy. An overlay cluster with
   * no nominees is not awarded, so no region is placed in it.
   *
   * @param region the region, not null
   * @return the passing decision, whose reasons say why; not null
   */
  public Decision membership(Region region) {
    return placement(region).decision();
  }

  /**
   * Returns the clusters a region competes in, in cluster order.
   *
   * @param region the region, not null
   * @return the clusters, at least one
   */
  public ImmutableList<IgaCluster> clustersOf(Region region) {
    return placement(region).clusters();
  }

  private record Placement(ImmutableList<IgaCluster> clusters, Decision decision) {}

  private Placement placement(Region region) {
    requireNonNull(region, "region");
    RegionCode code = region.code();
    List<Reason> reasons = new ArrayList<>();
    IgaCluster type = IgaCluster.ofLevel(region.level());
    reasons.add(reason("kipp.iga.cluster.type", List.of(TYPE_CLUSTERS), "region", region, "levelEn", levelEn(region.level()),
        "levelId", levelId(region.level()), "clusterEn", type.title().english(), "clusterId", type.title().indonesian()));
    List<IgaCluster> awardedOverlays = new ArrayList<>();
    if (inPapua(region)) {
      overlay(IgaCluster.PAPUA, "kipp.iga.cluster.papua", PAPUA, region, awardedOverlays, reasons);
    }
    if (settings.borderRegions().contains(code)) {
      overlay(IgaCluster.BORDER, "kipp.iga.cluster.border", settings.borderRegions().citation(), region, awardedOverlays, reasons);
    }
    if (settings.disadvantagedRegions().contains(code)) {
      overlay(IgaCluster.DISADVANTAGED, "kipp.iga.cluster.disadvantaged", settings.disadvantagedRegions().citation(), region,
          awardedOverlays, reasons);
    }
    ImmutableList<IgaCluster> clusters;
    if (awardedOverlays.isEmpty()) {
      clusters = ImmutableList.of(type);
    } else if (settings.overlap().value() == IgaOverlap.EXCLUSIVE) {
      IgaCluster first = awardedOverlays.get(0);
      clusters = ImmutableList.of(first);
      reasons.add(reason("kipp.iga.cluster.exclusive", List.of(settings.overlap().citation()), "region", region,
          "clusterEn", first.title().english(), "clusterId", first.title().indonesian(),
          "typeEn", type.title().english(), "typeId", type.title().indonesian()));
    } else {
      clusters = ImmutableList.<IgaCluster>builder().add(type).addAll(awardedOverlays).build();
      reasons.add(reason("kipp.iga.cluster.both", List.of(settings.overlap().citation()), "region", region,
          "clusters", clusters.stream().map(IgaCluster::id).collect(Collectors.joining(", "))));
    }
    return new Placement(clusters, Decision.pass("region " + code, "iga.cluster", reasons.toArray(new Reason[0])));
  }

  private void overlay(IgaCluster cluster, String key, Citation citation, Region region, List<IgaCluster> awarded, List<Reason> reasons) {
    reasons.add(reason(key, List.of(citation), "region", region, "province", region.province(),
        "clusterEn", cluster.title().english(), "clusterId", cluster.title().indonesian()));
    if (settings.nominees(cluster).value() > 0) {
      awarded.add(cluster);
    } else {
      reasons.add(reason("kipp.iga.cluster.notAwarded", List.of(settings.nominees(cluster).citation()), "region", region,
          "clusterEn", cluster.title().english(), "clusterId", cluster.title().indonesian()));
    }
  }

  private boolean inPapua(Region region) {
    return catalogue.find(region.province()).map(p -> p.name().startsWith("Papua")).orElse(false);
  }

  private static String levelEn(RegionLevel level) {
    return switch (level) {
      case PROVINCE -> "province";
      case REGENCY -> "regency";
      case CITY -> "city";
    };
  }

  private static String levelId(RegionLevel level) {
    return switch (level) {
      case PROVINCE -> "provinsi";
      case REGENCY -> "kabupaten";
      case CITY -> "kota";
    };
  }

  /**
   * Nominates each cluster's first regions by verified index (rule {@code iga.nomination}). The
   * result does not depend on the order of the entrants.
   *
   * @param entrants the entrants, one per region; possibly none; not null
   * @return the nomination, not null
   * @throws InvalidInputException if a region enters twice ({@code kipp.iga.duplicateEntrant})
   */
  public IgaNomination nominate(Collection<IgaEntrant> entrants) {
    requireNonNull(entrants, "entrants");
    TreeMap<RegionCode, IgaEntrant> byRegion = new TreeMap<>();
    List<Violation> violations = new ArrayList<>();
    for (IgaEntrant e : entrants) {
      if (byRegion.put(requireNonNull(e, "entrant").region().code(), e) != null) {
        violations.add(IidMessages.violation("kipp.iga.duplicateEntrant", "entrants", e.region().code()));
      }
    }
    InvalidInputException.throwIfAny("IGA nomination", violations);
    Map<IgaCluster, List<RankSubject>> members = new EnumMap<>(IgaCluster.class);
    ImmutableSortedMap.Builder<RegionCode, Decision> memberships = ImmutableSortedMap.naturalOrder();
    for (IgaEntrant e : byRegion.values()) {
      Placement p = placement(e.region());
      memberships.put(e.region().code(), p.decision());
      RankSubject subject = RankSubject.of(SubjectId.of(e.region().code().value()), e.verifiedIndex(),
          ImmutableMap.of(MEASURE_SID, e.verifiedSidPart()));
      for (IgaCluster c : p.clusters()) {
        members.computeIfAbsent(c, k -> new ArrayList<>()).add(subject);
      }
    }
    ImmutableSortedMap.Builder<IgaCluster, SubjectRanking> rankings = ImmutableSortedMap.naturalOrder();
    ImmutableSortedMap.Builder<IgaCluster, ImmutableList<RegionCode>> nominees = ImmutableSortedMap.naturalOrder();
    ImmutableSortedMap.Builder<IgaCluster, ImmutableSortedMap<RegionCode, Decision>> decisions = ImmutableSortedMap.naturalOrder();
    members.forEach((cluster, subjects) -> {
      SubjectRanking ranking = nominationRanker.rank(cluster.id(), subjects);
      int seats = settings.nominees(cluster).value();
      Citation seatsCitation = settings.nominees(cluster).citation();
      ImmutableList.Builder<RegionCode> chosen = ImmutableList.builder();
      ImmutableSortedMap.Builder<RegionCode, Decision> inCluster = ImmutableSortedMap.naturalOrder();
      for (RankedSubject r : ranking.entries()) {
        RegionCode code = RegionCode.of(r.id().value());
        boolean in = r.position() <= seats;
        List<Reason> reasons = new ArrayList<>();
        reasons.add(reason(in ? "kipp.iga.nominated" : "kipp.iga.notNominated", List.of(BY_INDEX, seatsCitation),
            "region", code, "rank", r.rank(), "size", ranking.size(), "index", r.score().toPlainString(), "seats", seats,
            "clusterEn", cluster.title().english(), "clusterId", cluster.title().indonesian()));
        r.brokenTie().ifPresent(t -> reasons.add(tie(t, r.score())));
        if (in) {
          chosen.add(code);
        }
        inCluster.put(code, decision(in, "region " + code, "iga.nomination", reasons));
      }
      rankings.put(cluster, ranking);
      nominees.put(cluster, chosen.build());
      decisions.put(cluster, inCluster.buildOrThrow());
    });
    return new IgaNomination(module.id(), settings.drawSeed(), ImmutableSortedMap.copyOf(byRegion), memberships.buildOrThrow(),
        rankings.buildOrThrow(), nominees.buildOrThrow(), decisions.buildOrThrow());
  }

  /**
   * Scores the nominees' presentations, weighs index and presentation into final scores and names
   * each cluster's winners (rule {@code iga.winner}). A nominee of two clusters (under {@link
   * IgaOverlap#BOTH}) presents once and is ranked in each.
   *
   * @param nomination this award's nomination, not null
   * @param presentations one presentation per nominee, scoring every aspect of the module's
   *     presentation weights; not null
   * @return the result, not null
   * @throws InvalidInputException if a presentation is given twice ({@code
   *     kipp.iga.duplicatePresentation}) or for a region that is no nominee ({@code
   *     kipp.iga.notNominee}), names an aspect the module does not weigh ({@code
   *     kipp.iga.aspectUnknown}) or misses one ({@code kipp.iga.aspectMissing}), or a nominee has no
   *     presentation ({@code kipp.iga.presentationMissing})
   * @throws IllegalArgumentException if the nomination was made with another module or draw seed
   */
  public IgaResult award(IgaNomination nomination, Collection<IgaPresentation> presentations) {
    requireNonNull(nomination, "nomination");
    requireNonNull(presentations, "presentations");
    if (!nomination.module().equals(module.id()) || nomination.drawSeed() != settings.drawSeed()) {
      throw new IllegalArgumentException("the nomination was made with module " + nomination.module() + " and seed "
          + nomination.drawSeed() + ", not this award's " + module.id() + " and seed " + settings.drawSeed());
    }
    ImmutableMap<String, BigDecimal> weights = rules.presentationWeights();
    List<Violation> violations = new ArrayList<>();
    TreeMap<RegionCode, IgaPresentation> byRegion = new TreeMap<>();
    java.util.Set<RegionCode> allNominees = new java.util.TreeSet<>();
    nomination.nominees().values().forEach(allNominees::addAll);
    for (IgaPresentation p : presentations) {
      RegionCode code = requireNonNull(p, "presentation").region();
      if (byRegion.put(code, p) != null) {
        violations.add(IidMessages.violation("kipp.iga.duplicatePresentation", "presentations", code));
        continue;
      }
      if (!allNominees.contains(code)) {
        violations.add(IidMessages.violation("kipp.iga.notNominee", "presentations", code));
      }
      for (String aspect : p.scores().keySet()) {
        if (!weights.containsKey(aspect)) {
          violations.add(IidMessages.violation("kipp.iga.aspectUnknown", "presentations." + code + ".scores", aspect,
              "module", module.id(), "allowed", String.join(", ", weights.keySet())));
        }
      }
      for (String aspect : weights.keySet()) {
        if (!p.scores().containsKey(aspect)) {
          violations.add(IidMessages.violation("kipp.iga.aspectMissing", "presentations." + code + ".scores", aspect, "region", code));
        }
      }
    }
    for (RegionCode code : allNominees) {
      if (!byRegion.containsKey(code)) {
        violations.add(IidMessages.violation("kipp.iga.presentationMissing", "presentations", code));
      }
    }
    InvalidInputException.throwIfAny("IGA award", violations);

    BigDecimal indexWeight = settings.indexWeight().value();
    BigDecimal presentationWeight = settings.presentationWeight().value();
    ImmutableSortedMap.Builder<IgaCluster, SubjectRanking> rankings = ImmutableSortedMap.naturalOrder();
    ImmutableSortedMap.Builder<IgaCluster, ImmutableList<IgaFinalScore>> scores = ImmutableSortedMap.naturalOrder();
    ImmutableSortedMap.Builder<IgaCluster, ImmutableList<RegionCode>> winners = ImmutableSortedMap.naturalOrder();
    ImmutableSortedMap.Builder<IgaCluster, ImmutableSortedMap<RegionCode, Decision>> decisions = ImmutableSortedMap.naturalOrder();
    nomination.nominees().forEach((cluster, codes) -> {
      Map<RegionCode, IgaFinalScore> finals = new TreeMap<>();
      List<RankSubject> subjects = new ArrayList<>();
      for (RegionCode code : codes) {
        BigDecimal index = requireNonNull(nomination.entrants().get(code), "entrant").verifiedIndex();
        BigDecimal presentation = presentationScore(requireNonNull(byRegion.get(code)), weights);
        // Exact; shown with at least the index's decimals (a scale raised, never rounded).
        presentation = presentation.setScale(Math.max(presentation.scale(), rules.indexScale()));
        BigDecimal exact = index.multiply(indexWeight).add(presentation.multiply(presentationWeight)).divide(IgaSettings.HUNDRED);
        BigDecimal score = exact.setScale(rules.indexScale(), rules.indexRounding());
        finals.put(code, new IgaFinalScore(code, index, presentation, score));
        subjects.add(RankSubject.of(SubjectId.of(code.value()), score, ImmutableMap.of(MEASURE_PRESENTATION, presentation, MEASURE_INDEX, index)));
      }
      SubjectRanking ranking = finalRanker.rank(cluster.id(), subjects);
      int seats = settings.winners(cluster).value();
      ImmutableList.Builder<IgaFinalScore> ordered = ImmutableList.builder();
      ImmutableList.Builder<RegionCode> won = ImmutableList.builder();
      ImmutableSortedMap.Builder<RegionCode, Decision> inCluster = ImmutableSortedMap.naturalOrder();
      for (RankedSubject r : ranking.entries()) {
        RegionCode code = RegionCode.of(r.id().value());
        IgaFinalScore f = requireNonNull(finals.get(code));
        ordered.add(f);
        boolean in = r.position() <= seats;
        List<Reason> reasons = new ArrayList<>();
        reasons.add(reason("kipp.iga.presentationScore", List.of(rules.citation(IidKeys.PRESENTATION_WEIGHTS)), "region", code,
            "value", f.presentation().toPlainString(), "detail", detail(requireNonNull(byRegion.get(code)), weights)));
        reasons.add(reason("kipp.iga.finalScore", List.of(settings.indexWeight().citation(), rules.citation(IidKeys.INDEX_ROUNDING)),
            "region", code, "value", f.score().toPlainString(), "index", f.index().toPlainString(),
            "indexWeight", indexWeight.toPlainString(), "presentation", f.presentation().toPlainString(),
            "presentationWeight", presentationWeight.toPlainString(), "scale", rules.indexScale(), "rounding", rules.indexRounding()));
        reasons.add(reason(in ? "kipp.iga.winner" : "kipp.iga.notWinner", List.of(settings.winners(cluster).citation()),
            "region", code, "rank", r.rank(), "size", ranking.size(), "seats", seats,
            "clusterEn", cluster.title().english(), "clusterId", cluster.title().indonesian()));
        r.brokenTie().ifPresent(t -> reasons.add(tie(t, r.score())));
        if (in) {
          won.add(code);
        }
        inCluster.put(code, decision(in, "region " + code, "iga.winner", reasons));
      }
      rankings.put(cluster, ranking);
      scores.put(cluster, ordered.build());
      winners.put(cluster, won.build());
      decisions.put(cluster, inCluster.buildOrThrow());
    });
    return new IgaResult(module.id(), settings.drawSeed(), rankings.buildOrThrow(), scores.buildOrThrow(), winners.buildOrThrow(),
        decisions.buildOrThrow());
  }

  /** Σ weight × score ÷ 100, exact. */
  private static BigDecimal presentationScore(IgaPresentation p, ImmutableMap<String, BigDecimal> weights) {
    BigDecimal sum = BigDecimal.ZERO;
    for (Map.Entry<String, BigDecimal> w : weights.entrySet()) {
      sum = sum.add(w.getValue().multiply(requireNonNull(p.scores().get(w.getKey()))));
    }
    return sum.divide(IgaSettings.HUNDRED);
  }

  private static String detail(IgaPresentation p, ImmutableMap<String, BigDecimal> weights) {
    return weights.entrySet().stream()
        .map(w -> w.getKey() + " " + requireNonNull(p.scores().get(w.getKey())).toPlainString() + " x " + w.getValue().toPlainString() + "%")
        .collect(Collectors.joining("; "));
  }

  private static Reason tie(SubjectTie t, BigDecimal score) {
    return reason("kipp.iga.tie", List.of(t.citation()), "score", score.toPlainString(), "above", t.above(),
        "tied", t.tiedWith().stream().map(SubjectId::value).collect(Collectors.joining(", ")),
        "ruleEn", t.description().english(), "ruleId", t.description().indonesian());
  }

  private static Decision decision(boolean pass, String subject, String rule, List<Reason> reasons) {
    return new Decision(subject, rule, pass ? Decision.Outcome.PASS : Decision.Outcome.FAIL, ImmutableList.copyOf(reasons));
  }

  private static Reason reason(String key, List<Citation> citations, Object... args) {
    return Reason.of(key, IidMessages.render(key, args), citations);
  }

  @Override
  public String toString() {
    return "IgaAward[" + module.id() + ", " + settings + "]";
  }
}
