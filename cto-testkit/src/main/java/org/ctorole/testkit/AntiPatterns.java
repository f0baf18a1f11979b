package org.ctorole.testkit;

import static org.ctorole.testkit.ProfileAssembly.ASSESSED_ON;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.ToIntFunction;
import org.ctorole.model.catalogue.PerformanceIndicator;
import org.ctorole.model.profile.Accountability;
import org.ctorole.model.profile.Activity;
import org.ctorole.model.profile.Backup;
import org.ctorole.model.profile.BackupSchedule;
import org.ctorole.model.profile.Cadence;
import org.ctorole.model.profile.Commitment;
import org.ctorole.model.profile.CtoWorkingPattern;
import org.ctorole.model.profile.DecisionKind;
import org.ctorole.model.profile.Engagement;
import org.ctorole.model.profile.Forum;
import org.ctorole.model.profile.ForumKind;
import org.ctorole.model.profile.IndicatorReading;
import org.ctorole.model.profile.KnowledgeArea;
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
import org.ctorole.rules.AssessmentPolicy;
import org.ctorole.testkit.Drafts.InjectionDraft;

/**
 * How to plant each organisation rule's anti-pattern into an assembled profile so that the rule
 * fires whatever else the profile holds, at whatever stage, and so that a healthy profile stays
 * healthy but for it. Each plant adds a new element (an area, a system, a forum...) or changes
 * only what the rule reads; the numbers of the {@link InjectionDraft} pick among the ways a rule
 * can fire.
 */
final class AntiPatterns {
    static final String NO_TECHNOLOGY_LEADER = "no-technology-leader";
    private static final AssessmentPolicy POLICY = AssessmentPolicy.defaults();
    private static final Map<String, AntiPattern> PATTERNS = new LinkedHashMap<>();

    /** How one anti-pattern is planted. */
    interface Plant {
        void into(ProfileAssembly profile, InjectionDraft d);
    }

    /**
     * @param needsCto       whether the rule only speaks when there is a CTO
     * @param knowledgeSlots knowledge areas the plant adds
     * @param systemSlots    systems the plant adds
     */
    record AntiPattern(String ruleId, boolean needsCto, int knowledgeSlots, int systemSlots, Plant plant) {
        void plant(ProfileAssembly profile, InjectionDraft d) {
            plant.into(profile, d);
        }
    }

    private AntiPatterns() {
    }

    private static void add(String ruleId, boolean needsCto, int knowledgeSlots, int systemSlots, Plant plant) {
        PATTERNS.put(ruleId, new AntiPattern(ruleId, needsCto, knowledgeSlots, systemSlots, plant));
    }

    private static void add(String ruleId, boolean needsCto, Plant plant) {
        add(ruleId, needsCto, 0, 0, plant);
    }

