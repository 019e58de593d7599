package io.github.kipp.scoring.competition;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import io.github.kipp.core.Decision;
import io.github.kipp.core.LocalizedText;
import io.github.kipp.core.ProposalId;
import io.github.kipp.core.Reason;
import io.github.kipp.scoring.internal.ScoringMessages;
import io.github.kipp.scoring.rank.AwardTier;
import io.github.kipp.scoring.rank.Candidate;
import io.github.kipp.scoring.rank.CutResult;
import io.github.kipp.scoring.rank.Cutoff;
import io.github.kipp.scoring.rank.RankedEntry;
import io.github.kipp.scoring.rank.Ranker;
import io.github.kipp.scoring.rank.Ranking;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Cuts a winners' tier from its competing proposals: one Top-N cut of the tier's ranking, or, for a
 * tier with participant-type clusters, a Top-N cut within each cluster and a last cut of the
 * remaining proposals for the seats the clusters could not fill.
 */
final class TierCuts {

  private TierCuts() {}

  /**
   * Awards a tier.
   *
   * @param tier the tier
   * @param ranker the ranker with the module's whole tie-break chain
   * @param competing the competing proposals of the tier's groups not awarded a higher tier, in the
   *     final ranking's order
   * @return the tier's award
   */
  static Winners.TierAward award(AwardTier tier, Ranker ranker, List<Candidate> competing) {
    Ranking tierRanking = ranker.rank(tier.id().value(), competing);
    if (!tier.clustered()) {
      return new Winners.TierAward(tier, tierRanking, Cutoff.topN(tier.size(), tier.citation()).apply(tierRanking));
    }
    Map<ProposalId, List<Reason>> reasons = new HashMap<>();
    Set<ProposalId> won = new HashSet<>();
    ImmutableList.Builder<Winners.ClusterAward> clusters = ImmutableList.builder();
    int unfilled = 0;
    List<LocalizedText> shortClusters = new ArrayList<>();
    for (AwardTier.Cluster cluster : tier.clusters()) {
      List<Candidate> members = new ArrayList<>();
      for (Candidate c : competing) {
        if (cluster.types().contains(c.proposal().innovation().institution().type())) {
          members.add(c);
        }
      }
      Ranking ranking = ranker.rank(tier.id().value() + "/" + cluster.id(), members);
      Cutoff cutoff = Cutoff.topN(cluster.size(), cluster.citation());
      CutResult plain = cutoff.apply(ranking);
      Set<ProposalId> passed = new HashSet<>();
      plain.passed().forEach(e -> passed.add(e.proposal()));
      int boundary = ranking.entries().size() >= cluster.size() ? ranking.entries().get(cluster.size() - 1).rank() : Integer.MAX_VALUE;
      ImmutableSortedMap.Builder<ProposalId, Decision> decisions = ImmutableSortedMap.naturalOrder();
      for (RankedEntry e : ranking.entries()) {
        boolean inside = e.position() <= cluster.size();
        boolean in = passed.contains(e.proposal());
        String key = inside ? "kipp.cutoff.insideCluster" : in && e.rank() == boundary ? "kipp.cutoff.tiedInCluster" : "kipp.cutoff.outsideCluster";
        Reason reason = Reason.of(key, named(key, "cluster", cluster.name(), "position", e.position(), "rank", e.rank(), "n", cluster.size()),
            cluster.citation());
        String subject = "proposal " + e.proposal();
        decisions.put(e.proposal(), in ? Decision.pass(subject, "cutoff", reason) : Decision.fail(subject, "cutoff", reason));
        reasons.computeIfAbsent(e.proposal(), k -> new ArrayList<>()).add(reason);
      }
      won.addAll(passed);
      clusters.add(new Winners.ClusterAward(cluster, ranking, new CutResult(cutoff, plain.passed(), decisions.buildOrThrow())));
      if (plain.passed().size() < cluster.size()) {
        unfilled += cluster.size() - plain.passed().size();
        shortClusters.add(cluster.name());
      }
    }
    Set<ProposalId> refilled = new HashSet<>();
    List<Candidate> rest = new ArrayList<>();
    for (RankedEntry e : tierRanking.entries()) {
      if (!won.contains(e.proposal())) {
        rest.add(e.candidate());
      }
    }
    if (!rest.isEmpty()) {
      Ranking restRanking = ranker.rank(tier.id().value() + "/unfilled", rest);
      Set<ProposalId> extra = new HashSet<>();
      if (unfilled > 0) {
        Cutoff.topN(unfilled, tier.citation()).apply(restRanking).passed().forEach(e -> extra.add(e.proposal()));
      }
      LocalizedText names = join(shortClusters);
      for (RankedEntry e : restRanking.entries()) {
        boolean in = extra.contains(e.proposal());
        String key = in ? "kipp.cutoff.unfilledSeat" : "kipp.cutoff.noUnfilledSeat";
        Reason reason = Reason.of(key, named(key, "clusters", names, "position", e.position(), "n", unfilled), tier.citation());
        List<Reason> r = reasons.computeIfAbsent(e.proposal(), k -> new ArrayList<>());
        if (in) {
          r.add(0, reason);
          refilled.add(e.proposal());
        } else {
          r.add(reason);
        }
      }
    }
    ImmutableList.Builder<RankedEntry> passed = ImmutableList.builder();
    Map<ProposalId, Decision> decisions = new TreeMap<>();
    for (RankedEntry e : tierRanking.entries()) {
      List<Reason> r = reasons.getOrDefault(e.proposal(), List.of());
      String subject = "proposal " + e.proposal();
      if (won.contains(e.proposal()) || refilled.contains(e.proposal())) {
        passed.add(e);
        decisions.put(e.proposal(), Decision.pass(subject, "cutoff", r.toArray(new Reason[0])));
      } else {
        decisions.put(e.proposal(), Decision.fail(subject, "cutoff", r.get(0), r.subList(1, r.size()).toArray(new Reason[0])));
      }
    }
    CutResult cut = new CutResult(Cutoff.topN(tier.size(), tier.citation()), passed.build(), ImmutableSortedMap.copyOf(decisions));
    return new Winners.TierAward(tier, tierRanking, cut, clusters.build());
  }

  /** Renders a message whose argument {@code name} is a name in both languages, each in its own language. */
  private static LocalizedText named(String key, String name, LocalizedText value, Object... namesAndValues) {
    Object[] id = new Object[namesAndValues.length + 2];
    Object[] en = new Object[namesAndValues.length + 2];
    id[0] = name;
    id[1] = value.indonesian();
    en[0] = name;
    en[1] = value.english();
    System.arraycopy(namesAndValues, 0, id, 2, namesAndValues.length);
    System.arraycopy(namesAndValues, 0, en, 2, namesAndValues.length);
    return LocalizedText.of(ScoringMessages.render(key, id).indonesian(), ScoringMessages.render(key, en).english());
  }

  private static LocalizedText join(List<LocalizedText> names) {
    if (names.isEmpty()) {
      return LocalizedText.of("-", "-");
    }
    StringBuilder id = new StringBuilder();
    StringBuilder en = new StringBuilder();
    for (LocalizedText n : names) {
      id.append(id.length() == 0 ? "" : ", ").append(n.indonesian());
      en.append(en.length() == 0 ? "" : ", ").append(n.english());
    }
    return LocalizedText.of(id.toString(), en.toString());
  }
}
