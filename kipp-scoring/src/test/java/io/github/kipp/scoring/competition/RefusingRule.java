package io.github.kipp.scoring.competition;

import com.google.common.collect.ImmutableList;
import io.github.kipp.core.Citation;
import io.github.kipp.core.Decision;
import io.github.kipp.core.LocalizedText;
import io.github.kipp.core.Reason;
import io.github.kipp.core.eligibility.EligibilityContext;
import io.github.kipp.core.eligibility.EligibilityRule;
import io.github.kipp.core.innovation.Proposal;
import java.util.Set;

/**
 * A completeness check for tests that refuses the proposals named, citing its basis, and passes the
 * others, with a cited reason when {@code reasonOnPass} is set and without one otherwise.
 */
record RefusingRule(Set<String> refused, Citation basis, boolean reasonOnPass) implements EligibilityRule {

  @Override
  public String id() {
    return "eligibility.complete";
  }

  @Override
  public LocalizedText description() {
    return LocalizedText.of("Dokumen lengkap", "Documents complete");
  }

  @Override
  public ImmutableList<Citation> citations() {
    return ImmutableList.of(basis);
  }

  @Override
  public Decision evaluate(Proposal proposal, EligibilityContext context) {
    String subject = "proposal " + proposal.id();
    if (refused.contains(proposal.id().value())) {
      return Decision.fail(subject, id(), Reason.of("eligibility.incomplete", LocalizedText.of("Dokumen tidak lengkap", "Documents incomplete"), basis));
    }
    return reasonOnPass
        ? Decision.pass(subject, id(), Reason.of("eligibility.complete", LocalizedText.of("Dokumen lengkap", "Documents complete"), basis))
        : Decision.pass(subject, id());
  }
}
