package io.github.kipp.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Schema;
import io.github.kipp.core.Decision;
import io.github.kipp.core.EditionId;
import io.github.kipp.core.GroupId;
import io.github.kipp.core.InnovationId;
import io.github.kipp.core.InstitutionId;
import io.github.kipp.core.TierId;
import io.github.kipp.core.eligibility.HistoryCondition;
import io.github.kipp.core.eligibility.PastResult;
import io.github.kipp.core.eligibility.ResultHistory;
import io.github.kipp.core.eligibility.Tiers;
import io.github.kipp.core.institution.RegionCode;
import io.github.kipp.core.replication.ReplicationLink;
import io.github.kipp.core.replication.ReplicationNetwork;
import io.github.kipp.core.spi.Jurisdiction;
import io.github.kipp.format.KippFormatException;
import io.github.kipp.rules.sinovik.SinovikRules;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The replication-network document: the golden network of KIPP 2021's Top 5 <i>Replikasi</i>, its
 * queries under the modules of 2021 and 2025, the round trip of any network in JSON and YAML, the
 * schema in the jar, and the refusals of a document that breaks the format.
 */
class ReplicationNetworkJsonTest {

  private static final Path GOLDEN = Path.of("src/test/resources/replication/top-5-replikasi-2021.json");
  private static final ObjectMapper PLAIN = new ObjectMapper();
  private static final InnovationId SI_JEMPOL = InnovationId.of("si-jempol");

  /**
   * KIPP 2021's Top 5 Replikasi as far as they are known [Seed-4, S113, A3]: 1st Si Chupang (KKP), 2nd
   * WASCOVE (BRIN), 3rd Si Jempol, "Proses Izin dengan Jarimu" (DPMPTSP, Provinsi Kepulauan Riau,
   * region 21). What each replicated is not published: the sources sumber-a, -b and -c are
   * placeholders, each given a Top 99 of 2019 so that it qualifies under the 2021 rule.
   */
  static ReplicationNetwork top5Replikasi2021() {
    EditionId kipp2021 = EditionId.of("kipp-2021");
    GroupId replikasi = GroupId.of("replikasi");
    return ReplicationNetwork.of(List.of(
            new ReplicationLink(SI_JEMPOL, InnovationId.of("sumber-a"), kipp2021, 2021, InstitutionId.of("pemprov-kepri"), Optional.of(RegionCode.of("21"))),
            new ReplicationLink(InnovationId.of("wascove"), InnovationId.of("sumber-b"), kipp2021, 2021, InstitutionId.of("brin"), Optional.empty()),
            new ReplicationLink(InnovationId.of("si-chupang"), InnovationId.of("sumber-c"), kipp2021, 2021, InstitutionId.of("kkp"), Optional.empty())),
        ResultHistory.of(List.of(
            new PastResult(SI_JEMPOL, 2021, Tiers.TOP_5_REPLIKASI, replikasi),
            new PastResult(InnovationId.of("wascove"), 2021, Tiers.TOP_5_REPLIKASI, replikasi),
            new PastResult(InnovationId.of("si-chupang"), 2021, Tiers.TOP_5_REPLIKASI, replikasi),
            PastResult.umum("sumber-a", 2019, Tiers.TOP_99),
            PastResult.umum("sumber-b", 2019, Tiers.TOP_99),
            PastResult.umum("sumber-c", 2019, Tiers.TOP_99))));
  }

  @Test
  void the_golden_network_of_the_2021_top_5_replikasi_is_written_exactly_and_read_back() throws IOException {
    String written = KippJson.json().write(top5Replikasi2021());

    assertThat(written).isEqualTo(Files.readString(GOLDEN, StandardCharsets.UTF_8));
    assertThat(KippJson.json().readReplicationNetwork(written)).isEqualTo(top5Replikasi2021());
    assertThat(KippJson.json().read(written, ReplicationNetwork.class)).isEqualTo(top5Replikasi2021());
    assertThat(schema().validate(PLAIN.readTree(written))).isEmpty();
  }

