package io.github.kipp.rules.iid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.kipp.core.Citation;
import io.github.kipp.core.InnovationId;
import io.github.kipp.core.InvalidInputException;
import io.github.kipp.core.Violation;
import io.github.kipp.rules.iid.iga.IgaAward;
import io.github.kipp.rules.iid.iga.IgaCluster;
import io.github.kipp.rules.iid.iga.IgaEntrant;
import io.github.kipp.rules.iid.iga.IgaNomination;
import io.github.kipp.rules.iid.iga.IgaPresentation;
import io.github.kipp.rules.iid.iga.IgaSettings;
import io.github.kipp.rules.iid.spi.BasicServiceAffair;
import io.github.kipp.rules.iid.spi.IndicatorId;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.TreeSet;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/**
 * Keeps {@code docs/errors.md} and kipp-rules-iid's message bundles in step, and produces every error
 * code from an input with that one fault, checking its field, value and both languages.
 */
class IidErrorCatalogueTest {

  private static final Path DOCUMENT = Path.of("..", "docs", "errors.md");

  private static Properties bundle(String suffix) throws IOException {
    Properties p = new Properties();
    try (InputStream in = IidErrorCatalogueTest.class.getResourceAsStream("/io/github/kipp/rules/iid/Messages" + suffix + ".properties")) {
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return p;
  }

  /** Rows of one section of errors.md: code to its cells. */
  private static Map<String, List<String>> rows(String section) throws IOException {
    Map<String, List<String>> out = new TreeMap<>();
    String current = "";
    for (String line : Files.readAllLines(DOCUMENT)) {
      if (line.startsWith("#")) {
        current = line.trim();
      } else if (current.equals(section) && line.startsWith("| `kipp.")) {
        String[] cells = line.substring(1, line.length() - 1).split("(?<!\\\\)\\|", -1);
        List<String> trimmed = new java.util.ArrayList<>();
        for (String c : cells) {
          trimmed.add(c.trim().replace("\\|", "|"));
        }
        out.put(trimmed.get(0).replace("`", ""), trimmed);
      }
    }
    return out;
  }

  @Test
  void both_bundles_hold_the_same_keys_and_errors_md_lists_each_with_both_patterns() throws IOException {
    Properties en = bundle("");
    Properties id = bundle("_id");
    assertThat(id.stringPropertyNames()).isEqualTo(en.stringPropertyNames());
    Map<String, List<String>> errors = rows("## kipp-rules-iid");
    Map<String, List<String>> reasons = rows("### kipp-rules-iid");
    TreeSet<String> documented = new TreeSet<>(errors.keySet());
    documented.addAll(reasons.keySet());
    assertThat(documented).isEqualTo(new TreeSet<>(en.stringPropertyNames()));
    errors.forEach((code, cells) -> {
      assertThat(cells.get(3)).as("English of %s", code).isEqualTo(en.getProperty(code));
      assertThat(cells.get(4)).as("Indonesian of %s", code).isEqualTo(id.getProperty(code));
    });
    reasons.forEach((code, cells) -> {
      assertThat(cells.get(2)).as("English of %s", code).isEqualTo(en.getProperty(code));
      assertThat(cells.get(3)).as("Indonesian of %s", code).isEqualTo(id.getProperty(code));
    });
  }

  private static InnovationEntry.Builder entry() {
    return Reports.minimal("inovasi", BasicServiceAffair.SOSIAL);
  }

  @Test
  void every_error_code_is_produced_by_its_one_fault_naming_the_field_and_value_in_both_languages() throws IOException {
    Map<String, ThrowingCallable> faults = new LinkedHashMap<>();
    faults.put("kipp.iid.indicatorId", () -> IndicatorId.of("16A"));
    faults.put("kipp.iid.level", () -> Reports.verified("16", 4));
    faults.put("kipp.iid.evidence", () -> Evidence.verified(" "));
    faults.put("kipp.iid.title", () -> InnovationEntry.newBuilder(InnovationId.of("x-1"), " ").implementedOn(LocalDate.of(2024, 1, 1)).build());
    faults.put("kipp.iid.negative", () -> entry().narrativeWords(-1).build());
    faults.put("kipp.iid.duplicateRow", () -> entry().row(Reports.verified("16", 2)).build());
    faults.put("kipp.iid.duplicateInnovation", () -> RegionalReport.newBuilder(Reports.LUWU_UTARA, 2026)
        .innovation(entry().build()).innovation(entry().build()).build());
    faults.put("kipp.iid.unknownIndicator", () -> InnovationIndex.of(IidRules.edition2026())
        .assess(RegionalReport.newBuilder(Reports.LUWU_UTARA, 2026).spd(Reports.verified("36", 1)).build()));
    faults.put("kipp.iid.wrongPart", () -> InnovationIndex.of(IidRules.edition2026())
        .assess(RegionalReport.newBuilder(Reports.LUWU_UTARA, 2026).spd(Reports.verified("16", 1)).build()));
    faults.put("kipp.iid.year", () -> InnovationIndex.of(IidRules.edition2026())
        .assess(RegionalReport.newBuilder(Reports.LUWU_UTARA, 2025).build()));
    awardFaults(faults);
    assertThat(new TreeSet<>(faults.keySet())).isEqualTo(new TreeSet<>(rows("## kipp-rules-iid").keySet()));
    Map<String, String> values = new java.util.HashMap<>(AWARD_VALUES);
    values.putAll(Map.of("kipp.iid.indicatorId", "16A", "kipp.iid.level", "4", "kipp.iid.evidence", " ",
        "kipp.iid.title", " ", "kipp.iid.negative", "-1", "kipp.iid.duplicateRow", "16", "kipp.iid.duplicateInnovation", "inovasi",
        "kipp.iid.unknownIndicator", "36", "kipp.iid.wrongPart", "16", "kipp.iid.year", "2025"));
    faults.forEach((code, fault) -> {
      InvalidInputException e = catchThrowableOfType(InvalidInputException.class, fault);
      assertThat(e).as("fault for %s", code).isNotNull();
      assertThat(e.violations()).extracting(Violation::code).containsExactly(code);
      Violation v = e.violations().get(0);
      assertThat(v.invalidValue()).as("value of %s", code).isEqualTo(values.get(code));
      assertThat(v.message().english()).as("English of %s", code).isNotBlank().doesNotContain("{");
      assertThat(v.message().indonesian()).as("Indonesian of %s", code).isNotBlank().doesNotContain("{")
          .isNotEqualTo(v.message().english());
    });
  }

  /** The refused value each fault of the award shows. */
  private static final Map<String, String> AWARD_VALUES = Map.ofEntries(
      Map.entry("kipp.iga.index", "100.01"), Map.entry("kipp.iga.sidPart", "-0.01"), Map.entry("kipp.iga.nominees", "-1"),
      Map.entry("kipp.iga.winners", "4"), Map.entry("kipp.iga.finalWeights", "60 + 30"), Map.entry("kipp.iga.duplicateEntrant", "73.22"),
      Map.entry("kipp.iga.aspectScore", "101"), Map.entry("kipp.iga.duplicatePresentation", "73.22"), Map.entry("kipp.iga.notNominee", "73.71"),
      Map.entry("kipp.iga.aspectUnknown", "Inovasi"), Map.entry("kipp.iga.aspectMissing", "Penguasaan materi"),
      Map.entry("kipp.iga.presentationMissing", "73.22"));

  /** One fault per error code of the award, each on otherwise valid input. */
  private static void awardFaults(Map<String, ThrowingCallable> faults) {
    Citation host = Citation.reported("Host settings", Citation.UNKNOWN_PROVISION);
    IgaAward award = IgaAward.of(IidRules.edition2023(), IgaSettings.newBuilder(1).cluster(IgaCluster.REGENCIES, 1, 1, host).build());
    IgaNomination nominated = award.nominate(List.of(IgaEntrant.of(Reports.LUWU_UTARA, new BigDecimal("60.00"), BigDecimal.ONE)));
    Map<String, BigDecimal> scores = new java.util.LinkedHashMap<>();
    IidRules.edition2023().presentationWeights().keySet().forEach(a -> scores.put(a, new BigDecimal("80")));
    IgaPresentation luwuUtara = IgaPresentation.of(Reports.LUWU_UTARA.code(), scores);
    Map<String, BigDecimal> extra = new java.util.LinkedHashMap<>(scores);
    extra.put("Inovasi", BigDecimal.TEN);
    Map<String, BigDecimal> missing = new java.util.LinkedHashMap<>(scores);
    missing.remove("Penguasaan materi");
    faults.put("kipp.iga.index", () -> IgaEntrant.of(Reports.LUWU_UTARA, new BigDecimal("100.01"), BigDecimal.ONE));
    faults.put("kipp.iga.sidPart", () -> IgaEntrant.of(Reports.LUWU_UTARA, BigDecimal.TEN, new BigDecimal("-0.01")));
    faults.put("kipp.iga.nominees", () -> IgaSettings.newBuilder(1).cluster(IgaCluster.CITIES, -1, 0, host).build());
    faults.put("kipp.iga.winners", () -> IgaSettings.newBuilder(1).cluster(IgaCluster.CITIES, 3, 4, host).build());
    faults.put("kipp.iga.finalWeights", () -> IgaSettings.newBuilder(1).finalWeights(new BigDecimal("60"), new BigDecimal("30"), host).build());
    faults.put("kipp.iga.duplicateEntrant", () -> award.nominate(List.of(IgaEntrant.of(Reports.LUWU_UTARA, BigDecimal.TEN, BigDecimal.ONE),
        IgaEntrant.of(Reports.LUWU_UTARA, BigDecimal.ONE, BigDecimal.ONE))));
    faults.put("kipp.iga.aspectScore", () -> IgaPresentation.of(Reports.LUWU_UTARA.code(), Map.of("Kebaruan", new BigDecimal("101"))));
    faults.put("kipp.iga.duplicatePresentation", () -> award.award(nominated, List.of(luwuUtara, luwuUtara)));
    faults.put("kipp.iga.notNominee", () -> award.award(nominated, List.of(luwuUtara,
        IgaPresentation.of(io.github.kipp.core.institution.RegionCode.of("73.71"), scores))));
    faults.put("kipp.iga.aspectUnknown", () -> award.award(nominated, List.of(IgaPresentation.of(Reports.LUWU_UTARA.code(), extra))));
    faults.put("kipp.iga.aspectMissing", () -> award.award(nominated, List.of(IgaPresentation.of(Reports.LUWU_UTARA.code(), missing))));
    faults.put("kipp.iga.presentationMissing", () -> award.award(nominated, List.of()));
  }
}
