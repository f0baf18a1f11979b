package org.ctorole.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ctorole.rules.Findings.DEFAULT_ASSESSOR;
import static org.ctorole.rules.Findings.keys;
import static org.ctorole.rules.Profiles.TODAY;
import static org.ctorole.rules.Profiles.backup;
import static org.ctorole.rules.Profiles.forum;
import static org.ctorole.rules.Profiles.healthy;
import static org.ctorole.rules.Profiles.healthyCto;
import static org.ctorole.rules.Profiles.healthyPerson;
import static org.ctorole.rules.Profiles.system;
import static org.ctorole.rules.Profiles.time;
import static org.ctorole.rules.Profiles.withPerson;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import java.util.stream.IntStream;
import org.ctorole.model.profile.BackupSchedule;
import org.ctorole.model.profile.Commitment;
import org.ctorole.model.profile.ForumKind;
import org.ctorole.model.profile.KnowledgeArea;
import org.ctorole.model.profile.Organisation;
import org.ctorole.model.profile.OrganisationProfile;
import org.ctorole.model.profile.Security;
import org.ctorole.model.profile.Stage;
import org.ctorole.model.profile.StrategyInitiative;
import org.ctorole.model.profile.StrategyStage;
import org.ctorole.model.profile.Supplier;
import org.ctorole.model.profile.Waiver;
import org.junit.jupiter.api.Test;

/** Findings come out in a fixed order, independent of input order, threads and repetition. */
class DeterminismTest {

    /** Defects to combine with the healthy profile; the first is none. */
    private static final List<UnaryOperator<OrganisationProfile.Builder>> DEFECTS = List.of(
            b -> b,
            b -> withPerson(b, healthyPerson("cto").withDeputy(null)),
            b -> b.knowledgeArea(new KnowledgeArea("billing", true, List.of("e1"))),
            b -> b.system(system("orders", true, true, null)),
            b -> b.system(system("wiki", true, false, backup(BackupSchedule.WEEKLY, 15, 5L, true))),
            b -> b.forum(forum("board", ForumKind.BOARD, false)),
            b -> b.cto(healthyCto().withTimeAllocation(time(10, 14, 15, 10, 10, 31, 10))),
            b -> b.supplier(new Supplier("acmepay", true, Optional.of(false), Optional.of(0.5))),
            b -> b.security(new Security(Optional.of(false), Optional.of(false), Optional.of(false))),
            b -> b.indicators(List.of()),
            b -> b.commitment(new Commitment("c2", "Initech", "Audit", "coo", false)),
            b -> b.initiative(new StrategyInitiative("erp", "ERP", StrategyStage.NEVER)),
            b -> withPerson(b, healthyPerson("cto").withReportsTo("coo"))
                    .waiver(new Waiver("distant-from-ceo", "cto", "Board decision", TODAY.minusDays(1))),
            b -> b.knowledge(List.of(new KnowledgeArea("core", true, List.of("e1")),
                    new KnowledgeArea("web", true, List.of()))));

    /** Profile {@code i} of a batch: its own organisation id and one or two defects. */
    static OrganisationProfile variant(int i) {
        int first = i % DEFECTS.size();
        int second = (i / DEFECTS.size()) % DEFECTS.size();
        OrganisationProfile.Builder b = healthy()
                .organisation(new Organisation("org-" + i, "Org " + i, Stage.SCALEUP, 40, TODAY));
        b = DEFECTS.get(first).apply(b);
        if (second != first) {
            b = DEFECTS.get(second).apply(b);
        }
        return b.build();
    }

    /** The same profile with every list in reverse order. */
    static OrganisationProfile reversed(OrganisationProfile p) {
        return p.toBuilder().people(reverse(p.people()))
                .knowledge(p.knowledge().map(DeterminismTest::reverseAreas).orElse(null))
                .systems(p.systems().map(DeterminismTest::reverse).orElse(null))
                .strategy(p.strategy().map(DeterminismTest::reverse).orElse(null))
                .forums(p.forums().map(DeterminismTest::reverse).orElse(null))
                .indicators(p.indicators().map(DeterminismTest::reverse).orElse(null))
                .commitments(p.commitments().map(DeterminismTest::reverse).orElse(null))
                .suppliers(p.suppliers().map(DeterminismTest::reverse).orElse(null))
                .waivers(reverse(p.waivers())).build();
    }

