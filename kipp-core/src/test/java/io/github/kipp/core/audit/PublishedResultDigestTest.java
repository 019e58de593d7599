package io.github.kipp.core.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.google.common.collect.ImmutableList;
import io.github.kipp.core.Citation;
import io.github.kipp.core.InvalidInputException;
import io.github.kipp.core.LocalizedText;
import io.github.kipp.core.Reason;
import io.github.kipp.core.Violation;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A published result's hash is exactly the one its javadoc describes, computed here from that
 * description with the JDK's SHA-256, so every part of the result is proven to be hashed; and a
 * stored result edited in any part is refused when it is read back.
 */
class PublishedResultDigestTest {

  private static final Instant AT = Instant.parse("2023-07-03T02:00:00Z");
  private static final Citation RULING = Citation.regulation("PermenPANRB 1/2023", "Pasal 12 ayat (2)").withSources("S14", "S15")
      .withNote("putusan tim panel");
  private static final Reason UPHELD = Reason.of("objection.upheld", LocalizedText.of("Sanggahan diterima", "Objection upheld"), RULING,
      Citation.reported("Panduan KIPP 2023", "Bab IV"));

  /** The canonical form as documented: counts as 4-byte little-endian integers, texts as their UTF-8 length then bytes. */
  private static final class Reference {
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

    Reference count(int n) {
      bytes.writeBytes(ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putInt(n).array());
      return this;
    }

    Reference text(String s) {
      byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
      count(utf8.length);
      bytes.writeBytes(utf8);
      return this;
    }

