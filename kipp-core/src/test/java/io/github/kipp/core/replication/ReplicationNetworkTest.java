package io.github.kipp.core.replication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import com.google.common.collect.ImmutableList;
import io.github.kipp.core.Citation;
import io.github.kipp.core.Decision;
import io.github.kipp.core.EditionId;
import io.github.kipp.core.EffectivePeriod;
import io.github.kipp.core.Fixtures;
import io.github.kipp.core.GroupId;
import io.github.kipp.core.InnovationId;
import io.github.kipp.core.InstitutionId;
import io.github.kipp.core.InvalidInputException;
import io.github.kipp.core.LocalizedText;
import io.github.kipp.core.RuleModuleId;
import io.github.kipp.core.TierId;
import io.github.kipp.core.edition.Edition;
import io.github.kipp.core.eligibility.EligibilityRule;
import io.github.kipp.core.eligibility.EligibilityRules;
import io.github.kipp.core.eligibility.HistoryCondition;
import io.github.kipp.core.eligibility.PastResult;
import io.github.kipp.core.eligibility.ResultHistory;
import io.github.kipp.core.eligibility.Tiers;
import io.github.kipp.core.innovation.Innovation;
import io.github.kipp.core.innovation.Proposal;
import io.github.kipp.core.innovation.Replication;
import io.github.kipp.core.institution.Institution;
import io.github.kipp.core.institution.InstitutionType;
import io.github.kipp.core.institution.RegionCode;
import io.github.kipp.core.spi.Jurisdiction;
import io.github.kipp.core.spi.ParameterSet;
import io.github.kipp.core.spi.RuleModule;
import io.github.kipp.core.stage.StageMachine;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ReplicationNetworkTest {

  private static final Citation KEPMEN_161 = Citation.reported("KepmenPANRB 161/2021", "Lampiran, section UNKNOWN").withSources("S6", "S18");
  private static final GroupId REPLIKASI = GroupId.of("replikasi");
  private static final InnovationId SI_JEMPOL = InnovationId.of("si-jempol");
  private static final InnovationId SUMBER = InnovationId.of("sumber-a");
  private static final RegionCode KEPRI = RegionCode.of("21");
  private static final Institution PEMPROV_KEPRI =
      Institution.regionalGovernment("pemprov-kepri", "Pemerintah Provinsi Kepulauan Riau", InstitutionType.PROVINSI, KEPRI);

  /** A link decoded from a number: small pools of ids, so that sources, replicas and regions repeat. */
  private static ReplicationLink link(int n) {
    int source = n % 7;
    int replica = (n / 7) % 9;
    if (replica == source) {
      replica = 8 - source == source ? 0 : 8 - source;
    }
    int year = 2019 + (n / 63) % 7;
    int where = (n / 441) % 4;
    Optional<RegionCode> region = where == 0 ? Optional.empty() : Optional.of(RegionCode.of(where == 1 ? "21" : where == 2 ? "73" : "73.22"));
    return new ReplicationLink(InnovationId.of("inv-" + replica), InnovationId.of("inv-" + source), EditionId.of("kipp-" + year), year,
        InstitutionId.of(where == 0 ? "kemenkeu" : "pemda-" + where), region);
  }

  private static PastResult result(int n) {
    TierId[] tiers = {Tiers.TOP_99, Tiers.TOP_45, Tiers.TOP_5_REPLIKASI, Tiers.ENTERED};
    return new PastResult(InnovationId.of("inv-" + n % 9), 2014 + (n / 9) % 12, tiers[(n / 108) % 4], GroupId.of((n / 432) % 2 == 0 ? "umum" : "replikasi"));
  }

  private static List<ReplicationLink> links(List<Integer> ns) {
    return ns.stream().map(ReplicationNetworkTest::link).collect(Collectors.toList());
  }

  private static List<PastResult> results(List<Integer> ns) {
    return ns.stream().map(ReplicationNetworkTest::result).collect(Collectors.toList());
  }

  @Test
  void every_query_agrees_with_the_links_it_was_built_from() {
    HistoryCondition top = HistoryCondition.any(HistoryCondition.reached(Tiers.TOP_45, 2019, 2023), HistoryCondition.reached(Tiers.TOP_5_REPLIKASI, 2021, 2023));
    qt().withFixedSeed(1601).withExamples(1_000)
        .forAll(lists().of(integers().between(0, 1_763)).ofSizeBetween(0, 40), lists().of(integers().between(0, 863)).ofSizeBetween(0, 20))
        .checkAssert((ns, rs) -> {
          List<ReplicationLink> given = links(ns);
          ReplicationNetwork network = ReplicationNetwork.of(given, ResultHistory.of(results(rs)));
          assertThat(network.links()).containsExactlyElementsOf(new TreeSet<>(given));
          Set<InnovationId> sources = given.stream().map(ReplicationLink::source).collect(Collectors.toCollection(TreeSet::new));
          Set<InnovationId> replicas = given.stream().map(ReplicationLink::replica).collect(Collectors.toCollection(TreeSet::new));
          assertThat(network.sources()).containsExactlyElementsOf(sources);
          assertThat(network.replicas()).containsExactlyElementsOf(replicas);
          for (int i = 0; i < 9; i++) {
            InnovationId id = InnovationId.of("inv-" + i);
            assertThat(network.replicasOf(id)).containsExactlyElementsOf(
                network.links().stream().filter(l -> l.source().equals(id)).collect(Collectors.toList()));
            assertThat(network.sourcesOf(id)).containsExactlyElementsOf(
                given.stream().filter(l -> l.replica().equals(id)).map(ReplicationLink::source).collect(Collectors.toCollection(TreeSet::new)));
            assertThat(network.regionsOf(id)).containsExactlyElementsOf(given.stream().filter(l -> l.source().equals(id))
                .flatMap(l -> l.region().stream()).collect(Collectors.toCollection(TreeSet::new)));
          }
          for (ReplicationLink l : given) {
            assertThat(network.replicasOf(l.source())).contains(l);
            assertThat(network.sourcesOf(l.replica())).contains(l.source());
            assertThat(network.inEdition(l.edition())).contains(l).allMatch(x -> x.edition().equals(l.edition()));
          }
          var where = network.replicatedWhere(top);
          for (InnovationId s : sources) {
            boolean isTop = top.test(network.history().of(s));
            assertThat(where.containsKey(s)).as("top source %s", s).isEqualTo(isTop);
            if (isTop) {
              assertThat(where.get(s)).isEqualTo(network.replicasOf(s));
            }
          }
          assertThat(sources).containsAll(where.keySet());
        });
  }

  @Test
  void the_order_in_which_links_and_results_are_added_does_not_matter() {
    qt().withFixedSeed(1602).withExamples(1_000)
        .forAll(lists().of(integers().between(0, 1_763)).ofSizeBetween(0, 40), lists().of(integers().between(0, 863)).ofSizeBetween(0, 20),
            integers().allPositive())
        .checkAssert((ns, rs, seed) -> {
          List<ReplicationLink> given = links(ns);
          List<PastResult> past = results(rs);
          ReplicationNetwork network = ReplicationNetwork.of(given, ResultHistory.of(past));
          List<ReplicationLink> shuffled = new ArrayList<>(given);
          shuffled.addAll(given.subList(0, given.size() / 2));   // repeats are kept once
          Collections.shuffle(shuffled, new Random(seed));
          List<PastResult> shuffledPast = new ArrayList<>(past);
          Collections.shuffle(shuffledPast, new Random(seed + 1L));
          ReplicationNetwork.Builder b = ReplicationNetwork.newBuilder();
          int half = shuffledPast.size() / 2;
          b.results(ResultHistory.of(shuffledPast.subList(half, shuffledPast.size())));
          shuffled.forEach(b::link);
          b.results(ResultHistory.of(shuffledPast.subList(0, half)));
          ReplicationNetwork again = b.build();

          assertThat(again).isEqualTo(network).hasSameHashCodeAs(network);
          assertThat(again.links()).containsExactlyElementsOf(network.links());
          int cut = given.size() / 3;
          ReplicationNetwork left = ReplicationNetwork.of(given.subList(0, cut), ResultHistory.of(past));
          ReplicationNetwork right = ReplicationNetwork.of(given.subList(cut, given.size()), ResultHistory.empty());
          assertThat(left.plus(right)).isEqualTo(right.plus(left)).isEqualTo(network);
          assertThat(network.plus(network)).isEqualTo(network);
        });
  }

  @Test
  void an_innovation_replicating_itself_is_refused_in_both_languages() {
    assertThatThrownBy(() -> new ReplicationLink(SI_JEMPOL, SI_JEMPOL, EditionId.of("kipp-2021"), 2021, PEMPROV_KEPRI.id(), Optional.of(KEPRI)))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> {
          assertThat(e.violations()).extracting(v -> v.code()).containsExactly("kipp.replication.selfLink");
          assertThat(e.text().english()).contains("si-jempol", "cannot replicate itself");
          assertThat(e.text().indonesian()).contains("si-jempol", "tidak dapat mereplikasi dirinya sendiri");
        });
    assertThatThrownBy(() -> new ReplicationLink(SI_JEMPOL, SUMBER, EditionId.of("kipp-1921"), 1921, PEMPROV_KEPRI.id(), Optional.of(KEPRI)))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations()).extracting(v -> v.code()).containsExactly("kipp.edition.year"));
  }

  @Test
  void a_replication_proposal_makes_one_link_per_source_with_its_region_and_edition() {
    Edition edition = Fixtures.edition();
    Innovation jempol = Innovation.of(SI_JEMPOL, "Si Jempol", Optional.of("Proses Izin dengan Jarimu"), PEMPROV_KEPRI,
        io.github.kipp.core.institution.Unit.of("kepri-dpmptsp", "DPMPTSP", PEMPROV_KEPRI, io.github.kipp.core.institution.UnitKind.PERANGKAT_DAERAH),
        io.github.kipp.core.innovation.ImplementationStart.ofMonth(java.time.YearMonth.of(2019, 6)));
    Proposal replica = Proposal.newBuilder().id(io.github.kipp.core.ProposalId.of("p-jempol")).innovation(jempol).edition(edition.id())
        .group(REPLIKASI).category(io.github.kipp.core.CategoryId.of("tata-kelola"))
        .replication(Replication.of(List.of(SUMBER, InnovationId.of("sumber-b")), "Diadaptasi untuk perizinan provinsi")).build();
    Proposal plain = Fixtures.proposal("p-umum").build();

    ReplicationNetwork network = ReplicationNetwork.newBuilder().replicas(edition, List.of(plain, replica)).build();

    assertThat(network.links()).containsExactly(
        new ReplicationLink(SI_JEMPOL, SUMBER, edition.id(), 2023, PEMPROV_KEPRI.id(), Optional.of(KEPRI)),
        new ReplicationLink(SI_JEMPOL, InnovationId.of("sumber-b"), edition.id(), 2023, PEMPROV_KEPRI.id(), Optional.of(KEPRI)));
    assertThat(network.regionsOf(SUMBER)).containsExactly(KEPRI);
    assertThatThrownBy(() -> ReplicationNetwork.newBuilder().replicas(edition.withId(EditionId.of("kipp-2025")), List.of(replica)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("p-jempol").hasMessageContaining("kipp-2025");
  }

  @Test
  void a_source_qualifies_by_the_replication_rule_of_the_module_asked_with_its_citation() {
    HistoryCondition top99 = HistoryCondition.reached(Tiers.TOP_99, 2014, 2020);
    RuleModule withReplication = module("sinovik-2021", List.of(EligibilityRules.replicationSource(REPLIKASI, top99, KEPMEN_161)));
    RuleModule without = module("sinovik-2023", List.of());
    ReplicationNetwork network = ReplicationNetwork.of(
        List.of(new ReplicationLink(SI_JEMPOL, SUMBER, EditionId.of("kipp-2021"), 2021, PEMPROV_KEPRI.id(), Optional.of(KEPRI))),
        ResultHistory.of(List.of(new PastResult(SUMBER, 2019, Tiers.TOP_99, GroupId.of("umum")),
            new PastResult(SI_JEMPOL, 2021, Tiers.TOP_5_REPLIKASI, REPLIKASI))));

    Decision source = network.sourceEligibility(SUMBER, withReplication);
    Decision replica = network.sourceEligibility(SI_JEMPOL, withReplication);
    Decision none = network.sourceEligibility(SUMBER, without);

    assertThat(source.passed()).isTrue();
    assertThat(source.rule()).isEqualTo("replication-source");
    assertThat(source.reasons().get(0).code()).isEqualTo("kipp.eligibility.replication.source");
    assertThat(source.citations()).containsExactly(KEPMEN_161);
    assertThat(replica.passed()).isFalse();
    assertThat(replica.reasons().get(0).code()).isEqualTo("kipp.eligibility.replication.unqualified");
    assertThat(replica.reasons().get(0).message().english()).contains("si-jempol", "top-5-replikasi 2021");
    assertThat(replica.reasons().get(0).message().indonesian()).contains("si-jempol", "tidak memenuhi syarat");
    assertThat(none.passed()).isFalse();
    assertThat(none.reasons().get(0).code()).isEqualTo("kipp.eligibility.replication.noGroup");
    assertThat(none.reasons().get(0).message().english()).contains("sinovik-2023");
    assertThat(none.citations()).isEqualTo(without.legalBasis());
  }

  private static RuleModule module(String id, List<EligibilityRule> rules) {
    return new RuleModule() {
      @Override
      public RuleModuleId id() {
        return RuleModuleId.of(id);
      }

      @Override
      public LocalizedText title() {
        return LocalizedText.same(id);
      }

      @Override
      public Jurisdiction jurisdiction() {
        return Jurisdiction.NATIONAL;
      }

      @Override
      public EffectivePeriod effectivePeriod() {
        return EffectivePeriod.ofYear(2021);
      }

      @Override
      public int editionYear() {
        return 2021;
      }

      @Override
      public ImmutableList<Citation> legalBasis() {
        return ImmutableList.of(KEPMEN_161);
      }

      @Override
      public ParameterSet parameters() {
        return ParameterSet.newBuilder().build();
      }

      @Override
      public Edition edition() {
        return Fixtures.edition();
      }

      @Override
      public StageMachine pipeline() {
        return StageMachine.national();
      }

      @Override
      public ImmutableList<EligibilityRule> eligibilityRules() {
        return ImmutableList.copyOf(rules);
      }
    };
  }
}
