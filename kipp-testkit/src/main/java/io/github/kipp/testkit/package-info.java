/**
 * The kipp test kit for integrators and rule-module authors: fluent builders with sensible defaults
 * ({@link io.github.kipp.testkit.KippBuilders}), AssertJ assertions for results ({@link
 * io.github.kipp.testkit.KippAssertions}), the {@link io.github.kipp.testkit.ModuleContract} every
 * rule module of any family passes, the {@link io.github.kipp.testkit.RuleModuleContract} every
 * module with a competition of proposals should pass and the {@link
 * io.github.kipp.testkit.ScoringRulesContract} a module with scoring rules should pass. Add {@code io.github.kipp:kipp-testkit} in test scope. Stable API.
 */
@NullMarked
package io.github.kipp.testkit;

import org.jspecify.annotations.NullMarked;
