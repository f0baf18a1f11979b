package org.ctorole.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import org.ctorole.model.profile.StrategyStage;
import org.ctorole.model.validation.Problem;
import org.ctorole.rules.AssessmentPolicy;
import org.junit.jupiter.api.Test;

class PolicyReaderTest {

    @Test
    void keysOverrideTheDefaultsAndTheRestKeepThem() {
        AssessmentPolicy p = PolicyReader.read("""
                restoreTestMaxAgeDays: 30
                lateJoinStages: [REVIEW, FEASIBILITY, IMPLEMENTATION, NEVER]
                minOnTimeDeliveryRate: 0.9
                """, "strict.yaml");

        assertThat(p.restoreTestMaxAgeDays()).isEqualTo(30);
        assertThat(p.lateJoinStages()).isEqualTo(EnumSet.of(StrategyStage.REVIEW, StrategyStage.FEASIBILITY,
                StrategyStage.IMPLEMENTATION, StrategyStage.NEVER));
        assertThat(p.minOnTimeDeliveryRate()).isEqualTo(0.9);
        assertThat(p.minTruckFactor()).isEqualTo(AssessmentPolicy.defaults().minTruckFactor());
    }

    @Test
    void anEmptyFileIsTheDefaultPolicy() {
        assertThat(PolicyReader.read("", "empty.yaml")).isEqualTo(AssessmentPolicy.defaults());
    }

    @Test
    void unknownKeysAreRefusedWithTheirLine() {
        assertThatThrownBy(() -> PolicyReader.read("restoreTestMaxAgeDays: 30\nmaxHandsOn: 40\n", "p.yaml"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.problems()).hasSize(1);
                    Problem problem = e.problems().get(0);
                    assertThat(problem.path()).isEqualTo("maxHandsOn");
                    assertThat(problem.message()).startsWith("unknown key 'maxHandsOn' (known: restoreTestMaxAgeDays,");
                    assertThat(problem.location()).contains(new Problem.Location("p.yaml", 2, 1));
                });
    }

    @Test
    void outOfRangeValuesAreRefusedWithTheirKey() {
        assertThatThrownBy(() -> PolicyReader.read("\nmaxHandsOnPercent: 120\n", "p.yaml"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems()).containsExactly(
                        Problem.at("maxHandsOnPercent", "120 is out of range 0..100")
                                .withLocation(new Problem.Location("p.yaml", 2, 1))));
        assertThatThrownBy(() -> PolicyReader.read("minBusinessPercent: 60\n", "p.yaml"))
                .hasMessageContaining("minBusinessPercent").hasMessageContaining("above maxBusinessPercent");
    }

    @Test
    void wrongTypesAndBadEnumValuesAreRefused() {
        assertThatThrownBy(() -> PolicyReader.read("minTruckFactor: \"3\"\n", "p.yaml"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("minTruckFactor");
        assertThatThrownBy(() -> PolicyReader.read("lateJoinStages: [LATER]\n", "p.yaml"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("lateJoinStages");
        assertThatThrownBy(() -> PolicyReader.read("- 1\n- 2\n", "p.yaml"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("mapping");
    }
}