    private static <T> List<T> reverse(List<T> list) {
        List<T> copy = new ArrayList<>(list);
        Collections.reverse(copy);
        return copy;
    }

    private static List<KnowledgeArea> reverseAreas(List<KnowledgeArea> areas) {
        return reverse(areas.stream().map(a -> new KnowledgeArea(a.area(), a.critical(), reverse(a.experts()))).toList());
    }

    @Test
    void findingsAreOrderedBySeverityThenRuleIdThenSubject() {
        OrganisationProfile p = healthy()
                .security(new Security(Optional.of(false), Optional.of(true), Optional.of(false)))
                .system(system("zeta", true, false, null))
                .system(system("alpha", true, true, null))
                .system(system("beta", true, false, null))
                .knowledgeArea(new KnowledgeArea("billing", true, List.of()))
                .indicators(List.of())
                .cto(healthyCto().withTimeAllocation(time(10, 40, 15, 20, 0, 5, 10)))
                .build();

        Assessment a = DEFAULT_ASSESSOR.assess(p);

        assertThat(keys(a)).containsExactly(
                "missing-backup alpha CRITICAL",
                "orphaned-knowledge billing CRITICAL",
                "missing-backup beta HIGH",
                "missing-backup zeta HIGH",
                "no-breach-process acme HIGH",
                "neglected-constituent MARKETING MEDIUM",
                "stale-indicator EMPLOYEE_SATISFACTION MEDIUM",
                "stale-indicator ENGINEERING_CULTURE_HEALTH MEDIUM",
                "stale-indicator TECH_STRATEGY_ALIGNMENT MEDIUM",
                "unmonitored-data-access acme MEDIUM");
        assertThat(a.findings()).isSortedAccordingTo(Comparator.comparing(Finding::severity)
                .thenComparing(Finding::ruleId).thenComparing(f -> f.subject().id()));
    }

    @Test
    void findingsDoNotDependOnTheOrderOfTheInput() {
        for (int i = 0; i < 60; i++) {
            OrganisationProfile p = variant(i);

            assertThat(DEFAULT_ASSESSOR.assess(reversed(p))).as("variant %d", i).isEqualTo(DEFAULT_ASSESSOR.assess(p));
        }
    }

    @Test
    void assessingTheSameProfileTwiceGivesEqualAssessments() {
        OrganisationProfile p = variant(12 + 14 * 3);

        Assessment first = DEFAULT_ASSESSOR.assess(p);
        Assessment second = DEFAULT_ASSESSOR.assess(p);

        assertThat(second).isEqualTo(first);
        assertThat(second.findings()).isNotEmpty();
        assertThat(CtoAssessor.withDefaultRules().assess(p)).isEqualTo(first);
    }

    @Test
    void theBatchVariantsCoverManyRules() {
        List<String> rules = IntStream.range(0, 200).mapToObj(DeterminismTest::variant)
                .flatMap(p -> DEFAULT_ASSESSOR.assess(p).findings().stream()).map(Finding::ruleId).distinct().toList();

        assertThat(rules).hasSizeGreaterThanOrEqualTo(15);
    }

    @Test
    void fourThreadsSharingOneAssessorAgreeWithOneThread() throws Exception {
        List<OrganisationProfile> profiles = IntStream.range(0, 200).mapToObj(DeterminismTest::variant).toList();
        CtoAssessor shared = CtoAssessor.withDefaultRules();
        List<Assessment> reference = profiles.stream().map(shared::assess).toList();

        int threads = 4;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CyclicBarrier start = new CyclicBarrier(threads);
        Map<Integer, List<Assessment>> byThread = new ConcurrentHashMap<>();
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                done.add(pool.submit(() -> {
                    List<Integer> order = new ArrayList<>(IntStream.range(0, profiles.size()).boxed().toList());
                    Collections.shuffle(order, new Random(thread));
                    Assessment[] results = new Assessment[profiles.size()];
                    start.await();
                    for (int i : order) {
                        results[i] = shared.assess(profiles.get(i));
                    }
                    byThread.put(thread, List.of(results));
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(byThread).hasSize(threads);
        byThread.forEach((thread, results) -> assertThat(results).as("thread %d", thread).isEqualTo(reference));
        assertThat(shared.assessAll(profiles)).isEqualTo(reference);
    }
}
