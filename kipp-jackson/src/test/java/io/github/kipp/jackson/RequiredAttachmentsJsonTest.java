package io.github.kipp.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.kipp.core.edition.Edition;
import io.github.kipp.core.innovation.AttachmentKind;
import io.github.kipp.rules.sinovik.SinovikRules;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue 16: an edition's required attachments (the 2025 letters) survive writing and reading. */
class RequiredAttachmentsJsonTest {

  private static final AttachmentKind[] KINDS = AttachmentKind.values();

  @Test
  void an_edition_with_any_required_attachments_round_trips_in_json_and_yaml() {
    qt().withFixedSeed(1625L).withExamples(1_000)
        .forAll(JsonGenerators.editions(), integers().between(0, (1 << KINDS.length) - 1))
        .checkAssert((base, mask) -> {
          List<AttachmentKind> kinds = new ArrayList<>();
          for (int i = 0; i < KINDS.length; i++) {
            if ((mask & (1 << i)) != 0) {
              kinds.add(KINDS[i]);
            }
          }
          Edition e = base.withRequiredAttachments(kinds);

          assertThat(KippJson.json().read(KippJson.json().write(e), Edition.class)).isEqualTo(e);
          assertThat(KippJson.yaml().read(KippJson.yaml().write(e), Edition.class)).isEqualTo(e);
          assertThat(KippJson.json().write(e).contains("requiredAttachments")).as("written only when required").isEqualTo(!kinds.isEmpty());
        });
  }

  @Test
  void the_2025_edition_round_trips_with_its_two_letters() {
    Edition e = SinovikRules.edition2025().edition();
    String json = KippJson.json().write(e);

    assertThat(json).contains("\"requiredAttachments\"").contains("INNOVATOR_IDENTITY_STATEMENT").contains("REPLICATION_CONSENT_LETTER");
    assertThat(KippJson.json().read(json, Edition.class)).isEqualTo(e);
  }
}