    String sha256() {
      try {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes.toByteArray()));
      } catch (NoSuchAlgorithmException e) {
        throw new AssertionError(e);
      }
    }
  }

  private static String documented(String reference, String title, Instant at, List<String> lines, String supersedes, Optional<Reason> reason) {
    Reference r = new Reference().text(reference).text(title).text(at.toString()).text(supersedes).count(lines.size());
    lines.forEach(r::text);
    reason.ifPresent(why -> {
      r.text(why.code()).text(why.message().indonesian()).text(why.message().english()).count(why.citations().size());
      for (Citation c : why.citations()) {
        r.text(c.instrument()).text(c.provision()).text(c.confidence().name()).count(c.sources().size());
        c.sources().forEach(r::text);
        r.text(c.note());
      }
    });
    return r.sha256();
  }

  @Test
  void a_publication_and_its_correction_hash_every_part_as_documented() {
    PublishedResult first = PublishedResult.of("B/112/M.PAN-RB/2023", "Top 99 Inovasi Pelayanan Publik", AT,
        List.of("1. p-17 Giatki Ces", "2. p-44 Sehati", "3. p-03 Si Modis — Kab. Luwu Utara"));
    PublishedResult corrected = first.correctedBy("B/130/M.PAN-RB/2023", AT.plusSeconds(86_400), List.of("1. p-44 Sehati", "2. p-17 Giatki Ces"), UPHELD);

    assertThat(first.hash()).isEqualTo(documented(first.reference(), first.title(), first.at(), first.lines(), "", Optional.empty()));
    assertThat(corrected.hash()).isEqualTo(documented(corrected.reference(), corrected.title(), corrected.at(), corrected.lines(), first.hash(),
        Optional.of(UPHELD)));
  }

  @Test
  void a_stored_result_edited_in_any_part_is_refused_as_not_matching_its_hash() {
    PublishedResult first = PublishedResult.of("B/112", "Top 99", AT, List.of("1. p-17", "2. p-44"));
    PublishedResult c = first.correctedBy("B/130", AT.plusSeconds(60), List.of("1. p-44", "2. p-17"), UPHELD);
    Reason otherNote = Reason.of(UPHELD.code(), UPHELD.message(), RULING.withNote("putusan lain"), UPHELD.citations().get(1));
    Reason otherSource = Reason.of(UPHELD.code(), UPHELD.message(), RULING.withSources("S14"), UPHELD.citations().get(1));
    Reason otherText = Reason.of(UPHELD.code(), LocalizedText.of("Sanggahan diterima", "Objection granted"), UPHELD.citations().toArray(Citation[]::new));
    List<Runnable> edits = List.of(
        () -> new PublishedResult(c.reference(), c.title(), c.at(), ImmutableList.of("1. p-17", "2. p-44"), c.supersedes(), c.reason(), c.hash()),
        () -> new PublishedResult(c.reference(), c.title(), c.at(), ImmutableList.of("1. p-44", "2. p-18"), c.supersedes(), c.reason(), c.hash()),
        () -> new PublishedResult(c.reference(), c.title(), c.at(), ImmutableList.of("1. p-44"), c.supersedes(), c.reason(), c.hash()),
        () -> new PublishedResult("B/131", c.title(), c.at(), c.lines(), c.supersedes(), c.reason(), c.hash()),
        () -> new PublishedResult(c.reference(), "Top 98", c.at(), c.lines(), c.supersedes(), c.reason(), c.hash()),
        () -> new PublishedResult(c.reference(), c.title(), c.at().plusSeconds(1), c.lines(), c.supersedes(), c.reason(), c.hash()),
        () -> new PublishedResult(c.reference(), c.title(), c.at(), c.lines(), Optional.of("0".repeat(64)), c.reason(), c.hash()),
        () -> new PublishedResult(c.reference(), c.title(), c.at(), c.lines(), c.supersedes(), Optional.of(otherNote), c.hash()),
        () -> new PublishedResult(c.reference(), c.title(), c.at(), c.lines(), c.supersedes(), Optional.of(otherSource), c.hash()),
        () -> new PublishedResult(c.reference(), c.title(), c.at(), c.lines(), c.supersedes(), Optional.of(otherText), c.hash()));

    for (Runnable edit : edits) {
      InvalidInputException e = catchThrowableOfType(InvalidInputException.class, edit::run);
      assertThat(e).as("an edited stored result").isNotNull();
      assertThat(e.violations()).extracting(Violation::code).containsExactly("kipp.result.hash");
    }
    assertThat(new PublishedResult(c.reference(), c.title(), c.at(), c.lines(), c.supersedes(), c.reason(), c.hash())).isEqualTo(c);
  }

  @Test
  void a_stored_hash_or_superseded_hash_holding_malformed_text_is_refused_by_the_text_policy_under_its_field() {
    PublishedResult first = PublishedResult.of("B/112", "Top 99", AT, List.of("1. p-17"));
    PublishedResult c = first.correctedBy("B/130", AT.plusSeconds(60), List.of("1. p-44"), UPHELD);

    InvalidInputException badHash = catchThrowableOfType(InvalidInputException.class,
        () -> new PublishedResult(first.reference(), first.title(), first.at(), first.lines(), Optional.empty(), Optional.empty(),
            first.hash().substring(0, 63) + "\uD800"));
    InvalidInputException badSupersedes = catchThrowableOfType(InvalidInputException.class,
        () -> new PublishedResult(c.reference(), c.title(), c.at(), c.lines(), Optional.of(first.hash().substring(0, 63) + "\u202E"), c.reason(), c.hash()));

    assertThat(badHash.violations()).extracting(Violation::code, Violation::path).containsExactly(org.assertj.core.groups.Tuple.tuple("kipp.text.malformed", "hash"));
    assertThat(badSupersedes.violations()).extracting(Violation::code, Violation::path)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("kipp.text.invisible", "supersedes"));
  }

  @Test
  void a_result_that_corrects_nothing_but_gives_a_reason_is_refused_naming_the_reason_and_its_citations() {
    PublishedResult first = PublishedResult.of("B/112", "Top 99", AT, List.of("1. p-17"));

    InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
        () -> new PublishedResult("B/112", "Top 99", AT, ImmutableList.of("1. p-17"), Optional.empty(), Optional.of(UPHELD), first.hash()));

    assertThat(e.violations()).extracting(Violation::code).containsExactly("kipp.result.reasonRequired");
    assertThat(e.violations().get(0).message().english()).contains("'objection.upheld' with 2 citation(s), superseding -");
  }
}
