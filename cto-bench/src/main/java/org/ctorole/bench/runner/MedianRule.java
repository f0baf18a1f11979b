package org.ctorole.bench.runner;

import java.util.Arrays;
import java.util.Locale;

/**
 * When the median of repeated fresh runs (whole processes, fresh JVMs) can be trusted: its
 * distribution-free confidence interval, the order statistics {@code [x(j), x(n-j+1)]} with
 * binomial coverage of at least {@code confidence}, lies within ±{@code tolerance} of the median.
 * Fresh runs, unlike the iterations of one JVM, are independent samples, so a confidence
 * interval is the right question to ask of them; the median is used because a shared machine
 * adds the occasional slow run. At least 6 runs are needed for 95 % (with 6 the interval is the
 * whole range), 9 before an extreme run may fall outside it.
 *
 * <pre>{@code
 * Stability s = MedianRule.STANDARD.judge(new double[] {0.61, 0.58, 0.60, 0.59, 0.62, 0.60, 0.60});
 * s.stable();   // true: 0.58..0.62 is within ±5 % of 0.60
 * }</pre>
 */
public record MedianRule(double confidence, double tolerance) {

    /** 95 % confidence interval of the median within ±5 % of it. */
    public static final MedianRule STANDARD = new MedianRule(0.95, 0.05);

    public MedianRule {
        if (!(confidence > 0 && confidence < 1) || !(tolerance > 0 && tolerance < 1)) {
            throw new IllegalArgumentException("confidence and tolerance: between 0 and 1, were " + confidence
                    + ", " + tolerance);
        }
    }

    /** The fewest runs whose median has an interval of the required confidence. */
    public int minRuns() {
        int n = 1;
        while (rank(n) == 0) {
            n++;
        }
        return n;
    }

    /** Judges the samples (any order). */
    public Stability judge(double[] samples) {
        double[] sorted = samples.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        if (n == 0) {
            return new Stability(false, Double.NaN, Double.NaN, Double.NaN, 0, "no runs");
        }
        double median = n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
        int j = rank(n);
        if (j == 0) {
            return new Stability(false, median, sorted[0], sorted[n - 1], n,
                    n + " runs, " + minRuns() + " needed for a " + percent(confidence) + " interval");
        }
        double low = sorted[j - 1];
        double high = sorted[n - j];
        double halfWidth = Math.max(median - low, high - median) / median;
        boolean stable = halfWidth <= tolerance;
        String reason = String.format(Locale.ROOT, "%s interval of the median %s..%s, ±%.1f %%%s", percent(confidence),
                number(low), number(high), halfWidth * 100,
                stable ? "" : String.format(Locale.ROOT, " (> ±%.0f %%)", tolerance * 100));
        return new Stability(stable, median, low, high, n, reason);
    }

    /**
     * The largest j ≥ 1 such that {@code [x(j), x(n-j+1)]} covers the median with at least the
     * confidence, i.e. {@code 1 - 2 P(B ≤ j-1) ≥ confidence} for {@code B ~ Binomial(n, 1/2)};
     * 0 when not even the whole range does.
     */
    int rank(int n) {
        double below = 0; // P(B <= j - 1)
        double term = Math.pow(0.5, n); // P(B = j - 1), starting at j = 1
        int best = 0;
        for (int j = 1; j <= (n + 1) / 2; j++) {
            below += term;
            if (1 - 2 * below >= confidence - 1e-12) {
                best = j;
            } else {
                break;
            }
            term = term * (n - (j - 1)) / j; // P(B = j) from P(B = j - 1)
        }
        return best;
    }

    private static String percent(double fraction) {
        return String.format(Locale.ROOT, "%.0f %%", fraction * 100);
    }

    private static String number(double v) {
        return String.format(Locale.ROOT, Math.abs(v) >= 100 ? "%.0f" : Math.abs(v) >= 1 ? "%.2f" : "%.3f", v);
    }

    /**
     * A verdict on repeated runs.
     *
     * @param stable whether the median may be judged against a target
     * @param median the median of the runs
     * @param low    lower end of the median's confidence interval (the smallest run when there is none)
     * @param high   upper end (the largest run when there is none)
     * @param runs   how many runs
     * @param reason the verdict in words
     */
    public record Stability(boolean stable, double median, double low, double high, int runs, String reason) {
    }
}
