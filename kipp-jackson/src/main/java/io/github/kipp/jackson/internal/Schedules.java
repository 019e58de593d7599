package io.github.kipp.jackson.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.github.kipp.core.edition.Schedule;
import io.github.kipp.core.edition.Window;
import io.github.kipp.format.internal.EditionWire;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/** The Jackson 2 form of a {@link Schedule}: an object of windows keyed by phase, in phase order. */
public final class Schedules {

  private Schedules() {}

  /** Writes a {@link Schedule} as an object of windows keyed by phase. */
  public static final class ScheduleSerializer extends StdSerializer<Schedule> {
    private static final long serialVersionUID = 1L;

    /** Creates the serializer. */
    public ScheduleSerializer() {
      super(Schedule.class);
    }

    @Override
    public void serialize(Schedule value, JsonGenerator gen, SerializerProvider provider) throws IOException {
      provider.defaultSerializeValue(EditionWire.windows(value), gen);
    }
  }

  /** Reads a {@link Schedule} from an object of windows keyed by phase. */
  public static final class ScheduleDeserializer extends StdDeserializer<Schedule> {
    private static final long serialVersionUID = 1L;

    /** Creates the deserializer. */
    public ScheduleDeserializer() {
      super(Schedule.class);
    }

    @Override
    public Schedule deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      JavaType type = ctxt.getTypeFactory().constructMapType(LinkedHashMap.class, String.class, Window.class);
      Map<String, Window> read = ctxt.readValue(p, type);
      return EditionWire.schedule(read);
    }
  }
}
