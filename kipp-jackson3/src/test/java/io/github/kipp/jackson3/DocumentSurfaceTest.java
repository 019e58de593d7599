package io.github.kipp.jackson3;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The Jackson 3 line's facades have the public surface of the Jackson 2 line's, member for member,
 * so that a host moves between lines by changing the package of its imports. The documents and the
 * exception are one type for both lines (kipp-format's); only the mapper a facade hands out is each
 * line's own.
 */
class DocumentSurfaceTest {

  /**
   * The public members of a type, its own and those it inherits (most of a facade's are kipp-format's
   * base class's), with the Jackson 3 names written as the Jackson 2 ones.
   */
  private static List<String> surface(Class<?> type) {
    Stream<String> methods = Arrays.stream(type.getMethods()).map(DocumentSurfaceTest::signature);
    Stream<String> constructors = Arrays.stream(type.getConstructors()).map(DocumentSurfaceTest::signature);
    Stream<String> fields = Arrays.stream(type.getFields()).map(DocumentSurfaceTest::signature);
    return Stream.of(methods, constructors, fields).flatMap(s -> s)
        .map(s -> s.replace("io.github.kipp.jackson3.", "io.github.kipp.jackson.")
            .replace("tools.jackson.databind.ObjectMapper", "com.fasterxml.jackson.databind.ObjectMapper"))
        .sorted()
        .toList();
  }

  private static String signature(Method m) {
    return (Modifier.isStatic(m.getModifiers()) ? "static " : "") + m.getGenericReturnType().getTypeName() + " " + m.getName()
        + Arrays.stream(m.getGenericParameterTypes()).map(t -> t.getTypeName()).collect(Collectors.joining(", ", "(", ")"));
  }

  private static String signature(Constructor<?> c) {
    return "new" + Arrays.stream(c.getGenericParameterTypes()).map(t -> t.getTypeName()).collect(Collectors.joining(", ", "(", ")"));
  }

  private static String signature(Field f) {
    return (Modifier.isStatic(f.getModifiers()) ? "static " : "") + f.getGenericType().getTypeName() + " " + f.getName();
  }

  @Test
  void kipp_json_and_its_builder_match_the_jackson_2_lines() {
    assertThat(surface(KippJson.class)).isNotEmpty().isEqualTo(surface(io.github.kipp.jackson.KippJson.class));
    assertThat(surface(KippJson.Builder.class)).isNotEmpty().isEqualTo(surface(io.github.kipp.jackson.KippJson.Builder.class));
  }

  @Test
  void kipp_csv_matches_the_jackson_2_lines() {
    assertThat(surface(KippCsv.class)).isNotEmpty().isEqualTo(surface(io.github.kipp.jackson.KippCsv.class));
  }

  @Test
  void indicator_rows_csv_matches_the_jackson_2_lines() {
    assertThat(surface(IndicatorRowsCsv.class)).contains("static io.github.kipp.jackson.IndicatorRowsCsv csv()")
        .isEqualTo(surface(io.github.kipp.jackson.IndicatorRowsCsv.class));
  }

  @Test
  void the_facades_share_kipp_formats_base_classes() {
    assertThat(io.github.kipp.format.AbstractKippJson.class.isAssignableFrom(KippJson.class)
        && io.github.kipp.format.AbstractKippJson.class.isAssignableFrom(io.github.kipp.jackson.KippJson.class)).isTrue();
    assertThat(surface(KippJson.class)).contains("java.lang.String format()", "java.lang.String write(java.lang.Object)",
        "io.github.kipp.format.CompetitionDocument readCompetition(java.lang.String)");
  }

  /**
   * The versions and limits are declared once, by kipp-format, for both lines: no line declares a
   * constant of its own that could drift (before the facades shared a base class each line declared
   * them and a test compared their values).
   */
  @Test
  void the_versions_and_limits_of_both_lines_are_kipp_formats_own() throws ReflectiveOperationException {
    for (Class<?> facade : List.of(KippJson.class, io.github.kipp.jackson.KippJson.class)) {
      assertThat(facade.getDeclaredFields()).noneMatch(f -> Modifier.isPublic(f.getModifiers()));
      assertThat(facade.getFields()).hasSize(8);
      for (Field f : facade.getFields()) {
        assertThat(f.getDeclaringClass()).as(f.getName()).isEqualTo(io.github.kipp.format.AbstractKippJson.class);
        assertThat(f.get(null)).as(f.getName()).isEqualTo(io.github.kipp.format.KippFormat.class.getField(f.getName()).get(null));
      }
    }
    for (Class<?> csv : List.of(KippCsv.class, io.github.kipp.jackson.KippCsv.class)) {
      assertThat(csv.getField("SHEET_COLUMNS").getDeclaringClass()).isEqualTo(io.github.kipp.format.AbstractKippCsv.class);
    }
  }
}
