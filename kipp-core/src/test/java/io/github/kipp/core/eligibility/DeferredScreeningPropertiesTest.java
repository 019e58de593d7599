package io.github.kipp.core.eligibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import io.github.kipp.core.Cited;
import io.github.kipp.core.Citation;
import io.github.kipp.core.Decision;
import io.github.kipp.core.Fixtures;
import io.github.kipp.core.GroupId;
import io.github.kipp.core.InnovationId;
import io.github.kipp.core.LocalizedText;
import io.github.kipp.core.ProposalId;
import io.github.kipp.core.Reason;
import io.github.kipp.core.TierId;
import io.github.kipp.core.edition.Edition;
import io.github.kipp.core.innovation.ImplementationStart;
import io.github.kipp.core.innovation.Innovation;
import io.github.kipp.core.innovation.PartialDateResolution;
import io.github.kipp.core.innovation.Proposal;
import io.github.kipp.core.innovation.ProposalSection;
import io.github.kipp.core.innovation.Replication;
import io.github.kipp.core.institution.Institution;
import io.github.kipp.core.institution.InstitutionType;
import io.github.kipp.core.institution.RegionCode;
import io.github.kipp.core.institution.Unit;
import io.github.kipp.core.institution.UnitKind;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * The screen records only which of kipp's rules failed each proposal and makes the decisions when
 * they are read. Checked against the eager screening it replaced, kept here as the oracle: every
 * rule's {@link EligibilityRule#evaluate} on every proposal, in rule order, sorted by proposal id.
 * The outcomes are equal decision by decision (rule, outcome, reasons in both languages, citations),
 * eligibility is known before any decision is made, and the result is the same whether the
 * proposals screened are the context's own submissions or another list.
 *
 * <p>Each example is a small edition's screening: up to 24 proposals of three groups from five
 * institutions (two regions, a ministry), with titles that repeat in other spellings, start dates
 * from 2017 to 2023 known to the day or month, known and unknown submission times, past results,
 * replication sources, invitations, and every rule kipp ships besides a host's own rule.
 */
class DeferredScreeningPropertiesTest {

  private static final Citation BASIS = Citation.reported("Pedoman 2023", "Bab III").withSources("S1");
  private static final Citation HOST = Citation.unknown("host", "a host's own rule");
  private static final GroupId UMUM = GroupId.of("umum");
  private static final GroupId REPLIKASI = GroupId.of("replikasi");
  private static final GroupId KHUSUS = GroupId.of("khusus");
  private static final Instant T0 = Instant.parse("2023-03-20T00:00:00Z");

  private static final Institution[] INSTITUTIONS = {
    Fixtures.LUWU_UTARA,
    Institution.regionalGovernment("pemprov-sulsel", "Pemerintah Provinsi Sulawesi Selatan", InstitutionType.PROVINSI, RegionCode.of("73")),
    Institution.regionalGovernment("pemkot-bandung", "Pemerintah Kota Bandung", InstitutionType.KOTA, RegionCode.of("32.73")),
    Institution.central("kemenkes", "Kementerian Kesehatan", InstitutionType.KEMENTERIAN),
    Institution.regionalGovernment("pemkab-bone", "Pemerintah Kabupaten Bone", InstitutionType.KABUPATEN, RegionCode.of("73.08")),
  };
  private static final UnitKind[] UNIT_KINDS = {UnitKind.PERANGKAT_DAERAH, UnitKind.KECAMATAN, UnitKind.PUSKESMAS};
  private static final String[] TITLES = {"Giatki Ces", "GIATKI-CES", "giatki ces!", "Sipaten", "Si Paten", "Café Desa", "Cafe\u0301 Desa",
    "Lapor Cepat", "Lapor Cepat 2", "ＳＩＰＡＴＥＮ"};
  private static final TierId[] TIERS = {Tiers.ENTERED, Tiers.TOP_99, Tiers.TOP_45, Tiers.TOP_40, Tiers.TOP_15, Tiers.OUTSTANDING_ACHIEVEMENT};

