package org.ctorole.bench.runner;

import java.util.Locale;
import java.util.Objects;

/**
 * What was measured for one {@link Figure}.
 *
 * <pre>{@code
 * new Result("cli-assess", "./cto assess northwind.yaml --format json", 0.41, "s", true,
 *         "95 % interval of the median 0.40..0.42, ±2.4 %", "9 runs", 0.3)
 * }</pre>
 *
 * @param id          the figure's id
 * @param label       the figure's label
 * @param value       the figure (NaN when nothing could be measured)
 * @param unit        its unit, as JMH prints it ({@code ms/op}, {@code ops/s}) or {@code ms}, {@code s}
 * @param converged   whether it may be judged against a target
 * @param convergence why it converged or not, in words
 * @param detail      how it was measured (forks, iterations, time to steady state, runs)
 * @param load        the machine's one-minute load average when the figure started, NaN when unknown
 */
public record Result(String id, String label, double value, String unit, boolean converged, String convergence,
                     String detail, double load) {

    public Result {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(convergence, "convergence");
        Objects.requireNonNull(detail, "detail");
    }

    /** The value with its unit, to about four significant digits. */
    public String shown() {
        return number(value) + " " + unit;
    }

    /** A number to about four significant digits, with thousands separated. */
    static String number(double v) {
        if (Double.isNaN(v)) {
            return "n/a";
        }
        double a = Math.abs(v);
        if (a >= 1000) {
            return String.format(Locale.ROOT, "%,.0f", v);
        }
        if (a >= 100) {
            return String.format(Locale.ROOT, "%.1f", v);
        }
        if (a >= 10) {
            return String.format(Locale.ROOT, "%.2f", v);
        }
        if (a >= 0.1 || a == 0) {
            return String.format(Locale.ROOT, "%.3f", v);
        }
        return String.format(Locale.ROOT, "%.3g", v);
    }
}
