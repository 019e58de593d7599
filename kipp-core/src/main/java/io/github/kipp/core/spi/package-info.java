/**
 * The service-provider interface for rule modules: {@link io.github.kipp.core.spi.RuleModule}, the
 * {@link io.github.kipp.core.spi.Jurisdiction} it governs, and its cited, typed {@link
 * io.github.kipp.core.spi.ParameterSet parameters}. For rule-module authors; callers use {@link
 * io.github.kipp.core.rule.RuleRegistry}. Stable API.
 */
@NullMarked
package io.github.kipp.core.spi;

import org.jspecify.annotations.NullMarked;
