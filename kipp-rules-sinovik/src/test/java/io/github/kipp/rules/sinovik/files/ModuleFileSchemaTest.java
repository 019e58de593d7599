package io.github.kipp.rules.sinovik.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.kipp.rules.sinovik.InvalidModuleFileException;
import io.github.kipp.rules.sinovik.ModuleFiles;
import io.github.kipp.rules.sinovik.SinovikRules;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The JSON Schema shipped in the jar describes the module files kipp reads: the files kipp ships and
 * the README's example are valid, and a file the schema refuses is refused by the reader too.
 */
class ModuleFileSchemaTest {

  private static final Schema SCHEMA = schema();

  private static Schema schema() {
    try (InputStream in = ModuleFiles.class.getResourceAsStream(ModuleFiles.SCHEMA_RESOURCE)) {
      assertThat(in).as("the schema in the jar").isNotNull();
      return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<Error> errors(String yaml) {
    try {
      JsonNode tree = new YAMLMapper().readTree(yaml);
      return SCHEMA.validate(tree);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void the_shipped_module_files_and_the_examples_are_valid() {
    for (String file : List.of("io/github/kipp/rules/sinovik/modules/sulsel-2023.yaml", "io/github/kipp/rules/sinovik/modules/luwu-utara-2023.yaml",
        "io/github/kipp/rules/sinovik/modules/sulteng-2022.yaml", "io/github/kipp/rules/sinovik/modules/sulteng-2023.yaml",
        "io/github/kipp/rules/sinovik/modules/takalar-2018.yaml", "modules/takalar-2023.yaml", "modules/takalar-2023-scoring.yaml")) {
      assertThat(errors(ModuleFileFixtures.resource(file))).as(file).isEmpty();
    }
  }

  @Test
  void a_file_the_schema_refuses_is_refused_by_the_reader() {
    List<String> broken = List.of(
        ModuleFileFixtures.TAKALAR.replace("kipp-module/1", "kipp-module/2"),
        ModuleFileFixtures.TAKALAR.replace("  level: regency", "  level: regency\n  colour: blue"),
        ModuleFileFixtures.TAKALAR.replace("kind: none", "kind: lottery"),
        ModuleFileFixtures.TAKALAR.replace("confidence: inferred", "confidence: probable"),
        ModuleFileFixtures.TAKALAR.replace("  eligibility.pastResults:", "  eligibility.pastResultz:"),
        ModuleFileFixtures.TAKALAR + "    colour: blue\n",
        ModuleFileFixtures.TAKALAR_SCORING.replace("kind: z-score, minSheets: 5", "kind: z-score, minSheets: 1"),
        ModuleFileFixtures.TAKALAR_SCORING.replace("dimension: institution", "dimension: colour"),
        ModuleFileFixtures.TAKALAR_SCORING.replace("base: tertinggal-2020-2024", "base: tertinggal-2030"));

    for (String file : broken) {
      assertThat(errors(file)).as(file).isNotEmpty();
      assertThatThrownBy(() -> ModuleFiles.read("broken.yaml", file, SinovikRules.registry())).isInstanceOf(InvalidModuleFileException.class);
    }
  }
}
