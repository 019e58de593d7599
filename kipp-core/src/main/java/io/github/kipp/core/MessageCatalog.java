package io.github.kipp.core;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableMap;
import io.github.kipp.core.internal.Texts;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.PropertyResourceBundle;
import java.util.ResourceBundle;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A pair of resource bundles, English and Bahasa Indonesia, from which kipp renders the messages a
 * person reads.
 *
 * <p>Each kipp module ships its own catalogue ({@code Messages.properties} and {@code
 * Messages_id.properties}, or {@code ValidationMessages*} for constraint messages); a regional rule
 * module can ship one too. Templates use named placeholders such as {@code {value}} or {@code
 * {max}}; a placeholder with no argument is left as it is. Unlike {@link java.text.MessageFormat},
 * apostrophes need no escaping.
 *
 * <p>Instances are immutable and thread-safe; bundles are loaded once, when the catalogue is made.
 */
public final class MessageCatalog {

  private static final Pattern PLACEHOLDER = Pattern.compile("\\$?\\{([A-Za-z][A-Za-z0-9_]*)}");

  private final String baseName;
  private final ResourceBundle english;
  /** Each key's templates, Indonesian then English, parsed once when the catalogue is loaded. */
  private final ImmutableMap<String, Templates> templates;

  private MessageCatalog(String baseName, ResourceBundle english, ResourceBundle indonesian) {
    this.baseName = baseName;
    this.english = english;
    ImmutableMap.Builder<String, Templates> parsed = ImmutableMap.builder();
    for (String key : english.keySet()) {
      checkTemplate(baseName, key, english.getString(key));
      if (indonesian.containsKey(key)) {
        checkTemplate(baseName + "_id", key, indonesian.getString(key));
        parsed.put(key, new Templates(Template.parse(indonesian.getString(key)), Template.parse(english.getString(key))));
      }
    }
    this.templates = parsed.buildOrThrow();
  }

  /** Refuses a template that a single-line text may not hold: a message is one line of plain text. */
  private static void checkTemplate(String bundle, String key, String template) {
    if (!Texts.allows(template, false)) {
      throw new IllegalArgumentException("template '" + key + "' of bundle " + bundle + " is not a single line of plain text: '"
          + Texts.escape(template) + "'");
    }
  }

  /**
   * Loads the catalogue with a base name, such as {@code io.github.kipp.core.Messages}.
   *
   * @param baseName the bundles' base name, not null
   * @param loader the class loader to load them with, not null
   * @return the catalogue, not null
   * @throws MissingResourceException if either bundle is missing
   * @throws IllegalArgumentException if a template holds a character a single-line text may not
   *     hold (a control character, a line break, an invisible character)
   */
  public static MessageCatalog load(String baseName, ClassLoader loader) {
    requireNonNull(baseName, "baseName");
    requireNonNull(loader, "loader");
    ResourceBundle.Control noFallback =
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
    ResourceBundle en = ResourceBundle.getBundle(baseName, Locale.ROOT, loader, noFallback);
    ResourceBundle id =
        ResourceBundle.getBundle(baseName, LocalizedText.INDONESIAN, loader, noFallback);
    if (!LocalizedText.INDONESIAN.getLanguage().equals(id.getLocale().getLanguage())) {
      throw new MissingResourceException(
          "no Indonesian bundle " + baseName + "_id", baseName, "");
    }
    return new MessageCatalog(baseName, en, id);
  }

