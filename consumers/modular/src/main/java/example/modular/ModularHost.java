package example.modular;

import io.github.kipp.core.InvalidInputException;
import io.github.kipp.core.TierId;
import io.github.kipp.core.institution.Institution;
import io.github.kipp.core.institution.InstitutionType;
import io.github.kipp.core.institution.RegionCode;
import io.github.kipp.core.rule.RuleRegistry;
import io.github.kipp.core.spi.RuleModule;
import io.github.kipp.format.CompetitionDocument;
import io.github.kipp.jackson.KippJson;
import io.github.kipp.rules.sinovik.SinovikRules;
import io.github.kipp.rules.sinovik.regional.SulawesiSelatan;
import io.github.kipp.scoring.competition.Competition;
import io.github.kipp.scoring.competition.Entries;
import io.github.kipp.scoring.shortlist.Shortlist;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.InaccessibleObjectException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Runs kipp on the module path as a host does and checks what kipp's module descriptors promise:
 * its modules are named and explicit, a competition runs end to end (module files, validation,
 * message catalogues, JSON), rule modules are found by ServiceLoader through {@code provides}, and
 * internal packages cannot be reached. Exits with status 1 if a check fails.
 */
public final class ModularHost {

  private static final Module HOST = ModularHost.class.getModule();
  private static final List<String> FAILURES = new ArrayList<>();
  private static int passed;

  private ModularHost() {}

  public static void main(String[] args) throws Exception {
    check("the host and kipp's modules are explicit named modules", ModularHost::kippIsModular);
    check("a provincial competition runs to its Top 40 on the module path", ModularHost::competitionRuns);
    check("ServiceLoader finds the national modules kipp provides", ModularHost::installedModulesAreFound);
    check("kipp refuses bad input with its own catalogue, validated by Hibernate Validator", ModularHost::badInputIsRefused);
    check("an internal package of kipp is not exported to the host", ModularHost::internalIsNotExported);
    check("an internal class cannot be called reflectively", ModularHost::internalIsNotCallable);
    check("kipp opens its validated packages to Hibernate Validator alone", ModularHost::opensAreQualified);
    System.out.println("modular: " + passed + " passed, " + FAILURES.size() + " failed");
    if (!FAILURES.isEmpty()) {
      FAILURES.forEach(f -> System.out.println("modular: FAILED " + f));
      System.exit(1);
    }
  }

  private interface Check {
    void run() throws Exception;
  }

  private static void check(String name, Check check) {
    try {
      check.run();
      passed++;
      System.out.println("modular: passed: " + name);
    } catch (Exception | AssertionError e) {
      FAILURES.add(name + ": " + e);
    }
  }

  private static void require(boolean condition, String what) {
    if (!condition) {
      throw new AssertionError(what);
    }
  }

  private static void kippIsModular() {
    require(HOST.isNamed(), "the host is in the unnamed module");
    for (String name : List.of("io.github.kipp.core", "io.github.kipp.scoring", "io.github.kipp.rules.sinovik", "io.github.kipp.jackson")) {
      Module kipp = HOST.getLayer().findModule(name).orElseThrow(() -> new AssertionError("no module " + name));
      require(!kipp.getDescriptor().isAutomatic(), name + " is an automatic module");
    }
    require(RuleRegistry.class.getModule().getName().equals("io.github.kipp.core"), "RuleRegistry is not in io.github.kipp.core");
  }

  private static void competitionRuns() {
    String json = resource("sulsel-2023-competition.json");
    RuleRegistry registry = SinovikRules.registryBuilder().register(SulawesiSelatan.kipp2023()).build();
    CompetitionDocument document = KippJson.json().readCompetition(json);
    RuleModule rules = document.moduleIn(registry);
    Entries entries = Entries.newBuilder().fromStatuses(document.proposals(), document.statuses()).history(document.history()).build();
    Clock clock = Clock.fixed(Instant.parse("2023-03-01T00:00:00Z"), ZoneOffset.UTC);
    Shortlist top40 = Competition.of(rules, 11, clock).replay(entries, document.scoreSheets())
        .finalists().orElseThrow().pool(TierId.of("top-40")).orElseThrow().shortlist();
    require(rules.id().value().equals("sinovik-2023/sulsel-2023"), "the document's module is " + rules.id());
    require(top40.included().size() == 40, "the Top 40 has " + top40.included().size() + " proposals");
    require(top40.ranking().entries().get(0).position() == 1, "the ranking does not start at position 1");
    String written = KippJson.json().write(document);
    require(KippJson.json().readCompetition(written).proposals().equals(document.proposals()), "the document does not round-trip");
  }

