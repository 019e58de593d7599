package io.github.kipp.core.spi;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import com.google.errorprone.annotations.CanIgnoreReturnValue;
import io.github.kipp.core.Citation;
import java.util.Optional;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * The parameters of a rule module, by key, each with its citation: the groups, categories, sections,
 * minimum ages, caps, counts, weights and policies a module is built from.
 *
 * <p>A regional module is its national module's parameters with declared, cited overrides ({@link
 * #with(ParameterKey, Object, Citation)}); the module diff compares two sets key by key. Immutable;
 * iteration is by key name.
 */
public final class ParameterSet {

  private final ImmutableSortedMap<String, Parameter<?>> parameters;

  private ParameterSet(ImmutableSortedMap<String, Parameter<?>> parameters) {
    this.parameters = parameters;
  }

  /**
   * Returns a new builder.
   *
   * @return a builder, not null
   */
  public static Builder newBuilder() {
    return new Builder(new TreeMap<>());
  }

  /**
   * Returns a builder holding these parameters, to change or add some.
   *
   * @return a builder, not null
   */
  public Builder toBuilder() {
    return new Builder(new TreeMap<>(parameters));
  }

  /**
   * Returns a parameter's value.
   *
   * @param key the key, not null
   * @param <T> the value's type
   * @return the value, not null
   * @throws IllegalStateException if the set has no such parameter
   */
  public <T> T get(ParameterKey<T> key) {
    return parameter(key).value();
  }

  /**
   * Returns a parameter.
   *
   * @param key the key, not null
   * @param <T> the value's type
   * @return the parameter, not null
   * @throws IllegalStateException if the set has no such parameter
   */
  public <T> Parameter<T> parameter(ParameterKey<T> key) {
    return find(key).orElseThrow(() -> new IllegalStateException(
        "no parameter " + key + "; the set holds " + parameters.keySet()));
  }

  /**
   * Finds a parameter.
   *
   * @param key the key, not null
   * @param <T> the value's type
   * @return the parameter, or empty if the set has none under that key
   * @throws IllegalStateException if the parameter under that name has another type
   */
  @SuppressWarnings("unchecked")
  public <T> Optional<Parameter<T>> find(ParameterKey<T> key) {
    Parameter<?> p = parameters.get(requireNonNull(key, "key").name());
    if (p == null) {
      return Optional.empty();
    }
    if (!p.key().type().equals(key.type())) {
      throw new IllegalStateException("parameter " + key + " holds " + p.key().type() + ", not " + key.type());
    }
    return Optional.of((Parameter<T>) p);
  }

  /**
   * Returns a parameter's citation.
   *
   * @param key the key, not null
   * @return the citation, not null
   * @throws IllegalStateException if the parameter is missing or uncited
   */
  public Citation citation(ParameterKey<?> key) {
    return parameter(key).citation().orElseThrow(() -> new IllegalStateException("parameter " + key + " has no citation"));
  }

  /**
   * Returns a copy in which one parameter has a new value and citation (an override of a regional
   * module). The key need not exist yet.
   *
   * @param key the key, not null
   * @param value the value, not null
   * @param citation where the value comes from, not null
   * @param <T> the value's type
   * @return the new set, not null
   */
  public <T> ParameterSet with(ParameterKey<T> key, T value, Citation citation) {
    return toBuilder().set(key, value, citation).build();
  }

  /**
   * Returns every parameter, by key name.
   *
   * @return the parameters, not null
   */
  public ImmutableList<Parameter<?>> parameters() {
    return parameters.values().asList();
  }

  /**
   * Returns the parameters without a citation.
   *
   * @return the uncited parameters, by key name; empty for a loadable module
   */
  public ImmutableList<Parameter<?>> uncited() {
    return parameters.values().stream().filter(p -> p.citation().isEmpty()).collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns the number of parameters.
   *
   * @return the size
   */
  public int size() {
    return parameters.size();
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof ParameterSet && parameters.equals(((ParameterSet) o).parameters);
  }

  @Override
  public int hashCode() {
    return parameters.hashCode();
  }

  /** Returns {@code ParameterSet[n parameters]}. */
  @Override
  public String toString() {
    return "ParameterSet[" + parameters.size() + " parameters]";
  }

  /** Builds a {@link ParameterSet}. Setting a key again replaces it. Not thread-safe. */
  public static final class Builder {
    private final TreeMap<String, Parameter<?>> parameters;

    private Builder(TreeMap<String, Parameter<?>> parameters) {
      this.parameters = parameters;
    }

    /**
     * Sets a cited parameter.
     *
     * @param key the key, not null
     * @param value the value, not null
     * @param citation where it comes from, not null
     * @param <T> the value's type
     * @return this builder
     */
    @CanIgnoreReturnValue
    public <T> Builder set(ParameterKey<T> key, T value, Citation citation) {
      parameters.put(key.name(), new Parameter<>(key, value, Optional.of(requireNonNull(citation, "citation"))));
      return this;
    }

    /**
     * Sets a parameter without a citation. A module holding one fails to load, naming it; this exists
     * so that a module under construction can be checked.
     *
     * @param key the key, not null
     * @param value the value, not null
     * @param <T> the value's type
     * @return this builder
     */
    @CanIgnoreReturnValue
    public <T> Builder setUncited(ParameterKey<T> key, T value) {
      parameters.put(key.name(), new Parameter<>(key, value, Optional.empty()));
      return this;
    }

    /**
     * Removes a parameter.
     *
     * @param key the key, not null
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder remove(ParameterKey<?> key) {
      parameters.remove(key.name());
      return this;
    }

    /**
     * Builds the set.
     *
     * @return the set, not null
     */
    public ParameterSet build() {
      return new ParameterSet(ImmutableSortedMap.copyOf(parameters));
    }
  }
}
