package io.github.kipp.format.internal;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import io.github.kipp.core.ActorId;
import io.github.kipp.core.ProposalId;
import io.github.kipp.core.StageId;
import io.github.kipp.core.Violation;
import io.github.kipp.scoring.CriteriaSet;
import io.github.kipp.scoring.ScoreSheet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Checks score sheets as they are read, against what scoring will allow of them, so that a document
 * is refused when read rather than by the {@code ScoreBook} or {@code FrozenScores} later: each
 * sheet against the criteria and scales of its stage, and no evaluator scoring a proposal twice in a
 * stage. Every problem is reported with the path of the sheet in the document.
 */
public final class SheetChecks {

  /** Attribute of a read: the criteria sheets are checked against, a {@code Map<StageId, CriteriaSet>}. */
  public static final String CRITERIA = "io.github.kipp.jackson.criteria";

  /** The code of a sheet checked against another stage's criteria (see {@code CriteriaSet.validate}). */
  private static final String WRONG_STAGE = "kipp.sheet.wrongStage";

  private SheetChecks() {}

  /**
   * Indexes criteria by stage.
   *
   * @param criteria the criteria sets
   * @return the sets by stage
   * @throws IllegalArgumentException if two sets are of the same stage
   */
  public static ImmutableSortedMap<StageId, CriteriaSet> byStage(Iterable<CriteriaSet> criteria) {
    Map<StageId, CriteriaSet> out = new HashMap<>();
    for (CriteriaSet c : criteria) {
      CriteriaSet before = out.putIfAbsent(java.util.Objects.requireNonNull(c, "criteria set").stage(), c);
      if (before != null) {
        throw new IllegalArgumentException("two criteria sets are given for stage " + c.stage() + "; give one per stage");
      }
    }
    return ImmutableSortedMap.copyOf(out);
  }

  /**
   * Checks the sheets of a competition document against criteria: every stage with sheets has
   * criteria, and every sheet fits them (every criterion scored on its scale, no other criterion).
   * A sheet listed under another stage than its own is the document's problem ({@code
   * kipp.json.stageMismatch}), so it is checked against the criteria of the stage it is listed under
   * without repeating that.
   *
   * @param sheets the sheets by the stage they are listed under
   * @param criteria the criteria by stage
   * @return the problems, with paths such as {@code scoreSheets.evaluasi-proposal[3].scores.inovasi}
   */
  public static List<Violation> against(Map<StageId, ? extends List<ScoreSheet>> sheets, Map<StageId, CriteriaSet> criteria) {
    List<Violation> v = new ArrayList<>();
    sheets.forEach((stage, list) -> {
      CriteriaSet c = criteria.get(stage);
      if (c == null) {
        if (!list.isEmpty()) {
          v.add(FormatMessages.violation("kipp.json.stageCriteria", "scoreSheets." + stage, stage, "allowed", stages(criteria)));
        }
        return;
      }
      for (int i = 0; i < list.size(); i++) {
        List<Violation> problems = c.validate(list.get(i));
        if (!problems.isEmpty()) {
          String path = "scoreSheets." + stage + "[" + i + "]";
          problems.stream().filter(x -> !x.code().equals(WRONG_STAGE)).forEach(x -> v.add(x.under(path)));
        }
      }
    });
    return v;
  }

  /**
   * Checks frozen scores' sheets with the paths of their list, before {@code FrozenScores.of} sorts
   * them: each against the criteria, and no evaluator twice for one proposal. ({@code
   * FrozenScores.of} checks the same and a sheet submitted after the close, naming sheets by proposal
   * and evaluator instead.)
   *
   * @param criteria the criteria
   * @param sheets the sheets, as listed
   * @return the problems, with paths such as {@code sheets[2].scores.inovasi}
   */
  public static List<Violation> frozen(CriteriaSet criteria, List<ScoreSheet> sheets) {
    List<Violation> v = new ArrayList<>();
    Map<Pair, Integer> first = new HashMap<>();
    for (int i = 0; i < sheets.size(); i++) {
      ScoreSheet s = sheets.get(i);
      int at = i;
      criteria.validate(s).forEach(x -> v.add(x.under("sheets[" + at + "]")));
      Integer earlier = first.putIfAbsent(new Pair(s.proposal(), s.evaluator()), i);
      if (earlier != null) {
        v.add(duplicate("sheets[" + i + "]", s, "sheets[" + earlier + "]"));
      }
    }
    return v;
  }

  /** A proposal and its evaluator. */
  private record Pair(ProposalId proposal, ActorId evaluator) {}

  /**
   * Returns the violation of a sheet that repeats an evaluator's sheet for a proposal and stage.
   *
   * @param path the repeating sheet's path
   * @param sheet the repeating sheet
   * @param first the path of the first sheet
   * @return the violation
   */
  public static Violation duplicate(String path, ScoreSheet sheet, String first) {
    return FormatMessages.violation("kipp.json.duplicateSheet", path, sheet.evaluator(),
        "proposal", sheet.proposal(), "stage", sheet.stage(), "first", first);
  }

  private static String stages(Map<StageId, CriteriaSet> criteria) {
    String all = criteria.keySet().stream().sorted().map(StageId::value).collect(Collectors.joining(", "));
    return all.isEmpty() ? "-" : all;
  }

  /**
   * Returns every violation of two lists, in order.
   *
   * @param a the first
   * @param b the second
   * @return both, a first
   */
  public static ImmutableList<Violation> both(List<Violation> a, List<Violation> b) {
    return ImmutableList.<Violation>builder().addAll(a).addAll(b).build();
  }
}
