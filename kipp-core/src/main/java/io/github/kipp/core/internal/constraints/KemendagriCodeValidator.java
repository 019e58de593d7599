package io.github.kipp.core.internal.constraints;

import io.github.kipp.core.validation.KemendagriCode;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** Checks {@link KemendagriCode}. */
public final class KemendagriCodeValidator implements ConstraintValidator<KemendagriCode, CharSequence> {

  /** A province code ({@code 73}) or a regency or city code ({@code 73.22}). */
  public static final Pattern CODE = Pattern.compile("[1-9][0-9](\\.[0-9]{2})?");

  @Override
  public boolean isValid(@Nullable CharSequence value, ConstraintValidatorContext context) {
    return value == null || CODE.matcher(value).matches();
  }
}
