package org.ctorole.rules;

import static org.ctorole.model.catalogue.ResponsibilityArea.CUSTOMER_RELATIONS;
import static org.ctorole.model.catalogue.ResponsibilityArea.C_SUITE_REPRESENTATION;
import static org.ctorole.model.catalogue.ResponsibilityArea.MARKETING_AND_SALES;
import static org.ctorole.model.catalogue.ResponsibilityArea.OPERATIONAL_MANAGEMENT;
import static org.ctorole.model.catalogue.ResponsibilityArea.TEAM_BUILDING;
import static org.ctorole.model.catalogue.ResponsibilityArea.TECHNICAL_LEADERSHIP;
import static org.ctorole.model.catalogue.ResponsibilityArea.TECHNOLOGY_LED_GROWTH;
import static org.ctorole.model.catalogue.ResponsibilityArea.TECHNOLOGY_TRENDS;
import static org.ctorole.model.catalogue.ResponsibilityArea.TECH_STRATEGY;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.ctorole.model.catalogue.ResponsibilityArea;
import org.ctorole.model.catalogue.Seeds;
import org.ctorole.model.catalogue.Source;
import org.ctorole.model.profile.Section;

/**
 * The rules an assessor knows: the 27 built-in ones of DESIGN.md's rule table and any custom
 * ones registered with it. Immutable.
 *
 * <pre>{@code RuleBook.builtIn().rules().forEach(r -> System.out.println(r.id() + ": " + r.firesWhen()));}</pre>
 */
public final class RuleBook {

    private static final RuleBook BUILT_IN = new RuleBook(builtInRules());

    private final Map<String, RuleDescriptor> rules;

    private RuleBook(Collection<RuleDescriptor> descriptors) {
        Map<String, RuleDescriptor> map = new LinkedHashMap<>();
        for (RuleDescriptor d : descriptors) {
            if (map.putIfAbsent(d.id(), d) != null) {
                throw new IllegalArgumentException("rule '" + d.id() + "' is described twice");
            }
        }
        rules = Collections.unmodifiableMap(map);
    }

    /** The built-in rule pack. */
    public static RuleBook builtIn() {
        return BUILT_IN;
    }

    /** This book plus further rules (custom ones). */
    public RuleBook with(Collection<RuleDescriptor> more) {
        List<RuleDescriptor> all = new ArrayList<>(rules.values());
        all.addAll(more);
        return new RuleBook(all);
    }

    /** Every rule, in the order of DESIGN.md's table, custom ones last. */
    public List<RuleDescriptor> rules() {
        return List.copyOf(rules.values());
    }

    public Optional<RuleDescriptor> rule(String id) {
        return Optional.ofNullable(rules.get(id));
    }

    public boolean contains(String id) {
        return rules.containsKey(id);
    }

    private static Source s000(String section) {
        return new Source(Seeds.ROLE_OVERVIEW, section);
    }

    private static Source s001(String section) {
        return new Source(Seeds.MISSION, section);
    }

    private static Source s004(String section) {
        return new Source(Seeds.INTEGRATION, section);
    }

    private static RuleDescriptor rule(String id, String title, Severity severity, String firesWhen, SubjectKind kind,
                                       Set<Section> reads, List<ResponsibilityArea> harms, Track track,
                                       String recommendation, Source source) {
        return new RuleDescriptor(id, title, severity, firesWhen, kind, reads, harms, track, recommendation, source);
    }

