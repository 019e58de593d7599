package io.github.kipp.benchmarks;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.github.kipp.core.ActorId;
import io.github.kipp.core.Citation;
import io.github.kipp.core.GroupId;
import io.github.kipp.core.ProposalId;
import io.github.kipp.core.TierId;
import io.github.kipp.core.edition.Edition;
import io.github.kipp.core.edition.Phase;
import io.github.kipp.core.eligibility.EligibilityContext;
import io.github.kipp.core.eligibility.PastResult;
import io.github.kipp.core.eligibility.ResultHistory;
import io.github.kipp.core.eligibility.Tiers;
import io.github.kipp.core.innovation.Innovation;
import io.github.kipp.core.innovation.Proposal;
import io.github.kipp.core.innovation.ProposalSection;
import io.github.kipp.core.innovation.Video;
import io.github.kipp.core.institution.Unit;
import io.github.kipp.core.institution.UnitKind;
import io.github.kipp.rules.sinovik.SinovikModule;
import io.github.kipp.rules.sinovik.SinovikRules;
import io.github.kipp.scoring.CriteriaSet;
import io.github.kipp.scoring.FrozenScores;
import io.github.kipp.scoring.ScoreSheet;
import io.github.kipp.scoring.panel.Panel;
import io.github.kipp.testkit.generators.KippFactories;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The seeded inputs every benchmark shares: a national edition of the 2023 module with its proposals,
 * their past results and submission times, a panel and score sheets. The same seed gives the same
 * inputs.
 */
public final class Inputs {

  /** The proposals of a national edition. */
  public static final int PROPOSALS = 3_500;

  /** The seed of every input. */
  public static final long SEED = 2023L;

  /** The citation of every choice the benchmarks make. */
  public static final Citation BASIS = Citation.unknown("kipp-benchmarks", "an input of the benchmarks");

  /** When the scores are frozen. */
  public static final Instant CLOSE = Instant.parse("2023-06-30T00:00:00Z");

  private static final GroupId UMUM = GroupId.of("umum");
  private static final GroupId KHUSUS = GroupId.of("khusus");

  private Inputs() {}

  /**
   * Returns the national 2023 module.
   *
   * @return the module, not null
   */
  public static SinovikModule module() {
    return SinovikRules.edition2023();
  }

