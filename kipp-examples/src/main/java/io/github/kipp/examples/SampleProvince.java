package io.github.kipp.examples;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import io.github.kipp.core.ActorId;
import io.github.kipp.core.CategoryId;
import io.github.kipp.core.GroupId;
import io.github.kipp.core.InnovationId;
import io.github.kipp.core.KippTime;
import io.github.kipp.core.LocalizedText;
import io.github.kipp.core.ProposalId;
import io.github.kipp.core.Role;
import io.github.kipp.core.edition.Edition;
import io.github.kipp.core.edition.SectionSpec;
import io.github.kipp.core.innovation.ImplementationStart;
import io.github.kipp.core.innovation.Innovation;
import io.github.kipp.core.innovation.Proposal;
import io.github.kipp.core.innovation.ProposalSection;
import io.github.kipp.core.innovation.SdgTarget;
import io.github.kipp.core.innovation.Video;
import io.github.kipp.core.institution.Institution;
import io.github.kipp.core.institution.InstitutionType;
import io.github.kipp.core.institution.Region;
import io.github.kipp.core.institution.RegionCatalogue;
import io.github.kipp.core.institution.RegionCode;
import io.github.kipp.core.institution.RegionLevel;
import io.github.kipp.core.institution.Unit;
import io.github.kipp.core.institution.UnitKind;
import io.github.kipp.scoring.panel.Evaluator;
import io.github.kipp.scoring.panel.Panel;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

/**
 * The embedded sample of a provincial round: the Province of Sulawesi Selatan with its 24 regencies
 * and cities (from kipp's bundled region catalogue), their <i>perangkat daerah</i>, a few hundred
 * proposals including the five innovations Luwu Utara sent to the province in 2023, and the desk and
 * presentation panels. Everything random comes from the seed; names of people are never used.
 */
final class SampleProvince {

  /** The province's region code. */
  static final RegionCode PROVINCE = RegionCode.of("73");

  private static final String[][] AGENCIES = {
    {"dinkes", "Dinas Kesehatan"},
    {"disdik", "Dinas Pendidikan"},
    {"dukcapil", "Dinas Kependudukan dan Pencatatan Sipil"},
    {"kominfo", "Dinas Komunikasi dan Informatika"},
    {"dpmptsp", "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu"},
    {"bappeda", "Badan Perencanaan Pembangunan Daerah"},
    {"dinsos", "Dinas Sosial"},
    {"distan", "Dinas Pertanian"},
    {"rsud", "Rumah Sakit Umum Daerah"},
    {"dishub", "Dinas Perhubungan"},
    {"dlh", "Dinas Lingkungan Hidup"},
    {"dp3a", "Dinas Pemberdayaan Perempuan dan Perlindungan Anak"},
  };

  private static final String[] NAMES = {
    "Sipakatau", "Sigap", "Lontara", "Pinisi", "Siri Na Pacce", "Sahabat", "Cerdas", "Tepat", "Jemput Bola", "Ramah",
    "Sigerak", "Pelita", "Mappatabe", "Sikamaseang", "Bestari", "Samaturu", "Lincah", "Sejahtera", "Tudang Sipulung", "Barakka",
  };

  private static final String[] THEMES = {
    "Layanan Keliling", "Antrean Daring", "Posyandu Digital", "Sekolah Ramah Anak", "Akta Kelahiran Kilat", "Izin Usaha Sehari",
    "Desa Sehat", "Rujukan Terpadu", "Petani Cerdas", "Aduan Warga", "Data Terpadu", "Lansia Terlayani",
  };

  private static final String[] PLACEHOLDER_SECTION = {
    "Inovasi ini lahir dari keluhan warga tentang layanan yang lambat dan jauh dari tempat tinggal mereka.",
    "Layanan kini dijemput ke desa dan kelurahan dengan jadwal tetap serta pencatatan daring.",
    "Waktu layanan turun dari beberapa hari menjadi satu hari dan jumlah warga terlayani meningkat.",
  };

