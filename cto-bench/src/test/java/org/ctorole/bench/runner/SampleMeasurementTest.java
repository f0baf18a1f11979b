package org.ctorole.bench.runner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SampleMeasurementTest {

    /** A sampler handing out the given values in turn (the first, untimed run gets -1), logging its runs. */
    private static SampleMeasurement.Sampler sampler(String name, List<String> log, double... values) {
        int[] next = {-1};
        return () -> {
            log.add(name);
            int i = next[0]++;
            return Map.of("wall", i < 0 ? -1.0 : values[i]);
        };
    }

    @Test
    void samplersTakeTurnsAndStopOnceTheirMedianIsStable() throws Exception {
        List<String> log = new ArrayList<>();
        Map<String, SampleMeasurement.Sampler> samplers = new LinkedHashMap<>();
        samplers.put("steady", sampler("steady", log, 1.0, 1.01, 0.99, 1.0, 1.02, 0.98, 1.0, 9, 9, 9));
        // a slow first run of eight: the 95 % interval of 7 runs is their whole range; 9 runs drop it
        samplers.put("noisy", sampler("noisy", log, 2.0, 3.0, 2.0, 2.02, 1.98, 2.0, 2.0, 2.01, 1.99, 9));

        Map<String, Map<String, double[]>> samples = SampleMeasurement.run(samplers, MedianRule.STANDARD, 7, 10, () -> true);

        assertThat(samples.get("steady").get("wall")).containsExactly(1.0, 1.01, 0.99, 1.0, 1.02, 0.98, 1.0);
        assertThat(samples.get("noisy").get("wall")).containsExactly(2.0, 3.0, 2.0, 2.02, 1.98, 2.0, 2.0, 2.01, 1.99);
        // one untimed run each, then rounds in turn; after 7 only the unstable one runs again
        assertThat(log.subList(0, 4)).containsExactly("steady", "noisy", "steady", "noisy");
        assertThat(log.subList(16, log.size())).containsExactly("noisy", "noisy");
    }

    /** Runs a sampler whose values alternate 1 and 2, never stable, at least 7 times. */
    private static double[] wild(List<String> log, int maxRuns, boolean timeLeft) throws Exception {
        SampleMeasurement.Sampler wild = sampler("wild", log, 1, 2, 1, 2, 1, 2, 1, 2, 1, 2);
        return SampleMeasurement.run(Map.of("wild", wild), MedianRule.STANDARD, 7, maxRuns, () -> timeLeft)
                .get("wild").get("wall");
    }

    @Test
    void stopsAtTheCapAndTheFigureSaysItIsNotStable() throws Exception {
        List<String> log = new ArrayList<>();
        Result r = SampleMeasurement.result(Figure.process("cli", "the CLI", "./cto"), wild(log, 8, true), "s",
                MedianRule.STANDARD, 1.5);

        assertThat(log).hasSize(9);
        assertThat(r.converged()).isFalse();
        assertThat(r.value()).isEqualTo(1.5);
        assertThat(r.detail()).isEqualTo("8 runs: 1.000 2.000 1.000 2.000 1.000 2.000 1.000 2.000");
        assertThat(r.convergence()).endsWith("(> ±5 %)");
    }

    @Test
    void withoutTimeLeftNoRunBeyondTheMinimumStarts() throws Exception {
        List<String> log = new ArrayList<>();

        assertThat(wild(log, 10, false)).hasSize(7);
        assertThat(log).hasSize(8);
    }

    @Test
    void aRunMissingAKeyIsAnError() {
        int[] calls = {0};
        SampleMeasurement.Sampler forgetful = () -> calls[0]++ < 2 ? Map.of("a", 1.0, "b", 1.0) : Map.of("a", 1.0);

        assertThatThrownBy(() -> SampleMeasurement.run(Map.of("probe", forgetful), MedianRule.STANDARD, 7, 7,
                () -> true))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("probe: a run gave [a]");
    }
}
