package io.github.kipp.testkit.fuzz;

import static io.github.kipp.testkit.fuzz.KippFuzz.examples;
import static io.github.kipp.testkit.fuzz.KippFuzz.hostileInts;
import static io.github.kipp.testkit.fuzz.KippFuzz.hostileText;
import static io.github.kipp.testkit.fuzz.KippFuzz.onlyKippErrors;
import static io.github.kipp.testkit.fuzz.KippFuzz.seed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.kipp.core.Actor;
import io.github.kipp.core.ActorId;
import io.github.kipp.core.CategoryId;
import io.github.kipp.core.Citation;
import io.github.kipp.core.Decision;
import io.github.kipp.core.EditionId;
import io.github.kipp.core.EffectivePeriod;
import io.github.kipp.core.GroupId;
import io.github.kipp.core.InnovationId;
import io.github.kipp.core.InstitutionId;
import io.github.kipp.core.InvalidInputException;
import io.github.kipp.core.LocalizedText;
import io.github.kipp.core.ProposalId;
import io.github.kipp.core.Reason;
import io.github.kipp.core.Role;
import io.github.kipp.core.RuleModuleId;
import io.github.kipp.core.SectionId;
import io.github.kipp.core.StageId;
import io.github.kipp.core.TierId;
import io.github.kipp.core.UnitId;
import io.github.kipp.core.audit.DecisionLog;
import io.github.kipp.core.audit.EntryKind;
import io.github.kipp.core.audit.PublishedResult;
import io.github.kipp.core.edition.Category;
import io.github.kipp.core.edition.Edition;
import io.github.kipp.core.innovation.Attachment;
import io.github.kipp.core.innovation.AttachmentKind;
import io.github.kipp.core.innovation.ProposalSection;
import io.github.kipp.core.innovation.SdgTarget;
import io.github.kipp.core.innovation.Video;
import io.github.kipp.core.innovation.WordCounter;
import io.github.kipp.core.institution.Institution;
import io.github.kipp.core.institution.InstitutionType;
import io.github.kipp.core.institution.RegionCatalogue;
import io.github.kipp.core.institution.RegionCode;
import io.github.kipp.core.institution.Unit;
import io.github.kipp.core.institution.UnitKind;
import io.github.kipp.core.validation.TextPolicy;
import io.github.kipp.testkit.KippBuilders;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** Fuzzes kipp-core's public factories with hostile text and numbers: only kipp errors may escape. */
class CoreFactoriesFuzzTest {

  private static final List<Function<String, ?>> IDS = List.of(
      ProposalId::of, ActorId::of, InstitutionId::of, UnitId::of, InnovationId::of, EditionId::of, GroupId::of, CategoryId::of,
      SectionId::of, StageId::of, TierId::of, RuleModuleId::of);
  private static final RegionCatalogue REGIONS = RegionCatalogue.bundled();
  private static final Edition EDITION = KippBuilders.edition().build();

  @Test
  void identifiers_of_any_text_are_made_or_refused_with_a_kipp_error() {
    qt().withFixedSeed(seed()).withExamples(examples()).forAll(hostileText(160), integers().between(0, IDS.size() - 1))
        .checkAssert((text, kind) -> onlyKippErrors(text, () -> java.util.Objects.requireNonNull(IDS.get(kind).apply(text))));
  }

  @Test
  void region_codes_of_any_text_are_parsed_and_looked_up_or_refused() {
    qt().withFixedSeed(seed()).withExamples(examples()).forAll(hostileText(24))
        .checkAssert(text -> onlyKippErrors(text, () -> REGIONS.find(RegionCode.of(text))));
  }

  @Test
  void sdg_targets_of_any_text_are_parsed_or_refused() {
    qt().withFixedSeed(seed()).withExamples(examples()).forAll(hostileText(16))
        .checkAssert(text -> onlyKippErrors(text, () -> SdgTarget.parse(text)));
  }

  @Test
  void bilingual_texts_citations_and_reasons_of_any_text_are_made_or_refused() {
    qt().withFixedSeed(seed()).withExamples(examples()).forAll(hostileText(120), hostileText(120), integers().between(0, 3))
        .checkAssert((a, b, kind) -> onlyKippErrors(a + "|" + b, () -> {
          Citation citation = switch (kind) {
            case 0 -> Citation.regulation(a, b);
            case 1 -> Citation.reported(a, b);
            case 2 -> Citation.inferred(a, "Pasal 1", b);
            default -> Citation.unknown(a, b).withSources(b);
          };
          Reason.of("fuzz.reason", LocalizedText.of(a, b), citation);
        }));
  }

  @Test
  void institutions_units_and_categories_of_any_text_are_made_or_refused() {
    qt().withFixedSeed(seed()).withExamples(examples()).forAll(hostileText(80), hostileText(400), hostileText(12))
        .checkAssert((id, name, region) -> {
          String input = id + "|" + name + "|" + region;
          onlyKippErrors(input, () -> Unit.of(id, name, Institution.central(id, name, InstitutionType.KEMENTERIAN), UnitKind.UNIT_PELAYANAN));
          onlyKippErrors(input, () -> Institution.regionalGovernment(id, name, InstitutionType.KABUPATEN, RegionCode.of(region)));
          onlyKippErrors(input, () -> Category.of(id, name, name));
        });
  }

