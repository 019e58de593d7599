package io.github.kipp.scoring.fairness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.kipp.core.Citation;
import io.github.kipp.core.GroupId;
import io.github.kipp.core.InvalidInputException;
import io.github.kipp.core.ProposalId;
import io.github.kipp.core.Violation;
import io.github.kipp.core.innovation.Proposal;
import io.github.kipp.core.institution.Institution;
import io.github.kipp.core.institution.InstitutionType;
import io.github.kipp.core.institution.RegionCode;
import io.github.kipp.core.institution.ThreeTRegions;
import io.github.kipp.scoring.ScoringFixtures;
import io.github.kipp.scoring.shortlist.QuotaDimension;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class RegionalFairnessTest {

  private static final Institution ASMAT =
      Institution.regionalGovernment("pemkab-asmat", "Pemerintah Kabupaten Asmat", InstitutionType.KABUPATEN, RegionCode.of("93.04"));
  private static final Institution SIGI =
      Institution.regionalGovernment("pemkab-sigi", "Pemerintah Kabupaten Sigi", InstitutionType.KABUPATEN, RegionCode.of("72.10"));
  private static final Institution MAKASSAR =
      Institution.regionalGovernment("pemkot-makassar", "Pemerintah Kota Makassar", InstitutionType.KOTA, RegionCode.of("73.71"));
  private static final List<Institution> INSTITUTIONS = List.of(
      ScoringFixtures.LUWU_UTARA, ScoringFixtures.TAKALAR, ScoringFixtures.SULSEL, ScoringFixtures.UNHAS, ASMAT, SIGI, MAKASSAR);
  private static final ThreeTRegions THREE_T =
      ThreeTRegions.of(List.of(RegionCode.of("93.04"), RegionCode.of("72.10")), Citation.unknown("test", "two 3T regencies for the tests"));
  private static final FairnessOptions OPTIONS = FairnessOptions.of(THREE_T);

  private static Proposal proposal(String id, Institution institution, String group, String category) {
    Proposal base = ScoringFixtures.proposal(id, institution, category);
    return Proposal.newBuilder().id(base.id()).innovation(base.innovation()).edition(base.edition()).group(GroupId.of(group))
        .category(base.category()).build();
  }

  private static Set<ProposalId> ids(String... ids) {
    Set<ProposalId> out = new HashSet<>();
    for (String id : ids) {
      out.add(ProposalId.of(id));
    }
    return out;
  }

  /** Six proposals from South Sulawesi (73) and four from Asmat (93, a 3T regency); the four that go on are all from 73. */
  private static List<Proposal> pool() {
    List<Proposal> pool = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      pool.add(proposal("s-" + i, i % 2 == 0 ? ScoringFixtures.LUWU_UTARA : ScoringFixtures.TAKALAR, "umum", "kesehatan"));
    }
    for (int i = 0; i < 4; i++) {
      pool.add(proposal("a-" + i, ASMAT, "umum", i < 2 ? "kesehatan" : "pendidikan"));
    }
    return pool;
  }

  @Test
  void a_stage_that_keeps_no_proposal_of_a_3t_province_is_flagged_on_province_and_3t_with_reasons_in_both_languages() {
    StageFairness f = RegionalFairness.compare("NOMINATED", pool(), ids("s-0", "s-1", "s-2", "s-3"), OPTIONS);

    assertThat(f.entered()).isEqualTo(10);
    assertThat(f.passed()).isEqualTo(4);
    assertThat(f.threshold()).isEqualByComparingTo("0.1");
    assertThat(f.of(QuotaDimension.PROVINCE)).extracting(ShareShift::value, ShareShift::entered, ShareShift::passed, ShareShift::enteredShare,
        ShareShift::passedShare, ShareShift::change, ShareShift::flagged)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("73", 6, 4, new BigDecimal("0.6000"), new BigDecimal("1.0000"), new BigDecimal("0.4000"), true),
            org.assertj.core.groups.Tuple.tuple("93", 4, 0, new BigDecimal("0.4000"), new BigDecimal("0.0000"), new BigDecimal("-0.4000"), true));
    ShareShift threeT = f.of(QuotaDimension.THREE_T).stream().filter(s -> s.value().equals("true")).findFirst().orElseThrow();
    assertThat(threeT.flagged()).isTrue();
    assertThat(threeT.reason().english()).isEqualTo("Stage NOMINATED, 3T regions: share 0.4000 of the 10 proposals that entered, 0.0000 of the 4 that went on;"
        + " the change of -0.4000 exceeds the declared threshold of 0.1");
    assertThat(threeT.reason().indonesian()).isEqualTo("Tahap NOMINATED, daerah 3T: porsi 0.4000 dari 10 proposal yang masuk, 0.0000 dari 4 yang lolos;"
        + " perubahan -0.4000 melewati ambang yang ditetapkan 0.1");
    ShareShift group = f.of(QuotaDimension.GROUP).get(0);
    assertThat(group.flagged()).isFalse();
    assertThat(group.change()).isEqualByComparingTo("0");
    assertThat(group.reason().english()).contains("group umum: share 1.0000", "is within the declared threshold of 0.1");
    assertThat(group.reason().indonesian()).contains("kelompok umum", "masih dalam ambang");
    ShareShift type = f.of(QuotaDimension.INSTITUTION_TYPE).get(0);
    assertThat(type.label()).isEqualTo(InstitutionType.KABUPATEN.label());
    assertThat(f.flagged()).extracting(ShareShift::dimension).containsExactly(QuotaDimension.PROVINCE, QuotaDimension.PROVINCE,
        QuotaDimension.THREE_T, QuotaDimension.THREE_T, QuotaDimension.CATEGORY, QuotaDimension.CATEGORY);
    assertThat(f.shifts()).extracting(ShareShift::dimension).startsWith(QuotaDimension.PROVINCE).endsWith(QuotaDimension.CATEGORY);
    assertThat(f.toString()).isEqualTo("StageFairness[NOMINATED: 4 of 10, flagged [PROVINCE 73 0.4000, PROVINCE 93 -0.4000, THREE_T false 0.4000,"
        + " THREE_T true -0.4000, CATEGORY kesehatan 0.2000, CATEGORY pendidikan -0.2000]]");
  }

  @Test
  void a_change_exactly_at_the_threshold_is_not_flagged_and_one_just_above_it_is() {
    List<Proposal> pool = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      pool.add(proposal("s-" + i, ScoringFixtures.LUWU_UTARA, "umum", "kesehatan"));
      pool.add(proposal("g-" + i, SIGI, "umum", "kesehatan"));
    }
    Set<ProposalId> passed = ids("s-0", "s-1", "s-2", "g-0", "g-1");

    StageFairness atThreshold = RegionalFairness.compare("stage", pool, passed, OPTIONS);
    StageFairness lower = RegionalFairness.compare("stage", pool, passed,
        FairnessOptions.newBuilder().threeTRegions(THREE_T).threshold(new BigDecimal("0.0999")).build());

    assertThat(atThreshold.of(QuotaDimension.PROVINCE)).extracting(ShareShift::change).containsExactly(new BigDecimal("-0.1000"), new BigDecimal("0.1000"));
    assertThat(atThreshold.flagged()).isEmpty();
    assertThat(lower.of(QuotaDimension.PROVINCE)).allSatisfy(s -> assertThat(s.flagged()).isTrue());
  }

  @Test
  void shares_are_rounded_so_that_each_dimension_sums_to_exactly_one() {
    BigDecimal[] thirds = RegionalFairness.shares(new int[] {1, 1, 1}, 3);
    BigDecimal[] sevenths = RegionalFairness.shares(new int[] {1, 2, 4}, 7);

    assertThat(thirds).containsExactly(new BigDecimal("0.3334"), new BigDecimal("0.3333"), new BigDecimal("0.3333"));
    assertThat(sevenths).containsExactly(new BigDecimal("0.1429"), new BigDecimal("0.2857"), new BigDecimal("0.5714"));
    assertThat(RegionalFairness.shares(new int[] {0, 0}, 0)).containsExactly(new BigDecimal("0.0000"), new BigDecimal("0.0000"));
  }

  @Test
  void shares_sum_to_one_and_a_shift_is_flagged_exactly_when_the_exact_change_exceeds_the_threshold() {
    qt().withFixedSeed(18_010).withExamples(1_000)
        .forAll(longs().all(), integers().between(1, 60), integers().between(1, 99))
        .checkAssert((seed, size, hundredths) -> {
          SplittableRandom random = new SplittableRandom(seed);
          List<Proposal> pool = new ArrayList<>();
          Set<ProposalId> passed = new HashSet<>();
          int keep = random.nextInt(101);
          for (int i = 0; i < size; i++) {
            Proposal p = proposal("p-" + i, INSTITUTIONS.get(random.nextInt(INSTITUTIONS.size())), random.nextBoolean() ? "umum" : "khusus",
                List.of("kesehatan", "pendidikan", "tata-kelola").get(random.nextInt(3)));
            pool.add(p);
            if (random.nextInt(100) < keep) {
              passed.add(p.id());
            }
          }
          BigDecimal threshold = BigDecimal.valueOf(hundredths, 2);
          FairnessOptions options = FairnessOptions.newBuilder().threeTRegions(THREE_T).threshold(threshold).build();

          StageFairness f = RegionalFairness.compare("stage", pool, passed, options);

          assertThat(f.entered()).isEqualTo(size);
          assertThat(f.passed()).isEqualTo(passed.size());
          for (QuotaDimension d : options.dimensions()) {
            List<ShareShift> shifts = f.of(d);
            assertThat(shifts.stream().map(ShareShift::enteredShare).reduce(BigDecimal.ZERO, BigDecimal::add)).isEqualByComparingTo(BigDecimal.ONE);
            assertThat(shifts.stream().mapToInt(ShareShift::entered).sum()).isEqualTo(size);
            assertThat(shifts.stream().mapToInt(ShareShift::passed).sum()).isEqualTo(passed.size());
            if (!passed.isEmpty()) {
              assertThat(shifts.stream().map(ShareShift::passedShare).reduce(BigDecimal.ZERO, BigDecimal::add)).isEqualByComparingTo(BigDecimal.ONE);
            }
            for (ShareShift s : shifts) {
              BigDecimal exactBefore = BigDecimal.valueOf(s.entered()).divide(BigDecimal.valueOf(size), new MathContext(60));
              assertThat(s.enteredShare().subtract(exactBefore).abs()).isLessThan(new BigDecimal("0.0001"));
              if (passed.isEmpty()) {
                assertThat(s.flagged()).isFalse();
                continue;
              }
              BigDecimal exactAfter = BigDecimal.valueOf(s.passed()).divide(BigDecimal.valueOf(passed.size()), new MathContext(60));
              BigDecimal exactChange = exactAfter.subtract(exactBefore);
              assertThat(s.flagged()).as("%s %s: %s", d, s.value(), exactChange).isEqualTo(exactChange.abs().compareTo(threshold) > 0);
              assertThat(s.passedShare().subtract(exactAfter).abs()).isLessThan(new BigDecimal("0.0001"));
              assertThat(s.change().subtract(exactChange).abs()).isLessThanOrEqualTo(new BigDecimal("0.00005"));
            }
          }
        });
  }

  @Test
  void a_stage_nobody_passes_compares_nothing_and_flags_nothing() {
    StageFairness f = RegionalFairness.compare("AWARDED", pool(), Set.of(), OPTIONS);

    assertThat(f.flagged()).isEmpty();
    assertThat(f.shifts()).allSatisfy(s -> {
      assertThat(s.passedShare()).isZero();
      assertThat(s.reason().english()).isEqualTo("Stage AWARDED: none of the 10 proposals that entered went on, so no share can be compared");
    });
  }

  @Test
  void bad_input_is_refused_naming_every_proposal_in_both_languages() {
    List<Proposal> twice = new ArrayList<>(pool());
    twice.add(pool().get(0));

    InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
        () -> RegionalFairness.compare("NOMINATED", twice, ids("s-0", "zz-9"), OPTIONS));

    assertThat(e.violations()).extracting(Violation::code).containsExactly("kipp.fairness.duplicate", "kipp.fairness.unknownProposal");
    assertThat(e.violations().get(0).path()).isEqualTo("entered[10]");
    assertThat(e.violations().get(1).message().english()).isEqualTo("Proposal zz-9 went on from stage NOMINATED but is not among the proposals that entered it.");
    assertThat(e.violations().get(1).message().indonesian()).isEqualTo("Proposal zz-9 lolos dari tahap NOMINATED tetapi tidak termasuk proposal yang masuk tahap itu.");
    InvalidInputException options = catchThrowableOfType(InvalidInputException.class,
        () -> FairnessOptions.newBuilder().threeTRegions(THREE_T).threshold(BigDecimal.ONE).dimensions(List.of()).build());
    assertThat(options.violations()).extracting(Violation::code).containsExactly("kipp.fairness.threshold", "kipp.fairness.dimensions");
    assertThatThrownBy(() -> FairnessOptions.newBuilder().build()).isInstanceOf(IllegalStateException.class).hasMessageContaining("threeTRegions");
    assertThatThrownBy(() -> RegionalFairness.compare(" ", pool(), Set.of(), OPTIONS)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void options_keep_their_documented_defaults_and_the_chosen_dimensions_in_order() {
    FairnessOptions chosen = FairnessOptions.newBuilder().threeTRegions(THREE_T)
        .dimensions(List.of(QuotaDimension.THREE_T, QuotaDimension.PROVINCE, QuotaDimension.THREE_T)).build();

    assertThat(OPTIONS.threshold()).isEqualByComparingTo("0.1");
    assertThat(OPTIONS.dimensions()).containsExactly(QuotaDimension.PROVINCE, QuotaDimension.INSTITUTION_TYPE, QuotaDimension.THREE_T,
        QuotaDimension.GROUP, QuotaDimension.CATEGORY);
    assertThat(chosen.dimensions()).containsExactly(QuotaDimension.THREE_T, QuotaDimension.PROVINCE);
    assertThat(RegionalFairness.compare("s", pool(), ids("a-0"), chosen).shifts().stream().map(s -> s.dimension().name()).distinct()
        .collect(Collectors.toList())).containsExactly("THREE_T", "PROVINCE");
    assertThat(OPTIONS).isEqualTo(FairnessOptions.of(THREE_T)).hasSameHashCodeAs(FairnessOptions.of(THREE_T));
    assertThat(OPTIONS.toString()).isEqualTo("FairnessOptions[threshold=0.1, dimensions=[PROVINCE, INSTITUTION_TYPE, THREE_T, GROUP, CATEGORY]]");
  }
}
