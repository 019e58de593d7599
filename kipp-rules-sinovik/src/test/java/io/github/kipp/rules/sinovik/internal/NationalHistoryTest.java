package io.github.kipp.rules.sinovik.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableSortedMap;
import io.github.kipp.rules.sinovik.ModuleFileProblem;
import io.github.kipp.rules.sinovik.SinovikKeys;
import io.github.kipp.rules.sinovik.SinovikModule;
import io.github.kipp.rules.sinovik.SinovikRules;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Period;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The national modules are built from one history of their parameters: each key in one place, with
 * its value and citation in each edition. A history that lists an edition twice for a key, or an
 * edition it does not declare, is refused naming the place.
 */
class NationalHistoryTest {

  private static final String HISTORY = resource(NationalHistory.RESOURCE);

  private static String resource(String name) {
    try (InputStream in = NationalHistoryTest.class.getClassLoader().getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void the_history_builds_the_four_national_editions_in_force_in_their_years() {
    ImmutableSortedMap<Integer, SinovikModule> modules = NationalHistory.read();

    assertThat(modules.keySet()).containsExactly(2021, 2022, 2023, 2025);
    modules.forEach((year, m) -> {
      assertThat(m.editionYear()).isEqualTo(year);
      assertThat(m.id().value()).isEqualTo("sinovik-" + year);
    });
    assertThat(SinovikRules.nationalModules()).extracting(SinovikModule::id).isEqualTo(modules.values().stream().map(SinovikModule::id).collect(Collectors.toList()));
  }

  @Test
  void the_minimum_age_of_every_edition_is_listed_in_one_place_with_each_editions_citation() {
    int key = HISTORY.indexOf("\n  eligibility.minimumAge:\n");
    int next = HISTORY.indexOf("\n  eligibility.minimumAge.byGroup:\n");
    String history = HISTORY.substring(key, next);

    assertThat(history).contains("editions: [2021]", "editions: [2022]", "editions: [2023]", "editions: [2025]");
    for (SinovikModule m : NationalHistory.read().values()) {
      assertThat(m.parameters().get(SinovikKeys.MINIMUM_AGE)).isEqualTo(Period.ofYears(2));
      assertThat(history).contains(m.parameters().citation(SinovikKeys.MINIMUM_AGE).note());
    }
  }

  @Test
  void an_edition_listed_twice_for_a_key_or_not_declared_is_refused_at_its_place() {
    String twice = HISTORY.replace("    - editions: [2022]\n      value: P2Y\n", "    - editions: [2022, 2021]\n      value: P2Y\n");
    String undeclared = HISTORY.replace("    - editions: [2022]\n      value: P2Y\n", "    - editions: [2024]\n      value: P2Y\n");

    assertThat(codes(twice)).containsExactly("kipp.module.file.twice");
    assertThat(codes(undeclared)).containsExactly("kipp.module.file.value");
  }

  private static List<String> codes(String text) {
    Problems problems = new Problems();
    assertThat(HistoryFileReader.read(text, problems)).isNull();
    return problems.sorted().stream().map(ModuleFileProblem::code).collect(Collectors.toList());
  }
}
