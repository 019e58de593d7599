/**
 * kipp's test kit: builders, seeded factories and QuickTheories generators, AssertJ assertions, the
 * golden scenario runner, the rule-module contracts, and the fuzzing and concurrency harnesses.
 *
 * <p>Every package is exported except {@code io.github.kipp.testkit.internal}, which is not API.
 * Scenario files are read with the YAML module of the host's Jackson line, 2 or 3, whichever is
 * present (both are optional). QuickTheories ships no module name of its own, so it is required by the name the module system
 * derives from its jar, {@code quicktheories}.
 */
@SuppressWarnings({"requires-automatic", "requires-transitive-automatic"}) // QuickTheories' generators are part of the API
module io.github.kipp.testkit {
  requires transitive io.github.kipp.core;
  requires transitive io.github.kipp.scoring;
  requires static transitive io.github.kipp.rules.iid;
  requires transitive org.assertj.core;
  requires transitive org.junit.jupiter.api;
  requires transitive quicktheories;
  // Scenario files are read with the YAML module of whichever Jackson line the host has.
  requires static com.fasterxml.jackson.core;
  requires static com.fasterxml.jackson.databind;
  requires static com.fasterxml.jackson.dataformat.yaml;
  requires static org.yaml.snakeyaml;
  requires static tools.jackson.core;
  requires static tools.jackson.databind;
  requires static tools.jackson.dataformat.yaml;
  requires static org.snakeyaml.engine;
  requires static transitive com.google.errorprone.annotations;

  exports io.github.kipp.testkit;
  exports io.github.kipp.testkit.concurrency;
  exports io.github.kipp.testkit.error;
  exports io.github.kipp.testkit.fuzz;
  exports io.github.kipp.testkit.generators;
  exports io.github.kipp.testkit.iid;
  exports io.github.kipp.testkit.scenario;
}
