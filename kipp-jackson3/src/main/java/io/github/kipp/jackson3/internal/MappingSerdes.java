package io.github.kipp.jackson3.internal;

import io.github.kipp.format.internal.Mapping;
import java.util.function.Function;
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
    return new StdConvertingDeserializer<>(new Conv<>(m.wire(), m.domain(), m::toDomain));
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
