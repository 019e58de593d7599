package io.github.kipp.core.internal.constraints;

import io.github.kipp.core.validation.PlainText;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.jspecify.annotations.Nullable;

/** Checks {@link PlainText}. */
public final class PlainTextValidator implements ConstraintValidator<PlainText, CharSequence> {

  private boolean multiline;

  @Override
  public void initialize(PlainText annotation) {
    multiline = annotation.multiline();
  }

  @Override
  public boolean isValid(@Nullable CharSequence value, ConstraintValidatorContext context) {
    return value == null || isPlain(value, multiline);
  }

  /**
   * Returns whether a text has no control characters (other than line breaks and tabs when
   * multi-line) and no unpaired surrogates.
   *
   * @param value the text
   * @param multiline whether line breaks and tabs are allowed
   * @return true if the text is plain
   */
  public static boolean isPlain(CharSequence value, boolean multiline) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
        if (!(multiline && (c == '\n' || c == '\r' || c == '\t'))) {
          return false;
        }
      } else if (Character.isHighSurrogate(c)) {
        if (i + 1 >= value.length() || !Character.isLowSurrogate(value.charAt(i + 1))) {
          return false;
        }
        i++;
      } else if (Character.isLowSurrogate(c)) {
        return false;
      }
    }
    return true;
  }
}
