package io.github.kipp.rules.iid;

import static java.util.Objects.requireNonNull;

import io.github.kipp.core.InvalidInputException;
import io.github.kipp.rules.iid.internal.IidMessages;

/**
 * The evidence a region attaches to an indicator row (<i>data dukung</i>): a reference to the
 * document, and whether the assessors verified it. A row scores its level in the claimed index when it
 * has evidence, and in the verified index only when that evidence is verified.
 *
 * @param reference the document's reference, such as a file name or a decree's number; not blank,
 *     at most 500 characters
 * @param verified whether the assessors verified the evidence
 */
public record Evidence(String reference, boolean verified) {

  /** The longest reference: {@value}. */
  public static final int MAX_REFERENCE = 500;

  /**
   * Creates evidence, checking the reference.
   *
   * @param reference the document's reference, such as a file name or a decree's number; not blank,
   *     at most 500 characters
   * @param verified whether the assessors verified the evidence
   * @throws InvalidInputException ({@code kipp.iid.evidence}) if the reference is blank or too long
   */
  public Evidence {
    requireNonNull(reference, "reference");
    if (reference.isBlank() || reference.length() > MAX_REFERENCE) {
      throw InvalidInputException.of("evidence", IidMessages.violation("kipp.iid.evidence", "reference", reference, "max", MAX_REFERENCE));
    }
  }

  /**
   * Returns evidence the assessors have not verified (yet).
   *
   * @param reference the reference, not blank
   * @return the evidence, not null
   */
  public static Evidence claimed(String reference) {
    return new Evidence(reference, false);
  }

  /**
   * Returns evidence the assessors verified.
   *
   * @param reference the reference, not blank
   * @return the evidence, not null
   */
  public static Evidence verified(String reference) {
    return new Evidence(reference, true);
  }
}
