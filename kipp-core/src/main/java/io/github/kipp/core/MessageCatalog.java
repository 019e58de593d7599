package io.github.kipp.core;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableMap;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
  private final ResourceBundle indonesian;

  private MessageCatalog(String baseName, ResourceBundle english, ResourceBundle indonesian) {
    this.baseName = baseName;
    this.english = english;
    this.indonesian = indonesian;
  }

  /**
   * Loads the catalogue with a base name, such as {@code io.github.kipp.core.Messages}.
   *
   * @param baseName the bundles' base name, not null
   * @param loader the class loader to load them with, not null
   * @return the catalogue, not null
   * @throws MissingResourceException if either bundle is missing
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
   * Returns whether both bundles hold a template for a key.
   *
   * @param key the message key, not null
   * @return true if the key is known in both languages
   */
  public boolean contains(String key) {
    return english.containsKey(key) && indonesian.containsKey(key);
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
   * Renders a message in both languages.
   *
   * @param key the message key, not null
   * @param arguments the placeholder values by name, not null
   * @return the rendered text, not null
   * @throws IllegalArgumentException if the key is missing from either bundle
   */
  public LocalizedText render(String key, Map<String, ?> arguments) {
    requireNonNull(key, "key");
    requireNonNull(arguments, "arguments");
    if (!contains(key)) {
      throw new IllegalArgumentException(
          "message key '" + key + "' is missing from catalogue " + baseName + " or its _id variant");
    }
    return LocalizedText.of(
        fill(indonesian.getString(key), arguments), fill(english.getString(key), arguments));
  }

  /**
   * Renders a message in both languages from alternating names and values.
   *
   * @param key the message key, not null
   * @param namesAndValues name, value, name, value …; names are strings
   * @return the rendered text, not null
   * @throws IllegalArgumentException if the key is missing or the arguments do not alternate
   */
  public LocalizedText render(String key, Object... namesAndValues) {
    return render(key, arguments(namesAndValues));
  }

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

  private static String fill(String template, Map<String, ?> arguments) {
    Matcher matcher = PLACEHOLDER.matcher(template);
    StringBuilder out = new StringBuilder(template.length() + 32);
    while (matcher.find()) {
      Object value = arguments.get(matcher.group(1));
      String replacement = value == null ? matcher.group() : format(value);
      matcher.appendReplacement(out, Matcher.quoteReplacement(replacement));
    }
    matcher.appendTail(out);
    return out.toString();
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
