package io.github.kipp.core.internal.constraints;

import io.github.kipp.core.validation.HttpLink;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** Checks {@link HttpLink}. */
public final class HttpLinkValidator {

  private HttpLinkValidator() {}

  /**
   * Returns whether a URI is an absolute http(s) address with a host.
   *
   * @param uri the address
   * @return true if it is
   */
  public static boolean isHttpLink(URI uri) {
    String scheme = uri.getScheme();
    if (scheme == null || uri.getHost() == null || uri.getHost().isEmpty()) {
      return false;
    }
    String lower = scheme.toLowerCase(Locale.ROOT);
    return lower.equals("http") || lower.equals("https");
  }

  /** Checks a {@link URI}. */
  public static final class ForUri implements ConstraintValidator<HttpLink, URI> {
    @Override
    public boolean isValid(@Nullable URI value, ConstraintValidatorContext context) {
      return value == null || isHttpLink(value);
    }
  }

  /** Checks a text. */
  public static final class ForText implements ConstraintValidator<HttpLink, CharSequence> {
    @Override
    public boolean isValid(@Nullable CharSequence value, ConstraintValidatorContext context) {
      if (value == null) {
        return true;
      }
      try {
        return isHttpLink(new URI(value.toString()));
      } catch (URISyntaxException e) {
        return false;
      }
    }
  }
}
