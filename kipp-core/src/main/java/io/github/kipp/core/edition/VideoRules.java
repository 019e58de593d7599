package io.github.kipp.core.edition;

import static java.util.Objects.requireNonNull;

import io.github.kipp.core.InvalidInputException;
import io.github.kipp.core.internal.CoreMessages;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What an edition requires of a proposal's video: whether one is required, its longest length and
 * its lowest vertical resolution (2022: at most 3 minutes; 2025: at most 5 minutes, at least 720p).
 *
 * @param required whether a proposal must have a video
 * @param maxDuration the longest length allowed, inclusive; empty if none
 * @param minHeight the lowest vertical resolution allowed, such as 720; empty if none
 */
public record VideoRules(boolean required, Optional<Duration> maxDuration, OptionalInt minHeight) {

  /**
   * Creates video rules.
   *
   * @param required whether a proposal must have a video
   * @param maxDuration the longest length allowed, inclusive; empty if none
   * @param minHeight the lowest vertical resolution allowed, such as 720; empty if none
   * @throws InvalidInputException if a limit is not positive
   */
  public VideoRules {
    requireNonNull(maxDuration, "maxDuration");
    requireNonNull(minHeight, "minHeight");
    if (maxDuration.isPresent() && (maxDuration.get().isNegative() || maxDuration.get().isZero())) {
      throw InvalidInputException.of(
          "video rules",
          CoreMessages.violation("kipp.number.notPositive", "maxDuration", maxDuration.get()));
    }
    if (minHeight.isPresent() && minHeight.getAsInt() <= 0) {
      throw InvalidInputException.of(
          "video rules",
          CoreMessages.violation("kipp.number.notPositive", "minHeight", minHeight.getAsInt()));
    }
  }

  /**
   * Returns rules that ask nothing of the video.
   *
   * @return rules with no requirement, not null
   */
  public static VideoRules none() {
    return new VideoRules(false, Optional.empty(), OptionalInt.empty());
  }
}