  @Test
  void sections_attachments_and_word_counts_of_any_text_are_made_or_refused() {
    qt().withFixedSeed(seed()).withExamples(examples()).forAll(hostileText(40), hostileText(2000), longs().all())
        .checkAssert((id, text, size) -> {
          String input = id + "|" + text + "|" + size;
          onlyKippErrors(input, () -> WordCounter.count(text));
          onlyKippErrors(input, () -> ProposalSection.of(id, text));
          onlyKippErrors(input, () -> Attachment.of(text.length() > 300 ? text.substring(0, 300) : text, AttachmentKind.SUPPORTING_DATA, size));
        });
  }

  @Test
  void proposals_with_any_section_text_are_built_and_checked_against_the_edition_or_refused() {
    qt().withFixedSeed(seed()).withExamples(examples()).forAll(hostileText(60), hostileText(3000), hostileText(60))
        .checkAssert((section, text, title) -> onlyKippErrors(section + "|" + text + "|" + title, () ->
            EDITION.check(KippBuilders.proposalFor(EDITION).title(title).section(section, text).build())));
  }

  @Test
  void years_periods_and_videos_of_any_number_are_made_or_refused() {
    qt().withFixedSeed(seed()).withExamples(examples()).forAll(hostileInts(), hostileInts(), hostileInts())
        .checkAssert((year, seconds, height) -> {
          String input = year + "/" + seconds + "/" + height;
          onlyKippErrors(input, () -> EffectivePeriod.ofYear(year));
          onlyKippErrors(input, () -> Video.of(Duration.ofSeconds(seconds), height, URI.create("https://video.example.id/v/1")));
        });
  }

  private static final Instant T0 = Instant.parse("2023-07-01T01:00:00Z");

  /** A factory that puts a text into a field of one kind. */
  private record TextEntry(String name, TextPolicy.Kind kind, Function<String, ?> make) {}

  private static final List<TextEntry> TEXTS = List.of(
      new TextEntry("LocalizedText", TextPolicy.Kind.SINGLE_LINE, t -> LocalizedText.of(t, "Title")),
      new TextEntry("Category", TextPolicy.Kind.SINGLE_LINE, t -> Category.of("tata-kelola", "Tata Kelola", t)),
      new TextEntry("Citation instrument", TextPolicy.Kind.SINGLE_LINE, t -> Citation.reported(t, "Pasal 5")),
      new TextEntry("Citation note", TextPolicy.Kind.MULTI_LINE, t -> Citation.inferred("PermenPANRB 1/2023", "Pasal 5", t)),
      new TextEntry("Institution", TextPolicy.Kind.SINGLE_LINE, t -> Institution.central("kemenkes", t, InstitutionType.KEMENTERIAN)),
      new TextEntry("Attachment", TextPolicy.Kind.SINGLE_LINE, t -> Attachment.of(t, AttachmentKind.SUPPORTING_DATA, 1)),
      new TextEntry("ProposalSection", TextPolicy.Kind.MULTI_LINE, t -> ProposalSection.of("signifikansi", t)),
      new TextEntry("Decision", TextPolicy.Kind.SINGLE_LINE, t -> Decision.pass(t, "eligibility.age")),
      new TextEntry("PublishedResult title", TextPolicy.Kind.SINGLE_LINE, t -> PublishedResult.of("B/1/2023", t, T0, List.of("1. p-1"))),
      new TextEntry("PublishedResult line", TextPolicy.Kind.MULTI_LINE, t -> PublishedResult.of("B/1/2023", "Top 99", T0, List.of(t))),
      new TextEntry("log subject", TextPolicy.Kind.SINGLE_LINE,
          t -> DecisionLog.create().append(T0, Actor.of("sekretariat", Role.SECRETARIAT), EntryKind.NOTE, t, "p", List.of())),
      new TextEntry("log payload", TextPolicy.Kind.MULTI_LINE,
          t -> DecisionLog.create().append(T0, Actor.of("sekretariat", Role.SECRETARIAT), EntryKind.NOTE, "s", t, List.of())));

  @Test
  void texts_of_every_code_point_class_are_accepted_exactly_when_the_text_policy_allows_them() {
    qt().withFixedSeed(seed()).withExamples(examples()).forAll(KippFuzz.everyCodePointClass(10), integers().between(0, TEXTS.size() - 1))
        .checkAssert((sample, which) -> {
          TextEntry entry = TEXTS.get(which);
          String text = "x" + sample;
          onlyKippErrors(entry.name() + ": " + KippFuzz.describe(text), () -> {
            boolean allowed = TextPolicy.allows(text, entry.kind());
            try {
              assertThat(entry.make().apply(text)).isNotNull();
              assertThat(allowed).as("%s accepted %s", entry.name(), KippFuzz.describe(text)).isTrue();
            } catch (InvalidInputException refused) {
              assertThat(allowed).as("%s refused %s", entry.name(), KippFuzz.describe(text)).isFalse();
              assertThat(refused.violations()).extracting(v -> v.code()).containsAnyOf(
                  "kipp.text.malformed", "kipp.text.controlCharacter", "kipp.text.invisible");
              throw refused;
            }
          });
        });
  }
}
