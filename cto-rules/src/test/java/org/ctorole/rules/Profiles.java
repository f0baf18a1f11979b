package org.ctorole.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ctorole.model.catalogue.PerformanceIndicator;
import org.ctorole.model.profile.Accountability;
import org.ctorole.model.profile.Activity;
import org.ctorole.model.profile.Backup;
import org.ctorole.model.profile.BackupSchedule;
import org.ctorole.model.profile.Cadence;
import org.ctorole.model.profile.Commitment;
import org.ctorole.model.profile.CtoWorkingPattern;
import org.ctorole.model.profile.Decision;
import org.ctorole.model.profile.DecisionKind;
import org.ctorole.model.profile.Forum;
import org.ctorole.model.profile.ForumKind;
import org.ctorole.model.profile.IndicatorReading;
import org.ctorole.model.profile.KnowledgeArea;
import org.ctorole.model.profile.Organisation;
import org.ctorole.model.profile.OrganisationProfile;
import org.ctorole.model.profile.Person;
import org.ctorole.model.profile.Role;
import org.ctorole.model.profile.Security;
import org.ctorole.model.profile.Stage;
import org.ctorole.model.profile.StrategyInitiative;
import org.ctorole.model.profile.StrategyStage;
import org.ctorole.model.profile.Supplier;
import org.ctorole.model.profile.SystemAsset;
import org.ctorole.model.profile.TechnicalDepth;
import org.ctorole.model.profile.TechnologyFunding;

/** Profiles for rule tests: a healthy one that triggers no rule, to change one fact at a time. */
final class Profiles {
    static final LocalDate TODAY = LocalDate.of(2026, 11, 1);

    private Profiles() {
    }

    static LocalDate daysAgo(long days) {
        return TODAY.minusDays(days);
    }

    /** Every section and optional field present, every check passed. */
    static OrganisationProfile.Builder healthy() {
        return OrganisationProfile.builder()
                .organisation(new Organisation("acme", "Acme", Stage.SCALEUP, 40, TODAY, false,
                        TechnologyFunding.VALUE_PER_ITERATION, Cadence.YEARLY))
                .person(Person.of("ceo", "Cleo", Role.CEO).withDeputy("coo"))
                .person(Person.of("coo", "Cody", Role.COO).withReportsTo("ceo").withDeputy("ceo"))
                .person(Person.of("cto", "Tess", Role.CTO).withReportsTo("ceo").withDeputy("vpe"))
                .person(Person.of("vpe", "Vic", Role.VP_ENGINEERING).withReportsTo("cto").withDeputy("cto"))
                .person(Person.of("e1", "Eli", Role.ENGINEER).withReportsTo("vpe"))
                .person(Person.of("e2", "Ema", Role.ENGINEER).withReportsTo("vpe"))
                .person(Person.of("e3", "Eva", Role.ENGINEER).withReportsTo("vpe"))
                .cto(healthyCto())
                .knowledgeArea(new KnowledgeArea("core", true, List.of("e1", "e2", "e3")))
                .knowledgeArea(new KnowledgeArea("web", true, List.of("e2", "e3")))
                .knowledgeArea(new KnowledgeArea("docs", false, List.of()))
                .system(healthyDb())
                .system(new SystemAsset("site", false, false, Optional.empty()))
                .initiative(new StrategyInitiative("growth", "Growth", StrategyStage.FORMULATION))
                .forum(forum("exec", ForumKind.EXECUTIVE_MEETING, true))
                .forum(forum("cab", ForumKind.CUSTOMER_ADVISORY_BOARD, true))
                .indicators(healthyReadings())
                .commitment(new Commitment("c1", "Globex", "SSO", "ceo", true, true))
                .supplier(new Supplier("feed", true, Optional.of(true), Optional.of(0.95)))
                .security(new Security(Optional.of(true), Optional.of(true), Optional.of(true),
                        Optional.of(Cadence.QUARTERLY)));
    }

    /** The healthy profile's {@code cto} section: balanced time, outcome accountability, informed, reviewed. */
    static CtoWorkingPattern healthyCto() {
        return healthyCtoFor("cto");
    }

    /** The healthy {@code cto} section with one optional part omitted, named as in a profile file. */
    static CtoWorkingPattern healthyCtoWithout(String part) {
        CtoWorkingPattern c = healthyCto();
        return switch (part) {
            case "timeAllocation" -> c.withTimeAllocation(null);
            case "accountableFor" -> c.withAccountableFor(null);
            case "receivesCompetitiveIntelligence" -> new CtoWorkingPattern(c.person(), c.timeAllocation(),
                    c.accountableFor(), Optional.empty(), c.lastTechnologyReview(), c.ceoMeetings(),
                    c.businessBriefings(), c.translationSessions(), c.guidesIpPortfolio(), c.decisions());
            case "lastTechnologyReview" -> c.withLastTechnologyReview(null);
            case "ceoMeetings" -> c.withCeoMeetings(null);
            case "businessBriefings" -> c.withBusinessBriefings(null);
            case "translationSessions" -> c.withTranslationSessions(null);
            case "guidesIpPortfolio" -> c.withGuidesIpPortfolio(null);
            case "decisions" -> c.withDecisions(null);
            default -> throw new IllegalArgumentException("no optional part " + part + " in the cto section");
        };
    }

