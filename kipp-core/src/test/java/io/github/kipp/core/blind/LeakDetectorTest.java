package io.github.kipp.core.blind;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.kipp.core.Fixtures;
import io.github.kipp.core.InnovationId;
import io.github.kipp.core.InstitutionId;
import io.github.kipp.core.InvalidInputException;
import io.github.kipp.core.UnitId;
import io.github.kipp.core.Violation;
import io.github.kipp.core.innovation.Attachment;
import io.github.kipp.core.innovation.AttachmentKind;
import io.github.kipp.core.innovation.ImplementationStart;
import io.github.kipp.core.innovation.Innovation;
import io.github.kipp.core.innovation.Proposal;
import io.github.kipp.core.innovation.ProposalSection;
import io.github.kipp.core.innovation.Replication;
import io.github.kipp.core.institution.Institution;
import io.github.kipp.core.institution.InstitutionType;
import io.github.kipp.core.institution.RegionCode;
import io.github.kipp.core.institution.Unit;
import io.github.kipp.core.institution.UnitKind;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class LeakDetectorTest {

  private static final Identity LUWU_UTARA = new Identity(IdentityKind.REGENCY, "73.22", "Kabupaten Luwu Utara");
  private static final Identity SULSEL = new Identity(IdentityKind.PROVINCE, "73", "Sulawesi Selatan");
  private static final Identity PEMKAB =
      new Identity(IdentityKind.INSTITUTION, "pemkab-luwu-utara", "Pemerintah Kabupaten Luwu Utara");
  private static final Identity DINKES = new Identity(IdentityKind.UNIT, "luwu-utara-dinkes", "Dinas Kesehatan");

  private static final Proposal LUWU = Fixtures.proposal("p-luwu").build();
  private static final Proposal BONE = entrantOf("bone", "Pemerintah Kabupaten Bone", InstitutionType.KABUPATEN, "73.08");
  private static final Proposal BATU = entrantOf("batu", "Pemerintah Kota Batu", InstitutionType.KOTA, "35.79");
  private static final Proposal BANDUNG = entrantOf("bandung", "Pemerintah Kabupaten Bandung", InstitutionType.KABUPATEN, "32.04");
  private static final Proposal MALANG = entrantOf("malang", "Pemerintah Kota Malang", InstitutionType.KOTA, "35.73");
  private static final Proposal PAPUA = entrantOf("papua", "Pemerintah Provinsi Papua", InstitutionType.PROVINSI, "91");
  private static final Proposal PATI = entrantOf("pati", "Pemerintah Kabupaten Pati", InstitutionType.KABUPATEN, "33.18");
  private static final Proposal PADANG = entrantOf("padang", "Pemerintah Kota Padang", InstitutionType.KOTA, "13.71");
  private static final Proposal AGAM = entrantOf("agam", "Pemerintah Kabupaten Agam", InstitutionType.KABUPATEN, "13.06");

  private static final LeakDetector DETECTOR =
      LeakDetector.newBuilder()
          .entrants(List.of(LUWU, BONE, BATU, BANDUNG, MALANG, PAPUA, PATI, PADANG, AGAM))
          .alias(RegionCode.of("73.22"), "Lutra")
          .alias(UnitId.of("luwu-utara-dinkes"), "Dinkes Lutra")
          .alias(InstitutionId.of("pemkab-luwu-utara"), "PKLU")
          .build();

  private static Proposal entrantOf(String id, String name, InstitutionType type, String region) {
    Institution institution = type == InstitutionType.PROVINSI || type == InstitutionType.KABUPATEN || type == InstitutionType.KOTA
        ? Institution.regionalGovernment("pemda-" + id, name, type, RegionCode.of(region))
        : Institution.central("pemda-" + id, name, type);
    Unit unit = Unit.of("upp-" + id, "Unit Layanan Terpadu", institution, UnitKind.UNIT_PELAYANAN);
    Innovation innovation = Innovation.of(InnovationId.of("inovasi-" + id), "Layanan Cepat", Optional.empty(), institution, unit,
        ImplementationStart.ofMonth(YearMonth.of(2020, 1)));
    return with(innovation, "p-" + id).build();
  }

  /** The fixture's proposal under another id and innovation. */
  private static Proposal.Builder with(Innovation innovation, String id) {
    Proposal base = Fixtures.proposal(id).build();
    return Proposal.newBuilder().id(base.id()).innovation(innovation).edition(base.edition()).group(base.group())
        .category(base.category()).sdgs(base.sdgs()).sections(base.sections());
  }

  /** The proposal's entrant with one section holding the text. */
  private static Proposal saying(Proposal entrant, String text) {
    return entrant.toBuilder().clearSections().section(ProposalSection.of("signifikansi", text)).build();
  }

  private static List<Leak> leaks(Proposal entrant, String text) {
    return DETECTOR.scan(saying(entrant, text));
  }

  @Test
  void finds_the_regency_by_its_bare_name_at_its_exact_offsets() {
    String text = "Inovasi ini lahir di Luwu Utara pada 2019.";

    List<Leak> found = leaks(LUWU, text);

    assertThat(found).hasSize(1);
    Leak leak = found.get(0);
    assertThat(leak.start()).isEqualTo(21);
    assertThat(leak.end()).isEqualTo(31);
    assertThat(leak.text()).isEqualTo("Luwu Utara").isEqualTo(text.substring(leak.start(), leak.end()));
    assertThat(leak.field()).isEqualTo(LeakField.SECTION);
    assertThat(leak.section()).hasValueSatisfying(s -> assertThat(s.value()).isEqualTo("signifikansi"));
    assertThat(leak.path()).isEqualTo("sections[signifikansi]");
    assertThat(leak.names()).containsExactly(LUWU_UTARA);
    assertThat(leak.message().english())
        .isEqualTo("Proposal p-luwu, sections[signifikansi], characters 21 to 31: 'Luwu Utara' names the entrant's regency or city Kabupaten Luwu Utara.");
    assertThat(leak.message().indonesian())
        .isEqualTo("Proposal p-luwu, sections[signifikansi], karakter 21 sampai 31: 'Luwu Utara' menyebut kabupaten/kota Kabupaten Luwu Utara peserta.");
  }

  @ParameterizedTest
  @ValueSource(strings = {"Kabupaten Luwu Utara", "Kab. Luwu Utara", "Kab Luwu Utara", "kab.luwu utara", "Pemkab Luwu Utara",
      "KABUPATEN LUWU UTARA", "Pemda Luwu Utara", "Bupati Luwu Utara", "Pemerintah Daerah Kabupaten Luwu Utara", "Lutra",
      "Luwu-Utara", "Luwu  Utara", "Luwu\u00a0Utara", "L\u00faw\u00fa \u00dat\u00e1r\u00e1", "Lu\u0301wu Utara",
      "\uff2c\uff55\uff57\uff55 \uff35\uff54\uff41\uff52\uff41"})
  void finds_the_regency_written_with_any_prefix_case_diacritic_or_spacing_and_reports_it_as_written(String written) {
    String text = "Program ini (" + written + ") dimulai tahun lalu.";

    List<Leak> found = leaks(LUWU, text);

    assertThat(found).singleElement().satisfies(leak -> {
      assertThat(leak.text()).isEqualTo(written);
      assertThat(leak.start()).isEqualTo(text.indexOf(written));
      assertThat(leak.end()).isEqualTo(text.indexOf(written) + written.length());
      assertThat(leak.kinds()).contains(IdentityKind.REGENCY);
    });
  }

  @ParameterizedTest
  @ValueSource(strings = {"Sulawesi Selatan", "Provinsi Sulawesi Selatan", "Propinsi Sulawesi Selatan", "Prov. Sulawesi Selatan",
      "Pemprov Sulawesi Selatan", "Gubernur Sulawesi Selatan", "Sulsel", "Prov. Sulsel", "SULAWESI-SELATAN"})
  void finds_the_province_by_its_name_its_prefixes_and_its_short_name(String written) {
    String text = "Didukung oleh " + written + ".";

    assertThat(leaks(LUWU, text)).singleElement().satisfies(leak -> {
      assertThat(leak.text()).isEqualTo(written);
      assertThat(leak.names()).containsExactly(SULSEL);
    });
  }

  @Test
  void finds_the_institution_the_unit_and_their_aliases() {
    String text = "Pemerintah Kabupaten Luwu Utara melalui Dinas Kesehatan; PKLU dan Dinkes Lutra bekerja sama.";

    List<Leak> found = leaks(LUWU, text);

    assertThat(found).extracting(Leak::text)
        .containsExactly("Pemerintah Kabupaten Luwu Utara", "Dinas Kesehatan", "PKLU", "Dinkes Lutra");
    assertThat(found.get(0).names()).containsExactly(PEMKAB, LUWU_UTARA);
    assertThat(found.get(1).names()).containsExactly(DINKES);
    assertThat(found.get(2).names()).containsExactly(PEMKAB);
    assertThat(found.get(3).names()).containsExactly(DINKES, LUWU_UTARA);
    assertThat(found).allSatisfy(l -> assertThat(text.substring(l.start(), l.end())).isEqualTo(l.text()));
  }

  @Test
  void one_mention_holding_several_names_is_one_leak_naming_each() {
    String text = "Dinas Kesehatan Kabupaten Luwu Utara, Sulawesi Selatan";

    List<Leak> found = leaks(LUWU, text);

    assertThat(found).hasSize(2);
    assertThat(found.get(0).text()).isEqualTo("Dinas Kesehatan Kabupaten Luwu Utara");
    assertThat(found.get(0).names()).containsExactly(DINKES, LUWU_UTARA);
    assertThat(found.get(1).text()).isEqualTo("Sulawesi Selatan");
    assertThat(found.get(1).kinds()).containsExactly(IdentityKind.PROVINCE);
  }

  @Test
  void scans_the_title_expansion_replication_note_and_attachment_names_with_their_paths() {
    Innovation named = Innovation.of(InnovationId.of("lutra-sehat"), "Lutra Sehat", Optional.of("Luwu Utara Sehat"),
        Fixtures.LUWU_UTARA, Fixtures.DINKES, ImplementationStart.ofMonth(YearMonth.of(2020, 3)));
    Proposal proposal = with(named, "p-fields")
        .replication(Replication.of(List.of(InnovationId.of("sumber")), "Disesuaikan dengan kondisi Kab. Luwu Utara."))
        .attachment(Attachment.of("SK Bupati Luwu Utara.pdf", AttachmentKind.DECREE, 1_000))
        .attachment(Attachment.of("data.xlsx", AttachmentKind.SUPPORTING_DATA, 1_000))
        .build();

    List<Leak> found = DETECTOR.scan(proposal);

    assertThat(found).extracting(Leak::path, Leak::field, Leak::text).containsExactly(
        org.assertj.core.groups.Tuple.tuple("title", LeakField.TITLE, "Lutra"),
        org.assertj.core.groups.Tuple.tuple("expansion", LeakField.EXPANSION, "Luwu Utara"),
        org.assertj.core.groups.Tuple.tuple("replication.adaptation", LeakField.REPLICATION, "Kab. Luwu Utara"),
        org.assertj.core.groups.Tuple.tuple("attachments[0].name", LeakField.ATTACHMENT_NAME, "Bupati Luwu Utara"));
    assertThat(found).allSatisfy(l -> assertThat(l.section()).isEmpty());
  }

  @ParameterizedTest(name = "{0}: \"{1}\"")
  @CsvSource(delimiter = '|', value = {
      "bone    | Program Bonebolango sehat.",
      "bone    | Studi banding ke Kabupaten Bone Bolango.",
      "bone    | Studi banding ke Bone Bolango dan Bone-Bolango.",
      "bone    | Pemerintah Kabupaten Bone Bolango memberi contoh.",
      "luwu    | Kabupaten Luwu dan Luwu Timur ikut mereplikasi.",
      "luwu    | Belajar dari Luwuk, Banggai.",
      "luwu    | Provinsi Sulawesi Barat dan Sulawesi Tenggara.",
      "batu    | Rumah dari batu bata dan batu kali.",
      "batu    | Pasokan Batu Bara dan batu bara ke pembangkit.",
      "batu    | Kabupaten Batu Bara di Sumatera Utara.",
      "bandung | Replikasi di Kota Bandung dan Kabupaten Bandung Barat.",
      "bandung | Kunjungan ke Bandung Barat.",
      "malang  | Nasib malang menimpa warga miskin.",
      "papua   | Provinsi Papua Barat dan Papua Barat Daya, juga Papua Selatan.",
      "pati    | Budidaya ikan patin dan tepung pati.",
      "padang  | Kabupaten Padang Pariaman dan Kota Padang Panjang; padang rumput luas.",
      "agam    | Kegiatan agama dan keagamaan di masjid.",
  })
  void does_not_flag_the_traps(String entrant, String text) {
    Proposal proposal = switch (entrant.trim()) {
      case "bone" -> BONE;
      case "luwu" -> LUWU;
      case "batu" -> BATU;
      case "bandung" -> BANDUNG;
      case "malang" -> MALANG;
      case "papua" -> PAPUA;
      case "pati" -> PATI;
      case "padang" -> PADANG;
      default -> AGAM;
    };

    assertThat(leaks(proposal, text.trim())).isEmpty();
  }

  @ParameterizedTest(name = "{0}: \"{1}\" -> \"{2}\"")
  @CsvSource(delimiter = '|', value = {
      "bone    | Lahir di Kabupaten Bone, bukan di tempat lain.       | Kabupaten Bone",
      "bone    | Warga Bone dan Bonebolango.                          | Bone",
      "batu    | Dikembangkan di kota batu sejak 2019.                | kota batu",
      "batu    | Warga Batu menyambutnya.                             | Batu",
      "bandung | Kabupaten Bandung, Barat daya pulau.                 | Kabupaten Bandung",
      "malang  | Warga Malang menyambutnya.                           | Malang",
      "papua   | Masyarakat Papua menyambutnya.                       | Papua",
      "pati    | Pemkab Pati memulainya.                              | Pemkab Pati",
      "padang  | Wali Kota Padang meresmikannya.                      | Wali Kota Padang",
  })
  void flags_the_real_mention_beside_each_trap(String entrant, String text, String mention) {
    Proposal proposal = switch (entrant.trim()) {
      case "bone" -> BONE;
      case "batu" -> BATU;
      case "bandung" -> BANDUNG;
      case "malang" -> MALANG;
      case "papua" -> PAPUA;
      case "pati" -> PATI;
      default -> PADANG;
    };

    assertThat(leaks(proposal, text.trim())).singleElement().satisfies(l -> {
      assertThat(l.text()).isEqualTo(mention.trim());
      assertThat(l.start()).isEqualTo(text.trim().indexOf(mention.trim()));
    });
  }

  @Test
  void another_entrants_names_are_not_leaks_of_this_one() {
    assertThat(leaks(BONE, "Belajar dari Dinas Kesehatan Kabupaten Luwu Utara dan Lutra.")).isEmpty();
    assertThat(leaks(LUWU, "Belajar dari Pemerintah Kabupaten Bone dan Kota Batu.")).isEmpty();
  }

  @Test
  void a_proposal_that_names_no_one_has_no_leaks_and_a_competition_scan_lists_every_proposal() {
    var all = DETECTOR.scanAll(List.of(LUWU, saying(BONE, "Kabupaten Bone")));

    assertThat(all).containsOnlyKeys(LUWU.id(), BONE.id());
    assertThat(all.get(LUWU.id())).isEmpty();
    assertThat(all.get(BONE.id())).singleElement().satisfies(l -> assertThat(l.text()).isEqualTo("Kabupaten Bone"));
  }

  @Test
  void knows_each_entrants_identity() {
    assertThat(DETECTOR.entrant(LUWU)).containsExactly(PEMKAB, DINKES, SULSEL, LUWU_UTARA);
  }

  @Test
  void refuses_a_proposal_whose_entrant_was_not_given_to_the_builder() {
    Proposal stranger = entrantOf("gowa", "Pemerintah Kabupaten Gowa", InstitutionType.KABUPATEN, "73.06");

    assertThatThrownBy(() -> DETECTOR.scan(stranger))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("pemda-gowa")
        .hasMessageContaining("were not given to the detector's builder");
  }

  @Test
  void refuses_aliases_too_short_too_long_or_naming_nobody_listing_each() {
    LeakDetector.Builder builder = LeakDetector.newBuilder().entrant(LUWU)
        .alias(RegionCode.of("73.22"), "L.")
        .alias(InstitutionId.of("pemkab-gowa"), "Pemkab Gowa")
        .alias(UnitId.of("luwu-utara-dinkes"), "x".repeat(LeakDetector.MAX_ALIAS + 1))
        .alias(RegionCode.of("99.99"), "Nowhere");

    assertThatThrownBy(builder::build)
        .isInstanceOfSatisfying(InvalidInputException.class, e -> {
          assertThat(e.violations()).extracting(Violation::code, Violation::path).containsExactly(
              org.assertj.core.groups.Tuple.tuple("kipp.blind.alias", "aliases[0]"),
              org.assertj.core.groups.Tuple.tuple("kipp.blind.aliasTarget", "aliases[1]"),
              org.assertj.core.groups.Tuple.tuple("kipp.text.tooLong", "aliases[2]"),
              org.assertj.core.groups.Tuple.tuple("kipp.blind.aliasTarget", "aliases[3]"));
          assertThat(e.violations().get(1).message().english()).contains("Pemkab Gowa").contains("pemkab-gowa");
          assertThat(e.violations().get(1).message().indonesian()).contains("bukan instansi atau unit peserta");
        });
  }

  private static final List<String> VOCABULARY = List.of(
      "inovasi", "pelayanan", "publik", "masyarakat", "kesehatan", "desa", "anak", "stunting", "agama", "Bonebolango",
      "Luwuk", "batu", "bata", "malang", "Sulawesi", "Selatan", "Barat", "Bone Bolango", "Kabupaten Luwu Timur", "Sulbar",
      "Makassar", "2019", "KIPP", "Toraja");
  private static final List<String> MENTIONS = List.of(
      "Luwu Utara", "Kab. Luwu Utara", "KABUPATEN LUWU UTARA", "Pemkab Luwu-Utara", "Sulsel", "Provinsi Sulawesi Selatan",
      "Lutra", "Dinas Kesehatan", "PKLU", "Pemerintah Kabupaten Luwu Utara");
  private static final List<String> SEPARATORS = List.of(", ", "; ", ".\n", " (", ") ");

  @Test
  void finds_exactly_the_mentions_planted_in_any_text_at_their_offsets() {
    // Each token is a vocabulary word (trap or not) or a planted mention of the entrant; tokens are
    // joined by punctuation, so a mention never runs into its neighbours.
    qt().withFixedSeed(1801).withExamples(2_000)
        .forAll(lists().of(integers().between(0, VOCABULARY.size() + MENTIONS.size() - 1)).ofSizeBetween(0, 30),
            lists().of(integers().between(0, SEPARATORS.size() - 1)).ofSize(30))
        .check((tokens, separators) -> {
          StringBuilder text = new StringBuilder("Awal");
          List<int[]> planted = new ArrayList<>();
          for (int i = 0; i < tokens.size(); i++) {
            text.append(SEPARATORS.get(separators.get(i)));
            int t = tokens.get(i);
            if (t >= VOCABULARY.size()) {
              String mention = MENTIONS.get(t - VOCABULARY.size());
              planted.add(new int[] {text.length(), text.length() + mention.length()});
              text.append(mention);
            } else {
              text.append(VOCABULARY.get(t));
            }
          }
          text.append('.');
          List<Leak> found = leaks(LUWU, text.toString());
          if (found.size() != planted.size()) {
            return false;
          }
          for (int i = 0; i < found.size(); i++) {
            Leak l = found.get(i);
            if (l.start() != planted.get(i)[0] || l.end() != planted.get(i)[1]
                || !l.text().equals(text.substring(l.start(), l.end()))) {
              return false;
            }
          }
          return true;
        });
  }
}
