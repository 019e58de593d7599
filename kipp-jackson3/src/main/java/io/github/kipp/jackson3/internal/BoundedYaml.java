package io.github.kipp.jackson3.internal;

import java.io.CharArrayReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.events.ScalarEvent;
import org.snakeyaml.engine.v2.parser.ParserImpl;
import org.snakeyaml.engine.v2.scanner.StreamReader;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.TokenStreamFactory;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.io.IOContext;
import tools.jackson.dataformat.yaml.YAMLFactory;
import tools.jackson.dataformat.yaml.YAMLFactoryBuilder;
import tools.jackson.dataformat.yaml.YAMLParser;

/**
 * A YAML factory whose parsers apply every limit of {@link StreamReadConstraints} as the JSON parser
 * does, in time linear in the input: the Jackson 3 line's counterpart of the Jackson 2 line's reader
 * ({@code io.github.kipp.jackson.internal.BoundedYaml}), refusing the same inputs with the same
 * messages.
 *
 * <p>snakeyaml-engine's {@link StreamReader} copies its whole look-ahead window each time it reads a
 * further buffer from its input (1,024 characters by default), so a scalar of n characters without
 * a break costs about n² / 2,000 steps, and its code-point limit is only checked between tokens, after
 * such a scalar was scanned. The reader is final and cannot be replaced as SnakeYAML's can, so this
 * factory's parsers bound it from outside instead:
 *
 * <ul>
 *   <li>each parser makes its own {@link StreamReader} over a {@link Window} and reads its events
 *       from a {@link ParserImpl} over it ({@link YAMLParser} takes its events from {@link
 *       #nextEvent()} only, so the parser Jackson's constructor makes is never read);
 *   <li>the window knows how far the stream reader has consumed ({@link StreamReader#getIndex()}), so
 *       it never hands over more than the string limit (plus two) of characters not yet consumed, and
 *       refuses as soon as the scanner asks for more while that many are waiting: the scanner looks
 *       ahead without consuming only within one word of a scalar, one line of a block scalar, one
 *       comment, anchor, tag or run of blanks, and a word or line of a scalar is part of its value,
 *       so a scalar whose value keeps within the limit is never refused this way;
 *   <li>the stream reader's buffer holds the whole permitted look-ahead (or the whole input, when it
 *       is shorter), and the window fills it completely on each read, so each copy of the stream
 *       reader's window is paid for by as many new characters: every character is copied a bounded
 *       number of times;
 *   <li>a scalar longer than the string limit is refused when it ends, and a key longer than the
 *       name limit, with the messages the JSON parser gives; the document length is counted over
 *       the whole input, every document of a stream together.
 * </ul>
 */
public final class BoundedYaml {

  /** How far past the string limit the scanner may look: one character, to see what ends a word. */
  private static final int LOOK_PAST = 2;

  /** Plain scalars both lines read as null. */
  private static final Pattern NULL = Pattern.compile("(?:~|null|Null|NULL)?");
  /** Plain scalars both lines read as booleans. */
  private static final Pattern BOOLEAN = Pattern.compile("true|True|TRUE|false|False|FALSE");
  /** Numbers as JSON writes them, which both lines read alike. */
  private static final Pattern JSON_NUMBER = Pattern.compile("-?(?:0|[1-9][0-9]*)(?:\\.[0-9]+)?(?:[eE][-+]?[0-9]+)?");
  /** Plain scalars, other than JSON numbers, that the two YAML versions read differently. */
  private static final Pattern CONTESTED = Pattern.compile("yes|Yes|YES|no|No|NO|on|On|ON|off|Off|OFF|[-?:]"
      + "|[-+]?(?:0[xX][0-9a-fA-F_]+|0[bB][01_]+|0[oO][0-7_]+|[0-9][0-9_]*(?:\\.[0-9_]*)?(?:[eE][-+]?[0-9]+)?"
      + "|\\.[0-9_]+(?:[eE][-+]?[0-9]+)?|\\.(?:inf|Inf|INF|nan|NaN|NAN))");

  /** The largest buffer given to a stream reader of unknown length, in characters (2 MB). */
  private static final int MAX_BUFFER = 1 << 20;

  /** The smallest buffer, so that a short input is still read in one piece. */
  private static final int MIN_BUFFER = 1 << 10;

  private BoundedYaml() {}

  /** Why a contested plain scalar is refused, naming it and what to write instead. */
  private static String contested(String value) {
    return "The plain YAML scalar '" + value + "' is read differently by YAML 1.1 and YAML 1.2 (as a boolean, a number"
        + " or not at all by one, as text by the other); quote it for text, or write true, false, null or a number as JSON writes it";
  }

