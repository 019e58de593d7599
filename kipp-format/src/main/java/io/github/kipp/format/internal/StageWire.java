package io.github.kipp.format.internal;

import static io.github.kipp.format.internal.Wire.list;
import static io.github.kipp.format.internal.Wire.nested;
import static io.github.kipp.format.internal.Wire.parse;
import static io.github.kipp.format.internal.Wire.parseOptional;
import static io.github.kipp.format.internal.Wire.required;

import com.google.common.collect.ImmutableList;
import io.github.kipp.core.Actor;
import io.github.kipp.core.Citation;
import io.github.kipp.core.ProposalId;
import io.github.kipp.core.Reason;
import io.github.kipp.core.StageId;
import io.github.kipp.core.TierId;
import io.github.kipp.core.stage.ProposalStatus;
import io.github.kipp.core.stage.StageTransition;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** Wire records of a proposal's status and its history. */
public final class StageWire {

  private StageWire() {}

  /** {@link StageTransition}. */
  @WireRecord
  public record TransitionW(
      @Nullable String from,
      @Nullable String to,
      @Nullable Actor actor,
      @Nullable String at,
      @Nullable List<Reason> reasons,
      @Nullable String tier,
      @Nullable Citation basis) {
    static TransitionW of(StageTransition t) {
      return new TransitionW(
          t.from().value(), t.to().value(), t.actor(), t.at().toString(), t.reasons(), t.tier().map(TierId::value).orElse(null), t.basis());
    }

    StageTransition toDomain() {
      return new StageTransition(
          parse(from, "from", StageId::of),
          parse(to, "to", StageId::of),
          required(actor, "actor", Expected.OBJECT),
          Wire.instant(at, "at"),
          ImmutableList.copyOf(list(reasons, "reasons")),
          Optional.ofNullable(parseOptional(tier, "tier", TierId::of)),
          required(basis, "basis", Expected.OBJECT));
    }
  }

  /** {@link ProposalStatus}: the initial stage, the registration and the history, oldest first. */
  @WireRecord
  public record StatusW(@Nullable String proposal, @Nullable String initialStage, @Nullable String registeredAt, @Nullable List<StageTransition> history) {
    static StatusW of(ProposalStatus s) {
      return new StatusW(s.proposal().value(), s.initialStage().value(), s.registeredAt().toString(), s.history());
    }

    ProposalStatus toDomain() {
      ProposalId p = parse(proposal, "proposal", ProposalId::of);
      StageId i = parse(initialStage, "initialStage", StageId::of);
      Instant r = Wire.instant(registeredAt, "registeredAt");
      List<StageTransition> h = list(history, "history");
      return nested("", () -> ProposalStatus.of(p, i, r, h));
    }
  }

  /**
   * Returns the mappings of this file.
   *
   * @return the mappings
   */
  public static List<Mapping<?, ?>> mappings() {
    return List.of(
        Mapping.of(StageTransition.class, TransitionW.class, TransitionW::of, TransitionW::toDomain),
        Mapping.of(ProposalStatus.class, StatusW.class, StatusW::of, StatusW::toDomain));
  }
}
