package io.github.kipp.format.internal;

import io.github.kipp.core.Identifier;
import io.github.kipp.core.InvalidInputException;
import io.github.kipp.core.institution.Institution;
import io.github.kipp.core.institution.Unit;
import io.github.kipp.core.innovation.Proposal;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * References inside documents, the same for both Jackson lines: a competition document lists its
 * institutions and units once, and its proposals and evaluators name them by id; a results document
 * names proposals by id. The attributes below, set on a read or write of either line, say which
 * form to write and what ids resolve to.
 */
public final class Refs {

  /** Attribute: {@link Boolean#TRUE} to write institutions and units by id. */
  public static final String BY_ID = "io.github.kipp.jackson.referencesById";

  /** Attribute: the institutions that ids resolve to, a {@code Map<InstitutionId, Institution>}. */
  public static final String INSTITUTIONS = "io.github.kipp.jackson.institutions";

  /** Attribute: the units that ids resolve to, a {@code Map<UnitId, Unit>}. */
  public static final String UNITS = "io.github.kipp.jackson.units";

  /** Attribute: the proposals that ids resolve to, a {@code Map<ProposalId, Proposal>}. */
  public static final String PROPOSALS = "io.github.kipp.jackson.proposals";

  private Refs() {}

  /**
   * One kind of reference: what an id names, where the ids resolve and how the kind is called in
   * messages.
   *
   * @param attribute the attribute holding the values ids resolve to
   * @param type the referenced type
   * @param expected what the field holds, for a value of the wrong type
   * @param english the kind in English
   * @param indonesian the kind in Bahasa Indonesia
   * @param list the document's list of such values, or null if the document lists none
   * @param <V> the referenced type
   */
  public record Kind<V>(String attribute, Class<V> type, Expected expected, String english, String indonesian, @Nullable String list) {

    /** Institutions, listed by a competition document. */
    public static final Kind<Institution> INSTITUTION =
        new Kind<>(INSTITUTIONS, Institution.class, Expected.INSTITUTION, "institution", "instansi", "institutions");

    /** Units, listed by a competition document. */
    public static final Kind<Unit> UNIT = new Kind<>(UNITS, Unit.class, Expected.UNIT, "unit", "unit", "units");

    /** Proposals, known to a results document from its competition. */
    public static final Kind<Proposal> PROPOSAL = new Kind<>(PROPOSALS, Proposal.class, Expected.PROPOSAL, "proposal", "proposal", null);
  }

  /**
   * Parses a referenced id.
   *
   * @param text the id as written
   * @param id the id's factory
   * @param <K> the id type
   * @return the id
   * @throws InvalidInputException if the text is not such an id
   */
  public static <K extends Identifier<K>> K id(String text, Function<String, K> id) {
    return Wire.nested("", () -> id.apply(text));
  }

  /**
   * Returns the failure of an id that names nothing known, listing the known ids.
   *
   * @param key the id
   * @param known the values ids resolve to, possibly null
   * @param kind the kind of reference
   * @param <K> the id type
   * @return the failure, to throw
   */
  public static <K extends Comparable<K>> InvalidInputException unknown(K key, @Nullable Map<K, ?> known, Kind<?> kind) {
    String allowed = known == null ? "-" : known.keySet().stream().sorted().map(Object::toString).collect(Collectors.joining(", "));
    return Wire.fail(FormatMessages.violation("kipp.json.reference", "", key, "kindEn", kind.english(), "kindId", kind.indonesian(), "allowed", allowed.isEmpty() ? "-" : allowed));
  }

  /**
   * Returns the failure of a reference that is neither an id nor an object.
   *
   * @param token the value's kind as the parser names it
   * @param kind the kind of reference
   * @return the failure, to throw
   */
  public static InvalidInputException wrongType(String token, Kind<?> kind) {
    return Wire.fail(FormatMessages.violation("kipp.json.wrongType", "", token, "expectedEn", kind.expected().english(), "expectedId", kind.expected().indonesian()));
  }
}
