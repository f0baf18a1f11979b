package org.ctorole.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.ctorole.model.catalogue.TimelineStage;
import org.ctorole.model.profile.Engagement;
import org.ctorole.model.profile.Northwind;
import org.ctorole.model.profile.OrganisationProfile;
import org.ctorole.model.profile.Person;
import org.junit.jupiter.api.Test;

class ActionPlanTest {
    private static final CtoAssessor ASSESSOR = Findings.DEFAULT_ASSESSOR;

    @Test
    void weekOneHoldsOnlyWhatThreatensTheBusinessNowRankedAndCapped() {
        ActionPlan plan = ASSESSOR.assess(Northwind.profile()).actionPlan();

        List<ActionStep> week = plan.stage(TimelineStage.WEEK_1);
        assertThat(week).extracting(s -> String.join(",", s.findings())).containsExactly(
                "orphaned-knowledge:pricing-engine", "missing-backup:customer-crm",
                "strategic-exclusion:omnichannel-2027", "key-person-dependency:ana", "low-truck-factor:northwind",
                "no-deputy:maya", "");
        assertThat(week).allSatisfy(s -> assertThat(s.due()).isEqualTo(LocalDate.of(2026, 11, 8)));
        assertThat(week.get(2).owner()).isEqualTo(new Owner("CEO", "omar", "Omar Haddad"));
        assertThat(week.get(0).owner()).isEqualTo(new Owner("CTO", "maya", "Maya Chen"));
        assertThat(week.get(6).action()).startsWith("Map where technology leadership takes part in making strategy");
    }

    @Test
    void theRestFollowsTheTimelineWithOwnersDatesAndDistinctOutcomes() {
        Assessment a = ASSESSOR.assess(Northwind.profile());
        ActionPlan plan = a.actionPlan();

        assertThat(plan.steps()).extracting(ActionStep::stage).containsSubsequence(TimelineStage.WEEK_1,
                TimelineStage.MONTH_1, TimelineStage.MONTH_2, TimelineStage.MONTH_3, TimelineStage.MONTH_6);
        assertThat(plan.stage(TimelineStage.MONTH_2)).extracting(s -> s.findings().get(0)).containsExactly(
                "low-indicator:TECH_STRATEGY_ALIGNMENT", "output-accountability:maya",
                "stale-indicator:EMPLOYEE_SATISFACTION", "stale-indicator:ENGINEERING_CULTURE_HEALTH");
        assertThat(plan.stage(TimelineStage.MONTH_3)).extracting(s -> s.findings().get(0)).containsExactly(
                "translation-squeeze:exec-weekly", "unreviewed-commitment:globex-sso");
        assertThat(plan.stage(TimelineStage.MONTH_2)).allSatisfy(s -> assertThat(s.due())
                .isEqualTo(LocalDate.of(2026, 12, 31)));
        assertThat(plan.steps()).extracting(ActionStep::expectedOutcome).doesNotHaveDuplicates()
                .allSatisfy(o -> assertThat(o).doesNotContain("{", "}").endsWith("."));
        assertThat(plan.steps().get(plan.steps().size() - 1).stage()).isEqualTo(TimelineStage.MONTH_6);
        ActionStep deputy = plan.steps().stream().filter(s -> s.findings().contains("no-deputy:sam")).findFirst()
                .orElseThrow();
        assertThat(deputy.owner()).isEqualTo(new Owner("head of sales", "sam", "Sam Okafor"));
        assertThat(deputy.action()).isEqualTo(a.finding("no-deputy", "sam").orElseThrow().recommendation());
    }

    @Test
    void everyActiveFindingIsClosedByExactlyOneStepAndWaivedOnesByNone() {
        Assessment a = ASSESSOR.assess(Northwind.profile());

        assertThat(a.actionPlan().steps().stream().flatMap(s -> s.findings().stream()))
                .containsExactlyInAnyOrderElementsOf(a.activeFindings().stream().map(Finding::key).toList())
                .doesNotContain("distant-from-ceo:maya");
    }

    @Test
    void aHealthyProfileGetsOnlyTheTimelinesOwnSteps() {
        Assessment a = ASSESSOR.assess(Profiles.healthy().build());

        assertThat(a.actionPlan().steps()).extracting(ActionStep::stage)
                .containsExactly(TimelineStage.WEEK_1, TimelineStage.MONTH_6);
        assertThat(a.actionPlan().steps()).allSatisfy(s -> assertThat(s.findings()).isEmpty());
    }

    @Test
    void aFractionalCtoOwnsTheirStepsUnderThatTitleAndWithoutACtoTheCeoDoes() {
        OrganisationProfile fractional = Northwind.profile().toBuilder().people(Northwind.profile().people().stream()
                .map(p -> p.id().equals("maya") ? p.withEngagement(Engagement.FRACTIONAL) : p).toList()).build();
        assertThat(ASSESSOR.assess(fractional).actionPlan().stage(TimelineStage.WEEK_1).get(0).owner())
                .isEqualTo(new Owner("fractional CTO", "maya", "Maya Chen"));

        OrganisationProfile noCto = Profiles.healthy().people(List.of(Person.of("ceo", "Cleo", org.ctorole.model
                .profile.Role.CEO))).cto(null).knowledge(null).build();
        Assessment a = ASSESSOR.assess(noCto);
        ActionStep first = a.actionPlan().stage(TimelineStage.WEEK_1).get(0);
        assertThat(first.findings()).containsExactly("no-technology-leader:acme");
        assertThat(first.owner()).isEqualTo(new Owner("CEO", "ceo", "Cleo"));
    }
}
