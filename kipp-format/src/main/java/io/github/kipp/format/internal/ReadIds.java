package io.github.kipp.format.internal;

import io.github.kipp.core.ActorId;
import io.github.kipp.core.CategoryId;
import io.github.kipp.core.GroupId;
import io.github.kipp.core.ProposalId;
import io.github.kipp.core.SectionId;
import io.github.kipp.core.StageId;
import io.github.kipp.core.TierId;
import io.github.kipp.scoring.CriterionId;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The identifiers made in one read, each value made once while it recurs. A competition document
 * names the same evaluator, criterion, stage and section thousands of times, and each proposal on its
 * sheets one after the other: within a read ({@link #during}) a text of a kind is checked and made
 * once and kept in one of a fixed number of slots (by its hash), and an equal text met while it is
 * kept gives that same identifier; a text whose slot another took is made again. Identifiers are equal
 * by kind and value, so the value read is the one made from each text on its own; a text the
 * identifier refuses is refused every time, as before. Later checks of the document (known ids,
 * repeated sheets) then meet fewer identifiers, with known hashes, equal to each other by identity.
 *
 * <p>Outside a read each text is made on its own. A read is confined to its thread; one read's
 * identifiers are dropped when it ends.
 */
public final class ReadIds {

  private static final ThreadLocal<@Nullable ReadIds> CURRENT = new ThreadLocal<>();

  /** Proposal ids named by sheets and assignments. */
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

  private static final int KINDS = 8;

  /** The slots of each kind: a power of two, more than a document's evaluators, criteria or sections. */
  private static final int SLOTS = 256;

  /** For each kind, the text last made in each slot and its identifier. */
  private final @Nullable String[][] texts = new String[KINDS][SLOTS];
  private final @Nullable Object[][] made = new Object[KINDS][SLOTS];

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

  @SuppressWarnings("unchecked") // the slots of a kind hold only identifiers made by its factory
  private <T> T get(int kind, String text, Function<String, T> make) {
    int h = text.hashCode();
    int slot = (h ^ (h >>> 16)) & (SLOTS - 1);
    @Nullable String[] kindTexts = texts[kind];
    @Nullable Object[] kindMade = made[kind];
    String known = kindTexts[slot];
    Object id = kindMade[slot];
    if (id != null && text.equals(known)) {
      return (T) id;
    }
    // A refused text throws here and is not kept: it is refused again each time it is met.
    T fresh = make.apply(text);
    kindTexts[slot] = text;
    kindMade[slot] = fresh;
    return fresh;
  }
}
