package io.github.kipp.jackson.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.fail;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import io.github.kipp.jackson.internal.BoundedYaml.LinearReader;
import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.reader.ReaderException;
import org.yaml.snakeyaml.reader.StreamReader;

/**
 * {@link LinearReader} side by side with the reader it replaces, SnakeYAML's {@link StreamReader}
 * over a {@link StringReader}: the same text, the same operations, the same answers at every step —
 * code points seen by {@code peek} and {@code prefix}, index, document index, line and column after
 * every operation, and marks.
 *
 * <p>The linear reader gets its text from a reader that hands it out in pieces of 0 to a few chars,
 * so that pieces split surrogate pairs and CR LF pairs; long texts (over 8,192 and 16,384 chars)
 * make its window grow and move. {@link Reader#read(char[], int, int)} should block until it has a
 * char, but the linear reader does not rely on that: a read of none is tried again, so the pieces are
 * sometimes empty (SnakeYAML's reader, which would take an empty read for the end, reads a {@link
 * StringReader}, which never gives one).
 *
 * <p>What is compared, and what is not, by design:
 *
 * <ul>
 *   <li>The linear reader refuses to look {@code maxLookAhead} or more code points ahead (a {@link
 *       YAMLException} caused by a {@link StreamConstraintsException}); SnakeYAML's has no such limit.
 *       Such an operation is checked to be refused, without change of position, and is not given to
 *       SnakeYAML's reader.
 *   <li>SnakeYAML's reader reads one piece of 1,023 chars (at least 512 code points) per look-ahead,
 *       so it may answer {@code peek(k)} with 0 for a k further ahead than it has read; its scanner
 *       never looks that far at once. The test looks ahead with it in steps of 511 code points, as the
 *       scanner does, before it asks the same of both. {@code prefixForward(n)}, which the scanner
 *       only calls for code points it has looked at, is given at most the rest of the text.
 *   <li>A text with a character YAML does not allow is refused by both with a {@link
 *       ReaderException} naming the same code point and the same index in the text, but not at the
 *       same step: SnakeYAML's reader checks 1,023 chars at a time, the linear reader each piece it
 *       gets. Once one refuses, the other is read to its end and must refuse alike.
 *   <li>Marks: name, index, line and column are compared; so is the snippet ({@link
 *       Mark#get_snippet()} and {@link Mark#toString()}) of texts SnakeYAML's reader takes in one
 *       piece, after both have read to the end. For longer texts the snippets legitimately differ:
 *       each shows the line around the mark only as far as its own window reaches, and the windows
 *       start and end at different places. For every mark of both readers the test checks instead
 *       that its window is the text itself: each code point it holds (0 is not yet read) is the one
 *       at that distance from the mark's index — when made and again at the end, so a later read
 *       never changes what an earlier mark shows.
 * </ul>
 */
class LinearReaderTest {

  /** Pieces of text both readers take, among them every line break and a BOM. */
  private static final List<String> GOOD = List.of("a", "b", "0", " ", ":", "-", "\t", "\n", "\r", "\r\n", "\n\r",
      "\u0085", "\u2028", "\u2029", "\uFEFF", "\u0436", "\u00e9", "\uD83D\uDE00", "\uD834\uDD1E");
  /** Characters both must refuse; a lone high surrogate is followed by a letter, never at the end. */
  private static final List<String> BAD = List.of("\u0000", "\u0001", "\u007F", "\u0080", "\u009F", "\uFFFE",
      "\uFFFF", "\uDC00", "\uD800a");
  /** Far enough that the linear reader's limit is never reached. */
  private static final int NO_LIMIT = 1 << 20;
  /** How far SnakeYAML's reader is sure to see past what it has read, in one read. */
  private static final int REFERENCE_STEP = 511;
  /** The longest text SnakeYAML's reader takes in one read. */
  private static final int REFERENCE_PIECE = 1023;

