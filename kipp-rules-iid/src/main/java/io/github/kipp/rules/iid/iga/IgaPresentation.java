package io.github.kipp.rules.iid.iga;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSortedMap;
import io.github.kipp.core.InvalidInputException;
import io.github.kipp.core.Violation;
import io.github.kipp.core.institution.RegionCode;
import io.github.kipp.rules.iid.internal.IidMessages;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A nominee's presentation before the award's panel (<i>presentasi kepala daerah</i>), scored 0 to
 * 100 on each aspect of the module's presentation weights ({@code IidKeys.PRESENTATION_WEIGHTS}: in
 * 2023 novelty, benefit, regional authority and collaboration, replicability, command of the
 * material [S135]).
 *
 * @param region the nominee's code, not null
 * @param scores each aspect's score by the aspect's published name, 0 to 100; not null
 */
public record IgaPresentation(RegionCode region, ImmutableSortedMap<String, BigDecimal> scores) {

  /**
   * Creates a presentation.
   *
   * @param region the region, not null
   * @param scores the scores, not null
   * @throws InvalidInputException if a score is below 0 or above 100 ({@code kipp.iga.aspectScore})
   */
  public IgaPresentation {
    requireNonNull(region, "region");
    scores = ImmutableSortedMap.copyOf(requireNonNull(scores, "scores"));
    List<Violation> violations = new ArrayList<>();
    scores.forEach((aspect, score) -> {
      if (score.signum() < 0 || score.compareTo(IgaSettings.HUNDRED) > 0) {
        violations.add(IidMessages.violation("kipp.iga.aspectScore", "scores." + aspect, score.toPlainString(), "region", region));
      }
    });
    InvalidInputException.throwIfAny("IGA presentation of " + region, violations);
  }

  /**
   * Returns a presentation.
   *
   * @param region the region, not null
   * @param scores each aspect's score, not null
   * @return the presentation, not null
   */
  public static IgaPresentation of(RegionCode region, Map<String, BigDecimal> scores) {
    return new IgaPresentation(region, ImmutableSortedMap.copyOf(scores));
  }
}