  /**
   * Returns proposals for an edition. Every 50th repeats the title of the one before it in capitals,
   * so the unique-title rule has work to do; start dates spread over four years, so about half are
   * too young; each institution has one unit.
   *
   * @param edition the edition, not null
   * @param count how many
   * @param seed the seed
   * @return the proposals, with distinct ids, not null
   */
  public static ImmutableList<Proposal> proposals(Edition edition, int count, long seed) {
    KippFactories factories = KippFactories.seeded(seed);
    List<Proposal> out = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      Proposal p = factories.proposal(edition);
      Innovation mine = p.innovation();
      String title = i % 50 == 49 ? out.get(i - 1).innovation().title().toUpperCase(Locale.ROOT) : mine.title();
      // One unit per institution, so that the proposals also make a consistent competition document.
      Unit unit = Unit.of(mine.unit().id().value(), "Dinas Pelayanan Publik", mine.institution(), UnitKind.PERANGKAT_DAERAH);
      out.add(withInnovation(p, Innovation.of(mine.id(), title, mine.expansion(), mine.institution(), unit, mine.start())));
    }
    return ImmutableList.copyOf(out);
  }

  /**
   * Returns proposals for an edition with some that do not fit it and titles written differently:
   * {@link #proposals} with about one in eight broken one way (a required section left out or
   * answered without words, a section over its word limit, no video or one too long or too low, no
   * SDG target, no attachments, an unknown category, another edition, a replication where none is
   * allowed) and about one in twenty-five titled as an earlier proposal in other letters (full-width,
   * upper case, with punctuation). For the checks that kipp and the other versions agree rule by rule.
   *
   * @param edition the edition, not null
   * @param count how many
   * @param seed the seed
   * @return the proposals, with distinct ids, not null
   */
  public static ImmutableList<Proposal> variedProposals(Edition edition, int count, long seed) {
    ImmutableList<Proposal> plain = proposals(edition, count, seed);
    SplittableRandom random = new SplittableRandom(seed ^ 0x5eedL);
    List<Proposal> out = new ArrayList<>(count);
    for (int i = 0; i < plain.size(); i++) {
      Proposal p = plain.get(i);
      if (i > 0 && random.nextInt(25) == 0) {
        Innovation mine = p.innovation();
        String other = out.get(random.nextInt(i)).innovation().title();
        String title = switch (random.nextInt(3)) {
          case 0 -> fullWidth(other);
          case 1 -> "« " + other.toUpperCase(Locale.ROOT).replace(' ', '-') + " »";
          default -> other.replace(' ', '\u00a0') + "!";
        };
        p = withInnovation(p, Innovation.of(mine.id(), title, mine.expansion(), mine.institution(), mine.unit(), mine.start()));
      }
      out.add(random.nextInt(8) == 0 ? broken(p, random) : p);
    }
    return ImmutableList.copyOf(out);
  }

  private static String fullWidth(String s) {
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      out.append(c > ' ' && c < 0x7f ? (char) (c - 0x21 + 0xff01) : c == ' ' ? '\u3000' : c);
    }
    return out.toString();
  }

  /** A copy of a proposal broken one way, as the seed's next draw says. */
  private static Proposal broken(Proposal p, SplittableRandom random) {
    Proposal.Builder b = Proposal.newBuilder().id(p.id()).innovation(p.innovation()).group(p.group()).pandemicRelated(p.pandemicRelated());
    io.github.kipp.core.CategoryId category = p.category();
    io.github.kipp.core.EditionId editionId = p.edition();
    boolean video = true;
    boolean replication = false;
    boolean sdgs = true;
    boolean attachments = true;
    List<ProposalSection> sections = new ArrayList<>(p.sections());
    switch (random.nextInt(10)) {
      case 0 -> sections.remove(random.nextInt(sections.size()));
      case 1 -> {
        int at = random.nextInt(sections.size());
        sections.set(at, ProposalSection.of(sections.get(at).section(), "-"));
      }
      case 2 -> {
        int at = random.nextInt(sections.size());
        sections.set(at, ProposalSection.of(sections.get(at).section(), "kata ".repeat(5_000).trim()));
      }
      case 3 -> video = false;
      case 4 -> {
        video = false;
        b.video(Video.of(Duration.ofMinutes(random.nextBoolean() ? 90 : 4), random.nextBoolean() ? 360 : 1080,
            java.net.URI.create("https://www.youtube.com/watch?v=" + p.id().value())));
      }
      case 5 -> sdgs = false;
      case 6 -> attachments = false;
      case 7 -> category = io.github.kipp.core.CategoryId.of("tidak-ada");
      case 8 -> editionId = io.github.kipp.core.EditionId.of("kipp-1999");
      default -> replication = true;
    }
    b.sections(sections).category(category).edition(editionId);
    if (video) {
      p.video().ifPresent(b::video);
    }
    if (sdgs) {
      b.sdgs(p.sdgs());
    }
    if (attachments) {
      b.attachments(p.attachments());
    }
    if (p.replication().isPresent()) {
      // a group that needs a replication loses it; one that allows none gets one
      if (!replication) {
        b.replication(p.replication().get());
      }
    } else if (replication) {
      b.replication(io.github.kipp.core.innovation.Replication.of(List.of(io.github.kipp.core.InnovationId.of("inv-source")), "Diadaptasi."));
    }
    return b.build();
  }

  /** A copy of a proposal with another innovation. */
  private static Proposal withInnovation(Proposal p, Innovation innovation) {
    Proposal.Builder b = Proposal.newBuilder().id(p.id()).innovation(innovation).edition(p.edition()).group(p.group()).category(p.category())
        .sdgs(p.sdgs()).sections(p.sections()).attachments(p.attachments()).pandemicRelated(p.pandemicRelated());
    p.video().ifPresent(b::video);
    p.replication().ifPresent(b::replication);
    return b.build();
  }

  /**
   * Returns past results for about a third of the proposals' innovations: entries, Top 99s, winners'
   * tiers, Top 15 <i>khusus</i> and Outstanding Achievements of 2014–2022.
   *
   * @param proposals the proposals, not null
   * @param seed the seed
   * @return the history, not null
   */
  public static ResultHistory history(List<Proposal> proposals, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    TierId[] tiers = {Tiers.ENTERED, Tiers.TOP_99, Tiers.TOP_99, Tiers.TOP_45, Tiers.TOP_40, Tiers.TOP_35, Tiers.TOP_25, Tiers.TOP_9,
        Tiers.TOP_15, Tiers.OUTSTANDING_ACHIEVEMENT};
    List<PastResult> results = new ArrayList<>();
    for (Proposal p : proposals) {
      if (random.nextInt(3) != 0) {
        continue;
      }
      int n = 1 + random.nextInt(4);
      for (int k = 0; k < n; k++) {
        TierId tier = tiers[random.nextInt(tiers.length)];
        GroupId group = tier.equals(Tiers.TOP_15) || tier.equals(Tiers.OUTSTANDING_ACHIEVEMENT) ? KHUSUS : UMUM;
        results.add(new PastResult(p.innovation().id(), 2014 + random.nextInt(9), tier, group));
      }
    }
    return ResultHistory.of(results);
  }

  /**
   * Returns a submission time for each proposal, inside the edition's registration window.
   *
   * @param edition the edition, not null
   * @param proposals the proposals, not null
   * @param seed the seed
   * @return the times by proposal, not null
   */
  public static ImmutableMap<ProposalId, Instant> submittedAt(Edition edition, List<Proposal> proposals, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    Instant opens = edition.schedule().window(Phase.REGISTRATION).orElseThrow().opens().toInstant();
    long seconds = Duration.ofDays(50).toSeconds();
    ImmutableMap.Builder<ProposalId, Instant> out = ImmutableMap.builder();
    for (Proposal p : proposals) {
      out.put(p.id(), opens.plusSeconds(random.nextLong(seconds)));
    }
    return out.buildOrThrow();
  }

  /**
   * Returns the screening context of proposals: the edition, their history and submission times.
   *
   * @param edition the edition, not null
   * @param proposals the proposals, not null
   * @param history the history, not null
   * @param times the submission times, not null
   * @return the context, not null
   */
  public static EligibilityContext context(Edition edition, List<Proposal> proposals, ResultHistory history, Map<ProposalId, Instant> times) {
    return EligibilityContext.newBuilder(edition).history(history).submitted(proposals).submittedAt(times).build();
  }

  /**
   * Returns a panel of evaluators from five universities.
   *
   * @param size how many evaluators
   * @return the panel, not null
   */
  public static Panel panel(int size) {
    return KippFactories.panelFrom(size, 5);
  }

  /**
   * Returns score sheets: each proposal scored by {@code perProposal} evaluators of the panel, taken
   * in turn.
   *
   * @param criteria the criteria, not null
   * @param proposals the proposals, not null
   * @param panel the panel, not null
   * @param perProposal sheets per proposal
   * @param seed the seed of the scores
   * @return the sheets, not null
   */
  public static ImmutableList<ScoreSheet> sheets(CriteriaSet criteria, List<Proposal> proposals, Panel panel, int perProposal, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    ImmutableList.Builder<ScoreSheet> out = ImmutableList.builder();
    int size = panel.evaluators().size();
    int next = 0;
    for (Proposal p : proposals) {
      for (int k = 0; k < perProposal; k++) {
        ActorId evaluator = panel.evaluators().get((next + k) % size).id();
        out.add(KippFactories.sheetFrom(criteria, p.id(), evaluator, random.nextLong()));
      }
      next = (next + perProposal) % size;
    }
    return out.build();
  }

  /**
   * Returns frozen scores of sheets.
   *
   * @param criteria the criteria, not null
   * @param sheets the sheets, not null
   * @return the frozen scores, not null
   */
  public static FrozenScores frozen(CriteriaSet criteria, List<ScoreSheet> sheets) {
    return FrozenScores.of(criteria, sheets, CLOSE);
  }

  /**
   * Returns the proposals by id.
   *
   * @param proposals the proposals, not null
   * @return them by id, in their order, not null
   */
  public static Map<ProposalId, Proposal> byId(List<Proposal> proposals) {
    Map<ProposalId, Proposal> out = new LinkedHashMap<>();
    proposals.forEach(p -> out.put(p.id(), p));
    return out;
  }
}
