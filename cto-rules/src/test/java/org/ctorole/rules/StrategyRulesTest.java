package org.ctorole.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ctorole.rules.Findings.assess;
import static org.ctorole.rules.Findings.keys;
import static org.ctorole.rules.Findings.reported;
import static org.ctorole.rules.Profiles.healthy;

import org.ctorole.model.profile.StrategyInitiative;
import org.ctorole.model.profile.StrategyStage;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Mirrors strategy.drl: strategic-exclusion. */
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
}
