package io.github.kipp.format.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.SplittableRandom;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * {@link ProblemLog#where} gives the path the walk it replaces gave (a list of the contexts, then
 * their steps), over generated chains of parsing contexts under tree and buffer bases, each context
 * changed between two takes as a parser moves on.
 */
class ProblemLogWhereTest {

  /** A parsing context as a line's parser keeps it: changed in place as the parser moves. */
  private static final class Ctx {
    final @Nullable Ctx parent;
    final boolean root;
    final boolean bufferRoot;
    boolean array;
    int index;
    @Nullable String name;

    Ctx(@Nullable Ctx parent, boolean root, boolean bufferRoot, boolean array, int index, @Nullable String name) {
      this.parent = parent;
      this.root = root;
      this.bufferRoot = bufferRoot;
      this.array = array;
      this.index = index;
      this.name = name;
    }
  }

  private static final ProblemLog.Contexts<Ctx> CONTEXTS = new ProblemLog.Contexts<>(
      c -> c.parent, c -> c.root, c -> c.bufferRoot, c -> c.array, c -> c.index, c -> c.array ? null : c.name);

  /** A base of the read: a tree's path (no buffer) or a buffer's outermost context and path. */
  private record Base(String path, @Nullable Ctx buffer) {}

  /** The walk before the change, with the bases the test made, innermost first. */
  private static String oracle(@Nullable Ctx context, boolean atStructStart, Deque<Base> bases) {
    Ctx from = context != null && atStructStart ? context.parent : context;
    Deque<Ctx> chain = new ArrayDeque<>();
    String base = "";
    for (Ctx c = from; c != null; c = c.parent) {
      if (c.root) {
        base = bases.stream().filter(b -> b.buffer() == null).map(Base::path).findFirst().orElse("");
        break;
      }
      if (c.bufferRoot) {
        Ctx at = c;
        String b = bases.stream().filter(x -> x.buffer() == at).map(Base::path).findFirst().orElse(null);
        if (b != null) {
          base = b;
          break;
        }
      }
      chain.push(c);
    }
    StringBuilder out = new StringBuilder(base);
    for (Ctx c : chain) {
      if (c.array) {
        out.append('[').append(Math.max(c.index, 0)).append(']');
      } else if (c.name != null) {
        if (out.length() > 0) {
          out.append('.');
        }
        out.append(c.name);
      }
    }
    return out.toString();
  }

  private static final String[] NAMES = {"proposals", "scoreSheets", "desk", "sections", "innovation", "scores", "k1"};

  private static @Nullable String name(SplittableRandom r) {
    return r.nextInt(6) == 0 ? null : NAMES[r.nextInt(NAMES.length)];
  }

  /** Moves a context as a parser would: to the next index or field, or to another kind of value. */
  private static void move(Ctx c, SplittableRandom r) {
    switch (r.nextInt(4)) {
      case 0 -> c.index++;
      case 1 -> c.name = name(r);
      case 2 -> c.array = !c.array;
      default -> c.index = r.nextInt(-1, 3);
    }
  }

  /** One generated read: its bases, a chain, and takes of places with moves in between. */
  private static boolean sameAsBefore(long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    ProblemLog log = new ProblemLog();
    Deque<Base> bases = new ArrayDeque<>();
    List<Ctx> chain = new ArrayList<>();
    Ctx c = r.nextBoolean() ? new Ctx(null, true, false, false, -1, null) : null;
    if (c != null) {
      chain.add(c);
    }
    int depth = r.nextInt(0, 9);
    List<Ctx> bufferRoots = new ArrayList<>();
    for (int i = 0; i < depth; i++) {
      boolean bufferRoot = r.nextInt(4) == 0;
      c = new Ctx(c, false, bufferRoot, r.nextBoolean(), r.nextInt(-1, 40), name(r));
      chain.add(c);
      if (bufferRoot) {
        bufferRoots.add(c);
      }
    }
    if (r.nextBoolean()) {
      String tree = NAMES[r.nextInt(NAMES.length)];
      bases.push(new Base(tree, null));
      return log.under(tree, () -> takes(log, bases, chain, bufferRoots, r));
    }
    return takes(log, bases, chain, bufferRoots, r);
  }

  private static boolean takes(ProblemLog log, Deque<Base> bases, List<Ctx> chain, List<Ctx> bufferRoots, SplittableRandom r) {
    for (Ctx b : bufferRoots) {
      if (r.nextBoolean()) {
        String field = NAMES[r.nextInt(NAMES.length)] + "[" + r.nextInt(5) + "]";
        log.enter(field, b, CONTEXTS);
        bases.push(new Base(field, b));
      }
    }
    for (int take = 0; take < 6; take++) {
      Ctx at = chain.isEmpty() ? null : chain.get(r.nextInt(chain.size()));
      boolean atStructStart = r.nextBoolean();
      String expected = oracle(at, atStructStart, bases);
      ProblemLog.Where first = log.where(at, atStructStart, CONTEXTS);
      // A mapped value and its wire record take the same place one after the other.
      ProblemLog.Where again = log.where(at, atStructStart, CONTEXTS);
      if (!first.toString().equals(expected) || !again.toString().equals(expected) || !log.path(at, atStructStart, CONTEXTS).equals(expected)) {
        return false;
      }
      if (!chain.isEmpty() && r.nextBoolean()) {
        move(chain.get(r.nextInt(chain.size())), r);
      }
      if (!first.toString().equals(expected)) {
        // A place once taken does not follow the parser.
        return false;
      }
    }
    return true;
  }

  @Test
  void a_place_reads_as_the_path_the_walk_before_gave_under_every_base_and_after_every_move() {
    qt().withFixedSeed(71).withExamples(5_000).forAll(longs().all()).check(ProblemLogWhereTest::sameAsBefore);
  }

  @Test
  void a_place_taken_again_after_the_parser_moved_on_gives_the_new_path() {
    Ctx root = new Ctx(null, true, false, false, -1, null);
    Ctx document = new Ctx(root, false, false, false, -1, "proposals");
    Ctx list = new Ctx(document, false, false, true, 3, null);
    ProblemLog log = new ProblemLog();
    ProblemLog.Where first = log.where(list, false, CONTEXTS);
    list.index = 4;
    ProblemLog.Where second = log.where(list, false, CONTEXTS);
    assertThat(first).hasToString("proposals[3]");
    assertThat(second).hasToString("proposals[4]");
    assertThat(log.where(list, false, CONTEXTS)).isSameAs(second);
  }
}
