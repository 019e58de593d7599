package io.github.kipp.jackson;

import static io.github.kipp.testkit.fuzz.KippFuzz.changed;
import static io.github.kipp.testkit.fuzz.KippFuzz.examples;
import static io.github.kipp.testkit.fuzz.KippFuzz.hostileText;
import static io.github.kipp.testkit.fuzz.KippFuzz.onlyKippErrors;
import static io.github.kipp.testkit.fuzz.KippFuzz.seed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.github.kipp.core.replication.ReplicationLink;
import io.github.kipp.core.replication.ReplicationNetwork;
import io.github.kipp.format.KippFormatException;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Fuzzes the replication-network reader with hostile text and with valid documents whose characters
 * were changed: only {@link KippFormatException} escapes, and a document that is read back is a
 * network whose queries agree with its links (a changed character never yields a network that
 * contradicts itself).
 */
class ReplicationNetworkFuzzTest {

  private static final KippJson JSON = KippJson.json();
  private static final KippJson YAML = KippJson.yaml();
  private static final ReplicationNetwork NETWORK = ReplicationNetworkJsonTest.network(
      java.util.List.of(5, 17, 140, 1_800, 3_500, 5_200, 7_000, 9_999, 12), java.util.List.of(3, 200, 900, 1_600));
  private static final String NETWORK_JSON = JSON.write(NETWORK);
  private static final String NETWORK_YAML = YAML.write(NETWORK);

  @Test
  void replication_networks_of_any_text_are_read_or_refused_with_a_format_error() {
    qt().withFixedSeed(seed()).withExamples(examples()).forAll(hostileText(300))
        .checkAssert(text -> {
          onlyKippErrors(text, () -> JSON.readReplicationNetwork(text));
          onlyKippErrors(text, () -> YAML.readReplicationNetwork(text));
        });
  }

  @Test
  void replication_networks_with_changed_characters_are_refused_or_read_as_networks_consistent_with_their_links() {
    qt().withFixedSeed(seed()).withExamples(examples()).forAll(changed(NETWORK_JSON, 4), changed(NETWORK_YAML, 4))
        .checkAssert((json, yaml) -> {
          onlyKippErrors(json, () -> consistent(JSON.readReplicationNetwork(json)));
          onlyKippErrors(yaml, () -> consistent(YAML.readReplicationNetwork(yaml)));
        });
  }

  private static void consistent(ReplicationNetwork n) {
    assertThat(JSON.readReplicationNetwork(JSON.write(n))).isEqualTo(n);
    for (ReplicationLink l : n.links()) {
      assertThat(l.replica()).isNotEqualTo(l.source());
      assertThat(n.replicasOf(l.source())).contains(l);
      assertThat(n.sourcesOf(l.replica())).contains(l.source());
    }
    assertThat(new TreeSet<>(n.sources())).isEqualTo(n.links().stream().map(ReplicationLink::source).collect(java.util.stream.Collectors.toCollection(TreeSet::new)));
  }
}
