package io.github.kipp.rules.sinovik.internal;

import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.ObjectCodec;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.IOContext;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactoryBuilder;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.CharArrayReader;
import java.io.FilterReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.ScalarEvent;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.ReaderException;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.scanner.Constant;

/**
 * A YAML factory whose parsers apply every limit of {@link StreamReadConstraints} as the JSON parser
 * does, in time linear in the input.
 *
 * <p>Jackson's YAML parser applies the document length, the nesting depth and the number length,
 * but not the string and field-name lengths; and SnakeYAML's reader copies its whole look-ahead
 * window each time it reads a further kilobyte, so a scalar of n characters without a break costs
 * about n² / 2,000 steps (a 50 MB scalar: minutes), and SnakeYAML's own code-point limit is only
 * checked between tokens, after such a scalar was scanned. This factory's parsers:
 *
 * <ul>
 *   <li>read through a {@link StreamReader} whose window grows by doubling, so that every character
 *       is copied a bounded number of times;
 *   <li>refuse as soon as the scanner looks further ahead than the string limit: SnakeYAML looks
 *       ahead without consuming only within one word of a scalar, one line of a block scalar, one
 *       comment, anchor, tag or run of blanks, and a word or line of a scalar is part of its value,
 *       so a scalar whose value keeps within the limit is never refused this way;
 *   <li>refuse a scalar longer than the string limit when it ends, and a field name longer than the
 *       name limit, with the messages the JSON parser gives.
 * </ul>
 *
 * <p>The same class lives in kipp-jackson ({@code io.github.kipp.jackson.internal.BoundedYaml}); the
 * rule module keeps its own copy for its module files because kipp-jackson's tests depend on this
 * module, so this module cannot depend on kipp-jackson (ADR 0011). A test of kipp-jackson checks that
 * both refuse alike.
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

  private BoundedYaml() {}

  /** Why a contested plain scalar is refused, naming it and what to write instead. */
  private static String contested(String value) {
    return "The plain YAML scalar '" + value + "' is read differently by YAML 1.1 and YAML 1.2 (as a boolean, a number"
        + " or not at all by one, as text by the other); quote it for text, or write true, false, null or a number as JSON writes it";
  }

  /**
   * Builds a factory from a configured builder; the builder's stream-read constraints are the limits.
   *
   * @param builder the builder, with its loader options and constraints set
   * @return the factory
   */
  public static YAMLFactory factory(YAMLFactoryBuilder builder) {
    return new Factory(builder);
  }

  /** The factory: every way of making a parser goes through {@link #bounded}. */
  private static final class Factory extends YAMLFactory {
    private static final long serialVersionUID = 1L;

    Factory(YAMLFactoryBuilder builder) {
      super(builder);
    }

    Factory(Factory source, @Nullable ObjectCodec codec) {
      super(source, codec);
    }

    @Override
    public YAMLFactory copy() {
      return new Factory(this, null);
    }

    @Override
    protected YAMLParser _createParser(InputStream in, IOContext ctxt) throws IOException {
      return bounded(_createReader(in, null, ctxt), ctxt);
    }

    @Override
    protected YAMLParser _createParser(Reader r, IOContext ctxt) throws IOException {
      return bounded(r, ctxt);
    }

    @Override
    protected YAMLParser _createParser(char[] data, int offset, int len, IOContext ctxt, boolean recyclable) throws IOException {
      return bounded(new CharArrayReader(data, offset, len), ctxt);
    }

    @Override
    protected YAMLParser _createParser(byte[] data, int offset, int len, IOContext ctxt) throws IOException {
      return bounded(_createReader(data, offset, len, null, ctxt), ctxt);
    }

    private YAMLParser bounded(Reader reader, IOContext ctxt) {
      return Parser.create(ctxt, _parserFeatures, _yamlParserFeatures, _loaderOptions, _objectCodec, reader);
    }
  }

  /** The parser: checks the length of every scalar and field name. */
  private static final class Parser extends YAMLParser {

    private Parser(IOContext ctxt, int parserFeatures, int formatFeatures, ObjectCodec codec, Reader reader, ParserImpl yaml) {
      super(ctxt, parserFeatures, formatFeatures, codec, reader, yaml);
    }

    static Parser create(IOContext ctxt, int parserFeatures, int formatFeatures, org.yaml.snakeyaml.LoaderOptions options,
        ObjectCodec codec, Reader reader) {
      Reader constrained = DocumentLengthReader.wrap(reader, ctxt.streamReadConstraints());
      int lookAhead = (int) Math.min(Integer.MAX_VALUE, (long) ctxt.streamReadConstraints().getMaxStringLength() + LOOK_PAST);
      ParserImpl yaml = new ParserImpl(new LinearReader(constrained, lookAhead, ctxt.streamReadConstraints().getMaxStringLength()), options);
      return new Parser(ctxt, parserFeatures, formatFeatures, codec, constrained, yaml);
    }

    @Override
    protected Event getEvent() throws IOException {
      Event event = super.getEvent();
      if (event instanceof ScalarEvent) {
        streamReadConstraints().validateStringLength(((ScalarEvent) event).getValue().length());
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
    protected JsonToken _decodeScalar(ScalarEvent scalar) throws IOException {
      String value = scalar.getValue();
      boolean plain = scalar.isPlain() && scalar.getImplicit().canOmitTagInPlainScalar();
      if (plain && CONTESTED.matcher(value).matches() && !JSON_NUMBER.matcher(value).matches()) {
        _reportError(contested(value));
      }
      JsonToken token = super._decodeScalar(scalar);
      if (plain && NULL.matcher(value).matches()) {
        return JsonToken.VALUE_NULL;
      }
      return plain && BOOLEAN.matcher(value).matches() ? (value.charAt(0) == 'f' || value.charAt(0) == 'F' ? JsonToken.VALUE_FALSE : JsonToken.VALUE_TRUE) : token;
    }

    @Override
    public JsonToken nextToken() throws IOException {
      JsonToken token = super.nextToken();
      if (token == JsonToken.FIELD_NAME) {
        streamReadConstraints().validateNameLength(currentName().length());
      } else if (token == JsonToken.VALUE_STRING) {
        streamReadConstraints().validateStringLength(getText().length());
      }
      return token;
    }
  }

  /**
   * A {@link StreamReader} with the same behaviour (code points, printable check, line and column
   * counting, marks) whose window grows by doubling and whose look-ahead is bounded. A window once
   * handed to a {@link Mark} is never changed below its end, so marks keep showing the text they
   * were made at. Not private, so that a test can run it side by side with SnakeYAML's reader.
   */
  static final class LinearReader extends StreamReader {
    private static final String NAME = "'reader'";
    private static final int CHUNK = 8192;
    private static final int MIN_WINDOW = 2 * CHUNK;

    private final Reader in;
    private final int maxLookAhead;
    private final int maxString;
    private final char[] chars = new char[CHUNK + 1];
    private int[] window = new int[0];
    private int pointer;
    private int length;
    private boolean eof;
    private int pendingHigh = -1;
    private long read;
    private int index;
    private int documentIndex;
    private int line;
    private int column;

    LinearReader(Reader in, int maxLookAhead, int maxString) {
      super(in);
      this.in = in;
      this.maxLookAhead = maxLookAhead;
      this.maxString = maxString;
    }

    /** Makes the code point at {@code pointer + ahead} available, if the input has it. */
    private boolean ensure(int ahead) {
      if (ahead >= maxLookAhead) {
        throw new YAMLException(new StreamConstraintsException("YAML token (a scalar's word or line, a comment, an anchor,"
            + " a tag or a run of blanks) longer than the maximum string length allowed (" + maxString
            + ", from `StreamReadConstraints.getMaxStringLength()`), refused at line " + (line + 1) + ", column " + (column + 1)));
      }
      if (pointer + ahead < length) {
        return true;
      }
      while (!eof && pointer + ahead >= length) {
        fill();
      }
      return pointer + ahead < length;
    }

    private void fill() {
      int n;
      try {
        n = in.read(chars, 0, CHUNK);
      } catch (IOException e) {
        throw new YAMLException(e);
      }
      if (n < 0) {
        eof = true;
        if (pendingHigh >= 0) {
          throw new ReaderException(NAME, (int) Math.min(Integer.MAX_VALUE, read), pendingHigh,
              "The last char is HighSurrogate (no LowSurrogate detected).");
        }
        return;
      }
      if (n == 0) {
        return;
      }
      room(n + 1);
      int end = n;
      int i = 0;
      if (pendingHigh >= 0) {
        append(Character.isLowSurrogate(chars[0]) ? Character.toCodePoint((char) pendingHigh, chars[i++]) : pendingHigh);
        pendingHigh = -1;
      }
      if (Character.isHighSurrogate(chars[end - 1])) {
        pendingHigh = chars[--end];
      }
      while (i < end) {
        int c = Character.codePointAt(chars, i, end);
        i += Character.charCount(c);
        append(c);
      }
    }

    private void append(int c) {
      if (!isPrintable(c)) {
        throw new ReaderException(NAME, (int) Math.min(Integer.MAX_VALUE, read), c, "special characters are not allowed");
      }
      window[length++] = c;
      read++;
    }

    /** Makes room for {@code more} code points after the window's end, in a new array when it is full. */
    private void room(int more) {
      if (length + more <= window.length) {
        return;
      }
      int live = length - pointer;
      int[] grown = new int[Math.max(MIN_WINDOW, 2 * (live + more))];
      System.arraycopy(window, pointer, grown, 0, live);
      window = grown;
      length = live;
      pointer = 0;
    }

    private void moveIndices(int n) {
      index += n;
      documentIndex += n;
    }

    @Override
    public Mark getMark() {
      return new Mark(NAME, index, line, column, window, pointer);
    }

    @Override
    public void forward() {
      forward(1);
    }

    @Override
    public void forward(int n) {
      for (int i = 0; i < n && ensure(0); i++) {
        int c = window[pointer++];
        moveIndices(1);
        if (Constant.LINEBR.has(c) || (c == '\r' && ensure(0) && window[pointer] != '\n')) {
          line++;
          column = 0;
        } else if (c != 0xFEFF) {
          column++;
        }
      }
    }

    @Override
    public int peek() {
      return ensure(0) ? window[pointer] : 0;
    }

    @Override
    public int peek(int ahead) {
      return ensure(ahead) ? window[pointer + ahead] : 0;
    }

    @Override
    public String prefix(int n) {
      if (n == 0) {
        return "";
      }
      return ensure(n) ? new String(window, pointer, n) : new String(window, pointer, Math.min(n, length - pointer));
    }

    @Override
    public String prefixForward(int n) {
      String prefix = prefix(n);
      pointer += n;
      moveIndices(n);
      column += n;
      return prefix;
    }

    @Override
    public int getColumn() {
      return column;
    }

    @Override
    public int getDocumentIndex() {
      return documentIndex;
    }

    @Override
    public void resetDocumentIndex() {
      documentIndex = 0;
    }

    @Override
    public int getIndex() {
      return index;
    }

    @Override
    public int getLine() {
      return line;
    }
  }

  /**
   * Applies the document length of {@link StreamReadConstraints} to the characters read, as Jackson's
   * own YAML parser does from 2.22 on, so that the limit holds with the Jackson 2 a host runs (a host's
   * framework may manage an older one, such as 2.19 under Spring Boot 3.5).
   */
  private static final class DocumentLengthReader extends FilterReader {

    private final StreamReadConstraints constraints;
    private long read;

    private DocumentLengthReader(Reader in, StreamReadConstraints constraints) {
      super(in);
      this.constraints = constraints;
    }

    static Reader wrap(Reader reader, StreamReadConstraints constraints) {
      return constraints.hasMaxDocumentLength() ? new DocumentLengthReader(reader, constraints) : reader;
    }

    @Override
    public int read() throws IOException {
      int c = super.read();
      if (c >= 0) {
        counted(1);
      }
      return c;
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
      int n = super.read(buffer, offset, length);
      if (n > 0) {
        counted(n);
      }
      return n;
    }

    @Override
    public long skip(long n) throws IOException {
      long skipped = super.skip(n);
      counted(skipped);
      return skipped;
    }

    private void counted(long n) throws IOException {
      read += n;
      constraints.validateDocumentLength(read);
    }
  }
}
