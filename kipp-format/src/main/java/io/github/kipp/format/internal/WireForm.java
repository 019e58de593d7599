package io.github.kipp.format.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a component of a wire record whose JSON form the format fixes whatever the host's mapper
 * does: decimals in plain notation, read exactly within the format's limits ({@link
 * Wire#checked}), and references written as ids. Each Jackson line's module gives the marked
 * component its own serializer and deserializer.
 */
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
public @interface WireForm {

  /**
   * Returns the component's form.
   *
   * @return the form
   */
  Form value();

  /** The forms a component may have. */
  enum Form {
    /** A decimal: a JSON number in plain notation, read exactly. */
    DECIMAL,
    /** An object whose values are decimals, each as {@link #DECIMAL}. */
    DECIMAL_VALUES,
    /** An institution: its id when the document lists it, else the whole institution. */
    INSTITUTION,
    /** A unit: its id when the document lists it, else the whole unit. */
    UNIT,
    /** A proposal: its id, read back through the proposals the read knows. */
    PROPOSAL
  }
}
