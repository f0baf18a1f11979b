package org.ctorole.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ctorole.rules.Findings.keys;
import static org.ctorole.rules.Profiles.healthy;
import static org.ctorole.rules.Profiles.healthyCto;
import static org.ctorole.rules.Profiles.time;

import java.util.List;
import java.util.Map;
import org.ctorole.model.profile.OrganisationProfile;
import org.ctorole.model.profile.Stage;
import org.junit.jupiter.api.Test;

/** Each stage is judged by its own preset; a user's values override it; findings say whose thresholds applied. */
class StagePolicyTest {

    private static OrganisationProfile.Builder at(Stage stage, OrganisationProfile.Builder profile) {
        return Profiles.atStage(stage, profile);
    }

    /** The healthy profile with a CTO spending {@code handsOn} % on delivery, taken from engineering and product. */
    private static OrganisationProfile.Builder handsOn(double handsOn) {
        return healthy().cto(healthyCto().withTimeAllocation(time(10, 45 - handsOn, 15, 10, 10, handsOn, 10)));
    }

    @Test
    void theScaleUpPresetIsTheDefaultsAndAProfileWithoutAStageGetsThem() {
        assertThat(AssessmentPolicy.preset(Stage.SCALEUP)).isEqualTo(AssessmentPolicy.defaults());
        assertThat(AssessmentPolicy.preset(null)).isEqualTo(AssessmentPolicy.defaults());
        assertThat(StagePolicy.presets().forStage(null)).isEqualTo(AssessmentPolicy.defaults());
        assertThat(CtoAssessor.withDefaultRules().stagePolicy()).isSameAs(StagePolicy.presets());
    }

    @Test
    void thePresetsDifferWhereTheRoleDiffers() {
        StagePolicy p = StagePolicy.presets();

        assertThat(p.stageDependent()).containsExactly(Threshold.MAX_HANDS_ON_PERCENT,
                Threshold.MIN_LEARNING_PERCENT, Threshold.MIN_BUSINESS_PERCENT, Threshold.MAX_BUSINESS_PERCENT,
                Threshold.OTHER_LEADERS_NEED_DEPUTIES, Threshold.FULL_TIME_CTO_EXPECTED,
                Threshold.MAX_INTERNAL_IT_PERCENT, Threshold.CEO_MEETING_MAX_INTERVAL_DAYS,
                Threshold.BUSINESS_BRIEFING_MAX_INTERVAL_DAYS, Threshold.TRANSLATION_SESSION_MAX_INTERVAL_DAYS,
                Threshold.AWARENESS_TRAINING_MAX_INTERVAL_DAYS);
        assertThat(p.byStage()).extractingFromEntries(e -> e.getValue().maxHandsOnPercent())
                .containsExactly(50.0, 30.0, 20.0);
        assertThat(p.byStage()).extractingFromEntries(e -> e.getValue().minBusinessPercent() + "-"
                + e.getValue().maxBusinessPercent()).containsExactly("15.0-60.0", "25.0-55.0", "30.0-55.0");
        assertThat(p.byStage()).extractingFromEntries(e -> e.getValue().otherLeadersNeedDeputies())
                .containsExactly(false, true, true);
        assertThat(p.byStage()).extractingFromEntries(e -> e.getValue().fullTimeCtoExpected())
                .containsExactly(false, false, true);
        for (Threshold t : p.stageDependent()) {
            assertThat(StagePolicy.reason(t)).as(t.key()).isPresent();
        }
        assertThat(StagePolicy.reason(Threshold.RESTORE_TEST_MAX_AGE_DAYS)).isEmpty();
    }

    @Test
    void handsOnDeliveryIsJudgedByTheStagesPresetOnEitherSideOfItsThreshold() {
        assertThat(keys(Findings.assess(at(Stage.STARTUP, handsOn(35))))).isEmpty();
        assertThat(keys(Findings.assess(at(Stage.SCALEUP, handsOn(31))))).containsExactly("cto-in-the-weeds cto MEDIUM");
        assertThat(keys(Findings.assess(at(Stage.SCALEUP, handsOn(30))))).isEmpty();
        assertThat(keys(Findings.assess(at(Stage.ENTERPRISE, handsOn(20))))).isEmpty();
        Assessment enterprise = Findings.assess(at(Stage.ENTERPRISE, handsOn(21)));
        assertThat(keys(enterprise)).containsExactly("cto-in-the-weeds cto MEDIUM");
        assertThat(Findings.found(enterprise, "cto-in-the-weeds", "cto").evidenceValues())
                .containsEntry("maxHandsOnPercent", 20.0).containsEntry("policy", "the ENTERPRISE preset");
        // A start-up CTO may build more, but not everything.
        Assessment startup = Findings.assess(at(Stage.STARTUP, handsOn(40)).cto(healthyCto().withTimeAllocation(
                time(5, 1, 15, 10, 10, 51, 8))));
        assertThat(Findings.found(startup, "cto-in-the-weeds", "cto").message())
                .contains("spends 51 % of their time on hands-on delivery (at most 50 %)");
    }

