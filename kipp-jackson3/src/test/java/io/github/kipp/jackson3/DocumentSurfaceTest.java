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

  /** The public members of a type, with the Jackson 3 names written as the Jackson 2 ones. */
  private static List<String> surface(Class<?> type) {
    Stream<String> methods = Arrays.stream(type.getDeclaredMethods())
        .filter(m -> Modifier.isPublic(m.getModifiers()))
        .map(DocumentSurfaceTest::signature);
    Stream<String> constructors = Arrays.stream(type.getDeclaredConstructors())
        .filter(c -> Modifier.isPublic(c.getModifiers()))
        .map(DocumentSurfaceTest::signature);
    Stream<String> fields = Arrays.stream(type.getDeclaredFields())
        .filter(f -> Modifier.isPublic(f.getModifiers()))
        .map(DocumentSurfaceTest::signature);
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
  void the_versions_and_limits_are_the_same_on_both_lines() {
    assertThat(KippJson.FORMAT_VERSION).isEqualTo(io.github.kipp.jackson.KippJson.FORMAT_VERSION);
    assertThat(KippJson.EDITION_RESULT_FORMAT_VERSION).isEqualTo(io.github.kipp.jackson.KippJson.EDITION_RESULT_FORMAT_VERSION);
    assertThat(KippJson.REPLICATION_NETWORK_FORMAT_VERSION).isEqualTo(io.github.kipp.jackson.KippJson.REPLICATION_NETWORK_FORMAT_VERSION);
    assertThat(List.of(KippJson.DEFAULT_MAX_DOCUMENT_LENGTH, KippJson.DEFAULT_MAX_NESTING_DEPTH, KippJson.DEFAULT_MAX_STRING_LENGTH,
            KippJson.DEFAULT_MAX_NUMBER_LENGTH, KippJson.DEFAULT_MAX_NAME_LENGTH))
        .isEqualTo(List.of(io.github.kipp.jackson.KippJson.DEFAULT_MAX_DOCUMENT_LENGTH, io.github.kipp.jackson.KippJson.DEFAULT_MAX_NESTING_DEPTH,
            io.github.kipp.jackson.KippJson.DEFAULT_MAX_STRING_LENGTH, io.github.kipp.jackson.KippJson.DEFAULT_MAX_NUMBER_LENGTH,
            io.github.kipp.jackson.KippJson.DEFAULT_MAX_NAME_LENGTH));
    assertThat(KippCsv.SHEET_COLUMNS).isEqualTo(io.github.kipp.jackson.KippCsv.SHEET_COLUMNS);
  }
}
