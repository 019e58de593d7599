package io.github.kipp.core.internal;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import io.github.kipp.core.InvalidInputException;
import io.github.kipp.core.Violation;
import io.github.kipp.core.internal.constraints.PlainTextValidator;
import io.github.kipp.core.validation.PlainText;
import io.github.kipp.core.validation.TextPolicy;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.NoProviderFoundException;
import jakarta.validation.Validation;
import jakarta.validation.ValidationException;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.Logger;

/**
 * Runs Jakarta Validation on kipp's values and turns its constraint violations into kipp {@link
 * Violation}s with messages from kipp's own catalogue in both languages.
 *
 * <p>The provider only detects violations: its message interpolation is switched off (templates
 * come back as they are), so no expression-language implementation is needed, and the messages are
 * rendered from {@code io/github/kipp/core/ValidationMessages*.properties} with the constraint's
 * attributes as arguments. The validator is created once, on first use; it is thread-safe.
 *
 * <p>Hibernate Validator logs its version at INFO the first time it is configured. In a host without
 * a logging framework that line goes through {@code java.util.logging} to standard error, where a
 * library has no business writing; so, unless the host configured that one logger itself, kipp sets
 * it to {@code WARNING} before it builds its validator. No other logger and no handler is touched,
 * and a host that logs through SLF4J, Log4j or JBoss LogManager is not affected.
 */
public final class BeanValidation {

  private static final ImmutableSet<String> NOT_ARGUMENTS =
      ImmutableSet.of("message", "groups", "payload");

  private static final Comparator<ConstraintViolation<?>> ORDER =
      Comparator.<ConstraintViolation<?>, String>comparing(v -> v.getPropertyPath().toString())
          .thenComparing(ConstraintViolation::getMessageTemplate);

  private BeanValidation() {}

  private static final class Holder {
    /**
     * Hibernate Validator's version banner. Held here because {@code java.util.logging} keeps only
     * weak references to its loggers: a level set on a logger nobody holds could be lost.
     */
    @SuppressWarnings("UnusedVariable") // never read: it is held so that the logger keeps its level
    static final Logger BANNER = quietBanner();

    static final Validator VALIDATOR = create();

    private static Logger quietBanner() {
      String name = "org.hibernate.validator.internal.util.Version";
      Logger banner = Logger.getLogger(name);
      if (banner.getLevel() == null && LogManager.getLogManager().getProperty(name + ".level") == null) {
        banner.setLevel(Level.WARNING);
      }
      return banner;
    }

    private static Validator create() {
      try {
        ValidatorFactory factory =
            Validation.byDefaultProvider()
                .configure()
                .messageInterpolator(new TemplateOnly())
                .buildValidatorFactory();
        return factory.getValidator();
      } catch (NoProviderFoundException e) {
        throw new IllegalStateException(
            "kipp needs a Jakarta Validation provider at run time; add"
                + " org.hibernate.validator:hibernate-validator to the class path",
            e);
      }
    }
  }

  /** Returns templates unchanged: kipp renders messages itself, in both languages. */
  private static final class TemplateOnly implements MessageInterpolator {
    @Override
    public String interpolate(String messageTemplate, Context context) {
      return messageTemplate;
    }

    @Override
    public String interpolate(String messageTemplate, Context context, Locale locale) {
      return messageTemplate;
    }
  }

  /**
   * Returns the validator kipp checks values with, for checks of single properties.
   *
   * @return the validator, not null
   */
  public static Validator validator() {
    return Holder.VALIDATOR;
  }

  /**
   * Validates a value and returns its violations, sorted by path and code.
   *
   * @param bean the value
   * @return the violations, empty if valid
   */
  public static ImmutableList<Violation> validate(Object bean) {
    Set<ConstraintViolation<Object>> found;
    try {
      found = Holder.VALIDATOR.validate(bean);
    } catch (ValidationException e) {
      throw new IllegalStateException("validation of " + bean.getClass().getName() + " failed", e);
    }
    if (found.isEmpty()) {
      return ImmutableList.of();
    }
    List<ConstraintViolation<Object>> sorted = new ArrayList<>(found);
    sorted.sort(ORDER);
    ImmutableList.Builder<Violation> out = ImmutableList.builder();
    for (ConstraintViolation<Object> v : sorted) {
      out.add(toViolation(v));
    }
    return out.build();
  }

  /**
   * Validates a value together with violations found by other checks, and throws them all at once.
   *
   * @param subject what is checked, such as {@code proposal 'p-1'}
   * @param bean the value
   * @param others violations found by checks outside Jakarta Validation
   * @throws InvalidInputException if any violation was found
   */
  public static void check(String subject, Object bean, List<Violation> others) {
    ImmutableList<Violation> found = validate(bean);
    if (found.isEmpty() && others.isEmpty()) {
      return;
    }
    throw InvalidInputException.of(
        subject, ImmutableList.<Violation>builder().addAll(found).addAll(others).build());
  }

  /**
   * Returns whether a name or title meets {@code @NotBlank}, {@code @Size(max = max)} and {@code
   * @PlainText} (single line) exactly as the validator checks them. A value whose every constrained
   * field passes such a check skips the validator: a document holds thousands of names and titles,
   * and a host that only ever makes valid values never pays for the validator's start. Anything
   * refused still goes through {@link #check}, which names each violation.
   *
   * @param text the text, not null
   * @param max the most characters allowed
   * @return true if the validator would accept the text
   */
  public static boolean isValidName(String text, int max) {
    return text.length() <= max && !text.isBlank() && PlainTextValidator.isPlain(text, false);
  }

  private static Violation toViolation(ConstraintViolation<?> v) {
    Object refused = v.getInvalidValue();
    if (v.getConstraintDescriptor().getAnnotation() instanceof PlainText plain && refused instanceof CharSequence text) {
      // kipp's text policy builds the violation, naming the first refused character and its place.
      Optional<Violation> found = TextPolicy.check(v.getPropertyPath().toString(), text, PlainTextValidator.kindOf(plain));
      if (found.isPresent() && ("{" + found.get().code() + "}").equals(v.getMessageTemplate())) {
        return found.get();
      }
    }
    String template = v.getMessageTemplate();
    String key =
        template.startsWith("{") && template.endsWith("}")
            ? template.substring(1, template.length() - 1)
            : template;
    Map<String, Object> arguments = new LinkedHashMap<>();
    v.getConstraintDescriptor()
        .getAttributes()
        .forEach(
            (name, value) -> {
              if (!NOT_ARGUMENTS.contains(name)) {
                // a constraint's own "value" attribute (@Max, @Min) is its limit; {value} in a
                // template is always the refused value
                arguments.put(name.equals("value") ? "limit" : name, value);
              }
            });
    Object invalid = v.getInvalidValue();
    List<Object> flat = new ArrayList<>();
    arguments.forEach(
        (name, value) -> {
          flat.add(name);
          flat.add(value);
        });
    return CoreMessages.violation(
        key, v.getPropertyPath().toString(), invalid == null ? "null" : invalid, flat.toArray());
  }
}
