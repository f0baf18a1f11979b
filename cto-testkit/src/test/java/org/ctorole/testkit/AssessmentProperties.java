package org.ctorole.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ctorole.testkit.CtoAssertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;
import org.ctorole.model.profile.Backup;
import org.ctorole.model.profile.BackupSchedule;
import org.ctorole.model.profile.KnowledgeArea;
import org.ctorole.model.profile.Organisation;
import org.ctorole.model.profile.OrganisationProfile;
import org.ctorole.model.profile.Person;
import org.ctorole.model.profile.Role;
import org.ctorole.model.profile.SystemAsset;
import org.ctorole.model.profile.Waiver;
import org.ctorole.model.validation.ProfileValidator;
import org.ctorole.rules.Assessment;
import org.ctorole.rules.CtoAssessor;
import org.ctorole.rules.Finding;

/** Properties of the built-in rule pack over generated profiles (order, purity, monotonicity). */
class AssessmentProperties {
    private static final CtoAssessor ASSESSOR = CtoAssessor.withDefaultRules();
    private static final Set<String> KNOWLEDGE_RULES =
            Set.of("orphaned-knowledge", "single-point-of-knowledge", "key-person-dependency", "low-truck-factor");
    private static final Set<String> BACKUP_RULES =
            Set.of("missing-backup", "untested-backup", "stale-backup", "no-offsite-copy");

    /**
     * Every list shuffled (people, their roles, areas, their experts, systems, initiatives, forums,
     * readings, commitments, suppliers, waivers) but {@code cto.accountableFor}: see the next two.
     */
    @Property(tries = 300)
    void findingsDoNotDependOnTheOrderOfAnyListInTheInput(@ForAll OrganisationProfile generated,
                                                          @ForAll Random random) {
        OrganisationProfile profile = Profiles.withWaivers(generated, someWaivers(generated, random));
        Assessment original = ASSESSOR.assess(profile);
        Assessment reordered = ASSESSOR.assess(Profiles.shuffled(profile, random, false));
        assertThat(reordered.findings()).isEqualTo(original.findings());
        assertThat(reordered.notAssessed()).isEqualTo(original.notAssessed());
        assertThat(reordered.unmatchedWaivers()).isEqualTo(original.unmatchedWaivers());
        assertThat(reordered).isEqualTo(original);
    }

    /** Shuffling {@code cto.accountableFor} too: the same findings by key, severity and waiver. */
    @Property(tries = 200)
    void theSameFindingsWhateverTheOrderOfAccountabilities(@ForAll OrganisationProfile generated,
                                                           @ForAll Random random) {
        OrganisationProfile profile = Profiles.withWaivers(generated, someWaivers(generated, random));
        assertThat(summary(ASSESSOR.assess(Profiles.shuffled(profile, random))))
                .isEqualTo(summary(ASSESSOR.assess(profile)));
    }

    /**
     * Findings do not depend on the order of anything in the input, with one exception: the message and
     * evidence of output-accountability list {@code cto.accountableFor} in input order, so they do.
     */
    @Property(tries = 300)
    void findingsDoNotDependOnTheOrderOfAccountabilities(@ForAll OrganisationProfile profile,
                                                         @ForAll Random random) {
        assertThat(ASSESSOR.assess(Profiles.shuffled(profile, random)).findings())
                .isEqualTo(ASSESSOR.assess(profile).findings());
    }

    private static List<String> summary(Assessment assessment) {
        return assessment.findings().stream()
                .map(f -> f.severity() + " " + f.key() + (f.waived() ? " waived" : "")).toList();
    }

    /** Waivers of about a third of the findings, some expired, and one that matches nothing. */
    private static List<Waiver> someWaivers(OrganisationProfile profile, Random random) {
        LocalDate today = profile.organisation().assessedOn();
        List<Waiver> waivers = new ArrayList<>();
        for (Finding f : ASSESSOR.assess(profile).findings()) {
            if (random.nextInt(3) == 0) {
                LocalDate expires = random.nextBoolean() ? today.plusDays(30) : today.minusDays(1);
                waivers.add(new Waiver(f.ruleId(), f.subject().id(), "accepted for now", expires));
            }
        }
        waivers.add(new Waiver("no-deputy", "nobody", "no such person", today.plusDays(10)));
        return waivers;
    }

    @Property(tries = 200)
    void assessingTwiceGivesEqualResults(@ForAll OrganisationProfile profile) {
        Assessment first = ASSESSOR.assess(profile);
        assertThat(ASSESSOR.assess(profile)).isEqualTo(first);
        assertThat(ASSESSOR.assessAll(List.of(profile, profile))).containsExactly(first, first);
    }

