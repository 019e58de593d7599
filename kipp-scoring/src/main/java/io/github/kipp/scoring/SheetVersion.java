package io.github.kipp.scoring;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import io.github.kipp.core.ActorId;
import io.github.kipp.core.LocalizedText;
import io.github.kipp.core.Reason;
import io.github.kipp.scoring.internal.ScoringMessages;
import java.time.Instant;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * One version of an evaluator's score sheet for a proposal, as a {@link ScoreBook} accepted it: the
 * first submission is version 1, and every later sheet of the same evaluator for the same proposal,
 * accepted before the book was frozen, is the next version and replaces the one before. Earlier
 * versions are kept, so a committee can show how a score came to be (see {@link SheetHistory}).
 *
 * @param number the version's number, from 1
 * @param sheet the sheet as submitted
 * @param recordedAt when the book accepted it, from the book's clock
 * @param recordedBy who submitted it (the evaluator)
 * @param revisionReason why the evaluator revised the sheet, when they said so ({@link
 *     ScoreBook#revise}); empty for version 1 and for a revision submitted without a reason
 * @param changes for a revision, the criteria whose scores changed from the version before, in
 *     criterion order; empty for version 1 or a revision that changed no score
 */
public record SheetVersion(int number, ScoreSheet sheet, Instant recordedAt, ActorId recordedBy, Optional<Reason> revisionReason,
    ImmutableList<ScoreChange> changes) {

  /**
   * Creates a version.
   *
   * @param number the number, at least 1
   * @param sheet the sheet, not null
   * @param recordedAt when it was accepted, not null
   * @param recordedBy who submitted it, not null
   * @param revisionReason the reason given for the revision, not null (empty for none)
   * @param changes the changed scores, not null; empty for version 1
   * @throws IllegalArgumentException if the number is below 1, or version 1 has changes or a reason
   */
  public SheetVersion {
    requireNonNull(sheet, "sheet");
    requireNonNull(recordedAt, "recordedAt");
    requireNonNull(recordedBy, "recordedBy");
    requireNonNull(revisionReason, "revisionReason");
    changes = ImmutableList.copyOf(requireNonNull(changes, "changes"));
    if (number < 1) {
      throw new IllegalArgumentException("a sheet's version number starts at 1, not " + number);
    }
    if (number == 1 && (!changes.isEmpty() || revisionReason.isPresent())) {
      throw new IllegalArgumentException("version 1 of a sheet revises nothing, so it has no changes and no revision reason");
    }
  }

  static SheetVersion first(ScoreSheet sheet, Instant recordedAt, ActorId recordedBy) {
    return new SheetVersion(1, sheet, recordedAt, recordedBy, Optional.empty(), ImmutableList.of());
  }

  static SheetVersion after(SheetVersion previous, ScoreSheet sheet, Instant recordedAt, ActorId recordedBy, @Nullable Reason reason) {
    ImmutableList.Builder<ScoreChange> changes = ImmutableList.builder();
    sheet.scores().forEach((criterion, after) -> {
      var before = previous.sheet().scores().get(criterion);
      if (before != null && before.compareTo(after) != 0) {
        changes.add(new ScoreChange(criterion, before, after));
      }
    });
    return new SheetVersion(previous.number() + 1, sheet, recordedAt, recordedBy, Optional.ofNullable(reason), changes.build());
  }

  /**
   * Returns whether this version revises an earlier one.
   *
   * @return true from version 2 on
   */
  public boolean isRevision() {
    return number > 1;
  }

  /**
   * Explains this version in both languages: when it was recorded and, for a revision, which version
   * it replaced, each score it changed ({@code criterion before → after}) and the reason given.
   *
   * @return the explanation, not null
   */
  public LocalizedText explanation() {
    Object[] common = {"version", number, "evaluator", sheet.evaluator(), "proposal", sheet.proposal(), "recordedAt", recordedAt};
    if (!isRevision()) {
      return ScoringMessages.render("kipp.sheet.version", common);
    }
    LocalizedText because = revisionReason.map(Reason::message).orElse(ScoringMessages.render("kipp.sheet.revisionNoReason"));
    if (changes.isEmpty()) {
      return ScoringMessages.render("kipp.sheet.revisionUnchanged", "version", number, "evaluator", sheet.evaluator(), "proposal", sheet.proposal(),
          "recordedAt", recordedAt, "previous", number - 1, "becauseEn", because.english(), "becauseId", because.indonesian());
    }
    return ScoringMessages.render("kipp.sheet.revision", "version", number, "evaluator", sheet.evaluator(), "proposal", sheet.proposal(),
        "recordedAt", recordedAt, "previous", number - 1, "changes", changes.stream().map(ScoreChange::toString).collect(Collectors.joining(", ")),
        "becauseEn", because.english(), "becauseId", because.indonesian());
  }
}