  final Edition edition;
  final Institution province;
  final ImmutableList<Institution> institutions;
  final ImmutableList<Unit> units;
  final ImmutableList<Proposal> proposals;
  /** Proposals registered but never submitted: they stay drafts. */
  final ImmutableSortedSet<ProposalId> draftsOnly;
  final Map<ProposalId, Instant> registeredAt;
  final Map<ProposalId, Instant> submittedAt;
  /** The latent quality of each proposal, which the score model draws around. */
  final Map<ProposalId, Double> quality;
  final Panel deskPanel;
  final Panel presentationPanel;
  /** The appeals entrants file against their refusal at screening, in filing order; none for a user's file. */
  final ImmutableList<SampleAppeal> appeals;

  /**
   * An entrant's appeal against its proposal's refusal at screening, as the sample seeds it, and how
   * the province's panel decides it.
   *
   * @param proposal the refused proposal
   * @param byInstitution whether the institution's coordinating account files it, rather than the unit
   * @param grounds the entrant's grounds
   * @param upheld whether the panel upholds it
   * @param reason the panel's reason
   */
  record SampleAppeal(ProposalId proposal, boolean byInstitution, String grounds, boolean upheld, LocalizedText reason) {}

  private SampleProvince(Edition edition, Institution province, List<Institution> institutions, List<Unit> units, List<Proposal> proposals,
      List<ProposalId> draftsOnly, Map<ProposalId, Instant> registeredAt, Map<ProposalId, Instant> submittedAt, Map<ProposalId, Double> quality,
      Panel deskPanel, Panel presentationPanel) {
    this(edition, province, institutions, units, proposals, draftsOnly, registeredAt, submittedAt, quality, deskPanel, presentationPanel, List.of());
  }

  private SampleProvince(Edition edition, Institution province, List<Institution> institutions, List<Unit> units, List<Proposal> proposals,
      List<ProposalId> draftsOnly, Map<ProposalId, Instant> registeredAt, Map<ProposalId, Instant> submittedAt, Map<ProposalId, Double> quality,
      Panel deskPanel, Panel presentationPanel, List<SampleAppeal> appeals) {
    this.appeals = ImmutableList.copyOf(appeals);
    this.edition = edition;
    this.province = province;
    this.institutions = ImmutableList.copyOf(institutions);
    this.units = ImmutableList.copyOf(units);
    this.proposals = ImmutableList.copyOf(proposals);
    this.draftsOnly = ImmutableSortedSet.copyOf(draftsOnly);
    this.registeredAt = registeredAt;
    this.submittedAt = submittedAt;
    this.quality = quality;
    this.deskPanel = deskPanel;
    this.presentationPanel = presentationPanel;
  }

  /** The province's government. */
  static Institution provinceInstitution() {
    return Institution.regionalGovernment("pemprov-sulsel", "Pemerintah Provinsi Sulawesi Selatan", InstitutionType.PROVINSI, PROVINCE);
  }

  /** The regencies and cities of the province, as institutions, in code order. */
  static ImmutableList<Institution> regencies() {
    ImmutableList.Builder<Institution> out = ImmutableList.builder();
    for (Region r : RegionCatalogue.bundled().regenciesOf(PROVINCE)) {
      boolean city = r.level() == RegionLevel.CITY;
      String shortName = r.name().replaceFirst("^(Kabupaten|Kota) ", "");
      String id = (city ? "pemkot-" : "pemkab-") + slug(shortName);
      out.add(Institution.regionalGovernment(id, "Pemerintah " + r.name(), city ? InstitutionType.KOTA : InstitutionType.KABUPATEN, r.code()));
    }
    return out.build();
  }

  /** Every institution and unit of the sample, for resolving a user's CSV against. */
  static SampleProvince directory(Edition edition) {
    return generate(edition, 0, 1);
  }

  static String slug(String name) {
    return name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
  }