    @Property(tries = 200)
    void theInputProfileIsNotMutated(@ForAll OrganisationProfile profile) {
        OrganisationProfile before = Profiles.deepCopy(profile);
        assertThat(before).isEqualTo(profile).isNotSameAs(profile);
        ASSESSOR.assess(profile);
        assertThat(profile).isEqualTo(before);
    }

    // ---- adding an expert -----------------------------------------------------------------------

    @Provide
    Arbitrary<OrganisationProfile> withKnowledge() {
        return CtoArbitraries.profiles().people(2, 8).knowledgeAreas(1, 6);
    }

    /**
     * Adding an expert to an area that has one already never adds orphaned-knowledge,
     * single-point-of-knowledge or key-person-dependency; nor low-truck-factor while no critical
     * area is orphaned. (With an orphaned critical area the truck factor can drop: see the examples.)
     */
    @Property(tries = 300)
    void addingAnExpertToAnAreaWithExpertsNeverAddsAKnowledgeFinding(
            @ForAll("withKnowledge") OrganisationProfile profile, @ForAll @IntRange(max = 1000) int areaPick,
            @ForAll @IntRange(max = 1000) int personPick, @ForAll Random random) {
        List<KnowledgeArea> areas = profile.knowledge().orElseThrow();
        List<Integer> candidates = new ArrayList<>();
        for (int i = 0; i < areas.size(); i++) {
            if (!areas.get(i).experts().isEmpty() && areas.get(i).experts().size() < profile.people().size()) {
                candidates.add(i);
            }
        }
        Assume.that(!candidates.isEmpty());
        int index = candidates.get(areaPick % candidates.size());
        OrganisationProfile more = Profiles.withArea(profile, index,
                withOneMoreExpert(profile, areas.get(index), personPick, random));
        assertThat(ProfileValidator.validate(more)).isEmpty();
        Set<String> added = knowledgeFindings(ASSESSOR.assess(more));
        added.removeAll(knowledgeFindings(ASSESSOR.assess(profile)));
        boolean orphans = areas.stream().anyMatch(a -> a.isCritical() && a.experts().isEmpty());
        if (orphans) {
            assertThat(added).isSubsetOf("low-truck-factor:" + profile.organisation().id());
        } else {
            assertThat(added).isEmpty();
        }
        Statistics.label("an orphaned critical area").collect(orphans);
    }

    /**
     * Adding an expert to an orphaned area removes its orphaned-knowledge finding and adds no
     * knowledge finding but single-point-of-knowledge for that area, key-person-dependency for that
     * expert, and low-truck-factor (the truck factor can drop: see the example).
     */
    @Property(tries = 300)
    void addingAnExpertToAnOrphanedAreaOnlyAddsFindingsAboutThatAreaAndExpert(
            @ForAll("withKnowledge") OrganisationProfile profile, @ForAll @IntRange(max = 1000) int areaPick,
            @ForAll @IntRange(max = 1000) int personPick, @ForAll Random random) {
        List<KnowledgeArea> areas = profile.knowledge().orElseThrow();
        List<Integer> orphaned = new ArrayList<>();
        for (int i = 0; i < areas.size(); i++) {
            if (areas.get(i).experts().isEmpty()) {
                orphaned.add(i);
            }
        }
        Assume.that(!orphaned.isEmpty());
        KnowledgeArea area = areas.get(orphaned.get(areaPick % orphaned.size()));
        KnowledgeArea taught = withOneMoreExpert(profile, area, personPick, random);
        String expert = taught.experts().get(0);
        Assessment before = ASSESSOR.assess(profile);
        Assessment after = ASSESSOR.assess(Profiles.withArea(profile, areas.indexOf(area), taught));
        assertThat(after).hasNoFinding("orphaned-knowledge", area.area());
        Set<String> added = knowledgeFindings(after);
        added.removeAll(knowledgeFindings(before));
        assertThat(added).isSubsetOf("single-point-of-knowledge:" + area.area(), "key-person-dependency:" + expert,
                "low-truck-factor:" + profile.organisation().id());
    }

