package io.github.kipp.benchmarks;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import com.google.common.collect.ImmutableSortedSet;
import io.github.kipp.core.ProposalId;
import io.github.kipp.core.eligibility.EligibilityContext;
import java.time.LocalDate;
import java.time.Period;
import java.util.HashMap;
import java.util.Map;

/**
 * The floor of eligibility screening: the 2023 rules of the national module (a complete proposal,
 * the minimum age, the past results of <i>khusus</i> and <i>umum</i>, a unique title) as one
 * hand-written loop over entries prepared by the benchmarks' own code ({@link Entry}, {@link Form}),
 * recording which rules failed each proposal as bits and nothing else: no decisions, reasons nor
 * citations.
 */
public final class EligibilityFloor {

  /** The rules' ids, by bit. */
  public static final ImmutableList<String> RULES =
      ImmutableList.of("fits-edition", "minimum-age", "past-results:khusus", "past-results:umum", "unique-title");

  private static final int FITS = 1;
  private static final int AGE = 2;
  private static final int KHUSUS = 4;
  private static final int UMUM = 8;
  private static final int TITLE = 16;

  private final Limits limits;

  /**
   * Creates the floor of a module's values.
   *
   * @param limits the module's values, not null
   */
  public EligibilityFloor(Limits limits) {
    this.limits = limits;
  }

  /** Entries prepared for the loop: in submission order, each with the place of the first entry with its title. */
  public static final class Prepared {
    private final ImmutableList<Entry> entries;
    private final int[] firstWithTitle;

    Prepared(ImmutableList<Entry> entries, int[] firstWithTitle) {
      this.entries = entries;
      this.firstWithTitle = firstWithTitle;
    }

    /**
     * Returns the entries.
     *
     * @return the entries, in submission order
     */
    public ImmutableList<Entry> entries() {
      return entries;
    }

    int[] firstWithTitle() {
      return firstWithTitle;
    }
  }

  /**
   * Prepares the submitted proposals of a context: entries and the first submission of each title.
   *
   * @param context the context, not null
   * @return the prepared entries, not null
   */
  public Prepared prepare(EligibilityContext context) {
    ImmutableList<Entry> entries = Entry.of(context, limits.getResolution());
    Map<String, Integer> first = new HashMap<>(entries.size() * 2);
    int[] firstWithTitle = new int[entries.size()];
    for (int i = 0; i < entries.size(); i++) {
      Integer seen = first.putIfAbsent(entries.get(i).getTitle(), i);
      firstWithTitle[i] = seen == null ? i : seen;
    }
    return new Prepared(entries, firstWithTitle);
  }

  /**
   * Prepares and screens the submitted proposals of a context.
   *
   * @param context the context, not null
   * @return the failed rules of each entry in submission order, one bit per rule of {@link #RULES}
   */
  public int[] screen(EligibilityContext context) {
    return screen(prepare(context));
  }

  /**
   * Screens prepared entries.
   *
   * @param prepared the entries, not null
   * @return the failed rules of each entry in submission order, one bit per rule of {@link #RULES}
   */
  public int[] screen(Prepared prepared) {
    ImmutableList<Entry> entries = prepared.entries();
    int[] first = prepared.firstWithTitle();
    Form form = limits.getForm();
    Period minimum = limits.getMinimumAge();
    LocalDate close = limits.getCloseDay();
    int[] failed = new int[entries.size()];
    for (int i = 0; i < failed.length; i++) {
      Entry e = entries.get(i);
      int f = 0;
      if (!form.fits(e)) {
        f |= FITS;
      }
      if (e.getStart().plus(minimum).isAfter(close)) {
        f |= AGE;
      }
      String group = e.getGroup();
      if (group.equals("khusus") && !PastResults.khusus2023(e.getHistory())) {
        f |= KHUSUS;
      } else if (group.equals("umum") && !PastResults.umum2023(e.getHistory())) {
        f |= UMUM;
      }
      if (first[i] != i) {
        f |= TITLE;
      }
      failed[i] = f;
    }
    return failed;
  }

  /**
   * Reads the bits of a screening as the failed rules' ids by proposal.
   *
   * @param prepared the entries screened, not null
   * @param failed the bits {@link #screen(Prepared)} returned, not null
   * @return the failed rules' ids by proposal, not null
   */
  public static ImmutableSortedMap<ProposalId, ImmutableSortedSet<String>> failures(Prepared prepared, int[] failed) {
    ImmutableSortedMap.Builder<ProposalId, ImmutableSortedSet<String>> out = ImmutableSortedMap.naturalOrder();
    for (int i = 0; i < failed.length; i++) {
      ImmutableSortedSet.Builder<String> rules = ImmutableSortedSet.naturalOrder();
      for (int r = 0; r < RULES.size(); r++) {
        if ((failed[i] & (1 << r)) != 0) {
          rules.add(RULES.get(r));
        }
      }
      out.put(prepared.entries().get(i).getId(), rules.build());
    }
    return out.buildOrThrow();
  }
}