  /**
   * Builds a factory from a configured builder; the builder's stream-read constraints are the limits.
   *
   * @param builder the builder, with its load settings and constraints set
   * @return the factory
   */
  public static YAMLFactory factory(YAMLFactoryBuilder builder) {
    return new Factory(builder);
  }

  /** The builder a factory rebuilds into, so that a mapper rebuilt from kipp's keeps the bounds. */
  private static final class Builder extends YAMLFactoryBuilder {
    Builder(YAMLFactory base) {
      super(base);
    }

    @Override
    public YAMLFactory build() {
      return new Factory(this);
    }
  }

  /** The factory: every way of making a parser goes through {@link #bounded}. */
  private static final class Factory extends YAMLFactory {
    private static final long serialVersionUID = 1L;

    Factory(YAMLFactoryBuilder builder) {
      super(builder);
    }

    @Override
    public YAMLFactoryBuilder rebuild() {
      return new Builder(this);
    }

    @Override
    public YAMLFactory copy() {
      return new Factory(rebuild());
    }

    @Override
    public TokenStreamFactory snapshot() {
      return this;
    }

    @Override
    protected Object readResolve() {
      return new Factory(rebuild());
    }

    @Override
    protected YAMLParser _createParser(ObjectReadContext readCtxt, IOContext ctxt, InputStream in) {
      return bounded(readCtxt, ctxt, _createReader(in, null, ctxt, readCtxt.getStreamReadFeatures(_streamReadFeatures)), true, -1);
    }

    @Override
    protected YAMLParser _createParser(ObjectReadContext readCtxt, IOContext ctxt, Reader r) {
      return bounded(readCtxt, ctxt, r, false, -1);
    }

    @Override
    protected YAMLParser _createParser(ObjectReadContext readCtxt, IOContext ctxt, char[] data, int offset, int len, boolean recyclable) {
      return bounded(readCtxt, ctxt, new CharArrayReader(data, offset, len), true, len);
    }

    @Override
    protected YAMLParser _createParser(ObjectReadContext readCtxt, IOContext ctxt, byte[] data, int offset, int len) {
      // An input of n bytes has at most n characters in any encoding YAML allows.
      return bounded(readCtxt, ctxt, _createReader(data, offset, len, null, ctxt), true, len);
    }

    private YAMLParser bounded(ObjectReadContext readCtxt, IOContext ctxt, Reader reader, boolean ownsReader, int knownLength) {
      Features features = new Features(readCtxt.getStreamReadFeatures(_streamReadFeatures), readCtxt.getFormatReadFeatures(_formatReadFeatures),
          ownsReader, knownLength);
      return new Parser(readCtxt, ctxt, this, features, reader);
    }

    LoadSettings loadSettings() {
      return _loadSettings;
    }
  }

  /** How one parser is made: its stream- and format-read features, and what is known of its input. */
  private record Features(int stream, int format, boolean ownsReader, int knownLength) {}

  /**
   * The parser: reads its events from its own snakeyaml-engine parser over a bounded window, and
   * checks the length of every scalar and key.
   */
  public static final class Parser extends YAMLParser {

    private final ParserImpl events;
    private final Window window;

    private Parser(ObjectReadContext readCtxt, IOContext ctxt, Factory factory, Features features, Reader reader) {
      super(readCtxt, ctxt, factory._getBufferRecycler(), features.stream(), features.format(), factory.loadSettings(), reader,
          features.ownsReader());
      int knownLength = features.knownLength();
      StreamReadConstraints limits = ctxt.streamReadConstraints();
      int lookAhead = (int) Math.min(Integer.MAX_VALUE - 1, (long) limits.getMaxStringLength() + LOOK_PAST);
      int buffer = Math.min(lookAhead, MAX_BUFFER);
      if (knownLength >= 0) {
        buffer = Math.max(MIN_BUFFER, Math.min(buffer, knownLength + 1));
      }
      LoadSettings settings = factory.loadSettings();
      LoadSettings reading = LoadSettings.builder()
          .setLabel(settings.getLabel())
          .setUseMarks(settings.getUseMarks())
          .setBufferSize(buffer)
          .build();
      this.window = new Window(reader, limits, lookAhead);
      StreamReader stream = new StreamReader(reading, window);
      window.attach(stream);
      this.events = new ParserImpl(settings, stream);
    }

    @Override
    protected Event nextEvent() {
      Event event = events.next();
      if (event instanceof ScalarEvent scalar) {
        streamReadConstraints().validateStringLength(scalar.getValue().length());
      }
      return event;
    }