    private static List<RuleDescriptor> builtInRules() {
        final String overReliance = "Over Reliance On Individuals";
        final String keyIssues = "What are some of the key issues that cross a Chief Technology Officer's radar?";
        return List.of(
                rule("no-technology-leader", "No technology leader", Severity.CRITICAL,
                        "nobody holds the CTO role (a FRACTIONAL or INTERIM CTO counts)",
                        SubjectKind.ORGANISATION, Set.of(Section.PEOPLE),
                        List.of(TECH_STRATEGY, TECHNICAL_LEADERSHIP, C_SUITE_REPRESENTATION),
                        Track.STRATEGIC_CO_CREATION,
                        "Appoint a technology leader; a fractional or interim CTO is a sound first step for a "
                                + "company that cannot yet justify a full-time one.",
                        new Source(Seeds.EVOLVING_ROLE, "How a Fractional CTO Adds Value to Growing Businesses")),
                rule("strategic-exclusion", "Strategic exclusion of the CTO", Severity.HIGH,
                        "the CTO joined an initiative at FEASIBILITY, IMPLEMENTATION or NEVER",
                        SubjectKind.INITIATIVE, Set.of(Section.STRATEGY),
                        List.of(TECH_STRATEGY, C_SUITE_REPRESENTATION, TECHNOLOGY_LED_GROWTH),
                        Track.STRATEGIC_CO_CREATION,
                        "Bring the CTO into the initiative's formulation, not just its feasibility check: "
                                + "revisit its goals with technology leadership at the table.",
                        s004("The strategic exclusion issue")),
                rule("excluded-from-leadership-forum", "Excluded from a leadership forum", Severity.MEDIUM,
                        "an EXECUTIVE_MEETING, QUARTERLY_BUSINESS_REVIEW or BOARD forum the CTO does not attend",
                        SubjectKind.FORUM, Set.of(Section.FORUMS), List.of(C_SUITE_REPRESENTATION, TECH_STRATEGY),
                        Track.STRATEGIC_CO_CREATION,
                        "Make the CTO a standing member of the forum, with the same accountability as the "
                                + "other executives there.",
                        s004("Pillar one: Strategic co-creation")),
                rule("translation-squeeze", "Translation squeeze", Severity.MEDIUM,
                        "a forum the CTO attends gives technology <= 15 minutes, or has HIGH_LEVEL_ONLY depth, "
                                + "or cuts architecture discussions",
                        SubjectKind.FORUM, Set.of(Section.FORUMS), List.of(C_SUITE_REPRESENTATION, TECHNICAL_LEADERSHIP),
                        Track.TRANSLATION_EXCELLENCE,
                        "Give technology a real slot in the forum, allow architecture-level discussion, and ask "
                                + "about trade-offs rather than yes-or-no feasibility.",
                        s004("The translation issue")),
                rule("orphaned-knowledge", "Orphaned knowledge", Severity.CRITICAL,
                        "a critical knowledge area with no expert",
                        SubjectKind.KNOWLEDGE_AREA, Set.of(Section.KNOWLEDGE),
                        List.of(OPERATIONAL_MANAGEMENT, TEAM_BUILDING), Track.RESILIENCE,
                        "Assign at least two people to learn the area now (pairing, documentation, a rotation), "
                                + "or bring in outside help until they can.",
                        s000(overReliance)),
                rule("single-point-of-knowledge", "Single point of knowledge", Severity.HIGH,
                        "a critical knowledge area with exactly one expert",
                        SubjectKind.KNOWLEDGE_AREA, Set.of(Section.KNOWLEDGE),
                        List.of(TEAM_BUILDING, OPERATIONAL_MANAGEMENT), Track.RESILIENCE,
                        "Double up: pair a second person with the expert until they can work on the area unaided.",
                        s000(overReliance)),
                rule("key-person-dependency", "Key-person dependency", Severity.HIGH,
                        "the person is the only expert of >= 2 critical areas",
                        SubjectKind.PERSON, Set.of(Section.KNOWLEDGE), List.of(TEAM_BUILDING, TECHNICAL_LEADERSHIP),
                        Track.RESILIENCE,
                        "Spread this person's knowledge deliberately (pairing, reviews, written runbooks) so that "
                                + "no one person holds several critical areas alone.",
                        s000(overReliance)),
                rule("low-truck-factor", "Low truck factor", Severity.HIGH,
                        "truck factor of the critical areas < 2",
                        SubjectKind.ORGANISATION, Set.of(Section.KNOWLEDGE),
                        List.of(TEAM_BUILDING, OPERATIONAL_MANAGEMENT), Track.RESILIENCE,
                        "Raise the truck factor: start with the people whose loss uncovers the most critical "
                                + "areas and give each of their areas a second expert.",
                        s000(overReliance)),
                rule("missing-backup", "Missing backup", Severity.CRITICAL,
                        "the system holds data and has no backup (CRITICAL if the system is critical, else HIGH)",
                        SubjectKind.SYSTEM, Set.of(Section.SYSTEMS), List.of(OPERATIONAL_MANAGEMENT), Track.RESILIENCE,
                        "Set up a scheduled backup of the system, with an offsite copy, and restore-test it.",
                        s000(keyIssues)),
                rule("untested-backup", "Untested backup", Severity.HIGH,
                        "a backup never restore-tested, or last restore test more than 90 days before assessedOn",
                        SubjectKind.SYSTEM, Set.of(Section.SYSTEMS), List.of(OPERATIONAL_MANAGEMENT), Track.RESILIENCE,
                        "Restore the backup into a scratch environment, check the data, and repeat on a schedule.",
                        s000(keyIssues)),
                rule("stale-backup", "Stale backup", Severity.HIGH,
                        "last successful backup older than twice its schedule (DAILY 1, WEEKLY 7, MONTHLY 30 days)",
                        SubjectKind.SYSTEM, Set.of(Section.SYSTEMS), List.of(OPERATIONAL_MANAGEMENT), Track.RESILIENCE,
                        "Find out why backups stopped succeeding, fix them, and alert on the next failure.",
                        s000(keyIssues)),
                rule("no-offsite-copy", "No offsite copy", Severity.MEDIUM,
                        "a critical system's backup is not offsite",
                        SubjectKind.SYSTEM, Set.of(Section.SYSTEMS), List.of(OPERATIONAL_MANAGEMENT), Track.RESILIENCE,
                        "Keep a copy of the backup in another location or account.",
                        s000(keyIssues)),
                rule("no-deputy", "No deputy", Severity.HIGH,
                        "a person holding a leadership role has no deputy (HIGH for the CTO, else MEDIUM)",
                        SubjectKind.PERSON, Set.of(Section.PEOPLE), List.of(TEAM_BUILDING, OPERATIONAL_MANAGEMENT),
                        Track.RESILIENCE,
                        "Name a deputy who can stand in, and let them do so regularly.",
                        s000(overReliance)),
                rule("cto-in-the-weeds", "CTO in the weeds", Severity.MEDIUM,
                        "HANDS_ON_DELIVERY > 30 %, or LEARNING_AND_THINKING < 5 %",
                        SubjectKind.PERSON, Set.of(Section.CTO),
                        List.of(TECH_STRATEGY, TECHNOLOGY_TRENDS, TECHNICAL_LEADERSHIP), Track.STRATEGIC_CO_CREATION,
                        "Delegate delivery work to the team and protect time for reading, learning and strategy.",
                        s000("What's Around The Corner?")),
                rule("business-time-imbalance", "Business time imbalance", Severity.LOW,
                        "SALES + BUSINESS_DEVELOPMENT + MARKETING < 25 % or > 55 %",
                        SubjectKind.PERSON, Set.of(Section.CTO), List.of(MARKETING_AND_SALES, CUSTOMER_RELATIONS),
                        Track.INFORMATION_ALIGNMENT,
                        "Move the CTO's business-facing time towards the 40 % guideline.",
                        s001("§3 CTO's time management")),
                rule("neglected-constituent", "Neglected constituent", Severity.MEDIUM,
                        "a constituent that gets 0 % of the CTO's time",
                        SubjectKind.CONSTITUENT, Set.of(Section.CTO), List.of(), Track.INFORMATION_ALIGNMENT,
                        "Give the constituent a regular slot in the CTO's calendar.",
                        s001("§4 What are the CTO's specific responsibilities for each organization")),
                rule("output-accountability", "Output accountability", Severity.MEDIUM,
                        "accountableFor lacks BUSINESS_OUTCOMES",
                        SubjectKind.PERSON, Set.of(Section.CTO), List.of(TECH_STRATEGY, TECHNOLOGY_LED_GROWTH),
                        Track.OUTCOME_ACCOUNTABILITY,
                        "Measure the CTO on business outcomes (one dashboard of what technology changed for the "
                                + "business), not only on deliverables and schedules.",
                        s004("Pillar two: Accountability based on outcomes")),
                rule("information-silo", "Information silo", Severity.MEDIUM,
                        "the CTO attends no CUSTOMER_ADVISORY_BOARD or MARKET_RESEARCH_REVIEW forum, or does not "
                                + "receive competitive intelligence",
                        SubjectKind.PERSON, Set.of(Section.FORUMS, Section.CTO),
                        List.of(TECHNOLOGY_TRENDS, CUSTOMER_RELATIONS), Track.INFORMATION_ALIGNMENT,
                        "Give the CTO a seat where customers and market studies are discussed, and share "
                                + "competitive intelligence with the whole executive team.",
                        s004("Pillar three: Information architecture alignment")),
                rule("unreviewed-commitment", "Unreviewed commitment", Severity.MEDIUM,
                        "a customer commitment made without technology review",
                        SubjectKind.COMMITMENT, Set.of(Section.COMMITMENTS),
                        List.of(CUSTOMER_RELATIONS, MARKETING_AND_SALES), Track.TRANSLATION_EXCELLENCE,
                        "Review the commitment with technology now, and make technology review a step before "
                                + "sales promise anything that needs it.",
                        s000("Definitely Don't Talk To Me About Sales Team Deadlines")),
                rule("supplier-risk", "Supplier risk", Severity.MEDIUM,
                        "a critical supplier whose roadmap is unknown or whose on-time rate < 0.8",
                        SubjectKind.SUPPLIER, Set.of(Section.SUPPLIERS), List.of(OPERATIONAL_MANAGEMENT),
                        Track.RESILIENCE,
                        "Get the supplier's roadmap and delivery commitments in writing, and plan an alternative.",
                        s000("Don't Talk To Me About Missed Deadlines")),
                rule("no-breach-process", "No breach process", Severity.HIGH,
                        "no incident response plan, or no credential rotation process",
                        SubjectKind.ORGANISATION, Set.of(Section.SECURITY), List.of(OPERATIONAL_MANAGEMENT),
                        Track.RESILIENCE,
                        "Write and rehearse an incident response plan, including rotating every credential quickly.",
                        s000(keyIssues)),
                rule("unmonitored-data-access", "Unmonitored data access", Severity.MEDIUM,
                        "no data-access monitoring with automatic stops",
                        SubjectKind.ORGANISATION, Set.of(Section.SECURITY), List.of(OPERATIONAL_MANAGEMENT),
                        Track.RESILIENCE,
                        "Track access to data and stop unusual access automatically.",
                        s000(keyIssues)),
                rule("stale-indicator", "Stale indicator", Severity.MEDIUM,
                        "a performance indicator never measured, or last measured more than 90 days before "
                                + "assessedOn",
                        SubjectKind.INDICATOR, Set.of(Section.INDICATORS), List.of(), Track.OUTCOME_ACCOUNTABILITY,
                        "Measure the indicator again, and on a regular schedule.",
                        s001("§2 How to measure the CTO performance?")),
                rule("low-indicator", "Low indicator", Severity.MEDIUM,
                        "the indicator's latest reading is below its target (3.0)",
                        SubjectKind.INDICATOR, Set.of(Section.INDICATORS), List.of(), Track.OUTCOME_ACCOUNTABILITY,
                        "Find out with the people who gave the reading what lowers it, and agree one change.",
                        s001("§2 How to measure the CTO performance?")),
                rule("stale-technology-review", "Stale technology review", Severity.LOW,
                        "no technology review, or the last one more than 365 days before assessedOn",
                        SubjectKind.PERSON, Set.of(Section.CTO), List.of(TECHNOLOGY_TRENDS, TECH_STRATEGY),
                        Track.INFORMATION_ALIGNMENT,
                        "Review the technology in use and the trends around it at least once a year.",
                        s000("What's Around The Corner?")),
                rule("distant-from-ceo", "Distant from the CEO", Severity.LOW,
                        "the CTO does not report to a person holding the CEO role",
                        SubjectKind.PERSON, Set.of(Section.PEOPLE), List.of(C_SUITE_REPRESENTATION),
                        Track.STRATEGIC_CO_CREATION,
                        "Have the CTO report to the CEO, or at least meet the CEO regularly one to one.",
                        s000("What is the relationship like between CEO & CTO?")),
                rule("expired-waiver", "Expired waiver", Severity.LOW,
                        "a waiver whose expires is before assessedOn (the finding it named is reported unwaived)",
                        SubjectKind.WAIVER, Set.of(Section.WAIVERS), List.of(), Track.GOVERNANCE,
                        "Fix the finding, or renew the waiver with a fresh reason and expiry.",
                        s004("Ready to ramp up?")));
    }
}
