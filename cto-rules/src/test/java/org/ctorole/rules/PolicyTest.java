package org.ctorole.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ctorole.rules.Findings.keys;
import static org.ctorole.rules.Profiles.backup;
import static org.ctorole.rules.Profiles.healthy;
import static org.ctorole.rules.Profiles.healthyPerson;
import static org.ctorole.rules.Profiles.healthyWith;
import static org.ctorole.rules.Profiles.system;

import java.util.EnumSet;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.ctorole.model.profile.BackupSchedule;
import org.ctorole.model.profile.StrategyInitiative;
import org.ctorole.model.profile.StrategyStage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Thresholds live in the policy, overridable in code; rules can be turned off by id. */
class PolicyTest {

    private static CtoAssessor assessorWith(UnaryOperator<AssessmentPolicy.Builder> change) {
        return CtoAssessor.builder().policy(change.apply(AssessmentPolicy.defaults().toBuilder()).build()).build();
    }

    @Test
    void defaultsAreTheThresholdsOfTheRuleTable() {
        AssessmentPolicy p = AssessmentPolicy.defaults();

        assertThat(p.restoreTestMaxAgeDays()).isEqualTo(90);
        assertThat(p.staleBackupFactor()).isEqualTo(2);
        assertThat(p.keyPersonMinAreas()).isEqualTo(2);
        assertThat(p.minTruckFactor()).isEqualTo(2);
        assertThat(p.maxTechnologyMinutes()).isEqualTo(15);
        assertThat(p.lateJoinStages()).containsExactlyInAnyOrder(StrategyStage.FEASIBILITY,
                StrategyStage.IMPLEMENTATION, StrategyStage.NEVER);
        assertThat(p.maxHandsOnPercent()).isEqualTo(30.0);
        assertThat(p.minLearningPercent()).isEqualTo(5.0);
        assertThat(p.minBusinessPercent()).isEqualTo(25.0);
        assertThat(p.maxBusinessPercent()).isEqualTo(55.0);
        assertThat(p.neglectedConstituentPercent()).isEqualTo(0.0);
        assertThat(p.minOnTimeDeliveryRate()).isEqualTo(0.8);
        assertThat(p.indicatorMaxAgeDays()).isEqualTo(90);
        assertThat(p.indicatorTarget()).isEqualTo(3.0);
        assertThat(p.technologyReviewMaxAgeDays()).isEqualTo(365);
        assertThat(CtoAssessor.withDefaultRules().policy()).isEqualTo(p);
    }

    @Test
    void aStricterRestoreTestAgeMovesTheBoundary() {
        CtoAssessor strict = assessorWith(b -> b.restoreTestMaxAgeDays(30));

        Assessment at30 = strict.assess(healthy().system(system("wiki", true, false,
                backup(BackupSchedule.DAILY, 1, 30L, true))).build());
        Assessment at31 = strict.assess(healthy().system(system("wiki", true, false,
                backup(BackupSchedule.DAILY, 1, 31L, true))).build());

        assertThat(keys(at30)).isEmpty();
        assertThat(keys(at31)).containsExactlyInAnyOrder("untested-backup wiki HIGH");
        assertThat(at31.finding("untested-backup", "wiki").orElseThrow().evidenceValues())
                .containsEntry("daysSinceRestoreTest", 31L).containsEntry("restoreTestMaxAgeDays", 30L);
        // the same 31 days pass the default policy
        assertThat(Findings.DEFAULT_ASSESSOR.assess(healthy().system(system("wiki", true, false,
                backup(BackupSchedule.DAILY, 1, 31L, true))).build()).findings()).isEmpty();
    }

    @Test
    void aWiderLateJoinPolicyMovesStrategicExclusion() {
        CtoAssessor strict = assessorWith(b -> b.lateJoinStages(EnumSet.of(StrategyStage.REVIEW)));

        assertThat(keys(strict.assess(healthy().initiative(
                new StrategyInitiative("erp", "ERP", StrategyStage.REVIEW)).build())))
                .containsExactly("strategic-exclusion erp HIGH");
        assertThat(keys(strict.assess(healthy().initiative(
                new StrategyInitiative("erp", "ERP", StrategyStage.NEVER)).build())))
                .isEmpty();
    }

