package io.github.kipp.rules.sinovik.files;

import static io.github.kipp.rules.sinovik.files.ModuleFileFixtures.TAKALAR;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.kipp.core.rule.RuleRegistry;
import io.github.kipp.rules.sinovik.InvalidModuleFileException;
import io.github.kipp.rules.sinovik.ModuleFileProblem;
import io.github.kipp.rules.sinovik.ModuleFiles;
import io.github.kipp.rules.sinovik.SinovikModule;
import io.github.kipp.rules.sinovik.SinovikRules;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * One broken module file per refusal: each problem code of the message catalogue comes from a file
 * that has exactly that fault, at the line of the fault; and {@code docs/errors.md} lists every code
 * with the English and Indonesian patterns the catalogue holds.
 */
class ModuleFileRefusalsTest {

  private static final Path DOCUMENT = Path.of("..", "docs", "errors.md");
  private static final String BUNDLE = "io/github/kipp/rules/sinovik/Messages";
  private static final RuleRegistry NATIONAL = SinovikRules.registry();

  /** A broken file, the registry it is read against, the code it must give and the text of the faulty line. */
  private record Case(String code, String file, RuleRegistry registry, String line) {}

  private static final String TIE_BREAKS = """
        scoring.tieBreaks:
          value: {steps: [draw, earlier-submission], citation: ortala}
          citation: ortala
      """;

  private static List<Case> cases() {
    SinovikModule takalar = ModuleFiles.read("takalar-2023.yaml", TAKALAR, NATIONAL);
    RuleRegistry withTakalar = SinovikRules.registryBuilder().register(takalar).build();
    List<Case> c = new ArrayList<>();
    c.add(new Case("kipp.module.file.malformed", TAKALAR.replace("title: {id:", "title: {{id:"), NATIONAL, "title: {{id:"));
    c.add(new Case("kipp.module.file.tooLarge", TAKALAR.replace("name: {id: Kabupaten Takalar", "name: {id: " + "x".repeat(ModuleFiles.MAX_STRING_LENGTH + 1)),
        NATIONAL, "  name: {id: xxx"));
    c.add(new Case("kipp.module.file.alias", TAKALAR.replace("legalBasis:\n  - ortala", "legalBasis:\n  - &k ortala\n  - *k"), NATIONAL, "- *k"));
    c.add(new Case("kipp.module.file.format", TAKALAR.replace("kipp-module/1", "kipp-module/2"), NATIONAL, "format: kipp-module/2"));
    c.add(new Case("kipp.module.file.type", TAKALAR.replace("region: \"73.05\"", "region: 73.05"), NATIONAL, "region: 73.05"));
    c.add(new Case("kipp.module.file.missing", TAKALAR.replace("    provision: UNKNOWN\n", ""), NATIONAL, "  ortala:"));
    c.add(new Case("kipp.module.file.unknownField", TAKALAR.replace("  level: regency", "  level: regency\n  colour: blue"), NATIONAL, "colour: blue"));
    c.add(new Case("kipp.module.file.value", TAKALAR.replace("value: Asia/Makassar", "value: Asia/Nowhere"), NATIONAL, "value: Asia/Nowhere"));
    c.add(new Case("kipp.module.file.uncited", TAKALAR.replace(
        "    citation: {from: ortala, confidence: unknown, note: \"no exclusion of earlier winners is known; kipp applies none\"}\n", ""), NATIONAL, "  eligibility.pastResults:"));
    c.add(new Case("kipp.module.file.confidence", TAKALAR.replace("confidence: inferred", "confidence: probable"), NATIONAL, "confidence: probable"));
    c.add(new Case("kipp.module.file.unknownKey", TAKALAR.replace("  eligibility.pastResults:", "  eligibility.pastResultz:"), NATIONAL, "eligibility.pastResultz:"));
    c.add(new Case("kipp.module.file.notInParent", TAKALAR.replace("added:\n", "parameters:\n").replace("\nparameters:\n  edition.id:", "\n  edition.id:"),
        NATIONAL, "  eligibility.entrantRegion:"));
    c.add(new Case("kipp.module.file.inParent", TAKALAR.replace("added:\n", "added:\n  edition.theme:\n    value: {id: Tema, en: Theme}\n    citation: ortala\n"),
        NATIONAL, "  edition.theme:"));
    c.add(new Case("kipp.module.file.twice", TAKALAR.replace("added:\n", "added:\n  edition.zone:\n    value: Asia/Jakarta\n    citation: ortala\n"),
        NATIONAL, "  edition.zone:"));
    c.add(new Case("kipp.module.file.required", TAKALAR.replace("legalBasis:", "removed: [edition.zone]\nlegalBasis:"), NATIONAL, "removed: [edition.zone]"));
    c.add(new Case("kipp.module.file.missingParameters", TAKALAR.replace("extends: sinovik-2023\n", "effectivePeriod: {from: 2023-01-01, until: 2024-01-01}\neditionYear: 2023\n")
        .replace("added:\n", "parameters:\n").replace("\nparameters:\n  edition.id:", "\n  edition.id:"), NATIONAL, "parameters:"));
    c.add(new Case("kipp.module.file.noParent", TAKALAR.replace("extends: sinovik-2023", "extends: sinovik-2019"), NATIONAL, "extends: sinovik-2019"));
    c.add(new Case("kipp.module.file.lineage", TAKALAR.replace("id: sinovik-2023/takalar-2023", "id: sinovik-2022/takalar-2023"), NATIONAL, "id: sinovik-2022/takalar-2023"));
    c.add(new Case("kipp.module.file.overlap", TAKALAR.replace("takalar-2023", "takalar-2023-b"), withTakalar, "id: sinovik-2023/takalar-2023-b"));
    c.add(new Case("kipp.module.file.duplicate", TAKALAR, withTakalar, "id: sinovik-2023/takalar-2023"));
    c.add(new Case("kipp.module.file.edition", TAKALAR.replace("value: takalar-2023", "value: kipp-2023"), NATIONAL, "  edition.id:"));
    c.add(new Case("kipp.module.file.unknownKind", TAKALAR.replace("kind: none", "kind: lottery"), NATIONAL, "kind: lottery"));
    c.add(new Case("kipp.module.file.unknownCitation", TAKALAR.replace("  - ortala\n", "  - ortala-2\n"), NATIONAL, "- ortala-2"));
    c.add(new Case("kipp.module.file.drawNotLast", TAKALAR + TIE_BREAKS, NATIONAL, "steps: [draw"));
    return c;
  }