  private static final ImmutableList<EligibilityRule> RULES = ImmutableList.of(
      EligibilityRules.fitsEdition(BASIS, java.util.Map.of("kipp.proposal.video", HOST)),
      EligibilityRules.withinRegion(RegionCode.of("73"), BASIS),
      EligibilityRules.entrantKinds(EntrantKinds.of(List.of(), List.of(UnitKind.PERANGKAT_DAERAH, UnitKind.KECAMATAN)), BASIS),
      EligibilityRules.minimumAge(new AgeRequirement(
          Cited.of(Period.ofYears(2), BASIS),
          ImmutableSortedMap.of(REPLIKASI, Cited.of(Period.ofYears(1), BASIS)),
          Optional.of(Cited.of(Period.ofMonths(6), HOST)),
          Cited.of(AgeRequirement.CloseBasis.EXTENDED, BASIS),
          Cited.of(PartialDateResolution.LATEST, HOST))),
      EligibilityRules.institutionCap(java.util.Map.of(UMUM, Cited.of(2, BASIS)), Cited.of(CapRefusal.LATEST_SUBMISSIONS, HOST)),
      EligibilityRules.invitationOnly(KHUSUS, BASIS),
      EligibilityRules.pastResults(List.of(UMUM), HistoryCondition.not(HistoryCondition.reached(Tiers.TOP_99, 2014, 2022)), BASIS),
      EligibilityRules.pastResults(List.of(KHUSUS, REPLIKASI), HistoryCondition.any(HistoryCondition.reached(Tiers.TOP_45, 2019, 2022),
          HistoryCondition.not(HistoryCondition.enteredBefore())), BASIS),
      EligibilityRules.replicationSource(REPLIKASI, HistoryCondition.reached(Tiers.TOP_99, 2014, 2022), BASIS),
      new HostRule(),
      EligibilityRules.uniqueTitle(BASIS));

  /** A host's own rule, evaluated as it is screened: a title must not be longer than 12 characters. */
  private static final class HostRule implements EligibilityRule {
    @Override
    public String id() {
      return "host-title-length";
    }

    @Override
    public LocalizedText description() {
      return LocalizedText.of("Judul paling panjang 12 karakter.", "A title has at most 12 characters.");
    }

    @Override
    public ImmutableList<Citation> citations() {
      return ImmutableList.of(HOST);
    }

    @Override
    public Decision evaluate(Proposal proposal, EligibilityContext context) {
      boolean ok = proposal.innovation().title().length() <= 12;
      Reason reason = Reason.of(ok ? "host.title.ok" : "host.title.long", LocalizedText.of("judul " + proposal.innovation().title(),
          "title " + proposal.innovation().title()), HOST);
      return ok ? Decision.pass("proposal " + proposal.id(), id(), reason) : Decision.fail("proposal " + proposal.id(), id(), reason);
    }
  }

  /** A seeded edition's screening: its context and the proposals screened. */
  private record Case(EligibilityContext context, List<Proposal> submitted, List<Proposal> others) {}

  private static Case draw(long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    Edition edition = Fixtures.edition();
    Proposal base = Fixtures.proposal("p-0").build();
    int n = r.nextInt(25);
    List<Proposal> submitted = new ArrayList<>();
    List<PastResult> history = new ArrayList<>();
    List<InnovationId> invited = new ArrayList<>();
    EligibilityContext.Builder b = EligibilityContext.newBuilder(edition);
    for (int i = 0; i < n; i++) {
      Institution institution = INSTITUTIONS[r.nextInt(INSTITUTIONS.length)];
      Unit unit = Unit.of(institution.id().value() + "-unit-" + r.nextInt(2), "Unit Layanan", institution, UNIT_KINDS[r.nextInt(UNIT_KINDS.length)]);
      LocalDate day = LocalDate.of(2017, 1, 1).plusDays(r.nextInt(6 * 365));
      ImplementationStart start = r.nextBoolean() ? ImplementationStart.of(day) : ImplementationStart.ofMonth(YearMonth.from(day));
      InnovationId innovationId = InnovationId.of("inv-" + r.nextInt(30));
      // Titles repeat in other spellings; a suffix letter keeps most of them apart.
      String title = TITLES[r.nextInt(TITLES.length)] + (r.nextInt(3) == 0 ? "" : " " + (char) ('A' + r.nextInt(12)));
      Innovation innovation = Innovation.of(innovationId, title, Optional.empty(), institution, unit, start);
      GroupId group = switch (r.nextInt(5)) {
        case 0 -> KHUSUS;
        case 1 -> REPLIKASI;
        default -> UMUM;
      };
      Proposal.Builder p = Proposal.newBuilder().id(ProposalId.of("p-" + (i > 0 && r.nextInt(150) == 0 ? i - 1 : i))).innovation(innovation).edition(base.edition())
          .group(group).category(base.category()).sdgs(base.sdgs()).pandemicRelated(r.nextInt(6) == 0);
      for (ProposalSection s : base.sections()) {
        if (r.nextInt(12) != 0) {
          p.section(s);
        }
      }
      if (r.nextInt(8) != 0) {
        base.video().ifPresent(p::video);
      }
      if (group.equals(REPLIKASI) && r.nextInt(6) != 0) {
        p.replication(Replication.of(List.of(InnovationId.of("inv-" + r.nextInt(30))), "diadaptasi"));
      }
      Proposal proposal = p.build();
      submitted.add(proposal);
      b.submitted(proposal, r.nextInt(5) == 0 ? null : T0.plusSeconds(r.nextInt(40)));
      if (r.nextInt(4) == 0) {
        invited.add(innovationId);
      }
    }
    for (int k = r.nextInt(20); k > 0; k--) {
      TierId tier = TIERS[r.nextInt(TIERS.length)];
      history.add(new PastResult(InnovationId.of("inv-" + r.nextInt(30)), 2014 + r.nextInt(9), tier,
          tier.equals(Tiers.TOP_15) ? KHUSUS : UMUM));
    }
    EligibilityContext context = b.history(ResultHistory.of(history)).invitations(invited).build();
    // Proposals screened that were not submitted: a copy under a new id, and a new one.
    List<Proposal> others = new ArrayList<>();
    if (!submitted.isEmpty()) {
      Proposal first = submitted.get(0);
      others.add(copy(first, "q-copy"));
    }
    others.add(Fixtures.proposal("q-new").build());
    return new Case(context, submitted, others);
  }

