package io.github.kipp.core.blind;

import static java.util.Objects.requireNonNull;

import java.util.Comparator;

/**
 * One part of an entrant's identity that a span of text names: its kind, its key (the institution's
 * or unit's id, or the region's Kemendagri code) and its name as kipp knows it.
 *
 * @param kind what it is, not null
 * @param key the institution or unit id, or the region code ({@code 73.22}); not null
 * @param name the name in the entrant's record or the region catalogue; not null
 */
public record Identity(IdentityKind kind, String key, String name) implements Comparable<Identity> {

  private static final Comparator<Identity> ORDER =
      Comparator.comparing(Identity::kind).thenComparing(Identity::key).thenComparing(Identity::name);

  /**
   * Creates an identity.
   *
   * @param kind what it is, not null
   * @param key its key, not null
   * @param name its name, not null
   */
  public Identity {
    requireNonNull(kind, "kind");
    requireNonNull(key, "key");
    requireNonNull(name, "name");
  }

  /** Orders by kind, then key, then name. */
  @Override
  public int compareTo(Identity other) {
    return ORDER.compare(this, other);
  }

  /** Returns {@code KIND key (name)}. */
  @Override
  public String toString() {
    return kind + " " + key + " (" + name + ")";
  }
}