  @TestFactory
  Stream<DynamicTest> each_refusal_comes_from_a_file_with_that_fault_at_its_line() {
    return cases().stream().map(c -> DynamicTest.dynamicTest(c.code(), () -> {
      InvalidModuleFileException e = catchThrowableOfType(InvalidModuleFileException.class, () -> ModuleFiles.read("broken.yaml", c.file(), c.registry()));

      assertThat(e).as(c.code()).isNotNull();
      ModuleFileProblem p = e.problems().stream().filter(x -> x.code().equals(c.code())).findFirst().orElseThrow(
          () -> new AssertionError(c.code() + " not among " + e.problems()));
      assertThat(p.line()).as("line of %s", c.code()).isEqualTo(ModuleFileFixtures.lineOf(c.file(), c.line()));
      assertThat(p.violation().message().english()).isNotBlank().doesNotContain("{");
      assertThat(p.violation().message().indonesian()).isNotBlank().doesNotContain("{").isNotEqualTo(p.violation().message().english());
      assertThat(e.getMessage()).contains("broken.yaml").contains("line " + p.line());
    }));
  }

  @Test
  void every_problem_code_has_a_file_that_gives_it() {
    TreeSet<String> keys = new TreeSet<>(bundle("").stringPropertyNames());
    keys.remove(InvalidModuleFileException.CODE);

    TreeSet<String> produced = cases().stream().map(Case::code).collect(Collectors.toCollection(TreeSet::new));

    assertThat(produced).isEqualTo(keys);
  }

  @Test
  void errors_md_lists_every_code_with_the_catalogues_english_and_indonesian_patterns() {
    Properties english = bundle("");
    Properties indonesian = bundle("_id");
    TreeMap<String, List<String>> rows = rows();

    assertThat(rows.keySet()).isEqualTo(new TreeSet<>(english.stringPropertyNames()));
    assertThat(indonesian.stringPropertyNames()).isEqualTo(english.stringPropertyNames());
    rows.forEach((code, cells) -> {
      assertThat(cells.get(3)).as("English of %s", code).isEqualTo(english.getProperty(code));
      assertThat(cells.get(4)).as("Indonesian of %s", code).isEqualTo(indonesian.getProperty(code));
    });
  }

  private static final Pattern CELL_BORDER = Pattern.compile("(?<!\\\\)\\|");
  private static final Pattern CODE_CELL = Pattern.compile("`(kipp\\.module\\.file\\.[A-Za-z0-9.]+|kipp\\.module\\.file\\.invalid)`");

  /** The rows of the kipp-rules-sinovik section of errors.md, by code. */
  private static TreeMap<String, List<String>> rows() {
    List<String> lines;
    try {
      lines = Files.readAllLines(DOCUMENT, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    TreeMap<String, List<String>> rows = new TreeMap<>();
    boolean inSection = false;
    for (String line : lines) {
      if (line.startsWith("## ")) {
        inSection = line.equals("## kipp-rules-sinovik");
        continue;
      }
      if (!inSection || !line.startsWith("|")) {
        continue;
      }
      String[] parts = CELL_BORDER.split(line.trim(), -1);
      List<String> cells = new ArrayList<>();
      for (int i = 1; i < parts.length - 1; i++) {
        cells.add(parts[i].trim().replace("\\|", "|"));
      }
      Matcher code = CODE_CELL.matcher(cells.get(0));
      if (code.matches()) {
        assertThat(rows.put(code.group(1), cells)).as("a second row for %s", code.group(1)).isNull();
      }
    }
    return rows;
  }

  private static Properties bundle(String suffix) {
    Properties p = new Properties();
    try (InputStream in = ModuleFileRefusalsTest.class.getClassLoader().getResourceAsStream(BUNDLE + suffix + ".properties")) {
      if (in == null) {
        throw new IllegalStateException("no bundle " + BUNDLE + suffix);
      }
      p.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return p;
  }
}