    /**
     * The truck factor (after Avelino et al.) removes the person with most critical
     * areas first, ties to the smallest id. Teaching an orphaned area to p1 ties p1 with p2 and p3,
     * so p1 goes first and uncovers 3 of 5 areas: the truck factor drops from 2 to 1.
     */
    @Example
    void addingAnExpertToAnOrphanedAreaCanLowerTheTruckFactor() {
        RuleVerifier verifier = RuleVerifier.builtIn();
        verifier.verifyThat("low-truck-factor")
                .given(threePeople(List.of(), List.of(), List.of("p1"), List.of("p2", "p3"), List.of("p2", "p3")))
                .doesNotFire();
        Assessment taught = verifier.verifyThat("low-truck-factor")
                .given(threePeople(List.of("p1"), List.of(), List.of("p1"), List.of("p2", "p3"), List.of("p2", "p3")))
                .firesExactlyFor("org")
                .assessment();
        assertThat(taught.finding("low-truck-factor", "org").orElseThrow().evidenceValues())
                .containsEntry("truckFactor", 1L).containsEntry("removed", List.of("p1"));
    }

    /**
     * Not only to an orphaned area: with a1 orphaned, p1 and p2 know a2, p3 alone knows a3. The
     * truck factor is 2 (p1, then p2). Teaching a2 to p3 makes p3 the first removed, which uncovers
     * a3 too: 2 of 3 areas, so the truck factor drops to 1.
     */
    @Example
    void addingAnExpertToAnAreaWithExpertsCanLowerTheTruckFactorWhenAnotherIsOrphaned() {
        RuleVerifier verifier = RuleVerifier.builtIn();
        verifier.verifyThat("low-truck-factor")
                .given(threePeople(List.of(), List.of("p1", "p2"), List.of("p3")))
                .doesNotFire();
        verifier.verifyThat("low-truck-factor")
                .given(threePeople(List.of(), List.of("p1", "p2", "p3"), List.of("p3")))
                .firesExactlyFor("org");
    }

    /** People p1..p3 and critical areas a1.. with these experts. */
    @SafeVarargs
    private static OrganisationProfile threePeople(List<String>... experts) {
        OrganisationProfile.Builder profile = OrganisationProfile.builder()
                .organisation(new Organisation("org", null, null, null, LocalDate.of(2026, 11, 1)))
                .person(Person.of("p1", null, Role.CTO))
                .person(Person.of("p2", null, Role.ENGINEER))
                .person(Person.of("p3", null, Role.ENGINEER))
                .knowledge(List.of());
        for (int i = 0; i < experts.length; i++) {
            profile.knowledgeArea(new KnowledgeArea("a" + (i + 1), true, experts[i]));
        }
        return profile.build();
    }

    private static KnowledgeArea withOneMoreExpert(OrganisationProfile profile, KnowledgeArea area, int pick,
                                                   Random random) {
        List<String> others = profile.people().stream().map(Person::id).filter(id -> !area.experts().contains(id))
                .toList();
        List<String> experts = new ArrayList<>(area.experts());
        experts.add(random.nextInt(experts.size() + 1), others.get(pick % others.size()));
        return new KnowledgeArea(area.area(), area.critical(), experts);
    }

    private static Set<String> knowledgeFindings(Assessment assessment) {
        return assessment.findings().stream().filter(f -> KNOWLEDGE_RULES.contains(f.ruleId())).map(Finding::key)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    // ---- adding a verified backup -----------------------------------------------------------------

    @Provide
    Arbitrary<OrganisationProfile> withSystems() {
        return CtoArbitraries.profiles().systems(1, 5);
    }

    @Property(tries = 300)
    void aVerifiedBackupNeverAddsABackupFinding(@ForAll("withSystems") OrganisationProfile profile,
                                                @ForAll @IntRange(max = 1000) int systemPick) {
        List<SystemAsset> systems = profile.systems().orElseThrow();
        int index = systemPick % systems.size();
        LocalDate today = profile.organisation().assessedOn();
        Backup verified = new Backup(BackupSchedule.DAILY, today, Optional.of(today), true);
        OrganisationProfile backedUp = Profiles.withBackup(profile, index, verified);
        Assessment before = ASSESSOR.assess(profile);
        Assessment after = ASSESSOR.assess(backedUp);
        assertThat(backupFindings(before)).containsAll(backupFindings(after));
        assertThat(backupFindings(after)).noneMatch(key -> key.endsWith(":" + systems.get(index).id()));
        Statistics.label("system had a backup").collect(systems.get(index).backup().isPresent());
    }

    private static Set<String> backupFindings(Assessment assessment) {
        return assessment.findings().stream().filter(f -> BACKUP_RULES.contains(f.ruleId())).map(Finding::key)
                .collect(Collectors.toCollection(TreeSet::new));
    }
}
