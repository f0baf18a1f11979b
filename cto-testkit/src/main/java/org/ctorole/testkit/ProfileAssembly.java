package org.ctorole.testkit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import org.ctorole.model.catalogue.PerformanceIndicator;
import org.ctorole.model.profile.Backup;
import org.ctorole.model.profile.Cadence;
import org.ctorole.model.profile.Commitment;
import org.ctorole.model.profile.CtoWorkingPattern;
import org.ctorole.model.profile.Decision;
import org.ctorole.model.profile.DecisionKind;
import org.ctorole.model.profile.Engagement;
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
import org.ctorole.model.profile.Supplier;
import org.ctorole.model.profile.SystemAsset;
import org.ctorole.model.profile.TechnologyFunding;
import org.ctorole.rules.AssessmentPolicy;
import org.ctorole.testkit.Drafts.AreaDraft;
import org.ctorole.testkit.Drafts.BackupDraft;
import org.ctorole.testkit.Drafts.CommitmentDraft;
import org.ctorole.testkit.Drafts.DecisionDraft;
import org.ctorole.testkit.Drafts.CtoDraft;
import org.ctorole.testkit.Drafts.ForumDraft;
import org.ctorole.testkit.Drafts.PeopleDraft;
import org.ctorole.testkit.Drafts.OrganisationDraft;
import org.ctorole.testkit.Drafts.PersonDraft;
import org.ctorole.testkit.Drafts.ProfileDraft;
import org.ctorole.testkit.Drafts.ReadingDraft;
import org.ctorole.testkit.Drafts.RhythmsDraft;
import org.ctorole.testkit.Drafts.SectionsDraft;
import org.ctorole.testkit.Drafts.SupplierDraft;
import org.ctorole.testkit.Drafts.SystemDraft;

/**
 * A profile being assembled from a draft: people resolved, a healthy profile's people repaired,
 * then an anti-pattern planted. Ids of everything but people are given by position when the
 * profile is built, so a planted element never clashes with a generated one.
 */
final class ProfileAssembly {
    /** "Today" of every generated profile. */
    static final LocalDate ASSESSED_ON = LocalDate.of(2026, 11, 1);
    static final String ORGANISATION_ID = "org";
    private static final AssessmentPolicy POLICY = AssessmentPolicy.defaults();

    final List<Person> people;
    final int knowledgeMax;
    final int systemsMax;
    Stage stage;
    Boolean regulated;
    TechnologyFunding funding;
    Cadence decisionRightsReview;
    CtoWorkingPattern cto;
    List<KnowledgeArea> knowledge;
    List<SystemAsset> systems;
    List<StrategyInitiative> strategy;
    List<Forum> forums;
    List<IndicatorReading> indicators;
    List<Commitment> commitments;
    List<Supplier> suppliers;
    Security security;

    private ProfileAssembly(List<Person> people, Stage stage, int knowledgeMax, int systemsMax) {
        this.people = people;
        this.stage = stage;
        this.knowledgeMax = knowledgeMax;
        this.systemsMax = systemsMax;
    }

    static OrganisationProfile assemble(ProfileDraft draft, ProfileShape shape) {
        List<Person> people = people(draft.people(), shape.healthy());
        OrganisationDraft org = draft.organisation();
        ProfileAssembly a = new ProfileAssembly(people, org.stage(), shape.knowledgeRange().max(),
                shape.systemsRange().max());
        a.regulated = org.regulated().orElse(null);
        a.funding = org.funding().orElse(null);
        a.decisionRightsReview = org.decisionRightsReview().orElse(null);
        if (shape.healthy() && (AcrossStages.fullTimeCtoExpected(org.stage()) || Boolean.TRUE.equals(a.regulated))) {
            // Where a full-time CTO is expected, a healthy profile has one.
            people.replaceAll(p -> p.holds(Role.CTO) ? p.withEngagement(Engagement.FULL_TIME) : p);
        }
        List<String> ids = people.stream().map(Person::id).toList();
        a.ctoId().ifPresent(cto -> a.cto = draft.cto().map(c -> pattern(cto, c)).orElse(null));
        a.knowledge = draft.knowledge().map(list -> areas(list, ids)).orElse(null);
        a.systems = draft.systems().map(ProfileAssembly::systems).orElse(null);
        SectionsDraft s = draft.sections();
        a.strategy = s.strategy().map(list -> mutable(list.stream()
                .map(stage -> new StrategyInitiative("i", null, stage)).toList())).orElse(null);
        a.forums = s.forums().map(list -> mutable(list.stream().map(ProfileAssembly::forum).toList())).orElse(null);
        a.indicators = s.indicators().map(list -> mutable(list.stream().map(ProfileAssembly::reading).toList()))
                .orElse(null);
        a.commitments = s.commitments().map(list -> mutable(list.stream().map(c -> commitment(c, ids)).toList()))
                .orElse(null);
        a.suppliers = s.suppliers().map(list -> mutable(list.stream().map(ProfileAssembly::supplier).toList()))
                .orElse(null);
        a.security = s.security().orElse(null);
        if (!draft.extras().isEmpty()) {
            List<AntiPatterns.AntiPattern> eligible = AntiPatterns.extrasFor(shape);
            draft.extras().stream()
                    .map(extra -> Map.entry(eligible.get(extra.rule() % eligible.size()), extra.how()))
                    // Removing the CTO comes last: the plants of the CTO's rules need one.
                    .sorted(Comparator.comparing(e -> e.getKey().ruleId().equals(AntiPatterns.NO_TECHNOLOGY_LEADER)))
                    .forEach(e -> e.getKey().plant(a, e.getValue()));
        }
        // The anti-pattern asked for comes after the extras, which could otherwise undo it.
        shape.antiPattern().ifPresent(rule -> AntiPatterns.get(rule).plant(a, draft.injection()));
        return a.build();
    }

