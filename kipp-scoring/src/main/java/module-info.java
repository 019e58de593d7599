/**
 * kipp's scoring engine: criteria and score sheets, panels and their assignment, aggregation, stage
 * combination, ranking, shortlists, explanations, rank stability and whole competitions run stage by
 * stage.
 *
 * <p>Every package is exported except {@code io.github.kipp.scoring.internal}, which is not API.
 */
module io.github.kipp.scoring {
  requires transitive io.github.kipp.core;
  requires static transitive com.google.errorprone.annotations;

  exports io.github.kipp.scoring;
  exports io.github.kipp.scoring.aggregate;
  exports io.github.kipp.scoring.competition;
  exports io.github.kipp.scoring.explain;
  exports io.github.kipp.scoring.fairness;
  exports io.github.kipp.scoring.feed;
  exports io.github.kipp.scoring.panel;
  exports io.github.kipp.scoring.rank;
  exports io.github.kipp.scoring.reliability;
  exports io.github.kipp.scoring.shortlist;
  exports io.github.kipp.scoring.spi;
  exports io.github.kipp.scoring.stability;
  exports io.github.kipp.scoring.visibility;
}
