package io.github.kipp.jackson;

import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.module.SimpleModule;
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
import io.github.kipp.format.KippFormatException;
import io.github.kipp.format.ResultsDocument;
import io.github.kipp.format.internal.AuditWire;
import io.github.kipp.format.internal.CoreWire;
import io.github.kipp.format.internal.DocumentForms;
import io.github.kipp.jackson.internal.DocumentWire;
import io.github.kipp.format.internal.EditionResultWire;
import io.github.kipp.jackson.internal.EditionResults;
import io.github.kipp.format.internal.EditionWire;
import io.github.kipp.format.internal.InnovationWire;
import io.github.kipp.format.internal.Mapping;
import io.github.kipp.format.internal.ReplicationWire;
import io.github.kipp.jackson.internal.RecordPaths;
import io.github.kipp.format.internal.ResultWire;
import io.github.kipp.jackson.internal.Scalar;
import io.github.kipp.jackson.internal.Schedules;
import io.github.kipp.jackson.internal.MappingSerdes;
import io.github.kipp.jackson.internal.WireIntrospector;
import io.github.kipp.format.internal.ScoringWire;
import io.github.kipp.format.internal.StageWire;
import java.util.List;

/**
 * A Jackson 2 module that reads and writes every public kipp domain and result type in kipp's JSON
 * format (described in {@code docs/format.md}), and its top-level documents: {@link
 * CompetitionDocument}, {@link ResultsDocument} and a competition's stored {@link
 * io.github.kipp.scoring.competition.EditionResult}. An edition result is read only through {@link
 * KippJson#readEditionResult}, which runs its steps again; this module writes it.
 *
 * <pre>{@code
 * ObjectMapper mapper = new ObjectMapper().registerModule(new KippModule());
 * Proposal proposal = mapper.readValue(json, Proposal.class);
 * }</pre>
 *
 * <p>Values are written through internal wire records and read back through the domain's public
 * factories, so every domain check runs on input; the domain classes carry no Jackson annotations.
 * Identifiers, region codes and SDG targets are JSON strings; decimals are JSON numbers written in
 * plain notation and read exactly, never through {@code double}; times are ISO-8601 strings
 * formatted by kipp, whatever the mapper's date settings. Field names do not follow the mapper's
 * naming strategy.
 *
 * <p>The module configures no feature of the host's mapper. {@link KippJson} wraps a mapper with
 * this module and safe settings (unknown fields refused, size limits, one {@link
 * KippFormatException} for every failure); use it for input from outside. The module never enables
 * polymorphic typing.
 */
public final class KippModule extends SimpleModule {

  private static final long serialVersionUID = 1L;

  /** Creates the module. */
  public KippModule() {
    super(KippModule.class.getName(), new Version(0, 1, 0, "SNAPSHOT", "io.github.kipp", "kipp-jackson"));
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
        Scalar.of(io.github.kipp.scoring.CriterionId.class, io.github.kipp.scoring.CriterionId::of),
        Scalar.of(RegionCode.class, RegionCode::of),
        Scalar.of(SdgTarget.class, SdgTarget::parse));
    scalars.forEach(this::scalar);
    List.of(CoreWire.mappings(), InnovationWire.mappings(), EditionWire.mappings(), StageWire.mappings(),
            ScoringWire.mappings(), ResultWire.mappings(), DocumentForms.mappings(), AuditWire.mappings(), EditionResultWire.mappings(),
            ReplicationWire.mappings(), io.github.kipp.format.internal.IidWire.mappings())
        .forEach(list -> list.forEach(this::mapping));
    addSerializer(Schedule.class, new Schedules.ScheduleSerializer());
    addDeserializer(Schedule.class, new Schedules.ScheduleDeserializer());
    addSerializer(CompetitionDocument.class, new DocumentWire.CompetitionSerializer());
    addDeserializer(CompetitionDocument.class, new DocumentWire.CompetitionDeserializer());
    addSerializer(io.github.kipp.scoring.competition.EditionResult.class, new EditionResults.Serializer());
    addDeserializer(io.github.kipp.scoring.competition.EditionResult.class, new EditionResults.Deserializer());
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
