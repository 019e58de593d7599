package io.github.kipp.jackson3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * The two lines' YAML readers give the same answer for the same input: the same tree, or a refusal
 * from both (docs/limits.md, "One YAML"). Jackson 2 reads YAML 1.1 and Jackson 3 YAML 1.2; where those
 * would read a plain scalar differently, both lines read it as null or a boolean where the two versions'
 * core meanings agree, and otherwise refuse it.
 */
class YamlDialectsTest {

  private static final com.fasterxml.jackson.databind.ObjectMapper JACKSON_2 = io.github.kipp.jackson.KippJson.yaml().mapper();
  private static final tools.jackson.databind.ObjectMapper JACKSON_3 = KippJson.yaml().mapper();

  /** Scalars after a key: empty, quoted, commented out, and the plain words whose meaning YAML 1.1 and 1.2 disagree on. */
  private static final List<String> SCALARS = List.of(
      "", " ", "\"\"", "''", "~", "null", "Null", "NULL", "#\"\"", "# note", " #x", "\"\" # c", "'' #", "~ # c",
      "yes", "no", "Yes", "NO", "on", "off", "On", "OFF", "y", "n", "Y", "N", "true", "false", "True", "FALSE",
      "1", "-1", "+1", "1_000", "0x1F", "0o17", "017", "1e3", "1E+2", ".5", "1.", "1.0", ".inf", "-.Inf", ".nan", "0b101",
      "2023-07-01", "12:30", "1:20", "text", "a b", "\"a\"", "'a'", "!!str 1", "!!int 1", "&a 1", "*a", "<<", "=", "[]", "{}",
      "[1, ]", "[1, 2,]", "{a: 1, }", "{a: 1,}", "{a: }", "{a}", "{ , }", "[ , ]", "{a: 1, , b: 2}", "[a, , b]", "? a", "|", ">",
      "|-\n  x", ">\n  x\n", "\"\\x41\"", "\"\\u00e9\"", "'it''s'", "@x", "`x", "%x", "a: b", "- a", "-",
      ", }", "a, }", "}", "]", ",a", "a,b", "[a, b", "{a: 1", "a ]", "\"\", }", "\"\" , }", "'', ]", "x #, }", "\"a\"b", "'a'b", "[a]b", "{a: 1}b", "{a: -}", "{a: ?}", "{a: :}", "[-]", "[a, -]", "-x", "{a: -x}");

  private static final List<String> KEYS = List.of("note", "k", "\"k\"", "'k'", "? k\n", "~", "null", "yes", "1", "\"\"");

  private static String read(String yaml, boolean jackson3) {
    try {
      return jackson3 ? String.valueOf(JACKSON_3.readTree(yaml)) : String.valueOf(JACKSON_2.readTree(yaml));
    } catch (Exception e) {
      return "refused";
    }
  }

  private static final Gen<String> ENTRY = Generate.pick(KEYS).zip(Generate.pick(SCALARS), (k, v) -> k.endsWith("\n") ? k + ": " + v : k + ": " + v);

  @Test
  public void both_lines_read_every_scalar_form_after_a_key_alike_or_both_refuse_it() {
    List<String> differ = new ArrayList<>();
    for (String scalar : SCALARS) {
      String yaml = "k: " + scalar + "\n";
      String two = read(yaml, false);
      String three = read(yaml, true);
      if (!two.equals(three)) {
        differ.add(yaml.replace("\n", "\\n") + " => 2: " + two + " | 3: " + three);
      }
    }
    assertThat(differ).isEmpty();
  }

  @Test
  public void empty_and_null_scalars_are_null_and_contested_words_and_numbers_are_refused_on_both_lines() {
    for (boolean jackson3 : new boolean[] {false, true}) {
      for (String empty : List.of("", "#\"\"", "# note", "~", "null", "Null", "NULL", "~ # c")) {
        assertThat(read("note: " + empty + "\n", jackson3)).as("%s on Jackson %d", empty, jackson3 ? 3 : 2).isEqualTo("{\"note\":null}");
      }
      assertThat(read("note: \"\"\n", jackson3)).isEqualTo("{\"note\":\"\"}");
      assertThat(read("note: ''\n", jackson3)).isEqualTo("{\"note\":\"\"}");
      assertThat(read("k: {a: }\n", jackson3)).isEqualTo("{\"k\":{\"a\":null}}");
      assertThat(read("k: True\n", jackson3)).isEqualTo("{\"k\":true}");
      assertThat(read("k: FALSE\n", jackson3)).isEqualTo("{\"k\":false}");
      assertThat(read("k: \"yes\"\n", jackson3)).isEqualTo("{\"k\":\"yes\"}");
      assertThat(read("k: 2023-07-01\n", jackson3)).isEqualTo("{\"k\":\"2023-07-01\"}");
      assertThat(read("k: -1.5e3\n", jackson3)).isEqualTo("{\"k\":-1.5E+3}");
      for (String contested : List.of("yes", "No", "ON", "off", "+1", "017", "1_000", "0x1F", "0b101", ".5", "1.", ".inf", "-.Inf", ".NaN", "{a: -}")) {
        assertThat(read("k: " + contested + "\n", jackson3)).as("%s on Jackson %d", contested, jackson3 ? 3 : 2).isEqualTo("refused");
      }
    }
  }

  @Test
  public void both_lines_read_generated_documents_alike_or_both_refuse_them() {
    TreeSet<String> differ = new TreeSet<>();
    qt().withFixedSeed(20231122L).withExamples(2000)
        .forAll(lists().of(ENTRY).ofSizeBetween(1, 4), integers().between(0, 3))
        .checkAssert((entries, form) -> {
          String yaml = switch (form) {
            case 0 -> String.join("\n", entries) + "\n";
            case 1 -> "root:\n" + String.join("\n", entries.stream().map(e -> "  " + e.replace("\n", "\n  ")).toList()) + "\n";
            case 2 -> "- " + String.join("\n- ", entries.stream().map(e -> e.replace("\n", "\n  ")).toList()) + "\n";
            default -> "{" + String.join(", ", entries.stream().map(e -> e.replace("\n", " ")).toList()) + "}\n";
          };
          String two = read(yaml, false);
          String three = read(yaml, true);
          if (!two.equals(three)) {
            differ.add(yaml.replace("\n", "\\n") + " => 2: " + two + " | 3: " + three);
          }
        });
    assertThat(differ.stream().limit(60).toList()).isEmpty();
  }
}