  /**
   * Loads the catalogue with a base name from the resources its own module opens, which works on the
   * module path as on the class path.
   *
   * <p>On the module path a module's resources are encapsulated: {@link #load(String, ClassLoader)}
   * finds them only in a package the module opens to everyone. Here the module that owns the bundles
   * opens them itself, typically with a lambda that calls {@link Class#getResourceAsStream(String)}
   * on one of its own classes, such as {@code name -> Messages.class.getResourceAsStream(name)}; the
   * bundles are read as UTF-8 properties files.
   *
   * @param baseName the bundles' base name, such as {@code io.github.kipp.scoring.Messages}, not null
   * @param opener opens a resource by its absolute name ({@code /io/github/kipp/scoring/Messages.properties})
   *     and returns null if there is none, not null
   * @return the catalogue, not null
   * @throws MissingResourceException if either bundle is missing
   * @throws UncheckedIOException if a bundle cannot be read
   * @throws IllegalArgumentException if a template holds a character a single-line text may not hold
   */
  public static MessageCatalog load(String baseName, Function<String, @Nullable InputStream> opener) {
    requireNonNull(baseName, "baseName");
    requireNonNull(opener, "opener");
    return new MessageCatalog(baseName, bundle(baseName, "", opener), bundle(baseName, "_id", opener));
  }