    static {
        // The rules of the first pack, then those added for the rest of the articles' observable claims.
        add(NO_TECHNOLOGY_LEADER, false, (p, d) -> removeCto(p));
        add("strategic-exclusion", true, (p, d) -> {
            List<StrategyStage> late = new ArrayList<>(POLICY.lateJoinStages());
            p.strategy().add(new StrategyInitiative("i", null, late.get(d.variant() % late.size())));
        });
        add("excluded-from-leadership-forum", true, (p, d) -> {
            ForumKind[] leadership = {ForumKind.EXECUTIVE_MEETING, ForumKind.QUARTERLY_BUSINESS_REVIEW, ForumKind.BOARD};
            p.forums().add(new Forum("f", leadership[d.variant() % 3], false, Optional.empty(), Optional.empty(),
                    false));
        });
        add("translation-squeeze", true, (p, d) -> {
            ForumKind kind = ForumKind.values()[d.pick() % ForumKind.values().length];
            int minutes = d.x() % (POLICY.maxTechnologyMinutes() + 1);
            p.forums().add(switch (d.variant() % 3) {
                case 0 -> new Forum("f", kind, true, Optional.of(minutes), Optional.empty(), false);
                case 1 -> new Forum("f", kind, true, Optional.empty(), Optional.of(TechnicalDepth.HIGH_LEVEL_ONLY),
                        false);
                default -> new Forum("f", kind, true, Optional.empty(), Optional.empty(), true);
            });
        });
        add("orphaned-knowledge", false, 1, 0, (p, d) ->
                ProfileAssembly.place(p.knowledge(), List.of(new KnowledgeArea("a", true, List.of())), p.knowledgeMax));
        add("single-point-of-knowledge", false, 1, 0, (p, d) ->
                ProfileAssembly.place(p.knowledge(), List.of(new KnowledgeArea("a", true, List.of(p.personAt(d.pick())))),
                        p.knowledgeMax));
        add("key-person-dependency", false, 2, 0, (p, d) -> {
            String expert = p.personAt(d.pick());
            KnowledgeArea area = new KnowledgeArea("a", true, List.of(expert));
            ProfileAssembly.place(p.knowledge(), List.of(area, area), p.knowledgeMax);
        });
        add("low-truck-factor", false, 1, 0, (p, d) -> {
            // Every critical area known by one person only: losing them uncovers all of them.
            String expert = p.personAt(d.pick());
            ProfileAssembly.place(p.knowledge(), List.of(new KnowledgeArea("a", true, List.of(expert))),
                    p.knowledgeMax);
            p.knowledge().replaceAll(a -> a.isCritical() ? new KnowledgeArea(a.area(), true, List.of(expert)) : a);
        });
        add("missing-backup", false, 0, 1, (p, d) -> ProfileAssembly.place(p.systems(),
                List.of(new SystemAsset("s", true, d.variant() % 2 == 0, Optional.empty())), p.systemsMax));
        add("untested-backup", false, 0, 1, (p, d) -> {
            Optional<LocalDate> restore = d.variant() % 2 == 0 ? Optional.empty()
                    : Optional.of(ASSESSED_ON.minusDays(POLICY.restoreTestMaxAgeDays() + 1 + d.y() % 300));
            Backup backup = new Backup(schedule(d.x()), ASSESSED_ON, restore, true);
            ProfileAssembly.place(p.systems(), List.of(new SystemAsset("s", true, d.pick() % 2 == 0,
                    Optional.of(backup))), p.systemsMax);
        });
        add("stale-backup", false, 0, 1, (p, d) -> {
            BackupSchedule schedule = schedule(d.x());
            int limit = schedule.intervalDays() * POLICY.staleBackupFactor();
            Backup backup = new Backup(schedule, ASSESSED_ON.minusDays(limit + 1 + d.y() % 60),
                    Optional.of(ASSESSED_ON.minusDays(d.variant() % (POLICY.restoreTestMaxAgeDays() + 1))), true);
            ProfileAssembly.place(p.systems(), List.of(new SystemAsset("s", true, d.pick() % 2 == 0,
                    Optional.of(backup))), p.systemsMax);
        });
        add("no-offsite-copy", false, 0, 1, (p, d) -> {
            Backup backup = new Backup(schedule(d.x()), ASSESSED_ON, Optional.of(ASSESSED_ON), false);
            ProfileAssembly.place(p.systems(), List.of(new SystemAsset("s", d.pick() % 2 == 0, true,
                    Optional.of(backup))), p.systemsMax);
        });
        add("no-deputy", false, (p, d) -> dropADeputy(p, d));
        add("cto-in-the-weeds", true, (p, d) -> setTime(p, inTheWeeds(d)));
        add("business-time-imbalance", true, (p, d) -> setTime(p, imbalanced(d)));
        add("neglected-constituent", true, (p, d) -> setTime(p, neglecting(d)));
        add("output-accountability", true, (p, d) -> {
            Accountability[] others = {Accountability.DELIVERABLES, Accountability.SCHEDULE,
                    Accountability.TECHNICAL_METRICS};
            List<Accountability> list = new ArrayList<>();
            for (int bit = 0; bit < others.length; bit++) {
                if ((d.variant() >> bit & 1) == 1) {
                    list.add(others[bit]);
                }
            }
            p.cto = p.ctoSection().withAccountableFor(list);
        });
        add("information-silo", true, (p, d) -> {
            CtoWorkingPattern cto = p.ctoSection();
            List<Forum> forums = p.forums(); // the rule needs the forums section, even if empty
            if (d.variant() % 2 == 0) {
                p.cto = cto.withReceivesCompetitiveIntelligence(false);
            } else {
                forums.replaceAll(f -> f.kind().isMarketSensing() ? new Forum(f.id(), f.kind(), false,
                        f.technologyMinutes(), f.technicalDepth(), f.architectureDiscussionsCut()) : f);
            }
        });
        add("unreviewed-commitment", false, (p, d) -> p.commitments().add(new Commitment("c",
                d.variant() % 2 == 0 ? null : "Globex", null, d.pick() % 2 == 0 ? null : p.personAt(d.x()), false)));
        add("supplier-risk", false, (p, d) -> {
            int minRate = (int) Math.round(POLICY.minOnTimeDeliveryRate() * 100);
            p.suppliers().add(d.variant() % 2 == 0
                    ? new Supplier("sup", true, Optional.of(false), Optional.empty())
                    : new Supplier("sup", true, Optional.empty(), Optional.of(d.x() % minRate / 100.0)));
        });
        add("no-breach-process", false, (p, d) -> {
            Security s = p.security();
            int variant = d.variant() % 3;
            p.security = new Security(variant == 1 ? s.incidentResponsePlan() : Optional.of(false),
                    variant == 0 ? s.credentialRotationProcess() : Optional.of(false), s.dataAccessMonitoring(),
                    s.awarenessTraining());
        });
        add("unmonitored-data-access", false, (p, d) -> {
            Security s = p.security();
            p.security = new Security(s.incidentResponsePlan(), s.credentialRotationProcess(), Optional.of(false),
                    s.awarenessTraining());
        });
        add("stale-indicator", false, (p, d) -> {
            PerformanceIndicator indicator = PerformanceIndicator.values()[d.pick() % 3];
            List<IndicatorReading> readings = p.indicators();
            readings.removeIf(r -> r.indicator() == indicator);
            if (d.variant() % 2 == 1) {
                double onTarget = POLICY.indicatorTarget() + d.x() % 21 / 10.0;
                readings.add(new IndicatorReading(indicator, Math.min(indicator.scaleMax(), onTarget),
                        ASSESSED_ON.minusDays(POLICY.indicatorMaxAgeDays() + 1 + d.y() % 300)));
            }
        });
        add("low-indicator", false, (p, d) -> {
            PerformanceIndicator indicator = PerformanceIndicator.values()[d.pick() % 3];
            int min = (int) Math.round(indicator.scaleMin() * 10);
            int target = (int) Math.round(POLICY.indicatorTarget() * 10);
            List<IndicatorReading> readings = p.indicators();
            readings.removeIf(r -> r.indicator() == indicator);
            readings.add(new IndicatorReading(indicator, (min + d.x() % (target - min)) / 10.0,
                    ASSESSED_ON.minusDays(d.y() % (POLICY.indicatorMaxAgeDays() + 1))));
        });
        add("stale-technology-review", true, (p, d) -> p.cto = p.ctoSection().withLastTechnologyReview(
                d.variant() % 2 == 0 ? null
                        : ASSESSED_ON.minusDays(POLICY.technologyReviewMaxAgeDays() + 1 + d.x() % 1000)));
        add("distant-from-ceo", true, (p, d) -> distanceFromCeo(p, d));
        add("part-time-cto", true, (p, d) -> {
            // Regulated: a part-time CTO falls short at any stage.
            p.regulated = true;
            int c = ProfileAssembly.indexOfCto(p.people);
            p.people.set(c, p.people.get(c).withEngagement(d.variant() % 2 == 0 ? Engagement.FRACTIONAL
                    : Engagement.INTERIM));
        });
        add("infrequent-ceo-contact", true, (p, d) -> {
            notTheCeo(p);
            p.cto = p.ctoSection().withCeoMeetings(tooRare(AssessmentPolicy::ceoMeetingMaxIntervalDays, d));
        });
        add("cto-running-internal-it", true, (p, d) -> setTime(p, runningInternalIt(d)));
        add("unrelayed-business-context", true, (p, d) -> p.cto = p.ctoSection().withBusinessBriefings(
                tooRare(AssessmentPolicy::businessBriefingMaxIntervalDays, d)));
        add("unguided-ip-portfolio", true, (p, d) -> p.cto = p.ctoSection().withGuidesIpPortfolio(false));
        add("decision-without-cto", true, (p, d) -> p.addDecision(
                DecisionKind.values()[d.variant() % DecisionKind.values().length], false, Optional.empty()));
        add("unvalidated-roadmap", true, (p, d) -> p.addDecision(DecisionKind.PRODUCT_ROADMAP, true,
                Optional.of(false)));
        add("no-translation-practice", true, (p, d) -> p.cto = p.ctoSection().withTranslationSessions(
                tooRare(AssessmentPolicy::translationSessionMaxIntervalDays, d)));
        add("deadline-before-specification", false, (p, d) -> p.commitments().add(new Commitment("c",
                d.pick() % 2 == 0 ? null : "Globex", null, null, true, false)));
        add("untrained-staff", false, (p, d) -> p.security = p.security().withAwarenessTraining(
                tooRare(AssessmentPolicy::awarenessTrainingMaxIntervalDays, d)));
        add("output-funded-technology", false, (p, d) -> p.funding = d.variant() % 2 == 0
                ? TechnologyFunding.ANNUAL_BUDGET : TechnologyFunding.PER_PROJECT);
        add("unmapped-decision-rights", false, (p, d) -> p.decisionRightsReview =
                tooRare(AssessmentPolicy::decisionRightsReviewMaxIntervalDays, d));
    }