    @Test
    void theFindingsOfAProfileWithoutAStageSaySo() {
        Assessment a = Findings.assess(at(null, handsOn(31)));

        assertThat(Findings.found(a, "cto-in-the-weeds", "cto").evidenceValues())
                .containsEntry("policy", "the defaults (no stage given; the SCALEUP preset)");
    }

    @Test
    void aUsersValuesOverrideThePresetAndTheFindingSaysWhichWereSet() {
        CtoAssessor mine = CtoAssessor.builder().stagePolicy(StagePolicy.presets()
                .overriding(Map.of("maxHandsOnPercent", 40))).build();

        assertThat(keys(mine.assess(at(Stage.ENTERPRISE, handsOn(40)).build()))).isEmpty();
        Assessment a = mine.assess(at(Stage.ENTERPRISE, handsOn(41)).build());
        assertThat(Findings.found(a, "cto-in-the-weeds", "cto").evidenceValues())
                .containsEntry("maxHandsOnPercent", 40.0)
                .containsEntry("policy", "the ENTERPRISE preset; maxHandsOnPercent set by the user");
        // The thresholds the user left alone still follow the stage.
        assertThat(mine.policyFor(Stage.STARTUP).minBusinessPercent()).isEqualTo(15.0);
        assertThat(mine.policyFor(Stage.ENTERPRISE).minBusinessPercent()).isEqualTo(30.0);
    }

    @Test
    void oneStageCanBeOverriddenAlone() {
        StagePolicy p = StagePolicy.presets().overriding(Stage.STARTUP, Map.of("maxHandsOnPercent", 70));

        assertThat(p.forStage(Stage.STARTUP).maxHandsOnPercent()).isEqualTo(70.0);
        assertThat(p.forStage(Stage.SCALEUP).maxHandsOnPercent()).isEqualTo(30.0);
        assertThat(p.forStage(null).maxHandsOnPercent()).isEqualTo(30.0);
        assertThat(p.with(Stage.SCALEUP, AssessmentPolicy.preset(Stage.STARTUP)).forStage(Stage.SCALEUP))
                .isEqualTo(AssessmentPolicy.preset(Stage.STARTUP));
    }

    @Test
    void aPolicyGivenInCodeAppliesToEveryStage() {
        AssessmentPolicy strict = AssessmentPolicy.defaults().toBuilder().maxHandsOnPercent(10).build();
        CtoAssessor assessor = CtoAssessor.builder().policy(strict).build();

        for (Stage stage : Stage.values()) {
            assertThat(assessor.policyFor(stage)).isEqualTo(strict);
        }
        Assessment a = assessor.assess(at(Stage.STARTUP, handsOn(11)).build());
        assertThat(Findings.found(a, "cto-in-the-weeds", "cto").evidenceValues())
                .containsEntry("policy", "the policy given (for every stage)");
    }

    @Test
    void wrongOverridesAreRefusedNamingTheKeyAndTheStage() {
        assertThatThrownBy(() -> StagePolicy.presets().overriding(Map.of("maxHandsOn", 40)))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("maxHandsOn: no such threshold");
        assertThatThrownBy(() -> StagePolicy.presets().overriding(Map.of("maxHandsOnPercent", "40")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("maxHandsOnPercent: expected a number, got 40");
        assertThatThrownBy(() -> StagePolicy.presets().overriding(Map.of("minBusinessPercent", 58)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("minBusinessPercent: 58 is above maxBusinessPercent 55 (for SCALEUP)");
        assertThatThrownBy(() -> StagePolicy.presets().overriding(Map.of("indicatorMaxAgeDays", 2.5)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("indicatorMaxAgeDays: expected a whole number, got 2.5");
        assertThat(StagePolicy.presets().overriding(Map.of("lateJoinStages", List.of())).forStage(Stage.STARTUP)
                .lateJoinStages()).isEmpty();
    }
}
