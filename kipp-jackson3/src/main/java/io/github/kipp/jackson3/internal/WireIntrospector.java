package io.github.kipp.jackson3.internal;

import io.github.kipp.format.internal.WireForm;
import io.github.kipp.format.internal.WireRecord;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.cfg.MapperConfig;
import tools.jackson.databind.introspect.Annotated;
import tools.jackson.databind.introspect.AnnotatedClass;
import tools.jackson.databind.introspect.NopAnnotationIntrospector;

/**
 * Gives the wire records of kipp-format their Jackson 3 form: the declared field names of every
 * {@link WireRecord} in declaration order, whatever the host's naming strategy and sorting (Jackson
 * 3 sorts properties alphabetically by default), and the serializer and deserializer of each {@link
 * WireForm} component. It answers for kipp's records only and leaves every other type to the
 * mapper's own introspection.
 */
public final class WireIntrospector extends NopAnnotationIntrospector {

  private static final long serialVersionUID = 1L;

  /** Creates the introspector. */
  public WireIntrospector() {}

  @Override
  public @Nullable Object findNamingStrategy(MapperConfig<?> config, AnnotatedClass ac) {
    return ac.hasAnnotation(WireRecord.class) ? PropertyNamingStrategies.LowerCamelCaseStrategy.class : null;
  }

  @Override
  public @Nullable Boolean findSerializationSortAlphabetically(MapperConfig<?> config, Annotated ann) {
    return ann.hasAnnotation(WireRecord.class) ? Boolean.FALSE : null;
  }

  @Override
  public @Nullable Object findSerializer(MapperConfig<?> config, Annotated am) {
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
  public @Nullable Object findContentSerializer(MapperConfig<?> config, Annotated am) {
    WireForm form = am.getAnnotation(WireForm.class);
    return form != null && form.value() == WireForm.Form.DECIMAL_VALUES ? Decimals.PlainDecimalSerializer.class : null;
  }

  @Override
  public @Nullable Object findDeserializer(MapperConfig<?> config, Annotated am) {
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
  public @Nullable Object findContentDeserializer(MapperConfig<?> config, Annotated am) {
    WireForm form = am.getAnnotation(WireForm.class);
    return form != null && form.value() == WireForm.Form.DECIMAL_VALUES ? Decimals.CheckedDecimalDeserializer.class : null;
  }
}
