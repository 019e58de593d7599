package io.github.kipp.core.blind;

import static io.github.kipp.core.meta.BuilderChecks.setOnce;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.ImmutableSortedMap;
import com.google.common.collect.ImmutableSortedSet;
import com.google.errorprone.annotations.CanIgnoreReturnValue;
import io.github.kipp.core.InstitutionId;
import io.github.kipp.core.InvalidInputException;
import io.github.kipp.core.ProposalId;
import io.github.kipp.core.SectionId;
import io.github.kipp.core.UnitId;
import io.github.kipp.core.Violation;
import io.github.kipp.core.innovation.Attachment;
import io.github.kipp.core.innovation.Innovation;
import io.github.kipp.core.innovation.Proposal;
import io.github.kipp.core.innovation.ProposalSection;
import io.github.kipp.core.institution.Institution;
import io.github.kipp.core.institution.Region;
import io.github.kipp.core.institution.RegionCatalogue;
import io.github.kipp.core.institution.RegionCode;
import io.github.kipp.core.institution.RegionLevel;
import io.github.kipp.core.institution.Unit;
import io.github.kipp.core.internal.BundledCsv;
import io.github.kipp.core.internal.CoreMessages;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * Finds where a proposal's own text names its entrant, so that a committee can fix it before blind
 * review (<i>penilaian tanpa identitas</i>) assigns the proposal to evaluators.
 *
 * <p>A detector is built once per competition from every proposal entered, and then scans each
 * proposal's title, expansion, sections, replication note and attachment file names. A span is
 * reported as a {@link Leak} when it names the proposal's own:
 *
 * <ul>
 *   <li>institution or unit, by the name in its record or an alias the host declared;
 *   <li>regency or city, by its name in the region catalogue, alone ({@code Luwu Utara}) or after a
 *       prefix: <i>Kabupaten</i>, <i>Kabupaten Administrasi</i>, <i>Kab.</i>, <i>Pemkab</i>,
 *       <i>Pemerintah Kabupaten</i>, <i>Bupati</i> for a regency; <i>Kota</i>, <i>Kota
 *       Administrasi</i>, <i>Kotamadya</i>, <i>Pemkot</i>, <i>Pemerintah Kota</i>, <i>Wali Kota</i>
 *       for a city; <i>Pemda</i> and <i>Pemerintah Daerah</i> for both;
 *   <li>province, the same way with <i>Provinsi</i>, <i>Propinsi</i>, <i>Prov.</i>, <i>Pemprov</i>,
 *       <i>Pemerintah Provinsi</i>, <i>Gubernur</i>, and by its common short names (<i>Sulsel</i>,
 *       <i>NTB</i>, <i>DIY</i>, <i>Jogja</i>; {@code province-short-names.csv});
 *   <li>or any of these by an alias the host declared ({@link Builder#alias(RegionCode, String)}).
 * </ul>
 *
 * <p>Matching is on folded text: case, diacritics and compatibility forms are ignored ({@code
 * SULAWÉSI} is {@code Sulawesi}), and spaces, dots, hyphens and apostrophes between words are one
 * separator ({@code Kab.Luwu-Utara}). It never matches inside a word ({@code Bone} is not in {@code
 * Bonebolango}) or across other punctuation or a line break ({@code Bandung, Barat} does not name
 * <i>Bandung Barat</i>). A name inside a longer name of another region is not that region: {@code
 * Kabupaten Bone Bolango} does not name <i>Bone</i>, {@code Kota Bandung} does not name
 * <i>Kabupaten Bandung</i>, {@code Papua Barat} does not name <i>Papua</i>. A region name that is
 * also an ordinary word ({@code common-word-names.csv}: <i>batu</i>, <i>malang</i>, <i>padang</i>,
 * <i>batu bara</i>…) counts alone only when each of its words starts with a capital letter; after a
 * prefix it always counts. Names that overlap, or follow each other with only spaces, dots or hyphens
 * between them, are one leak naming everything they name.
 *
 * <p>Every name of the catalogue and of every entrant is compiled into one Aho–Corasick automaton, so
 * a scan reads each character once whatever the number of names. A detector is immutable and
 * thread-safe; the catalogue defaults to {@link RegionCatalogue#bundled()}.
 *
 * <pre>{@code
 * LeakDetector detector = LeakDetector.newBuilder()
 *     .entrants(proposals)
 *     .alias(RegionCode.of("73.22"), "Lutra")
 *     .build();
 * for (Leak leak : detector.scan(proposal)) {
 *   show(leak.path(), leak.start(), leak.end(), leak.message());
 * }
 * }</pre>
 */
public final class LeakDetector {

  /** The longest alias accepted, in characters, as long as an institution's name. */
  public static final int MAX_ALIAS = Institution.MAX_NAME;

  /** The fewest letters and digits an institution's or unit's name needs to be matched. */
  public static final int MIN_NAME_LETTERS = 3;

  private static final ImmutableList<String> PROVINCE_PREFIXES = ImmutableList.of(
      "Provinsi", "Propinsi", "Prov", "Pemprov", "Pemerintah Provinsi", "Pemda", "Pemerintah Daerah Provinsi", "Gubernur");
  private static final ImmutableList<String> REGENCY_PREFIXES = ImmutableList.of(
      "Kabupaten", "Kabupaten Administrasi", "Kab", "Pemkab", "Pemerintah Kabupaten", "Pemda", "Pemerintah Daerah Kabupaten", "Bupati");
  private static final ImmutableList<String> CITY_PREFIXES = ImmutableList.of(
      "Kota", "Kota Administrasi", "Kotamadya", "Pemkot", "Pemerintah Kota", "Pemda", "Pemerintah Daerah Kota", "Wali Kota", "Walikota");
  private static final ImmutableList<String> SHORT_NAME_PREFIXES = ImmutableList.of("Provinsi", "Prov", "Pemprov", "Gubernur");

  private static final ImmutableSet<String> COMMON_WORDS = commonWords();
  private static final ImmutableList<List<String>> SHORT_NAMES =
      BundledCsv.read(LeakDetector.class, "/io/github/kipp/core/blind/province-short-names.csv", 2);

  private final NameAutomaton automaton;
  private final int[][] targets;
  private final boolean[] regionName;
  private final boolean[] needsCapitals;
  private final ImmutableList<Identity> identities;
  private final ImmutableMap<RegionCode, Integer> regions;
  private final ImmutableMap<InstitutionId, Integer> institutions;
  private final ImmutableMap<UnitId, Integer> units;
  private final RegionCatalogue catalogue;

  private LeakDetector(Map<String, Draft> drafts, List<Identity> identities, Map<RegionCode, Integer> regions,
      Map<InstitutionId, Integer> institutions, Map<UnitId, Integer> units, RegionCatalogue catalogue) {
    List<String> names = new ArrayList<>(drafts.keySet());
    List<Draft> values = new ArrayList<>(drafts.values());
    this.automaton = new NameAutomaton(names);
    this.targets = new int[names.size()][];
    this.regionName = new boolean[names.size()];
    this.needsCapitals = new boolean[names.size()];
    for (int p = 0; p < names.size(); p++) {
      Draft d = values.get(p);
      targets[p] = d.targets.stream().mapToInt(Integer::intValue).toArray();
      regionName[p] = d.region;
      needsCapitals[p] = COMMON_WORDS.contains(names.get(p));
    }
    this.identities = ImmutableList.copyOf(identities);
    this.regions = ImmutableMap.copyOf(regions);
    this.institutions = ImmutableMap.copyOf(institutions);
    this.units = ImmutableMap.copyOf(units);
    this.catalogue = catalogue;
  }

  /**
   * Returns a new builder. The catalogue may be set once; entrants and aliases are added.
   *
   * @return a builder, not null
   */
  public static Builder newBuilder() {
    return new Builder();
  }

  /**
   * Returns the region catalogue whose names are matched.
   *
   * @return the catalogue, not null
   */
  public RegionCatalogue catalogue() {
    return catalogue;
  }

  /**
   * Returns the number of distinct folded names the detector matches.
   *
   * @return the count
   */
  public int names() {
    return targets.length;
  }

  /**
   * Returns what a proposal's entrant is known as: its institution, unit, and the region of the
   * institution with its province, as leaks name them.
   *
   * @param proposal a proposal entered in the competition the detector was built for, not null
   * @return the entrant's identities, in {@link Identity} order
   * @throws IllegalArgumentException if the proposal's institution or unit was not given to the
   *     builder
   */
  public ImmutableSortedSet<Identity> entrant(Proposal proposal) {
    return Arrays.stream(own(requireNonNull(proposal, "proposal"))).mapToObj(identities::get)
        .collect(ImmutableSortedSet.toImmutableSortedSet(Identity::compareTo));
  }

  /**
   * Finds every leak in one proposal: in its title, expansion, sections (in the order given),
   * replication note and attachment file names, each field's leaks in the order of their offsets.
   *
   * @param proposal a proposal entered in the competition the detector was built for, not null
   * @return the leaks, empty when the proposal does not name its entrant
   * @throws IllegalArgumentException if the proposal's institution or unit was not given to the
   *     builder
   */
  public ImmutableList<Leak> scan(Proposal proposal) {
    requireNonNull(proposal, "proposal");
    int[] own = own(proposal);
    Scan scan = new Scan(proposal.id(), own);
    Innovation innovation = proposal.innovation();
    scan.field(innovation.title(), LeakField.TITLE, null, "title");
    innovation.expansion().ifPresent(e -> scan.field(e, LeakField.EXPANSION, null, "expansion"));
    for (ProposalSection s : proposal.sections()) {
      scan.field(s.text(), LeakField.SECTION, s.section(), "sections[" + s.section() + "]");
    }
    proposal.replication().ifPresent(r -> scan.field(r.adaptation(), LeakField.REPLICATION, null, "replication.adaptation"));
    List<Attachment> attachments = proposal.attachments();
    for (int i = 0; i < attachments.size(); i++) {
      scan.field(attachments.get(i).name(), LeakField.ATTACHMENT_NAME, null, "attachments[" + i + "].name");
    }
    return scan.leaks.build();
  }

  /**
   * Scans every proposal.
   *
   * @param proposals proposals entered in the competition the detector was built for, with distinct
   *     ids
   * @return each proposal's leaks by id, an empty list for a proposal without leaks
   * @throws IllegalArgumentException if two proposals share an id, or a proposal's institution or
   *     unit was not given to the builder
   */
  public ImmutableSortedMap<ProposalId, ImmutableList<Leak>> scanAll(Iterable<Proposal> proposals) {
    requireNonNull(proposals, "proposals");
    TreeMap<ProposalId, ImmutableList<Leak>> all = new TreeMap<>();
    for (Proposal p : proposals) {
      if (all.put(p.id(), scan(p)) != null) {
        throw new IllegalArgumentException("proposal " + p.id() + " is given twice; each proposal is scanned once");
      }
    }
    return ImmutableSortedMap.copyOfSorted(all);
  }

  private int[] own(Proposal proposal) {
    Institution institution = proposal.innovation().institution();
    Unit unit = proposal.innovation().unit();
    Integer i = institutions.get(institution.id());
    Integer u = units.get(unit.id());
    if (i == null || u == null) {
      throw new IllegalArgumentException("proposal " + proposal.id() + " is of institution " + institution.id() + " and unit " + unit.id()
          + ", which were not given to the detector's builder; build the detector from every proposal of the competition");
    }
    TreeSet<Integer> own = new TreeSet<>();
    own.add(i);
    own.add(u);
    institution.region().ifPresent(code -> {
      Integer r = regions.get(code);
      if (r != null) {
        own.add(r);
      }
      if (!code.isProvince()) {
        Integer p = regions.get(code.province());
        if (p != null) {
          own.add(p);
        }
      }
    });
    return own.stream().mapToInt(Integer::intValue).toArray();
  }

  /** One proposal's scan: a folding buffer reused across its fields, and the leaks found. */
  private final class Scan {
    private final ProposalId proposal;
    private final int[] own;
    private final NameFolding folding = new NameFolding(4096);
    private final ImmutableList.Builder<Leak> leaks = ImmutableList.builder();
    private int[] found = new int[48];
    private int count;

    Scan(ProposalId proposal, int[] own) {
      this.proposal = proposal;
      this.own = own;
    }

    void field(String text, LeakField field, @Nullable SectionId section, String path) {
      folding.fold(text);
      count = 0;
      automaton.scan(folding.folded(), folding.length(), this::found);
      if (count == 0) {
        return;
      }
      // drop the ordinary-word names written in lower case
      int kept = 0;
      for (int k = 0; k < count; k++) {
        int p = found[3 * k];
        if (!needsCapitals[p] || capitalised(text, found[3 * k + 1], found[3 * k + 2])) {
          System.arraycopy(found, 3 * k, found, 3 * kept, 3);
          kept++;
        }
      }
      // the entrant's names that are not part of a longer name of another region
      List<int[]> hits = new ArrayList<>();
      for (int k = 0; k < kept; k++) {
        int p = found[3 * k];
        int start = found[3 * k + 1];
        int end = found[3 * k + 2];
        if (!hitsOwn(p) || insideLongerRegionName(kept, start, end)) {
          continue;
        }
        hits.add(new int[] {p, start + 1, end - 1});
      }
      if (hits.isEmpty()) {
        return;
      }
      hits.sort((a, b) -> a[1] != b[1] ? Integer.compare(a[1], b[1]) : Integer.compare(b[2], a[2]));
      int g = 0;
      while (g < hits.size()) {
        int wordStart = hits.get(g)[1];
        int wordEnd = hits.get(g)[2];
        TreeSet<Identity> names = new TreeSet<>();
        int h = g;
        // names that overlap, or follow each other with only a soft separator between, are one mention
        while (h < hits.size() && (hits.get(h)[1] < wordEnd
            || hits.get(h)[1] == wordEnd + 1 && folding.folded()[wordEnd] == NameFolding.SOFT)) {
          wordEnd = Math.max(wordEnd, hits.get(h)[2]);
          for (int t : targets[hits.get(h)[0]]) {
            if (Arrays.binarySearch(own, t) >= 0) {
              names.add(identities.get(t));
            }
          }
          h++;
        }
        int from = folding.from(wordStart);
        int to = folding.to(wordEnd - 1);
        leaks.add(new Leak(proposal, field, Optional.ofNullable(section), path, from, to, text.substring(from, to),
            ImmutableSortedSet.copyOf(names)));
        g = h;
      }
    }

    private void found(int pattern, int start, int end) {
      if (!regionName[pattern] && !hitsOwn(pattern)) {
        return;
      }
      if (3 * count + 3 > found.length) {
        found = Arrays.copyOf(found, found.length * 2);
      }
      found[3 * count] = pattern;
      found[3 * count + 1] = start;
      found[3 * count + 2] = end;
      count++;
    }

    private boolean hitsOwn(int pattern) {
      for (int t : targets[pattern]) {
        if (Arrays.binarySearch(own, t) >= 0) {
          return true;
        }
      }
      return false;
    }

    private boolean insideLongerRegionName(int kept, int start, int end) {
      for (int k = 0; k < kept; k++) {
        int s = found[3 * k + 1];
        int e = found[3 * k + 2];
        if (regionName[found[3 * k]] && s <= start && end <= e && e - s > end - start) {
          return true;
        }
      }
      return false;
    }

    /** Whether each word of the folded span {@code [start, end)}, separators included, is capitalised as written. */
    private boolean capitalised(String text, int start, int end) {
      int from = folding.from(start + 1);
      int to = folding.to(end - 2);
      boolean inWord = false;
      int i = from;
      while (i < to) {
        int cp = text.codePointAt(i);
        boolean word = Character.isLetterOrDigit(cp);
        if (word && !inWord && !(Character.isUpperCase(cp) || Character.isTitleCase(cp) || Character.isDigit(cp))) {
          return false;
        }
        inWord = word || Character.getType(cp) == Character.NON_SPACING_MARK;
        i += Character.charCount(cp);
      }
      return true;
    }
  }

  private static ImmutableSet<String> commonWords() {
    ImmutableSet.Builder<String> words = ImmutableSet.builder();
    for (List<String> row : BundledCsv.read(LeakDetector.class, "/io/github/kipp/core/blind/common-word-names.csv", 2)) {
      words.add(NameFolding.foldName(row.get(0)));
    }
    return words.build();
  }

  /** An alias declared for an institution, a unit or a region. */
  private record Alias(Object target, String alias) {}

  /** A folded name being collected: what it names and whether it is a region's name. */
  private static final class Draft {
    final TreeSet<Integer> targets = new TreeSet<>();
    boolean region;
  }

  /**
   * Builds a {@link LeakDetector}. Not thread-safe.
   */
  public static final class Builder {
    private @Nullable RegionCatalogue catalogue;
    private final Map<InstitutionId, List<String>> institutionNames = new LinkedHashMap<>();
    private final Map<InstitutionId, String> institutionFirst = new LinkedHashMap<>();
    private final Map<UnitId, List<String>> unitNames = new LinkedHashMap<>();
    private final Map<UnitId, String> unitFirst = new LinkedHashMap<>();
    private final List<Alias> aliases = new ArrayList<>();

    private Builder() {}

    /**
     * Sets the region catalogue whose names are matched; the default is {@link
     * RegionCatalogue#bundled()}.
     *
     * @param value the catalogue, not null
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder regions(RegionCatalogue value) {
      catalogue = setOnce(catalogue, value, Builder.class, "regions");
      return this;
    }

    /**
     * Adds the entrant of a proposal: its institution's and unit's names.
     *
     * @param proposal the proposal, not null
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder entrant(Proposal proposal) {
      requireNonNull(proposal, "proposal");
      Institution institution = proposal.innovation().institution();
      Unit unit = proposal.innovation().unit();
      institutionFirst.putIfAbsent(institution.id(), institution.name());
      institutionNames.computeIfAbsent(institution.id(), k -> new ArrayList<>()).add(institution.name());
      unitFirst.putIfAbsent(unit.id(), unit.name());
      unitNames.computeIfAbsent(unit.id(), k -> new ArrayList<>()).add(unit.name());
      return this;
    }

    /**
     * Adds the entrants of proposals, as {@link #entrant(Proposal)} does for each.
     *
     * @param proposals the proposals, not null
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder entrants(Iterable<Proposal> proposals) {
      requireNonNull(proposals, "proposals").forEach(this::entrant);
      return this;
    }

    /**
     * Declares another name of an entrant's institution, such as its acronym.
     *
     * @param institution the institution, which an entrant added to this builder must have; not null
     * @param alias the other name, with at least two letters or digits; not null
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder alias(InstitutionId institution, String alias) {
      aliases.add(new Alias(requireNonNull(institution, "institution"), requireNonNull(alias, "alias")));
      return this;
    }

    /**
     * Declares another name of an entrant's unit.
     *
     * @param unit the unit, which an entrant added to this builder must have; not null
     * @param alias the other name, with at least two letters or digits; not null
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder alias(UnitId unit, String alias) {
      aliases.add(new Alias(requireNonNull(unit, "unit"), requireNonNull(alias, "alias")));
      return this;
    }

    /**
     * Declares another name of a region of the catalogue, such as <i>Lutra</i> for Luwu Utara.
     *
     * @param region the region, which must be in the catalogue; not null
     * @param alias the other name, with at least two letters or digits; not null
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder alias(RegionCode region, String alias) {
      aliases.add(new Alias(requireNonNull(region, "region"), requireNonNull(alias, "alias")));
      return this;
    }

    /**
     * Builds the detector, compiling every name into one automaton.
     *
     * @return the detector, not null
     * @throws InvalidInputException if an alias is too long ({@code kipp.text.tooLong}), has fewer
     *     than two letters or digits ({@code kipp.blind.alias}), or names an institution, unit or
     *     region the detector does not know ({@code kipp.blind.aliasTarget}); every such alias is
     *     listed
     */
    public LeakDetector build() {
      RegionCatalogue regions = catalogue != null ? catalogue : RegionCatalogue.bundled();
      Map<String, Draft> drafts = new LinkedHashMap<>();
      List<Identity> identities = new ArrayList<>();
      Map<RegionCode, Integer> regionIds = new HashMap<>();
      Map<InstitutionId, Integer> institutionIds = new HashMap<>();
      Map<UnitId, Integer> unitIds = new HashMap<>();
      for (Region r : regions.all()) {
        int id = identities.size();
        identities.add(new Identity(r.level() == RegionLevel.PROVINCE ? IdentityKind.PROVINCE : IdentityKind.REGENCY, r.code().value(), r.name()));
        regionIds.put(r.code(), id);
        for (String name : regionNames(r)) {
          add(drafts, name, id, true);
        }
      }
      for (List<String> row : SHORT_NAMES) {
        Integer id = regionIds.get(RegionCode.of(row.get(0)));
        if (id == null) {
          continue;
        }
        add(drafts, row.get(1), id, true);
        for (String prefix : SHORT_NAME_PREFIXES) {
          add(drafts, prefix + " " + row.get(1), id, true);
        }
      }
      for (Map.Entry<InstitutionId, List<String>> e : institutionNames.entrySet()) {
        int id = identities.size();
        identities.add(new Identity(IdentityKind.INSTITUTION, e.getKey().value(), requireNonNull(institutionFirst.get(e.getKey()))));
        institutionIds.put(e.getKey(), id);
        e.getValue().forEach(name -> addEntrantName(drafts, name, id));
      }
      for (Map.Entry<UnitId, List<String>> e : unitNames.entrySet()) {
        int id = identities.size();
        identities.add(new Identity(IdentityKind.UNIT, e.getKey().value(), requireNonNull(unitFirst.get(e.getKey()))));
        unitIds.put(e.getKey(), id);
        e.getValue().forEach(name -> addEntrantName(drafts, name, id));
      }
      List<Violation> violations = new ArrayList<>();
      for (int i = 0; i < aliases.size(); i++) {
        Object target = aliases.get(i).target();
        String alias = aliases.get(i).alias();
        String path = "aliases[" + i + "]";
        Integer id = target instanceof RegionCode ? regionIds.get(target)
            : target instanceof InstitutionId ? institutionIds.get(target) : unitIds.get(target);
        String folded = NameFolding.foldName(alias);
        if (alias.length() > MAX_ALIAS) {
          violations.add(CoreMessages.violation("kipp.text.tooLong", path, alias, "max", MAX_ALIAS));
        } else if (folded.replace(" ", "").length() < 2) {
          violations.add(CoreMessages.violation("kipp.blind.alias", path, alias, "target", target));
        } else if (id == null) {
          violations.add(CoreMessages.violation("kipp.blind.aliasTarget", path, alias, "target", target));
        } else {
          add(drafts, alias, id, target instanceof RegionCode);
        }
      }
      InvalidInputException.throwIfAny("leak detector", violations);
      return new LeakDetector(drafts, identities, regionIds, institutionIds, unitIds, regions);
    }

    private static void addEntrantName(Map<String, Draft> drafts, String name, int id) {
      String folded = NameFolding.foldName(name);
      if (folded.replace(" ", "").length() >= MIN_NAME_LETTERS) {
        add(drafts, name, id, false);
      }
    }

    private static void add(Map<String, Draft> drafts, String name, int id, boolean region) {
      String folded = NameFolding.foldName(name);
      if (folded.isEmpty()) {
        return;
      }
      Draft d = drafts.computeIfAbsent(folded, k -> new Draft());
      d.targets.add(id);
      d.region |= region;
    }

    /** A region's name as the catalogue writes it, alone, and after each prefix of its kind. */
    private static List<String> regionNames(Region r) {
      String name = r.name();
      String bare = name;
      List<String> prefixes = List.of();
      if (r.level() == RegionLevel.PROVINCE) {
        prefixes = PROVINCE_PREFIXES;
      } else {
        for (String p : List.of("Kabupaten Administrasi ", "Kabupaten ", "Kota Administrasi ", "Kota ")) {
          if (name.startsWith(p)) {
            bare = name.substring(p.length());
            prefixes = p.startsWith("Kabupaten") ? REGENCY_PREFIXES : CITY_PREFIXES;
            break;
          }
        }
      }
      List<String> names = new ArrayList<>();
      names.add(name);
      names.add(bare);
      for (String p : prefixes) {
        names.add(p + " " + bare);
      }
      return names;
    }
  }
}