    private static Arguments change(String field, UnaryOperator<AssessmentPolicy.Builder> change) {
        return Arguments.of(field, change);
    }

    static Stream<Arguments> outOfRange() {
        return Stream.of(
                change("restoreTestMaxAgeDays", b -> b.restoreTestMaxAgeDays(-1)),
                change("staleBackupFactor", b -> b.staleBackupFactor(0)),
                change("keyPersonMinAreas", b -> b.keyPersonMinAreas(0)),
                change("minTruckFactor", b -> b.minTruckFactor(-1)),
                change("maxTechnologyMinutes", b -> b.maxTechnologyMinutes(-5)),
                change("lateJoinStages", b -> b.lateJoinStages(null)),
                change("maxHandsOnPercent", b -> b.maxHandsOnPercent(100.5)),
                change("minLearningPercent", b -> b.minLearningPercent(-1)),
                change("minBusinessPercent", b -> b.minBusinessPercent(60)),
                change("maxBusinessPercent", b -> b.maxBusinessPercent(101)),
                change("neglectedConstituentPercent", b -> b.neglectedConstituentPercent(Double.NaN)),
                change("minOnTimeDeliveryRate", b -> b.minOnTimeDeliveryRate(1.5)),
                change("indicatorMaxAgeDays", b -> b.indicatorMaxAgeDays(-1)),
                change("indicatorTarget", b -> b.indicatorTarget(5.5)),
                change("technologyReviewMaxAgeDays", b -> b.technologyReviewMaxAgeDays(-1)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("outOfRange")
    void outOfRangeValuesAreRejectedNamingTheField(String field, UnaryOperator<AssessmentPolicy.Builder> change) {
        AssessmentPolicy.Builder builder = change.apply(AssessmentPolicy.defaults().toBuilder());

        assertThatThrownBy(builder::build).isInstanceOf(IllegalArgumentException.class).hasMessageContaining(field);
    }

    @Test
    void boundaryValuesOfThePolicyAreAccepted() {
        AssessmentPolicy p = AssessmentPolicy.defaults().toBuilder().restoreTestMaxAgeDays(0).minTruckFactor(0)
                .maxHandsOnPercent(100).minLearningPercent(0).minBusinessPercent(0).maxBusinessPercent(100)
                .minOnTimeDeliveryRate(1).indicatorTarget(1).lateJoinStages(EnumSet.noneOf(StrategyStage.class)).build();

        assertThat(p.lateJoinStages()).isEmpty();
        assertThat(p.minOnTimeDeliveryRate()).isEqualTo(1.0);
    }

    @Test
    void disablingARuleRemovesItsFindingsAndListsItAsNotAssessed() {
        CtoAssessor assessor = CtoAssessor.builder().disable("distant-from-ceo").build();

        Assessment a = assessor.assess(healthyWith(healthyPerson("cto").withReportsTo("coo").withDeputy(null)).build());

        assertThat(keys(a)).containsExactlyInAnyOrder("no-deputy cto HIGH");
        assertThat(a.notAssessed()).containsExactly(new NotAssessed("distant-from-ceo", "disabled"));
    }

    @Test
    void aDisabledRuleIsListedAsDisabledEvenWhenItsSectionIsOmitted() {
        CtoAssessor assessor = CtoAssessor.builder().disable("supplier-risk").build();

        Assessment a = assessor.assess(healthy().suppliers(null).build());

        assertThat(a.notAssessed()).containsExactly(new NotAssessed("supplier-risk", "disabled"));
    }

    @Test
    void disablingAnUnknownRuleThrows() {
        CtoAssessor.Builder builder = CtoAssessor.builder().disable("no-such-rule");

        assertThatThrownBy(builder::build).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no-such-rule");
    }

    @Test
    void disablingSeveralRulesListsEachOfThem() {
        CtoAssessor assessor = CtoAssessor.builder().disable("stale-indicator", "low-indicator").build();

        Assessment a = assessor.assess(healthy().indicators(List.of()).build());

        assertThat(a.findings()).isEmpty();
        assertThat(a.notAssessed()).containsExactly(new NotAssessed("low-indicator", "disabled"),
                new NotAssessed("stale-indicator", "disabled"));
    }
}
