package io.github.kipp.jackson.internal;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.introspect.Annotated;
import com.fasterxml.jackson.databind.introspect.AnnotatedClass;
import com.fasterxml.jackson.databind.introspect.NopAnnotationIntrospector;
import io.github.kipp.format.internal.WireForm;
import io.github.kipp.format.internal.WireRecord;
import org.jspecify.annotations.Nullable;

/**
 * Gives the wire records of kipp-format their Jackson 2 form: the declared field names of every
 * {@link WireRecord} in declaration order, whatever the host's naming strategy and sorting, and the serializer and deserializer of
 * each {@link WireForm} component. It answers for kipp's records only and leaves every other type to
 * the mapper's own introspection.
 */
public final class WireIntrospector extends NopAnnotationIntrospector {

  private static final long serialVersionUID = 1L;

  /** Creates the introspector. */
  public WireIntrospector() {}

  @Override
  public @Nullable Object findNamingStrategy(AnnotatedClass ac) {
    return ac.hasAnnotation(WireRecord.class) ? PropertyNamingStrategies.LowerCamelCaseStrategy.class : null;
  }

  @Override
  public @Nullable Boolean findSerializationSortAlphabetically(Annotated ann) {
    return ann.hasAnnotation(WireRecord.class) ? Boolean.FALSE : null;
  }

  @Override
  public @Nullable Object findSerializer(Annotated am) {
    WireForm form = am.getAnnotation(WireForm.class);
    if (form == null) {
      return null;
    }
    return switch (form.value()) {
      case DECIMAL -> Decimals.PlainDecimalSerializer.class;
      case DECIMAL_VALUES -> null;
      case INSTITUTION -> References.InstitutionSerializer.class;
      case UNIT -> References.UnitSerializer.class;
      case PROPOSAL -> References.ProposalSerializer.class;
    };
  }

  @Override
  public @Nullable Object findContentSerializer(Annotated am) {
    WireForm form = am.getAnnotation(WireForm.class);
    return form != null && form.value() == WireForm.Form.DECIMAL_VALUES ? Decimals.PlainDecimalSerializer.class : null;
  }

  @Override
  public @Nullable Object findDeserializer(Annotated am) {
    WireForm form = am.getAnnotation(WireForm.class);
    if (form == null) {
      return null;
    }
    return switch (form.value()) {
      case DECIMAL -> Decimals.CheckedDecimalDeserializer.class;
      case DECIMAL_VALUES -> null;
      case INSTITUTION -> References.InstitutionDeserializer.class;
      case UNIT -> References.UnitDeserializer.class;
      case PROPOSAL -> References.ProposalDeserializer.class;
    };
  }

  @Override
  public @Nullable Object findContentDeserializer(Annotated am) {
    WireForm form = am.getAnnotation(WireForm.class);
    return form != null && form.value() == WireForm.Form.DECIMAL_VALUES ? Decimals.CheckedDecimalDeserializer.class : null;
  }
}
