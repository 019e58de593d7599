package io.github.kipp.core.stage;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import io.github.kipp.core.Actor;
import io.github.kipp.core.Citation;
import io.github.kipp.core.Role;
import io.github.kipp.core.StageId;
import io.github.kipp.core.TierId;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class StageTransitionTest {

  private static final Actor MINISTER = Actor.of("menteri", Role.ORGANISER);
  private static final Citation WINNERS = Citation.reported("KepmenPANRB 2023", "Lampiran");
  private static final Instant AT = Instant.parse("2023-09-01T02:00:00Z");

  @Test
  void a_transition_reads_as_its_move_and_names_its_tier_when_it_has_one() {
    StageTransition awarded = new StageTransition(StageId.of("verified"), StageId.of("awarded"), MINISTER, AT,
        ImmutableList.of(), Optional.of(TierId.of("top-45")), WINNERS);
    StageTransition plain = new StageTransition(StageId.of("verified"), StageId.of("finalist-only"), MINISTER, AT,
        ImmutableList.of(), Optional.empty(), WINNERS);

    assertThat(awarded.toString()).startsWith("verified -> awarded by ").endsWith(" at 2023-09-01T02:00:00Z (top-45)");
    assertThat(plain.toString()).endsWith(" at 2023-09-01T02:00:00Z");
  }
}
