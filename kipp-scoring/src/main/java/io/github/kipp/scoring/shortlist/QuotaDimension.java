package io.github.kipp.scoring.shortlist;

import static java.util.Objects.requireNonNull;

import io.github.kipp.core.Identifier;
import io.github.kipp.core.LocalizedText;
import io.github.kipp.core.innovation.Proposal;
import io.github.kipp.core.institution.InstitutionType;
import io.github.kipp.core.institution.RegionCode;
import io.github.kipp.core.institution.ThreeTRegions;
import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A property of a proposal that a shortlist {@link Quota} counts: its category, group, institution
 * type, province, whether it comes from a 3T region, or its institution.
 *
 * <p>KepmenPANRB 44/2020 (as reported) has the Top 99 chosen "proportionally" by category
 * (<i>kategori</i>), group (<i>kelompok</i>), participant type and regional spread including the 3T
 * regions; no target is published, so each quota is configuration. Every dimension reads one value,
 * a text key, from a proposal: {@link #valueOf(Proposal, ThreeTRegions)}.
 */
public enum QuotaDimension {
  /** The proposal's category id, such as {@code tata-kelola}. */
  CATEGORY(LocalizedText.of("kategori", "category")),
  /** The proposal's group id, such as {@code umum}. */
  GROUP(LocalizedText.of("kelompok", "group")),
  /** The name of the institution's {@link InstitutionType}, such as {@code KABUPATEN}. */
  INSTITUTION_TYPE(LocalizedText.of("jenis instansi", "institution type")),
  /**
   * The code of the province the institution's region lies in, such as {@code 73}; {@value
   * #NO_REGION} for an institution without a region, such as a ministry.
   */
  PROVINCE(LocalizedText.of("provinsi", "province")),
  /**
   * {@code true} if the institution's region is in the 3T set (<i>terdepan, terluar,
   * tertinggal</i>) of the {@link ShortlistSpec}, {@code false} otherwise (also for an institution
   * without a region).
   */
  THREE_T(LocalizedText.of("daerah 3T", "3T region")),
  /** The institution's id, such as {@code pemkab-luwu-utara}: for caps per institution. */
  INSTITUTION(LocalizedText.of("instansi", "institution"));

  /** The {@link #PROVINCE} value of a proposal whose institution has no region. */
  public static final String NO_REGION = "-";

  private static final Pattern PROVINCE_CODE = Pattern.compile("[0-9]{2}|-");

  private final LocalizedText label;

  QuotaDimension(LocalizedText label) {
    this.label = label;
  }

  /**
   * Returns the dimension's name in both languages, such as {@code kategori} / {@code category}.
   *
   * @return the label, not null
   */
  public LocalizedText label() {
    return label;
  }

  /**
   * Reads this dimension's value from a proposal.
   *
   * @param proposal the proposal, not null
   * @param threeT the 3T regions, read only by {@link #THREE_T}; not null
   * @return the value, not blank
   */
  public String valueOf(Proposal proposal, ThreeTRegions threeT) {
    requireNonNull(proposal, "proposal");
    requireNonNull(threeT, "threeT");
    Optional<RegionCode> region = proposal.innovation().institution().region();
    switch (this) {
      case CATEGORY:
        return proposal.category().value();
      case GROUP:
        return proposal.group().value();
      case INSTITUTION_TYPE:
        return proposal.innovation().institution().type().name();
      case PROVINCE:
        return region.map(r -> r.province().value()).orElse(NO_REGION);
      case THREE_T:
        return Boolean.toString(region.isPresent() && threeT.contains(region.get()));
      case INSTITUTION:
        return proposal.innovation().institution().id().value();
    }
    throw new AssertionError(this);
  }

  /**
   * Returns whether a text can be a value of this dimension: an identifier for {@link #CATEGORY},
   * {@link #GROUP} and {@link #INSTITUTION}; an {@link InstitutionType} name; a two-digit province
   * code or {@value #NO_REGION}; {@code true} or {@code false} for {@link #THREE_T}.
   *
   * @param value the text, not null
   * @return true if the text is such a value
   */
  public boolean accepts(String value) {
    requireNonNull(value, "value");
    switch (this) {
      case INSTITUTION_TYPE:
        return Arrays.stream(InstitutionType.values()).anyMatch(t -> t.name().equals(value));
      case PROVINCE:
        return PROVINCE_CODE.matcher(value).matches();
      case THREE_T:
        return "true".equals(value) || "false".equals(value);
      default:
        return Identifier.PATTERN.matcher(value).matches();
    }
  }

  /**
   * Describes the values this dimension accepts, for error messages.
   *
   * @param indonesian true for Bahasa Indonesia, false for English
   * @return the description, not null
   */
  String allowedValuesIn(boolean indonesian) {
    switch (this) {
      case INSTITUTION_TYPE:
        return Arrays.stream(InstitutionType.values()).map(Enum::name).collect(Collectors.joining(", "));
      case PROVINCE:
        return indonesian
            ? "kode provinsi dua angka seperti 73, atau " + NO_REGION + " untuk instansi tanpa wilayah"
            : "a two-digit province code such as 73, or " + NO_REGION + " for institutions without a region";
      case THREE_T:
        return "true, false";
      default:
        return indonesian
            ? "id seperti kesehatan: huruf atau angka, lalu sampai 127 huruf, angka, '.', '_', ':' atau '-'"
            : "an id such as kesehatan: a letter or digit, then up to 127 letters, digits, '.', '_', ':' or '-'";
    }
  }
}
