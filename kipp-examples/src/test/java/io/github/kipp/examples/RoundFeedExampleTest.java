package io.github.kipp.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.kipp.core.Citation;
import io.github.kipp.core.InnovationId;
import io.github.kipp.core.ProposalId;
import io.github.kipp.core.RuleModuleId;
import io.github.kipp.core.TierId;
import io.github.kipp.core.eligibility.PastResult;
import io.github.kipp.core.eligibility.ResultHistory;
import io.github.kipp.core.eligibility.Tiers;
import io.github.kipp.core.innovation.Proposal;
import io.github.kipp.rules.sinovik.SinovikModule;
import io.github.kipp.rules.sinovik.SinovikRules;
import io.github.kipp.rules.sinovik.regional.LuwuUtara;
import io.github.kipp.rules.sinovik.regional.SulawesiSelatan;
import io.github.kipp.scoring.competition.Competition;
import io.github.kipp.scoring.competition.EditionResult;
import io.github.kipp.scoring.competition.Entries;
import io.github.kipp.scoring.feed.FeedEntry;
import io.github.kipp.scoring.feed.FeedResult;
import io.github.kipp.scoring.feed.FeedSelection;
import io.github.kipp.scoring.feed.RoundFeed;
import java.io.OutputStream;
import java.io.PrintStream;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The example's South Sulawesi 2023 round handed on to the national edition in force (KIPP 2023),
 * and Luwu Utara's five innovations handed on to South Sulawesi as the regency chose them [Seed-2].
 */
class RoundFeedExampleTest {

  private static final Clock CLOCK = Clock.fixed(Instant.parse("2023-05-10T00:00:00Z"), ZoneOffset.UTC);
  private static final List<String> LUWU_UTARA_FIVE = List.of("giatki-ces", "sehati-2020", "jatah-akhirat", "pildacil", "si-modis");

  static CompetitionRun run;

  @BeforeAll
  static void run_south_sulawesi_2023_to_its_top_30() {
    SinovikModule sulsel = SulawesiSelatan.kipp2023();
    run = CompetitionRun.run(sulsel, SampleProvince.generate(sulsel.edition(), 120, 2023), 2023, new PrintStream(OutputStream.nullOutputStream()));
  }

  @Test
  void south_sulawesis_top_30_go_to_kipp_2023_and_what_its_rules_refuse_is_refused_with_their_citations() {
    RoundFeed feed = RoundFeed.nationalInForce(SinovikRules.registry(), run.module);
    List<ProposalId> top30 = run.result.tierCut(TierId.of("top-30")).orElseThrow().passed().stream().map(e -> e.proposal()).collect(Collectors.toList());
    // A hypothetical national history: the province's first winner had already been in the national Top 99 in 2019 and
    // 2021 and won the Top 45 in 2021, which the 2023 umum rule, read with its connectives as published, excludes.
    InnovationId earlierWinner = run.proposal(top30.get(0)).innovation().id();
    ResultHistory national = ResultHistory.of(List.of(PastResult.umum(earlierWinner.value(), 2019, Tiers.TOP_99),
        PastResult.umum(earlierWinner.value(), 2021, Tiers.TOP_99), PastResult.umum(earlierWinner.value(), 2021, Tiers.TOP_45)));

    FeedResult fed = feed.feed(run.module, run.result, FeedSelection.winners(), national);

    assertThat(feed.next().id()).isEqualTo(RuleModuleId.of("sinovik-2023"));
    assertThat(fed.selected()).hasSize(30).containsExactlyElementsOf(top30);
    Set<ProposalId> handled = new HashSet<>(fed.refused().keySet());
    fed.entered().forEach(e -> handled.add(e.proposal().id()));
    assertThat(handled).containsExactlyInAnyOrderElementsOf(top30);
    assertThat(fed.refused()).containsKey(top30.get(0));
    assertThat(fed.refused().get(top30.get(0)).failures()).extracting(d -> d.rule()).contains("past-results:umum");
    var why = fed.refusal(top30.get(0)).orElseThrow();
    assertThat(why.message().english()).contains("kipp-2023", "sinovik-2023", "past-results:umum");
    assertThat(why.message().indonesian()).contains("tidak diikutkan", "kipp-2023");
    assertThat(why.citations()).extracting(Citation::instrument).anyMatch(i -> i.contains("Pedoman Menteri PANRB 3/2023"));
    for (FeedEntry e : fed.entered()) {
      assertThat(e.proposal().edition().value()).isEqualTo("kipp-2023");
      assertThat(e.regionalResults()).extracting(r -> r.tier().value()).containsExactly("sulsel-2023:top-40", "sulsel-2023:top-30");
      assertThat(e.citations()).isNotEmpty();
    }
    EditionResult screened = Competition.of(feed.next(), 1, CLOCK).screen(fed.entries());
    assertThat(screened.screening().result().ineligible()).isEmpty();
    assertThat(screened.screening().result().eligible()).hasSize(fed.entered().size());
  }

  @Test
  void luwu_utaras_five_go_to_south_sulawesi_as_the_regency_chose_them() {
    SinovikModule luwuUtara = LuwuUtara.selection2023();
    List<Proposal> five = run.sample.proposals.stream().filter(p -> LUWU_UTARA_FIVE.contains(p.innovation().id().value()))
        .map(p -> p.withEdition(luwuUtara.edition().id())).collect(Collectors.toList());
    EditionResult screened = Competition.of(luwuUtara, 1, CLOCK).screen(Entries.submitted(five));
    Citation seed2 = Citation.reported("Surat Bagian Organisasi Sekretariat Daerah Kabupaten Luwu Utara kepada perangkat daerah", "UNKNOWN")
        .withSources("Seed-2").withNote("the regency asked every agency for one innovation and sent the five to the province");
    List<ProposalId> chosen = five.stream().map(Proposal::id).collect(Collectors.toList());

    FeedResult fed = RoundFeed.into(SulawesiSelatan.kipp2023()).feed(luwuUtara, screened, FeedSelection.chosen(chosen, seed2));

    assertThat(fed.refused()).isEmpty();
    assertThat(fed.entered()).extracting(e -> e.proposal().innovation().id().value()).containsExactlyElementsOf(LUWU_UTARA_FIVE);
    for (FeedEntry e : fed.entered()) {
      assertThat(e.proposal().edition().value()).isEqualTo("sulsel-2023");
      assertThat(e.regionalResults()).extracting(r -> r.tier().value()).containsExactly("luwu-utara-2023:entered");
      assertThat(e.citations()).first().isEqualTo(seed2);
      assertThat(e.screening().decisions()).extracting(d -> d.rule()).contains("entrant-region");
    }
  }
}
