/**
 * Rule modules for the national KIPP run through SINOVIK — {@link
 * io.github.kipp.rules.sinovik.SinovikRules#edition2021() 2021}, 2022, 2023 and 2025 — and the means
 * for a regional government to extend one with its own cited overrides ({@link
 * io.github.kipp.rules.sinovik.SinovikModule#extend(SinovikModule)}).
 *
 * <p>Every module is built from a {@link io.github.kipp.core.spi.ParameterSet} whose keys are in
 * {@link io.github.kipp.rules.sinovik.SinovikKeys}; every value is cited to its instrument and, where
 * known, article, with its confidence; values no source gives are UNKNOWN with a documented default.
 * Stable API.
 */
@NullMarked
package io.github.kipp.rules.sinovik;

import org.jspecify.annotations.NullMarked;
