package org.ctorole.testkit;

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

/** A hand-made organisation for example-based tests: every section present, no rule fires. */
final class Organisations {
    static final LocalDate TODAY = LocalDate.of(2026, 11, 1);

    private Organisations() {
    }

    static OrganisationProfile.Builder healthy() {
        Map<Activity, Double> time = new EnumMap<>(Activity.class);
        time.put(Activity.CEO_STRATEGY, 10.0);
        time.put(Activity.ENGINEERING_PRODUCT, 40.0);
        time.put(Activity.SALES, 15.0);
        time.put(Activity.BUSINESS_DEVELOPMENT, 10.0);
        time.put(Activity.MARKETING, 10.0);
        time.put(Activity.HANDS_ON_DELIVERY, 5.0);
        time.put(Activity.LEARNING_AND_THINKING, 10.0);
        return OrganisationProfile.builder()
                .organisation(new Organisation("acme", "Acme", Stage.SCALEUP, 5, TODAY))
                .person(Person.of("kim", "Kim", Role.CEO).withDeputy("maya"))
                .person(Person.of("maya", "Maya", Role.CTO).withReportsTo("kim").withDeputy("ana"))
                .person(Person.of("ana", "Ana", Role.ENGINEER).withReportsTo("maya"))
                .person(Person.of("ben", "Ben", Role.ENGINEER).withReportsTo("maya"))
                .cto(CtoWorkingPattern.of("maya").withTimeAllocation(time)
                        .withAccountableFor(List.of(Accountability.BUSINESS_OUTCOMES))
                        .withReceivesCompetitiveIntelligence(true)
                        .withLastTechnologyReview(TODAY.minusDays(30)))
                .knowledgeArea(new KnowledgeArea("payments", true, List.of("ana", "ben")))
                .knowledgeArea(new KnowledgeArea("search", true, List.of("ben", "maya")))
                .system(new SystemAsset("orders-db", true, true, Optional.of(
                        new Backup(BackupSchedule.DAILY, TODAY.minusDays(1), Optional.of(TODAY.minusDays(20)), true))))
                .initiative(new StrategyInitiative("growth", "Growth", StrategyStage.FORMULATION))
                .forum(new Forum("exec", ForumKind.EXECUTIVE_MEETING, true, Optional.of(30),
                        Optional.of(TechnicalDepth.ARCHITECTURE_WELCOME), false))
                .forum(new Forum("cab", ForumKind.CUSTOMER_ADVISORY_BOARD, true, Optional.empty(), Optional.empty(),
                        false))
                .indicator(new IndicatorReading(PerformanceIndicator.TECH_STRATEGY_ALIGNMENT, 4.0, TODAY.minusDays(5)))
                .indicator(new IndicatorReading(PerformanceIndicator.ENGINEERING_CULTURE_HEALTH, 4.0,
                        TODAY.minusDays(5)))
                .indicator(new IndicatorReading(PerformanceIndicator.EMPLOYEE_SATISFACTION, 4.0, TODAY.minusDays(5)))
                .commitment(new Commitment("globex-sso", "Globex", "SSO", "kim", true))
                .supplier(new Supplier("feedco", true, Optional.of(true), Optional.of(0.95)))
                .security(new Security(Optional.of(true), Optional.of(true), Optional.of(true)));
    }
}
