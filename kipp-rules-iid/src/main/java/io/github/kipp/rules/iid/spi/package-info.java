/**
 * The part of a rule module that the regional innovation index reads ({@link
 * io.github.kipp.rules.iid.spi.IndicatorRules}), the types of its catalogue (indicators, bands) and
 * its parameter keys. For module authors: a module of another year or a regional variant implements
 * {@code IndicatorRules} beside {@link io.github.kipp.core.spi.RuleModule}. Stable API.
 */
@NullMarked
package io.github.kipp.rules.iid.spi;

import org.jspecify.annotations.NullMarked;