  private static Proposal copy(Proposal p, String id) {
    Proposal.Builder b = Proposal.newBuilder().id(ProposalId.of(id)).innovation(p.innovation()).edition(p.edition()).group(p.group())
        .category(p.category()).sdgs(p.sdgs()).sections(p.sections()).attachments(p.attachments()).pandemicRelated(p.pandemicRelated());
    p.video().ifPresent(b::video);
    p.replication().ifPresent(b::replication);
    return b.build();
  }

  /** The screening before outcomes were deferred: every rule evaluated at once, outcomes by proposal id. */
  private static ImmutableSortedMap<ProposalId, ProposalEligibility> eager(List<EligibilityRule> rules, Iterable<Proposal> proposals,
      EligibilityContext context) {
    ImmutableSortedMap.Builder<ProposalId, ProposalEligibility> out = ImmutableSortedMap.naturalOrder();
    for (Proposal p : proposals) {
      ImmutableList.Builder<Decision> decisions = ImmutableList.builder();
      for (EligibilityRule rule : rules) {
        decisions.add(rule.evaluate(p, context));
      }
      out.put(p.id(), new ProposalEligibility(p.id(), decisions.build()));
    }
    return out.buildOrThrow();
  }

  private static boolean distinctIds(List<Proposal> proposals) {
    return proposals.stream().map(Proposal::id).distinct().count() == proposals.size();
  }

