package org.ctorole.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ctorole.model.catalogue.ResponsibilityArea.OPERATIONAL_MANAGEMENT;
import static org.ctorole.model.catalogue.ResponsibilityArea.TEAM_BUILDING;
import static org.ctorole.model.catalogue.ResponsibilityArea.TECH_STRATEGY;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.ctorole.model.catalogue.Constituent;
import org.ctorole.model.catalogue.MissionAxis;
import org.ctorole.model.catalogue.ResponsibilityArea;
import org.ctorole.model.catalogue.Source;
import org.ctorole.model.profile.Waiver;
import org.junit.jupiter.api.Test;

/** The scoring formula of {@link ScoringWeights}, on hand-made findings, with exact numbers. */
class ScorecardTest {

    static Finding finding(String id, Severity severity, ResponsibilityArea... harms) {
        return new Finding(id, severity, Subject.of(SubjectKind.SYSTEM, "s"), null, "m", List.of(), List.of(harms),
                Track.RESILIENCE, "r", List.of(new Source("a work", "x")), null);
    }

    @Test
    void noFindingsScoreFull() {
        Scorecard card = Scorecard.of(List.of());

        assertThat(card.all()).extracting(s -> s.value().getAsDouble()).containsOnly(100.0);
        assertThat(card.areas()).hasSize(9);
        assertThat(card.axes()).hasSize(3);
        assertThat(card.constituents()).hasSize(5);
    }

    @Test
    void eachSeverityTakesItsWeightFromEveryAreaItHarms() {
        Scorecard card = Scorecard.of(List.of(
                finding("a", Severity.CRITICAL, OPERATIONAL_MANAGEMENT, TEAM_BUILDING),
                finding("b", Severity.HIGH, OPERATIONAL_MANAGEMENT),
                finding("c", Severity.MEDIUM, TECH_STRATEGY),
                finding("d", Severity.LOW, TECH_STRATEGY)));

        assertThat(card.area(OPERATIONAL_MANAGEMENT).value().getAsDouble()).isEqualTo(63.8); // 100 × 0.75 × 0.85 = 63.75
        assertThat(card.area(OPERATIONAL_MANAGEMENT).loweredBy()).containsExactly("a:s", "b:s");
        assertThat(card.area(TEAM_BUILDING).value().getAsDouble()).isEqualTo(75.0);
        assertThat(card.area(TECH_STRATEGY).value().getAsDouble()).isEqualTo(89.2); // 100 × 0.92 × 0.97 = 89.24
        // overall: (63.8 + 75 + 89.2 + 6 × 100) / 9 = 828 / 9 = 92
        assertThat(card.overall().value().getAsDouble()).isEqualTo(92.0);
    }

    @Test
    void rollUpsAreMeansOfTheirAreas() {
        Scorecard card = Scorecard.of(List.of(finding("a", Severity.CRITICAL, TEAM_BUILDING)));

        // ENGINEERING_CULTURE = {TEAM_BUILDING, TECHNICAL_LEADERSHIP, OPERATIONAL_MANAGEMENT}: (75 + 100 + 100) / 3
        assertThat(card.axis(MissionAxis.ENGINEERING_CULTURE).value().getAsDouble()).isEqualTo(91.7);
        assertThat(card.axis(MissionAxis.TECHNICAL_STRATEGY).value().getAsDouble()).isEqualTo(100.0);
        // ENGINEERING_PRODUCT owes 9 duties, 2 of them in TEAM_BUILDING: (7 × 100 + 2 × 75) / 9 = 94.44
        assertThat(card.constituent(Constituent.ENGINEERING_PRODUCT).value().getAsDouble()).isEqualTo(94.4);
        assertThat(card.constituent(Constituent.ENGINEERING_PRODUCT).loweredBy()).containsExactly("a:s");
        assertThat(card.constituent(Constituent.SALES).value().getAsDouble()).isEqualTo(100.0);
    }

    @Test
    void manyFindingsKeepLoweringWithoutReachingZero() {
        Scorecard card = Scorecard.of(List.of(
                finding("a", Severity.CRITICAL, TECH_STRATEGY), finding("b", Severity.CRITICAL, TECH_STRATEGY),
                finding("c", Severity.CRITICAL, TECH_STRATEGY), finding("d", Severity.CRITICAL, TECH_STRATEGY),
                finding("e", Severity.CRITICAL, TECH_STRATEGY)));

        assertThat(card.area(TECH_STRATEGY).value().getAsDouble()).isEqualTo(23.7); // 100 × 0.75^5 = 23.73
    }

    @Test
    void waivedFindingsDoNotLowerScores() {
        Finding waived = finding("a", Severity.CRITICAL, TECH_STRATEGY)
                .waivedBy(new Waiver("a", "s", "accepted", LocalDate.of(2030, 1, 1)));

        assertThat(Scorecard.of(List.of(waived)).area(TECH_STRATEGY).value().getAsDouble()).isEqualTo(100.0);
    }
}
