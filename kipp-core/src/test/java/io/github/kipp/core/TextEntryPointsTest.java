package io.github.kipp.core;

import static io.github.kipp.core.validation.TextPolicy.Kind.MULTI_LINE;
import static io.github.kipp.core.validation.TextPolicy.Kind.SINGLE_LINE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.kipp.core.audit.DecisionLog;
import io.github.kipp.core.audit.EntryKind;
import io.github.kipp.core.audit.PublishedResult;
import io.github.kipp.core.edition.Category;
import io.github.kipp.core.edition.InnovationGroup;
import io.github.kipp.core.innovation.Attachment;
import io.github.kipp.core.innovation.AttachmentKind;
import io.github.kipp.core.innovation.ImplementationStart;
import io.github.kipp.core.innovation.Innovation;
import io.github.kipp.core.innovation.ProposalSection;
import io.github.kipp.core.innovation.Replication;
import io.github.kipp.core.innovation.Video;
import io.github.kipp.core.institution.Institution;
import io.github.kipp.core.institution.InstitutionType;
import io.github.kipp.core.institution.Region;
import io.github.kipp.core.institution.RegionCode;
import io.github.kipp.core.institution.RegionLevel;
import io.github.kipp.core.institution.Unit;
import io.github.kipp.core.institution.UnitKind;
import io.github.kipp.core.stage.StageMachine;
import io.github.kipp.core.validation.TextPolicy;
import io.github.kipp.core.validation.TextSamples;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every text kipp-core accepts goes through one text policy: each factory and constructor that
 * takes a text refuses every class of code point its kind refuses, under the field's name, and
 * accepts every class its kind keeps.
 */
class TextEntryPointsTest {

  private static final Instant T0 = Instant.parse("2023-07-01T01:00:00Z");
  private static final Actor SECRETARIAT = Actor.of("sekretariat", Role.SECRETARIAT);

  /** A factory that puts a text into one field of a value. */
  private record EntryPoint(String name, TextPolicy.Kind kind, String field, Function<String, Object> make) {}

  private static List<EntryPoint> entryPoints() {
    return List.of(
        new EntryPoint("LocalizedText.of, Indonesian", SINGLE_LINE, "indonesian", t -> LocalizedText.of(t, "Title")),
        new EntryPoint("LocalizedText.of, English", SINGLE_LINE, "english", t -> LocalizedText.of("Judul", t)),
        new EntryPoint("LocalizedText.same", SINGLE_LINE, "indonesian", LocalizedText::same),
        new EntryPoint("new LocalizedText", SINGLE_LINE, "english", t -> new LocalizedText("Judul", t)),
        new EntryPoint("Category.of (a category's name)", SINGLE_LINE, "indonesian", t -> Category.of("tata-kelola", t, "Governance")),
        new EntryPoint("InnovationGroup.open (a group's name)", SINGLE_LINE, "english", t -> InnovationGroup.open("umum", "Umum", t)),
        new EntryPoint("StageMachine stage name", SINGLE_LINE, "indonesian",
            t -> StageMachine.newBuilder().stage(StageId.of("daftar"), t, "Registered", true)),
        new EntryPoint("Citation instrument", SINGLE_LINE, "instrument", t -> Citation.reported(t, "Pasal 5")),
        new EntryPoint("Citation provision", SINGLE_LINE, "provision", t -> Citation.reported("PermenPANRB 1/2023", t)),
        new EntryPoint("Citation note", MULTI_LINE, "note", t -> Citation.inferred("PermenPANRB 1/2023", "Pasal 5", t)),
        new EntryPoint("Reason code", SINGLE_LINE, "code", t -> Reason.of(t, LocalizedText.of("Alasan", "Reason"))),
        new EntryPoint("Decision subject", SINGLE_LINE, "subject", t -> Decision.pass(t, "eligibility.age")),
        new EntryPoint("Decision rule", SINGLE_LINE, "rule", t -> Decision.pass("proposal p-1", t)),
        new EntryPoint("Region name", SINGLE_LINE, "name", t -> new Region(RegionCode.of("73.22"), t, RegionLevel.REGENCY)),
        new EntryPoint("Institution name", SINGLE_LINE, "name", t -> Institution.central("kemenkes", t, InstitutionType.KEMENTERIAN)),
        new EntryPoint("Unit name", SINGLE_LINE, "name", t -> Unit.of("dinkes", t, Fixtures.LUWU_UTARA, UnitKind.PERANGKAT_DAERAH)),
        new EntryPoint("Innovation title", SINGLE_LINE, "title", t -> innovation(t, Optional.empty())),
        new EntryPoint("Innovation expansion", SINGLE_LINE, "expansion", t -> innovation("Giatki Ces", Optional.of(t))),
        new EntryPoint("Attachment name", SINGLE_LINE, "name", t -> Attachment.of(t, AttachmentKind.DECREE, 10)),
        new EntryPoint("ProposalSection text", MULTI_LINE, "text", t -> ProposalSection.of("signifikansi", t)),
        new EntryPoint("Replication adaptation", MULTI_LINE, "adaptation", t -> Replication.of(List.of(InnovationId.of("giatki-ces")), t)),
        new EntryPoint("decision log subject", SINGLE_LINE, "subject",
            t -> DecisionLog.create().append(T0, SECRETARIAT, EntryKind.NOTE, t, "payload", List.of())),
        new EntryPoint("decision log payload", MULTI_LINE, "payload",
            t -> DecisionLog.create().append(T0, SECRETARIAT, EntryKind.NOTE, "proposal p-1", t, List.of())),
        new EntryPoint("decision log objection id", SINGLE_LINE, "subject",
            t -> publishedIn().recordObjection(T0, SECRETARIAT, t, published(), ProposalId.of("p-1"), "grounds")),
        new EntryPoint("decision log objection grounds", MULTI_LINE, "payload",
            t -> publishedIn().recordObjection(T0, SECRETARIAT, "obj-1", published(), ProposalId.of("p-1"), t)),
        new EntryPoint("PublishedResult reference", SINGLE_LINE, "reference", t -> PublishedResult.of(t, "Top 99", T0, List.of("1. p-1"))),
        new EntryPoint("PublishedResult title", SINGLE_LINE, "title", t -> PublishedResult.of("B/1/2023", t, T0, List.of("1. p-1"))),
        new EntryPoint("PublishedResult line", MULTI_LINE, "lines[1]", t -> PublishedResult.of("B/1/2023", "Top 99", T0, List.of("1. p-1", t))),
        new EntryPoint("PublishedResult correction reference", SINGLE_LINE, "reference",
            t -> published().correctedBy(t, T0.plusSeconds(1), List.of("1. p-2"), io.github.kipp.core.Reason.of("objection.upheld",
                io.github.kipp.core.LocalizedText.of("Sanggahan diterima", "Objection upheld"), io.github.kipp.core.Citation.regulation("PermenPANRB 7/2021", "Lampiran")))));
  }

