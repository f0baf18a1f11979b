package org.ctorole.bench.runner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import org.ctorole.bench.runner.SteadyMeasurement.ForkSeries;
import org.junit.jupiter.api.Test;

class SteadyMeasurementTest {
    private static final Figure.Steady FIGURE =
            Figure.steady("northwind-rules", "northwind", "AssessBenchmark.rules", "profile=northwind")
                    .iterations(10, 40);

    /**
     * A fork that warms up for {@code warm} iterations (falling from 10 ms/op above the plateau) and
     * then stays at the plateau, each iteration {@code noise} % above or below it in turn.
     */
    private static ForkSeries fork(int iterations, int warm, double plateau, int noise) {
        double[] scores = new double[iterations];
        long[] ops = new long[iterations];
        for (int i = 0; i < iterations; i++) {
            scores[i] = (i < warm ? 10.0 / (i + 1) + plateau : plateau) * (1 + (i % 2 == 0 ? noise : -noise) / 100.0);
            ops[i] = Math.round(1000 / scores[i]);
        }
        return new ForkSeries(scores, ops, 1.0, "ms/op");
    }

    /** Canned forks, handed out in order, recording what was asked for. */
    private static final class Canned implements SteadyMeasurement.Forks {
        final Deque<int[]> plateaus; // {warm-up iterations, plateau x 100, noise %} per fork to hand out
        final List<String> asked = new ArrayList<>();

        Canned(int[]... forks) {
            plateaus = new ArrayDeque<>(Arrays.asList(forks));
        }

        @Override
        public List<ForkSeries> run(Figure.Steady figure, int forks, int iterations, int round) {
            asked.add("round " + round + ": " + forks + " x " + iterations);
            List<ForkSeries> result = new ArrayList<>();
            for (int i = 0; i < forks; i++) {
                int[] p = plateaus.removeFirst();
                result.add(fork(iterations, p[0], p[1] / 100.0, p.length > 2 ? p[2] : 0));
            }
            return result;
        }
    }

    @Test
    void forksThatSettleInTheFirstRoundGiveTheFigure() throws Exception {
        Canned forks = new Canned(new int[] {3, 100}, new int[] {4, 102});

        Result r = SteadyMeasurement.measure(FIGURE, ConvergenceRule.STANDARD, forks, seconds -> true, 0.5);

        assertThat(forks.asked).containsExactly("round 1: 2 x 10");
        assertThat(r.converged()).isTrue();
        assertThat(r.value()).isCloseTo(1.01, within(1e-9));
        assertThat(r.unit()).isEqualTo("ms/op");
        assertThat(r.load()).isEqualTo(0.5);
        // warm-up iterations are counted, with the operations they did, up to where steady state began
        assertThat(r.detail()).isEqualTo("fork 1: 10 it., steady from 3 s (after 489 ops); "
                + "fork 2: 10 it., steady from 4 s (after 771 ops)");
    }

    @Test
    void aForkStillWarmingUpIsReplacedByOneWithTwiceTheIterations() throws Exception {
        // the second fork warms up for 12 iterations: not settled in 10, settled in 20
        Canned forks = new Canned(new int[] {3, 100}, new int[] {12, 100}, new int[] {12, 101});

        Result r = SteadyMeasurement.measure(FIGURE, ConvergenceRule.STANDARD, forks, seconds -> true, 0.5);

        assertThat(forks.asked).containsExactly("round 1: 2 x 10", "round 2: 1 x 20");
        assertThat(r.converged()).isTrue();
        assertThat(r.value()).isCloseTo(1.005, within(1e-9));
        assertThat(r.detail()).contains("fork 2: 20 it., steady from 12 s");
    }

    @Test
    void afterTheCapAForkNotSettledLeavesTheFigureNotConverged() throws Exception {
        // swings ±8 % from one iteration to the next: never settles, however long it runs
        Canned forks = new Canned(new int[] {3, 100}, new int[] {3, 100, 8}, new int[] {3, 100, 8},
                new int[] {3, 100, 8});

        Result r = SteadyMeasurement.measure(FIGURE, ConvergenceRule.STANDARD, forks, seconds -> true, 0.5);

        assertThat(forks.asked).containsExactly("round 1: 2 x 10", "round 2: 1 x 20", "round 3: 1 x 40");
        assertThat(r.converged()).isFalse();
        assertThat(r.convergence()).isEqualTo("1 of 2 forks not settled");
        assertThat(r.detail()).contains("fork 2: 40 it., last 5 spread ±").endsWith("(> ±5 %)");
    }

    @Test
    void singleShotIterationsSayWhichIterationSteadyStateBeganWith() {
        ForkSeries shots = new ForkSeries(new double[] {900, 400, 120, 100, 101, 99, 100, 100},
                new long[] {1, 1, 1, 1, 1, 1, 1, 1}, Double.NaN, "ms/op");

        assertThat(SteadyMeasurement.describe(shots, ConvergenceRule.STANDARD.fork(shots.scores())))
                .isEqualTo("8 it., steady from iteration 4");
    }

    @Test
    void withoutTimeLeftInTheBudgetNoForkIsRerun() throws Exception {
        Canned forks = new Canned(new int[] {3, 100}, new int[] {12, 100});
        List<Integer> asked = new ArrayList<>();

        Result r = SteadyMeasurement.measure(FIGURE, ConvergenceRule.STANDARD, forks, seconds -> asked.add(seconds)
                && false, 0.5);

        assertThat(asked).containsExactly(20);
        assertThat(forks.asked).containsExactly("round 1: 2 x 10");
        assertThat(r.converged()).isFalse();
        assertThat(r.convergence()).isEqualTo("1 of 2 forks not settled; no time left in the run's budget to rerun");
    }

    @Test
    void forksSettledOnDifferentPlateausAreNotAveragedIntoAFigure() throws Exception {
        Canned forks = new Canned(new int[] {3, 100}, new int[] {3, 130});

        Result r = SteadyMeasurement.measure(FIGURE, ConvergenceRule.STANDARD, forks, seconds -> true, 0.5);

        assertThat(forks.asked).containsExactly("round 1: 2 x 10");
        assertThat(r.converged()).isFalse();
        assertThat(r.convergence()).startsWith("forks disagree");
    }
}
