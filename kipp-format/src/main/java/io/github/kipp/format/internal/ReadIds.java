package io.github.kipp.format.internal;

import io.github.kipp.core.ActorId;
import io.github.kipp.core.CategoryId;
import io.github.kipp.core.GroupId;
import io.github.kipp.core.InnovationId;
import io.github.kipp.core.ProposalId;
import io.github.kipp.core.SectionId;
import io.github.kipp.core.StageId;
import io.github.kipp.core.TierId;
import io.github.kipp.scoring.CriterionId;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The identifiers made in one read, each value made once. A competition document names the same
 * evaluator, criterion, stage and section thousands of times, and each proposal on each of its sheets:
 * within a read ({@link #during}) the first text of a kind is checked and made, and every later equal
 * text gives that same identifier. Identifiers are equal by kind and value, so the value read is the
 * one made from each text on its own; a text the identifier refuses is refused every time, as before.
 * Later checks of the document (known ids, repeated sheets) then meet identifiers whose hashes are
 * known and which equal each other by identity.
 *
 * <p>Outside a read each text is made on its own. A read is confined to its thread; one read's
 * identifiers are dropped when it ends.
 */
public final class ReadIds {

  private static final ThreadLocal<@Nullable ReadIds> CURRENT = new ThreadLocal<>();

  /** Proposal ids: a proposal's own, then on its sheets, assignment and status. */
  public static final Function<String, ProposalId> PROPOSAL = interning(0, ProposalId::of);
  /** Evaluator and actor ids. */
  public static final Function<String, ActorId> ACTOR = interning(1, ActorId::of);
  /** Stage ids. */
  public static final Function<String, StageId> STAGE = interning(2, StageId::of);
  /** Criterion ids, the keys of every sheet's scores. */
  public static final Function<String, CriterionId> CRITERION = interning(3, CriterionId::of);
  /** Section ids, one for each section of each proposal. */
  public static final Function<String, SectionId> SECTION = interning(4, SectionId::of);
  /** Group ids. */
  public static final Function<String, GroupId> GROUP = interning(5, GroupId::of);
  /** Category ids. */
  public static final Function<String, CategoryId> CATEGORY = interning(6, CategoryId::of);
  /** Tier ids of past results. */
  public static final Function<String, TierId> TIER = interning(7, TierId::of);
  /** Innovation ids: an innovation's own, then in past results. */
  public static final Function<String, InnovationId> INNOVATION = interning(8, InnovationId::of);

  private static final int KINDS = 9;

  @SuppressWarnings("unchecked") // one map of texts to identifiers for each kind
  private final Map<String, Object>[] made = new Map[KINDS];

  private ReadIds() {}

  /**
   * A read, which may give nothing.
   *
   * @param <T> what is read
   * @param <X> what the read throws
   */
  @FunctionalInterface
  public interface Read<T, X extends Exception> {
    /**
     * Reads.
     *
     * @return what was read, possibly null
     * @throws X if the read fails
     */
    @Nullable T read() throws X;
  }

  /**
   * Runs a read, making each identifier of it once; a read inside it shares its identifiers.
   *
   * @param read the read
   * @param <T> what is read
   * @param <X> what the read throws
   * @return what was read, possibly null
   * @throws X if the read fails
   */
  public static <T, X extends Exception> @Nullable T during(Read<T, X> read) throws X {
    if (CURRENT.get() != null) {
      return read.read();
    }
    CURRENT.set(new ReadIds());
    try {
      return read.read();
    } finally {
      CURRENT.remove();
    }
  }

  private static <T> Function<String, T> interning(int kind, Function<String, T> make) {
    return text -> {
      ReadIds ids = CURRENT.get();
      return ids == null ? make.apply(text) : ids.get(kind, text, make);
    };
  }

  @SuppressWarnings("unchecked") // the map of a kind holds only identifiers made by its factory
  private <T> T get(int kind, String text, Function<String, T> make) {
    Map<String, Object> byText = made[kind];
    if (byText == null) {
      byText = new HashMap<>();
      made[kind] = byText;
    }
    Object known = byText.get(text);
    if (known != null) {
      return (T) known;
    }
    // A refused text throws here and is not kept: it is refused again each time it is met.
    T fresh = make.apply(text);
    byText.put(text, fresh);
    return fresh;
  }
}
