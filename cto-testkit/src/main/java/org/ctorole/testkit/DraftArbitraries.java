package org.ctorole.testkit;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.ToIntFunction;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import org.ctorole.model.catalogue.PerformanceIndicator;
import org.ctorole.model.profile.Accountability;
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
import org.ctorole.rules.AssessmentPolicy;
import org.ctorole.testkit.Drafts.AreaDraft;
import org.ctorole.testkit.Drafts.BackupDraft;
import org.ctorole.testkit.Drafts.CommitmentDraft;
import org.ctorole.testkit.Drafts.CtoDraft;
import org.ctorole.testkit.Drafts.ForumDraft;
import org.ctorole.testkit.Drafts.InjectionDraft;
import org.ctorole.testkit.Drafts.OrganisationDraft;
import org.ctorole.testkit.Drafts.PeopleDraft;
import org.ctorole.testkit.Drafts.PersonDraft;
import org.ctorole.testkit.Drafts.PlantDraft;
import org.ctorole.testkit.Drafts.ProfileDraft;
import org.ctorole.testkit.Drafts.ReadingDraft;
import org.ctorole.testkit.Drafts.SectionsDraft;
import org.ctorole.testkit.Drafts.SupplierDraft;
import org.ctorole.testkit.Drafts.SystemDraft;
import org.ctorole.testkit.ProfileShape.CtoPresence;
import org.ctorole.testkit.ProfileShape.Range;

/**
 * The arbitraries of drafts. Each part comes in two flavours: {@code healthy} (breaks no rule of
 * the default policy) and mixed (the default: mostly fine, often not, with the rule thresholds
 * as explicit edge cases). Everything shrinks towards small, plain values: fewer people, omitted
 * sections, empty lists, the first enum constant, numbers at a rule's boundary.
 */
final class DraftArbitraries {
    private static final AssessmentPolicy POLICY = AssessmentPolicy.defaults();
    /** A section the profile does not have to give is omitted in about one profile of eight. */
    private static final double SECTION_PRESENCE = 0.88;
    /** An optional field of a present section is left out in about one profile of five. */
    private static final double FIELD_PRESENCE = 0.8;
    /** Raw numbers that pick a person (or anything else) modulo a count. */
    private static final int RAW = 1000;

    private DraftArbitraries() {
    }

    static Arbitrary<ProfileDraft> profiles(ProfileShape shape) {
        return profiles(shape, false);
    }

    /** Profiles; {@code withExtras}: with one to three further anti-patterns planted. */
    static Arbitrary<ProfileDraft> profiles(ProfileShape shape, boolean withExtras) {
        boolean healthy = shape.healthy();
        Arbitrary<Stage> stage = shape.stage().map(Arbitraries::just).orElseGet(() -> Arbitraries.of(Stage.class));
        Arbitrary<OrganisationDraft> organisation = Combinators.combine(stage, regulated(healthy), funding(healthy),
                cadence(AssessmentPolicy::decisionRightsReviewMaxIntervalDays, healthy)).as(OrganisationDraft::new);
        Arbitrary<InjectionDraft> injection = Combinators.combine(raw(), raw(), raw(), raw()).as(InjectionDraft::new);
        Arbitrary<List<PlantDraft>> extras = withExtras
                ? Combinators.combine(raw(), injection).as(PlantDraft::new).list().ofMinSize(1).ofMaxSize(3)
                : Arbitraries.just(List.of());
        Arbitrary<SectionsDraft> sections = Combinators.combine(
                section(strategy(healthy), false),
                section(forums(healthy), false),
                section(indicators(healthy), false),
                section(commitments(healthy), false),
                section(suppliers(healthy), false),
                section(security(healthy), false)).as(SectionsDraft::new);
        return Combinators.combine(
                people(shape.minPeople(), shape.people().max(), shape.effectiveCto(), healthy),
                ctoSection(healthy),
                section(areas(shape.knowledgeRange(), healthy), shape.knowledge().isPresent()),
                section(systems(shape.systemsRange(), healthy), shape.systems().isPresent()),
                organisation, injection, sections, extras).as(ProfileDraft::new);
    }

    /**
     * Numbers in {@code min..max} that are one of the bounds about one time in nine: ranges are
     * split at rule thresholds, so the bounds are the values on either side of a threshold.
     * (Explicit, because {@link GeneratedProfiles} does without jqwik's embedded edge cases.)
     */
    static Arbitrary<Integer> bounded(int min, int max) {
        return Arbitraries.frequencyOf(Tuple.of(8, Arbitraries.integers().between(min, max)),
                Tuple.of(1, Arbitraries.of(min, max)));
    }

