package io.github.kipp.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.github.kipp.core.edition.Edition;
import io.github.kipp.core.innovation.Proposal;
import io.github.kipp.scoring.ScoreSheet;
import io.github.kipp.testkit.generators.KippFactories;
import io.github.kipp.testkit.generators.KippGenerators;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class KippBuildersTest {

  @Test
  void one_line_gives_a_valid_proposal_for_the_default_edition() {
    Edition edition = KippBuilders.edition().build();
    Proposal p = KippBuilders.proposal().build();

    assertThat(edition.validate(p)).isEmpty();
    assertThat(p.innovation().institution()).isEqualTo(KippBuilders.LUWU_UTARA);
  }

  @Test
  void a_proposal_for_any_generated_edition_fits_it() {
    qt().withFixedSeed(11).withExamples(1_000).forAll(KippGenerators.editions())
        .checkAssert(e -> assertThat(e.validate(KippBuilders.proposalFor(e).group(e.groups().get(0).id().value())
            .replicates("inv-x").build()).stream().filter(v -> !v.code().equals("kipp.proposal.replicationNotAllowed"))).isEmpty());
  }

  @Test
  void generated_proposals_are_valid_for_their_edition() {
    qt().withFixedSeed(12).withExamples(1_000).forAll(KippGenerators.editions().zip(org.quicktheories.generators.SourceDSL.integers().between(0, 1000), (e, i) -> e))
        .checkAssert(e -> {
          Proposal p = KippFactories.seeded(e.hashCode()).proposal(e);
          assertThat(e.validate(p)).isEmpty();
        });
    Edition edition = KippBuilders.edition().build();
    qt().withFixedSeed(13).withExamples(1_000).forAll(KippGenerators.proposals(edition)).checkAssert(p -> assertThat(edition.validate(p)).isEmpty());
  }

  @Test
  void factories_give_the_same_values_for_the_same_seed() {
    Edition edition = KippBuilders.edition().build();

    assertThat(KippFactories.seeded(3).proposals(edition, 20)).isEqualTo(KippFactories.seeded(3).proposals(edition, 20));
    assertThat(KippFactories.seeded(3).proposals(edition, 20)).isNotEqualTo(KippFactories.seeded(4).proposals(edition, 20));
    assertThat(KippFactories.seeded(3).panel(10).size()).isEqualTo(10);
  }

  @Test
  void generated_sheets_are_on_the_criteria_scales() {
    qt().withFixedSeed(14).withExamples(1_000).forAll(KippGenerators.sheets(KippBuilders.criteria(), io.github.kipp.core.ProposalId.of("p-1"), io.github.kipp.core.ActorId.of("te-1")))
        .checkAssert(s -> assertThat(KippBuilders.criteria().validate(s)).isEmpty());
  }

  @Test
  void builders_set_what_they_are_told() {
    ScoreSheet s = KippBuilders.sheet(KippBuilders.criteria()).proposal("p-9").evaluator("te-3").all("70").score("signifikansi", "95").build();
    Proposal p = KippBuilders.proposal().id("p-9").group("khusus").started(LocalDate.of(2018, 4, 1)).pandemicRelated().title("Si Modis").build();

    assertThat(KippBuilders.criteria().weightedTotal(s.scores())).isEqualByComparingTo(new BigDecimal("85"));
    assertThat(p.group().value()).isEqualTo("khusus");
    assertThat(p.pandemicRelated()).isTrue();
    assertThat(p.innovation().title()).isEqualTo("Si Modis");
    assertThat(KippBuilders.institution().id("pdam").type(io.github.kipp.core.institution.InstitutionType.BUMD).region("73.22").owner("pemkab-luwu-utara").build().owner())
        .isPresent();
    assertThat(KippBuilders.evaluator().expertIn("kesehatan").build().covers(io.github.kipp.core.CategoryId.of("pendidikan"))).isFalse();
  }
}