  private enum Kind { PEEK, PEEK_AHEAD, PREFIX, PREFIX_FORWARD, FORWARD, FORWARD_N, MARK, RESET_DOCUMENT_INDEX, INDICES }

  private record Op(Kind kind, int size) {}

  private record Chunking(long seed, int max) {}

  /** Hands out its text in pieces of 0 to {@code max} chars. */
  private static final class ChunkedReader extends Reader {
    private final String text;
    private final Random random;
    private final int max;
    private int at;

    ChunkedReader(String text, Chunking chunking) {
      this.text = text;
      this.random = new Random(chunking.seed());
      this.max = chunking.max();
    }

    @Override
    public int read(char[] buffer, int offset, int length) {
      if (length == 0) {
        return 0;
      }
      if (at == text.length()) {
        return -1;
      }
      int n = random.nextInt(5) == 0 ? 0 : 1 + random.nextInt(Math.min(length, Math.min(max, text.length() - at)));
      text.getChars(at, at + n, buffer, offset);
      at += n;
      return n;
    }

    @Override
    public void close() {}
  }

  private static Gen<String> texts() {
    Gen<List<String>> shortTexts = lists().of(arbitrary().pick(GOOD)).ofSizeBetween(0, 80);
    Gen<List<String>> longTexts = lists().of(arbitrary().pick(GOOD)).ofSizeBetween(7_000, 16_000);
    Gen<List<String>> pieces = integers().between(0, 9).flatMap(k -> k == 0 ? longTexts : shortTexts);
    Gen<int[]> bad = integers().between(-2 * BAD.size(), BAD.size() - 1).zip(integers().between(0, 1_000), (b, w) -> new int[] {b, w});
    return pieces.zip(bad, (list, b) -> {
      List<String> text = new ArrayList<>(list);
      if (b[0] >= 0) {
        text.add(b[1] * text.size() / 1_000, BAD.get(b[0]));
      }
      return String.join("", text);
    });
  }

  private static Gen<List<Op>> operations() {
    Gen<Integer> sizes = integers().between(0, 99)
        .flatMap(p -> p < 70 ? integers().between(0, 8) : p < 95 ? integers().between(0, 700) : integers().between(0, 20_000));
    Gen<Op> op = arbitrary().enumValues(Kind.class).zip(sizes, Op::new);
    return lists().of(op).ofSizeBetween(1, 80);
  }

  private static Gen<Chunking> chunkings() {
    return longs().all().zip(arbitrary().pick(List.of(1, 2, 3, 5, 8, 64, Integer.MAX_VALUE)), Chunking::new);
  }

  @Test
  void the_linear_reader_answers_every_operation_as_snakeyamls_reader_does() {
    Gen<Integer> lookAheads = integers().between(0, 3).flatMap(k -> k == 0 ? integers().between(1, 700) : integers().between(NO_LIMIT, NO_LIMIT));
    qt().withFixedSeed(23_01).withExamples(1_000).forAll(texts(), lookAheads, operations(), chunkings())
        .checkAssert(LinearReaderTest::compare);
  }

