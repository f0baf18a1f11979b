package org.ctorole.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.ctorole.rules.Findings.SCALEUP;
import static org.ctorole.rules.Findings.assess;
import static org.ctorole.rules.Findings.found;
import static org.ctorole.rules.Findings.keys;
import static org.ctorole.rules.Findings.reported;
import static org.ctorole.rules.Profiles.healthy;

import java.util.List;
import org.ctorole.model.profile.KnowledgeArea;
import org.junit.jupiter.api.Test;

/** Mirrors knowledge.drl: orphaned-knowledge, single-point-of-knowledge, key-person-dependency, low-truck-factor. */
class KnowledgeRulesTest {

    private static KnowledgeArea critical(String area, String... experts) {
        return new KnowledgeArea(area, true, List.of(experts));
    }

    private static KnowledgeArea minor(String area, String... experts) {
        return new KnowledgeArea(area, false, List.of(experts));
    }

    // ---- orphaned-knowledge

    @Test
    void orphanedKnowledge() {
        // critical: core(e1,e2,e3), web(e2,e3), billing(): truck factor 2, so no low-truck-factor
        Assessment a = assess(healthy().knowledgeArea(critical("billing")));

        assertThat(keys(a)).containsExactlyInAnyOrder("orphaned-knowledge billing CRITICAL");
        Finding f = reported(a, "orphaned-knowledge", "billing");
        assertThat(f.evidenceValues()).containsExactly(entry("experts", 0L));
    }

    @Test
    void orphanedKnowledgeDoesNotFireForANonCriticalArea() {
        // the healthy profile's "docs" has no expert and is not critical
        Assessment a = assess(healthy().knowledgeArea(minor("wiki")));

        assertThat(keys(a)).isEmpty();
    }

    // ---- single-point-of-knowledge

    @Test
    void singlePointOfKnowledge() {
        Assessment a = assess(healthy().knowledgeArea(critical("billing", "e1")));

        assertThat(keys(a)).containsExactlyInAnyOrder("single-point-of-knowledge billing HIGH");
        Finding f = reported(a, "single-point-of-knowledge", "billing");
        assertThat(f.evidenceValues()).containsExactly(entry("expert", "e1"));
        assertThat(f.message()).isEqualTo("Only Eli can work on the critical knowledge area billing");
    }

    @Test
    void singlePointOfKnowledgeDoesNotFireWithTwoExperts() {
        assertThat(keys(assess(healthy().knowledgeArea(critical("billing", "e1", "e2"))))).isEmpty();
    }

    @Test
    void singlePointOfKnowledgeDoesNotFireForANonCriticalArea() {
        assertThat(keys(assess(healthy().knowledgeArea(minor("billing", "e1"))))).isEmpty();
    }

    // ---- key-person-dependency

    @Test
    void keyPersonDependencyAtTwoCriticalAreas() {
        // listed in reverse order: the evidence sorts them
        Assessment a = assess(healthy().knowledgeArea(critical("ledger", "e1")).knowledgeArea(critical("billing", "e1")));

        assertThat(keys(a)).containsExactlyInAnyOrder("key-person-dependency e1 HIGH",
                "single-point-of-knowledge billing HIGH", "single-point-of-knowledge ledger HIGH");
        Finding f = reported(a, "key-person-dependency", "e1");
        assertThat(f.evidenceValues()).containsExactly(entry("areaCount", 2L), entry("areas", List.of("billing", "ledger")),
                entry("keyPersonMinAreas", 2L), entry("policy", SCALEUP));
        assertThat(f.message()).contains("billing", "ledger");
    }

    @Test
    void keyPersonDependencyDoesNotFireAtOneCriticalArea() {
        Assessment a = assess(healthy().knowledgeArea(critical("billing", "e1")));

        assertThat(keys(a)).containsExactlyInAnyOrder("single-point-of-knowledge billing HIGH");
    }

    @Test
    void keyPersonDependencyDoesNotCountNonCriticalOrSharedAreas() {
        Assessment a = assess(healthy().knowledgeArea(critical("billing", "e1"))
                .knowledgeArea(minor("reports", "e1"))
                .knowledgeArea(critical("ledger", "e1", "e2")));

        assertThat(keys(a)).containsExactlyInAnyOrder("single-point-of-knowledge billing HIGH");
    }

    // ---- low-truck-factor

    @Test
    void lowTruckFactorOfOne() {
        Assessment a = assess(healthy().knowledge(List.of(critical("core", "e1"), minor("docs"))));

        assertThat(keys(a)).containsExactlyInAnyOrder("low-truck-factor acme HIGH",
                "single-point-of-knowledge core HIGH");
        Finding f = found(a, "low-truck-factor", "acme");
        assertThat(f.message()).isNotBlank().contains("1", "Eli");
        assertThat(f.evidenceValues()).containsExactly(entry("truckFactor", 1L), entry("removed", List.of("e1")),
                entry("criticalAreas", 1L), entry("minTruckFactor", 2L), entry("policy", SCALEUP));
    }

    @Test
    void lowTruckFactorDoesNotFireAtTwo() {
        Assessment a = assess(healthy().knowledge(List.of(critical("core", "e1", "e2"), minor("docs"))));

        assertThat(keys(a)).isEmpty();
    }

    @Test
    void lowTruckFactorOfZeroWhenMostCriticalAreasAreAlreadyOrphaned() {
        Assessment a = assess(healthy().knowledge(List.of(critical("core"), critical("web"), critical("api", "e1", "e2"))));

        assertThat(keys(a)).containsExactlyInAnyOrder("low-truck-factor acme HIGH",
                "orphaned-knowledge core CRITICAL", "orphaned-knowledge web CRITICAL");
        assertThat(found(a, "low-truck-factor", "acme").evidenceValues()).containsExactly(entry("truckFactor", 0L),
                entry("criticalAreas", 3L), entry("minTruckFactor", 2L), entry("policy", SCALEUP));
    }

    @Test
    void lowTruckFactorListsThePeopleRemovedInOrder() {
        // healthy: core(e1,e2,e3), web(e2,e3): e2 and e3 know two areas (tie: smaller id first), e1 one
        CtoAssessor strict = CtoAssessor.builder()
                .policy(AssessmentPolicy.defaults().toBuilder().minTruckFactor(4).build()).build();

        Assessment a = strict.assess(healthy().build());

        assertThat(keys(a)).containsExactlyInAnyOrder("low-truck-factor acme HIGH");
        assertThat(found(a, "low-truck-factor", "acme").evidenceValues()).containsEntry("truckFactor", 3L)
                .containsEntry("removed", List.of("e2", "e3", "e1")).containsEntry("minTruckFactor", 4L);
    }

    @Test
    void lowTruckFactorDoesNotFireWithoutCriticalAreas() {
        assertThat(keys(assess(healthy().knowledge(List.of(minor("docs"), minor("wiki", "e1")))))).isEmpty();
        assertThat(keys(assess(healthy().knowledge(List.of())))).isEmpty();
    }

    @Test
    void lowTruckFactorMessageNamesThePeopleToLose() {
        Assessment a = assess(healthy().knowledge(List.of(critical("core", "e1"))));

        assertThat(reported(a, "low-truck-factor", "acme").message()).isEqualTo("The truck factor of the critical"
                + " knowledge areas is 1: if Eli left, more than half of the 1 critical areas would have no expert");
    }
}
