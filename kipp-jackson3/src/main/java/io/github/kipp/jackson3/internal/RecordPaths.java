package io.github.kipp.jackson3.internal;

import io.github.kipp.format.internal.ProblemLog;
import io.github.kipp.format.internal.WireRecord;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.ValueDeserializerModifier;
import tools.jackson.databind.deser.std.DelegatingDeserializer;

/**
 * Keeps the path of each wire record a read is in, for the paths of its unknown fields (see {@link
 * ProblemLog#fieldOfRecord}). Only reads that collect their problems keep it; any other read is left as
 * it is.
 */
public final class RecordPaths extends ValueDeserializerModifier {

  private static final long serialVersionUID = 1L;

  /** Creates the modifier. */
  public RecordPaths() {}

  @Override
  public ValueDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription.Supplier beanDesc, ValueDeserializer<?> deserializer) {
    return beanDesc.getBeanClass().isAnnotationPresent(WireRecord.class) ? new Tracking(deserializer) : deserializer;
  }

  /** A wire record's deserializer that records where the record is while it is read. */
  private static final class Tracking extends DelegatingDeserializer {

    Tracking(ValueDeserializer<?> delegatee) {
      super(delegatee);
    }

    @Override
    protected ValueDeserializer<?> newDelegatingInstance(ValueDeserializer<?> newDelegatee) {
      return new Tracking(newDelegatee);
    }

    @Override
    public @Nullable Object deserialize(JsonParser p, DeserializationContext ctxt) {
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