    private static Arbitrary<Integer> raw() {
        return Arbitraries.integers().between(0, RAW);
    }

    /** An optional section: always present when asked for, else omitted now and then. */
    private static <T> Arbitrary<Optional<T>> section(Arbitrary<T> content, boolean required) {
        return required ? content.map(Optional::of) : content.optional(SECTION_PRESENCE);
    }

    /** Booleans true with the given odds; they shrink towards {@code false}. */
    private static Arbitrary<Boolean> chance(int trueWeight, int falseWeight) {
        return Arbitraries.frequency(Tuple.of(falseWeight, false), Tuple.of(trueWeight, true));
    }

    // ---- people ---------------------------------------------------------------------------

    static Arbitrary<PeopleDraft> people(int min, int max, CtoPresence cto, boolean healthy) {
        Arbitrary<Integer> position = Arbitraries.frequencyOf(
                Tuple.of(7, Arbitraries.integers().between(0, 1)),
                Tuple.of(3, Arbitraries.integers().between(0, RAW)));
        Arbitrary<Optional<Integer>> ctoAt = switch (cto) {
            case WITH -> position.map(Optional::of);
            case WITHOUT -> Arbitraries.just(Optional.empty());
            // Without a CTO most rules about the role stay silent: keep that to about one profile in ten.
            case ANY -> position.optional(0.9).edgeCases(c -> c.filter(Optional::isPresent));
        };
        return Combinators.combine(
                person(headRoles(), healthy),
                person(staffRoles(), healthy).list().ofMinSize(Math.max(0, min - 1)).ofMaxSize(max - 1),
                ctoAt).as(PeopleDraft::new);
    }

    private static Arbitrary<PersonDraft> person(Arbitrary<List<Role>> roles, boolean healthy) {
        Arbitrary<Engagement> engagement = Arbitraries.frequency(Tuple.of(8, Engagement.FULL_TIME),
                Tuple.of(1, Engagement.FRACTIONAL), Tuple.of(1, Engagement.INTERIM));
        // Healthy people get their deputies when assembled; here a deputy is left out about one time in seven.
        // Edge cases would leave out deputies and managers far more often than that, so they keep them.
        Arbitrary<Optional<Integer>> deputy = Arbitraries.integers().between(1, RAW).optional(healthy ? 0.5 : 0.85)
                .edgeCases(c -> c.filter(Optional::isPresent));
        Arbitrary<Integer> manager = Arbitraries.integers().between(0, 40).edgeCases(c -> c.filter(m -> m != 0));
        return Combinators.combine(roles, manager, deputy, engagement).as(PersonDraft::new);
    }

    /** Roles of {@code p1}: mostly the CEO (also its edge case), so that the CTO reporting to them is common. */
    private static Arbitrary<List<Role>> headRoles() {
        return Arbitraries.frequency(
                Tuple.of(7, List.of(Role.CEO)),
                Tuple.of(1, List.of(Role.ENGINEER)),
                Tuple.of(1, List.of(Role.COO)),
                Tuple.of(1, List.of(Role.CEO, Role.CFO)));
    }

    private static Arbitrary<List<Role>> staffRoles() {
        return Arbitraries.frequency(
                Tuple.of(10, List.of(Role.ENGINEER)),
                Tuple.of(1, List.of(Role.CEO)),
                Tuple.of(2, List.of(Role.VP_ENGINEERING)),
                Tuple.of(1, List.of(Role.VP_PRODUCT)),
                Tuple.of(1, List.of(Role.CFO)),
                Tuple.of(1, List.of(Role.COO)),
                Tuple.of(1, List.of(Role.CIO)),
                Tuple.of(1, List.of(Role.HEAD_OF_SALES)),
                Tuple.of(1, List.of(Role.HEAD_OF_MARKETING)),
                Tuple.of(1, List.of(Role.HEAD_OF_BUSINESS_DEVELOPMENT)),
                Tuple.of(2, List.of(Role.ENGINEERING_MANAGER)),
                Tuple.of(2, List.of(Role.PRODUCT_MANAGER)),
                Tuple.of(1, List.of(Role.SALES_REPRESENTATIVE)),
                Tuple.of(1, List.of(Role.MARKETER)),
                Tuple.of(1, List.of(Role.OPERATIONS)),
                Tuple.of(1, List.of(Role.OTHER)),
                Tuple.of(1, List.of(Role.ENGINEERING_MANAGER, Role.ENGINEER)));
    }

