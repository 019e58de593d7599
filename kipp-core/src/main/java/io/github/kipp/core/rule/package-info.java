/**
 * Finding the rules in force: the explicit {@link io.github.kipp.core.rule.RuleRegistry} of rule
 * modules, looked up by id, by edition year or by date and jurisdiction; opt-in discovery with
 * {@link java.util.ServiceLoader}; validation of a module when it is registered; and {@link
 * io.github.kipp.core.rule.RuleModuleDiff} of two modules' parameters. For callers. Stable API.
 */
@NullMarked
package io.github.kipp.core.rule;

import org.jspecify.annotations.NullMarked;
