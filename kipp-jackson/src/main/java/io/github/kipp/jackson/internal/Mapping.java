package io.github.kipp.jackson.internal;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.deser.std.StdDelegatingDeserializer;
import com.fasterxml.jackson.databind.ser.std.StdDelegatingSerializer;
import com.fasterxml.jackson.databind.type.TypeFactory;
import com.fasterxml.jackson.databind.util.Converter;
import io.github.kipp.core.InvalidInputException;
import java.io.IOException;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

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
   * Returns the serializer that writes the wire record of a domain value.
   *
   * @return the serializer
   */
  public JsonSerializer<Object> serializer() {
    return new StdDelegatingSerializer(new Conv<>(domain, wire, write));
  }

  /**
   * Returns the deserializer that reads the wire record and converts it.
   *
   * @return the deserializer
   */
  public JsonDeserializer<D> deserializer() {
    return new Collecting<>(new Conv<>(wire, domain, read));
  }

  /**
   * Reads the wire record and converts it. In a read that collects its problems ({@link Problems}),
   * a value the domain refuses is recorded at its path and reads as absent, so that the read goes
   * on; otherwise the refusal is thrown.
   */
  private static final class Collecting<D> extends StdDelegatingDeserializer<D> {
    private static final long serialVersionUID = 1L;

    Collecting(Converter<?, D> converter) {
      super(converter);
    }

    private Collecting(Converter<Object, D> converter, JavaType delegateType, JsonDeserializer<?> delegate) {
      super(converter, delegateType, delegate);
    }

    @Override
    protected StdDelegatingDeserializer<D> withDelegate(
        Converter<Object, D> converter, JavaType delegateType, JsonDeserializer<?> delegateDeserializer) {
      return new Collecting<>(converter, delegateType, delegateDeserializer);
    }

    @Override
    public @Nullable D deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      Problems problems = Problems.of(ctxt);
      if (problems == null) {
        return super.deserialize(p, ctxt);
      }
      String path = problems.path(p);
      Object wire = _delegateDeserializer.deserialize(p, ctxt);
      if (wire == null) {
        return null;
      }
      try {
        return convertValue(ctxt, wire);
      } catch (InvalidInputException refused) {
        problems.add(refused.violations().stream().map(v -> v.under(path)).toList());
        return null;
      }
    }
  }

  /** A converter between two classes. */
  private static final class Conv<I, O> implements Converter<I, O> {
    private final Class<I> in;
    private final Class<O> out;
    private final Function<I, O> f;

    Conv(Class<I> in, Class<O> out, Function<I, O> f) {
      this.in = in;
      this.out = out;
      this.f = f;
    }

    @Override
    public O convert(I value) {
      return f.apply(value);
    }

    @Override
    public JavaType getInputType(TypeFactory typeFactory) {
      return typeFactory.constructType(in);
    }

    @Override
    public JavaType getOutputType(TypeFactory typeFactory) {
      return typeFactory.constructType(out);
    }
  }
}