  /**
   * Generates the sample.
   *
   * @param edition the round's edition (its sections, categories, video rules and schedule)
   * @param size how many proposals are registered
   * @param seed the seed of every random choice
   */
  static SampleProvince generate(Edition edition, int size, long seed) {
    Random random = new Random(seed);
    Institution province = provinceInstitution();
    List<Institution> institutions = new ArrayList<>();
    institutions.add(province);
    institutions.addAll(regencies());
    Institution palu = Institution.regionalGovernment("pemkot-palu", "Pemerintah Kota Palu", InstitutionType.KOTA, RegionCode.of("72.71"));

    Map<String, Unit> units = new LinkedHashMap<>();
    for (Institution inst : institutions) {
      int count = inst.equals(province) ? 6 : 4;
      for (int i = 0; i < count; i++) {
        String[] a = AGENCIES[(i + Math.floorMod(inst.id().value().hashCode(), AGENCIES.length)) % AGENCIES.length];
        Unit u = Unit.of(inst.id().value().replaceFirst("^pem(kab|kot|prov)-", "") + "-" + a[0], a[1], inst, UnitKind.PERANGKAT_DAERAH);
        units.put(u.id().value(), u);
      }
    }
    Institution luwuUtara = institutions.stream().filter(i -> i.id().value().equals("pemkab-luwu-utara")).findFirst().orElseThrow();
    Unit luDinkes = unit(units, luwuUtara, "luwu-utara-dinkes", "Dinas Kesehatan");
    Unit luDisdik = unit(units, luwuUtara, "luwu-utara-disdikbud", "Dinas Pendidikan dan Kebudayaan");
    Unit luKominfo = unit(units, luwuUtara, "luwu-utara-kominfo-sp", "Dinas Komunikasi, Informatika, Statistik dan Persandian");
    Unit luDukcapil = unit(units, luwuUtara, "luwu-utara-dukcapil", "Dinas Kependudukan dan Pencatatan Sipil");
    Unit paluDukcapil = Unit.of("palu-dukcapil", "Dinas Kependudukan dan Pencatatan Sipil", palu, UnitKind.PERANGKAT_DAERAH);

    List<Proposal> proposals = new ArrayList<>();
    Map<ProposalId, Double> quality = new LinkedHashMap<>();
    List<String> categories = edition.categories().stream().map(c -> c.id().value()).toList();
    if (size > 0) {
      // The five innovations Luwu Utara sent to the province in 2023 and their units, as reported; their start months
      // are sample values. Giatki Ces and Si Modis reached the province's Top 50, so the model rates them higher.
      addKnown(proposals, quality, edition, "giatki-ces", "Giatki Ces", "Gigi Anak Sehat Kiat Cegah Stunting", luwuUtara, luDinkes,
          YearMonth.of(2020, 3), categories.get(0), 3, 82);
      addKnown(proposals, quality, edition, "sehati-2020", "Sehati 2020", null, luwuUtara, luDinkes, YearMonth.of(2020, 1), categories.get(0), 3, 70);
      addKnown(proposals, quality, edition, "jatah-akhirat", "Jatah Akhirat", null, luwuUtara, luDisdik, YearMonth.of(2019, 7), categories.get(0), 4, 68);
      addKnown(proposals, quality, edition, "pildacil", "Pildacil Desa/Kelurahan", null, luwuUtara, luDukcapil, YearMonth.of(2020, 8), categories.get(1), 16, 66);
      addKnown(proposals, quality, edition, "si-modis", "Si Modis", null, luwuUtara, luKominfo, YearMonth.of(2019, 9),
          categories.get(1), 16, 80);
    }
    List<Unit> entrants = new ArrayList<>(units.values());
    java.util.Set<String> titles = new java.util.HashSet<>();
    proposals.forEach(p -> titles.add(p.innovation().title()));
    int number = 1;
    int generated = size >= 40 ? size - 2 : size;   // two more, refused by the rules, are added below
    while (proposals.size() < generated) {
      Unit u = entrants.get(random.nextInt(entrants.size()));
      Institution inst = institutions.stream().filter(i -> i.id().equals(u.institution())).findFirst().orElseThrow();
      String place = inst.name().replaceFirst("^Pemerintah (Provinsi|Kabupaten|Kota) ", "");
      String title = NAMES[random.nextInt(NAMES.length)] + " " + THEMES[random.nextInt(THEMES.length)] + " " + place;
      if (!titles.add(title)) {
        continue;
      }
      String id = String.format(Locale.ROOT, "sulsel-2023-%03d", number++);
      YearMonth start = YearMonth.of(2015 + random.nextInt(6), 1 + random.nextInt(12));
      Proposal p = proposal(edition, id, Innovation.of(InnovationId.of("inovasi-" + id.substring(12)), title, Optional.empty(), inst, u,
          ImplementationStart.ofMonth(start)), categories.get(random.nextInt(categories.size())), 1 + random.nextInt(17), true);
      proposals.add(p);
      quality.put(p.id(), 66 + 9 * random.nextGaussian());
    }
    // A few proposals that the rules refuse, each for a reason the provincial module gives.
    List<ProposalId> drafts = new ArrayList<>();
    List<SampleAppeal> appeals = new ArrayList<>();
    if (size >= 40) {
      Proposal tooYoung = proposals.get(7);
      proposals.set(7, proposal(edition, tooYoung.id().value(), Innovation.of(tooYoung.innovation().id(), tooYoung.innovation().title(), Optional.empty(),
          tooYoung.innovation().institution(), tooYoung.innovation().unit(), ImplementationStart.ofMonth(YearMonth.of(2022, 6))),
          tooYoung.category().value(), 11, true));
      Proposal outside = proposal(edition, "sulsel-2023-luar-provinsi", Innovation.of(InnovationId.of("sigap-palu"), "Sigap Akta Kilat Palu",
          Optional.empty(), palu, paluDukcapil, ImplementationStart.ofMonth(YearMonth.of(2019, 2))), categories.get(0), 16, true);
      proposals.add(outside);
      quality.put(outside.id(), 70.0);
      Proposal original = proposals.get(12);
      Proposal copy = proposal(edition, "sulsel-2023-judul-ganda", Innovation.of(InnovationId.of("inovasi-judul-ganda"), original.innovation().title(),
          Optional.empty(), original.innovation().institution(), original.innovation().unit(), ImplementationStart.ofMonth(YearMonth.of(2018, 5))),
          categories.get(0), 10, true);
      proposals.add(copy);
      quality.put(copy.id(), 65.0);
      Proposal incomplete = proposals.get(21);
      proposals.set(21, incomplete.toBuilder().clearSections().section(ProposalSection.of("ringkasan", "Ringkasan singkat inovasi.")).build());
      // Two entrants appeal their refusal: the young innovation's unit in vain, the incomplete proposal's institution with success.
      appeals.add(new SampleAppeal(tooYoung.id(), false,
          "Inovasi sudah diuji coba sejak 2020; penerapan Juni 2022 hanya peluncuran resminya. / The innovation has been piloted since 2020;"
              + " June 2022 was only its official launch.",
          false, LocalizedText.of(
              "Banding ditolak: SK penerapan unit sendiri menetapkan Juni 2022, dan uji coba bukan penerapan; usia inovasi kurang dari dua tahun.",
              "Appeal dismissed: the unit's own implementation decree sets June 2022, and a pilot is not implementation; the innovation is"
                  + " younger than two years.")));
      appeals.add(new SampleAppeal(incomplete.id(), true,
          "Semua bagian proposal diunggah sebelum batas waktu; portal gagal menyimpannya. / Every section was uploaded before the deadline;"
              + " the portal failed to store them.",
          true, LocalizedText.of(
              "Banding dikabulkan: log server sekretariat menunjukkan unggahan tepat waktu; proposal dipulihkan dan dinilai bersama yang lain.",
              "Appeal upheld: the secretariat's server log shows the upload in time; the proposal is restored and scored with the others.")));
      for (int i = 0; i < size / 12; i++) {
        drafts.add(proposals.get(30 + i * 11 % Math.max(1, size - 40)).id());
      }
    }
    Map<ProposalId, Instant> registered = new LinkedHashMap<>();
    Map<ProposalId, Instant> submitted = new LinkedHashMap<>();
    LocalDateTime open = LocalDateTime.of(2023, 1, 3, 8, 0);
    for (Proposal p : proposals) {
      Instant reg = open.plusMinutes(random.nextInt(30 * 24 * 60)).atZone(KippTime.MAKASSAR).toInstant();
      registered.put(p.id(), reg);
      if (!drafts.contains(p.id())) {
        submitted.put(p.id(), reg.plus(Duration.ofMinutes(60 + random.nextInt(8 * 24 * 60))));
      }
    }

    List<Evaluator> desk = new ArrayList<>();
    Institution unhas = Institution.of(io.github.kipp.core.InstitutionId.of("universitas-hasanuddin"), "Universitas Hasanuddin", InstitutionType.LEMBAGA,
        Optional.empty(), Optional.empty());
    Institution unm = Institution.of(io.github.kipp.core.InstitutionId.of("universitas-negeri-makassar"), "Universitas Negeri Makassar",
        InstitutionType.LEMBAGA, Optional.empty(), Optional.empty());
    Institution ombudsman = Institution.central("ombudsman-sulsel", "Ombudsman RI Perwakilan Sulawesi Selatan", InstitutionType.LEMBAGA);
    Institution panrb = Institution.central("kemenpanrb", "Kementerian Pendayagunaan Aparatur Negara dan Reformasi Birokrasi", InstitutionType.KEMENTERIAN);
    Institution makassar = institutions.stream().filter(i -> i.id().value().equals("pemkot-makassar")).findFirst().orElseThrow();
    Institution gowa = institutions.stream().filter(i -> i.id().value().equals("pemkab-gowa")).findFirst().orElseThrow();
    Institution[] homes = {unhas, unhas, unhas, unm, unm, unm, ombudsman, ombudsman, panrb, province, province, makassar, gowa};
    for (int i = 0; i < homes.length; i++) {
      CategoryId a = CategoryId.of(categories.get(i % categories.size()));
      CategoryId b = CategoryId.of(categories.get((i + 1) % categories.size()));
      desk.add(new Evaluator(ActorId.of(String.format(Locale.ROOT, "te-%02d", i + 1)), homes[i], ImmutableSortedSet.of(a, b), Role.EVALUATOR));
    }
    List<Evaluator> panel = new ArrayList<>();
    Institution[] panelHomes = {unhas, unm, ombudsman, panrb, province, province};
    ImmutableSortedSet<CategoryId> all = edition.categories().stream().map(c -> c.id()).collect(ImmutableSortedSet.toImmutableSortedSet(Comparable::compareTo));
    for (int i = 0; i < panelHomes.length; i++) {
      panel.add(new Evaluator(ActorId.of("tpi-0" + (i + 1)), panelHomes[i], all, Role.INDEPENDENT_PANEL));
    }
    List<Institution> allInstitutions = new ArrayList<>(institutions);
    allInstitutions.add(palu);
    List<Unit> allUnits = new ArrayList<>(units.values());
    allUnits.add(paluDukcapil);
    // The copied title is entered a day after the original, so the copy is the one refused.
    ProposalId original = size >= 40 ? proposals.get(12).id() : null;
    ProposalId copy = ProposalId.of("sulsel-2023-judul-ganda");
    if (original != null && submitted.containsKey(original) && submitted.containsKey(copy)) {
      Instant later = CompetitionRun.must(submitted, original).plus(Duration.ofDays(1));
      registered.put(copy, CompetitionRun.must(registered, original).plus(Duration.ofDays(1)));
      submitted.put(copy, later);
    }
    return new SampleProvince(edition, province, allInstitutions, allUnits, proposals, drafts, registered, submitted, quality,
        Panel.of(desk), Panel.of(panel), appeals);
  }