    /**
     * The healthy {@code cto} section naming another person as the CTO: balanced time (no internal IT),
     * outcome accountability, informed, reviewed, a weekly one-to-one with the CEO, monthly briefings
     * and translation sessions, the IP portfolio guided, and two decisions taken with the CTO.
     */
    static CtoWorkingPattern healthyCtoFor(String person) {
        Map<Activity, Double> time = time(10, 40, 15, 10, 10, 5, 10);
        time.put(Activity.INTERNAL_IT, 0.0);
        return CtoWorkingPattern.of(person).withTimeAllocation(time)
                .withAccountableFor(List.of(Accountability.BUSINESS_OUTCOMES))
                .withReceivesCompetitiveIntelligence(true)
                .withLastTechnologyReview(daysAgo(100))
                .withCeoMeetings(Cadence.WEEKLY)
                .withBusinessBriefings(Cadence.MONTHLY)
                .withTranslationSessions(Cadence.MONTHLY)
                .withGuidesIpPortfolio(true)
                .withDecisions(List.of(new Decision("crm", "Buy a CRM", DecisionKind.BUILD_VS_BUY, true),
                        new Decision("v1", "First release", DecisionKind.PRODUCT_ROADMAP, true, Optional.of(true))));
    }

    /** The healthy profile's critical database: daily backup, fresh, restore-tested, offsite. */
    static SystemAsset healthyDb() {
        return system("db", true, true, backup(BackupSchedule.DAILY, 1, 30L, true));
    }

    /** The healthy profile's forums: an executive meeting and a customer advisory board, both attended. */
    static List<Forum> healthyForums() {
        return List.of(forum("exec", ForumKind.EXECUTIVE_MEETING, true),
                forum("cab", ForumKind.CUSTOMER_ADVISORY_BOARD, true));
    }

    /** The healthy readings: 4.0, ten days ago, for every indicator. */
    static List<IndicatorReading> healthyReadings() {
        return healthyReadingsExcept(null);
    }

    /** The healthy readings (4.0, ten days ago) of every indicator but {@code left} (none left out when null). */
    static List<IndicatorReading> healthyReadingsExcept(PerformanceIndicator left) {
        List<IndicatorReading> readings = new ArrayList<>();
        for (PerformanceIndicator i : PerformanceIndicator.values()) {
            if (i != left) {
                readings.add(new IndicatorReading(i, 4.0, daysAgo(10)));
            }
        }
        return readings;
    }

    /** The healthy profile's people with {@code changed} in place of the person of the same id (added when new). */
    static OrganisationProfile.Builder healthyWith(Person changed) {
        return withPerson(healthy(), changed);
    }

    /** {@code profile} with {@code changed} in place of the person of the same id (added when new). */
    static OrganisationProfile.Builder withPerson(OrganisationProfile.Builder profile, Person changed) {
        OrganisationProfile p = profile.buildUnvalidated();
        List<Person> people = new ArrayList<>(p.people());
        boolean replaced = false;
        for (int i = 0; i < people.size(); i++) {
            if (people.get(i).id().equals(changed.id())) {
                people.set(i, changed);
                replaced = true;
            }
        }
        if (!replaced) {
            people.add(changed);
        }
        return p.toBuilder().people(people);
    }

    /** The profile at another stage (null: no stage given), everything else as it is. */
    static OrganisationProfile.Builder atStage(Stage stage, OrganisationProfile.Builder profile) {
        return profile.organisation(profile.buildUnvalidated().organisation().withStage(stage));
    }

    /** The profile with the organisation changed, everything else as it is. */
    static OrganisationProfile.Builder withOrganisation(OrganisationProfile.Builder profile,
                                                        java.util.function.UnaryOperator<Organisation> change) {
        return profile.organisation(change.apply(profile.buildUnvalidated().organisation()));
    }

    /** A person of the healthy profile. */
    static Person healthyPerson(String id) {
        return healthy().buildUnvalidated().person(id).orElseThrow();
    }

    static SystemAsset system(String id, boolean holdsData, boolean critical, Backup backup) {
        return new SystemAsset(id, holdsData, critical, Optional.ofNullable(backup));
    }

    /** A backup last run {@code backupDaysAgo} days ago, restore-tested {@code restoreDaysAgo} days ago (null: never). */
    static Backup backup(BackupSchedule schedule, long backupDaysAgo, Long restoreDaysAgo, boolean offsite) {
        return new Backup(schedule, daysAgo(backupDaysAgo),
                Optional.ofNullable(restoreDaysAgo).map(Profiles::daysAgo), offsite);
    }

    static IndicatorReading reading(PerformanceIndicator indicator, double value, long daysAgo) {
        return new IndicatorReading(indicator, value, daysAgo(daysAgo));
    }

    static Forum forum(String id, ForumKind kind, boolean attends) {
        return new Forum(id, kind, attends, Optional.of(60), Optional.of(TechnicalDepth.ARCHITECTURE_WELCOME), false);
    }

    /** A time allocation in the order of {@link Activity}. */
    static Map<Activity, Double> time(double ceoStrategy, double engineeringProduct, double sales,
                                      double businessDevelopment, double marketing, double handsOn,
                                      double learning) {
        Map<Activity, Double> m = new EnumMap<>(Activity.class);
        m.put(Activity.CEO_STRATEGY, ceoStrategy);
        m.put(Activity.ENGINEERING_PRODUCT, engineeringProduct);
        m.put(Activity.SALES, sales);
        m.put(Activity.BUSINESS_DEVELOPMENT, businessDevelopment);
        m.put(Activity.MARKETING, marketing);
        m.put(Activity.HANDS_ON_DELIVERY, handsOn);
        m.put(Activity.LEARNING_AND_THINKING, learning);
        return m;
    }
}
