package io.github.kipp.core.innovation;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import io.github.kipp.core.InnovationId;
import io.github.kipp.core.Violation;
import io.github.kipp.core.internal.BeanValidation;
import io.github.kipp.core.internal.CoreMessages;
import io.github.kipp.core.validation.PlainText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a <i>replikasi</i> proposal replicates: the earlier innovations it adopts, fully or in part,
 * and how it adapted them.
 *
 * <p>Whether the sources qualify (for 2021, a Top 99 of an earlier edition) is an eligibility rule
 * of the edition, checked against the host's history of results.
 */
public final class Replication {

  /** The most source innovations accepted. */
  public static final int MAX_SOURCES = 20;

  /** The longest adaptation text accepted, in characters. */
  public static final int MAX_ADAPTATION = 10_000;

  private final ImmutableList<InnovationId> sources;

  @NotBlank(message = "{kipp.text.blank}")
  @Size(max = MAX_ADAPTATION, message = "{kipp.text.tooLong}")
  @PlainText(multiline = true)
  private final String adaptation;

  private Replication(ImmutableList<InnovationId> sources, String adaptation) {
    this.sources = sources;
    this.adaptation = requireNonNull(adaptation, "adaptation");
    List<Violation> others = new ArrayList<>(1);
    if (sources.isEmpty() || sources.size() > MAX_SOURCES) {
      others.add(
          CoreMessages.violation(
              "kipp.replication.sources", "sources", sources.size(), "max", MAX_SOURCES));
    }
    if (sources.stream().distinct().count() != sources.size()) {
      others.add(CoreMessages.violation("kipp.list.duplicate", "sources", sources));
    }
    BeanValidation.check("replication", this, others);
  }

  /**
   * Returns a replication.
   *
   * @param sources the replicated innovations, 1 to {@value #MAX_SOURCES}, without repeats
   * @param adaptation how they were adapted, not blank
   * @return the replication, not null
   * @throws io.github.kipp.core.InvalidInputException if a part is invalid
   */
  public static Replication of(Iterable<InnovationId> sources, String adaptation) {
    return new Replication(ImmutableList.copyOf(requireNonNull(sources, "sources")), adaptation);
  }

  /**
   * Returns the replicated innovations.
   *
   * @return the sources, never empty
   */
  public ImmutableList<InnovationId> sources() {
    return sources;
  }

  /**
   * Returns how the sources were adapted.
   *
   * @return the adaptation, not null
   */
  public String adaptation() {
    return adaptation;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Replication
        && sources.equals(((Replication) o).sources)
        && adaptation.equals(((Replication) o).adaptation);
  }

  @Override
  public int hashCode() {
    return sources.hashCode() * 31 + adaptation.hashCode();
  }

  /** Returns {@code replicates [sources]}. */
  @Override
  public String toString() {
    return "replicates " + sources;
  }
}
