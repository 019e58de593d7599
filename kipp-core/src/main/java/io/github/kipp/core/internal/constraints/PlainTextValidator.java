package io.github.kipp.core.internal.constraints;

import io.github.kipp.core.internal.Texts;
import io.github.kipp.core.validation.PlainText;
import io.github.kipp.core.validation.TextPolicy;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.jspecify.annotations.Nullable;

/**
 * Checks {@link PlainText} with {@link TextPolicy}: the constraint and kipp's factories apply one
 * policy. With the default message, a refused text is reported under the code of what was found
 * ({@code kipp.text.malformed}, {@code kipp.text.controlCharacter} or {@code kipp.text.invisible}).
 */
public final class PlainTextValidator implements ConstraintValidator<PlainText, CharSequence> {

  private TextPolicy.Kind kind = TextPolicy.Kind.SINGLE_LINE;
  private boolean defaultMessage = true;

  @Override
  public void initialize(PlainText annotation) {
    kind = kindOf(annotation);
    defaultMessage = PlainText.DEFAULT_MESSAGE.equals(annotation.message());
  }

  @Override
  public boolean isValid(@Nullable CharSequence value, ConstraintValidatorContext context) {
    if (value == null) {
      return true;
    }
    String code = Texts.refusal(value, kind == TextPolicy.Kind.MULTI_LINE);
    if (code == null) {
      return true;
    }
    if (defaultMessage) {
      context.disableDefaultConstraintViolation();
      context.buildConstraintViolationWithTemplate("{" + code + "}").addConstraintViolation();
    }
    return false;
  }

  /**
   * Returns the kind of text an annotation asks for.
   *
   * @param annotation the annotation
   * @return {@link TextPolicy.Kind#MULTI_LINE} when {@link PlainText#multiline()} is true
   */
  public static TextPolicy.Kind kindOf(PlainText annotation) {
    return annotation.multiline() ? TextPolicy.Kind.MULTI_LINE : TextPolicy.Kind.SINGLE_LINE;
  }

  /**
   * Returns whether a text follows kipp's text policy.
   *
   * @param value the text
   * @param multiline whether it is a multi-line text
   * @return true if the text is accepted
   */
  public static boolean isPlain(CharSequence value, boolean multiline) {
    return Texts.allows(value, multiline);
  }
}