  @Test
  void si_jempol_was_a_replica_in_kepulauan_riau_and_qualifies_as_a_source_under_2025_but_not_under_2021() throws IOException {
    ReplicationNetwork network = KippJson.json().readReplicationNetwork(Files.readString(GOLDEN, StandardCharsets.UTF_8));

    assertThat(network.sourcesOf(SI_JEMPOL)).containsExactly(InnovationId.of("sumber-a"));
    assertThat(network.regionsOf(InnovationId.of("sumber-a"))).containsExactly(RegionCode.of("21"));
    assertThat(network.inEdition(EditionId.of("kipp-2021"))).hasSize(3);
    // Which Top 99 of 2014-2020 were replicated where: the three sources, one in a province, two by central agencies.
    var where = network.replicatedWhere(HistoryCondition.reached(Tiers.TOP_99, 2014, 2020));
    assertThat(where.keySet()).extracting(InnovationId::value).containsExactly("sumber-a", "sumber-b", "sumber-c");
    assertThat(where.get(InnovationId.of("sumber-b"))).extracting(l -> l.institution().value()).containsExactly("brin");
    // Which Top 5 Replikasi were replicated in turn: none yet.
    assertThat(network.replicatedWhere(HistoryCondition.reached(Tiers.TOP_5_REPLIKASI, 2021, 2023))).isEmpty();

    Decision in2021 = network.sourceEligibility(SI_JEMPOL, SinovikRules.registry().forEdition(Jurisdiction.NATIONAL, 2021));
    Decision in2025 = network.sourceEligibility(SI_JEMPOL, SinovikRules.registry().forEdition(Jurisdiction.NATIONAL, 2025));
    Decision in2023 = network.sourceEligibility(SI_JEMPOL, SinovikRules.registry().forEdition(Jurisdiction.NATIONAL, 2023));

    assertThat(in2021.passed()).isFalse();
    assertThat(in2021.reasons().get(0).message().english()).contains("si-jempol", "top-5-replikasi 2021 (replikasi)", "top-99");
    assertThat(in2021.citations()).extracting(c -> c.instrument()).allMatch(i -> i.contains("161/2021"));
    assertThat(in2025.passed()).isTrue();
    assertThat(in2025.reasons().get(0).message().indonesian()).contains("si-jempol", "memenuhi syarat sebagai sumber replikasi");
    assertThat(in2025.citations()).extracting(c -> c.instrument()).allMatch(i -> i.contains("4/2025"));
    assertThat(in2023.passed()).isFalse();
    assertThat(in2023.reasons().get(0).code()).isEqualTo("kipp.eligibility.replication.noGroup");
    assertThat(network.sourceEligibility(InnovationId.of("sumber-a"), SinovikRules.edition2021()).passed()).isTrue();
  }

  @Test
  void any_network_reads_back_equal_in_json_and_yaml_and_writes_the_same_text_again() {
    qt().withFixedSeed(1604).withExamples(1_000)
        .forAll(lists().of(integers().between(0, 100_000)).ofSizeBetween(0, 25), lists().of(integers().between(0, 100_000)).ofSizeBetween(0, 10))
        .checkAssert((ls, rs) -> {
          ReplicationNetwork network = network(ls, rs);
          for (KippJson format : List.of(KippJson.json(), KippJson.yaml())) {
            String text = format.write(network);
            ReplicationNetwork back = format.readReplicationNetwork(text);
            assertThat(back).isEqualTo(network);
            assertThat(format.write(back)).isEqualTo(text);
          }
          assertThat(schema().validate(tree(KippJson.json().write(network)))).isEmpty();
        });
  }

