package org.ctorole.bench.runner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.ctorole.bench.runner.ConvergenceRule.FigureVerdict;
import org.ctorole.bench.runner.ConvergenceRule.ForkVerdict;
import org.junit.jupiter.api.Test;

class ConvergenceRuleTest {
    private static final ConvergenceRule RULE = ConvergenceRule.STANDARD;

    @Test
    void aFlatTailAfterWarmUpHasConvergedAndSaysWhereSteadyStateBegan() {
        ForkVerdict v = RULE.fork(new double[] {4.4, 1.6, 0.61, 0.60, 0.60, 0.61, 0.60});

        assertThat(v.converged()).isTrue();
        assertThat(v.tailMean()).isCloseTo(0.604, within(1e-9));
        assertThat(v.steadyFrom()).isEqualTo(2);
        assertThat(v.iterations()).isEqualTo(7);
        assertThat(v.reason()).startsWith("last 5 within ±1.0 %");
    }

    @Test
    void theRecordedWarmUpOfTheIssueHasNotConverged() {
        // batch throughput as it was still rising at the last iteration
        ForkVerdict batch = RULE.fork(new double[] {291, 1115, 1500, 1900, 2400, 2700, 2999});
        // northwind ms/op still falling
        ForkVerdict northwind = RULE.fork(new double[] {4.4, 1.6, 1.1, 0.8, 0.65, 0.58, 0.54});

        assertThat(batch.converged()).isFalse();
        assertThat(batch.steadyFrom()).isEqualTo(-1);
        assertThat(batch.reason()).contains("spread");
        assertThat(northwind.converged()).isFalse();
    }

    @Test
    void aSteadyClimbInsideTheBandIsStillWarmUp() {
        // each 2.5 % above the last: within ±5 % of the mean, but 10 % up across the window
        double[] climb = {100, 102.5, 105, 107.5, 110};
        ForkVerdict v = RULE.fork(climb);

        assertThat(v.band()).isLessThanOrEqualTo(0.05);
        assertThat(v.drift()).isCloseTo(0.0952, within(1e-3));
        assertThat(v.converged()).isFalse();
        assertThat(v.reason()).contains("trending +9.5 %");
    }

    @Test
    void noiseWithoutTrendConvergesAndOneOutlierBeyondTheBandDoesNot() {
        assertThat(RULE.fork(new double[] {10.3, 9.7, 10.2, 9.8, 10.0}).converged()).isTrue();
        assertThat(RULE.fork(new double[] {10.0, 10.0, 10.0, 10.0, 12.0}).converged()).isFalse();
    }

    @Test
    void exactlyAtTheToleranceStillConverges() {
        // mean 100, extremes exactly ±5 %, no trend
        ForkVerdict v = RULE.fork(new double[] {95, 105, 100, 105, 95});

        assertThat(v.band()).isCloseTo(0.05, within(1e-12));
        assertThat(v.converged()).isTrue();
    }

    @Test
    void tooFewIterationsAreNotJudged() {
        ForkVerdict v = RULE.fork(new double[] {1, 1, 1});

        assertThat(v.converged()).isFalse();
        assertThat(v.reason()).isEqualTo("only 3 iterations, 5 needed");
    }

    @Test
    void aFigureNeedsTwoSettledForksThatAgree() {
        ForkVerdict a = RULE.fork(new double[] {5, 1.00, 1.01, 0.99, 1.00, 1.00});
        ForkVerdict b = RULE.fork(new double[] {5, 1.05, 1.06, 1.04, 1.05, 1.05});
        ForkVerdict far = RULE.fork(new double[] {5, 1.30, 1.31, 1.29, 1.30, 1.30});
        ForkVerdict moving = RULE.fork(new double[] {5, 4, 3, 2, 1, 0.5});

        FigureVerdict agreed = RULE.figure(List.of(a, b));
        assertThat(agreed.converged()).isTrue();
        assertThat(agreed.value()).isCloseTo(1.025, within(1e-9));
        assertThat(agreed.reason()).isEqualTo("2 forks within ±2.4 %");

        assertThat(RULE.figure(List.of(a)).reason()).isEqualTo("1 fork, 2 needed");
        assertThat(RULE.figure(List.of(a, far)).converged()).isFalse();
        assertThat(RULE.figure(List.of(a, far)).reason()).startsWith("forks disagree: ±13.0 %");
        assertThat(RULE.figure(List.of(a, moving)).reason()).isEqualTo("1 of 2 forks not settled");
    }

    @Test
    void rejectsRulesThatCannotJudge() {
        assertThatThrownBy(() -> new ConvergenceRule(1, 0.05, 0.1, 2)).hasMessageContaining("window");
        assertThatThrownBy(() -> new ConvergenceRule(5, 0, 0.1, 2)).hasMessageContaining("tolerances");
        assertThatThrownBy(() -> new ConvergenceRule(5, 0.05, 0.1, 0)).hasMessageContaining("minForks");
    }
}
