package org.ctorole.bench.runner;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.IntPredicate;
import org.ctorole.bench.runner.ConvergenceRule.FigureVerdict;
import org.ctorole.bench.runner.ConvergenceRule.ForkVerdict;

/**
 * Measures a {@link Figure.Steady} round by round: the first round runs the rule's minimum of
 * forks with the figure's iterations; a fork whose tail has not settled is replaced, in the next
 * round, by a fresh fork with twice the iterations (at most the figure's cap); settled forks are
 * kept. A fork cannot simply be continued (JMH fixes the iterations of a fork up front), so a
 * rerun repeats the warm-up: the price of not guessing it.
 *
 * <pre>{@code
 * Result r = SteadyMeasurement.measure(figure, ConvergenceRule.STANDARD, jmhForks, load);
 * }</pre>
 */
public final class SteadyMeasurement {
    private SteadyMeasurement() {
    }

    /** Runs forks of a figure; JMH in {@link BenchRunner}, canned series in tests. */
    @FunctionalInterface
    public interface Forks {
        /** Runs {@code forks} fresh forks of {@code iterations} iterations each ({@code round} numbers log files). */
        List<ForkSeries> run(Figure.Steady figure, int forks, int iterations, int round) throws Exception;
    }

    /**
     * The iterations of one fork.
     *
     * @param scores           each iteration's score, in measurement order
     * @param ops              operations each iteration completed
     * @param iterationSeconds the length of an iteration; NaN when iterations have none (single shots)
     * @param unit             the scores' unit, as JMH prints it
     */
    public record ForkSeries(double[] scores, long[] ops, double iterationSeconds, String unit) {
        public ForkSeries {
            if (scores.length != ops.length) {
                throw new IllegalArgumentException("scores and ops: " + scores.length + " and " + ops.length);
            }
        }
    }

    /**
     * Measures the figure; {@code mayRerun} is asked, with the seconds of iterations a rerun would
     * take, whether there is time left for it (a whole bench run has a budget).
     */
    public static Result measure(Figure.Steady figure, ConvergenceRule rule, Forks forks, IntPredicate mayRerun,
                                 double load) throws Exception {
        List<ForkSeries> settled = new ArrayList<>();
        List<ForkSeries> unsettled = new ArrayList<>();
        int iterations = figure.iterations();
        int wanted = rule.minForks();
        boolean outOfTime = false;
        for (int round = 1; ; round++) {
            List<ForkSeries> ran = forks.run(figure, wanted, iterations, round);
            if (ran.size() != wanted) {
                throw new IllegalStateException(figure.id() + ": asked for " + wanted + " forks, got " + ran.size());
            }
            unsettled.clear();
            for (ForkSeries f : ran) {
                (rule.fork(f.scores()).converged() ? settled : unsettled).add(f);
            }
            if (unsettled.isEmpty() || iterations >= figure.maxIterations()) {
                break;
            }
            int more = Math.min(2 * iterations, figure.maxIterations());
            if (!mayRerun.test(unsettled.size() * more)) {
                outOfTime = true;
                break;
            }
            wanted = unsettled.size();
            iterations = more;
        }
        List<ForkSeries> all = new ArrayList<>(settled);
        all.addAll(unsettled);
        List<ForkVerdict> verdicts = all.stream().map(f -> rule.fork(f.scores())).toList();
        FigureVerdict verdict = rule.figure(verdicts);
        List<String> details = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            details.add("fork " + (i + 1) + ": " + describe(all.get(i), verdicts.get(i)));
        }
        String unit = all.isEmpty() ? "" : all.get(0).unit();
        String reason = verdict.reason() + (outOfTime ? "; no time left in the run's budget to rerun" : "");
        return new Result(figure.id(), figure.label(), verdict.value(), unit, verdict.converged(), reason,
                String.join("; ", details), load);
    }

    /** Iterations, and where steady state began: seconds of iterations and operations before it. */
    static String describe(ForkSeries fork, ForkVerdict verdict) {
        int n = fork.scores().length;
        if (!verdict.converged()) {
            return n + " it., " + verdict.reason();
        }
        long opsBefore = 0;
        for (int i = 0; i < verdict.steadyFrom(); i++) {
            opsBefore += fork.ops()[i];
        }
        if (Double.isNaN(fork.iterationSeconds())) {
            return String.format(Locale.ROOT, "%d it., steady from iteration %d", n, verdict.steadyFrom() + 1);
        }
        return String.format(Locale.ROOT, "%d it., steady from %.0f s (after %,d ops)", n,
                verdict.steadyFrom() * fork.iterationSeconds(), opsBefore);
    }
}