    /** A cadence too rare at every stage for the threshold, picked by the draft. */
    private static Cadence tooRare(ToIntFunction<AssessmentPolicy> maxIntervalDays, InjectionDraft d) {
        List<Cadence> rare = AcrossStages.tooRare(maxIntervalDays);
        return rare.get(d.x() % rare.size());
    }

    /**
     * A CTO who is also the CEO has no CEO to meet: the CEO role goes to someone the CTO then reports
     * to, deputised by the CTO, so the reporting line and the deputies stay healthy. That is a
     * member of staff who leads nobody (so the profile keeps the size asked for, and no planted
     * leadership defect is undone), or a newcomer when there is none.
     */
    private static void notTheCeo(ProfileAssembly p) {
        int c = ProfileAssembly.indexOfCto(p.people);
        Person cto = p.people.get(c);
        if (cto.holds(Role.CEO)) {
            List<Role> roles = new ArrayList<>(cto.roles());
            roles.remove(Role.CEO);
            // Another CEO already there: report to them, as the top of the organisation (so no cycle
            // through the CTO), and keep the size the shape asked for.
            for (int i = 0; i < p.people.size(); i++) {
                Person other = p.people.get(i);
                if (i != c && other.holds(Role.CEO)) {
                    p.people.set(c, cto.withRoles(roles.toArray(Role[]::new)).withReportsTo(other.id()));
                    p.people.set(i, other.withReportsTo(null));
                    return;
                }
            }
            int staff = -1;
            for (int i = 0; i < p.people.size() && staff < 0; i++) {
                Person other = p.people.get(i);
                boolean leadsNobody = p.people.stream().noneMatch(x -> x.reportsTo().filter(other.id()::equals)
                        .isPresent());
                if (i != c && leadsNobody && other.roles().stream().noneMatch(Role::isLeadership)) {
                    staff = i;
                }
            }
            // Else a staff member who manages someone; a newcomer only when everyone else leads.
            for (int i = 0; i < p.people.size() && staff < 0; i++) {
                if (i != c && p.people.get(i).roles().stream().noneMatch(Role::isLeadership)) {
                    staff = i;
                }
            }
            String ceoId = staff < 0 ? ProfileAssembly.personId(p.people.size()) : p.people.get(staff).id();
            p.people.set(c, cto.withRoles(roles.toArray(Role[]::new)).withReportsTo(ceoId));
            if (staff < 0) {
                p.people.add(Person.of(ceoId, null, Role.CEO).withDeputy(cto.id()));
            } else {
                p.people.set(staff, p.people.get(staff).withRoles(Role.CEO).withReportsTo(null)
                        .withDeputy(cto.id()));
            }
        }
    }

