/**
 * The stage pipeline as an explicit state machine: {@link io.github.kipp.core.stage.Stage stages}
 * (draft, submitted, admin-passed, nominated, finalist, awarded …), the {@link
 * io.github.kipp.core.stage.TransitionRule rules} saying who may move a proposal from one to another
 * and when, and each proposal's {@link io.github.kipp.core.stage.ProposalStatus status} with the
 * history of every {@link io.github.kipp.core.stage.StageTransition transition}: actor, time,
 * reasons and citations.
 *
 * <p>{@link io.github.kipp.core.stage.StageMachine#national()} is the national pipeline of
 * 2020–2023; rule modules may adapt it (regional rounds without <i>uji publik</i>). Stable API.
 */
@NullMarked
package io.github.kipp.core.stage;

import org.jspecify.annotations.NullMarked;
