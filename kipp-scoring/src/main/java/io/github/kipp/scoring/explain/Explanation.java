package io.github.kipp.scoring.explain;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import io.github.kipp.core.Citation;
import io.github.kipp.core.Confidence;
import io.github.kipp.core.InvalidInputException;
import io.github.kipp.core.LocalizedText;
import io.github.kipp.core.Violation;
import io.github.kipp.core.validation.TextPolicy;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * One node of a derivation tree: a step (raw score, weighted total, normalisation, aggregate, stage
 * combination, rank, cut-off, quota, tie-break), what it says, its value, the citations it rests on,
 * and the steps it was derived from.
 *
 * <p>A proposal's explanation is a tree whose root is its final outcome and whose leaves are the
 * evaluators' raw scores. {@link #render(Locale)} prints it as indented plain text.
 *
 * @param step the kind of step, such as {@code aggregate} or {@code quota}; not blank
 * @param label what the step says, in both languages
 * @param value the step's value as text, such as {@code 78.25} or {@code included}; possibly empty
 * @param citations the citations the step rests on, possibly empty
 * @param children the steps it was derived from, in order
 */
public record Explanation(
    String step, LocalizedText label, String value, ImmutableList<Citation> citations, ImmutableList<Explanation> children) {

  /**
   * Creates a node.
   *
   * @param step the kind of step, not blank
   * @param label what the step says, not null
   * @param value the step's value, not null
   * @param citations the citations, not null
   * @param children the sub-steps, not null
   * @throws IllegalArgumentException if the step is blank
   * @throws InvalidInputException if the step or value is not a single line of plain text ({@link
   *     TextPolicy.Kind#SINGLE_LINE}): each node is one line of {@link #render(Locale)}
   */
  public Explanation {
    requireNonNull(step, "step");
    requireNonNull(label, "label");
    requireNonNull(value, "value");
    citations = ImmutableList.copyOf(requireNonNull(citations, "citations"));
    children = ImmutableList.copyOf(requireNonNull(children, "children"));
    if (step.isBlank()) {
      throw new IllegalArgumentException("an explanation step needs a name");
    }
    if (!TextPolicy.allows(step, TextPolicy.Kind.SINGLE_LINE) || !TextPolicy.allows(value, TextPolicy.Kind.SINGLE_LINE)) {
      List<Violation> violations = new ArrayList<>(2);
      TextPolicy.check("step", step, TextPolicy.Kind.SINGLE_LINE).ifPresent(violations::add);
      TextPolicy.check("value", value, TextPolicy.Kind.SINGLE_LINE).ifPresent(violations::add);
      throw InvalidInputException.of("explanation", violations);
    }
  }

  /**
   * Returns a leaf.
   *
   * @param step the kind of step, not blank
   * @param label what it says, not null
   * @param value its value, not null
   * @param citations its citations
   * @return the node, not null
   */
  public static Explanation leaf(String step, LocalizedText label, String value, Citation... citations) {
    return new Explanation(step, label, value, ImmutableList.copyOf(citations), ImmutableList.of());
  }

  /**
   * Returns a copy with more children appended.
   *
   * @param more the children to add, not null
   * @return the new node, not null
   */
  public Explanation with(Iterable<Explanation> more) {
    return new Explanation(step, label, value, citations, ImmutableList.<Explanation>builder().addAll(children).addAll(more).build());
  }

  /**
   * Returns a copy with one more child appended.
   *
   * @param child the child, not null
   * @return the new node, not null
   */
  public Explanation with(Explanation child) {
    return with(ImmutableList.of(child));
  }

  /**
   * Returns the first node of a step, searching this node and then its children depth-first.
   *
   * @param wanted the step, not null
   * @return the node, or empty if none
   */
  public Optional<Explanation> find(String wanted) {
    requireNonNull(wanted, "wanted");
    if (step.equals(wanted)) {
      return Optional.of(this);
    }
    for (Explanation c : children) {
      Optional<Explanation> found = c.find(wanted);
      if (found.isPresent()) {
        return found;
      }
    }
    return Optional.empty();
  }

  /**
   * Returns every citation in the tree, depth-first, without repeats.
   *
   * @return the citations, not null
   */
  public ImmutableList<Citation> allCitations() {
    ImmutableList.Builder<Citation> all = ImmutableList.builder();
    collect(this, all);
    return all.build().stream().distinct().collect(ImmutableList.toImmutableList());
  }

  private static void collect(Explanation node, ImmutableList.Builder<Citation> all) {
    all.addAll(node.citations);
    node.children.forEach(c -> collect(c, all));
  }

  /**
   * Returns the weakest confidence of any citation in the tree.
   *
   * @return the weakest confidence, or empty if the tree cites nothing
   */
  public Optional<Confidence> weakestConfidence() {
    return allCitations().stream().map(Citation::confidence).reduce(Confidence::weakest);
  }

  /**
   * Renders the tree as indented plain text, one node a line, citations in brackets.
   *
   * @param locale the reader's language: Indonesian for {@code id}, English otherwise; not null
   * @return the text, ending with a line break
   */
  public String render(Locale locale) {
    requireNonNull(locale, "locale");
    StringBuilder out = new StringBuilder();
    render(this, locale, 0, out);
    return out.toString();
  }

  private static void render(Explanation node, Locale locale, int depth, StringBuilder out) {
    out.append("  ".repeat(depth)).append(depth == 0 ? "" : "- ").append(node.label.in(locale));
    if (!node.value.isEmpty()) {
      out.append(": ").append(node.value);
    }
    if (!node.citations.isEmpty()) {
      out.append("  [");
      for (int i = 0; i < node.citations.size(); i++) {
        out.append(i == 0 ? "" : "; ").append(node.citations.get(i));
      }
      out.append(']');
    }
    out.append('\n');
    node.children.forEach(c -> render(c, locale, depth + 1, out));
  }

  /**
   * Renders the tree as {@link #render(Locale)} does, but with each citation printed once: a node
   * shows the numbers of its citations, such as {@code [1, 3]}, and the citations follow the tree as
   * numbered notes, in order of first use.
   *
   * @param locale the reader's language: Indonesian for {@code id}, English otherwise; not null
   * @return the text, ending with a line break
   */
  public String renderCompact(Locale locale) {
    requireNonNull(locale, "locale");
    java.util.Map<Citation, Integer> numbers = new java.util.LinkedHashMap<>();
    StringBuilder out = new StringBuilder();
    renderCompact(this, locale, 0, out, numbers);
    if (!numbers.isEmpty()) {
      out.append('\n');
      numbers.forEach((c, n) -> out.append('[').append(n).append("] ").append(c).append('\n'));
    }
    return out.toString();
  }

  private static void renderCompact(Explanation node, Locale locale, int depth, StringBuilder out, java.util.Map<Citation, Integer> numbers) {
    out.append("  ".repeat(depth)).append(depth == 0 ? "" : "- ").append(node.label.in(locale));
    if (!node.value.isEmpty()) {
      out.append(": ").append(node.value);
    }
    if (!node.citations.isEmpty()) {
      out.append("  [");
      for (int i = 0; i < node.citations.size(); i++) {
        Integer n = numbers.computeIfAbsent(node.citations.get(i), c -> numbers.size() + 1);
        out.append(i == 0 ? "" : ", ").append(n);
      }
      out.append(']');
    }
    out.append('\n');
    node.children.forEach(c -> renderCompact(c, locale, depth + 1, out, numbers));
  }

  /** Returns the tree rendered in English. */
  @Override
  public String toString() {
    return render(Locale.ENGLISH);
  }
}
