package io.github.kipp.format.internal;

import io.github.kipp.format.CompetitionDocument;
import io.github.kipp.format.internal.DocumentForms.CompetitionW;
import java.lang.reflect.Type;
import org.jspecify.annotations.Nullable;

/**
 * A parser of either Jackson line, and the read it serves, as the line-neutral reader of a
 * competition document ({@link CompetitionReader}) sees them: the tokens it steps over, the values
 * it hands to the line's data binding, the trees it falls back to, and the read's attributes and
 * problem log. Each line adapts its own parser and deserialization context; nothing here knows
 * either line.
 *
 * <p>The cursor stands on a token. Reads of a value start on its first token and leave the cursor on
 * its last, as Jackson's do; a failure is what the line's binding throws (of type {@code X} or
 * unchecked), with the path the line's bean deserializer would give it.
 *
 * @param <B> the line's copy of a value's tokens
 * @param <N> the line's tree node
 * @param <X> the checked exception the line's parser throws ({@link RuntimeException} if none)
 */
public interface TokenCursor<B, N, X extends Exception> {

  /**
   * Returns whether the document can be read from the stream: the cursor stands on the start of an
   * object and the parser refuses a repeated key (its strict duplicate detection is on).
   *
   * @return true if it can
   */
  boolean streamable();

  /**
   * Moves to the next token and returns the field name it is, if it is one.
   *
   * @return the name, or null if the token is not a field name
   * @throws X if the parser fails
   */
  @Nullable String nextName() throws X;

  /**
   * Moves to the next token, the value of the field the cursor stood on.
   *
   * @throws X if the parser fails
   */
  void toValue() throws X;

  /**
   * Moves to the next token and returns its text, if it is a string.
   *
   * @return the string, or null if the token is not one
   * @throws X if the parser fails
   */
  @Nullable String nextString() throws X;

  /**
   * Returns whether the cursor stands on a JSON null.
   *
   * @return true on {@code VALUE_NULL}
   */
  boolean atNull();

  /**
   * Copies the tokens of the value the cursor stands on, leaving the cursor on its last token.
   *
   * @return the copy
   * @throws X if the parser fails
   */
  B copyValue() throws X;

  /**
   * Returns a cursor over a copy of a value's tokens, on its first token, in the same read.
   *
   * @param copy the copy
   * @return the cursor
   * @throws X if the parser fails
   */
  TokenCursor<B, N, X> replay(B copy) throws X;

  /**
   * Starts reading the value of a field from this cursor over its copied tokens ({@link
   * ProblemLog#enter}); {@link ProblemLog#leave()} ends it.
   *
   * @param problems the read's problem log
   * @param field the field
   */
  void enter(ProblemLog problems, String field);

  /**
   * Binds the list of institutions or units, from a tree or from the value the cursor stands on, as
   * the line reads a list before anything else: a failure carries the field's name before its own
   * path.
   *
   * @param tree the list's tree, or null to read the value the cursor stands on
   * @param field the field
   * @param type the list's type
   * @param <T> the list's type
   * @return the list, or null as the binding gives it
   * @throws X if the parser or the binding fails
   */
  @SuppressWarnings("TypeParameterUnusedInFormals") // the type is the field's, as the binding's readValue(parser, type)
  <T> @Nullable T readList(@Nullable N tree, String field, Type type) throws X;

  /**
   * Binds the value the cursor stands on as a property of {@link CompetitionW}: a failure is
   * wrapped with the field's name as the line's bean deserializer wraps it.
   *
   * @param field the field
   * @param type the value's type
   * @param <T> the value's type
   * @return the value
   * @throws X if the parser or the binding fails
   */
  @SuppressWarnings("TypeParameterUnusedInFormals") // the type is the field's, as the binding's readValue(parser, type)
  <T> @Nullable T readValue(String field, Type type) throws X;

  /**
   * Reports a field {@link CompetitionW} does not know, as the line's binding reports one when no
   * problem log collects problems.
   *
   * @param copy the copy of the field's value
   * @param name the field's name
   * @throws X if the binding refuses the field
   */
  void unknownField(B copy, String name) throws X;

  /**
   * Returns the problem log of the read, if it collects problems.
   *
   * @return the log, or null
   */
  @Nullable ProblemLog problems();

  /**
   * Returns an attribute of the read.
   *
   * @param key the key
   * @return the value, or null
   */
  @Nullable Object attribute(String key);

  /**
   * Sets an attribute of the read.
   *
   * @param key the key
   * @param value the value, or null
   */
  void setAttribute(String key, @Nullable Object value);

  /**
   * Reads the value the cursor stands on as a tree; on a field name, the rest of the object.
   *
   * @return the tree, or null as the line's binding gives it
   * @throws X if the parser fails
   */
  @Nullable N readTree() throws X;

  /**
   * Returns a new empty object node.
   *
   * @return the node
   */
  N emptyObject();

  /**
   * Sets a field of an object node.
   *
   * @param object the object node
   * @param name the field's name
   * @param value the value; null stands for JSON null
   */
  void put(N object, String name, @Nullable N value);

  /**
   * Sets every field of one object node in another.
   *
   * @param object the object node that receives them
   * @param fields an object node
   */
  void putAll(N object, @Nullable N fields);

  /**
   * Returns whether a tree is an object.
   *
   * @param tree the tree, or null
   * @return true if it is an object node
   */
  boolean isObject(@Nullable N tree);

  /**
   * Returns a field of an object node.
   *
   * @param object the object node
   * @param name the field's name
   * @return its value, or null if it is absent or JSON null
   */
  @Nullable N field(N object, String name);

  /**
   * Returns the text of a string node.
   *
   * @param node the node
   * @return its text, or null if it is not a string
   */
  @Nullable String string(N node);

  /**
   * Returns a node as JSON text, as a refusal quotes it.
   *
   * @param node the node
   * @return the text
   */
  String json(N node);

  /**
   * Binds a whole document's tree as {@link CompetitionW}.
   *
   * @param tree the document's tree
   * @return the wire record
   * @throws X if the binding fails
   */
  CompetitionW treeDocument(N tree) throws X;

  /**
   * Refuses a document that is not an object, as the line's binding refuses an unexpected token.
   *
   * @return what the binding's handler returns, if it does not throw
   * @throws X if the binding refuses it
   */
  CompetitionDocument notAnObject() throws X;
}
