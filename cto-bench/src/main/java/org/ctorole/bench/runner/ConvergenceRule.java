package org.ctorole.bench.runner;

import java.util.List;
import java.util.Locale;

/**
 * When the iterations of a JMH fork have settled, and when forks agree on a figure.
 *
 * <p>A fork has converged when its last {@code window} iterations lie within ±{@code tolerance}
 * of their mean <em>and</em> their least-squares trend changes the score by at most
 * {@code tolerance} across the window; the second condition catches a slow, steady climb that the
 * band alone would pass (five iterations each 2.5 % faster than the last stay within ±5 % of their
 * mean, yet warm-up is plainly not over). Iterations of one fork are not independent samples (the
 * JIT compiles in phases, so they drift together), which is why the rule looks at the shape of the
 * tail rather than at a confidence interval computed as if they were.
 *
 * <p>A figure has converged when it has at least {@code minForks} forks, each converged, and each
 * fork's tail mean lies within ±{@code forkTolerance} of the mean of the fork means. Forks may
 * settle on different plateaus (the JIT inlines differently from one JVM to the next); such a
 * figure is reported as not converged rather than averaged into a number neither JVM showed.
 *
 * <pre>{@code
 * ConvergenceRule rule = ConvergenceRule.STANDARD;   // last 5 within ±5 %, forks within ±10 %
 * ForkVerdict fork = rule.fork(new double[] {4.4, 1.6, 0.61, 0.60, 0.60, 0.61, 0.60});
 * fork.converged();   // true, steady from iteration index 2
 * }</pre>
 */
public record ConvergenceRule(int window, double tolerance, double forkTolerance, int minForks) {

    /** Last 5 iterations within ±5 % of their mean and trending less than 5 %; forks within ±10 %; 2 forks. */
    public static final ConvergenceRule STANDARD = new ConvergenceRule(5, 0.05, 0.10, 2);

    public ConvergenceRule {
        if (window < 2) {
            throw new IllegalArgumentException("window: at least 2 iterations, was " + window);
        }
        if (!(tolerance > 0 && tolerance < 1) || !(forkTolerance > 0 && forkTolerance < 1)) {
            throw new IllegalArgumentException("tolerances: between 0 and 1, were " + tolerance + ", " + forkTolerance);
        }
        if (minForks < 1) {
            throw new IllegalArgumentException("minForks: at least 1, was " + minForks);
        }
    }

    /** Judges the iteration scores of one fork, in the order they were measured. */
    public ForkVerdict fork(double[] scores) {
        int n = scores.length;
        if (n < window) {
            return new ForkVerdict(false, n == 0 ? Double.NaN : mean(scores, 0, n), Double.NaN, Double.NaN, -1, n,
                    "only " + n + " iterations, " + window + " needed");
        }
        int from = n - window;
        double mean = mean(scores, from, n);
        if (!(mean > 0)) {
            return new ForkVerdict(false, mean, Double.NaN, Double.NaN, -1, n, "mean of the last iterations is " + mean);
        }
        double band = 0;
        for (int i = from; i < n; i++) {
            band = Math.max(band, Math.abs(scores[i] - mean) / mean);
        }
        double drift = slope(scores, from, n) * (window - 1) / mean;
        boolean converged = band <= tolerance && Math.abs(drift) <= tolerance;
        int steadyFrom = -1;
        String reason;
        if (converged) {
            steadyFrom = n;
            while (steadyFrom > 0 && Math.abs(scores[steadyFrom - 1] - mean) / mean <= tolerance) {
                steadyFrom--;
            }
            reason = String.format(Locale.ROOT, "last %d within ±%.1f %%, trend %+.1f %%", window, band * 100,
                    drift * 100);
        } else if (band > tolerance) {
            reason = String.format(Locale.ROOT, "last %d spread ±%.1f %% (> ±%.0f %%)", window, band * 100,
                    tolerance * 100);
        } else {
            reason = String.format(Locale.ROOT, "last %d still trending %+.1f %% (> %.0f %%)", window, drift * 100,
                    tolerance * 100);
        }
        return new ForkVerdict(converged, mean, band, drift, steadyFrom, n, reason);
    }

    /** Judges a figure from its forks' verdicts. */
    public FigureVerdict figure(List<ForkVerdict> forks) {
        if (forks.size() < minForks) {
            return new FigureVerdict(false, Double.NaN, Double.NaN,
                    forks.size() + " fork" + (forks.size() == 1 ? "" : "s") + ", " + minForks + " needed");
        }
        long unsettled = forks.stream().filter(f -> !f.converged()).count();
        double mean = forks.stream().mapToDouble(ForkVerdict::tailMean).average().orElse(Double.NaN);
        double apart = 0;
        for (ForkVerdict f : forks) {
            apart = Math.max(apart, Math.abs(f.tailMean() - mean) / mean);
        }
        if (unsettled > 0) {
            return new FigureVerdict(false, mean, apart, unsettled + " of " + forks.size() + " forks not settled");
        }
        if (!(apart <= forkTolerance)) {
            return new FigureVerdict(false, mean, apart, String.format(Locale.ROOT,
                    "forks disagree: ±%.1f %% (> ±%.0f %%)", apart * 100, forkTolerance * 100));
        }
        return new FigureVerdict(true, mean, apart, String.format(Locale.ROOT, "%d forks within ±%.1f %%",
                forks.size(), apart * 100));
    }

    private static double mean(double[] values, int from, int to) {
        double sum = 0;
        for (int i = from; i < to; i++) {
            sum += values[i];
        }
        return sum / (to - from);
    }

    /** Least-squares slope of values[from..to) against their index. */
    private static double slope(double[] values, int from, int to) {
        int n = to - from;
        double meanX = (n - 1) / 2.0;
        double meanY = mean(values, from, to);
        double num = 0;
        double den = 0;
        for (int i = 0; i < n; i++) {
            num += (i - meanX) * (values[from + i] - meanY);
            den += (i - meanX) * (i - meanX);
        }
        return num / den;
    }

    /**
     * One fork's verdict.
     *
     * @param converged  whether the tail has settled
     * @param tailMean   mean of the last {@code window} iterations (of all of them when fewer)
     * @param band       largest relative distance of a tail iteration from the tail mean
     * @param drift      relative change across the tail by its least-squares trend
     * @param steadyFrom index of the first iteration from which every one lies within the band, or -1
     * @param iterations how many iterations were judged
     * @param reason     the verdict in words
     */
    public record ForkVerdict(boolean converged, double tailMean, double band, double drift, int steadyFrom,
                              int iterations, String reason) {
    }

    /**
     * A figure's verdict.
     *
     * @param converged whether the figure may be judged against a target
     * @param value     mean of the forks' tail means
     * @param forkApart largest relative distance of a fork's tail mean from {@code value}
     * @param reason    the verdict in words
     */
    public record FigureVerdict(boolean converged, double value, double forkApart, String reason) {
    }
}
