package io.github.kipp.core.innovation;

import static java.util.Objects.requireNonNull;

import io.github.kipp.core.Violation;
import io.github.kipp.core.internal.BeanValidation;
import io.github.kipp.core.internal.constraints.HttpLinkValidator;
import io.github.kipp.core.internal.CoreMessages;
import io.github.kipp.core.internal.Texts;
import io.github.kipp.core.validation.HttpLink;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Positive;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The video that accompanies a proposal: its length, its vertical resolution and the public link
 * where it can be watched (YouTube or an open cloud folder).
 *
 * <p>Editions limit these (2022: at most 3 minutes; 2025: at most 5 minutes and at least 720p); see
 * {@link io.github.kipp.core.edition.VideoRules}. This value only checks that they make sense.
 */
public final class Video {

  /** The longest video accepted, as a sanity bound. */
  public static final Duration MAX_DURATION = Duration.ofHours(2);

  private final Duration duration;

  @Positive(message = "{kipp.number.notPositive}")
  @Max(value = 10_000, message = "{kipp.number.tooLarge}")
  private final int height;

  @HttpLink private final URI link;

  private Video(Duration duration, int height, URI link) {
    this.duration = requireNonNull(duration, "duration");
    this.height = height;
    this.link = requireNonNull(link, "link");
    List<Violation> others = new ArrayList<>(1);
    if (duration.isNegative() || duration.isZero() || duration.compareTo(MAX_DURATION) > 0) {
      others.add(
          CoreMessages.violation("kipp.video.duration", "duration", duration, "max", MAX_DURATION));
    }
    // A link is shown to people: no control, invisible or bidirectional character may disguise it.
    Texts.line(others, "link", link.toString());
    // The constraints below, checked directly: a valid video skips the validator.
    if (height <= 0 || height > 10_000 || !HttpLinkValidator.isHttpLink(link) || !others.isEmpty()) {
      BeanValidation.check("video " + link, this, others);
    }
  }

  /**
   * Returns a video.
   *
   * @param duration its length, positive and at most two hours
   * @param height its vertical resolution in pixels, such as 720
   * @param link its public address, an absolute http(s) link
   * @return the video, not null
   * @throws io.github.kipp.core.InvalidInputException if a part is invalid
   */
  public static Video of(Duration duration, int height, URI link) {
    return new Video(duration, height, link);
  }

  /**
   * Returns the video's length.
   *
   * @return the duration, not null
   */
  public Duration duration() {
    return duration;
  }

  /**
   * Returns the vertical resolution, such as 720 for 720p.
   *
   * @return the height in pixels
   */
  public int height() {
    return height;
  }

  /**
   * Returns the public link.
   *
   * @return the link, not null
   */
  public URI link() {
    return link;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Video
        && duration.equals(((Video) o).duration)
        && height == ((Video) o).height
        && link.equals(((Video) o).link);
  }

  @Override
  public int hashCode() {
    return Objects.hash(duration, height, link);
  }

  /** Returns {@code link (duration, heightp)}. */
  @Override
  public String toString() {
    return link + " (" + duration + ", " + height + "p)";
  }
}