    // ---- people ---------------------------------------------------------------------------

    static String personId(int position) {
        return "p" + (position + 1);
    }

    /** Resolves the drafts: ids {@code p1..pn}, managers listed before their reports, so no cycle. */
    static List<Person> people(PeopleDraft draft, boolean healthy) {
        List<PersonDraft> drafts = draft.all();
        int n = drafts.size();
        int ctoAt = draft.ctoAt().map(raw -> raw % n).orElse(-1);
        List<Person> people = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            PersonDraft d = drafts.get(i);
            List<Role> roles = d.roles();
            if (i == ctoAt) {
                roles = roles.contains(Role.CEO) ? List.of(Role.CEO, Role.CTO) : List.of(Role.CTO);
            }
            int at = i;
            Optional<String> manager = i == 0 || d.manager() == 0
                    ? Optional.empty() : Optional.of(personId((d.manager() - 1) % i));
            Optional<String> deputy = n == 1
                    ? Optional.empty() : d.deputy().map(k -> personId((at + 1 + (k - 1) % (n - 1)) % n));
            people.add(new Person(personId(i), null, Optional.empty(), roles, manager, deputy, d.engagement()));
        }
        if (healthy) {
            bringCtoNextToCeo(people);
            giveEveryLeaderADeputy(people);
        }
        return people;
    }

    /** Healthy: the CTO is the CEO or reports to one ({@code p1}, the top, who then holds the role). */
    private static void bringCtoNextToCeo(List<Person> people) {
        int c = indexOfCto(people);
        if (c < 0) {
            return;
        }
        Person cto = people.get(c);
        boolean close = cto.holds(Role.CEO) || cto.reportsTo()
                .flatMap(m -> people.stream().filter(p -> p.id().equals(m)).findFirst())
                .map(m -> m.holds(Role.CEO)).orElse(false);
        if (close) {
            return;
        }
        if (c == 0) {
            people.set(0, cto.withRoles(Role.CEO, Role.CTO));
            return;
        }
        people.set(c, cto.withReportsTo(personId(0)));
        Person head = people.get(0);
        if (!head.holds(Role.CEO)) {
            List<Role> roles = new ArrayList<>();
            roles.add(Role.CEO);
            roles.addAll(head.roles());
            people.set(0, head.withRoles(roles.toArray(Role[]::new)));
        }
    }

    private static void giveEveryLeaderADeputy(List<Person> people) {
        int n = people.size();
        for (int i = 0; i < n; i++) {
            Person p = people.get(i);
            if (isLeader(p) && p.deputy().isEmpty()) {
                people.set(i, p.withDeputy(personId((i + 1) % n)));
            }
        }
    }

    static boolean isLeader(Person p) {
        return p.roles().stream().anyMatch(Role::isLeadership);
    }

    static int indexOfCto(List<Person> people) {
        for (int i = 0; i < people.size(); i++) {
            if (people.get(i).holds(Role.CTO)) {
                return i;
            }
        }
        return -1;
    }

    /** The id of the person holding the CTO role (the generator gives it to one person at most). */
    Optional<String> ctoId() {
        int c = indexOfCto(people);
        return c < 0 ? Optional.empty() : Optional.of(people.get(c).id());
    }

    String personAt(int raw) {
        return people.get(raw % people.size()).id();
    }

    // ---- sections -------------------------------------------------------------------------

    private static CtoWorkingPattern pattern(String cto, CtoDraft d) {
        RhythmsDraft r = d.rhythms();
        return new CtoWorkingPattern(cto, d.time(), d.accountableFor(), d.intelligence(),
                d.reviewDaysAgo().map(ASSESSED_ON::minusDays), r.ceoMeetings(), r.businessBriefings(),
                r.translationSessions(), r.guidesIpPortfolio(), r.decisions().map(ProfileAssembly::decisions));
    }

    /** Decisions {@code d1..}. */
    private static List<Decision> decisions(List<DecisionDraft> drafts) {
        List<Decision> list = new ArrayList<>(drafts.size());
        for (DecisionDraft d : drafts) {
            list.add(new Decision("d" + (list.size() + 1), null, d.kind(), d.ctoInvolved(),
                    d.kind() == DecisionKind.PRODUCT_ROADMAP ? d.customerValidated() : Optional.empty()));
        }
        return list;
    }

    /** Adds a decision to the cto section (given now if it was omitted), with the next free id. */
    void addDecision(DecisionKind kind, boolean ctoInvolved, Optional<Boolean> customerValidated) {
        List<Decision> list = new ArrayList<>(ctoSection().decisions().orElse(List.of()));
        list.add(new Decision("d" + (list.size() + 1), null, kind, ctoInvolved, customerValidated));
        cto = cto.withDecisions(list);
    }

    /** The cto section, given now if it was omitted (with a recent technology review, which omission would deny). */
    CtoWorkingPattern ctoSection() {
        if (cto == null) {
            cto = CtoWorkingPattern.of(ctoId().orElseThrow()).withLastTechnologyReview(ASSESSED_ON);
        }
        return cto;
    }

    private static List<KnowledgeArea> areas(List<AreaDraft> drafts, List<String> ids) {
        List<KnowledgeArea> areas = new ArrayList<>(drafts.size());
        int n = ids.size();
        for (AreaDraft d : drafts) {
            List<String> experts = new ArrayList<>();
            List<Integer> raw = d.experts();
            int from = 0;
            if (d.spread() && n >= 2 && raw.size() >= 2) {
                int first = raw.get(0) % n;
                experts.add(ids.get(first));
                experts.add(ids.get((first + 1 + raw.get(1) % (n - 1)) % n));
                from = 2;
            }
            for (int r : raw.subList(from, raw.size())) {
                String id = ids.get(r % n);
                if (!experts.contains(id)) {
                    experts.add(id);
                }
            }
            areas.add(new KnowledgeArea("a", d.critical(), experts));
        }
        return areas;
    }

    private static List<SystemAsset> systems(List<SystemDraft> drafts) {
        return mutable(drafts.stream()
                .map(d -> new SystemAsset("s", d.holdsData(), d.critical(), d.backup().map(ProfileAssembly::backup)))
                .toList());
    }

    private static Backup backup(BackupDraft d) {
        int limit = d.schedule().intervalDays() * POLICY.staleBackupFactor();
        int age = d.stale() ? limit + 1 + d.ageOffset() : Math.max(0, limit - d.ageOffset());
        return new Backup(d.schedule(), ASSESSED_ON.minusDays(age), d.restoreDaysAgo().map(ASSESSED_ON::minusDays),
                d.offsite());
    }

    private static Forum forum(ForumDraft d) {
        return new Forum("f", d.kind(), d.ctoAttends(), d.technologyMinutes(), d.technicalDepth(),
                d.architectureDiscussionsCut());
    }

    private static IndicatorReading reading(ReadingDraft d) {
        return new IndicatorReading(d.indicator(), d.value(), ASSESSED_ON.minusDays(d.daysAgo()));
    }

    private static Commitment commitment(CommitmentDraft d, List<String> ids) {
        return new Commitment("c", d.customer().orElse(null), null,
                d.madeBy().map(raw -> ids.get(raw % ids.size())).orElse(null), d.technologyReviewed(),
                d.specificationComplete().orElse(null));
    }

    private static Supplier supplier(SupplierDraft d) {
        return new Supplier("sup", d.critical(), d.roadmapKnown(), d.onTimeDeliveryRate());
    }

    private static <T> List<T> mutable(List<T> list) {
        return new ArrayList<>(list);
    }

    // ---- what anti-patterns use -----------------------------------------------------------

    List<KnowledgeArea> knowledge() {
        if (knowledge == null) {
            knowledge = new ArrayList<>();
        }
        return knowledge;
    }

    List<SystemAsset> systems() {
        if (systems == null) {
            systems = new ArrayList<>();
        }
        return systems;
    }

    List<StrategyInitiative> strategy() {
        if (strategy == null) {
            strategy = new ArrayList<>();
        }
        return strategy;
    }

    /**
     * The forums, given now if they were omitted, with one customer advisory board the CTO attends:
     * a forums section without one would by itself make {@code information-silo} fire.
     */
    List<Forum> forums() {
        if (forums == null) {
            forums = new ArrayList<>();
            forums.add(new Forum("f", ForumKind.CUSTOMER_ADVISORY_BOARD, true, Optional.empty(), Optional.empty(),
                    false));
        }
        return forums;
    }

    /**
     * The readings, given now if they were omitted, with a fresh on-target reading of every
     * indicator: a section without them would by itself make {@code stale-indicator} fire.
     */
    List<IndicatorReading> indicators() {
        if (indicators == null) {
            indicators = new ArrayList<>();
            for (PerformanceIndicator indicator : PerformanceIndicator.values()) {
                indicators.add(new IndicatorReading(indicator, POLICY.indicatorTarget(), ASSESSED_ON));
            }
        }
        return indicators;
    }

    List<Commitment> commitments() {
        if (commitments == null) {
            commitments = new ArrayList<>();
        }
        return commitments;
    }

    List<Supplier> suppliers() {
        if (suppliers == null) {
            suppliers = new ArrayList<>();
        }
        return suppliers;
    }

    Security security() {
        if (security == null) {
            security = new Security(Optional.empty(), Optional.empty(), Optional.empty());
        }
        return security;
    }

    /** Adds items at the end, first dropping generated ones from the end if the list would exceed {@code max}. */
    static <T> void place(List<T> list, List<T> items, int max) {
        while (!list.isEmpty() && list.size() + items.size() > max) {
            list.remove(list.size() - 1);
        }
        list.addAll(items);
    }

    /** Knowledge areas {@code a1..} whose experts are among {@code ids}. */
    static List<KnowledgeArea> numberedAreas(List<AreaDraft> drafts, List<String> ids) {
        return numbered(areas(drafts, ids), "a", (a, id) -> new KnowledgeArea(id, a.critical(), a.experts()));
    }

    /** Systems {@code s1..}. */
    static List<SystemAsset> numberedSystems(List<SystemDraft> drafts) {
        return numbered(systems(drafts), "s", (s, id) -> new SystemAsset(id, s.holdsData(), s.critical(), s.backup()));
    }

    // ---- the profile ----------------------------------------------------------------------

    OrganisationProfile build() {
        return OrganisationProfile.builder()
                .organisation(new Organisation(ORGANISATION_ID, null, stage, people.size(), ASSESSED_ON, regulated,
                        funding, decisionRightsReview))
                .people(people)
                .cto(cto)
                .knowledge(numbered(knowledge, "a", (a, id) -> new KnowledgeArea(id, a.critical(), a.experts())))
                .systems(numbered(systems, "s", (s, id) -> new SystemAsset(id, s.holdsData(), s.critical(),
                        s.backup())))
                .strategy(numbered(strategy, "i", (i, id) -> new StrategyInitiative(id, i.name(), i.ctoJoinedAt())))
                .forums(numbered(forums, "f", (f, id) -> new Forum(id, f.kind(), f.ctoAttends(),
                        f.technologyMinutes(), f.technicalDepth(), f.architectureDiscussionsCut())))
                .indicators(indicators)
                .commitments(numbered(commitments, "c", (c, id) -> new Commitment(id, c.customer(), c.promise(),
                        c.madeBy(), c.technologyReviewed(), c.specificationComplete())))
                .suppliers(numbered(suppliers, "sup", (s, id) -> new Supplier(id, s.critical(), s.roadmapKnown(),
                        s.onTimeDeliveryRate())))
                .security(security)
                .buildUnvalidated();
    }

    private static <T> List<T> numbered(List<T> list, String prefix, BiFunction<T, String, T> withId) {
        if (list == null) {
            return null;
        }
        List<T> result = new ArrayList<>(list.size());
        for (int i = 0; i < list.size(); i++) {
            result.add(withId.apply(list.get(i), prefix + (i + 1)));
        }
        return result;
    }
}
