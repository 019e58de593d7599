package io.github.kipp.rules.sinovik;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.kipp.core.rule.RuleRegistry;
import io.github.kipp.rules.sinovik.regional.LuwuUtara;
import io.github.kipp.rules.sinovik.regional.SulawesiSelatan;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The reviewer's view lists every parameter of a module with its value, citation and confidence, and
 * says for each whether it is inherited, overridden (showing the parent's value and citation too),
 * added or removed.
 */
class ModuleReviewTest {

  private static final RuleRegistry REGISTRY = SinovikRules.registry();

  private static List<String> rows(String page) {
    return Arrays.stream(page.split("\n")).filter(l -> l.startsWith("| `")).collect(Collectors.toList());
  }

  private static String row(String page, String key) {
    return rows(page).stream().filter(l -> l.startsWith("| `" + key + "` |")).findFirst().orElseThrow();
  }

  @Test
  void a_regional_module_shows_every_parameter_and_what_it_inherits_overrides_and_adds() {
    SinovikModule sulsel = SulawesiSelatan.kipp2023();

    String page = ModuleReview.markdown(sulsel, REGISTRY);

    assertThat(page).startsWith("# sinovik-2023/sulsel-2023: KIPP Provinsi Sulawesi Selatan 2023\n");
    assertThat(page).contains("| Memperluas / extends | sinovik-2023: KIPP 2023 (Pedoman Menteri PANRB 3/2023) |");
    assertThat(rows(page)).hasSize(sulsel.parameters().size());
    assertThat(row(page, "edition.zone")).contains("| Asia/Makassar |").contains("**diganti / overridden**; semula / was: Asia/Jakarta")
        .contains("| Panduan KIPP Provinsi Sulawesi Selatan (edisi ketiga), section UNKNOWN; keyakinan / confidence: dilaporkan / reported;"
            + " sumber / sources: S82, A7; catatan / note: slots are scheduled in WITA |")
        .contains("— Pedoman Menteri PANRB 3/2023 tentang Petunjuk Pelaksanaan KIPP 2023, Lampiran, section UNKNOWN; keyakinan / confidence:"
            + " dilaporkan / reported; sumber / sources: S18, S46, S24; catatan / note: national deadlines are published in WIB |");
    assertThat(row(page, "eligibility.entrantRegion")).contains("| 73 (Sulawesi Selatan) |").contains("**ditambahkan / added**")
        .contains("| dilaporkan / reported |");
    assertThat(row(page, "edition.categories")).endsWith("| diwarisi dari / inherited from sinovik-2023 |");
    assertThat(page).contains(sulsel.parameters().size() + " parameter / parameters; dari / from sinovik-2023: 15 diganti / overridden,"
        + " 1 ditambahkan / added, 0 dihapus / removed.");
  }

  @Test
  void a_parameter_whose_value_is_kept_under_a_new_citation_says_where_the_value_comes_from() {
    io.github.kipp.core.Citation weaker = io.github.kipp.core.Citation.unknown("Panduan uji", "the regional form is not published; kipp keeps the national one");
    SinovikModule variant = SinovikModule.extend(SinovikRules.edition2023()).variant("uji")
        .title(io.github.kipp.core.LocalizedText.same("Uji")).jurisdiction(io.github.kipp.core.spi.Jurisdiction.NATIONAL)
        .override(SinovikKeys.SECTIONS, SinovikRules.edition2023().parameters().get(SinovikKeys.SECTIONS), weaker).build();

    String page = ModuleReview.markdown(variant, REGISTRY);

    assertThat(row(page, "edition.sections")).contains("| tidak diketahui / unknown |")
        .contains("**nilai diwarisi dari / value inherited from sinovik-2023; rujukan diganti / citation changed**; rujukan semula / citation was: "
            + "Pedoman Menteri PANRB 3/2023")
        .doesNotContain("semula / was: ringkasan");
    assertThat(page).contains("1 diganti / overridden, 0 ditambahkan / added, 0 dihapus / removed.");
  }

  @Test
  void a_parameter_the_variant_removes_is_listed_as_removed() {
    SinovikModule variant = SinovikModule.extend(SinovikRules.edition2025()).variant("uji")
        .title(io.github.kipp.core.LocalizedText.same("Uji")).jurisdiction(io.github.kipp.core.spi.Jurisdiction.NATIONAL)
        .remove(SinovikKeys.PASS_MARK).build();

    String page = ModuleReview.markdown(variant, REGISTRY);

    assertThat(row(page, "scoring.passMark")).contains("| — | — | — |").endsWith("**dihapus / removed** |");
    assertThat(page).contains("0 diganti / overridden, 0 ditambahkan / added, 1 dihapus / removed.");
  }

  @Test
  void a_national_module_lists_every_parameter_as_its_own_with_its_confidence() {
    SinovikModule k2023 = SinovikRules.edition2023();

    String page = ModuleReview.markdown(k2023, REGISTRY);

    assertThat(page).contains("| Memperluas / extends | — |");
    assertThat(rows(page)).hasSize(k2023.parameters().size()).allSatisfy(r -> assertThat(r).endsWith("| sendiri / own |"));
    assertThat(row(page, "eligibility.minimumAge")).contains("| 2 tahun / 2 years |").contains("| tidak diketahui / unknown |");
  }

  @Test
  void every_row_is_one_line_of_five_cells_even_when_a_value_holds_a_pipe() {
    String page = ModuleReview.markdown(LuwuUtara.selection2023(), REGISTRY);

    assertThat(rows(page)).allSatisfy(r -> assertThat(r.split("(?<!\\\\)\\|", -1)).hasSize(7));
  }
}