    // ---- the cto section ------------------------------------------------------------------

    static Arbitrary<Optional<CtoDraft>> ctoSection(boolean healthy) {
        int maxReviewAge = POLICY.technologyReviewMaxAgeDays();
        Arbitrary<Integer> recentReview = bounded(0, maxReviewAge);
        Arbitrary<List<Accountability>> accountabilities =
                Arbitraries.of(Accountability.class).list().uniqueElements().ofMaxSize(Accountability.values().length);
        Arbitrary<CtoDraft> draft;
        if (healthy) {
            draft = Combinators.combine(
                    TimeAllocations.healthy().optional(FIELD_PRESENCE),
                    accountabilities.map(DraftArbitraries::withBusinessOutcomes).optional(FIELD_PRESENCE),
                    Arbitraries.just(true).optional(FIELD_PRESENCE),
                    // Omitted means never reviewed: a healthy CTO always gives a recent review.
                    recentReview.map(Optional::of), rhythms(true)).as(CtoDraft::new);
        } else {
            Arbitrary<Integer> review = Arbitraries.frequencyOf(Tuple.of(3, recentReview),
                    Tuple.of(1, bounded(maxReviewAge + 1, 4 * maxReviewAge)));
            draft = Combinators.combine(
                    TimeAllocations.mixed().optional(FIELD_PRESENCE),
                    accountabilities.optional(FIELD_PRESENCE),
                    chance(4, 1).optional(FIELD_PRESENCE),
                    review.optional(FIELD_PRESENCE), rhythms(false)).as(CtoDraft::new);
        }
        return draft.optional(SECTION_PRESENCE);
    }

    /** The newer optional parts of the cto section; each left out about one time in five. */
    private static Arbitrary<Drafts.RhythmsDraft> rhythms(boolean healthy) {
        // The CEO meetings of a CTO who is also the CEO are not judged: too rare more often, to fire as often as the rest.
        return Combinators.combine(cadence(AssessmentPolicy::ceoMeetingMaxIntervalDays, healthy, 4),
                cadence(AssessmentPolicy::businessBriefingMaxIntervalDays, healthy),
                cadence(AssessmentPolicy::translationSessionMaxIntervalDays, healthy),
                (healthy ? Arbitraries.just(true) : chance(9, 1)).optional(FIELD_PRESENCE),
                decision(healthy).list().ofMaxSize(3).optional(FIELD_PRESENCE)).as(Drafts.RhythmsDraft::new);
    }

    private static Arbitrary<Drafts.DecisionDraft> decision(boolean healthy) {
        Arbitrary<Boolean> good = healthy ? Arbitraries.just(true) : chance(9, 1);
        // Only a product roadmap's validation is judged: a roadmap decision and an unvalidated one more
        // often, so that unvalidated-roadmap fires about as often as the rest (some 5 % of mixed profiles).
        Arbitrary<Boolean> validated = healthy ? Arbitraries.just(true) : chance(2, 1);
        Arbitrary<DecisionKind> kind = Arbitraries.frequencyOf(Tuple.of(3, Arbitraries.of(DecisionKind.class)),
                Tuple.of(1, Arbitraries.just(DecisionKind.PRODUCT_ROADMAP)));
        return Combinators.combine(kind, good, validated.optional(0.7))
                .as(Drafts.DecisionDraft::new);
    }

    /**
     * How often something recurs, present about four times in five: healthy, a cadence frequent
     * enough at every stage; mixed, now and then one too rare at every stage (never, ad hoc, or
     * past the most lenient limit).
     */
    static Arbitrary<Optional<Cadence>> cadence(ToIntFunction<AssessmentPolicy> maxIntervalDays, boolean healthy) {
        return cadence(maxIntervalDays, healthy, 9);
    }

    /** As {@link #cadence(ToIntFunction, boolean)}, with {@code goodPerRare} good cadences to one too rare. */
    static Arbitrary<Optional<Cadence>> cadence(ToIntFunction<AssessmentPolicy> maxIntervalDays, boolean healthy,
                                                int goodPerRare) {
        Arbitrary<Cadence> good = Arbitraries.of(AcrossStages.healthy(maxIntervalDays));
        Arbitrary<Cadence> value = healthy ? good
                : Arbitraries.frequencyOf(Tuple.of(goodPerRare, good), Tuple.of(1, Arbitraries.of(AcrossStages.tooRare(
                        maxIntervalDays))));
        return value.optional(FIELD_PRESENCE);
    }

