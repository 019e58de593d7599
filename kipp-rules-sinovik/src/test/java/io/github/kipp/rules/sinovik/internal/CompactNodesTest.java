package io.github.kipp.rules.sinovik.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.github.kipp.rules.sinovik.ModuleFiles;
import io.github.kipp.rules.sinovik.SinovikModule;
import io.github.kipp.rules.sinovik.SinovikRules;
import io.github.kipp.rules.sinovik.regional.LuwuUtara;
import io.github.kipp.rules.sinovik.regional.SulawesiSelatan;
import io.github.kipp.rules.sinovik.regional.SulawesiTengah;
import io.github.kipp.rules.sinovik.regional.Takalar;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The compact form of a shipped module file, which the build writes beside it, holds exactly the
 * nodes the YAML parser reads from that file, and is used only when it was made from the file's very
 * bytes.
 */
class CompactNodesTest {

  private static final String FOLDER = "io/github/kipp/rules/sinovik/modules/";

  /** Every module file the jar ships. */
  private static final List<String> SHIPPED = List.of(NationalHistory.RESOURCE, SulawesiSelatan.RESOURCE, LuwuUtara.RESOURCE,
      SulawesiTengah.RESOURCE_2022, SulawesiTengah.RESOURCE_2023, Takalar.RESOURCE);

