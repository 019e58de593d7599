package io.github.kipp.core.validation;

import io.github.kipp.core.internal.constraints.PlainTextValidator;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The annotated text holds no control characters; when {@link #multiline()} is true, line breaks
 * and tabs are allowed.
 *
 * <p>Titles and names end up in reports, spreadsheets and decrees, where an invisible control
 * character causes trouble. {@code null} is valid (use {@code @NotNull} as well where needed).
 */
@Documented
@Constraint(validatedBy = PlainTextValidator.class)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface PlainText {

  /**
   * The message key.
   *
   * @return the message template
   */
  String message() default "{kipp.text.controlCharacter}";

  /**
   * Whether line feeds, carriage returns and tabs are allowed.
   *
   * @return true for multi-line text
   */
  boolean multiline() default false;

  /**
   * The validation groups.
   *
   * @return the groups
   */
  Class<?>[] groups() default {};

  /**
   * The payload.
   *
   * @return the payload
   */
  Class<? extends Payload>[] payload() default {};
}
