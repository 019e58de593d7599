package io.github.kipp.jackson3;

import io.github.kipp.core.ActorId;
import io.github.kipp.core.CategoryId;
import io.github.kipp.core.EditionId;
import io.github.kipp.core.GroupId;
import io.github.kipp.core.InnovationId;
import io.github.kipp.core.InstitutionId;
import io.github.kipp.core.ProposalId;
import io.github.kipp.core.RuleModuleId;
import io.github.kipp.core.SectionId;
import io.github.kipp.core.StageId;
import io.github.kipp.core.TierId;
import io.github.kipp.core.UnitId;
import io.github.kipp.core.edition.Schedule;
import io.github.kipp.core.innovation.SdgTarget;
import io.github.kipp.core.institution.RegionCode;
import io.github.kipp.format.CompetitionDocument;
import io.github.kipp.format.ResultsDocument;
import io.github.kipp.format.internal.AuditWire;
import io.github.kipp.format.internal.CoreWire;
import io.github.kipp.format.internal.DocumentForms;
import io.github.kipp.format.internal.EditionResultWire;
import io.github.kipp.format.internal.EditionWire;
import io.github.kipp.format.internal.InnovationWire;
import io.github.kipp.format.internal.Mapping;
import io.github.kipp.format.internal.ReplicationWire;
import io.github.kipp.format.internal.ResultWire;
import io.github.kipp.format.internal.ScoringWire;
import io.github.kipp.format.internal.StageWire;
import io.github.kipp.jackson3.internal.Documents;
import io.github.kipp.jackson3.internal.EditionResults;
import io.github.kipp.jackson3.internal.RecordPaths;
import io.github.kipp.scoring.competition.EditionResult;
import io.github.kipp.jackson3.internal.MappingSerdes;
import io.github.kipp.jackson3.internal.Scalar;
import io.github.kipp.jackson3.internal.Schedules;
import io.github.kipp.jackson3.internal.WireIntrospector;
import io.github.kipp.scoring.CriterionId;
import java.util.List;
import tools.jackson.core.Version;
import tools.jackson.databind.module.SimpleModule;

/**
 * A Jackson 3 module that reads and writes kipp's domain and result values in kipp's JSON format
 * (described in {@code docs/format.md}), byte for byte as the Jackson 2 line's {@code
 * io.github.kipp.jackson.KippModule} does: both adapt the wire records of {@code kipp-format}.
 *
 * <pre>{@code
 * JsonMapper mapper = JsonMapper.builder().addModule(new KippModule()).build();
 * Proposal proposal = mapper.readValue(json, Proposal.class);
 * }</pre>
 *
 * <p>Values are written through internal wire records and read back through the domain's public
 * factories, so every domain check runs on input; the domain classes carry no Jackson annotations.
 * Identifiers, region codes and SDG targets are JSON strings; decimals are JSON numbers written in
 * plain notation and read exactly, never through {@code double}; times are ISO-8601 strings
 * formatted by kipp. Field names and their order do not follow the mapper's naming strategy or its
 * alphabetical sorting (on by default in Jackson 3).
 *
 * <p>It also writes the top-level {@link CompetitionDocument}, {@link ResultsDocument} and a stored
 * {@code EditionResult}, and reads the competition document (its institutions and units first, then
 * the ids that name them). The module configures no feature of the host's mapper and never enables
 * polymorphic typing. Reading a results document (whose rankings name proposals by id), an edition
 * result (whose steps run again), and input from outside with kipp's strict settings and limits,
 * every problem listed at once, are {@link KippJson}'s; CSV is {@link KippCsv}'s.
 */
public final class KippModule extends SimpleModule {

  private static final long serialVersionUID = 1L;

  /** Creates the module. */
  public KippModule() {
    super(KippModule.class.getName(), new Version(0, 1, 0, "SNAPSHOT", "io.github.kipp", "kipp-jackson3"));
    List<Scalar<?>> scalars = List.of(
        Scalar.of(ActorId.class, ActorId::of),
        Scalar.of(CategoryId.class, CategoryId::of),
        Scalar.of(EditionId.class, EditionId::of),
        Scalar.of(GroupId.class, GroupId::of),
        Scalar.of(InnovationId.class, InnovationId::of),
        Scalar.of(InstitutionId.class, InstitutionId::of),
        Scalar.of(ProposalId.class, ProposalId::of),
        Scalar.of(RuleModuleId.class, RuleModuleId::of),
        Scalar.of(SectionId.class, SectionId::of),
        Scalar.of(StageId.class, StageId::of),
        Scalar.of(TierId.class, TierId::of),
        Scalar.of(UnitId.class, UnitId::of),
        Scalar.of(CriterionId.class, CriterionId::of),
        Scalar.of(RegionCode.class, RegionCode::of),
        Scalar.of(SdgTarget.class, SdgTarget::parse));
    scalars.forEach(this::scalar);
    List.of(CoreWire.mappings(), InnovationWire.mappings(), EditionWire.mappings(), StageWire.mappings(),
            ScoringWire.mappings(), ResultWire.mappings(), DocumentForms.mappings(), AuditWire.mappings(), EditionResultWire.mappings(),
            ReplicationWire.mappings(), io.github.kipp.format.internal.IidWire.mappings())
        .forEach(list -> list.forEach(this::mapping));
    addSerializer(Schedule.class, new Schedules.ScheduleSerializer());
    addDeserializer(Schedule.class, new Schedules.ScheduleDeserializer());
    addSerializer(CompetitionDocument.class, new Documents.CompetitionSerializer());
    addDeserializer(CompetitionDocument.class, new Documents.CompetitionDeserializer());
    addSerializer(EditionResult.class, new EditionResults.Serializer());
    addDeserializer(EditionResult.class, new EditionResults.Deserializer());
    setDeserializerModifier(new RecordPaths());
  }

  private <T> void scalar(Scalar<T> s) {
    addSerializer(s.type(), s.serializer());
    addDeserializer(s.type(), s.deserializer());
    addKeyDeserializer(s.type(), s.keyDeserializer());
  }

  private <D> void mapping(Mapping<D, ?> m) {
    addSerializer(m.domain(), MappingSerdes.serializer(m));
    addDeserializer(m.domain(), MappingSerdes.deserializer(m));
  }

  @Override
  public void setupModule(SetupContext context) {
    super.setupModule(context);
    context.insertAnnotationIntrospector(new WireIntrospector());
  }
}