  private static void installedModulesAreFound() {
    RuleRegistry installed = RuleRegistry.loadInstalled(ModularHost.class.getClassLoader());
    TreeSet<String> ids = new TreeSet<>();
    installed.modules().forEach(m -> ids.add(m.id().value()));
    require(ids.equals(new TreeSet<>(List.of("sinovik-2021", "sinovik-2022", "sinovik-2023", "sinovik-2025"))), "installed: " + ids);
  }

  private static void badInputIsRefused() {
    require(HOST.getLayer().findModule("org.hibernate.validator").isPresent(), "Hibernate Validator is not resolved");
    Institution.regionalGovernment("pemkab-luwu-utara", "Pemerintah Kabupaten Luwu Utara", InstitutionType.KABUPATEN, RegionCode.of("73.22"));
    try {
      Institution.regionalGovernment("pemkab-luwu-utara", "Pemerintah\u0000Luwu Utara", InstitutionType.KABUPATEN, RegionCode.of("73.22"));
      throw new AssertionError("a name with a NUL character was accepted");
    } catch (InvalidInputException e) {
      require(e.violations().stream().anyMatch(v -> v.code().equals("kipp.text.controlCharacter")), "violations: " + e.violations());
      require(!e.text().indonesian().isBlank() && !e.text().english().isBlank(), "the refusal has no text");
      require(!e.text().indonesian().equals(e.text().english()), "the refusal is not in two languages");
    }
  }

  private static void internalIsNotExported() throws ClassNotFoundException {
    Class<?> internal = Class.forName("io.github.kipp.rules.sinovik.internal.NationalHistory");
    Module sinovik = internal.getModule();
    require(sinovik.getName().equals("io.github.kipp.rules.sinovik"), "NationalHistory is in " + sinovik);
    require(!sinovik.isExported("io.github.kipp.rules.sinovik.internal", HOST), "rules.sinovik.internal is exported");
    require(sinovik.isExported("io.github.kipp.rules.sinovik", HOST), "rules.sinovik is not exported");
    Module core = RuleRegistry.class.getModule();
    for (String pkg : core.getPackages()) {
      require(!pkg.contains(".internal") || !core.isExported(pkg, HOST), pkg + " is exported");
    }
    for (String pkg : List.of("io.github.kipp.core", "io.github.kipp.core.rule", "io.github.kipp.core.spi", "io.github.kipp.core.validation")) {
      require(core.isExported(pkg, HOST), pkg + " is not exported");
    }
    require(core.getPackages().contains("io.github.kipp.core.internal"), "core has no internal package");
  }

  private static void internalIsNotCallable() throws Exception {
    Method read = Class.forName("io.github.kipp.rules.sinovik.internal.NationalHistory").getMethod("read");
    try {
      read.invoke(null);
      throw new AssertionError("NationalHistory.read() was called from the host");
    } catch (IllegalAccessException expected) {
      // public, but in a package the module does not export
    }
    try {
      read.setAccessible(true);
      throw new AssertionError("NationalHistory.read() was made accessible to the host");
    } catch (InaccessibleObjectException expected) {
      // and not open to the host either
    }
  }

  private static void opensAreQualified() {
    Module core = RuleRegistry.class.getModule();
    Module validator = HOST.getLayer().findModule("org.hibernate.validator").orElseThrow();
    require(core.isOpen("io.github.kipp.core.innovation", validator), "core.innovation is not open to Hibernate Validator");
    require(!core.isOpen("io.github.kipp.core.innovation", HOST), "core.innovation is open to the host");
    require(!core.isOpen("io.github.kipp.core.internal.constraints", HOST), "core.internal.constraints is open to the host");
  }

  private static String resource(String name) {
    try (InputStream in = ModularHost.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new AssertionError("no resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