    /** Whether a regulator expects a named technology leader: mostly not said, now and then yes. */
    private static Arbitrary<Optional<Boolean>> regulated(boolean healthy) {
        return (healthy ? Arbitraries.of(false, true) : chance(1, 9)).optional(0.3);
    }

    private static Arbitrary<Optional<TechnologyFunding>> funding(boolean healthy) {
        Arbitrary<TechnologyFunding> good = Arbitraries.just(TechnologyFunding.VALUE_PER_ITERATION);
        // 9 to 1, as the cadences: at 16 to 1 the rule fired for about 3 % of profiles, at the coverage check's edge.
        return (healthy ? good : Arbitraries.frequencyOf(Tuple.of(9, good),
                Tuple.of(1, Arbitraries.of(TechnologyFunding.ANNUAL_BUDGET, TechnologyFunding.PER_PROJECT))))
                .optional(FIELD_PRESENCE);
    }

    private static List<Accountability> withBusinessOutcomes(List<Accountability> list) {
        if (list.contains(Accountability.BUSINESS_OUTCOMES)) {
            return list;
        }
        List<Accountability> more = new ArrayList<>(list);
        more.add(Accountability.BUSINESS_OUTCOMES);
        return more;
    }

    // ---- knowledge ------------------------------------------------------------------------

    static Arbitrary<List<AreaDraft>> areas(Range range, boolean healthy) {
        Arbitrary<Integer> person = Arbitraries.integers().between(0, RAW);
        Arbitrary<AreaDraft> area;
        if (healthy) {
            // A critical area gets two experts or more: no single point, and a truck factor of 2 at least.
            area = Combinators.combine(chance(3, 2), person.list().ofMinSize(2).ofMaxSize(4),
                            person.list().ofMaxSize(3))
                    .as((critical, spread, any) -> critical
                            ? new AreaDraft(true, spread, true)
                            : new AreaDraft(false, any, false));
        } else {
            Arbitrary<List<Integer>> experts = Arbitraries.frequencyOf(
                    Tuple.of(1, Arbitraries.just(List.of())),
                    Tuple.of(4, person.list().ofSize(1)),
                    Tuple.of(4, person.list().ofMinSize(2).ofMaxSize(4)));
            area = Combinators.combine(chance(3, 2), experts).as((critical, e) -> new AreaDraft(critical, e, false));
        }
        return area.list().ofMinSize(range.min()).ofMaxSize(range.max());
    }

    // ---- systems --------------------------------------------------------------------------

    static Arbitrary<List<SystemDraft>> systems(Range range, boolean healthy) {
        int maxRestoreAge = POLICY.restoreTestMaxAgeDays();
        Arbitrary<Integer> recentRestore = bounded(0, maxRestoreAge);
        Arbitrary<Optional<Integer>> restore = healthy
                ? recentRestore.map(Optional::of)
                : Arbitraries.frequencyOf(Tuple.of(3, recentRestore),
                        Tuple.of(1, bounded(maxRestoreAge + 1, 4 * maxRestoreAge)))
                .optional(0.75);
        Arbitrary<BackupDraft> backup = Combinators.combine(
                Arbitraries.of(BackupSchedule.class),
                healthy ? Arbitraries.just(false) : chance(1, 4),
                bounded(0, 60),
                restore,
                healthy ? Arbitraries.just(true) : chance(3, 1)).as(BackupDraft::new);
        Arbitrary<SystemDraft> system = Combinators.combine(chance(4, 1), chance(1, 1), chance(3, 1), backup)
                .as((holdsData, critical, backedUp, b) ->
                        // A healthy system holding data is backed up; any healthy backup is offsite.
                        new SystemDraft(holdsData, critical,
                                backedUp || (healthy && holdsData) ? Optional.of(b) : Optional.empty()));
        return system.list().ofMinSize(range.min()).ofMaxSize(range.max());
    }

    // ---- strategy, forums -----------------------------------------------------------------

