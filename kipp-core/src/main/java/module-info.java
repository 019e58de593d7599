/**
 * kipp's domain model: institutions, regions, innovations, proposals, editions, the stage pipeline,
 * eligibility, citations and decisions, the decision log, and the rule-module SPI and registry.
 *
 * <p>Every package is exported except {@code io.github.kipp.core.internal} and its subpackages,
 * which are not API. Jakarta Validation's provider (Hibernate Validator) reads the constrained values
 * reflectively, so the packages that hold them, and the package of kipp's constraint validators, are
 * opened to it alone. Rule modules are found with {@link java.util.ServiceLoader} under {@link
 * io.github.kipp.core.spi.RuleModule}, only when a host calls {@code RuleRegistry.loadInstalled}.
 */
module io.github.kipp.core {
  requires transitive com.google.common;
  requires transitive jakarta.validation;
  requires transitive org.jspecify;
  requires static transitive com.google.errorprone.annotations;
  requires java.logging;

  exports io.github.kipp.core;
  exports io.github.kipp.core.appeal;
  exports io.github.kipp.core.audit;
  exports io.github.kipp.core.blind;
  exports io.github.kipp.core.edition;
  exports io.github.kipp.core.eligibility;
  exports io.github.kipp.core.innovation;
  exports io.github.kipp.core.institution;
  exports io.github.kipp.core.meta;
  exports io.github.kipp.core.replication;
  exports io.github.kipp.core.rule;
  exports io.github.kipp.core.spi;
  exports io.github.kipp.core.stage;
  exports io.github.kipp.core.validation;

  opens io.github.kipp.core.innovation to org.hibernate.validator;
  opens io.github.kipp.core.institution to org.hibernate.validator;
  opens io.github.kipp.core.internal.constraints to org.hibernate.validator;

  uses io.github.kipp.core.spi.RuleModule;
}