    /** The organisation rules: every built-in rule but {@code expired-waiver}, in the order above. */
    static List<String> ruleIds() {
        return List.copyOf(PATTERNS.keySet());
    }

    /**
     * The anti-patterns that can be planted besides the one {@code shape} asks for: those that fit
     * its ranges, and no removal of the CTO when a CTO was asked for or the asked-for one needs a CTO.
     */
    static List<AntiPattern> extrasFor(ProfileShape shape) {
        boolean ctoNeeded = shape.cto() == ProfileShape.CtoPresence.WITH
                || shape.antiPattern().map(r -> get(r).needsCto()).orElse(false);
        return PATTERNS.values().stream()
                .filter(p -> p.knowledgeSlots() <= shape.knowledgeRange().max())
                .filter(p -> p.systemSlots() <= shape.systemsRange().max())
                .filter(p -> !(ctoNeeded && p.ruleId().equals(NO_TECHNOLOGY_LEADER)))
                .toList();
    }

    static AntiPattern get(String ruleId) {
        AntiPattern pattern = PATTERNS.get(ruleId);
        if (pattern == null) {
            throw new IllegalArgumentException("no anti-pattern for rule '" + ruleId + "'"
                    + ("expired-waiver".equals(ruleId) ? " (it is about waivers, not the organisation)" : "")
                    + "; known: " + String.join(", ", PATTERNS.keySet()));
        }
        return pattern;
    }

