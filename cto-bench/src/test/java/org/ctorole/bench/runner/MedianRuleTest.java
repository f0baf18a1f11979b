package org.ctorole.bench.runner;

import static org.assertj.core.api.Assertions.assertThat;

import org.ctorole.bench.runner.MedianRule.Stability;
import org.junit.jupiter.api.Test;

class MedianRuleTest {
    private static final MedianRule RULE = MedianRule.STANDARD;

    @Test
    void theIntervalOfTheMedianUsesTheBinomialOrderStatistics() {
        // 95 %: 5 runs cannot give it (whole range covers 93.75 %), 6 to 8 give the whole range,
        // 9 to 11 drop one run at each end, 12 to 14 two, 15 three
        assertThat(RULE.minRuns()).isEqualTo(6);
        assertThat(RULE.rank(5)).isZero();
        assertThat(RULE.rank(6)).isEqualTo(1);
        assertThat(RULE.rank(8)).isEqualTo(1);
        assertThat(RULE.rank(9)).isEqualTo(2);
        assertThat(RULE.rank(11)).isEqualTo(2); // x(3)..x(9) would cover only 93.5 %
        assertThat(RULE.rank(12)).isEqualTo(3);
        assertThat(RULE.rank(14)).isEqualTo(3);
        assertThat(RULE.rank(15)).isEqualTo(4);
    }

    @Test
    void closeRunsAreStable() {
        Stability s = RULE.judge(new double[] {0.61, 0.58, 0.60, 0.59, 0.62, 0.60, 0.60});

        assertThat(s.stable()).isTrue();
        assertThat(s.median()).isEqualTo(0.60);
        assertThat(s.low()).isEqualTo(0.58);
        assertThat(s.high()).isEqualTo(0.62);
        assertThat(s.reason()).isEqualTo("95 % interval of the median 0.580..0.620, ±3.3 %");
    }

    @Test
    void oneSlowRunOfSevenUnsettlesTheMedianButNotOfNine() {
        double[] seven = {0.60, 0.60, 0.61, 0.59, 0.60, 0.60, 0.90};
        double[] nine = {0.60, 0.60, 0.61, 0.59, 0.60, 0.60, 0.90, 0.60, 0.61};

        assertThat(RULE.judge(seven).stable()).isFalse();
        assertThat(RULE.judge(seven).reason()).endsWith("(> ±5 %)");
        assertThat(RULE.judge(nine).stable()).isTrue();
        assertThat(RULE.judge(nine).high()).isEqualTo(0.61);
    }

    @Test
    void tooFewRunsAreNotStable() {
        Stability s = RULE.judge(new double[] {1, 1, 1, 1, 1});

        assertThat(s.stable()).isFalse();
        assertThat(s.reason()).isEqualTo("5 runs, 6 needed for a 95 % interval");
        assertThat(RULE.judge(new double[0]).reason()).isEqualTo("no runs");
    }

    @Test
    void theMedianOfAnEvenCountIsTheMeanOfTheMiddleTwo() {
        assertThat(RULE.judge(new double[] {1, 2, 3, 4, 5, 6}).median()).isEqualTo(3.5);
    }
}
