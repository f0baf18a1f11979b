package org.ctorole.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.ctorole.model.profile.StrategyStage;
import org.junit.jupiter.api.Test;

class ThresholdTest {

    /**
     * Each threshold reads its own field of a policy: set through its key alone, it changes, and
     * no other threshold does.
     */
    @Test
    void eachThresholdReadsItsOwnFieldOfThePolicy() {
        AssessmentPolicy defaults = AssessmentPolicy.defaults();
        for (Threshold t : Threshold.values()) {
            Object changed = changedValue(t, defaults);
            AssessmentPolicy policy = StagePolicy.uniform(defaults).overriding(Map.of(t.key(), changed)).forStage(null);

            assertThat(t.valueIn(policy)).as(t.key()).isEqualTo(changed).isNotEqualTo(t.valueIn(defaults));
            for (Threshold other : Threshold.values()) {
                if (other != t) {
                    assertThat(other.valueIn(policy)).as(other.key() + " after setting " + t.key())
                            .isEqualTo(other.valueIn(defaults));
                }
            }
        }
    }

    @Test
    void keysFindTheirThresholds() {
        for (Threshold t : Threshold.values()) {
            assertThat(Threshold.byKey(t.key())).contains(t);
        }
        assertThat(Threshold.byKey("maxHandsOn")).isEmpty();
    }

    /** A value of the threshold's type, within its range and the policy's other limits, not the default. */
    private static Object changedValue(Threshold t, AssessmentPolicy defaults) {
        Object value = t.valueIn(defaults);
        if (value instanceof Boolean b) {
            return !b;
        }
        if (value instanceof Set<?> stages) {
            return stages.contains(StrategyStage.NEVER) ? EnumSet.noneOf(StrategyStage.class)
                    : EnumSet.of(StrategyStage.NEVER);
        }
        double current = ((Number) value).doubleValue();
        double step = t.isWholeNumber() ? 1 : t.unit() == EvidenceKind.RATE ? 0.05 : 0.5;
        // Lower bounds move down and upper bounds up, so that no pair of them (least and most
        // business time) is made to contradict itself.
        double changed = t.key().startsWith("min") ? current - step : current + step;
        if (changed < t.min() || changed > t.max()) {
            changed = t.key().startsWith("min") ? current + step : current - step;
        }
        return t.isWholeNumber() ? (Object) (int) changed : (Object) changed;
    }
}