    private static BackupSchedule schedule(int raw) {
        return BackupSchedule.values()[raw % BackupSchedule.values().length];
    }

    private static void removeCto(ProfileAssembly p) {
        p.cto = null;
        p.people.replaceAll(person -> {
            if (!person.holds(Role.CTO)) {
                return person;
            }
            List<Role> roles = new ArrayList<>(person.roles());
            roles.remove(Role.CTO);
            if (roles.isEmpty()) {
                roles.add(Role.ENGINEER);
            }
            return person.withRoles(roles.toArray(Role[]::new));
        });
    }

    private static void dropADeputy(ProfileAssembly p, InjectionDraft d) {
        int cto = ProfileAssembly.indexOfCto(p.people);
        if (!AcrossStages.otherLeadersNeedDeputies(p.stage)) {
            // At a start-up only the CTO needs a deputy; without a CTO, judge it as a scale-up.
            if (cto >= 0) {
                p.people.set(cto, p.people.get(cto).withDeputy(null));
                return;
            }
            p.stage = Stage.SCALEUP;
        }
        List<Integer> leaders = new ArrayList<>();
        for (int i = 0; i < p.people.size(); i++) {
            if (ProfileAssembly.isLeader(p.people.get(i))) {
                leaders.add(i);
            }
        }
        if (leaders.isEmpty()) {
            int i = d.pick() % p.people.size();
            Person person = p.people.get(i);
            List<Role> roles = new ArrayList<>(person.roles());
            roles.add(Role.COO);
            p.people.set(i, person.withRoles(roles.toArray(Role[]::new)));
            leaders.add(i);
        }
        int i = leaders.get(d.pick() % leaders.size());
        p.people.set(i, p.people.get(i).withDeputy(null));
    }

    /** The CTO gives up any CEO role and reports to nobody, or to someone outside their team who is not a CEO. */
    private static void distanceFromCeo(ProfileAssembly p, InjectionDraft d) {
        int c = ProfileAssembly.indexOfCto(p.people);
        Person cto = p.people.get(c);
        List<Role> roles = new ArrayList<>(cto.roles());
        roles.remove(Role.CEO);
        cto = cto.withRoles(roles.toArray(Role[]::new));
        List<String> candidates = new ArrayList<>();
        for (Person other : p.people) {
            if (other.id().equals(cto.id()) || other.holds(Role.CEO) || managedBy(p.people, other, cto.id())) {
                continue;
            }
            candidates.add(other.id());
        }
        String manager = d.variant() % 2 == 0 || candidates.isEmpty() ? null
                : candidates.get(d.x() % candidates.size());
        p.people.set(c, cto.withReportsTo(manager));
    }

    /** Whether {@code boss} is in the management chain above {@code person}. */
    private static boolean managedBy(List<Person> people, Person person, String boss) {
        Optional<String> manager = person.reportsTo();
        for (int steps = 0; manager.isPresent() && steps <= people.size(); steps++) {
            String m = manager.get();
            if (m.equals(boss)) {
                return true;
            }
            manager = people.stream().filter(x -> x.id().equals(m)).findFirst().flatMap(Person::reportsTo);
        }
        return false;
    }

    private static void setTime(ProfileAssembly p, Map<Activity, Double> time) {
        p.cto = p.ctoSection().withTimeAllocation(time);
    }

