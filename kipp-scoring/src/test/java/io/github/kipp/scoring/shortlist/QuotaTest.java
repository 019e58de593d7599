package io.github.kipp.scoring.shortlist;

import static io.github.kipp.scoring.shortlist.ShortlistFixtures.CAP;
import static io.github.kipp.scoring.shortlist.ShortlistFixtures.KEMENKES;
import static io.github.kipp.scoring.shortlist.ShortlistFixtures.LUWU_UTARA;
import static io.github.kipp.scoring.shortlist.ShortlistFixtures.QUOTA;
import static io.github.kipp.scoring.shortlist.ShortlistFixtures.SIGI;
import static io.github.kipp.scoring.shortlist.ShortlistFixtures.SULSEL;
import static io.github.kipp.scoring.shortlist.ShortlistFixtures.THREE_T;
import static io.github.kipp.scoring.shortlist.ShortlistFixtures.TOP_99;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import com.google.common.testing.EqualsTester;
import io.github.kipp.core.InvalidInputException;
import io.github.kipp.core.LocalizedText;
import io.github.kipp.core.Violation;
import io.github.kipp.core.innovation.Proposal;
import io.github.kipp.scoring.internal.ScoringMessages;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class QuotaTest {

  @Test
  void each_dimension_reads_its_value_from_a_proposal() {
    Proposal sigi = ShortlistFixtures.proposal("p-1", "kesehatan", "replikasi", SIGI);
    assertThat(QuotaDimension.CATEGORY.valueOf(sigi, THREE_T)).isEqualTo("kesehatan");
    assertThat(QuotaDimension.GROUP.valueOf(sigi, THREE_T)).isEqualTo("replikasi");
    assertThat(QuotaDimension.INSTITUTION_TYPE.valueOf(sigi, THREE_T)).isEqualTo("KABUPATEN");
    assertThat(QuotaDimension.PROVINCE.valueOf(sigi, THREE_T)).isEqualTo("72");
    assertThat(QuotaDimension.THREE_T.valueOf(sigi, THREE_T)).isEqualTo("true");
    assertThat(QuotaDimension.INSTITUTION.valueOf(sigi, THREE_T)).isEqualTo("pemkab-sigi");

    Proposal luwuUtara = ShortlistFixtures.proposal("p-2", "kesehatan", LUWU_UTARA);
    assertThat(QuotaDimension.THREE_T.valueOf(luwuUtara, THREE_T)).isEqualTo("false");
    assertThat(QuotaDimension.PROVINCE.valueOf(luwuUtara, THREE_T)).isEqualTo("73");
    assertThat(QuotaDimension.PROVINCE.valueOf(ShortlistFixtures.proposal("p-3", "kesehatan", SULSEL), THREE_T)).isEqualTo("73");

    Proposal ministry = ShortlistFixtures.proposal("p-4", "kesehatan", KEMENKES);
    assertThat(QuotaDimension.PROVINCE.valueOf(ministry, THREE_T)).isEqualTo("-");
    assertThat(QuotaDimension.THREE_T.valueOf(ministry, THREE_T)).isEqualTo("false");
    assertThat(QuotaDimension.INSTITUTION_TYPE.valueOf(ministry, THREE_T)).isEqualTo("KEMENTERIAN");
    assertThat(QuotaDimension.CATEGORY.label()).isEqualTo(LocalizedText.of("kategori", "category"));
  }

  @Test
  void quotas_carry_their_bounds_and_a_default_label() {
    Quota a = Quota.atLeast(QuotaDimension.CATEGORY, "tata-kelola", 5, QUOTA);
    assertThat(a.min()).isEqualTo(5);
    assertThat(a.max()).isEmpty();
    assertThat(a.value()).contains("tata-kelola");
    assertThat(a.label()).isEqualTo(LocalizedText.of("kategori tata-kelola", "category tata-kelola"));
    assertThat(a.toString()).isEqualTo("CATEGORY tata-kelola [5..]");

    Quota cap = Quota.eachAtMost(QuotaDimension.INSTITUTION, 3, CAP);
    assertThat(cap.isEachValue()).isTrue();
    assertThat(cap.value()).isEmpty();
    assertThat(cap.min()).isZero();
    assertThat(cap.max()).hasValue(3);
    assertThat(cap.label()).isEqualTo(LocalizedText.of("setiap instansi", "each institution"));
    assertThat(cap.counts("anything")).isTrue();

    assertThat(Quota.atLeast(QuotaDimension.THREE_T, "true", 1, QUOTA).label().english()).isEqualTo("3T regions");
    assertThat(Quota.atMost(QuotaDimension.THREE_T, "false", 9, QUOTA).label()).isEqualTo(LocalizedText.of("daerah non-3T", "non-3T regions"));
    Quota both = Quota.between(QuotaDimension.PROVINCE, "73", 0, 0, QUOTA);
    assertThat(both.max()).hasValue(0);
    assertThat(both.counts("73")).isTrue();
    assertThat(both.counts("72")).isFalse();
    assertThat(both.withLabel(LocalizedText.of("Sulsel", "South Sulawesi")).label().english()).isEqualTo("South Sulawesi");
  }

  @Test
  void quotas_are_values() {
    new EqualsTester()
        .addEqualityGroup(Quota.atLeast(QuotaDimension.GROUP, "umum", 2, QUOTA), Quota.atLeast(QuotaDimension.GROUP, "umum", 2, QUOTA).withLabel(LocalizedText.of("kelompok umum", "group umum")))
        .addEqualityGroup(Quota.between(QuotaDimension.GROUP, "umum", 2, 4, QUOTA))
        .addEqualityGroup(Quota.atLeast(QuotaDimension.GROUP, "umum", 2, QUOTA).withLabel(LocalizedText.of("Umum", "General")))
        .addEqualityGroup(Quota.atLeast(QuotaDimension.GROUP, "umum", 3, QUOTA))
        .addEqualityGroup(Quota.atMost(QuotaDimension.GROUP, "umum", 2, QUOTA))
        .addEqualityGroup(Quota.eachAtMost(QuotaDimension.GROUP, 2, QUOTA))
        .addEqualityGroup(Quota.atLeast(QuotaDimension.GROUP, "umum", 2, CAP))
        .testEquals();
  }

  @Test
  void a_minimum_above_its_maximum_is_refused_naming_both() {
    assertThatThrownBy(() -> Quota.between(QuotaDimension.CATEGORY, "tata-kelola", 5, 3, QUOTA))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> {
          assertThat(e.violations()).extracting(Violation::code, Violation::path, Violation::invalidValue)
              .containsExactly(tuple("kipp.quota.minAboveMax", "min", "5"));
          assertThat(e.violations().get(0).message().english())
              .isEqualTo("The minimum 5 is above the maximum 3; the minimum may be at most the maximum.");
          assertThat(e.subject()).isEqualTo("quota on CATEGORY tata-kelola");
        });
  }

  @Test
  void negative_bounds_are_refused() {
    assertThatThrownBy(() -> Quota.atLeast(QuotaDimension.CATEGORY, "tata-kelola", -1, QUOTA))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
            .extracting(Violation::path, v -> v.message().english())
            .containsExactly(tuple("min", "The minimum -1 is negative; a minimum is zero or more.")));
    assertThatThrownBy(() -> Quota.eachAtMost(QuotaDimension.INSTITUTION, -2, CAP))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
            .extracting(Violation::path, v -> v.message().english())
            .containsExactly(tuple("max", "The maximum -2 is negative; a maximum is zero or more.")));
  }

  @Test
  void a_value_the_dimension_cannot_have_is_refused_listing_what_is_allowed() {
    assertThatThrownBy(() -> Quota.atLeast(QuotaDimension.THREE_T, "yes", 1, QUOTA))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> {
          assertThat(e.violations()).extracting(Violation::path).containsExactly("value");
          assertThat(e.violations().get(0).message().english()).isEqualTo("'yes' is not a value of the 3T region dimension (THREE_T); allowed: true, false.");
          assertThat(e.violations().get(0).message().indonesian()).isEqualTo("'yes' bukan nilai dimensi daerah 3T (THREE_T); yang diperbolehkan: true, false.");
        });
    assertThatThrownBy(() -> Quota.atMost(QuotaDimension.INSTITUTION_TYPE, "PEMDA", 1, QUOTA))
        .hasMessageContaining("'PEMDA' is not a value of the institution type dimension (INSTITUTION_TYPE); allowed: KEMENTERIAN, LEMBAGA, PROVINSI, KABUPATEN, KOTA, BUMN, BUMD.");
    assertThatThrownBy(() -> Quota.atMost(QuotaDimension.PROVINCE, "73.22", 1, QUOTA))
        .hasMessageContaining("'73.22' is not a value of the province dimension (PROVINCE); allowed: a two-digit province code such as 73, or - for institutions without a region.");
    assertThatThrownBy(() -> Quota.atMost(QuotaDimension.CATEGORY, " ", 1, QUOTA))
        .hasMessageContaining("' ' is not a value of the category dimension (CATEGORY); allowed: an id such as kesehatan");
    assertThat(Quota.atMost(QuotaDimension.PROVINCE, "-", 1, QUOTA).value()).contains("-");
  }

  @Test
  void a_spec_needs_a_size_of_one_or_more_and_distinct_quotas() {
    Quota q = Quota.atLeast(QuotaDimension.GROUP, "umum", 1, QUOTA);
    assertThatThrownBy(() -> ShortlistSpec.newBuilder().size(0, TOP_99).quota(q).quota(q).build())
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
            .extracting(Violation::code, Violation::path)
            .containsExactly(tuple("kipp.shortlist.size", "size"), tuple("kipp.shortlist.quotaRepeated", "quotas[1]")));
    assertThatThrownBy(() -> ShortlistSpec.newBuilder().size(-3, TOP_99).build())
        .hasMessageContaining("The shortlist size -3 is below 1");
  }

  @Test
  void a_spec_builder_refuses_misuse() {
    assertThatThrownBy(() -> ShortlistSpec.newBuilder().size(99, TOP_99).size(98, TOP_99))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("size was already set to 99");
    assertThatThrownBy(() -> ShortlistSpec.newBuilder().build())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("size was not set");
    assertThatThrownBy(() -> ShortlistSpec.newBuilder().size(99, TOP_99).quota(Quota.atLeast(QuotaDimension.THREE_T, "true", 1, QUOTA)).build())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("THREE_T quota needs threeTRegions");
    assertThatThrownBy(() -> ShortlistSpec.newBuilder().threeTRegions(THREE_T).threeTRegions(THREE_T))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void a_spec_keeps_its_parts_in_order() {
    Quota a = Quota.atLeast(QuotaDimension.GROUP, "umum", 1, QUOTA);
    Quota b = Quota.eachAtMost(QuotaDimension.INSTITUTION, 3, CAP);
    ShortlistSpec spec = ShortlistSpec.newBuilder().size(99, TOP_99).quotas(List.of(b, a)).build();
    assertThat(spec.size()).isEqualTo(99);
    assertThat(spec.sizeCitation()).isEqualTo(TOP_99);
    assertThat(spec.quotas()).containsExactly(b, a);
    assertThat(spec.threeTRegions()).isEmpty();
    new EqualsTester()
        .addEqualityGroup(spec, ShortlistSpec.newBuilder().size(99, TOP_99).quota(b).quota(a).build())
        .addEqualityGroup(ShortlistSpec.newBuilder().size(99, TOP_99).quota(a).quota(b).build())
        .addEqualityGroup(ShortlistSpec.newBuilder().size(99, TOP_99).quotas(List.of(b, a)).threeTRegions(THREE_T).build())
        .testEquals();
  }

  @Test
  void every_shortlist_message_exists_in_both_languages_with_the_same_placeholders() {
    Pattern placeholder = Pattern.compile("\\{([A-Za-z]+?)(En|Id)?}");
    List<String> keys = ScoringMessages.CATALOG.keys().stream()
        .filter(k -> k.startsWith("kipp.quota.") || k.startsWith("kipp.shortlist.") || k.startsWith("kipp.explain.shortlist"))
        .collect(java.util.stream.Collectors.toList());
    assertThat(keys).hasSizeGreaterThan(20);
    for (String key : keys) {
      assertThat(ScoringMessages.CATALOG.contains(key)).as(key).isTrue();
      LocalizedText raw = ScoringMessages.render(key);
      assertThat(names(placeholder, raw.indonesian())).as(key).isEqualTo(names(placeholder, raw.english()));
    }
  }

  private static Set<String> names(Pattern placeholder, String template) {
    Set<String> out = new TreeSet<>();
    Matcher m = placeholder.matcher(template);
    while (m.find()) {
      out.add(m.group(1));
    }
    return out;
  }

  @Test
  void a_minimum_above_a_maximum_of_zero_is_refused_and_a_count_holds_only_within_its_bounds() {
    assertThat(catchThrowableOfType(InvalidInputException.class, () -> Quota.between(QuotaDimension.PROVINCE, "73", 1, 0, QUOTA)).violations())
        .extracting(v -> v.code()).containsExactly("kipp.quota.minAboveMax");
    Quota twoToThree = Quota.between(QuotaDimension.CATEGORY, "tata-kelola", 2, 3, QUOTA);

    assertThat(new QuotaCount(twoToThree, 1).holds()).isFalse();
    assertThat(new QuotaCount(twoToThree, 2).holds()).isTrue();
    assertThat(new QuotaCount(twoToThree, 3).holds()).isTrue();
    assertThat(new QuotaCount(twoToThree, 4).holds()).isFalse();
  }

  @Test
  void a_value_outside_a_dimension_is_refused_naming_the_values_allowed() {
    assertThat(catchThrowableOfType(InvalidInputException.class, () -> Quota.atLeast(QuotaDimension.PROVINCE, "Sulsel", 1, QUOTA)).violations())
        .singleElement().satisfies(v -> assertThat(v.message().english()).isEqualTo("'Sulsel' is not a value of the province dimension (PROVINCE); allowed: a two-digit province code such as 73, or - for institutions without a region."));
    assertThat(catchThrowableOfType(InvalidInputException.class, () -> Quota.atLeast(QuotaDimension.THREE_T, "ya", 1, QUOTA)).violations())
        .singleElement().satisfies(v -> assertThat(v.message().english()).endsWith("allowed: true, false."));
  }
}
