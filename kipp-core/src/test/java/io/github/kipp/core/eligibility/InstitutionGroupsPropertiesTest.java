package io.github.kipp.core.eligibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.kipp.core.Fixtures;
import io.github.kipp.core.GroupId;
import io.github.kipp.core.ProposalId;
import io.github.kipp.core.innovation.ImplementationStart;
import io.github.kipp.core.innovation.Innovation;
import io.github.kipp.core.innovation.Proposal;
import io.github.kipp.core.institution.Institution;
import io.github.kipp.core.institution.InstitutionType;
import io.github.kipp.core.institution.RegionCode;
import io.github.kipp.core.institution.Unit;
import io.github.kipp.core.institution.UnitKind;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The numbers the institution cap counts (each submission's place among its institution's
 * submissions in its group, and their count) are prepared once per context by reading each
 * submission's time once and sorting each institution's group by time and id. Checked against a plain
 * scan of the submissions with {@link EligibilityContext#submissionOrder()}, on groups of up to a
 * hundred submissions whose times tie to the second or differ by a nanosecond, reach {@link
 * Instant#MIN} and {@link Instant#MAX} (which ties with an unknown time), and whose ids repeat.
 */
class InstitutionGroupsPropertiesTest {

  private static final Instant T0 = Instant.parse("2023-03-20T00:00:00Z");
  private static final GroupId UMUM = GroupId.of("umum");
  private static final GroupId KHUSUS = GroupId.of("khusus");
  private static final Institution[] INSTITUTIONS = {
    Fixtures.LUWU_UTARA,
    Institution.regionalGovernment("pemkot-bandung", "Pemerintah Kota Bandung", InstitutionType.KOTA, RegionCode.of("32.73")),
    Institution.central("kemenkes", "Kementerian Kesehatan", InstitutionType.KEMENTERIAN),
  };
  private static final Instant[] TIMES = {
    Instant.MIN, Instant.EPOCH.minusNanos(1), Instant.EPOCH, T0.minusNanos(1), T0, T0.plusNanos(1), T0.plusMillis(999), T0.plusSeconds(1),
    T0.plusSeconds(1).plusNanos(999_999_999), Instant.MAX,
  };

  @Test
  void each_submission_is_numbered_and_counted_in_its_institutions_group_as_a_scan_in_submission_order_does() {
    Proposal base = Fixtures.proposal("p-0").build();
    int[] largest = new int[1];
    int[] sharedIds = new int[1];
    int[] tiedTimes = new int[1];
    qt().withFixedSeed(2026).withExamples(1_000).forAll(longs().all()).checkAssert(seed -> {
      SplittableRandom r = new SplittableRandom(seed);
      int n = r.nextInt(300);
      EligibilityContext.Builder b = EligibilityContext.newBuilder(Fixtures.edition());
      for (int i = 0; i < n; i++) {
        Institution institution = INSTITUTIONS[r.nextInt(INSTITUTIONS.length)];
        Unit unit = Unit.of(institution.id().value() + "-unit", "Unit Layanan", institution, UnitKind.PERANGKAT_DAERAH);
        Innovation innovation = Innovation.of(base.innovation().id(), "Inovasi " + i, Optional.empty(), institution, unit,
            ImplementationStart.of(LocalDate.of(2019, 1, 1)));
        String id = "p-" + (i > 0 && r.nextInt(30) == 0 ? r.nextInt(i) : i);
        Proposal p = Proposal.newBuilder().id(ProposalId.of(id)).innovation(innovation).edition(base.edition())
            .group(r.nextBoolean() ? UMUM : KHUSUS).category(base.category()).sdgs(base.sdgs()).sections(base.sections()).build();
        Instant at = switch (r.nextInt(4)) {
          case 0 -> null;
          case 1 -> TIMES[r.nextInt(TIMES.length)];
          default -> T0.plusNanos(r.nextInt(2_000_000_000));
        };
        b.submitted(p, at);
      }
      EligibilityContext context = b.build();
      List<Proposal> submitted = context.submitted();
      for (int i = 0; i < submitted.size(); i++) {
        Proposal p = submitted.get(i);
        int number = 1;
        int count = 1;
        for (int k = 0; k < submitted.size(); k++) {
          Proposal q = submitted.get(k);
          if (q.group().equals(p.group()) && q.innovation().institution().id().equals(p.innovation().institution().id())) {
            if (!q.id().equals(p.id())) {
              count++;
              if (context.submissionOrder().compare(q, p) < 0) {
                number++;
              }
            } else if (k != i) {
              sharedIds[0]++;
            }
            if (k != i && !q.id().equals(p.id()) && context.submissionOrder().compare(q, p) != 0
                && context.submittedAt(q.id()).orElse(Instant.MAX).equals(context.submittedAt(p.id()).orElse(Instant.MAX))) {
              tiedTimes[0]++;
            }
          }
        }
        assertThat(context.institutionGroupNumber(i)).as("seed %d, number of %s at %d", seed, p.id(), i).isEqualTo(number);
        assertThat(context.institutionGroupCount(i)).as("seed %d, count of %s at %d", seed, p.id(), i).isEqualTo(count);
        largest[0] = Math.max(largest[0], count);
      }
    });
    // Measured with seed 2026: groups reach about a hundred submissions, and both ids and times tie.
    assertThat(largest[0]).isGreaterThan(60);
    assertThat(sharedIds[0]).isGreaterThan(1_000);
    assertThat(tiedTimes[0]).isGreaterThan(1_000);
  }
}