  /**
   * Wraps proposals read from a user's file: registration and submission times, qualities and the
   * panels come from the seed and the sample's directory.
   */
  static SampleProvince of(Edition edition, List<Proposal> proposals, List<ProposalId> drafts, SampleProvince directory, long seed) {
    Random random = new Random(seed);
    Map<ProposalId, Instant> registered = new LinkedHashMap<>();
    Map<ProposalId, Instant> submitted = new LinkedHashMap<>();
    Map<ProposalId, Double> quality = new LinkedHashMap<>();
    LocalDateTime open = LocalDateTime.of(2023, 1, 3, 8, 0);
    for (Proposal p : proposals) {
      Instant reg = open.plusMinutes(random.nextInt(30 * 24 * 60)).atZone(KippTime.MAKASSAR).toInstant();
      registered.put(p.id(), reg);
      if (!drafts.contains(p.id())) {
        submitted.put(p.id(), reg.plus(Duration.ofMinutes(60 + random.nextInt(8 * 24 * 60))));
      }
      quality.put(p.id(), 66 + 9 * random.nextGaussian());
    }
    List<Institution> institutions = new ArrayList<>(directory.institutions);
    proposals.stream().map(p -> p.innovation().institution()).filter(i -> !institutions.contains(i)).distinct().forEach(institutions::add);
    List<Unit> units = new ArrayList<>(directory.units);
    proposals.stream().map(p -> p.innovation().unit()).filter(u -> !units.contains(u)).distinct().forEach(units::add);
    return new SampleProvince(edition, directory.province, institutions, units, proposals, drafts, registered, submitted, quality,
        directory.deskPanel, directory.presentationPanel);
  }