  @Test
  void a_document_breaking_the_format_is_refused_with_every_problem_and_its_path() {
    String doubled = "{\"formatVersion\": \"1.0\", \"links\": ["
        + "{\"replica\": \"si-jempol\", \"source\": \"sumber-a\", \"edition\": \"kipp-2021\", \"year\": 2021, \"institution\": \"pemprov-kepri\", \"region\": \"21\"},"
        + "{\"replica\": \"si-jempol\", \"source\": \"sumber-a\", \"edition\": \"kipp-2021\", \"year\": 2021, \"institution\": \"pemprov-kepri\", \"region\": \"21\"},"
        + "{\"replica\": \"wascove\", \"source\": \"sumber-b\", \"edition\": \"kipp-2021\", \"year\": 2022, \"institution\": \"brin\"}],"
        + "\"results\": [{\"innovation\": \"si-jempol\", \"year\": 2021, \"tier\": \"top-5-replikasi\", \"group\": \"replikasi\"},"
        + "{\"innovation\": \"si-jempol\", \"year\": 2021, \"tier\": \"top-5-replikasi\", \"group\": \"replikasi\"}]}";
    KippFormatException e = catchThrowableOfType(KippFormatException.class, () -> KippJson.json().readReplicationNetwork(doubled));
    assertThat(e.violations()).extracting(v -> v.path() + " " + v.code())
        .containsExactly("links[1] kipp.json.duplicate", "links[2].year kipp.json.conflict", "results[1] kipp.json.duplicate");
    assertThat(e.text().indonesian()).contains("tautan replikasi", "edisi 'kipp-2021'");
    assertThat(schema().validate(tree(doubled))).isEmpty();   // the schema cannot say "once": the reader does

    String self = "{\"formatVersion\": \"1.0\", \"links\": [{\"replica\": \"si-jempol\", \"source\": \"si-jempol\", \"edition\": \"kipp-2021\", "
        + "\"year\": 2021, \"institution\": \"pemprov-kepri\", \"region\": \"2100\"}]}";
    KippFormatException f = catchThrowableOfType(KippFormatException.class, () -> KippJson.json().readReplicationNetwork(self));
    assertThat(f.violations()).extracting(v -> v.path()).containsExactly("links[0].region");
    assertThat(schema().validate(tree(self))).isNotEmpty();
    String selfOnly = self.replace("\"2100\"", "\"21\"");
    assertThat(catchThrowableOfType(KippFormatException.class, () -> KippJson.json().readReplicationNetwork(selfOnly)).violations())
        .extracting(v -> v.path() + " " + v.code()).containsExactly("links[0].source kipp.replication.selfLink");

    KippFormatException newer = catchThrowableOfType(KippFormatException.class,
        () -> KippJson.json().readReplicationNetwork("{\"formatVersion\": \"2.0\", \"links\": [], \"future\": true}"));
    assertThat(newer.violations()).extracting(v -> v.path() + " " + v.code()).containsExactly("formatVersion kipp.json.version");
    KippFormatException unknown = catchThrowableOfType(KippFormatException.class,
        () -> KippJson.json().readReplicationNetwork("{\"formatVersion\": \"1.0\", \"links\": [{\"replica\": \"a-1\", \"colour\": \"red\"}]}"));
    assertThat(unknown.path()).isEqualTo("links[0].colour");
    assertThat(schema().validate(tree("{\"formatVersion\": \"1.0\", \"links\": [{\"replica\": \"a-1\", \"colour\": \"red\"}]}"))).isNotEmpty();
  }

  /** A network decoded from numbers: small pools of ids, so that sources, replicas, editions and regions repeat. */
  static ReplicationNetwork network(List<Integer> links, List<Integer> results) {
    ReplicationNetwork.Builder b = ReplicationNetwork.newBuilder();
    for (int n : links) {
      int source = n % 11;
      int replica = (n / 11) % 13;
      if (replica == source) {
        replica = 12;
      }
      int year = 2014 + (n / 143) % 12;
      int where = (n / 1_716) % 5;
      Optional<RegionCode> region = where == 0 ? Optional.empty() : Optional.of(RegionCode.of(List.of("21", "73", "73.22", "72.10").get(where - 1)));
      b.link(new ReplicationLink(InnovationId.of("inv-" + replica), InnovationId.of("inv-" + source), EditionId.of("kipp-" + year), year,
          InstitutionId.of(where == 0 ? "kemenkeu" : "pemda-" + where), region));
    }
    List<TierId> tiers = List.of(Tiers.TOP_99, Tiers.TOP_45, Tiers.TOP_5_REPLIKASI, Tiers.OUTSTANDING_ACHIEVEMENT, TierId.of("sulsel-2023:top-30"));
    b.results(ResultHistory.of(results.stream()
        .map(n -> new PastResult(InnovationId.of("inv-" + n % 13), 2014 + (n / 13) % 12, tiers.get((n / 156) % 5), GroupId.of((n / 780) % 2 == 0 ? "umum" : "replikasi")))
        .collect(Collectors.toList())));
    return b.build();
  }

  static Schema schema() {
    return SharedSchemas.schema("replication-network-" + KippJson.REPLICATION_NETWORK_FORMAT_VERSION);
  }

  private static JsonNode tree(String json) {
    return SharedSchemas.tree(json);
  }
}