    /**
     * Reads a plain scalar as both Jackson lines read it, where YAML 1.1 (Jackson 2) and YAML 1.2
     * (Jackson 3) would not agree: empty, {@code ~} or {@code null} in any of its spellings is null;
     * {@code true} and {@code false} in any of their spellings are booleans; a word or number that one
     * version reads as a boolean or number and the other as text or otherwise ({@code yes}, {@code
     * off}, {@code +1}, {@code 017}, {@code 1_000}, {@code 0x1F}, {@code .5}, {@code .inf}, a lone
     * {@code -} in a flow collection …) is refused; anything else is read as the parser reads it (docs/limits.md, "One YAML").
     */
    @Override
    protected JsonToken _decodeScalar(ScalarEvent scalar) {
      String text = scalar.getValue();
      boolean implicitPlain = scalar.isPlain() && scalar.getImplicit().canOmitTagInPlainScalar();
      if (implicitPlain && !JSON_NUMBER.matcher(text).matches() && CONTESTED.matcher(text).matches()) {
        return _reportError(contested(text));
      }
      JsonToken read = super._decodeScalar(scalar);
      if (!implicitPlain) {
        return read;
      }
      if (NULL.matcher(text).matches()) {
        return JsonToken.VALUE_NULL;
      }
      if (BOOLEAN.matcher(text).matches()) {
        return Character.toLowerCase(text.charAt(0)) == 't' ? JsonToken.VALUE_TRUE : JsonToken.VALUE_FALSE;
      }
      return read;
    }

    @Override
    public @Nullable JsonToken nextToken() {
      JsonToken token = super.nextToken();
      if (token == JsonToken.PROPERTY_NAME) {
        streamReadConstraints().validateNameLength(currentName().length());
      }
      return token;
    }

    /**
     * Returns how many characters the stream reader has copied so far: those it was handed and those
     * it kept from before each time it read more. Linear in the input is what this class promises;
     * tests measure it here rather than in wall time.
     *
     * @return the characters copied
     */
    public long charactersCopied() {
      return window.copied;
    }

    /**
     * Returns how many characters were taken from the input so far.
     *
     * @return the characters read
     */
    public long charactersRead() {
      return window.read;
    }
  }

  /**
   * The input as the stream reader sees it: applies the document length, hands over no more than
   * the permitted look-ahead of characters not yet consumed, and fills each read completely.
   */
  private static final class Window extends Reader {

    private final Reader in;
    private final StreamReadConstraints limits;
    private final int maxLookAhead;
    private @Nullable StreamReader stream;
    /** Code points handed to the stream reader. */
    private long handed;
    /** Characters taken from the input. */
    private long read;
    /** Characters the stream reader copied into its window. */
    private long copied;
    private boolean pendingHigh;

    Window(Reader in, StreamReadConstraints limits, int maxLookAhead) {
      this.in = in;
      this.limits = limits;
      this.maxLookAhead = maxLookAhead;
    }

    void attach(StreamReader reader) {
      this.stream = reader;
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
      StreamReader reader = stream;
      if (reader == null) {
        throw new IllegalStateException("the window is read before its stream reader is attached");
      }
      if (length == 0) {
        return 0;
      }
      long waiting = handed - reader.getIndex();
      boolean completing = pendingHigh;
      int wanted;
      if (completing) {
        // The stream reader completes a surrogate pair it was handed half of: that adds no code point.
        wanted = 1;
      } else {
        // The stream reader asks for more only when the scanner looks past what it holds, so as far
        // ahead as everything waiting, at least.
        if (waiting >= maxLookAhead) {
          throw new StreamConstraintsException("YAML token (a scalar's word or line, a comment, an anchor,"
              + " a tag or a run of blanks) longer than the maximum string length allowed (" + limits.getMaxStringLength()
              + ", from `StreamReadConstraints.getMaxStringLength()`), refused at line " + (reader.getLine() + 1)
              + ", column " + (reader.getColumn() + 1));
        }
        wanted = (int) Math.min(length, maxLookAhead - waiting);
      }
      int n = 0;
      while (n < wanted) {
        int got = in.read(buffer, offset + n, wanted - n);
        if (got < 0) {
          break;
        }
        n += got;
      }
      if (n == 0) {
        return -1;
      }
      read += n;
      if (limits.hasMaxDocumentLength()) {
        limits.validateDocumentLength(read);
      }
      for (int i = offset; i < offset + n; i++) {
        char c = buffer[i];
        if (!(pendingHigh && Character.isLowSurrogate(c))) {
          handed++;
        }
        pendingHigh = Character.isHighSurrogate(c);
      }
      copied += completing ? n : waiting + n;
      return n;
    }

    @Override
    public void close() throws IOException {
      in.close();
    }
  }
}