  private static Innovation innovation(String title, Optional<String> expansion) {
    return Innovation.of(InnovationId.of("giatki"), title, expansion, Fixtures.LUWU_UTARA, Fixtures.DINKES,
        ImplementationStart.of(LocalDate.of(2020, 3, 1)));
  }

  /** A log in which the result objections contest was published, as the authorisation matrix requires. */
  private static DecisionLog publishedIn() {
    DecisionLog log = DecisionLog.create();
    log.recordPublication(published(), SECRETARIAT);
    return log;
  }

  private static PublishedResult published() {
    return PublishedResult.of("B/1/2023", "Top 99", T0, List.of("1. p-1"));
  }

  @TestFactory
  Stream<DynamicTest> every_text_factory_refuses_each_class_its_kind_refuses_and_accepts_the_rest() {
    List<DynamicTest> tests = new ArrayList<>();
    for (EntryPoint entry : entryPoints()) {
      for (TextSamples.Sample sample : TextSamples.all()) {
        String text = "Nama " + sample.text() + " akhir";
        String expected = entry.kind() == SINGLE_LINE ? sample.singleLine() : sample.multiLine();
        tests.add(DynamicTest.dynamicTest(entry.name() + ": " + sample.name(), () -> {
          if (expected == null) {
            assertThat(entry.make().apply(text)).isNotNull();
          } else {
            InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> entry.make().apply(text));
            assertThat(e).as("refused").isNotNull();
            assertThat(e.violations()).anySatisfy(v -> {
              assertThat(v.code()).isEqualTo(expected);
              assertThat(v.path()).isEqualTo(entry.field());
            });
          }
        }));
      }
    }
    return tests.stream();
  }

  @Test
  void localized_text_no_longer_accepts_nul_esc_del_nel_or_lone_surrogates() {
    for (String bad : List.of("\u0000", "\u001b", "\u007f", "\u0085", "\ud800", "\udfff")) {
      assertThatThrownBy(() -> LocalizedText.same("Kategori " + bad)).as(TextPolicy.escape(bad)).isInstanceOf(InvalidInputException.class);
      assertThatThrownBy(() -> LocalizedText.of("Kategori", "Category" + bad)).as(TextPolicy.escape(bad)).isInstanceOf(InvalidInputException.class);
    }
  }

  @Test
  void titles_can_no_longer_be_disguised_by_bidi_overrides_zero_width_characters_or_a_byte_order_mark() {
    for (String disguise : List.of("\u202e", "\u2066", "\u200b", "\u200d", "\u2060", "\ufeff", "\u00ad")) {
      assertThatThrownBy(() -> LocalizedText.same("KIPP" + disguise + " 2023")).as(TextPolicy.escape(disguise))
          .isInstanceOfSatisfying(InvalidInputException.class,
              e -> assertThat(e.violations()).extracting(Violation::code).containsOnly("kipp.text.invisible"));
    }
  }

  @Test
  void identifiers_refuse_every_class_but_plain_ascii() {
    for (TextSamples.Sample sample : TextSamples.all()) {
      if (sample.singleLine() != null) {
        assertThatThrownBy(() -> ProposalId.of("p-1" + sample.text())).as(sample.name()).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> ActorId.of("te" + sample.text())).as(sample.name()).isInstanceOf(InvalidInputException.class);
      }
    }
  }

  @Test
  void a_video_link_that_hides_a_bidi_override_or_an_invisible_character_is_refused() {
    for (String hidden : List.of("\u202e", "\u200b", "\ufeff")) {
      URI link = URI.create("https://video.example.id/watch" + hidden + "4pm.exe");
      InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> Video.of(Duration.ofMinutes(3), 1080, link));
      assertThat(e.violations()).extracting(Violation::code, Violation::path)
          .contains(org.assertj.core.groups.Tuple.tuple("kipp.text.invisible", "link"));
    }
    assertThat(Video.of(Duration.ofMinutes(3), 1080, URI.create("https://video.example.id/watch?v=abc")).link()).isNotNull();
  }

  @Test
  void a_rendered_message_escapes_what_its_arguments_would_otherwise_smuggle_in() {
    Violation v = io.github.kipp.core.internal.CoreMessages.violation("kipp.text.blank", "title\u202e\n", "");

    assertThat(v.message().english()).isEqualTo("title\\u202E\\n must not be blank.");
    assertThat(TextPolicy.allows(v.message().english(), SINGLE_LINE)).isTrue();
    assertThat(TextPolicy.allows(v.message().indonesian(), SINGLE_LINE)).isTrue();
  }
}
