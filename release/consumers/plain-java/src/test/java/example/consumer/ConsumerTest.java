package example.consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.kipp.core.eligibility.EligibilityContext;
import io.github.kipp.core.eligibility.EligibilityScreen;
import io.github.kipp.core.eligibility.ProposalEligibility;
import io.github.kipp.core.innovation.Proposal;
import io.github.kipp.core.rule.RuleRegistry;
import io.github.kipp.core.spi.Jurisdiction;
import io.github.kipp.core.spi.RuleModule;
import io.github.kipp.format.KippFormatException;
import io.github.kipp.jackson.KippJson;
import io.github.kipp.rules.sinovik.SinovikRules;
import io.github.kipp.testkit.KippBuilders;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** What a host does first with kipp, built only from the published artifacts. */
class ConsumerTest {

  @Test
  void the_rules_in_force_screen_a_proposal_and_the_proposal_round_trips_through_json() {
    RuleRegistry registry = SinovikRules.registry();
    RuleModule rules = registry.moduleFor(Jurisdiction.NATIONAL, LocalDate.of(2023, 4, 10));
    Proposal proposal = KippBuilders.proposalFor(rules.edition()).build();

    ProposalEligibility outcome =
        EligibilityScreen.of(rules.eligibilityRules())
            .screen(proposal, EligibilityContext.newBuilder(rules.edition()).build());
    assertFalse(outcome.decisions().isEmpty(), "the module's rules decided the proposal");

    String json = KippJson.json().write(proposal);
    assertEquals(proposal, KippJson.json().read(json, Proposal.class));
  }

  @Test
  void a_document_with_an_unknown_field_is_refused_with_its_path() {
    String json = KippJson.json().write(KippBuilders.proposal().build());
    String broken = json.replaceFirst("\\{", "{\"unknown\": 1,");

    KippFormatException refused =
        assertThrows(KippFormatException.class, () -> KippJson.json().read(broken, Proposal.class));
    assertTrue(refused.violations().stream().anyMatch(v -> v.path().equals("unknown")));
  }
}
