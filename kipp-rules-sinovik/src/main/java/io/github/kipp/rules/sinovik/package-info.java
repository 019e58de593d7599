/**
 * Rule modules for the national KIPP run through SINOVIK — {@link
 * io.github.kipp.rules.sinovik.SinovikRules#edition2021() 2021}, 2022, 2023 and 2025 — and the means
 * for a regional government to extend one with its own cited overrides ({@link
 * io.github.kipp.rules.sinovik.SinovikModule#extend(SinovikModule)}).
 *
 * <p>Every module is built from a {@link io.github.kipp.core.spi.ParameterSet} whose keys are in
 * {@link io.github.kipp.rules.sinovik.SinovikKeys}; every value is cited to its instrument and, where
 * known, article, with its confidence; values no source gives are UNKNOWN with a documented default.
 *
 * <p>A module may also be written as data: {@link io.github.kipp.rules.sinovik.ModuleFiles} reads a
 * cited module file (YAML or JSON, docs/modules.md) into a {@link
 * io.github.kipp.rules.sinovik.SinovikModule}, refusing a faulty file with every problem at once
 * ({@link io.github.kipp.rules.sinovik.InvalidModuleFileException}), and {@link
 * io.github.kipp.rules.sinovik.ModuleReview} renders any module for a reviewer, in Markdown or HTML.
 * A host that writes its own kind of eligibility rule in Java ({@link
 * io.github.kipp.rules.sinovik.EligibilityRuleKind}) registers it in a {@link
 * io.github.kipp.rules.sinovik.RuleKindRegistry} so that a file can name it. The national modules
 * and the regional ones shipped here are built from such data. Stable API.
 */
@NullMarked
package io.github.kipp.rules.sinovik;

import org.jspecify.annotations.NullMarked;
