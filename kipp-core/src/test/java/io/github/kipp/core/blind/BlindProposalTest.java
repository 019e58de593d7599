package io.github.kipp.core.blind;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.kipp.core.Fixtures;
import io.github.kipp.core.InnovationId;
import io.github.kipp.core.InstitutionId;
import io.github.kipp.core.UnitId;
import io.github.kipp.core.innovation.Innovation;
import io.github.kipp.core.innovation.Proposal;
import io.github.kipp.core.innovation.Video;
import io.github.kipp.core.institution.Institution;
import io.github.kipp.core.institution.InstitutionType;
import io.github.kipp.core.institution.Region;
import io.github.kipp.core.institution.RegionCode;
import io.github.kipp.core.institution.Unit;
import io.github.kipp.core.institution.UnitKind;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BlindProposalTest {

  private static final Set<Class<?>> IDENTITY_TYPES = Set.of(Institution.class, Unit.class, Region.class, RegionCode.class,
      InstitutionId.class, UnitId.class, Innovation.class, InnovationId.class, InstitutionType.class, UnitKind.class, Video.class,
      URI.class, Proposal.class);

  @Test
  void the_blind_view_carries_no_identity_field() {
    for (Method m : BlindProposal.class.getDeclaredMethods()) {
      if (!Modifier.isPublic(m.getModifiers()) || Modifier.isStatic(m.getModifiers())) {
        continue;
      }
      assertThat(typesIn(m.getGenericReturnType())).as("types returned by %s", m.getName()).doesNotContainAnyElementsOf(IDENTITY_TYPES);
    }
    List<Class<?>> fieldTypes = Arrays.stream(BlindProposal.class.getDeclaredFields()).<Class<?>>map(f -> f.getType()).toList();
    assertThat(fieldTypes).as("fields").doesNotContainAnyElementsOf(IDENTITY_TYPES);
  }

  private static List<Class<?>> typesIn(Type type) {
    if (type instanceof Class<?> c) {
      return List.of(c);
    }
    if (type instanceof ParameterizedType p) {
      List<Class<?>> all = new java.util.ArrayList<>(typesIn(p.getRawType()));
      for (Type a : p.getActualTypeArguments()) {
        all.addAll(typesIn(a));
      }
      return all;
    }
    return List.of();
  }

  @Test
  void the_same_proposal_entered_by_two_entrants_looks_the_same_blind() {
    Proposal luwu = Fixtures.proposal("p-1").build();
    Institution gowa = Institution.regionalGovernment("pemkab-gowa", "Pemerintah Kabupaten Gowa", InstitutionType.KABUPATEN, RegionCode.of("73.06"));
    Innovation elsewhere = Innovation.of(InnovationId.of("other-id"), luwu.innovation().title(), luwu.innovation().expansion(), gowa,
        Unit.of("gowa-puskesmas", "Puskesmas Sungguminasa", gowa, UnitKind.PUSKESMAS), luwu.innovation().start());
    Proposal gowaEntry = Proposal.newBuilder().id(luwu.id()).innovation(elsewhere).edition(luwu.edition()).group(luwu.group())
        .category(luwu.category()).sdgs(luwu.sdgs()).sections(luwu.sections()).build();

    BlindProposal a = BlindProposal.of(luwu);
    BlindProposal b = BlindProposal.of(gowaEntry);

    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
    assertThat(a.toString()).doesNotContain("Luwu").doesNotContain("luwu");
  }

  @Test
  void keeps_everything_that_is_judged() {
    Proposal p = Fixtures.proposal("p-1").build();

    BlindProposal blind = BlindProposal.of(p);

    assertThat(blind.id()).isEqualTo(p.id());
    assertThat(blind.edition()).isEqualTo(p.edition());
    assertThat(blind.group()).isEqualTo(p.group());
    assertThat(blind.category()).isEqualTo(p.category());
    assertThat(blind.sdgs()).isEqualTo(p.sdgs());
    assertThat(blind.title()).isEqualTo("Giatki Ces");
    assertThat(blind.expansion()).isEqualTo(Optional.of("Gigi Anak Sehat Kiat Cegah Stunting"));
    assertThat(blind.start()).isEqualTo(p.innovation().start());
    assertThat(blind.sections()).isEqualTo(p.sections());
    assertThat(blind.section(io.github.kipp.core.SectionId.of("signifikansi"))).isEqualTo(p.section(io.github.kipp.core.SectionId.of("signifikansi")));
    assertThat(blind.attachments()).isEqualTo(p.attachments());
    assertThat(blind.pandemicRelated()).isEqualTo(p.pandemicRelated());
    assertThat(blind.replication()).isEqualTo(p.replication());
  }
}
