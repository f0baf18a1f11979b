package org.ctorole.bench.runner;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.ctorole.bench.Northwind;
import org.ctorole.bench.runner.SteadyMeasurement.ForkSeries;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.results.BenchmarkResult;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs a {@link Plan} and prints the {@link Summary}: what {@code bench.sh} calls after the build.
 * JMH runs in-process through its {@link Runner} API, so that every iteration of every fork can
 * be judged by the {@link ConvergenceRule}; fresh-JVM probes and CLI commands run as child
 * processes. Raw output (JMH logs and JSON per figure and round, samples) goes to {@code --out}.
 *
 * <pre>
 * java -cp cto-bench/target/benchmarks.jar org.ctorole.bench.runner.BenchRunner [--root DIR] [--out DIR]
 *      [--only ID,ID...] [--budget-minutes 20] [--strict] [--list]
 * </pre>
 * {@code --budget-minutes}: a rerun of unsettled forks, or a fresh run beyond the first 7, starts
 * only when it and the first rounds of the figures still to come can end within this many minutes
 * of the start (so a busy machine cannot stretch the run without end); {@code --strict}
 * exits with 1 when a target is not met or cannot be judged; {@code --list} prints the figures' ids
 * and exits.
 */
public final class BenchRunner {
    private static final String PACKAGE = "org.ctorole.bench.";
    /** How long to wait for another JMH run on the machine (JMH allows one at a time) before giving up. */
    private static final long LOCK_WAIT_NANOS = TimeUnit.MINUTES.toNanos(20);
    /** Reruns and extra fresh runs start only while the whole run can still end within this. */
    private static final long DEFAULT_BUDGET_MINUTES = 20;
    /** A JMH fork's own start: JVM, set-up (a 10,000-person profile, the rule base), tear-down. */
    private static final int FORK_OVERHEAD_SECONDS = 5;
    /** The first 7 rounds of fresh JVMs and CLI runs on a busy machine. */
    private static final int FRESH_RESERVE_SECONDS = 90;
    private static final int MIN_RUNS = 7;
    private static final int MAX_RUNS = 15;

    private final Path root;
    private final Path out;
    private final PrintStream progress;
    private final ConvergenceRule rule = ConvergenceRule.STANDARD;
    private final MedianRule medianRule = MedianRule.STANDARD;
    private final Machine machine = Machine.current();
    private final double loadStart = Machine.load();
    private final long start = System.nanoTime();

    private final long budgetSeconds;

    private BenchRunner(Path root, Path out, long budgetMinutes, PrintStream progress) {
        this.root = root;
        this.out = out;
        this.budgetSeconds = TimeUnit.MINUTES.toSeconds(budgetMinutes);
        this.progress = progress;
    }

