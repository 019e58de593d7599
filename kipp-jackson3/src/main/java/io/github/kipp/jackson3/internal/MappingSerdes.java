package io.github.kipp.jackson3.internal;

import io.github.kipp.format.internal.ProblemLog;
import io.github.kipp.core.InvalidInputException;
import io.github.kipp.format.internal.Mapping;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.deser.std.StdConvertingDeserializer;
import tools.jackson.databind.ser.std.StdConvertingSerializer;
import tools.jackson.databind.type.TypeFactory;
import tools.jackson.databind.util.Converter;

/**
 * The Jackson 3 serializer and deserializer of a {@link Mapping}: the wire record is written and read
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
  public static <D, W> ValueSerializer<Object> serializer(Mapping<D, W> m) {
    return new StdConvertingSerializer(new Conv<>(m.domain(), m.wire(), m::toWire));
  }

  /**
   * Returns the deserializer that reads the wire record and converts it through the domain's
   * factories; a value the domain refuses is thrown as its {@link
   * io.github.kipp.core.InvalidInputException}.
   *
   * @param m the mapping
   * @param <D> the domain type
   * @param <W> the wire record
   * @return the deserializer
   */
  public static <D, W> ValueDeserializer<D> deserializer(Mapping<D, W> m) {
    return new Collecting<>(new Conv<>(m.wire(), m.domain(), m::toDomain));
  }

  /**
   * Reads the wire record and converts it. In a read that collects its problems ({@link Problems}),
   * a value the domain refuses is recorded at its path and reads as absent, so that the read goes
   * on; otherwise the refusal is thrown.
   */
  private static final class Collecting<D> extends StdConvertingDeserializer<D> {

    Collecting(Converter<?, D> converter) {
      super(converter);
    }

    private Collecting(Converter<Object, D> converter, JavaType delegateType, ValueDeserializer<?> delegate) {
      super(converter, delegateType, delegate);
    }

    @Override
    protected StdConvertingDeserializer<D> withDelegate(
        Converter<Object, D> converter, JavaType delegateType, ValueDeserializer<?> delegateDeserializer) {
      return new Collecting<>(converter, delegateType, delegateDeserializer);
    }

    @Override
    public @Nullable D deserialize(JsonParser p, DeserializationContext ctxt) {
      ProblemLog problems = Problems.of(ctxt);
      if (problems == null) {
        return super.deserialize(p, ctxt);
      }
      String path = Problems.path(problems, p);
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
    public O convert(DeserializationContext ctxt, I value) {
      return f.apply(value);
    }

    @Override
    public O convert(SerializationContext ctxt, I value) {
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
