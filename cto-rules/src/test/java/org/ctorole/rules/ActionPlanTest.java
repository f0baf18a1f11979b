package org.ctorole.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.ctorole.model.catalogue.TimelineStage;
import org.ctorole.model.profile.Northwind;
import org.junit.jupiter.api.Test;

class ActionPlanTest {

    @Test
    void northwindPlanTakesResilienceFirstThenFollowsTheTimeline() {
        Assessment a = CtoAssessor.withDefaultRules().assess(Northwind.profile());
        ActionPlan plan = a.actionPlan();

        assertThat(plan.steps()).extracting(ActionStep::stage).containsExactly(TimelineStage.WEEK_1,
                TimelineStage.MONTH_1, TimelineStage.MONTH_1, TimelineStage.MONTH_2, TimelineStage.MONTH_3,
                TimelineStage.MONTH_6);
        assertThat(plan.steps()).extracting(ActionStep::track).containsExactly(Track.RESILIENCE,
                Track.STRATEGIC_CO_CREATION, Track.INFORMATION_ALIGNMENT, Track.OUTCOME_ACCOUNTABILITY,
                Track.TRANSLATION_EXCELLENCE, Track.GOVERNANCE);
        assertThat(plan.steps().get(0).findings()).startsWith("missing-backup:customer-crm",
                "orphaned-knowledge:pricing-engine").contains("no-deputy:maya", "supplier-risk:feedco");
        assertThat(plan.steps().get(1).findings()).containsExactly("strategic-exclusion:omnichannel-2027",
                "cto-in-the-weeds:maya", "excluded-from-leadership-forum:qbr");
        assertThat(plan.steps().get(3).findings()).containsExactly("low-indicator:TECH_STRATEGY_ALIGNMENT",
                "output-accountability:maya", "stale-indicator:EMPLOYEE_SATISFACTION",
                "stale-indicator:ENGINEERING_CULTURE_HEALTH");
        assertThat(plan.steps().get(4).findings()).containsExactly("translation-squeeze:exec-weekly",
                "unreviewed-commitment:globex-sso");
        assertThat(plan.steps().get(5).findings()).isEmpty();
    }

    @Test
    void everyActiveFindingIsAddressedExactlyOnceAndWaivedOnesNot() {
        Assessment a = CtoAssessor.withDefaultRules().assess(Northwind.profile());

        assertThat(a.actionPlan().steps().stream().flatMap(s -> s.findings().stream()))
                .containsExactlyInAnyOrderElementsOf(a.activeFindings().stream().map(Finding::key).toList())
                .doesNotContain("distant-from-ceo:maya");
    }

    @Test
    void aHealthyProfileGetsOnlyTheSixMonthReview() {
        Assessment a = CtoAssessor.withDefaultRules().assess(Profiles.healthy().build());

        assertThat(a.actionPlan().steps()).extracting(ActionStep::stage).containsExactly(TimelineStage.MONTH_6);
    }
}
