/**
 * Golden scenarios: YAML cases that give a rule module inputs, state the expected outcome and cite
 * the rule that justifies it, in the spirit of OpenFisca's tests. {@link
 * io.github.kipp.testkit.scenario.ScenarioRunner} runs them for national and regional modules alike;
 * {@code docs/scenarios.md} describes the format. Stable API.
 */
@NullMarked
package io.github.kipp.testkit.scenario;

import org.jspecify.annotations.NullMarked;
