package org.ctorole.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.ctorole.model.profile.Northwind;
import org.junit.jupiter.api.Test;

class AssessmentTraceTest {

    @Test
    void aTraceHoldsTheSameAssessmentWithPhasesFactsAndFirings() {
        CtoAssessor assessor = Findings.DEFAULT_ASSESSOR;

        AssessmentTrace trace = assessor.trace(Northwind.profile());

        assertThat(trace.assessment()).isEqualTo(assessor.assess(Northwind.profile()));
        assertThat(trace.nanos()).containsOnlyKeys("validate", "facts", "rules", "findings");
        assertThat(trace.facts()).isPositive();
        // Two findings of single-point-of-knowledge, each from one firing; no-deputy fires for maya and sam.
        assertThat(trace.firings()).containsEntry("single-point-of-knowledge", 2).containsEntry("no-deputy", 1)
                .containsEntry("no-deputy (other leader)", 1);
        assertThat(trace.totalFirings()).isGreaterThanOrEqualTo(trace.assessment().findings().size());
    }

    @Test
    void sessionsReusedAcrossAssessmentsCarryNothingOver() {
        CtoAssessor assessor = Findings.DEFAULT_ASSESSOR;
        var healthy = Profiles.healthy().build();
        AssessmentTrace healthyFirst = assessor.trace(healthy);
        AssessmentTrace northwindFirst = assessor.trace(Northwind.profile());

        for (int i = 0; i < 5; i++) {
            assessor.assess(Northwind.profile()); // would leave its facts or listeners behind, if anything did
            assessor.trace(Northwind.profile());
        }
        AssessmentTrace healthyAgain = assessor.trace(healthy);
        AssessmentTrace northwindAgain = assessor.trace(Northwind.profile());

        assertThat(healthyAgain.assessment()).isEqualTo(healthyFirst.assessment());
        assertThat(healthyAgain.assessment().findings()).isEmpty();
        assertThat(healthyAgain.firings()).isEqualTo(healthyFirst.firings());
        assertThat(northwindAgain.firings()).isEqualTo(northwindFirst.firings()).containsEntry("no-deputy", 1);
        assertThat(northwindAgain.assessment()).isEqualTo(northwindFirst.assessment());
    }
}
