package io.github.kipp.core.spi;

/**
 * A typed part of a rule module: one family of rules the module answers for, such as the scoring
 * rules of a SINOVIK module ({@code io.github.kipp.scoring.spi.ScoringRules}).
 *
 * <p>kipp-core knows the parts only as this marker, so it never sees their types; a caller asks a
 * module for the part it needs by type, as a Jdbi caller asks for a configuration class:
 *
 * <pre>{@code
 * ScoringRules scoring = module.requirePart(ScoringRules.class);   // throws, naming module and part
 * Optional<ScoringRules> maybe = module.part(ScoringRules.class);  // empty when the module has none
 * }</pre>
 *
 * <p><b>Specification for implementors.</b> A part is an interface that extends {@code ModulePart}
 * and lives beside the engine that reads it, never in kipp-core. A module has a part either by
 * implementing its interface (the default {@link RuleModule#part(Class)} finds it) or by composition
 * (the module overrides {@link RuleModule#part(Class)} and {@link RuleModule#parts()}). A part follows
 * the rules of its module: immutable, thread-safe, no I/O, every parameter cited.
 */
public interface ModulePart {}