  private static ResourceBundle bundle(String baseName, String suffix, Function<String, @Nullable InputStream> opener) {
    String resource = "/" + baseName.replace('.', '/') + suffix + ".properties";
    try (InputStream in = opener.apply(resource)) {
      if (in == null) {
        throw new MissingResourceException("no bundle " + baseName + suffix + " (" + resource + ")", baseName, "");
      }
      return new PropertyResourceBundle(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }

  /**
   * Returns whether both bundles hold a template for a key.
   *
   * @param key the message key, not null
   * @return true if the key is known in both languages
   */
  public boolean contains(String key) {
    return templates.containsKey(key);
  }

  /**
   * Returns the keys of this catalogue, sorted.
   *
   * @return the keys of the English bundle, not null
   */
  public com.google.common.collect.ImmutableSortedSet<String> keys() {
    return com.google.common.collect.ImmutableSortedSet.copyOf(english.keySet());
  }

  /**
   * Renders a message in both languages. The text is filled in when it is first read (see {@link
   * LocalizedText}); the key and the arguments are checked now.
   *
   * @param key the message key, not null
   * @param arguments the placeholder values by name, not null
   * @return the rendered text, not null
   * @throws IllegalArgumentException if the key is missing from either bundle
   * @throws NullPointerException if an argument is null
   */
  public LocalizedText render(String key, Map<String, ?> arguments) {
    requireNonNull(arguments, "arguments");
    Object[] pairs = new Object[arguments.size() * 2];
    int i = 0;
    for (Map.Entry<String, ?> e : arguments.entrySet()) {
      pairs[i++] = e.getKey();
      pairs[i++] = e.getValue();
    }
    return render(key, pairs);
  }

  /**
   * Renders a message in both languages from alternating names and values. The text is filled in
   * when it is first read (see {@link LocalizedText}); the key and the arguments are checked now.
   *
   * <p>Arguments that are strings, numbers, booleans, characters, enums, {@code java.time} values,
   * kipp identifiers, {@link LocalizedText}s or records of kipp's core, scoring and rule modules
   * (all immutable) are kept and formatted when the text is read; any other argument is formatted at
   * once, so that a later change to it cannot change the text.
   *
   * <p>Arguments may come from outside (a refused value, a name, a path), so each is shown with
   * {@link io.github.kipp.core.validation.TextPolicy#escape(CharSequence)}: a control character, a
   * line break, an unpaired surrogate or an invisible character in an argument is written as an
   * escape a person can read (such as backslash-n or backslash-u202E), never as itself. Templates
   * are checked when the catalogue is loaded, so a rendered message always follows kipp's
   * single-line text policy.
   *
   * @param key the message key, not null
   * @param namesAndValues name, value, name, value …; names are strings, values not null
   * @return the rendered text, not null
   * @throws IllegalArgumentException if the key is missing or the arguments do not alternate
   * @throws NullPointerException if a value is null
   */
  public LocalizedText render(String key, Object... namesAndValues) {
    requireNonNull(key, "key");
    requireNonNull(namesAndValues, "namesAndValues");
    Templates both = templates.get(key);
    if (both == null) {
      throw new IllegalArgumentException(
          "message key '" + key + "' is missing from catalogue " + baseName + " or its _id variant");
    }
    Object[] pairs = captured(key, namesAndValues);
    if (both.canBeBlank()) {
      // Only placeholders: fill in now, so that a blank text is refused where it is made.
      return LocalizedText.of(both.indonesian().fill(pairs), both.english().fill(pairs));
    }
    return LocalizedText.deferred(new Pending(both, pairs));
  }

  /**
   * Checks alternating names and values and copies them, formatting at once each value that is not
   * known to be immutable.
   */
  private static Object[] captured(String key, Object[] namesAndValues) {
    if (namesAndValues.length % 2 != 0) {
      throw new IllegalArgumentException(
          "message arguments come in name/value pairs, got " + namesAndValues.length + " items");
    }
    Object[] pairs = new Object[namesAndValues.length];
    for (int i = 0; i < namesAndValues.length; i += 2) {
      if (!(namesAndValues[i] instanceof String)) {
        throw new IllegalArgumentException(
            "message argument name at position " + i + " is not a string: " + namesAndValues[i]);
      }
      Object value = namesAndValues[i + 1];
      if (value == null) {
        throw new NullPointerException(
            "message argument '" + namesAndValues[i] + "' of '" + key + "' is null");
      }
      pairs[i] = namesAndValues[i];
      pairs[i + 1] = IMMUTABLE.get(value.getClass()) ? value : format(value);
    }
    return pairs;
  }

  /** Whether values of a class are immutable, so that formatting them later gives the same text. */
  private static final ClassValue<Boolean> IMMUTABLE =
      new ClassValue<>() {
        @Override
        protected Boolean computeValue(Class<?> type) {
          String name = type.getName();
          return type == String.class
              || type == Integer.class
              || type == Long.class
              || type == Short.class
              || type == Byte.class
              || type == Boolean.class
              || type == Character.class
              || type == BigDecimal.class
              || type == java.math.BigInteger.class
              || type.isEnum()
              || (type.getSuperclass() != null && type.getSuperclass().isEnum())
              || (name.startsWith("java.time.") && name.indexOf('.', "java.time.".length()) < 0)
              || Identifier.class.isAssignableFrom(type)
              || type == LocalizedText.class
              || (type.isRecord()
                  && (name.startsWith("io.github.kipp.core.")
                      || name.startsWith("io.github.kipp.scoring.")
                      || name.startsWith("io.github.kipp.rules.")));
        }
      };

  /**
   * Builds an argument map from alternating names and values, keeping their order.
   *
   * @param namesAndValues name, value, name, value …; names are strings
   * @return the arguments, not null
   * @throws IllegalArgumentException if the arguments do not alternate name and value
   */
  public static ImmutableMap<String, Object> arguments(Object... namesAndValues) {
    if (namesAndValues.length % 2 != 0) {
      throw new IllegalArgumentException(
          "message arguments come in name/value pairs, got " + namesAndValues.length + " items");
    }
    ImmutableMap.Builder<String, Object> map = ImmutableMap.builder();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      if (!(namesAndValues[i] instanceof String)) {
        throw new IllegalArgumentException(
            "message argument name at position " + i + " is not a string: " + namesAndValues[i]);
      }
      map.put((String) namesAndValues[i], namesAndValues[i + 1]);
    }
    return map.buildKeepingLast();
  }

  /**
   * Builds a violation whose message comes from this catalogue. The template receives the refused
   * value (abbreviated) as {@code value} and the path as {@code field}, besides the given arguments.
   * In the message, the characters of the value that a single-line text may not hold are written
   * as escapes, as every argument is (see {@link #render(String, Object...)}); the violation's {@link
   * Violation#invalidValue()} keeps them as they were.
   *
   * @param key the message key, also the violation's code; not null
   * @param path the field path, not null
   * @param value the refused value, not null
   * @param namesAndValues further arguments: name, value, name, value …
   * @return the violation, not null
   * @throws IllegalArgumentException if the key is missing or the arguments do not alternate
   */
  public Violation violation(String key, String path, Object value, Object... namesAndValues) {
    requireNonNull(path, "path");
    requireNonNull(value, "value");
    String shown = Violation.abbreviate(format(value));
    Object[] all = new Object[namesAndValues.length + 4];
    all[0] = "value";
    all[1] = shown;
    all[2] = "field";
    all[3] = path;
    System.arraycopy(namesAndValues, 0, all, 4, namesAndValues.length);
    return new Violation(key, path, shown, render(key, all));
  }

  /**
   * A key's templates in both languages.
   *
   * @param canBeBlank whether a template is only placeholders and spaces, so that its text could be
   *     blank
   */
  private record Templates(Template indonesian, Template english, boolean canBeBlank) {
    Templates(Template indonesian, Template english) {
      this(indonesian, english, indonesian.onlyPlaceholders() || english.onlyPlaceholders());
    }
  }

  /** A message waiting to be filled in: its templates and its checked arguments. */
  private static final class Pending implements LocalizedText.Source {
    private final Templates templates;
    private final Object[] pairs;

    Pending(Templates templates, Object[] pairs) {
      this.templates = templates;
      this.pairs = pairs;
    }

    @Override
    public String indonesian() {
      return templates.indonesian().fill(pairs);
    }

    @Override
    public String english() {
      return templates.english().fill(pairs);
    }
  }

  /**
   * A template split once into its literal text and its placeholders, so that rendering, which
   * happens for every decision kipp explains, scans no pattern.
   */
  private static final class Template {
    /** The literal text around the placeholders: one more than the placeholders. */
    private final String[] literals;
    /** The placeholders' names. */
    private final String[] names;
    /** The placeholders as written, kept when no argument has their name. */
    private final String[] written;
    private final int length;

    private Template(String[] literals, String[] names, String[] written, int length) {
      this.literals = literals;
      this.names = names;
      this.written = written;
      this.length = length;
    }

    static Template parse(String template) {
      Matcher matcher = PLACEHOLDER.matcher(template);
      List<String> literals = new ArrayList<>();
      List<String> names = new ArrayList<>();
      List<String> written = new ArrayList<>();
      int last = 0;
      while (matcher.find()) {
        literals.add(template.substring(last, matcher.start()));
        names.add(matcher.group(1));
        written.add(matcher.group());
        last = matcher.end();
      }
      literals.add(template.substring(last));
      return new Template(literals.toArray(new String[0]), names.toArray(new String[0]), written.toArray(new String[0]), template.length());
    }

    /** Returns whether the template has no text but placeholders and spaces. */
    boolean onlyPlaceholders() {
      for (String literal : literals) {
        if (!literal.isBlank()) {
          return false;
        }
      }
      return true;
    }

    /** Fills the template from alternating names and values; the last value of a name wins. */
    String fill(Object[] pairs) {
      if (names.length == 0) {
        return literals[0];
      }
      StringBuilder out = new StringBuilder(length + 32);
      for (int i = 0; i < names.length; i++) {
        out.append(literals[i]);
        Object value = valueOf(names[i], pairs);
        out.append(value == null ? written[i] : Texts.escape(format(value)));
      }
      return out.append(literals[names.length]).toString();
    }

    private static @Nullable Object valueOf(String name, Object[] pairs) {
      for (int i = pairs.length - 2; i >= 0; i -= 2) {
        if (name.equals(pairs[i])) {
          return pairs[i + 1];
        }
      }
      return null;
    }
  }

  private static String format(Object value) {
    if (value instanceof BigDecimal) {
      BigDecimal d = (BigDecimal) value;
      // Plain notation unless the value is out of kipp's decimal bounds, where it could be huge.
      return Decimals.isWithinBounds(d) ? d.toPlainString() : d.toString();
    }
    return String.valueOf(value);
  }

  /** Returns the catalogue's base name. */
  @Override
  public String toString() {
    return "MessageCatalog[" + baseName + "]";
  }
}
