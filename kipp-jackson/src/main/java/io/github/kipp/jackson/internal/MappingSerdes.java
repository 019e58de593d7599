package io.github.kipp.jackson.internal;

import io.github.kipp.format.internal.ProblemLog;
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
import io.github.kipp.format.internal.Mapping;
import java.io.IOException;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The Jackson 2 serializer and deserializer of a {@link Mapping}: the wire record is written and read
 * by the mapper, and converted by the mapping.
 */
public final class MappingSerdes {

  private MappingSerdes() {}

  /**
   * Returns the serializer that writes the wire record of a domain value.
   *
   * @param m the mapping
   * @param <D> the domain type
   * @param <W> the wire record
   * @return the serializer
   */
  public static <D, W> JsonSerializer<Object> serializer(Mapping<D, W> m) {
    return new StdDelegatingSerializer(new Conv<>(m.domain(), m.wire(), m::toWire));
  }

  /**
   * Returns the deserializer that reads the wire record and converts it.
   *
   * @param m the mapping
   * @param <D> the domain type
   * @param <W> the wire record
   * @return the deserializer
   */
  public static <D, W> JsonDeserializer<D> deserializer(Mapping<D, W> m) {
    return new Collecting<>(new Conv<>(m.wire(), m.domain(), m::toDomain));
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
      ProblemLog problems = Problems.of(ctxt);
      if (problems == null) {
        return super.deserialize(p, ctxt);
      }
      ProblemLog.Where where = Problems.where(problems, p);
      Object wire = _delegateDeserializer.deserialize(p, ctxt);
      if (wire == null) {
        return null;
      }
      try {
        return convertValue(ctxt, wire);
      } catch (InvalidInputException refused) {
        String path = where.toString();
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
