package org.ctorole.rules;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ctorole.model.catalogue.PerformanceIndicator;
import org.ctorole.model.profile.Accountability;
import org.ctorole.model.profile.Activity;
import org.ctorole.model.profile.Backup;
import org.ctorole.model.profile.BackupSchedule;
import org.ctorole.model.profile.Commitment;
import org.ctorole.model.profile.CtoWorkingPattern;
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

/** Profiles for rule tests: a healthy one that triggers no rule, to change one fact at a time. */
final class Profiles {
    static final LocalDate TODAY = LocalDate.of(2026, 11, 1);

    private Profiles() {
    }

    static LocalDate daysAgo(long days) {
        return TODAY.minusDays(days);
    }

    /** Every section present, every check passed. */
    static OrganisationProfile.Builder healthy() {
        return OrganisationProfile.builder()
                .organisation(new Organisation("acme", "Acme", Stage.SCALEUP, 40, TODAY))
                .person(Person.of("ceo", "Cleo", Role.CEO).withDeputy("coo"))
                .person(Person.of("coo", "Cody", Role.COO).withReportsTo("ceo").withDeputy("ceo"))
                .person(Person.of("cto", "Tess", Role.CTO).withReportsTo("ceo").withDeputy("vpe"))
                .person(Person.of("vpe", "Vic", Role.VP_ENGINEERING).withReportsTo("cto").withDeputy("cto"))
                .person(Person.of("e1", "Eli", Role.ENGINEER).withReportsTo("vpe"))
                .person(Person.of("e2", "Ema", Role.ENGINEER).withReportsTo("vpe"))
                .person(Person.of("e3", "Eva", Role.ENGINEER).withReportsTo("vpe"))
                .cto(CtoWorkingPattern.of("cto").withTimeAllocation(time(10, 40, 15, 10, 10, 5, 10))
                        .withAccountableFor(List.of(Accountability.BUSINESS_OUTCOMES))
                        .withReceivesCompetitiveIntelligence(true)
                        .withLastTechnologyReview(daysAgo(100)))
                .knowledgeArea(new KnowledgeArea("core", true, List.of("e1", "e2", "e3")))
                .knowledgeArea(new KnowledgeArea("web", true, List.of("e2", "e3")))
                .knowledgeArea(new KnowledgeArea("docs", false, List.of()))
                .system(new SystemAsset("db", true, true, Optional.of(
                        new Backup(BackupSchedule.DAILY, daysAgo(1), Optional.of(daysAgo(30)), true))))
                .system(new SystemAsset("site", false, false, Optional.empty()))
                .initiative(new StrategyInitiative("growth", "Growth", StrategyStage.FORMULATION))
                .forum(forum("exec", ForumKind.EXECUTIVE_MEETING, true))
                .forum(forum("cab", ForumKind.CUSTOMER_ADVISORY_BOARD, true))
                .indicator(new IndicatorReading(PerformanceIndicator.TECH_STRATEGY_ALIGNMENT, 4.0, daysAgo(10)))
                .indicator(new IndicatorReading(PerformanceIndicator.ENGINEERING_CULTURE_HEALTH, 4.0, daysAgo(10)))
                .indicator(new IndicatorReading(PerformanceIndicator.EMPLOYEE_SATISFACTION, 4.0, daysAgo(10)))
                .commitment(new Commitment("c1", "Globex", "SSO", "ceo", true))
                .supplier(new Supplier("feed", true, Optional.of(true), Optional.of(0.95)))
                .security(new Security(Optional.of(true), Optional.of(true), Optional.of(true)));
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
