package io.github.kipp.core.spi;

import static java.util.Objects.requireNonNull;

import io.github.kipp.core.Citation;
import io.github.kipp.core.Confidence;
import java.util.Optional;

/**
 * One parameter of a rule module: its key, its value and the citation it comes from.
 *
 * <p>A parameter without a citation can be built, so that a module under construction can say what
 * it lacks, but a module holding one fails to load, naming it ({@link
 * io.github.kipp.core.rule.RuleRegistry}); a module type may refuse it as soon as the module is built
 * ({@link io.github.kipp.core.rule.RuleModuleChecks#requireCited}).
 *
 * @param key the key, not null
 * @param value the value, of the key's type; not null
 * @param citation where the value comes from; empty if uncited
 * @param <T> the value's type
 */
public record Parameter<T>(ParameterKey<T> key, T value, Optional<Citation> citation) {

  /**
   * Creates a parameter.
   *
   * @param key the key, not null
   * @param value the value, not null
   * @param citation the citation, not null
   * @throws IllegalArgumentException if the value is not of the key's type
   */
  public Parameter {
    requireNonNull(key, "key");
    requireNonNull(value, "value");
    requireNonNull(citation, "citation");
    if (!key.accepts(value)) {
      throw new IllegalArgumentException("parameter " + key + " holds " + key.type() + ", not " + value.getClass().getName());
    }
  }

  /**
   * Returns the value as text, for diffs and reports: the value's {@code toString()}.
   *
   * @return the text, not null
   */
  public String valueText() {
    return String.valueOf(value);
  }

  /**
   * Returns the confidence of the value.
   *
   * @return the citation's confidence, or {@link Confidence#UNKNOWN} when uncited
   */
  public Confidence confidence() {
    return citation.map(Citation::confidence).orElse(Confidence.UNKNOWN);
  }

  /** Returns {@code key = value [citation]}. */
  @Override
  public String toString() {
    return key + " = " + valueText() + citation.map(c -> " [" + c + "]").orElse(" [uncited]");
  }
}