    public static void main(String[] args) throws Exception {
        Path root = Path.of(".");
        Path out = null;
        Set<String> only = null;
        boolean strict = false;
        long budget = DEFAULT_BUDGET_MINUTES;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--root" -> root = Path.of(value(args, ++i, "--root"));
                case "--out" -> out = Path.of(value(args, ++i, "--out"));
                case "--only" -> only = new LinkedHashSet<>(Arrays.asList(value(args, ++i, "--only").split(",")));
                case "--strict" -> strict = true;
                case "--budget-minutes" -> budget = Long.parseLong(value(args, ++i, "--budget-minutes"));
                case "--list" -> {
                    Plan.STANDARD.figures().forEach(f -> System.out.println(f.id() + "\t" + f.label()));
                    return;
                }
                default -> usage("unknown argument " + args[i]);
            }
        }
        root = root.toAbsolutePath().normalize();
        out = out == null ? root.resolve("cto-bench/target/bench") : out.toAbsolutePath();
        Plan plan = Plan.STANDARD;
        if (only != null) {
            try {
                plan = plan.only(only);
            } catch (IllegalArgumentException e) {
                usage(e.getMessage());
            }
        }
        Files.createDirectories(out);
        BenchRunner runner = new BenchRunner(root, out, budget, System.err);
        List<Result> results = runner.measure(plan);
        List<String> summary = runner.summary(results, plan);
        summary.forEach(System.out::println);
        Files.write(out.resolve("summary.txt"), summary, StandardCharsets.UTF_8);
        System.exit(strict && !Summary.allMet(results, plan.targets()) ? 1 : 0);
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length) {
            usage(option + " needs a value");
        }
        return args[i];
    }

    private static void usage(String problem) {
        System.err.println("bench: " + problem);
        System.err.println("usage: BenchRunner [--root DIR] [--out DIR] [--only ID,ID...] [--budget-minutes N] "
                + "[--strict] [--list]");
        System.exit(2);
    }

    private List<Result> measure(Plan plan) throws Exception {
        progress.println("bench: " + machine + "; load average " + loadStart);
        Map<String, Result> results = new LinkedHashMap<>();
        List<Figure> figures = plan.figures();
        for (int i = 0; i < figures.size(); i++) {
            if (figures.get(i) instanceof Figure.Steady steady) {
                long reserved = reserved(figures.subList(i + 1, figures.size()));
                Result r = SteadyMeasurement.measure(steady, rule, this::jmh,
                        seconds -> timeLeftFor(seconds + rule.minForks() * FORK_OVERHEAD_SECONDS + reserved),
                        Machine.load());
                progress.printf(Locale.ROOT, "bench: %s = %s (%s)%n", r.id(), r.shown(),
                        r.converged() ? "converged" : "NOT converged: " + r.convergence());
                results.put(r.id(), r);
            }
        }
        results.putAll(sampled(plan.figures()));
        List<Result> ordered = new ArrayList<>();
        for (Figure f : plan.figures()) {
            ordered.add(results.get(f.id()));
        }
        return ordered;
    }

    private List<String> summary(List<Result> results, Plan plan) {
        String rules = String.format(Locale.ROOT, "a JMH figure when each of its %d or more forks' last %d iterations "
                        + "(1 s each) lie within ±%.0f %% of their mean and trend less than %.0f %% across them, and "
                        + "the forks' means lie within ±%.0f %% of each other (a fork not settled is rerun with twice "
                        + "the iterations, up to a cap per figure); a fresh-run figure when the %.0f %% confidence "
                        + "interval of its median over %d to %d runs lies within ±%.0f %% of it",
                rule.minForks(), rule.window(), rule.tolerance() * 100, rule.tolerance() * 100,
                rule.forkTolerance() * 100, medianRule.confidence() * 100, MIN_RUNS, MAX_RUNS,
                medianRule.tolerance() * 100);
        long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start);
        return Summary.lines(machine, rules, loadStart, Machine.load(), seconds, results, plan.targets());
    }

    /** Whether this many more seconds still end within the budget. */
    private boolean timeLeftFor(long seconds) {
        return TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start) + seconds <= budgetSeconds;
    }

    /** Seconds the figures still to come need at least: their first rounds and the first fresh runs. */
    private long reserved(List<Figure> later) {
        long seconds = 0;
        boolean fresh = false;
        for (Figure f : later) {
            if (f instanceof Figure.Steady s) {
                seconds += (long) rule.minForks() * (s.iterations() + FORK_OVERHEAD_SECONDS);
            } else {
                fresh = true;
            }
        }
        return seconds + (fresh ? FRESH_RESERVE_SECONDS : 0);
    }

    // ---- JMH ----

    private List<ForkSeries> jmh(Figure.Steady figure, int forks, int iterations, int round) throws Exception {
        progress.printf(Locale.ROOT, "bench: %s, round %d: %d fork%s x %d iterations of 1 s...%n", figure.id(), round,
                forks, forks == 1 ? "" : "s", iterations);
        String name = "jmh-" + figure.id() + "-" + round;
        ChainedOptionsBuilder options = new OptionsBuilder()
                .include("^" + Pattern.quote(PACKAGE + figure.benchmark()) + "$")
                .forks(forks)
                .warmupIterations(0)
                .measurementIterations(iterations)
                .measurementTime(TimeValue.seconds(1))
                .shouldFailOnError(true)
                .jvmArgsPrepend("-D" + Northwind.PROPERTY + "=" + root.resolve(NORTHWIND))
                .output(out.resolve(name + ".log").toString())
                .resultFormat(ResultFormatType.JSON)
                .result(out.resolve(name + ".json").toString());
        figure.params().forEach(options::param);
        List<ForkSeries> series = new ArrayList<>();
        for (RunResult run : runWhenFree(options)) {
            for (BenchmarkResult fork : run.getBenchmarkResults()) {
                List<IterationResult> its = new ArrayList<>(fork.getIterationResults());
                double[] scores = new double[its.size()];
                long[] ops = new long[its.size()];
                for (int i = 0; i < its.size(); i++) {
                    scores[i] = its.get(i).getPrimaryResult().getScore();
                    ops[i] = its.get(i).getMetadata() == null ? 0 : its.get(i).getMetadata().getMeasuredOps();
                }
                // A single-shot iteration is one call, however long: it has no fixed length.
                double seconds = fork.getParams().getMode() == Mode.SingleShotTime ? Double.NaN
                        : fork.getParams().getMeasurement().getTime().convertTo(TimeUnit.NANOSECONDS) / 1e9;
                series.add(new ForkSeries(scores, ops, seconds, fork.getScoreUnit()));
            }
        }
        return series;
    }

    private static final String NORTHWIND = "cto-examples/profiles/northwind.yaml";

    /** Runs JMH, waiting while another JMH run on the machine holds JMH's lock (they would disturb each other). */
    private Collection<RunResult> runWhenFree(ChainedOptionsBuilder options) throws RunnerException,
            InterruptedException {
        long deadline = System.nanoTime() + LOCK_WAIT_NANOS;
        boolean told = false;
        while (true) {
            try {
                return new Runner(options.build()).run();
            } catch (RunnerException e) {
                if (!String.valueOf(e.getMessage()).contains("JMH lock") || System.nanoTime() > deadline) {
                    throw e;
                }
                if (!told) {
                    progress.println("bench: another JMH run holds JMH's lock on this machine; waiting (at most "
                            + TimeUnit.NANOSECONDS.toMinutes(LOCK_WAIT_NANOS) + " min)...");
                    told = true;
                }
                Thread.sleep(5_000);
            }
        }
    }

    // ---- fresh JVMs and processes ----

    private Map<String, Result> sampled(List<Figure> figures) throws Exception {
        Map<String, SampleMeasurement.Sampler> samplers = new LinkedHashMap<>();
        Map<String, String> units = new LinkedHashMap<>();
        for (Figure f : figures) {
            if (f instanceof Figure.Fresh fresh) {
                samplers.computeIfAbsent(fresh.probe(), probe -> () -> probe(probe, units));
            } else if (f instanceof Figure.Process process) {
                samplers.put(process.id(), () -> Map.of("wall", wallSeconds(process.command())));
                units.put(process.id() + "/wall", "s");
            }
        }
        if (samplers.isEmpty()) {
            return Map.of();
        }
        progress.printf(Locale.ROOT, "bench: fresh JVMs and processes (%s), %d to %d runs each...%n",
                String.join(", ", samplers.keySet()), MIN_RUNS, MAX_RUNS);
        double load = Machine.load();
        Map<String, Map<String, double[]>> samples =
                SampleMeasurement.run(samplers, medianRule, Math.max(MIN_RUNS, medianRule.minRuns()), MAX_RUNS,
                        () -> timeLeftFor(0));
        writeSamples(samples, units);
        Map<String, Result> results = new LinkedHashMap<>();
        for (Figure f : figures) {
            String sampler;
            String key;
            if (f instanceof Figure.Fresh fresh) {
                sampler = fresh.probe();
                key = fresh.key();
            } else if (f instanceof Figure.Process) {
                sampler = f.id();
                key = "wall";
            } else {
                continue;
            }
            double[] values = samples.get(sampler).get(key);
            if (values == null) {
                throw new IllegalStateException(sampler + " printed no '" + key + "' (it printed "
                        + samples.get(sampler).keySet() + ")");
            }
            Result r = SampleMeasurement.result(f, values, units.get(sampler + "/" + key), medianRule, load);
            progress.printf(Locale.ROOT, "bench: %s = %s (%s)%n", r.id(), r.shown(),
                    r.converged() ? "converged" : "NOT converged: " + r.convergence());
            results.put(f.id(), r);
        }
        return results;
    }

    /** Runs a probe main of {@code org.ctorole.bench} in a fresh JVM; it prints {@code key value unit} lines. */
    private Map<String, Double> probe(String probe, Map<String, String> units) throws IOException,
            InterruptedException {
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"),
                "-D" + Northwind.PROPERTY + "=" + root.resolve(NORTHWIND), PACKAGE + probe);
        Path stdout = out.resolve("probe-" + probe + ".out");
        run(command, stdout);
        Map<String, Double> values = new LinkedHashMap<>();
        for (String line : Files.readAllLines(stdout, StandardCharsets.UTF_8)) {
            String[] parts = line.trim().split("\\s+");
            if (parts.length == 3) {
                try {
                    values.put(parts[0], Double.parseDouble(parts[1]));
                    units.put(probe + "/" + parts[0], parts[2]);
                } catch (NumberFormatException e) {
                    // not a measurement line
                }
            }
        }
        return values;
    }

    /** Whole-process wall time of a command run from the repository root; its stdout is discarded. */
    private double wallSeconds(List<String> command) throws IOException, InterruptedException {
        List<String> resolved = new ArrayList<>(command);
        if (resolved.get(0).startsWith("./")) {
            resolved.set(0, root.resolve(resolved.get(0)).toString());
        }
        long start = System.nanoTime();
        run(resolved, null);
        return (System.nanoTime() - start) / 1e9;
    }

    private void run(List<String> command, Path stdout) throws IOException, InterruptedException {
        Path stderr = out.resolve("process.err");
        ProcessBuilder builder = new ProcessBuilder(command).directory(root.toFile())
                .redirectError(stderr.toFile())
                .redirectOutput(stdout == null ? ProcessBuilder.Redirect.DISCARD
                        : ProcessBuilder.Redirect.to(stdout.toFile()));
        int exit = builder.start().waitFor();
        if (exit != 0) {
            throw new IllegalStateException(String.join(" ", command) + " exited with " + exit + ":\n"
                    + Files.readString(stderr, StandardCharsets.UTF_8));
        }
    }

    private void writeSamples(Map<String, Map<String, double[]>> samples, Map<String, String> units)
            throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add("sampler\tkey\tunit\tvalues");
        samples.forEach((sampler, byKey) -> byKey.forEach((key, values) -> lines.add(sampler + "\t" + key + "\t"
                + units.get(sampler + "/" + key) + "\t" + Arrays.toString(values))));
        Files.write(out.resolve("samples.tsv"), lines, StandardCharsets.UTF_8);
    }
}
