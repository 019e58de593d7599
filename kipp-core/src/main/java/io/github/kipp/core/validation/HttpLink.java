package io.github.kipp.core.validation;

import io.github.kipp.core.internal.constraints.HttpLinkValidator;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The annotated {@link java.net.URI} or text is an absolute {@code http} or {@code https} address
 * with a host, such as the public link of a proposal's video.
 *
 * <p>{@code null} is valid (use {@code @NotNull} as well where needed).
 */
@Documented
@Constraint(validatedBy = {HttpLinkValidator.ForUri.class, HttpLinkValidator.ForText.class})
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface HttpLink {

  /**
   * The message key.
   *
   * @return the message template
   */
  String message() default "{kipp.link.invalid}";

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
