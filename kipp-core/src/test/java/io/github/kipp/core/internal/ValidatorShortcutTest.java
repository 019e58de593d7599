package io.github.kipp.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.kipp.core.InnovationId;
import io.github.kipp.core.InvalidInputException;
import io.github.kipp.core.innovation.ImplementationStart;
import io.github.kipp.core.innovation.Innovation;
import io.github.kipp.core.innovation.Video;
import io.github.kipp.core.institution.Institution;
import io.github.kipp.core.institution.InstitutionType;
import io.github.kipp.core.institution.Unit;
import io.github.kipp.core.institution.UnitKind;
import java.net.URI;
import java.time.Duration;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Names, titles and videos that pass kipp's direct checks skip the validator; these properties hold
 * the shortcut to the validator's own verdict, so that a value is refused exactly when the validator
 * refuses one of its constrained fields.
 */
class ValidatorShortcutTest {

  /** Letters, spaces and characters the text policy refuses (controls, invisible, bidirectional, a lone surrogate). */
  private static final String MIXED = "aZ9 .-\u00e9\t\n\r\u0000\u007f\u00a0\u200b\u202e\u2028\u3000\ud835\udc00\ud835\ufeff";

  /** Mostly letters, for lengths around the limits. */
  private static final String MOSTLY_PLAIN = "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa \u200b";

  private static final Institution HOME = Institution.central("kemenpanrb", "Kementerian PANRB", InstitutionType.KEMENTERIAN);
  private static final Unit UNIT = Unit.of("deputi", "Deputi Pelayanan Publik", HOME, UnitKind.PERANGKAT_DAERAH);

  private static Gen<String> texts(String alphabet, int minLength, int maxLength) {
    return lists().of(integers().between(0, alphabet.length() - 1)).ofSizeBetween(minLength, maxLength).map(indexes -> {
      StringBuilder out = new StringBuilder(indexes.size());
      indexes.forEach(i -> out.append(alphabet.charAt(i)));
      return out.toString();
    });
  }

  private static Gen<String> names() {
    return texts(MIXED, 0, 12).mix(texts(MOSTLY_PLAIN, 240, 320), 50);
  }

  private static boolean validatorAccepts(Class<?> type, String field, Object value) {
    return BeanValidation.validator().validateValue(type, field, value).isEmpty();
  }

  private static boolean refusedOrMade(Runnable make) {
    Throwable thrown = catchThrowable(make::run);
    if (thrown == null) {
      return false;
    }
    assertThat(thrown).isInstanceOf(InvalidInputException.class);
    return true;
  }

  @Test
  void a_name_passes_the_direct_check_exactly_when_the_validator_accepts_it() {
    qt().withFixedSeed(2101).withExamples(3_000).forAll(names()).checkAssert(name -> {
      assertThat(BeanValidation.isValidName(name, Institution.MAX_NAME)).isEqualTo(validatorAccepts(Institution.class, "name", name));
      assertThat(BeanValidation.isValidName(name, Innovation.MAX_TITLE)).isEqualTo(validatorAccepts(Innovation.class, "title", name));
    });
  }

  @Test
  void an_institution_or_unit_is_refused_exactly_when_the_validator_refuses_its_name() {
    qt().withFixedSeed(2102).withExamples(3_000).forAll(names()).checkAssert(name -> {
      boolean accepted = validatorAccepts(Institution.class, "name", name);
      assertThat(refusedOrMade(() -> Institution.central("lembaga", name, InstitutionType.LEMBAGA))).isEqualTo(!accepted);
      assertThat(refusedOrMade(() -> Unit.of("unit", name, HOME, UnitKind.PERANGKAT_DAERAH))).isEqualTo(!validatorAccepts(Unit.class, "name", name));
    });
  }

  @Test
  void an_innovation_is_refused_exactly_when_the_validator_refuses_its_title_or_expansion() {
    Gen<Optional<String>> expansions = names().map(Optional::of).mix(texts(MIXED, 0, 0).map(e -> Optional.<String>empty()), 20);
    qt().withFixedSeed(2103).withExamples(3_000).forAll(names(), expansions).checkAssert((title, expansion) -> {
      boolean accepted = validatorAccepts(Innovation.class, "title", title)
          && expansion.map(e -> validatorAccepts(Innovation.class, "expansion", e)).orElse(true);
      assertThat(refusedOrMade(() -> Innovation.of(InnovationId.of("inovasi"), title, expansion, HOME, UNIT,
          ImplementationStart.ofMonth(YearMonth.of(2020, 1))))).isEqualTo(!accepted);
    });
  }

  @Test
  void a_video_is_refused_exactly_when_the_validator_refuses_its_height_or_link() {
    List<URI> links = List.of(URI.create("https://video.example.org/a"), URI.create("HTTP://Video.Example.org"), URI.create("ftp://video.example.org/a"),
        URI.create("mailto:panitia@example.org"), URI.create("https:///tanpa-host"), URI.create("/relatif"), URI.create("https://a"));
    qt().withFixedSeed(2104).withExamples(3_000).forAll(integers().between(-3, 10_003).mix(integers().between(9_990, 10_010), 30),
        integers().between(0, links.size() - 1)).checkAssert((height, link) -> {
          boolean accepted = validatorAccepts(Video.class, "height", height) && validatorAccepts(Video.class, "link", links.get(link));
          assertThat(refusedOrMade(() -> Video.of(Duration.ofMinutes(3), height, links.get(link)))).isEqualTo(!accepted);
        });
  }
}
