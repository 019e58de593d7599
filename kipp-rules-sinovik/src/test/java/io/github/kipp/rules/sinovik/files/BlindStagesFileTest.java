package io.github.kipp.rules.sinovik.files;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.kipp.core.Confidence;
import io.github.kipp.core.StageId;
import io.github.kipp.core.blind.BlindStages;
import io.github.kipp.core.rule.RuleRegistry;
import io.github.kipp.rules.sinovik.ModuleFiles;
import io.github.kipp.rules.sinovik.ModuleReview;
import io.github.kipp.rules.sinovik.SinovikKeys;
import io.github.kipp.rules.sinovik.SinovikModule;
import io.github.kipp.rules.sinovik.SinovikRules;
import org.junit.jupiter.api.Test;

/** A module file declares its blind stages under {@code scoring.blindStages}; without it none is blind. */
class BlindStagesFileTest {

  private static final RuleRegistry NATIONAL = SinovikRules.registry();

  @Test
  void a_module_file_declares_its_blind_stages_with_their_citation() {
    String text = ModuleFileFixtures.TAKALAR.replace("added:\n",
        "added:\n  scoring.blindStages:\n    value: [evaluasi-proposal]\n    citation: ortala\n");

    SinovikModule takalar = ModuleFiles.read("takalar-2023.yaml", text, NATIONAL);

    BlindStages blind = takalar.blindStages();
    assertThat(blind.stages()).containsExactly(StageId.of("evaluasi-proposal"));
    assertThat(blind.isBlind(StageId.of("evaluasi-proposal"))).isTrue();
    assertThat(blind.isBlind(StageId.of("presentasi-wawancara"))).isFalse();
    assertThat(blind.citation()).isEqualTo(takalar.parameters().find(SinovikKeys.BLIND_STAGES).orElseThrow().citation().orElseThrow());
    assertThat(ModuleReview.markdown(takalar, NATIONAL)).contains("scoring.blindStages").contains("evaluasi-proposal");
  }

  @Test
  void a_module_that_declares_none_has_no_blind_stage_cited_unknown() {
    assertThat(SinovikRules.edition2023().blindStages()).isEqualTo(BlindStages.none());
    assertThat(ModuleFiles.read("takalar-2023.yaml", ModuleFileFixtures.TAKALAR, NATIONAL).blindStages()).isEqualTo(BlindStages.none());
    assertThat(BlindStages.none().stages()).isEmpty();
    assertThat(BlindStages.none().citation().confidence()).isEqualTo(Confidence.UNKNOWN);
  }
}
