package org.ctorole.rules;

import java.util.List;
import static org.assertj.core.api.Assertions.assertThat;
import static org.ctorole.rules.Findings.assess;
import static org.ctorole.rules.Findings.keys;
import static org.ctorole.rules.Findings.reported;
import static org.ctorole.rules.Profiles.healthy;
import static org.ctorole.rules.Profiles.withOrganisation;

import java.util.Map;
import org.ctorole.model.profile.Cadence;
import org.ctorole.model.profile.StrategyInitiative;
import org.ctorole.model.profile.StrategyStage;
import org.ctorole.model.profile.TechnologyFunding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Mirrors strategy.drl: strategic-exclusion, output-funded-technology, unmapped-decision-rights. */
class StrategyRulesTest {

    @ParameterizedTest
    @EnumSource(value = StrategyStage.class, names = {"FEASIBILITY", "IMPLEMENTATION", "NEVER"})
    void strategicExclusion(StrategyStage joinedAt) {
        Assessment a = assess(healthy().initiative(new StrategyInitiative("erp", "ERP rollout", joinedAt)));

        assertThat(keys(a)).containsExactlyInAnyOrder("strategic-exclusion erp HIGH");
        Finding f = reported(a, "strategic-exclusion", "erp");
        assertThat(f.evidenceValues()).containsEntry("ctoJoinedAt", joinedAt.name());
        assertThat(f.message()).contains(joinedAt == StrategyStage.NEVER ? "never" : joinedAt.name().toLowerCase());
    }

    @ParameterizedTest
    @EnumSource(value = StrategyStage.class, names = {"FORMULATION", "REVIEW"})
    void strategicExclusionDoesNotFireWhenTheCtoJoinedEarly(StrategyStage joinedAt) {
        Assessment a = assess(healthy().initiative(new StrategyInitiative("erp", "ERP rollout", joinedAt)));

        assertThat(keys(a)).isEmpty();
    }

    // ---- output-funded-technology

    @Test
    void aBudgetFixedOnceAYear() {
        Assessment a = assess(withOrganisation(healthy(), o -> o.withTechnologyFunding(TechnologyFunding.ANNUAL_BUDGET)));

        assertThat(keys(a)).containsExactly("output-funded-technology acme MEDIUM");
        Finding f = reported(a, "output-funded-technology", "acme");
        assertThat(f.message()).isEqualTo("Acme funds technology work from a budget fixed once a year, not by the value"
                + " it shows at each iteration");
        assertThat(f.recommendation()).startsWith("Keep the yearly envelope but release it in steps");
    }

    @Test
    void fundingProjectByProjectGetsItsOwnAdvice() {
        Finding f = reported(assess(withOrganisation(healthy(), o -> o.withTechnologyFunding(
                TechnologyFunding.PER_PROJECT))), "output-funded-technology", "acme");

        assertThat(f.conditions()).containsExactly("output-funded-technology (per project)");
        assertThat(f.recommendation()).startsWith("Fund outcomes, not projects");
    }

    @Test
    void valueFundedIterationsAreNoFinding() {
        assertThat(keys(assess(withOrganisation(healthy(), o -> o.withTechnologyFunding(
                TechnologyFunding.VALUE_PER_ITERATION))))).isEmpty();
    }

    // ---- unmapped-decision-rights

    @Test
    void decisionRightsNeverMappedGoToTheFirstWeekOfThePlan() {
        Assessment a = assess(withOrganisation(healthy(), o -> o.withDecisionRightsReview(Cadence.NEVER)));

        assertThat(keys(a)).containsExactly("unmapped-decision-rights acme MEDIUM");
        Finding f = reported(a, "unmapped-decision-rights", "acme");
        assertThat(f.track()).isEqualTo(Track.INTEGRATION_MAPPING);
        assertThat(f.recommendation()).startsWith("Map it this week, as the first step of bringing technology into"
                + " strategy");
        List<ActionStep> weekOne = a.actionPlan().stage(org.ctorole.model.catalogue.TimelineStage.WEEK_1);
        assertThat(weekOne).hasSize(2);
        assertThat(weekOne.get(0).action()).startsWith("Map where technology leadership takes part in making strategy");
        assertThat(weekOne.get(1).findings()).containsExactly("unmapped-decision-rights:acme");
        assertThat(weekOne.get(1).action()).isEqualTo(f.recommendation());
    }

    @Test
    void aMapReviewedYearlyIsCurrentAndOneReviewedNowAndThenIsNot() {
        assertThat(keys(assess(withOrganisation(healthy(), o -> o.withDecisionRightsReview(Cadence.YEARLY)))))
                .isEmpty();
        assertThat(reported(assess(withOrganisation(healthy(), o -> o.withDecisionRightsReview(Cadence.AD_HOC))),
                "unmapped-decision-rights", "acme").conditions()).containsExactly("unmapped-decision-rights (irregular)");
    }

    @Test
    void aStricterPolicyMakesAYearlyMapTooRare() {
        CtoAssessor strict = CtoAssessor.builder().stagePolicy(StagePolicy.presets()
                .overriding(Map.of("decisionRightsReviewMaxIntervalDays", 182))).build();

        assertThat(keys(strict.assess(withOrganisation(healthy(), o -> o.withDecisionRightsReview(
                Cadence.HALF_YEARLY)).build()))).isEmpty();
        Assessment a = strict.assess(withOrganisation(healthy(), o -> o.withDecisionRightsReview(Cadence.YEARLY))
                .build());
        assertThat(keys(a)).containsExactly("unmapped-decision-rights acme MEDIUM");
        assertThat(a.finding("unmapped-decision-rights", "acme").orElseThrow().evidenceValues())
                .containsEntry("policy", "the SCALEUP preset; decisionRightsReviewMaxIntervalDays set by the user");
    }
}
