package org.ctorole.model.profile;

import static java.util.Map.entry;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ctorole.model.catalogue.PerformanceIndicator;

/**
 * The normative example {@code cto-examples/profiles/northwind.yaml}, built in code with every
 * section and every value it gives. Tests start from it and change one thing at a time.
 *
 * <pre>{@code OrganisationProfile changed = Northwind.builder().cto(null).buildUnvalidated();}</pre>
 */
public final class Northwind {

    /** {@code organisation.assessedOn}: "today" for every age check. */
    public static final LocalDate ASSESSED_ON = LocalDate.of(2026, 11, 1);

    /** Index of each person in {@code people}, as listed in the YAML. */
    public static final int OMAR = 0;
    public static final int INES = 1;
    public static final int MAYA = 2;
    public static final int RAJ = 3;
    public static final int LENA = 4;
    public static final int SAM = 5;
    public static final int ANA = 6;
    public static final int BEN = 7;
    public static final int CHLOE = 8;
    public static final int DMITRI = 9;
    public static final int EVE = 10;

    private Northwind() {
    }

    /** The northwind profile, validated. */
    public static OrganisationProfile profile() {
        return builder().build();
    }

    /** A builder holding the northwind profile, to derive changed copies. */
    public static OrganisationProfile.Builder builder() {
        return OrganisationProfile.builder()
                .schema("cto-profile/1")
                .organisation(organisation())
                .people(people())
                .cto(cto())
                .knowledge(knowledge())
                .systems(systems())
                .strategy(strategy())
                .forums(forums())
                .indicators(indicators())
                .commitments(commitments())
                .suppliers(suppliers())
                .security(security())
                .waivers(waivers());
    }

    public static Organisation organisation() {
        return new Organisation("northwind", "Northwind Retail", Stage.SCALEUP, 180, ASSESSED_ON);
    }

    public static List<Person> people() {
        return List.of(
                Person.of("omar", "Omar Haddad", Role.CEO).withDeputy("ines"),
                Person.of("ines", "Ines Moreau", Role.COO).withReportsTo("omar").withDeputy("omar"),
                Person.of("maya", "Maya Chen", Role.CTO).withReportsTo("ines").withEngagement(Engagement.FULL_TIME),
                Person.of("raj", "Raj Patel", Role.VP_ENGINEERING).withReportsTo("maya").withDeputy("lena"),
                Person.of("lena", "Lena Novak", Role.ENGINEERING_MANAGER).withReportsTo("raj"),
                Person.of("sam", "Sam Okafor", Role.HEAD_OF_SALES).withReportsTo("omar"),
                Person.of("ana", "Ana Silva", Role.ENGINEER).withReportsTo("lena"),
                Person.of("ben", "Ben Walker", Role.ENGINEER).withReportsTo("lena"),
                Person.of("chloe", "Chloe Martin", Role.ENGINEER).withReportsTo("lena"),
                Person.of("dmitri", "Dmitri Ivanov", Role.ENGINEER).withReportsTo("lena"),
                Person.of("eve", "Eve Laurent", Role.ENGINEER).withReportsTo("lena"));
    }

    /** {@code cto.timeAllocation}: sums to 100. */
    public static Map<Activity, Double> timeAllocation() {
        return Map.ofEntries(
                entry(Activity.CEO_STRATEGY, 5.0),
                entry(Activity.ENGINEERING_PRODUCT, 45.0),
                entry(Activity.SALES, 10.0),
                entry(Activity.BUSINESS_DEVELOPMENT, 0.0),
                entry(Activity.MARKETING, 5.0),
                entry(Activity.HANDS_ON_DELIVERY, 33.0),
                entry(Activity.LEARNING_AND_THINKING, 2.0));
    }

    public static CtoWorkingPattern cto() {
        return new CtoWorkingPattern("maya",
                Optional.of(timeAllocation()),
                Optional.of(List.of(Accountability.DELIVERABLES, Accountability.SCHEDULE)),
                Optional.of(false),
                Optional.of(LocalDate.of(2025, 3, 1)));
    }

    public static List<KnowledgeArea> knowledge() {
        return List.of(
                new KnowledgeArea("payments", true, List.of("ana")),
                new KnowledgeArea("checkout-web", true, List.of("ana", "ben")),
                new KnowledgeArea("warehouse-integration", true, List.of("ana")),
                new KnowledgeArea("pricing-engine", true, List.of()),
                new KnowledgeArea("mobile-app", true, List.of("ben", "chloe", "dmitri")),
                new KnowledgeArea("data-platform", false, List.of("chloe")));
    }

    public static List<SystemAsset> systems() {
        return List.of(
                new SystemAsset("orders-db", true, true, Optional.of(
                        new Backup(BackupSchedule.DAILY, LocalDate.of(2026, 10, 31), Optional.empty(), true))),
                new SystemAsset("customer-crm", true, true, Optional.empty()),
                new SystemAsset("analytics-warehouse", true, false, Optional.of(
                        new Backup(BackupSchedule.WEEKLY, LocalDate.of(2026, 9, 1),
                                Optional.of(LocalDate.of(2026, 8, 15)), false))),
                new SystemAsset("ledger-db", true, true, Optional.of(
                        new Backup(BackupSchedule.DAILY, LocalDate.of(2026, 10, 31),
                                Optional.of(LocalDate.of(2026, 9, 20)), true))),
                new SystemAsset("marketing-site", false, false, Optional.empty()));
    }

    public static List<StrategyInitiative> strategy() {
        return List.of(
                new StrategyInitiative("omnichannel-2027", "Omnichannel 2027", StrategyStage.FEASIBILITY),
                new StrategyInitiative("cloud-cost", "Cloud cost programme", StrategyStage.FORMULATION));
    }

    public static List<Forum> forums() {
        return List.of(
                new Forum("exec-weekly", ForumKind.EXECUTIVE_MEETING, true, Optional.of(15),
                        Optional.of(TechnicalDepth.HIGH_LEVEL_ONLY), true),
                new Forum("qbr", ForumKind.QUARTERLY_BUSINESS_REVIEW, false, Optional.empty(), Optional.empty(),
                        false),
                new Forum("customer-advisory", ForumKind.CUSTOMER_ADVISORY_BOARD, false, Optional.empty(),
                        Optional.empty(), false));
    }

    public static List<IndicatorReading> indicators() {
        return List.of(
                new IndicatorReading(PerformanceIndicator.TECH_STRATEGY_ALIGNMENT, 2.5, LocalDate.of(2026, 10, 1)),
                new IndicatorReading(PerformanceIndicator.ENGINEERING_CULTURE_HEALTH, 3.8, LocalDate.of(2026, 5, 1)));
    }

    public static List<Commitment> commitments() {
        return List.of(
                new Commitment("globex-sso", "Globex", "Single sign-on by the end of Q1", "sam", false),
                new Commitment("initech-api", "Initech", "Public order API", "sam", true));
    }

    public static List<Supplier> suppliers() {
        return List.of(
                new Supplier("feedco", true, Optional.of(false), Optional.of(0.65)),
                new Supplier("mailhub", true, Optional.of(true), Optional.of(0.97)));
    }

    public static Security security() {
        return new Security(Optional.of(true), Optional.of(false), Optional.of(false));
    }

    public static List<Waiver> waivers() {
        return List.of(new Waiver("distant-from-ceo", "maya",
                "The CTO reports to the COO by board decision until the 2027 reorganisation",
                LocalDate.of(2027, 6, 30)));
    }
}