    static Arbitrary<List<StrategyStage>> strategy(boolean healthy) {
        Arbitrary<StrategyStage> stage = healthy
                ? Arbitraries.of(StrategyStage.FORMULATION, StrategyStage.REVIEW)
                : Arbitraries.frequency(Tuple.of(3, StrategyStage.FORMULATION), Tuple.of(2, StrategyStage.REVIEW),
                        Tuple.of(1, StrategyStage.FEASIBILITY), Tuple.of(1, StrategyStage.IMPLEMENTATION),
                        Tuple.of(1, StrategyStage.NEVER));
        return stage.list().ofMaxSize(3);
    }

    static Arbitrary<List<ForumDraft>> forums(boolean healthy) {
        int squeeze = POLICY.maxTechnologyMinutes();
        Arbitrary<Integer> enoughMinutes = bounded(squeeze + 1, 120);
        Arbitrary<Integer> minutes = Arbitraries.frequencyOf(Tuple.of(3, enoughMinutes),
                Tuple.of(1, bounded(0, squeeze)));
        Arbitrary<TechnicalDepth> depth = Arbitraries.frequency(Tuple.of(3, TechnicalDepth.ARCHITECTURE_WELCOME),
                Tuple.of(1, TechnicalDepth.HIGH_LEVEL_ONLY));
        Arbitrary<ForumDraft> mixed = Combinators.combine(Arbitraries.of(ForumKind.class), chance(3, 1),
                minutes.optional(0.7), depth.optional(0.6), chance(1, 5)).as(ForumDraft::new);
        if (!healthy) {
            return mixed.list().ofMaxSize(4);
        }
        // Attended forums leave room for technology; forums the CTO skips are not leadership forums.
        Arbitrary<ForumDraft> attended = Combinators.combine(Arbitraries.of(ForumKind.class),
                enoughMinutes.optional(0.7), Arbitraries.just(TechnicalDepth.ARCHITECTURE_WELCOME).optional(0.6))
                .as((kind, m, d) -> new ForumDraft(kind, true, m, d, false));
        Arbitrary<ForumDraft> skipped = mixed.map(f -> new ForumDraft(
                f.kind().isLeadershipForum() ? ForumKind.OTHER : f.kind(), false, f.technologyMinutes(),
                f.technicalDepth(), f.architectureDiscussionsCut()));
        Arbitrary<ForumDraft> marketSensing = attended.map(f -> new ForumDraft(
                f.kind() == ForumKind.MARKET_RESEARCH_REVIEW ? f.kind() : ForumKind.CUSTOMER_ADVISORY_BOARD,
                true, f.technologyMinutes(), f.technicalDepth(), false));
        return Combinators.combine(marketSensing, Arbitraries.frequencyOf(Tuple.of(3, attended), Tuple.of(1, skipped))
                .list().ofMaxSize(3)).as((first, others) -> {
                    List<ForumDraft> all = new ArrayList<>();
                    all.add(first);
                    all.addAll(others);
                    return all;
                });
    }

    // ---- indicators -----------------------------------------------------------------------

    /** Readings in tenths on the 1..5 scale; ranges split at the target, so both sides of it come up often. */
    private static Arbitrary<Double> readingValue(int minTenths, int maxTenths) {
        return bounded(minTenths, maxTenths).map(tenths -> tenths / 10.0);
    }

    /** The 1..5 scale of the indicators, in tenths. */
    private static final int SCALE_MIN = (int) Math.round(PerformanceIndicator.TECH_STRATEGY_ALIGNMENT.scaleMin() * 10);
    private static final int SCALE_MAX = (int) Math.round(PerformanceIndicator.TECH_STRATEGY_ALIGNMENT.scaleMax() * 10);

    static Arbitrary<List<ReadingDraft>> indicators(boolean healthy) {
        int maxAge = POLICY.indicatorMaxAgeDays();
        int target = (int) Math.round(POLICY.indicatorTarget() * 10);
        Arbitrary<Integer> recent = bounded(0, maxAge);
        if (!healthy) {
            Arbitrary<Integer> age = Arbitraries.frequencyOf(Tuple.of(6, recent),
                    Tuple.of(1, bounded(maxAge + 1, 4 * maxAge)));
            Arbitrary<Double> value = Arbitraries.frequencyOf(Tuple.of(7, readingValue(target, SCALE_MAX)),
                    Tuple.of(1, readingValue(SCALE_MIN, target - 1)));
            // Each indicator gets its own readings, so that one never measured is common but not the rule.
            return Combinators.combine(readingsOf(PerformanceIndicator.TECH_STRATEGY_ALIGNMENT, value, age),
                            readingsOf(PerformanceIndicator.ENGINEERING_CULTURE_HEALTH, value, age),
                            readingsOf(PerformanceIndicator.EMPLOYEE_SATISFACTION, value, age))
                    .as(DraftArbitraries::concat);
        }
        // Healthy: each indicator's latest reading is recent and on target; older ones may be anything.
        return Combinators.combine(healthyReadingsOf(PerformanceIndicator.TECH_STRATEGY_ALIGNMENT),
                        healthyReadingsOf(PerformanceIndicator.ENGINEERING_CULTURE_HEALTH),
                        healthyReadingsOf(PerformanceIndicator.EMPLOYEE_SATISFACTION))
                .as(DraftArbitraries::concat);
    }