  private static void compare(String text, int maxLookAhead, List<Op> ops, Chunking chunking) {
    int[] codePoints = text.codePoints().toArray();
    LinearReader linear = new LinearReader(new ChunkedReader(text, chunking), maxLookAhead, 1_000);
    StreamReader reference = new StreamReader(new StringReader(text));
    List<Mark> linearMarks = new ArrayList<>();
    List<Mark> referenceMarks = new ArrayList<>();
    for (Op op : ops) {
      int size = op.kind() == Kind.PREFIX_FORWARD ? Math.min(op.size(), codePoints.length - linear.getIndex()) : op.size();
      int ahead = switch (op.kind()) {
        case PEEK, FORWARD, FORWARD_N -> 0;
        case PEEK_AHEAD -> size;
        case PREFIX, PREFIX_FORWARD -> size == 0 ? -1 : size;
        default -> -1;
      };
      String step = op.kind() + "(" + size + ") at index " + linear.getIndex();
      if (ahead >= maxLookAhead) {
        int index = linear.getIndex();
        int line = linear.getLine();
        int column = linear.getColumn();
        YAMLException e = catchThrowableOfType(YAMLException.class, () -> apply(op.kind(), size, linear, false));
        assertThat(e).as(step).isNotNull().hasCauseInstanceOf(StreamConstraintsException.class);
        assertThat(e.getCause()).hasMessageEndingWith("refused at line " + (line + 1) + ", column " + (column + 1));
        assertThat(List.of(linear.getIndex(), linear.getLine(), linear.getColumn())).isEqualTo(List.of(index, line, column));
        continue;
      }
      Object[] linearResult = new Object[1];
      Object[] referenceResult = new Object[1];
      Throwable linearFailure = catchThrowable(() -> linearResult[0] = apply(op.kind(), size, linear, false));
      Throwable referenceFailure = catchThrowable(() -> referenceResult[0] = apply(op.kind(), size, reference, true));
      if (linearFailure != null || referenceFailure != null) {
        refused(codePoints, linear, reference, linearFailure, referenceFailure);
        return;
      }
      if (linearResult[0] instanceof Mark mark) {
        Mark other = (Mark) referenceResult[0];
        assertThat(attributes(mark)).as(step).isEqualTo(attributes(other));
        assertShowsTheText(mark, codePoints);
        assertShowsTheText(other, codePoints);
        linearMarks.add(mark);
        referenceMarks.add(other);
      } else {
        assertThat(linearResult[0]).as(step).isEqualTo(referenceResult[0]);
      }
      assertThat(indices(linear)).as(step).isEqualTo(indices(reference));
    }
    Throwable linearFailure = catchThrowable(() -> drain(linear, codePoints.length));
    Throwable referenceFailure = catchThrowable(() -> drain(reference, codePoints.length));
    if (linearFailure != null || referenceFailure != null) {
      refused(codePoints, linear, reference, linearFailure, referenceFailure);
      return;
    }
    assertThat(indices(linear)).isEqualTo(indices(reference));
    for (int i = 0; i < linearMarks.size(); i++) {
      assertShowsTheText(linearMarks.get(i), codePoints);
      if (text.length() <= REFERENCE_PIECE) {
        assertThat(linearMarks.get(i).get_snippet()).isEqualTo(referenceMarks.get(i).get_snippet());
        assertThat(linearMarks.get(i)).hasToString(referenceMarks.get(i).toString());
      }
    }
  }

  private static Object apply(Kind kind, int size, StreamReader reader, boolean reference) {
    if (reference && (kind == Kind.PEEK_AHEAD || kind == Kind.PREFIX || kind == Kind.PREFIX_FORWARD)) {
      for (int k = REFERENCE_STEP; k < size; k += REFERENCE_STEP) {
        reader.peek(k);
      }
    }
    switch (kind) {
      case PEEK:
        return reader.peek();
      case PEEK_AHEAD:
        return reader.peek(size);
      case PREFIX:
        return reader.prefix(size);
      case PREFIX_FORWARD:
        return reader.prefixForward(size);
      case FORWARD:
        reader.forward();
        return null;
      case FORWARD_N:
        reader.forward(size);
        return null;
      case MARK:
        return reader.getMark();
      case RESET_DOCUMENT_INDEX:
        reader.resetDocumentIndex();
        return null;
      default:
        return indices(reader);
    }
  }

  private static List<Integer> indices(StreamReader reader) {
    return List.of(reader.getIndex(), reader.getDocumentIndex(), reader.getLine(), reader.getColumn());
  }

  private static List<Object> attributes(Mark mark) {
    return List.of(mark.getName(), mark.getIndex(), mark.getLine(), mark.getColumn());
  }