  private static byte[] bytes(String resource) {
    try (InputStream in = CompactNodesTest.class.getResourceAsStream("/" + resource)) {
      assertThat(in).as(resource).isNotNull();
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static FileNode parsed(byte[] yaml) {
    Problems problems = new Problems();
    FileNode root = FileParser.parse(new String(yaml, StandardCharsets.UTF_8), problems);
    assertThat(problems.sorted()).isEmpty();
    assertThat(root).isNotNull();
    return root;
  }

  /** Asserts two documents have the same nodes: kinds, paths, lines, texts, keys in order, items. */
  private static void assertSame(FileNode actual, FileNode expected) {
    assertThat(actual.kind()).as(expected.toString()).isEqualTo(expected.kind());
    assertThat(actual.path()).as(expected.toString()).isEqualTo(expected.path());
    assertThat(actual.line()).as(expected.toString()).isEqualTo(expected.line());
    assertThat(actual.text()).as(expected.toString()).isEqualTo(expected.text());
    assertThat(actual.entries().keySet()).as(expected.toString()).containsExactlyElementsOf(expected.entries().keySet());
    expected.entries().forEach((key, value) -> assertSame(actual.entries().get(key), value));
    assertThat(actual.items()).as(expected.toString()).hasSameSizeAs(expected.items());
    for (int i = 0; i < expected.items().size(); i++) {
      assertSame(actual.items().get(i), expected.items().get(i));
    }
  }

  @Test
  void every_shipped_module_file_has_a_compact_form_made_from_its_bytes_that_holds_the_nodes_its_yaml_parses_to() {
    assertThat(SHIPPED).allMatch(r -> r.startsWith(FOLDER) && r.endsWith(".yaml")).doesNotHaveDuplicates();
    for (String resource : SHIPPED) {
      byte[] yaml = bytes(resource);
      String compact = new String(bytes(resource + CompactNodes.SUFFIX), StandardCharsets.UTF_8);
      FileNode read = CompactNodes.read(yaml, compact);
      assertThat(read).as(resource).isNotNull();
      assertSame(read, parsed(yaml));
      assertThat(compact).isEqualTo(CompactNodes.write(yaml, parsed(yaml)));
      Problems problems = new Problems();
      assertSame(CompactNodes.readResource(CompactNodesTest.class, resource, problems), parsed(yaml));
      assertThat(problems.isEmpty()).isTrue();
    }
  }

  @Test
  void the_modules_read_from_the_compact_forms_are_those_read_from_the_yaml() {
    assertThat(ModuleReviews.of(NationalHistory.read().values())).isEqualTo(ModuleReviews.of(nationalFromYaml()));
    for (String resource : List.of(SulawesiSelatan.RESOURCE, LuwuUtara.RESOURCE, SulawesiTengah.RESOURCE_2022, SulawesiTengah.RESOURCE_2023,
        Takalar.RESOURCE)) {
      SinovikModule fromCompact = ModuleFiles.readResource(CompactNodesTest.class, resource, SinovikRules.registry());
      SinovikModule fromYaml = ModuleFiles.read(resource, new String(bytes(resource), StandardCharsets.UTF_8), SinovikRules.registry());
      assertThat(ModuleReviews.of(List.of(fromCompact))).as(resource).isEqualTo(ModuleReviews.of(List.of(fromYaml)));
    }
  }

  /** The national modules as the YAML history builds them, without the compact form. */
  private static List<SinovikModule> nationalFromYaml() {
    Problems problems = new Problems();
    var modules = HistoryFileReader.read(new String(bytes(NationalHistory.RESOURCE), StandardCharsets.UTF_8), problems);
    assertThat(problems.isEmpty()).isTrue();
    assertThat(modules).isNotNull();
    return List.copyOf(modules.values());
  }

  /** What a reviewer reads of modules: every parameter with its value and citation, the stages, the rules. */
  private static final class ModuleReviews {
    static List<String> of(Iterable<SinovikModule> modules) {
      List<String> pages = new ArrayList<>();
      modules.forEach(m -> pages.add(io.github.kipp.rules.sinovik.ModuleReview.markdown(m, SinovikRules.registry())));
      return pages;
    }
  }

  @Test
  void a_compact_form_made_from_other_bytes_is_not_used_and_the_yaml_is_parsed() {
    byte[] yaml = bytes(SulawesiSelatan.RESOURCE);
    String compact = new String(bytes(SulawesiSelatan.RESOURCE + CompactNodes.SUFFIX), StandardCharsets.UTF_8);
    byte[] edited = yaml.clone();
    edited[edited.length / 2] = (byte) (edited[edited.length / 2] == 'a' ? 'b' : 'a');
    assertThat(CompactNodes.read(edited, compact)).isNull();
    assertThat(CompactNodes.read(java.util.Arrays.copyOf(yaml, yaml.length + 1), compact)).isNull();
    assertThat(CompactNodes.read(yaml, null)).isNull();
    assertThat(CompactNodes.read(yaml, "")).isNull();
  }

  @Test
  void a_malformed_compact_form_made_from_the_bytes_is_refused_naming_the_line() {
    byte[] yaml = "a: 1\n".getBytes(StandardCharsets.UTF_8);
    String header = CompactNodes.header(yaml) + "\n";
    assertThatThrownBy(() -> CompactNodes.read(yaml, header + "M 1 1\nK a\nX 1 1\n")).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("\"X 1 1\"");
    assertThatThrownBy(() -> CompactNodes.read(yaml, header + "M 1 2\nK a\nN 1 1\n")).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("end inside a line");
    assertThatThrownBy(() -> CompactNodes.read(yaml, header + "M 1 1\nK a\nN 1 1\nZ 2\n")).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("more than one document");
    assertThatThrownBy(() -> CompactNodes.read(yaml, header + "M one 1\n")).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("malformed number");
    assertThatThrownBy(() -> CompactNodes.read(yaml, header + "T 1 a\\tb\n")).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("unknown escape");
    assertSame(CompactNodes.read(yaml, header + "M 1 1\nK a\nN 1 1\n"), parsed(yaml));
  }

  @Test
  void any_document_reads_back_from_its_compact_form_with_the_same_nodes() {
    byte[] yaml = "any".getBytes(StandardCharsets.UTF_8);
    qt().withFixedSeed(20261207L).withExamples(1_000).forAll(longs().all()).checkAssert(seed -> {
      FileNode document = node(new Random(seed), "", 4);
      assertSame(CompactNodes.read(yaml, CompactNodes.write(yaml, document)), document);
    });
  }

  private static final String[] PIECES = {"a", "Z", " ", "  ", "\\", "\\n", "\n", "\r", "\r\n", "K ", "M 1 2", ":", ".", "[0]", "é", "\u00a0",
      "\uD83D\uDE00", "\t", "#", "\"", ""};

  private static String text(Random random) {
    StringBuilder b = new StringBuilder();
    int n = random.nextInt(6);
    for (int i = 0; i < n; i++) {
      b.append(PIECES[random.nextInt(PIECES.length)]);
    }
    return b.toString();
  }

  /** A random document with paths made as the parser makes them. */
  private static FileNode node(Random random, String path, int depth) {
    int line = random.nextInt(5_000);
    int kind = random.nextInt(depth > 0 ? 6 : 4);
    switch (kind) {
      case 0:
        return FileNode.scalar(FileNode.Kind.TEXT, path, line, text(random));
      case 1:
        return FileNode.scalar(FileNode.Kind.NUMBER, path, line, Long.toString(random.nextLong()));
      case 2:
        return FileNode.scalar(FileNode.Kind.BOOLEAN, path, line, random.nextBoolean() ? "true" : "false");
      case 3:
        return FileNode.scalar(FileNode.Kind.NULL, path, line, "");
      case 4: {
        Map<String, FileNode> entries = new LinkedHashMap<>();
        int n = random.nextInt(4);
        for (int i = 0; i < n; i++) {
          String key = text(random);
          entries.put(key, node(random, path.isEmpty() ? key : path + "." + key, depth - 1));
        }
        return FileNode.map(path, line, ImmutableMap.copyOf(entries));
      }
      default: {
        List<FileNode> items = new ArrayList<>();
        int n = random.nextInt(4);
        for (int i = 0; i < n; i++) {
          items.add(node(random, path + "[" + i + "]", depth - 1));
        }
        return FileNode.list(path, line, ImmutableList.copyOf(items));
      }
    }
  }
}
