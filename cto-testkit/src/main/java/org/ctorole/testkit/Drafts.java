package org.ctorole.testkit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ctorole.model.catalogue.PerformanceIndicator;
import org.ctorole.model.profile.Accountability;
import org.ctorole.model.profile.Activity;
import org.ctorole.model.profile.BackupSchedule;
import org.ctorole.model.profile.Cadence;
import org.ctorole.model.profile.DecisionKind;
import org.ctorole.model.profile.Engagement;
import org.ctorole.model.profile.ForumKind;
import org.ctorole.model.profile.Role;
import org.ctorole.model.profile.Security;
import org.ctorole.model.profile.Stage;
import org.ctorole.model.profile.StrategyStage;
import org.ctorole.model.profile.TechnicalDepth;
import org.ctorole.model.profile.TechnologyFunding;

/**
 * What the arbitraries generate before a profile is assembled: references to people are raw
 * numbers, resolved modulo the number of people, so that any shrunk draft still assembles into
 * a valid profile (a draft never holds an id that shrinking could leave dangling).
 */
final class Drafts {
    private Drafts() {
    }

    /**
     * A person, resolved against their position {@code i} among {@code n} people.
     *
     * @param manager 0 = reports to nobody; k = reports to one of the {@code i} people listed before
     * @param deputy  empty = no deputy; k = one of the other people
     */
    record PersonDraft(List<Role> roles, int manager, Optional<Integer> deputy, Engagement engagement) {
    }

    /**
     * The people: {@code head} is {@code p1}, the top of the organisation.
     *
     * @param ctoAt the position (modulo the number of people) of the person holding the CTO role; empty = nobody
     */
    record PeopleDraft(PersonDraft head, List<PersonDraft> rest, Optional<Integer> ctoAt) {
        List<PersonDraft> all() {
            List<PersonDraft> all = new ArrayList<>(rest.size() + 1);
            all.add(head);
            all.addAll(rest);
            return all;
        }
    }

    /** The {@code cto} section, but for the person, who is whoever holds the CTO role. */
    record CtoDraft(Optional<Map<Activity, Double>> time, Optional<List<Accountability>> accountableFor,
                    Optional<Boolean> intelligence, Optional<Integer> reviewDaysAgo, RhythmsDraft rhythms) {
    }

    /**
     * The newer optional parts of the {@code cto} section: how often the CTO meets the CEO, briefs
     * the teams and holds translation sessions, whether they guide the IP portfolio, and decisions.
     */
    record RhythmsDraft(Optional<Cadence> ceoMeetings, Optional<Cadence> businessBriefings,
                        Optional<Cadence> translationSessions, Optional<Boolean> guidesIpPortfolio,
                        Optional<List<DecisionDraft>> decisions) {
        static final RhythmsDraft NONE = new RhythmsDraft(Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty());
    }

    /** A decision; {@code customerValidated} only for a product roadmap. */
    record DecisionDraft(DecisionKind kind, boolean ctoInvolved, Optional<Boolean> customerValidated) {
    }

    /** The organisation: its stage and the optional facts about regulation, funding and decision rights. */
    record OrganisationDraft(Stage stage, Optional<Boolean> regulated, Optional<TechnologyFunding> funding,
                             Optional<Cadence> decisionRightsReview) {
    }

    /**
     * A knowledge area.
     *
     * @param experts raw person numbers, resolved modulo the number of people, duplicates dropped
     * @param spread  whether the first two experts must resolve to two different people
     */
    record AreaDraft(boolean critical, List<Integer> experts, boolean spread) {
    }

    /**
     * A backup: its age is {@code ageOffset} days inside the schedule's limit, or past it when stale.
     */
    record BackupDraft(BackupSchedule schedule, boolean stale, int ageOffset, Optional<Integer> restoreDaysAgo,
                       boolean offsite) {
    }

    record SystemDraft(boolean holdsData, boolean critical, Optional<BackupDraft> backup) {
    }

    record ForumDraft(ForumKind kind, boolean ctoAttends, Optional<Integer> technologyMinutes,
                      Optional<TechnicalDepth> technicalDepth, boolean architectureDiscussionsCut) {
    }

    record ReadingDraft(PerformanceIndicator indicator, double value, int daysAgo) {
    }

    record CommitmentDraft(boolean technologyReviewed, Optional<String> customer, Optional<Integer> madeBy,
                           Optional<Boolean> specificationComplete) {
    }

    record SupplierDraft(boolean critical, Optional<Boolean> roadmapKnown, Optional<Double> onTimeDeliveryRate) {
    }

    /** Free numbers an anti-pattern uses to vary how it is planted (which variant, which person...). */
    record InjectionDraft(int variant, int pick, int x, int y) {
    }

    /** The parts of a profile that do not reference people. */
    record SectionsDraft(Optional<List<StrategyStage>> strategy, Optional<List<ForumDraft>> forums,
                         Optional<List<ReadingDraft>> indicators, Optional<List<CommitmentDraft>> commitments,
                         Optional<List<SupplierDraft>> suppliers, Optional<Security> security) {
    }

    /**
     * @param extras further anti-patterns planted into a healthy profile of the default mix, so
     *               that it has a few findings rather than none or many
     */
    record ProfileDraft(PeopleDraft people, Optional<CtoDraft> cto, Optional<List<AreaDraft>> knowledge,
                        Optional<List<SystemDraft>> systems, OrganisationDraft organisation, InjectionDraft injection,
                        SectionsDraft sections, List<PlantDraft> extras) {
    }

    /** An extra anti-pattern: which one (modulo the eligible ones) and how. */
    record PlantDraft(int rule, InjectionDraft how) {
    }
}
