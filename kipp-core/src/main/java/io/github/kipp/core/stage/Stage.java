package io.github.kipp.core.stage;

import static java.util.Objects.requireNonNull;

import io.github.kipp.core.LocalizedText;
import io.github.kipp.core.StageId;

/**
 * A stage (<i>tahapan</i>) a proposal can be in, such as {@code submitted} or {@code finalist}.
 *
 * @param id the stage's id, not null
 * @param name its name in both languages, not null
 * @param terminal whether no transition leaves it (failed, awarded, withdrawn …)
 */
public record Stage(StageId id, LocalizedText name, boolean terminal) {

  /**
   * Creates a stage.
   *
   * @param id the stage's id, not null
   * @param name its name in both languages, not null
   * @param terminal whether no transition leaves it (failed, awarded, withdrawn …)
   */
  public Stage {
    requireNonNull(id, "id");
    requireNonNull(name, "name");
  }
}
