package org.ctorole.bench.runner;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * A performance target over measured figures. It is judged only when every figure it reads has
 * converged; otherwise it is "not judged", never "met" or "not met" on a number still moving.
 *
 * <pre>{@code
 * Target.timesAtMost("northwind-rules", 15, "northwind-baseline", 1, "northwind <= 15x baseline")
 * }</pre>
 */
public sealed interface Target {

    /** The figures this target reads. */
    List<String> figures();

    /** The target in words, e.g. {@code "northwind <= 15x baseline"}. */
    String text();

    /** The verdict, given the results by figure id. */
    Verdict judge(Map<String, Result> results);

    /** {@code figure <= limit} ({@code upper}) or {@code figure >= limit}, in the figure's unit. */
    record Bound(String figure, double limit, boolean upper, String text) implements Target {
        public Bound {
            Objects.requireNonNull(figure, "figure");
            Objects.requireNonNull(text, "text");
        }

        @Override
        public List<String> figures() {
            return List.of(figure);
        }

        @Override
        public Verdict judge(Map<String, Result> results) {
            return judged(this, results, values -> upper ? values[0] <= limit : values[0] >= limit,
                    values -> Result.number(values[0]));
        }
    }

    /**
     * {@code figure <= times × scale × reference}: a ratio to a figure of the same run, such as the
     * hand-written baseline ({@code scale} 1) or 1,000 steady-state assessments ({@code scale} 1,000
     * when the reference is per assessment). Both figures must be in the same unit of time.
     */
    record TimesAtMost(String figure, double times, String reference, double scale, String text) implements Target {
        public TimesAtMost {
            Objects.requireNonNull(figure, "figure");
            Objects.requireNonNull(reference, "reference");
            Objects.requireNonNull(text, "text");
            if (!(times > 0) || !(scale > 0)) {
                throw new IllegalArgumentException("times and scale: positive, were " + times + ", " + scale);
            }
        }

        @Override
        public List<String> figures() {
            return List.of(figure, reference);
        }

        @Override
        public Verdict judge(Map<String, Result> results) {
            return judged(this, results, values -> values[0] <= times * scale * values[1],
                    values -> String.format(Locale.ROOT, "%.1fx", values[0] / (scale * values[1])));
        }
    }

    static Target atMost(String figure, double limit, String text) {
        return new Bound(figure, limit, true, text);
    }

    static Target atLeast(String figure, double limit, String text) {
        return new Bound(figure, limit, false, text);
    }

    static Target timesAtMost(String figure, double times, String reference, double scale, String text) {
        return new TimesAtMost(figure, times, reference, scale, text);
    }

    /** Whether a target was met, missed, or could not be judged, and the number it was judged on. */
    enum Outcome {
        MET, NOT_MET, NOT_JUDGED, NOT_MEASURED
    }

    /**
     * A target's verdict.
     *
     * @param outcome what was decided
     * @param shown   the value judged (a figure or a ratio), or why nothing was judged
     */
    record Verdict(Outcome outcome, String shown) {
    }

    private static Verdict judged(Target target, Map<String, Result> results,
                                  java.util.function.Predicate<double[]> met,
                                  java.util.function.Function<double[], String> shown) {
        List<String> ids = target.figures();
        double[] values = new double[ids.size()];
        for (int i = 0; i < ids.size(); i++) {
            Result r = results.get(ids.get(i));
            if (r == null) {
                return new Verdict(Outcome.NOT_MEASURED, ids.get(i) + " not measured");
            }
            if (!r.converged()) {
                return new Verdict(Outcome.NOT_JUDGED, ids.get(i) + " not converged");
            }
            values[i] = r.value();
        }
        return new Verdict(met.test(values) ? Outcome.MET : Outcome.NOT_MET, shown.apply(values));
    }
}
