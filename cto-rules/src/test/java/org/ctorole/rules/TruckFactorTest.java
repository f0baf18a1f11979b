package org.ctorole.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.ctorole.model.profile.KnowledgeArea;
import org.junit.jupiter.api.Test;

/** The truck factor over critical areas (after Avelino et al., ICPC 2016), by hand-made expert lists. */
class TruckFactorTest {

    @SafeVarargs
    private static TruckFactor of(List<String>... expertsPerArea) {
        List<List<String>> areas = new ArrayList<>();
        for (List<String> experts : expertsPerArea) {
            areas.add(experts);
        }
        return TruckFactor.ofExperts(areas);
    }

    @Test
    void onePersonKnowingMostAreasGivesOne() {
        TruckFactor tf = of(List.of("ana"), List.of("ana"), List.of("bo"));

        assertThat(tf).isEqualTo(new TruckFactor(1, List.of("ana"), 3));
    }

    @Test
    void removesThePersonKnowingMostAreasFirst() {
        // ana 3 areas, cy 3, bo 2: remove ana (B uncovered), then cy (D and E uncovered: 3 of 5)
        TruckFactor tf = of(List.of("ana", "bo"), List.of("ana"), List.of("bo", "cy"), List.of("cy"),
                List.of("cy", "ana"));

        assertThat(tf.value()).isEqualTo(2);
        assertThat(tf.removed()).containsExactly("ana", "cy");
        assertThat(tf.criticalAreas()).isEqualTo(5);
    }

    @Test
    void tiesGoToTheSmallestId() {
        // cy and bo both know two areas; bo is removed first though cy is listed first
        TruckFactor tf = of(List.of("cy", "bo"), List.of("cy", "bo"), List.of("ana"));

        assertThat(tf).isEqualTo(new TruckFactor(2, List.of("bo", "cy"), 3));
    }

    @Test
    void zeroWhenMoreThanHalfAreUncoveredAlready() {
        assertThat(of(List.of(), List.of(), List.of("ana"))).isEqualTo(new TruckFactor(0, List.of(), 3));
    }

    @Test
    void exactlyHalfUncoveredIsNotEnough() {
        // one of two areas uncovered is not more than half: ana must go too
        assertThat(of(List.of(), List.of("ana"))).isEqualTo(new TruckFactor(1, List.of("ana"), 2));
    }

    @Test
    void stopsAsSoonAsMoreThanHalfAreUncovered() {
        TruckFactor tf = of(List.of("ana"), List.of("ana"), List.of("ana", "bo"), List.of("bo", "cy"), List.of("cy"));

        // ana (3) uncovers A, B; bo (2) uncovers C; 3 of 5 > half
        assertThat(tf).isEqualTo(new TruckFactor(2, List.of("ana", "bo"), 5));
    }

    @Test
    void everyoneRemovedWhenAreasAreWidelyShared() {
        TruckFactor tf = of(List.of("ana", "bo", "cy"), List.of("ana", "bo", "cy"));

        assertThat(tf).isEqualTo(new TruckFactor(3, List.of("ana", "bo", "cy"), 2));
    }

    @Test
    void noAreasGiveZeroAreasAndZero() {
        assertThat(of()).isEqualTo(new TruckFactor(0, List.of(), 0));
    }

    @Test
    void ofAreasCountsOnlyCriticalOnes() {
        TruckFactor tf = TruckFactor.of(List.of(new KnowledgeArea("core", true, List.of("bo")),
                new KnowledgeArea("web", true, List.of("ana", "bo")),
                new KnowledgeArea("docs", false, List.of("ana")),
                new KnowledgeArea("wiki", false, List.of())));

        // critical: core(bo), web(ana, bo): bo knows two, removing bo uncovers core only (1 of 2), then ana
        assertThat(tf).isEqualTo(new TruckFactor(2, List.of("bo", "ana"), 2));
    }

    @Test
    void ofAreasWithoutCriticalAreas() {
        TruckFactor tf = TruckFactor.of(List.of(new KnowledgeArea("docs", false, List.of("ana"))));

        assertThat(tf.criticalAreas()).isZero();
        assertThat(tf.value()).isZero();
    }

    @Test
    void theRemovalOrderDoesNotDependOnTheOrderOfAreas() {
        TruckFactor forward = of(List.of("ana", "bo"), List.of("ana"), List.of("bo", "cy"), List.of("cy"),
                List.of("cy", "ana"));
        TruckFactor backward = of(List.of("ana", "cy"), List.of("cy"), List.of("cy", "bo"), List.of("ana"),
                List.of("bo", "ana"));

        assertThat(backward).isEqualTo(forward);
    }
}
