package io.github.kipp.jackson.internal;

import io.github.kipp.format.internal.ProblemLog;
import io.github.kipp.format.internal.WireRecord;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import java.io.IOException;
import org.jspecify.annotations.Nullable;

/**
 * Keeps the path of each wire record a read is in, for the paths of its unknown fields (see {@link
 * ProblemLog#fieldOfRecord}). Only reads that collect their problems keep it; any other read is left as
 * it is.
 */
public final class RecordPaths extends BeanDeserializerModifier {

  private static final long serialVersionUID = 1L;

  /** Creates the modifier. */
  public RecordPaths() {}

  @Override
  public JsonDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription beanDesc, JsonDeserializer<?> deserializer) {
    return beanDesc.getBeanClass().isAnnotationPresent(WireRecord.class) ? new Tracking(deserializer) : deserializer;
  }

  /** A wire record's deserializer that records where the record is while it is read. */
  private static final class Tracking extends DelegatingDeserializer {
    private static final long serialVersionUID = 1L;

    Tracking(JsonDeserializer<?> delegatee) {
      super(delegatee);
    }

    @Override
    protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> newDelegatee) {
      return new Tracking(newDelegatee);
    }

    @Override
    public @Nullable Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      ProblemLog problems = Problems.of(ctxt);
      if (problems == null) {
        return _delegatee.deserialize(p, ctxt);
      }
      Problems.enterRecord(problems, p);
      try {
        return _delegatee.deserialize(p, ctxt);
      } finally {
        problems.leaveRecord();
      }
    }
  }
}
