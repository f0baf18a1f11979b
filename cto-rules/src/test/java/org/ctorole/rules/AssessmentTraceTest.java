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
}