    private static boolean keepZeros(InjectionDraft d) {
        return d.variant() / 8 % 2 == 1;
    }

    /** Too much hands-on delivery, or too little learning, at any stage; business time and constituents stay fine. */
    static Map<Activity, Double> inTheWeeds(InjectionDraft d) {
        int hands;
        int learning;
        int business;
        if (d.variant() % 2 == 0) {
            int room = 98 - TimeAllocations.MIN_LEARNING - TimeAllocations.MIN_BUSINESS
                    - TimeAllocations.HANDS_ON_EVERYWHERE_TOO_MUCH + 1;
            hands = TimeAllocations.HANDS_ON_EVERYWHERE_TOO_MUCH + d.x() % room;
            learning = TimeAllocations.MIN_LEARNING;
            int maxBusiness = Math.min(TimeAllocations.MAX_BUSINESS, 98 - hands - learning);
            business = TimeAllocations.MIN_BUSINESS + d.y() % (maxBusiness - TimeAllocations.MIN_BUSINESS + 1);
        } else {
            hands = d.x() % (TimeAllocations.MAX_HANDS_ON + 1);
            learning = d.y() % TimeAllocations.LEARNING_EVERYWHERE_TOO_LITTLE;
            business = TimeAllocations.MIN_BUSINESS
                    + d.pick() % (TimeAllocations.MAX_BUSINESS - TimeAllocations.MIN_BUSINESS + 1);
        }
        return TimeAllocations.allocation(hands, learning, business, 0, d.pick(), d.x(), d.y(), keepZeros(d));
    }

    /** Business time below or above every stage's band; the rest stays fine. */
    static Map<Activity, Double> imbalanced(InjectionDraft d) {
        int learning = TimeAllocations.MIN_LEARNING;
        int tooMuch = TimeAllocations.BUSINESS_EVERYWHERE_TOO_MUCH;
        int business = d.variant() % 2 == 0
                ? 3 + d.x() % (TimeAllocations.BUSINESS_EVERYWHERE_TOO_LITTLE - 3)
                : tooMuch + d.x() % (100 - 2 - learning - tooMuch + 1);
        int hands = d.y() % (Math.min(TimeAllocations.MAX_HANDS_ON, 100 - business - learning - 2) + 1);
        return TimeAllocations.allocation(hands, learning, business, 0, d.pick(), d.x(), d.y(), keepZeros(d));
    }

    /** More internal IT than any stage allows; the rest stays fine. */
    static Map<Activity, Double> runningInternalIt(InjectionDraft d) {
        int internalIt = TimeAllocations.INTERNAL_IT_EVERYWHERE_TOO_MUCH + d.x() % 10;
        int learning = TimeAllocations.MIN_LEARNING;
        int business = TimeAllocations.MIN_BUSINESS;
        int hands = d.y() % (Math.min(TimeAllocations.MAX_HANDS_ON, 100 - internalIt - learning - business - 2) + 1);
        return TimeAllocations.allocation(hands, learning, business, internalIt, d.pick(), d.x(), d.y(), false);
    }

    /** A healthy allocation whose share for one constituent moves to a sibling, keeping business time as it was. */
    static Map<Activity, Double> neglecting(InjectionDraft d) {
        int hands = d.x() % (TimeAllocations.MAX_HANDS_ON + 1);
        int learning = TimeAllocations.MIN_LEARNING + d.y() % 9;
        int business = TimeAllocations.MIN_BUSINESS
                + d.pick() % (TimeAllocations.MAX_BUSINESS - TimeAllocations.MIN_BUSINESS + 1);
        Map<Activity, Double> time = new EnumMap<>(
                TimeAllocations.allocation(hands, learning, business, 0, d.pick(), d.x(), d.y(), false));
        Activity[] order = {Activity.CEO_STRATEGY, Activity.ENGINEERING_PRODUCT, Activity.SALES,
                Activity.BUSINESS_DEVELOPMENT, Activity.MARKETING};
        int i = d.variant() % order.length;
        Activity neglected = order[i];
        Activity sibling = i < 2 ? order[1 - i] : order[2 + (i - 1) % 3];
        time.merge(sibling, time.remove(neglected), Double::sum);
        if (keepZeros(d)) {
            time.put(neglected, 0.0);
        }
        return time;
    }
}
