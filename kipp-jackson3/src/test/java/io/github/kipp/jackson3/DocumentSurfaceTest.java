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
 * The Jackson 3 line's documents have the public surface of the Jackson 2 line's, member for member,
 * so that a host moves between lines by changing the package of its imports.
 */
class DocumentSurfaceTest {

  /** The public members of a type, with the Jackson 3 package written as the Jackson 2 one. */
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
    return Stream.of(methods, constructors, fields).flatMap(s -> s).map(s -> s.replace("io.github.kipp.jackson3.", "io.github.kipp.jackson.")).sorted().toList();
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
  void the_competition_document_and_its_builder_match_the_jackson_2_lines() {
    assertThat(surface(CompetitionDocument.class)).isNotEmpty().isEqualTo(surface(io.github.kipp.jackson.CompetitionDocument.class));
    assertThat(surface(CompetitionDocument.Builder.class)).isNotEmpty().isEqualTo(surface(io.github.kipp.jackson.CompetitionDocument.Builder.class));
  }

  @Test
  void the_results_document_and_its_builder_match_the_jackson_2_lines() {
    assertThat(surface(ResultsDocument.class)).isNotEmpty().isEqualTo(surface(io.github.kipp.jackson.ResultsDocument.class));
    assertThat(surface(ResultsDocument.Builder.class)).isNotEmpty().isEqualTo(surface(io.github.kipp.jackson.ResultsDocument.Builder.class));
  }

  @Test
  void the_limits_of_a_document_are_the_same_on_both_lines() {
    assertThat(CompetitionDocument.MAX_PROPOSALS).isEqualTo(io.github.kipp.jackson.CompetitionDocument.MAX_PROPOSALS);
    assertThat(CompetitionDocument.MAX_ENTRIES).isEqualTo(io.github.kipp.jackson.CompetitionDocument.MAX_ENTRIES);
    assertThat(CompetitionDocument.MAX_SHEETS_PER_STAGE).isEqualTo(io.github.kipp.jackson.CompetitionDocument.MAX_SHEETS_PER_STAGE);
  }
}
