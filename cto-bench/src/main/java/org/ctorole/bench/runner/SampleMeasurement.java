package org.ctorole.bench.runner;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.ctorole.bench.runner.MedianRule.Stability;

/**
 * Measures figures that take one sample per fresh run (a process, a fresh JVM): each sampler is
 * run once untimed (it may build, fill the page cache or write a class-data archive), then in
 * rounds, one run of every sampler per round so that a change in the machine's load touches them
 * alike; after {@code minRuns} rounds, only samplers with a value whose median is not yet
 * {@linkplain MedianRule stable} run again, up to {@code maxRuns} and while {@code mayContinue}.
 *
 * <pre>{@code
 * Map<String, Map<String, double[]>> samples = SampleMeasurement.run(samplers, MedianRule.STANDARD, 7, 15, () -> true);
 * }</pre>
 */
public final class SampleMeasurement {
    private SampleMeasurement() {
    }

    /** One fresh run: the values it measured, by key. */
    @FunctionalInterface
    public interface Sampler {
        Map<String, Double> runOnce() throws Exception;
    }

    /**
     * Runs the samplers (by name) and returns, by sampler and key, the values of the timed runs in
     * the order they were taken.
     *
     * @throws IllegalStateException when a run misses a key an earlier run gave
     */
    public static Map<String, Map<String, double[]>> run(Map<String, Sampler> samplers, MedianRule rule, int minRuns,
                                                          int maxRuns, BooleanSupplier mayContinue) throws Exception {
        if (minRuns < 1 || maxRuns < minRuns) {
            throw new IllegalArgumentException("runs: 1 <= " + minRuns + " <= " + maxRuns);
        }
        Map<String, Map<String, List<Double>>> taken = new LinkedHashMap<>();
        for (Map.Entry<String, Sampler> e : samplers.entrySet()) {
            e.getValue().runOnce();
            taken.put(e.getKey(), new LinkedHashMap<>());
        }
        for (int round = 1; round <= maxRuns && (round <= minRuns || mayContinue.getAsBoolean()); round++) {
            boolean ran = false;
            for (Map.Entry<String, Sampler> e : samplers.entrySet()) {
                Map<String, List<Double>> values = taken.get(e.getKey());
                if (round > minRuns && values.values().stream().allMatch(v -> rule.judge(array(v)).stable())) {
                    continue;
                }
                Map<String, Double> run = e.getValue().runOnce();
                if (!run.keySet().containsAll(values.keySet())) {
                    throw new IllegalStateException(e.getKey() + ": a run gave " + run.keySet() + ", earlier runs "
                            + values.keySet());
                }
                run.forEach((key, value) -> values.computeIfAbsent(key, k -> new ArrayList<>()).add(value));
                ran = true;
            }
            if (!ran) {
                break;
            }
        }
        Map<String, Map<String, double[]>> result = new LinkedHashMap<>();
        taken.forEach((sampler, values) -> {
            Map<String, double[]> arrays = new LinkedHashMap<>();
            values.forEach((key, list) -> arrays.put(key, array(list)));
            result.put(sampler, arrays);
        });
        return result;
    }

    /** A figure of sampled values: their median, judged by the rule. */
    public static Result result(Figure figure, double[] samples, String unit, MedianRule rule, double load) {
        Stability s = rule.judge(samples);
        return new Result(figure.id(), figure.label(), s.median(), unit, s.stable(), s.reason(),
                s.runs() + " runs: " + list(samples), load);
    }

    private static String list(double[] samples) {
        List<String> shown = new ArrayList<>();
        for (double v : samples) {
            shown.add(Result.number(v));
        }
        return String.join(" ", shown);
    }

    private static double[] array(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).toArray();
    }
}
