package org.ctorole.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every profile the assessment benchmark measures passes its own set-up check (rule pack and
 * baseline agree), so that bench.sh never meets a benchmark that cannot start: the check runs here,
 * in the build, and not only in a JMH fork.
 */
class BenchmarkSetUpTest {

    @ParameterizedTest(name = "profile {0}")
    @ValueSource(strings = {"50", "1000", "10000", "northwind"})
    void theRulePackAndTheBaselineAgreeOnEveryBenchmarkedProfile(String profile) {
        AssessBenchmark benchmark = new AssessBenchmark();
        benchmark.profile = profile;
        benchmark.seed = 1;

        benchmark.setUp();

        assertThat(benchmark.rules().findings()).hasSameSizeAs(benchmark.baseline());
    }
}
