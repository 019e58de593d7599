package io.github.kipp.core.validation;

import io.github.kipp.core.internal.constraints.KemendagriCodeValidator;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The annotated text is a region code in the form the Ministry of Home Affairs (Kemendagri) uses:
 * two digits for a province ({@code 73}) or two digits, a dot and two digits for a regency or city
 * ({@code 73.22}).
 *
 * <p>This checks the form only; {@link io.github.kipp.core.institution.RegionCatalogue} says whether
 * a region with that code exists. {@code null} is valid.
 */
@Documented
@Constraint(validatedBy = KemendagriCodeValidator.class)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface KemendagriCode {

  /**
   * The message key.
   *
   * @return the message template
   */
  String message() default "{kipp.region.code}";

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