    private static Arbitrary<List<ReadingDraft>> readingsOf(PerformanceIndicator indicator, Arbitrary<Double> value,
                                                           Arbitrary<Integer> age) {
        Arbitrary<List<ReadingDraft>> some = Combinators.combine(value, age)
                .as((v, a) -> new ReadingDraft(indicator, v, a)).list().ofMinSize(1).ofMaxSize(2);
        return Arbitraries.frequencyOf(Tuple.of(1, Arbitraries.just(List.of())), Tuple.of(12, some));
    }

    private static Arbitrary<List<ReadingDraft>> healthyReadingsOf(PerformanceIndicator indicator) {
        int target = (int) Math.round(POLICY.indicatorTarget() * 10);
        Arbitrary<Integer> latestAge = bounded(0, POLICY.indicatorMaxAgeDays());
        Arbitrary<List<Integer>> olderBy = Arbitraries.integers().between(1, 400).list().ofMaxSize(1);
        return Combinators.combine(readingValue(target, SCALE_MAX), latestAge, readingValue(SCALE_MIN, SCALE_MAX), olderBy)
                .as((value, age, olderValue, older) -> {
                    List<ReadingDraft> readings = new ArrayList<>();
                    readings.add(new ReadingDraft(indicator, value, age));
                    older.forEach(by -> readings.add(new ReadingDraft(indicator, olderValue, age + by)));
                    return readings;
                });
    }

    @SafeVarargs
    private static <T> List<T> concat(List<T>... lists) {
        List<T> all = new ArrayList<>();
        for (List<T> list : lists) {
            all.addAll(list);
        }
        return all;
    }

    // ---- commitments, suppliers, security -------------------------------------------------

    static Arbitrary<List<CommitmentDraft>> commitments(boolean healthy) {
        Arbitrary<Optional<String>> customer = Arbitraries.of("Globex", "Initech", "Umbrella").optional(0.7);
        Arbitrary<Optional<Boolean>> specified = (healthy ? Arbitraries.just(true) : chance(12, 1)).optional(0.7);
        return Combinators.combine(healthy ? Arbitraries.just(true) : chance(3, 1), customer,
                        Arbitraries.integers().between(0, RAW).optional(0.7), specified)
                .as(CommitmentDraft::new).list().ofMaxSize(3);
    }

    static Arbitrary<List<SupplierDraft>> suppliers(boolean healthy) {
        int minRate = (int) Math.round(POLICY.minOnTimeDeliveryRate() * 100);
        Arbitrary<Double> goodRate = bounded(minRate, 100).map(r -> r / 100.0);
        Arbitrary<Double> anyRate = Arbitraries.frequencyOf(Tuple.of(3, goodRate),
                Tuple.of(1, bounded(0, minRate - 1).map(r -> r / 100.0)));
        Arbitrary<SupplierDraft> supplier = Combinators.combine(chance(1, 1), chance(3, 1).optional(0.7),
                anyRate.optional(0.7), goodRate.optional(0.7)).as((critical, roadmap, rate, good) -> healthy
                && critical
                ? new SupplierDraft(true, roadmap.map(r -> true), good)
                : new SupplierDraft(critical, roadmap, rate));
        return supplier.list().ofMaxSize(3);
    }

    static Arbitrary<Security> security(boolean healthy) {
        Arbitrary<Optional<Boolean>> flag = (healthy ? Arbitraries.just(true) : chance(3, 1)).optional(FIELD_PRESENCE);
        return Combinators.combine(flag, flag, flag, cadence(AssessmentPolicy::awarenessTrainingMaxIntervalDays,
                healthy)).as(Security::new);
    }
}
