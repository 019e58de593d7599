package io.github.kipp.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.kipp.core.internal.constraints.HttpLinkValidator;
import io.github.kipp.core.internal.constraints.PlainTextValidator;
import java.util.List;
import org.junit.jupiter.api.Test;

class InternalChecksTest {

  private static final String DIR = "/io/github/kipp/core/internal/";

  @Test
  void text_with_a_complete_surrogate_pair_is_plain() {
    assertThat(PlainTextValidator.isPlain("Inovasi \uD83D\uDE00 desa", false)).isTrue();
    assertThat(PlainTextValidator.isPlain("\uD83D\uDE00", false)).isTrue();
  }

  @Test
  void a_broken_surrogate_pair_is_not_plain_wherever_it_stands() {
    assertThat(PlainTextValidator.isPlain("akhir \uD83D", false)).isFalse();
    assertThat(PlainTextValidator.isPlain("\uD83Dx", false)).isFalse();
    assertThat(PlainTextValidator.isPlain("\uD83D\uD83D\uDE00", false)).isFalse();
    assertThat(PlainTextValidator.isPlain("x\uDE00", false)).isFalse();
    assertThat(PlainTextValidator.isPlain("\uDE00\uD83D", false)).isFalse();
  }

  @Test
  void line_breaks_and_tabs_are_plain_only_in_multiline_text_and_other_controls_never() {
    assertThat(PlainTextValidator.isPlain("satu\ndua\r\ttiga", true)).isTrue();
    assertThat(PlainTextValidator.isPlain("satu\ndua", false)).isFalse();
    assertThat(PlainTextValidator.isPlain("satu\u2028dua", true)).isFalse();
    assertThat(PlainTextValidator.isPlain("satu\u2029dua", true)).isFalse();
    assertThat(PlainTextValidator.isPlain("satu\u0007dua", true)).isFalse();
    assertThat(PlainTextValidator.isPlain("", false)).isTrue();
  }

  @Test
  void a_text_link_is_valid_only_as_an_absolute_http_or_https_address() {
    HttpLinkValidator.ForText v = new HttpLinkValidator.ForText();

    assertThat(v.isValid(null, null)).isTrue();
    assertThat(v.isValid("https://www.youtube.com/watch?v=abc", null)).isTrue();
    assertThat(v.isValid("HTTP://example.org/video", null)).isTrue();
    assertThat(v.isValid("ftp://example.org/video", null)).isFalse();
    assertThat(v.isValid("/relative/path", null)).isFalse();
    assertThat(v.isValid("https://exa mple.org/", null)).isFalse();
  }

  @Test
  void a_bundled_csv_skips_its_header_and_blank_lines_and_trims_fields() {
    List<List<String>> rows = BundledCsv.read(InternalChecksTest.class, DIR + "two-rows.csv", 2);

    assertThat(rows).containsExactly(List.of("73", "Sulawesi Selatan"), List.of("35", "Jawa Timur"));
    assertThat(BundledCsv.read(InternalChecksTest.class, DIR + "header-only.csv", 2)).isEmpty();
  }

  @Test
  void a_bundled_csv_row_with_the_wrong_number_of_fields_is_named_by_its_line() {
    assertThatThrownBy(() -> BundledCsv.read(InternalChecksTest.class, DIR + "three-fields-on-line-3.csv", 2))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(DIR + "three-fields-on-line-3.csv line 3 has 3 fields, expected 2");
  }

  @Test
  void a_missing_bundled_resource_fails_naming_it() {
    assertThatThrownBy(() -> BundledCsv.read(InternalChecksTest.class, DIR + "absent.csv", 2))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("bundled resource " + DIR + "absent.csv is missing from the jar");
  }
}