  @Test
  void the_deferred_screen_decides_and_explains_every_proposal_as_the_eager_screening_did() {
    EligibilityScreen screen = EligibilityScreen.of(RULES);
    int[] screened = new int[1];
    int[] eligible = new int[1];
    int[] failuresByRule = new int[RULES.size()];
    qt().withFixedSeed(2023).withExamples(1_500).forAll(longs().all()).checkAssert(seed -> {
      Case c = draw(seed);
      if (!distinctIds(c.submitted())) {
        // The screen refuses two proposals with one id, as the eager screening did.
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> screen.screen(c.context().submitted(), c.context()))
            .isInstanceOf(IllegalArgumentException.class);
        return;
      }
      ImmutableSortedMap<ProposalId, ProposalEligibility> expected = eager(RULES, c.submitted(), c.context());
      ScreeningResult result = screen.screen(c.context().submitted(), c.context());
      // Eligibility is read before any decision is made.
      assertThat(result.eligible()).as("seed %d", seed).isEqualTo(expected.values().stream().filter(ProposalEligibility::eligible)
          .map(ProposalEligibility::proposal).toList());
      for (ProposalEligibility o : result.outcomes().values()) {
        assertThat(o.failures()).as("seed %d, %s", seed, o.proposal()).isEqualTo(expected.get(o.proposal()).failures());
      }
      assertThat(result.outcomes()).as("seed %d", seed).isEqualTo(expected);
      for (ProposalEligibility o : result.outcomes().values()) {
        assertThat(o.decisions()).extracting(Decision::rule).containsExactlyElementsOf(RULES.stream().map(EligibilityRule::id).toList());
        assertThat(o.citations()).isEqualTo(expected.get(o.proposal()).citations());
        assertThat(o.weakestConfidence()).isEqualTo(expected.get(o.proposal()).weakestConfidence());
        assertThat(o.toString()).isEqualTo(expected.get(o.proposal()).toString());
        assertThat(o.hashCode()).isEqualTo(expected.get(o.proposal()).hashCode());
        screened[0]++;
        eligible[0] += o.eligible() ? 1 : 0;
        for (int i = 0; i < RULES.size(); i++) {
          failuresByRule[i] += o.decisions().get(i).passed() ? 0 : 1;
        }
      }
      // Another list than the context's own: a subset in another order, and proposals not submitted.
      List<Proposal> mixed = new ArrayList<>(c.submitted().subList(0, c.submitted().size() / 2));
      java.util.Collections.reverse(mixed);
      mixed.addAll(c.others());
      if (distinctIds(mixed)) {
        assertThat(screen.screen(mixed, c.context()).outcomes()).as("seed %d, other list", seed).isEqualTo(eager(RULES, mixed, c.context()));
        for (Proposal p : mixed) {
          assertThat(screen.screen(p, c.context())).isEqualTo(expected.getOrDefault(p.id(), eager(RULES, List.of(p), c.context()).get(p.id())));
        }
      }
    });
    // Measured with seed 2023: every rule fails some proposals and passes others, and about a tenth
    // of the proposals are eligible, so both outcomes of every rule were compared.
    assertThat(screened[0]).isGreaterThan(10_000);
    assertThat(eligible[0]).isGreaterThan(100);
    for (int i = 0; i < RULES.size(); i++) {
      assertThat(failuresByRule[i]).as("failures of %s", RULES.get(i).id()).isGreaterThan(50).isLessThan(screened[0]);
    }
  }

  @Test
  void the_institution_cap_numbers_each_submission_as_a_scan_of_its_institutions_earlier_submissions_does() {
    // The cap of RULES: at most 2 per institution in umum.
    EligibilityRule cap = RULES.stream().filter(r -> r.id().equals(EligibilityRules.INSTITUTION_CAP)).findFirst().orElseThrow();
    int[] refused = new int[1];
    int[] shared = new int[1];
    qt().withFixedSeed(2025).withExamples(1_500).forAll(longs().all()).checkAssert(seed -> {
      Case c = draw(seed);
      EligibilityContext context = c.context();
      List<Proposal> submitted = context.submitted();
      shared[0] += distinctIds(submitted) ? 0 : 1;
      for (int i = 0; i < submitted.size(); i++) {
        Proposal p = submitted.get(i);
        // The reference: a plain scan of the submissions, as the rule was first written.
        int number = 1;
        int count = 1;
        for (Proposal q : submitted) {
          if (q.group().equals(p.group()) && q.innovation().institution().id().equals(p.innovation().institution().id()) && !q.id().equals(p.id())) {
            count++;
            if (context.submissionOrder().compare(q, p) < 0) {
              number++;
            }
          }
        }
        assertThat(context.institutionGroupNumber(i)).as("seed %d, number of %s", seed, p.id()).isEqualTo(number);
        assertThat(context.institutionGroupCount(i)).as("seed %d, count of %s", seed, p.id()).isEqualTo(count);
        assertThat(submitted.get(context.placeOf(p))).as("seed %d, place of %s", seed, p.id()).isSameAs(p);
        boolean within = !p.group().equals(UMUM) || number <= 2;
        Decision decision = cap.evaluate(p, context);
        assertThat(decision.passed()).as("seed %d, %s", seed, p.id()).isEqualTo(within);
        if (p.group().equals(UMUM)) {
          assertThat(decision.reasons().get(0).message().english()).as("seed %d, %s", seed, p.id())
              .contains("submitted " + count + " proposals").contains("this is number " + number + " by");
        }
        refused[0] += within ? 0 : 1;
      }
      for (Proposal other : c.others()) {
        assertThat(context.placeOf(other)).isEqualTo(-1);
      }
    });
    // Measured with seed 2025: the cap refuses many submissions, and some draws repeat an id.
    assertThat(refused[0]).isGreaterThan(1_000);
    assertThat(shared[0]).isGreaterThan(10);
  }

  @Test
  void a_context_given_its_submissions_and_times_whole_screens_as_one_given_them_one_by_one() {
    EligibilityScreen screen = EligibilityScreen.of(RULES);
    int[] compared = new int[1];
    qt().withFixedSeed(2024).withExamples(1_000).forAll(longs().all()).checkAssert(seed -> {
      Case c = draw(seed);
      if (!distinctIds(c.submitted())) {
        return;
      }
      EligibilityContext one = c.context();
      com.google.common.collect.ImmutableMap.Builder<ProposalId, Instant> times = com.google.common.collect.ImmutableMap.builder();
      for (Proposal p : c.submitted()) {
        one.submittedAt(p.id()).ifPresent(t -> times.put(p.id(), t));
      }
      EligibilityContext.Builder b = EligibilityContext.newBuilder(one.edition()).history(one.history()).invitations(one.invitations())
          .submitted(ImmutableList.copyOf(c.submitted())).submittedAt(times.buildOrThrow());
      Proposal extra = null;
      if (seed % 3 == 0) {
        // More added after the whole list and map: one more proposal, submitted first, and another
        // time for a proposal already timed, which replaces it.
        extra = Fixtures.proposal("q-late").build();
        b.submitted(extra, T0.minusSeconds(5));
        if (!c.submitted().isEmpty()) {
          b.submittedAt(java.util.Map.of(c.submitted().get(0).id(), T0.plusSeconds(1_000)));
        }
      }
      EligibilityContext whole = b.build();
      List<Proposal> expectedSubmitted = new ArrayList<>(c.submitted());
      if (extra != null) {
        expectedSubmitted.add(extra);
      }
      assertThat(whole.submitted()).as("seed %d", seed).containsExactlyElementsOf(expectedSubmitted);
      for (Proposal p : expectedSubmitted) {
        boolean late = extra != null && p.id().equals(extra.id());
        boolean retimed = extra != null && !c.submitted().isEmpty() && p.id().equals(c.submitted().get(0).id());
        Optional<Instant> expectedTime = late ? Optional.of(T0.minusSeconds(5)) : retimed ? Optional.of(T0.plusSeconds(1_000)) : one.submittedAt(p.id());
        assertThat(whole.submittedAt(p.id())).as("seed %d, %s", seed, p.id()).isEqualTo(expectedTime);
      }
      assertThat(screen.screen(whole.submitted(), whole).outcomes()).as("seed %d", seed).isEqualTo(eager(RULES, whole.submitted(), whole));
      if (extra == null) {
        assertThat(screen.screen(whole.submitted(), whole).outcomes()).isEqualTo(screen.screen(one.submitted(), one).outcomes());
      }
      compared[0]++;
    });
    assertThat(compared[0]).isGreaterThan(900);
  }

  @Test
  void eight_threads_reading_the_same_outcome_first_read_equal_decisions() throws Exception {
    Case c = draw(7);
    ScreeningResult result = EligibilityScreen.of(RULES).screen(c.context().submitted(), c.context());
    ImmutableSortedMap<ProposalId, ProposalEligibility> expected = eager(RULES, c.submitted(), c.context());
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<List<ImmutableList<Decision>>>> reads = new ArrayList<>();
      for (int t = 0; t < 8; t++) {
        reads.add(pool.submit(() -> {
          start.await();
          List<ImmutableList<Decision>> out = new ArrayList<>();
          result.outcomes().values().forEach(o -> out.add(o.decisions()));
          return out;
        }));
      }
      start.countDown();
      List<ImmutableList<Decision>> want = expected.values().stream().map(ProposalEligibility::decisions).toList();
      for (Future<List<ImmutableList<Decision>>> f : reads) {
        assertThat(f.get()).isEqualTo(want);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void titles_normalise_as_the_regular_expression_did() {
    java.util.regex.Pattern notLetterOrDigit = java.util.regex.Pattern.compile("[^\\p{L}\\p{Nd}]+");
    String alphabet = "aZz09 -_.,;!?()\u00a0\u3000éÉe\u0301İıßﬁ²３Ａｚ٣\u0663\u2160ǅ\uD835\uDC00\uD801\uDC00\u0300\t\n";
    qt().withFixedSeed(17).withExamples(20_000).forAll(longs().all()).checkAssert(seed -> {
      SplittableRandom r = new SplittableRandom(seed);
      StringBuilder title = new StringBuilder();
      for (int k = r.nextInt(16); k > 0; k--) {
        int at = r.nextInt(alphabet.length());
        char ch = alphabet.charAt(at);
        if (Character.isHighSurrogate(ch) && at + 1 < alphabet.length()) {
          title.append(ch).append(alphabet.charAt(at + 1));
        } else if (!Character.isLowSurrogate(ch)) {
          title.append(ch);
        }
      }
      String t = title.toString();
      String folded = java.text.Normalizer.normalize(t, java.text.Normalizer.Form.NFKC).toLowerCase(java.util.Locale.ROOT);
      String byPattern = notLetterOrDigit.matcher(folded).replaceAll(" ").trim();
      assertThat(EligibilityRules.normaliseTitle(t)).as("\"%s\"", t).isEqualTo(byPattern).isEqualTo(UniqueTitlePropertiesTest.normalisedBySpec(t));
    });
  }
}