  private static Unit unit(Map<String, Unit> units, Institution inst, String id, String name) {
    Unit u = Unit.of(id, name, inst, UnitKind.PERANGKAT_DAERAH);
    units.put(id, u);
    return u;
  }

  private static void addKnown(List<Proposal> out, Map<ProposalId, Double> quality, Edition edition, String id, String title, @org.jspecify.annotations.Nullable String expansion,
      Institution inst, Unit unit, YearMonth start, String category, int sdg, double q) {
    Proposal p = proposal(edition, "sulsel-2023-" + id,
        Innovation.of(InnovationId.of(id), title, Optional.ofNullable(expansion), inst, unit, ImplementationStart.ofMonth(start)), category, sdg, true);
    out.add(p);
    quality.put(p.id(), q);
  }

  /** A proposal that fills every required section of the edition, with a video that meets its rules. */
  static Proposal proposal(Edition edition, String id, Innovation innovation, String category, int sdg, boolean complete) {
    GroupId group = edition.groups().get(0).id();
    Proposal.Builder b = Proposal.newBuilder().id(ProposalId.of(id)).innovation(innovation).edition(edition.id())
        .group(group).category(CategoryId.of(category));
    b.sdg(SdgTarget.goal(sdg));
    for (int goal = 2; goal <= edition.minimumSdgs(); goal++) {
      b.sdg(SdgTarget.goal(goal == sdg ? 1 : goal));
    }
    int i = 0;
    for (SectionSpec s : edition.sectionsFor(group)) {
      if (complete || s.id().value().equals("ringkasan")) {
        b.section(ProposalSection.of(s.id().value(), innovation.title() + ": " + PLACEHOLDER_SECTION[i++ % PLACEHOLDER_SECTION.length]));
      }
    }
    if (edition.videoRules().required()) {
      Duration length = edition.videoRules().maxDuration().filter(d -> d.compareTo(Duration.ofMinutes(3)) < 0).orElse(Duration.ofMinutes(3));
      b.video(Video.of(length, Math.max(1080, edition.videoRules().minHeight().orElse(0)), URI.create("https://video.example.org/" + id)));
    }
    return b.build();
  }

  static LocalDate day(int month, int day) {
    return LocalDate.of(2023, month, day);
  }
}
