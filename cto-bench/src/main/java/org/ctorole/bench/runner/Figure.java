package org.ctorole.bench.runner;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One number {@code bench.sh} measures: a declarative entry of a {@link Plan}, run by {@link BenchRunner}.
 * Three kinds, each with its own notion of "converged":
 * <ul>
 *   <li>{@link Steady}: a JMH benchmark at steady state, every iteration recorded and judged by
 *       the {@link ConvergenceRule}; forks not settled are rerun with twice the iterations, up to a cap;</li>
 *   <li>{@link Fresh}: a value a probe program prints in a fresh JVM (first assessment, first 1,000),
 *       one sample per JVM, judged by the {@link MedianRule};</li>
 *   <li>{@link Process}: the wall time of a whole command (the CLI), judged by the {@link MedianRule}.</li>
 * </ul>
 *
 * <pre>{@code
 * Figure.steady("read-yaml-10000", "read 10,000 people, YAML", "ReadBenchmark.people", "format=yaml", "people=10000")
 * }</pre>
 */
public sealed interface Figure {

    /** Short unique id, used by targets, {@code --only} and file names. */
    String id();

    /** What the figure is, in the summary table. */
    String label();

    /**
     * A JMH benchmark of {@code org.ctorole.bench}, {@code Class.method}, with its {@code @Param}s fixed.
     * Every iteration (1 s each) is a measurement, none is thrown away unseen: the
     * {@link ConvergenceRule} decides where warm-up ended.
     *
     * @param iterations    iterations per fork in the first round
     * @param maxIterations iterations per fork at most (a fork not settled is rerun with twice as many)
     */
    record Steady(String id, String label, String benchmark, Map<String, String> params, int iterations,
                  int maxIterations) implements Figure {
        public Steady {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(label, "label");
            if (!benchmark.matches("[A-Za-z0-9_$]+\\.[A-Za-z0-9_$]+")) {
                throw new IllegalArgumentException("benchmark: Class.method of org.ctorole.bench, was " + benchmark);
            }
            params = Map.copyOf(params);
            if (iterations < 1 || maxIterations < iterations) {
                throw new IllegalArgumentException("iterations: 1 <= " + iterations + " <= " + maxIterations);
            }
        }

        /** The same benchmark with other iteration counts. */
        public Steady iterations(int first, int max) {
            return new Steady(id, label, benchmark, params, first, max);
        }
    }

    /**
     * A value printed by {@code probe} (a main class of {@code org.ctorole.bench} printing lines
     * {@code key value unit}) run in fresh JVMs; the figure is the median over the runs. Figures
     * of the same probe share its runs.
     */
    record Fresh(String id, String label, String probe, String key) implements Figure {
        public Fresh {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(probe, "probe");
            Objects.requireNonNull(key, "key");
        }
    }

    /** Whole-process wall time, in seconds, of {@code command} run from the repository root (stdout discarded). */
    record Process(String id, String label, List<String> command) implements Figure {
        public Process {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(label, "label");
            command = List.copyOf(command);
            if (command.isEmpty()) {
                throw new IllegalArgumentException("command: empty");
            }
        }
    }

    /** A steady-state JMH figure, 20 iterations per fork at first, 40 at most; params as {@code name=value}. */
    static Steady steady(String id, String label, String benchmark, String... params) {
        Map<String, String> map = new LinkedHashMap<>();
        for (String p : params) {
            int eq = p.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("param: name=value, was " + p);
            }
            map.put(p.substring(0, eq), p.substring(eq + 1));
        }
        return new Steady(id, label, benchmark, map, 20, 40);
    }

    static Fresh fresh(String id, String label, String probe, String key) {
        return new Fresh(id, label, probe, key);
    }

    static Process process(String id, String label, String... command) {
        return new Process(id, label, List.of(command));
    }
}
