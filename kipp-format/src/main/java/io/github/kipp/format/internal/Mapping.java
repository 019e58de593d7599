package io.github.kipp.format.internal;

import static java.util.Objects.requireNonNull;

import io.github.kipp.core.InvalidInputException;
import java.util.function.Function;

/**
 * How one domain type is written and read: a conversion to its wire record and one back, through the
 * domain's public factories so that every domain check runs.
 *
 * @param <D> the domain type
 * @param <W> the wire record
 */
public final class Mapping<D, W> {

  private final Class<D> domain;
  private final Class<W> wire;
  private final Function<D, W> write;
  private final Function<W, D> read;

  private Mapping(Class<D> domain, Class<W> wire, Function<D, W> write, Function<W, D> read) {
    this.domain = requireNonNull(domain, "domain");
    this.wire = requireNonNull(wire, "wire");
    this.write = requireNonNull(write, "write");
    this.read = requireNonNull(read, "read");
  }

  /**
   * Returns a mapping.
   *
   * @param domain the domain type
   * @param wire the wire record
   * @param write domain to wire
   * @param read wire to domain
   * @param <D> the domain type
   * @param <W> the wire type
   * @return the mapping
   */
  public static <D, W> Mapping<D, W> of(Class<D> domain, Class<W> wire, Function<D, W> write, Function<W, D> read) {
    return new Mapping<>(domain, wire, write, read);
  }

  /**
   * Returns the domain type.
   *
   * @return the class
   */
  public Class<D> domain() {
    return domain;
  }

  /**
   * Returns the wire record's type.
   *
   * @return the class
   */
  public Class<W> wire() {
    return wire;
  }

  /**
   * Converts a domain value to its wire record.
   *
   * @param value the domain value
   * @return the wire record
   */
  public W toWire(D value) {
    return write.apply(value);
  }

  /**
   * Converts a wire record to its domain value, through the domain's public factories.
   *
   * @param value the wire record
   * @return the domain value
   * @throws InvalidInputException if the domain refuses the value
   */
  public D toDomain(W value) {
    return read.apply(value);
  }

  /**
   * Converts a wire record read by a mapper, whose type is known to be this mapping's.
   *
   * @param value the wire record, of type {@link #wire()}
   * @return the domain value
   * @throws InvalidInputException if the domain refuses the value
   * @throws ClassCastException if the value is not of the wire type
   */
  public D toDomainFrom(Object value) {
    return read.apply(wire.cast(value));
  }

  /**
   * Converts a domain value given as an object, whose type is known to be this mapping's.
   *
   * @param value the domain value, of type {@link #domain()}
   * @return the wire record
   * @throws ClassCastException if the value is not of the domain type
   */
  public W toWireFrom(Object value) {
    return write.apply(domain.cast(value));
  }
}
