package io.github.kipp.core.eligibility;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedMap;
import com.google.common.collect.ImmutableSortedSet;
import io.github.kipp.core.Cited;
import io.github.kipp.core.Citation;
import io.github.kipp.core.Decision;
import io.github.kipp.core.GroupId;
import io.github.kipp.core.InnovationId;
import io.github.kipp.core.LocalizedText;
import io.github.kipp.core.Reason;
import io.github.kipp.core.Violation;
import io.github.kipp.core.edition.Edition;
import io.github.kipp.core.edition.Phase;
import io.github.kipp.core.edition.Window;
import io.github.kipp.core.innovation.DatePrecision;
import io.github.kipp.core.innovation.Proposal;
import io.github.kipp.core.internal.CloseText;
import io.github.kipp.core.internal.CoreMessages;
import io.github.kipp.core.internal.Listing;
import io.github.kipp.core.internal.PeriodText;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The eligibility rules kipp ships. A rule module configures them with its edition's values and
 * citations.
 *
 * <ul>
 *   <li>{@link #fitsEdition}: the proposal is complete and fits the edition's form (group, category,
 *       required sections, word and video limits, SDG targets, required attachments).
 *   <li>{@link #minimumAge}: the innovation is old enough on the registration close.
 *   <li>{@link #institutionCap}: an institution submits at most so many proposals per group; those
 *       beyond the cap, in submission order, fail.
 *   <li>{@link #invitationOnly}: a group (2021 <i>khusus</i>) is open only to invited innovations.
 *   <li>{@link #pastResults}: the innovation's earlier results allow it into the group (exclusion of
 *       earlier winners, <i>khusus</i> for earlier winners).
 *   <li>{@link #replicationSource}: a <i>replikasi</i> proposal names earlier qualifying innovations.
 *   <li>{@link #uniqueTitle}: no earlier submission of the edition has the same title, compared after
 *       a declared normalisation.
 *   <li>{@link #withinRegion}: a regional round admits only institutions of its region.
 *   <li>{@link #entrantKinds}: a regional round admits only some types of institution and kinds of
 *       unit (a province's own agencies; a regency's <i>kecamatan</i> and villages).
 * </ul>
 *
 * <p>Each rule has a stable id, given here as a constant ({@link #MINIMUM_AGE}, {@link
 * #INSTITUTION_CAP} …) or, where the id names its groups, by a method ({@link #pastResultsId}), so a
 * host matching decisions by rule id need not write the strings out.
 */
public final class EligibilityRules {

  private EligibilityRules() {}

  /** The id of {@link #fitsEdition(Citation)}: {@value}. */
  public static final String FITS_EDITION = "fits-edition";
  /** The id of {@link #minimumAge(AgeRequirement)}: {@value}. */
  public static final String MINIMUM_AGE = "minimum-age";
  /** The id of {@link #institutionCap(Map)}: {@value}. */
  public static final String INSTITUTION_CAP = "institution-cap";
  /** The id of {@link #invitationOnly(GroupId, Citation)}: {@value}. */
  public static final String INVITATION = "invitation";
  /** The prefix of the ids of {@link #pastResults}; the full id is given by {@link #pastResultsId}. */
  public static final String PAST_RESULTS_PREFIX = "past-results:";
  /** The id of {@link #replicationSource(GroupId, HistoryCondition, Citation)}: {@value}. */
  public static final String REPLICATION_SOURCE = "replication-source";
  /** The id of {@link #uniqueTitle(Citation)}: {@value}. */
  public static final String UNIQUE_TITLE = "unique-title";
  /** The id of {@link #withinRegion}: {@value}. */
  public static final String ENTRANT_REGION = "entrant-region";

  /**
   * Returns the id of the {@link #pastResults} rule of some groups, such as {@code past-results:umum}
   * or, for a rule of two groups, {@code past-results:replikasi+umum} (groups in id order).
   *
   * @param groups the groups the rule applies to, not empty
   * @return the rule's id, not null
   * @throws IllegalArgumentException if {@code groups} is empty
   */
  public static String pastResultsId(Iterable<GroupId> groups) {
    ImmutableSortedSet<GroupId> applies = ImmutableSortedSet.copyOf(requireNonNull(groups, "groups"));
    if (applies.isEmpty()) {
      throw new IllegalArgumentException("a past-results rule needs at least one group");
    }
    return PAST_RESULTS_PREFIX + applies.stream().map(GroupId::value).collect(Collectors.joining("+"));
  }

  /**
   * Returns the id of the {@link #pastResults} rule of one group, such as {@code past-results:umum}.
   *
   * @param group the group, not null
   * @return the rule's id, not null
   */
  public static String pastResultsId(GroupId group) {
    return pastResultsId(ImmutableList.of(requireNonNull(group, "group")));
  }

  /**
   * The proposal fits the edition's form: every violation of {@link Edition#validate(Proposal)} is a
   * reason to fail it (an incomplete proposal fails administrative screening).
   *
   * @param citation where the requirement comes from, not null
   * @return the rule, not null
   */
  public static EligibilityRule fitsEdition(Citation citation) {
    return fitsEdition(citation, Map.of());
  }

  /**
   * The proposal fits the edition's form, each failure also citing the parameter that set the limit
   * it breaks: a violation whose code starts with a key of {@code byCodePrefix} cites that key's
   * citation besides {@code citation} (a region's video limit cites the region's guide).
   *
   * @param citation where the requirement of a complete proposal comes from, not null
   * @param byCodePrefix citations by violation-code prefix, such as {@code kipp.proposal.video}; not
   *     null
   * @return the rule, not null
   */
  public static EligibilityRule fitsEdition(Citation citation, Map<String, Citation> byCodePrefix) {
    requireNonNull(citation, "citation");
    ImmutableSortedMap<String, Citation> prefixes = ImmutableSortedMap.copyOf(requireNonNull(byCodePrefix, "byCodePrefix"));
    return new Rule(FITS_EDITION, CoreMessages.render("kipp.eligibility.fitsEdition.rule"), ImmutableList.of(citation)) {
      @Override
      boolean passes(Proposal proposal, int index, EligibilityContext context) {
        return context.edition().validate(proposal).isEmpty();
      }

      @Override
      public Decision evaluate(Proposal proposal, EligibilityContext context) {
        ImmutableList<Violation> violations = context.edition().validate(proposal);
        if (violations.isEmpty()) {
          return pass(proposal, reason("kipp.eligibility.fitsEdition.pass", citation, "edition", context.edition().id()));
        }
        List<Reason> reasons = new ArrayList<>();
        for (Violation v : violations) {
          List<Citation> cites = new ArrayList<>(List.of(citation));
          prefixes.forEach((prefix, c) -> {
            if (v.code().startsWith(prefix) && !cites.contains(c)) {
              cites.add(c);
            }
          });
          reasons.add(Reason.of(v.code(), prefixed(v), cites));
        }
        return new Decision(subject(proposal), id(), Decision.Outcome.FAIL, ImmutableList.copyOf(reasons));
      }
    };
  }

  private static LocalizedText prefixed(Violation v) {
    if (v.path().isEmpty()) {
      return v.message();
    }
    return LocalizedText.of(v.path() + ": " + v.message().indonesian(), v.path() + ": " + v.message().english());
  }

  /**
   * The innovation is old enough on the registration close, by {@code requirement}.
   *
   * @param requirement the minimum ages, close and reading of partial dates, each cited; not null
   * @return the rule, not null
   */
  public static EligibilityRule minimumAge(AgeRequirement requirement) {
    requireNonNull(requirement, "requirement");
    ImmutableList.Builder<Citation> all = ImmutableList.<Citation>builder().add(requirement.general().citation());
    requirement.byGroup().values().forEach(c -> all.add(c.citation()));
    requirement.pandemicRelated().ifPresent(c -> all.add(c.citation()));
    all.add(requirement.close().citation()).add(requirement.resolution().citation());
    return new Rule(MINIMUM_AGE, CoreMessages.render("kipp.eligibility.age.rule"), all.build().stream().distinct().collect(ImmutableList.toImmutableList())) {
      /** The close of the last edition screened, kept so that each edition's close is read once. */
      private volatile @Nullable Close last;

      // Kept by the edition object: an equal edition would give the same close, and comparing whole
      // editions for each proposal would cost more than reading the close.
      @SuppressWarnings("ReferenceEquality")
      private Close close(Edition edition) {
        Close c = last;
        if (c == null || c.edition() != edition) {
          Window registration = edition.schedule().window(Phase.REGISTRATION).orElseThrow(() ->
              new IllegalStateException("edition " + edition.id() + " has no registration window; the minimum-age rule counts back from its close"));
          ZonedDateTime close = requirement.close().value() == AgeRequirement.CloseBasis.ORIGINAL ? registration.originalClose() : registration.close();
          ZonedDateTime closeInZone = close.withZoneSameInstant(edition.zone());
          c = new Close(edition, registration, closeInZone, closeInZone.minusNanos(1).toLocalDate());
          last = c;
        }
        return c;
      }

      private Cited<Period> minimum(Proposal proposal) {
        boolean pandemic = proposal.pandemicRelated() && requirement.pandemicRelated().isPresent();
        return pandemic ? requirement.pandemicRelated().orElseThrow() : requirement.forGroup(proposal.group());
      }

      /** The general minimum, read without a look-up. */
      private final Period general = requirement.general().value();
      /** The pandemic-related minimum, or null if the requirement has none. */
      private final @Nullable Period pandemicMinimum = requirement.pandemicRelated().map(Cited::value).orElse(null);
      /**
       * The minimums of groups with their own, by the group id's value: found by the value's cached
       * hash rather than by comparing ids in order, as {@link AgeRequirement#forGroup} does.
       */
      private final ImmutableMap<String, Period> byGroupValue = requirement.byGroup().entrySet().stream()
          .collect(ImmutableMap.toImmutableMap(e -> e.getKey().value(), e -> e.getValue().value()));

      /** Each minimum's latest start old enough on the close day of the last edition screened. */
      private volatile @Nullable Bounds bounds;

      /**
       * The bounds of the minimums above for a close day, kept for the next proposal: an edition's
       * close day is the same for all its proposals.
       */
      private Bounds bounds(LocalDate closeDay) {
        Bounds b = bounds;
        if (b == null || !b.closeDay().equals(closeDay)) {
          ImmutableMap.Builder<String, AgeBound> own = ImmutableMap.builderWithExpectedSize(byGroupValue.size());
          byGroupValue.forEach((group, minimum) -> own.put(group, AgeBound.of(closeDay, minimum)));
          b = new Bounds(closeDay, AgeBound.of(closeDay, general), pandemicMinimum == null ? null : AgeBound.of(closeDay, pandemicMinimum),
              own.buildOrThrow());
          bounds = b;
        }
        return b;
      }

      /** The bound of the value of {@code minimum(proposal)}, chosen from the minimums read above. */
      private AgeBound bound(Bounds b, Proposal proposal) {
        AgeBound pandemic = b.pandemic();
        if (pandemic != null && proposal.pandemicRelated()) {
          return pandemic;
        }
        if (b.byGroup().isEmpty()) {
          return b.general();
        }
        AgeBound own = b.byGroup().get(proposal.group().value());
        return own != null ? own : b.general();
      }

      @Override
      boolean passes(Proposal proposal, int index, EligibilityContext context) {
        LocalDate closeDay = close(context.edition()).day();
        LocalDate start = proposal.innovation().start().resolve(requirement.resolution().value());
        return bound(bounds(closeDay), proposal).oldEnough(start, closeDay);
      }

      @Override
      public Decision evaluate(Proposal proposal, EligibilityContext context) {
        Close c = close(context.edition());
        Window registration = c.registration();
        ZonedDateTime closeInZone = c.inZone();
        LocalDate closeDay = c.day();
        boolean pandemic = proposal.pandemicRelated() && requirement.pandemicRelated().isPresent();
        Cited<Period> minimum = minimum(proposal);
        LocalDate start = proposal.innovation().start().resolve(requirement.resolution().value());
        boolean oldEnough = !start.plus(minimum.value()).isAfter(closeDay);
        List<Citation> cited = new ArrayList<>(List.of(minimum.citation(), requirement.close().citation()));
        if (requirement.close().value() == AgeRequirement.CloseBasis.EXTENDED && !registration.extensions().isEmpty()) {
          cited.add(registration.extensions().get(registration.extensions().size() - 1).basis());
        }
        if (proposal.innovation().start().precision() != DatePrecision.DAY) {
          cited.add(requirement.resolution().citation());
        }
        Period age = start.isAfter(closeDay) ? Period.ZERO : Period.between(start, closeDay);
        String key = oldEnough ? "kipp.eligibility.age.pass" : "kipp.eligibility.age.fail";
        Reason reason = Reason.of(key, CoreMessages.render(key,
            "start", proposal.innovation().start(),
            "counted", start,
            "close", closeDay,
            "closeEn", new CloseText(closeInZone, false),
            "closeId", new CloseText(closeInZone, true),
            "ageEn", new PeriodText(age, false),
            "ageId", new PeriodText(age, true),
            "minEn", new PeriodText(minimum.value(), false),
            "minId", new PeriodText(minimum.value(), true),
            "group", proposal.group(),
            "whichEn", pandemic ? "pandemic-related innovations" : "group " + proposal.group(),
            "whichId", pandemic ? "inovasi terkait pandemi" : "kelompok " + proposal.group()), cited);
        return oldEnough ? pass(proposal, reason) : Decision.fail(subject(proposal), id(), reason);
      }
    };
  }

  /**
   * An institution submits at most so many proposals in a group; those beyond the cap, in submission
   * order (unknown times last, then by proposal id), fail. Groups without a cap are not limited. The
   * refusal policy ({@link CapRefusal#LATEST_SUBMISSIONS}) is kipp's, uncited here: a module that
   * declares its policy uses {@link #institutionCap(Map, Cited)}.
   *
   * @param caps the cap of each limited group, each cited
   * @return the rule, not null
   */
  public static EligibilityRule institutionCap(Map<GroupId, Cited<Integer>> caps) {
    return cappedRule(caps, null);
  }

  /**
   * An institution submits at most so many proposals in a group, those beyond the cap refused as a
   * declared, cited policy says: under {@link CapRefusal#LATEST_SUBMISSIONS}, those submitted last
   * (unknown times last, then by proposal id) fail. A failure cites the cap and the policy. Groups
   * without a cap are not limited.
   *
   * @param caps the cap of each limited group, each cited
   * @param refusal which proposals beyond the cap are refused, cited; not null
   * @return the rule, not null
   */
  public static EligibilityRule institutionCap(Map<GroupId, Cited<Integer>> caps, Cited<CapRefusal> refusal) {
    return cappedRule(caps, requireNonNull(refusal, "refusal"));
  }

  private static EligibilityRule cappedRule(Map<GroupId, Cited<Integer>> caps, @Nullable Cited<CapRefusal> refusal) {
    ImmutableSortedMap<GroupId, Cited<Integer>> byGroup = ImmutableSortedMap.copyOf(requireNonNull(caps, "caps"));
    ImmutableList<Citation> policy = refusal == null ? ImmutableList.of() : ImmutableList.of(refusal.citation());
    ImmutableList.Builder<Citation> cites = ImmutableList.builder();
    byGroup.values().forEach(c -> cites.add(c.citation()));
    cites.addAll(policy);
    return new Rule(INSTITUTION_CAP, CoreMessages.render("kipp.eligibility.cap.rule"),
        cites.build().stream().distinct().collect(ImmutableList.toImmutableList())) {
      @Override
      boolean passes(Proposal proposal, int index, EligibilityContext context) {
        Cited<Integer> cap = byGroup.get(proposal.group());
        if (cap == null) {
          return true;
        }
        if (context.isSubmittedAt(proposal, index)) {
          return context.institutionGroupNumber(index) <= cap.value();
        }
        // The proposal's number among its institution's submissions in its group, as evaluate counts
        // it: one more than those with another id submitted before it.
        int number = 1;
        Comparator<Proposal> order = context.submissionOrder();
        for (Proposal p : context.submitted()) {
          if (p.group().equals(proposal.group()) && p.innovation().institution().id().equals(proposal.innovation().institution().id())
              && !p.id().equals(proposal.id()) && order.compare(p, proposal) < 0) {
            number++;
          }
        }
        return number <= cap.value();
      }

      @Override
      public Decision evaluate(Proposal proposal, EligibilityContext context) {
        Cited<Integer> cap = byGroup.get(proposal.group());
        if (cap == null) {
          return pass(proposal, Reason.of("kipp.eligibility.cap.none", CoreMessages.render("kipp.eligibility.cap.none", "group", proposal.group())));
        }
        int place = context.placeOf(proposal);
        int number;
        int count;
        if (place >= 0) {
          number = context.institutionGroupNumber(place);
          count = context.institutionGroupCount(place);
        } else {
          List<Proposal> same = context.submitted().stream()
              .filter(p -> p.innovation().institution().id().equals(proposal.innovation().institution().id()))
              .filter(p -> p.group().equals(proposal.group()))
              .filter(p -> !p.id().equals(proposal.id()))
              .collect(Collectors.toCollection(ArrayList::new));
          same.add(proposal);
          same.sort(context.submissionOrder());
          number = same.indexOf(proposal) + 1;
          count = same.size();
        }
        boolean within = number <= cap.value();
        String key = within ? "kipp.eligibility.cap.pass" : "kipp.eligibility.cap.fail";
        Reason reason = Reason.of(key, CoreMessages.render(key,
            "institution", proposal.innovation().institution().name(), "count", count, "group", proposal.group(),
            "cap", cap.value(), "number", number),
            within ? List.of(cap.citation()) : ImmutableList.<Citation>builder().add(cap.citation()).addAll(policy).build());
        return within ? pass(proposal, reason) : Decision.fail(subject(proposal), id(), reason);
      }
    };
  }

  /**
   * A group is open only to invited innovations (the Minister's invitation to <i>khusus</i>, 2021).
   *
   * @param group the group, not null
   * @param citation where the requirement comes from, not null
   * @return the rule, not null
   */
  public static EligibilityRule invitationOnly(GroupId group, Citation citation) {
    requireNonNull(group, "group");
    requireNonNull(citation, "citation");
    return new Rule(INVITATION, CoreMessages.render("kipp.eligibility.invitation.rule", "group", group), ImmutableList.of(citation)) {
      @Override
      boolean passes(Proposal proposal, int index, EligibilityContext context) {
        return !proposal.group().equals(group) || context.invitations().contains(proposal.innovation().id());
      }

      @Override
      public Decision evaluate(Proposal proposal, EligibilityContext context) {
        if (!proposal.group().equals(group)) {
          return notApplicable(proposal, group);
        }
        boolean invited = context.invitations().contains(proposal.innovation().id());
        String key = invited ? "kipp.eligibility.invitation.pass" : "kipp.eligibility.invitation.fail";
        Reason reason = Reason.of(key, CoreMessages.render(key, "innovation", proposal.innovation().title(), "group", group), citation);
        return invited ? pass(proposal, reason) : Decision.fail(subject(proposal), id(), reason);
      }
    };
  }

  /**
   * The innovation's past results allow it into the group: {@code eligibleIf} must hold on its
   * history.
   *
   * @param groups the groups the rule applies to, not empty
   * @param eligibleIf the condition on past results, not null
   * @param citation where the rule comes from, not null
   * @return the rule, not null
   * @throws IllegalArgumentException if {@code groups} is empty
   */
  public static EligibilityRule pastResults(Iterable<GroupId> groups, HistoryCondition eligibleIf, Citation citation) {
    ImmutableSortedSet<GroupId> applies = ImmutableSortedSet.copyOf(requireNonNull(groups, "groups"));
    requireNonNull(eligibleIf, "eligibleIf");
    requireNonNull(citation, "citation");
    if (applies.isEmpty()) {
      throw new IllegalArgumentException("a past-results rule needs at least one group");
    }
    String suffix = applies.stream().map(GroupId::value).collect(Collectors.joining("+"));
    String ruleId = pastResultsId(applies);
    // Described once: a condition is immutable, and describing it walks the whole tree.
    LocalizedText condition = eligibleIf.describe();
    String conditionId = condition.indonesian();
    String conditionEn = condition.english();
    return new Rule(ruleId,
        CoreMessages.render("kipp.eligibility.history.rule", "groups", suffix, "conditionId", condition.indonesian(), "conditionEn", condition.english()),
        ImmutableList.of(citation)) {
      /** The group of a rule of one group, compared directly; null for a rule of several. */
      private final @Nullable GroupId only = applies.size() == 1 ? applies.first() : null;
      /** The condition's answer for an innovation without past results, the most common case. */
      private final boolean withoutResults = eligibleIf.test(ImmutableList.of());

      @Override
      boolean passes(Proposal proposal, int index, EligibilityContext context) {
        if (only != null ? !only.equals(proposal.group()) : !applies.contains(proposal.group())) {
          return true;
        }
        List<PastResult> results = context.results(proposal, index);
        return results.isEmpty() ? withoutResults : eligibleIf.test(results);
      }

      @Override
      public Decision evaluate(Proposal proposal, EligibilityContext context) {
        if (!applies.contains(proposal.group())) {
          return notApplicable(proposal, applies.first());
        }
        List<PastResult> results = context.history().of(proposal.innovation().id());
        boolean eligible = eligibleIf.test(results);
        String key = eligible ? "kipp.eligibility.history.pass" : "kipp.eligibility.history.fail";
        Reason reason = Reason.of(key, CoreMessages.render(key,
            "results", Listing.of(results),
            "group", proposal.group(), "conditionId", conditionId, "conditionEn", conditionEn), citation);
        return eligible ? pass(proposal, reason) : Decision.fail(subject(proposal), id(), reason);
      }
    };
  }

  /**
   * A proposal in a replication group names the innovations it replicates, at least one of which
   * qualifies: {@code sourceQualifies} holds on its history (2021: it adapts, fully or partly, at
   * least one Top 99 of an earlier edition). Naming its own innovation fails it.
   *
   * @param group the replication group, not null
   * @param sourceQualifies the condition a source's past results must meet, not null
   * @param citation where the rule comes from, not null
   * @return the rule, not null
   */
  public static ReplicationSourceRule replicationSource(GroupId group, HistoryCondition sourceQualifies, Citation citation) {
    return new ReplicationSourceRule(group, sourceQualifies, citation);
  }

  /**
   * No earlier submission of the edition has the same title. Titles are compared after
   * normalisation: Unicode NFKC, lower case, every run of characters other than letters and digits
   * read as one space, trimmed. The earliest submission (unknown times last, then by id) keeps the
   * title.
   *
   * @param citation where the rule comes from, not null
   * @return the rule, not null
   */
  public static EligibilityRule uniqueTitle(Citation citation) {
    requireNonNull(citation, "citation");
    return new Rule(UNIQUE_TITLE, CoreMessages.render("kipp.eligibility.title.rule"), ImmutableList.of(citation)) {
      @Override
      boolean passes(Proposal proposal, int index, EligibilityContext context) {
        if (context.isSubmittedAt(proposal, index)) {
          // Decided once for every submitted proposal when the context prepared its titles.
          return !context.repeatsTitle(index);
        }
        Proposal first = context.earliestWithTitleOrNull(context.normalisedTitle(proposal, index));
        return first == null || first.id().equals(proposal.id()) || context.submissionOrder().compare(first, proposal) >= 0;
      }

      @Override
      public Decision evaluate(Proposal proposal, EligibilityContext context) {
        // The earliest submission with the title, from the context's index (one normalisation per
        // submitted title, not one per pair). One with the proposal's own id is the proposal itself.
        String mine = context.normalisedTitle(proposal, -1);
        Proposal first = context.earliestWithTitle(mine)
            .filter(p -> !p.id().equals(proposal.id()) && context.submissionOrder().compare(p, proposal) < 0)
            .orElse(proposal);
        if (first == proposal) {
          return pass(proposal, reason("kipp.eligibility.title.pass", citation, "title", proposal.innovation().title()));
        }
        return Decision.fail(subject(proposal), id(), reason("kipp.eligibility.title.fail", citation,
            "title", proposal.innovation().title(), "other", first.id()));
      }
    };
  }

  /**
   * A regional round admits only entrants of its region: the proposal's institution sits in the
   * region or in a region inside it (a province's regencies and cities). Ministries and other
   * institutions without a region are refused.
   *
   * @param region the round's region, not null
   * @param citation where the rule comes from, not null
   * @return the rule, not null
   */
  public static EligibilityRule withinRegion(io.github.kipp.core.institution.RegionCode region, Citation citation) {
    requireNonNull(region, "region");
    requireNonNull(citation, "citation");
    return new Rule(ENTRANT_REGION, CoreMessages.render("kipp.eligibility.region.rule", "region", region), ImmutableList.of(citation)) {
      @Override
      boolean passes(Proposal proposal, int index, EligibilityContext context) {
        java.util.Optional<io.github.kipp.core.institution.RegionCode> theirs = proposal.innovation().institution().region();
        return theirs.isPresent() && theirs.get().isWithin(region);
      }

      @Override
      public Decision evaluate(Proposal proposal, EligibilityContext context) {
        java.util.Optional<io.github.kipp.core.institution.RegionCode> theirs = proposal.innovation().institution().region();
        boolean inside = theirs.isPresent() && theirs.get().isWithin(region);
        String key = inside ? "kipp.eligibility.region.pass" : "kipp.eligibility.region.fail";
        Reason reason = reason(key, citation, "institution", proposal.innovation().institution().name(),
            "theirs", theirs.map(Object::toString).orElse("-"), "region", region);
        return inside ? pass(proposal, reason) : Decision.fail(subject(proposal), id(), reason);
      }
    };
  }

  /**
   * A round admits only entrants of some kinds: the proposal's institution is of an admitted type and
   * the unit running the innovation of an admitted kind (a province's own agencies; a regency's
   * <i>kecamatan</i> and villages).
   *
   * @param kinds the institution types and unit kinds admitted, not null
   * @param citation where the rule comes from, not null
   * @return the rule, not null
   */
  public static EligibilityRule entrantKinds(EntrantKinds kinds, Citation citation) {
    requireNonNull(kinds, "kinds");
    requireNonNull(citation, "citation");
    String typesEn = kinds.institutionTypes().isEmpty() ? "of any type"
        : kinds.institutionTypes().stream().map(t -> t.label().english()).collect(Collectors.joining(", "));
    String typesId = kinds.institutionTypes().isEmpty() ? "jenis apa pun"
        : kinds.institutionTypes().stream().map(t -> t.label().indonesian()).collect(Collectors.joining(", "));
    String unitsEn = kinds.unitKinds().isEmpty() ? "of any kind" : kinds.unitKinds().stream().map(EntrantKinds::name).collect(Collectors.joining(", "));
    String unitsId = kinds.unitKinds().isEmpty() ? "jenis apa pun" : unitsEn;
    return new Rule("entrant-kind", CoreMessages.render("kipp.eligibility.kind.rule", "typesEn", typesEn, "typesId", typesId, "unitsEn", unitsEn,
        "unitsId", unitsId), ImmutableList.of(citation)) {
      @Override
      boolean passes(Proposal proposal, int index, EligibilityContext context) {
        return kinds.admits(proposal);
      }

      @Override
      public Decision evaluate(Proposal proposal, EligibilityContext context) {
        boolean admitted = kinds.admits(proposal);
        String key = admitted ? "kipp.eligibility.kind.pass" : "kipp.eligibility.kind.fail";
        io.github.kipp.core.institution.Institution institution = proposal.innovation().institution();
        Reason reason = reason(key, citation, "institution", institution.name(),
            "typeEn", institution.type().label().english(), "typeId", institution.type().label().indonesian(),
            "unit", proposal.innovation().unit().name(), "unitKind", EntrantKinds.name(proposal.innovation().unit().kind()),
            "typesEn", typesEn, "typesId", typesId, "unitsEn", unitsEn, "unitsId", unitsId);
        return admitted ? pass(proposal, reason) : Decision.fail(subject(proposal), id(), reason);
      }
    };
  }

  /**
   * Normalises a title as {@link #uniqueTitle(Citation)} compares it.
   *
   * @param title the title, not null
   * @return the normalised title, not null
   */
  public static String normaliseTitle(String title) {
    requireNonNull(title, "title");
    // No regular expression: a title of ASCII characters is its own NFKC form and is read once, put
    // in lower case letter by letter; the first character beyond ASCII sends the title to the general
    // path, which normalises and lower-cases it first, then reads it by code point. Each maximal run
    // of letters and decimal digits is kept, runs joined by one space.
    int length = title.length();
    byte[] ascii = new byte[length];
    int m = 0;
    boolean asciiGap = false;
    boolean same = true;
    for (int i = 0; i < length; i++) {
      char c = title.charAt(i);
      if (c >= 0x80) {
        return normaliseGeneral(title);
      }
      char lower = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
      if ((lower >= 'a' && lower <= 'z') || (lower >= '0' && lower <= '9')) {
        if (asciiGap && m > 0) {
          same &= m < i && title.charAt(m) == ' ';
          ascii[m++] = ' ';
        }
        asciiGap = false;
        same &= lower == c && m == i;
        ascii[m++] = (byte) lower;
      } else {
        asciiGap = true;
      }
    }
    // A title already in its normalised form is returned as it is.
    return same && m == length ? title : new String(ascii, 0, m, StandardCharsets.US_ASCII);
  }

  /** {@link #normaliseTitle(String)} of a title with characters beyond ASCII. */
  private static String normaliseGeneral(String title) {
    String folded = Normalizer.normalize(title, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    char[] out = new char[folded.length()];
    int n = 0;
    boolean gap = false;
    for (int i = 0; i < folded.length(); ) {
      int cp = folded.codePointAt(i);
      i += Character.charCount(cp);
      boolean kept;
      if (cp < 0x80) {
        if (cp >= 'A' && cp <= 'Z') {
          cp += 'a' - 'A';
        }
        kept = (cp >= 'a' && cp <= 'z') || (cp >= '0' && cp <= '9');
      } else {
        kept = Character.isLetter(cp) || Character.isDigit(cp);
      }
      if (!kept) {
        gap = true;
        continue;
      }
      if (gap && n > 0) {
        out[n++] = ' ';
      }
      gap = false;
      n += Character.toChars(cp, out, n);
    }
    return new String(out, 0, n);
  }

  private static String subject(Proposal proposal) {
    return "proposal " + proposal.id();
  }

  private static Reason reason(String key, Citation citation, Object... namesAndValues) {
    return Reason.of(key, CoreMessages.render(key, namesAndValues), citation);
  }

  /** An edition's registration close as the minimum-age rule counts to it: the window, the close in the edition's zone and its last day. */
  private record Close(Edition edition, Window registration, ZonedDateTime inZone, LocalDate day) {}

  /** The {@link AgeBound} of each minimum of a minimum-age rule on one close day, chosen as the rule chooses the minimum. */
  private record Bounds(LocalDate closeDay, AgeBound general, @Nullable AgeBound pandemic, ImmutableMap<String, AgeBound> byGroup) {}

  /**
   * Whether a start is old enough under a minimum on a close day, as {@code !start.plus(minimum)
   * .isAfter(closeDay)} decides it (the rule's {@link EligibilityRule#evaluate}), mostly without
   * counting the minimum forward from each start.
   *
   * <p>A minimum is never negative ({@link AgeRequirement}), and adding a period of months and days
   * to a date ({@link LocalDate#plus}: months first, the day of the month kept or cut to the month's
   * last, then days) never moves a later date before an earlier one. So the starts old enough are
   * exactly those up to the latest one that is, {@code latest}, found once per close day: a start up
   * to it passes, and a start after it but not after the close day fails, its count landing after
   * the close day (it cannot overflow, the close day's own count being a date). Any other start (after
   * the close day, or when either bound falls outside the dates {@link LocalDate} holds) is counted as
   * before, so that even a count past {@link LocalDate#MAX} throws as it did.
   *
   * @param minimum the minimum age
   * @param latest the latest start old enough on the close day, or null if it is not a date
   * @param closeCounts whether the close day plus the minimum is a date
   */
  record AgeBound(Period minimum, @Nullable LocalDate latest, boolean closeCounts) {

    /**
     * Finds a minimum's bound on a close day.
     *
     * @param closeDay the last day of registration
     * @param minimum the minimum age, not negative
     * @return the bound, not null
     */
    static AgeBound of(LocalDate closeDay, Period minimum) {
      LocalDate latest;
      try {
        // Counting back is exact to within the few days a month's end cuts off; step to the bound.
        LocalDate s = closeDay.minus(minimum);
        while (s.plus(minimum).isAfter(closeDay)) {
          s = s.minusDays(1);
        }
        while (!s.plusDays(1).plus(minimum).isAfter(closeDay)) {
          s = s.plusDays(1);
        }
        latest = s;
      } catch (DateTimeException | ArithmeticException outOfRange) {
        latest = null;
      }
      boolean closeCounts;
      try {
        closeCounts = !closeDay.plus(minimum).isBefore(closeDay);
      } catch (DateTimeException | ArithmeticException outOfRange) {
        closeCounts = false;
      }
      return new AgeBound(minimum, latest, closeCounts);
    }

    /**
     * Whether a start is old enough: {@code !start.plus(minimum).isAfter(closeDay)}.
     *
     * @param start the start as the rule resolves it
     * @param closeDay the close day this bound was found for
     * @return the decision
     */
    boolean oldEnough(LocalDate start, LocalDate closeDay) {
      if (latest != null) {
        if (!start.isAfter(latest)) {
          return true;
        }
        if (closeCounts && !start.isAfter(closeDay)) {
          return false;
        }
      }
      return !start.plus(minimum).isAfter(closeDay);
    }
  }

  /**
   * Shared parts of the rules. {@link EligibilityScreen} asks {@link #passes} first and has the
   * decision made by {@link #evaluate} when it is read.
   */
  abstract static class Rule implements EligibilityRule {
    private final String id;
    private final LocalizedText description;
    private final ImmutableList<Citation> citations;

    Rule(String id, LocalizedText description, ImmutableList<Citation> citations) {
      this.id = id;
      this.description = description;
      this.citations = citations;
    }

    @Override
    public String id() {
      return id;
    }

    @Override
    public LocalizedText description() {
      return description;
    }

    @Override
    public ImmutableList<Citation> citations() {
      return citations;
    }

    /**
     * Whether the rule passes a proposal: exactly {@code evaluate(proposal, context).passed()}, and
     * throwing as it throws, without making the decision.
     *
     * @param proposal the proposal, not null
     * @param index its place in the context's submitted proposals, or -1 if not known to be there
     * @param context the context, not null
     * @return whether it passes
     */
    abstract boolean passes(Proposal proposal, int index, EligibilityContext context);

    Decision pass(Proposal proposal, Reason reason) {
      return Decision.pass(subject(proposal), id, reason);
    }

    Decision notApplicable(Proposal proposal, GroupId group) {
      return pass(proposal, Reason.of("kipp.eligibility.notApplicable",
          CoreMessages.render("kipp.eligibility.notApplicable", "group", proposal.group(), "ruleGroup", group)));
    }

    @Override
    public String toString() {
      return id + ": " + description.english();
    }
  }
}