  /** Each code point in the mark's window is the text's at the same distance from the mark. */
  private static void assertShowsTheText(Mark mark, int[] codePoints) {
    int[] window = mark.getBuffer();
    int start = mark.getIndex() - mark.getPointer();
    for (int i = 0; i < window.length; i++) {
      if (window[i] != 0) {
        assertThat(start + i).as("%s, window entry %d", mark, i).isBetween(0, codePoints.length - 1);
        assertThat(window[i]).as("%s, window entry %d", mark, i).isEqualTo(codePoints[start + i]);
      }
    }
  }

  /** Moves to the end, as the scanner would; no text holds 0, which only stands for the end. */
  private static void drain(StreamReader reader, int bound) {
    for (int i = 0; i <= bound && reader.peek() != 0; i++) {
      reader.forward();
    }
    assertThat(reader.peek()).isZero();
  }

  private static ReaderException refusal(@Nullable Throwable failure, StreamReader reader, int length) {
    Throwable e = failure != null ? failure : catchThrowable(() -> drain(reader, length));
    assertThat(e).isInstanceOf(ReaderException.class);
    return (ReaderException) e;
  }

  private static void refused(int[] codePoints, StreamReader linear, StreamReader reference, @Nullable Throwable linearFailure,
      @Nullable Throwable referenceFailure) {
    ReaderException byLinear = refusal(linearFailure, linear, codePoints.length);
    ReaderException byReference = refusal(referenceFailure, reference, codePoints.length);
    int first = 0;
    while (first < codePoints.length && StreamReader.isPrintable(codePoints[first])) {
      first++;
    }
    assertThat(first).as("a character both refuse").isLessThan(codePoints.length);
    for (ReaderException e : List.of(byLinear, byReference)) {
      assertThat(e.getCodePoint()).as(e.toString()).isEqualTo(codePoints[first]);
      assertThat(e.getPosition()).as(e.toString()).isEqualTo(first);
      assertThat(e.getName()).isEqualTo("'reader'");
      assertThat(e).hasMessage("special characters are not allowed");
    }
  }

  private static LinearReader pieceByPiece(String text, int maxLookAhead) {
    return new LinearReader(new ChunkedReader(text, new Chunking(7, 1)), maxLookAhead, 77);
  }

  /** Hands out its text in pieces of the given sizes, then the rest at once. */
  private static final class PiecesReader extends Reader {
    private final String text;
    private final int[] sizes;
    private int next;
    private int at;

    PiecesReader(String text, int... sizes) {
      this.text = text;
      this.sizes = sizes;
    }

    @Override
    public int read(char[] buffer, int offset, int length) {
      if (at == text.length()) {
        return -1;
      }
      int n = Math.min(Math.min(length, text.length() - at), next < sizes.length ? sizes[next++] : Integer.MAX_VALUE);
      text.getChars(at, at + n, buffer, offset);
      at += n;
      return n;
    }

    @Override
    public void close() {}
  }

  @Test
  void the_window_is_copied_only_when_a_read_does_not_fit_in_it() {
    String text = "a".repeat(8_191 + 8_192 + 1);
    int[] codePoints = text.codePoints().toArray();
    LinearReader linear = new LinearReader(new PiecesReader(text, 8_191, 8_192, 1), NO_LIMIT, 77);

    linear.peek(8_190);
    Mark first = linear.getMark();
    linear.peek(8_191);
    Mark filled = linear.getMark();
    linear.forward(100);
    linear.peek(16_283);
    Mark moved = linear.getMark();

    assertThat(filled.getBuffer()).as("a window of 16,384 that a second read fills exactly").isSameAs(first.getBuffer());
    assertThat(moved.getBuffer()).as("a third read does not fit").isNotSameAs(first.getBuffer());
    assertThat(moved.getPointer()).as("the new window keeps only what is not read").isZero();
    assertThat(linear.peek(16_283)).isEqualTo('a');
    assertThat(linear.peek(16_284)).isZero();
    for (Mark mark : List.of(first, filled, moved)) {
      assertShowsTheText(mark, codePoints);
    }
  }

