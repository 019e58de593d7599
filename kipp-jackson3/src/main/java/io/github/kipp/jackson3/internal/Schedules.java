package io.github.kipp.jackson3.internal;

import io.github.kipp.core.edition.Schedule;
import io.github.kipp.core.edition.Window;
import io.github.kipp.format.internal.EditionWire;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.deser.std.StdDeserializer;
import tools.jackson.databind.ser.std.StdSerializer;

/** The Jackson 3 form of a {@link Schedule}: an object of windows keyed by phase, in phase order. */
public final class Schedules {

  private Schedules() {}

  /** Writes a {@link Schedule} as an object of windows keyed by phase. */
  public static final class ScheduleSerializer extends StdSerializer<Schedule> {

    /** Creates the serializer. */
    public ScheduleSerializer() {
      super(Schedule.class);
    }

    @Override
    public void serialize(Schedule value, JsonGenerator gen, SerializationContext ctxt) {
      ctxt.writeValue(gen, EditionWire.windows(value));
    }
  }

  /** Reads a {@link Schedule} from an object of windows keyed by phase. */
  public static final class ScheduleDeserializer extends StdDeserializer<Schedule> {

    /** Creates the deserializer. */
    public ScheduleDeserializer() {
      super(Schedule.class);
    }

    @Override
    public Schedule deserialize(JsonParser p, DeserializationContext ctxt) {
      JavaType type = ctxt.getTypeFactory().constructMapType(LinkedHashMap.class, String.class, Window.class);
      Map<String, Window> read = ctxt.readValue(p, type);
      return EditionWire.schedule(read);
    }
  }
}
