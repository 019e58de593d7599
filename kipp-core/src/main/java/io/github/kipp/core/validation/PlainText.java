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
 * The annotated text follows kipp's {@link TextPolicy}: a single-line text by default, a multi-line
 * text when {@link #multiline()} is true.
 *
 * <p>Titles and names end up in reports, spreadsheets and decrees, where a control character, a
 * broken surrogate or an invisible character causes trouble or disguises the text. With the default
 * message, a refusal is reported under the code of what was found ({@code kipp.text.malformed},
 * {@code kipp.text.controlCharacter} or {@code kipp.text.invisible}). {@code null} is valid (use
 * {@code @NotNull} as well where needed).
 */
@Documented
@Constraint(validatedBy = PlainTextValidator.class)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface PlainText {

  /** The default message: a refused text is reported under the code of what was found. */
  String DEFAULT_MESSAGE = "{kipp.text.controlCharacter}";

  /**
   * The message key.
   *
   * @return the message template
   */
  String message() default DEFAULT_MESSAGE;

  /**
   * Whether the text is a {@link TextPolicy.Kind#MULTI_LINE multi-line} text, which may hold tabs,
   * line feeds and carriage returns and a few invisible characters prose needs.
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