  @Test
  void a_high_surrogate_at_the_very_end_is_refused_with_snakeyamls_message() {
    for (int max : new int[] {1, Integer.MAX_VALUE}) {
      LinearReader linear = new LinearReader(new ChunkedReader("ab\uD83D", new Chunking(7, max)), NO_LIMIT, 77);

      assertThat(linear.peek(1)).isEqualTo('b');
      ReaderException e = catchThrowableOfType(ReaderException.class, () -> linear.peek(2));

      assertThat(e).as("pieces of %d", max).isNotNull().hasMessage("The last char is HighSurrogate (no LowSurrogate detected).");
      assertThat(e.getCodePoint()).isEqualTo(0xD83D);
      assertThat(e.getPosition()).as("the index of the surrogate").isEqualTo(2);
    }
    ReaderException snakeyaml = catchThrowableOfType(ReaderException.class, () -> new StreamReader(new StringReader("ab\uD83D")).peek());
    assertThat(snakeyaml).hasMessage("The last char is HighSurrogate (no LowSurrogate detected).");
    assertThat(snakeyaml.getCodePoint()).isEqualTo(0xD83D);
  }

  @Test
  void a_surrogate_pair_split_between_two_reads_is_one_code_point() {
    LinearReader linear = pieceByPiece("x\uD83D\uDE00y", NO_LIMIT);

    assertThat(linear.peek(2)).isEqualTo('y');
    assertThat(linear.peek(1)).isEqualTo(0x1F600);
    linear.forward(3);
    assertThat(List.of(linear.getIndex(), linear.getColumn(), linear.peek())).containsExactly(3, 3, 0);
  }

  @Test
  void a_high_surrogate_followed_by_another_char_in_the_next_read_is_refused_where_it_stands() {
    LinearReader linear = pieceByPiece("ab\uD83Dx", NO_LIMIT);

    ReaderException e = catchThrowableOfType(ReaderException.class, () -> linear.peek(3));

    assertThat(e).isNotNull().hasMessage("special characters are not allowed");
    assertThat(e.getCodePoint()).isEqualTo(0xD83D);
    assertThat(e.getPosition()).isEqualTo(2);
  }

  @Test
  void a_carriage_return_alone_breaks_the_line_but_not_before_a_line_feed_nor_at_the_end() {
    LinearReader linear = pieceByPiece("a\rb\r\nc\r", NO_LIMIT);
    List<List<Integer>> positions = new ArrayList<>();
    for (int i = 0; i < 7; i++) {
      linear.forward();
      positions.add(List.of(linear.getLine(), linear.getColumn()));
    }

    assertThat(positions).containsExactly(List.of(0, 1), List.of(1, 0), List.of(1, 1), List.of(1, 2), List.of(2, 0),
        List.of(2, 1), List.of(2, 2));
  }

  @Test
  void looking_as_far_ahead_as_the_limit_is_refused_naming_line_and_column_from_one() {
    Function<LinearReader, LinearReader> onTheSecondLine = r -> {
      r.forward(5);
      return r;
    };
    LinearReader linear = onTheSecondLine.apply(pieceByPiece("ab\ncdefghijk", 5));

    assertThat(linear.peek(4)).isEqualTo('i');
    assertThat(linear.prefix(4)).isEqualTo("efgh");
    for (Function<LinearReader, Object> tooFar : List.<Function<LinearReader, Object>>of(r -> r.peek(5), r -> r.prefix(5), r -> r.prefixForward(5))) {
      YAMLException e = catchThrowableOfType(YAMLException.class, () -> tooFar.apply(linear));

      assertThat(e).isNotNull().hasCauseInstanceOf(StreamConstraintsException.class);
      assertThat(e.getCause()).hasMessage("YAML token (a scalar's word or line, a comment, an anchor, a tag or a run of blanks)"
          + " longer than the maximum string length allowed (77, from `StreamReadConstraints.getMaxStringLength()`),"
          + " refused at line 2, column 3");
    }
    assertThat(List.of(linear.getIndex(), linear.getLine(), linear.getColumn(), linear.peek())).containsExactly(5, 1, 2, (int) 'e');
  }
}
