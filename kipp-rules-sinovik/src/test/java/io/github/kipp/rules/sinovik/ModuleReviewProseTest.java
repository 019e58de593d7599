package io.github.kipp.rules.sinovik;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedSet;
import io.github.kipp.core.Citation;
import io.github.kipp.core.GroupId;
import io.github.kipp.core.LocalizedText;
import io.github.kipp.core.TierId;
import io.github.kipp.core.institution.ThreeTRegions;
import io.github.kipp.core.rule.RuleRegistry;
import io.github.kipp.core.spi.RuleModule;
import io.github.kipp.rules.sinovik.regional.LuwuUtara;
import io.github.kipp.rules.sinovik.regional.SulawesiSelatan;
import io.github.kipp.scoring.aggregate.Aggregations;
import io.github.kipp.scoring.aggregate.ZScoreOptions;
import io.github.kipp.scoring.shortlist.Quota;
import io.github.kipp.scoring.shortlist.QuotaDimension;
import io.github.kipp.scoring.shortlist.ShortlistSpec;
import io.github.kipp.scoring.spi.FinalistPool;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The reviewer's view reads as prose: no rendering of a shipped module, nor of a variant that uses
 * the z-score, quotas and 3T regions, shows a Java form (a record's or collection's {@code Name[…]},
 * {@code Optional[…]}, an object's {@code @hash}); and the HTML page escapes every text it shows and
 * runs nothing.
 */
class ModuleReviewProseTest {

  private static final Pattern JAVA_FORMS = Pattern.compile("[A-Za-z]+\\[|Optional\\[|Optional\\.empty|\\w@[0-9a-f]{4,}|\\$Lambda");

  private static final Citation CITED = Citation.reported("Panduan uji", "Pasal 1");

  /** A variant of Sulawesi Selatan using the values a file can now say. */
  private static SinovikModule scoringVariant() {
    SinovikModule province = SulawesiSelatan.kipp2023();
    ShortlistSpec spec = ShortlistSpec.newBuilder().size(40, CITED)
        .quota(Quota.between(QuotaDimension.CATEGORY, "tata-kelola", 2, 8, CITED))
        .quota(Quota.eachAtMost(QuotaDimension.INSTITUTION, 3, CITED))
        .quota(Quota.atLeast(QuotaDimension.THREE_T, "true", 4, CITED))
        .threeTRegions(ThreeTRegions.tertinggal2020to2024())
        .build();
    return SinovikModule.extend(province).variant("uji").jurisdiction(province.jurisdiction()).title(LocalizedText.same("Uji"))
        .override(SinovikKeys.AGGREGATION, ImmutableMap.of(
            SulawesiSelatan.SUBSTANCE, Aggregations.zScore(ZScoreOptions.population(5, ZScoreOptions.Fallback.USE_RAW, CITED)),
            SulawesiSelatan.PRESENTATION, Aggregations.trimmedMean(1, CITED)), CITED)
        .override(SinovikKeys.FINALISTS, ImmutableList.of(new FinalistPool(TierId.of("top-40"), LocalizedText.same("Top 40"),
            ImmutableSortedSet.of(GroupId.of("umum")), spec)), CITED)
        .build();
  }

  private static RuleRegistry registry() {
    return SinovikRules.registryBuilder().register(SulawesiSelatan.kipp2023()).register(LuwuUtara.selection2023()).build();
  }

  @Test
  void no_rendering_of_a_shipped_module_or_of_the_new_values_shows_a_java_form() {
    RuleRegistry registry = registry();
    List<RuleModule> modules = new ArrayList<>(registry.modules());
    modules.add(scoringVariant());
    modules.add(SinovikModule.extend(SinovikRules.edition2022()).variant("fixed").jurisdiction(SinovikRules.edition2022().jurisdiction())
        .title(LocalizedText.same("Uji")).override(SinovikKeys.AGGREGATION, ImmutableMap.of(SulawesiSelatan.SUBSTANCE,
            Aggregations.zScore(ZScoreOptions.fixed(3, ZScoreOptions.Fallback.EXCLUDE, new java.math.BigDecimal("70"), java.math.BigDecimal.TEN, CITED))), CITED)
        .build());

    assertThat(modules).hasSizeGreaterThanOrEqualTo(8);
    for (RuleModule m : modules) {
      for (String page : List.of(ModuleReview.markdown(m, registry), ModuleReview.html(m, registry))) {
        assertThat(JAVA_FORMS.matcher(page).results().map(r -> page.substring(Math.max(0, r.start() - 40), Math.min(page.length(), r.end() + 20))))
            .as(m.id().value()).isEmpty();
      }
    }
  }

  @Test
  void the_new_values_read_in_both_languages() {
    String page = ModuleReview.markdown(scoringVariant(), registry());

    assertThat(page).contains("skor-z per evaluator / per-evaluator z-score: evaluator dengan kurang dari 5 lembar nilai dihitung dengan nilai mentah")
        .contains("rata-rata terpangkas: buang 1 nilai terendah dan 1 tertinggi / trimmed mean: drop the 1 lowest and 1 highest totals")
        .contains("kuota / quota kategori tata-kelola / category tata-kelola: 2 sampai / to 8")
        .contains("paling banyak / at most 3 untuk setiap nilai / for each value")
        .contains("daerah 3T / 3T regions: " + ThreeTRegions.tertinggal2020to2024().codes().size() + " kode wilayah / region codes")
        .contains("jumlah tertimbang nilai tahap / weighted sum of stage scores: 0.70 × evaluasi-proposal + 0.30 × presentasi-wawancara");
    assertThat(ModuleReview.markdown(SinovikRules.edition2025(), registry()))
        .contains("nilai satu tahap saja / the score of one stage only: ");
  }

  @Test
  void the_html_page_escapes_hostile_text_and_loads_and_runs_nothing() {
    String hostile = "<script>alert('x')</script> & \"q\" <img src=x onerror=alert(1)>";
    SinovikModule province = SulawesiSelatan.kipp2023();
    SinovikModule variant = SinovikModule.extend(province).variant("hostile").jurisdiction(province.jurisdiction())
        .title(LocalizedText.of(hostile, hostile))
        .override(SinovikKeys.EDITION_TITLE, LocalizedText.same(hostile), Citation.unknown(hostile, hostile))
        .build();

    String html = ModuleReview.html(variant, registry());

    assertThat(html).doesNotContain("<script", "<img", "onerror=alert(1)>", "'x'", "\"q\"")
        .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;q&quot; &lt;img src=x onerror=alert(1)&gt;");
    assertThat(Pattern.compile("<(script|link|iframe|object|embed|img)\\b|\\bsrc=\"|\\bhref=|@import|url\\(").matcher(html).find()).isFalse();
    assertThat(html).startsWith("<!DOCTYPE html>").endsWith("</html>\n");
  }
}
