package io.github.kipp.core.innovation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.kipp.core.Fixtures;
import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Issue 16: a proposal's video can be replaced and cleared through its builder. */
class ProposalVideoTest {

  private static Video video(int seconds, int height) {
    return Video.of(Duration.ofSeconds(seconds), height, URI.create("https://www.youtube.com/watch?v=v" + seconds + "x" + height));
  }

  @Test
  void a_copy_replaces_the_video_it_holds() {
    Proposal first = Fixtures.proposal("p-1").video(video(120, 720)).build();

    Proposal replaced = first.toBuilder().video(video(170, 1080)).build();

    assertThat(replaced.video()).contains(video(170, 1080));
    assertThat(first.video()).as("the original is unchanged").contains(video(120, 720));
  }

  @Test
  void a_copy_clears_the_video_and_a_proposal_without_one_may_clear_it_again() {
    Proposal first = Fixtures.proposal("p-1").video(video(120, 720)).build();

    Proposal cleared = first.toBuilder().clearVideo().build();

    assertThat(cleared.video()).isEmpty();
    assertThat(cleared.toBuilder().clearVideo().build()).isEqualTo(cleared);
    assertThat(cleared.toBuilder().video(video(120, 720)).build()).as("setting it back restores the proposal").isEqualTo(first);
  }

  @Test
  void replacing_then_clearing_then_restoring_the_video_round_trips() {
    qt().withFixedSeed(16L).withExamples(1_000)
        .forAll(integers().between(1, 7_200), integers().between(144, 4_320), integers().between(1, 7_200), integers().between(144, 4_320))
        .checkAssert((s1, h1, s2, h2) -> {
          Video original = video(s1, h1);
          Video other = video(s2, h2);
          Proposal p = Fixtures.proposal("p-1").video(original).build();

          Proposal replaced = p.toBuilder().video(other).build();
          Proposal cleared = replaced.toBuilder().clearVideo().build();
          Proposal restored = cleared.toBuilder().video(original).build();

          assertThat(replaced.video()).contains(other);
          assertThat(cleared.video()).isEmpty();
          assertThat(restored).isEqualTo(p);
          assertThat(restored.hashCode()).isEqualTo(p.hashCode());
          assertThat(p.toBuilder().video(other).video(original).build()).as("the last video set wins").isEqualTo(p);
        });
  }
}
