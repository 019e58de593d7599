package io.github.kipp.rules.sinovik;

import com.google.common.collect.ImmutableMap;
import io.github.kipp.core.Citation;
import io.github.kipp.core.InvalidInputException;
import io.github.kipp.core.eligibility.EligibilityRule;

/**
 * A kind of eligibility rule a host writes in Java and registers under an id in a {@link
 * RuleKindRegistry}, so that a module file can apply it by that id under {@code
 * eligibility.hostRules}:
 *
 * <pre>{@code
 * eligibility.hostRules:
 *   value:
 *     - {kind: example/title-words, settings: {max: 12}, citation: panduan}
 *   citation: panduan
 * }</pre>
 *
 * <p>The rule made is one more {@link EligibilityRule} of the module, applied after kipp's own.
 *
 * <p><b>Specification for implementors.</b> Implementations are deterministic and do no I/O. They
 * read the settings they need, refuse a missing or bad one with an {@link InvalidInputException}
 * whose violations name the setting (the reader reports each at the entry's line, under its path in
 * the file, in both languages), and return a rule that follows {@link EligibilityRule}'s contract,
 * citing the citation given.
 */
@FunctionalInterface
public interface EligibilityRuleKind {

  /**
   * Makes a rule of this kind.
   *
   * @param settings the entry's {@code settings}, each scalar as written in the file (a number's
   *     digits, {@code true} or {@code false}, text), in the order written; empty when the entry has
   *     none
   * @param citation the entry's citation, not null
   * @return the rule, not null
   * @throws InvalidInputException if a setting is missing or invalid
   */
  EligibilityRule create(ImmutableMap<String, String> settings, Citation citation);
}
