package io.github.kipp.benchmarks;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import com.google.common.collect.ImmutableSortedSet;
import io.github.kipp.core.ProposalId;
import io.github.kipp.core.eligibility.EligibilityContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.kie.api.KieBase;
import org.kie.api.io.ResourceType;
import org.kie.api.runtime.StatelessKieSession;
import org.kie.internal.utils.KieHelper;

/**
 * The eligibility rules of the 2023 national module written in DRL ({@code eligibility-2023.drl})
 * for Drools: compiled once into a rule base; each batch of proposals, prepared without kipp's code
 * ({@link Entry}, {@link Form}), runs in a new stateless session.
 */
public final class DroolsEligibility {

  /** The resource holding the rules. */
  public static final String DRL = "io/github/kipp/benchmarks/eligibility-2023.drl";

  private final Limits limits;
  private final KieBase base;

  /**
   * Compiles the rules.
   *
   * @param limits the module's values, not null
   * @throws IllegalStateException if the rules do not compile
   */
  public DroolsEligibility(Limits limits) {
    this.limits = limits;
    String drl;
    try (InputStream in = DroolsEligibility.class.getClassLoader().getResourceAsStream(DRL)) {
      if (in == null) {
        throw new IllegalStateException("resource " + DRL + " is missing");
      }
      drl = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    KieHelper helper = new KieHelper();
    helper.addContent(drl, ResourceType.DRL);
    var results = helper.verify();
    if (results.hasMessages(org.kie.api.builder.Message.Level.ERROR)) {
      throw new IllegalStateException("the rules of " + DRL + " do not compile: " + results.getMessages());
    }
    this.base = helper.build();
  }

  /**
   * Screens the submitted proposals of a context in a new stateless session.
   *
   * @param context the context, not null
   * @return the eligible proposals, not null
   */
  public ImmutableSortedSet<ProposalId> eligible(EligibilityContext context) {
    ImmutableList<Entry> entries = Entry.of(context, limits.getResolution());
    return run(entries).eligible(entries);
  }

  /**
   * Screens the submitted proposals of a context and says which rules failed each.
   *
   * @param context the context, not null
   * @return the failed rules' ids by proposal, not null
   */
  public ImmutableSortedMap<ProposalId, ImmutableSortedSet<String>> failures(EligibilityContext context) {
    ImmutableList<Entry> entries = Entry.of(context, limits.getResolution());
    return run(entries).failures(entries);
  }

  private Verdicts run(ImmutableList<Entry> entries) {
    Verdicts verdicts = new Verdicts();
    StatelessKieSession session = base.newStatelessKieSession();
    session.setGlobal("verdicts", verdicts);
    List<Object> facts = new ArrayList<>(entries.size() + 1);
    facts.add(limits);
    facts.addAll(entries);
    session.execute(facts);
    return verdicts;
  }
}
