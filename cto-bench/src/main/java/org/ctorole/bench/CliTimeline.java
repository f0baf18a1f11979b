package org.ctorole.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where the time of one CLI call goes, phase by phase, read from the JVM's own class-loading log
 * ({@code -Xlog:class+load:file=...:uptime}, passed through the launcher's {@code CTO_JAVA_OPTS}):
 * a phase ends when the first class of the next one loads. The phases of {@code cto assess}:
 * <ol>
 *   <li>JVM start: until the CLI's main class loads;</li>
 *   <li>command line: picocli builds the command model and parses (until {@code Inputs});</li>
 *   <li>rule base: {@code CtoAssessor} and the Drools KieBase (until the first Jackson class);</li>
 *   <li>read profile: YAML, the model, validation (until {@code FactBuilder});</li>
 *   <li>assess: facts, session, findings, scores, plan (until {@code Reports});</li>
 *   <li>report and exit: rendering, writing and the shutdown hooks (until the last class loads).</li>
 * </ol>
 * The rest of the wall time is the launcher, JVM creation before its clock starts, and teardown.
 * Classes per phase are counted, and how many came from a class-data archive. Logging itself costs
 * a few milliseconds. Medians over the runs.
 *
 * <pre>java -cp cto-bench/target/benchmarks.jar org.ctorole.bench.CliTimeline 7 ./cto assess cto-examples/profiles/northwind.yaml --format json</pre>
 */
public final class CliTimeline {
    private CliTimeline() {
    }

    /**
     * A phase: its name and the class whose loading ends it; null for the last phase, which ends
     * with the last class loaded ({@code java.lang.Shutdown} loads when the CLI registers its
     * shutdown hook, long before the end).
     */
    record Phase(String name, String endsAt) {
    }

    static final List<Phase> PHASES = List.of(
            new Phase("JVM start", "org.ctorole.cli.Main"),
            new Phase("command line (picocli)", "org.ctorole.cli.Inputs"),
            new Phase("rule base (CtoAssessor, Drools KieBase)", "com.fasterxml.jackson."),
            new Phase("read profile (YAML, validation)", "org.ctorole.rules.internal.FactBuilder"),
            new Phase("assess", "org.ctorole.io.report.Reports"),
            new Phase("report and exit", null));

    private static final Pattern LINE = Pattern.compile("\\[(\\d+\\.\\d+)s\\] (\\S+) source: (.*)");

    /**
     * One run's phases: for each phase reached, its end time (s since JVM start), classes loaded in
     * it and how many of them from a shared archive. Phases whose marker never loads (the rule base
     * for {@code --version}) are folded into the next one reached: "command line ... report and exit".
     * The last phase ends at the last class-loading line.
     */
    record Split(String phase, double end, int classes, int archived) {
    }

    static List<Split> split(List<String> log) {
        List<Split> splits = new ArrayList<>();
        int phase = 0;
        int classes = 0;
        int archived = 0;
        double last = Double.NaN;
        for (String line : log) {
            Matcher m = LINE.matcher(line);
            if (!m.matches()) {
                continue;
            }
            String name = m.group(2);
            last = Double.parseDouble(m.group(1));
            for (int p = phase; p < PHASES.size() - 1; p++) {
                String marker = PHASES.get(p).endsAt();
                if (marker.endsWith(".") ? name.startsWith(marker) : name.equals(marker)) {
                    String label = p == phase ? PHASES.get(p).name()
                            : PHASES.get(phase).name() + " ... " + PHASES.get(p).name();
                    splits.add(new Split(label, last, classes, archived));
                    classes = 0;
                    archived = 0;
                    phase = p + 1;
                    break;
                }
            }
            classes++;
            if (m.group(3).startsWith("shared objects file")) {
                archived++;
            }
        }
        if (classes > 0) {
            int lastPhase = PHASES.size() - 1;
            String label = phase == lastPhase ? PHASES.get(lastPhase).name()
                    : PHASES.get(phase).name() + " ... " + PHASES.get(lastPhase).name();
            splits.add(new Split(label, last, classes, archived));
        }
        return splits;
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 7;
        List<String> command = args.length > 1 ? Arrays.asList(args).subList(1, args.length)
                : List.of("./cto", "assess", "cto-examples/profiles/northwind.yaml", "--format", "json");
        Path log = Files.createTempFile("cto-class-load", ".log");
        Map<String, List<double[]>> byPhase = new LinkedHashMap<>();
        List<Double> walls = new ArrayList<>();
        List<Double> ends = new ArrayList<>();
        try {
            for (int run = 0; run <= runs; run++) { // run 0 is untimed: builds, archive, page cache
                ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                        .redirectError(ProcessBuilder.Redirect.INHERIT);
                builder.environment().put("CTO_JAVA_OPTS", "-Xlog:class+load:file=" + log + ":uptime");
                long start = System.nanoTime();
                int exit = builder.start().waitFor();
                double wall = (System.nanoTime() - start) / 1e9;
                if (exit != 0) {
                    throw new IllegalStateException(String.join(" ", command) + " exited with " + exit);
                }
                if (run == 0) {
                    continue;
                }
                List<Split> splits = split(Files.readAllLines(log, StandardCharsets.UTF_8));
                double previous = 0;
                for (Split s : splits) {
                    byPhase.computeIfAbsent(s.phase(), k -> new ArrayList<>())
                            .add(new double[] {s.end() - previous, s.classes(), s.archived()});
                    previous = s.end();
                }
                walls.add(wall);
                ends.add(previous);
            }
        } finally {
            Files.deleteIfExists(log);
        }
        System.out.printf(Locale.ROOT, "%s: median of %d runs%n", String.join(" ", command), runs);
        System.out.printf(Locale.ROOT, "  %-52s %8s %8s %9s%n", "phase", "ms", "classes", "archived");
        byPhase.forEach((phase, values) -> System.out.printf(Locale.ROOT, "  %-52s %8.0f %8.0f %9.0f%n", phase,
                median(values, 0) * 1000, median(values, 1), median(values, 2)));
        double wall = median(walls);
        System.out.printf(Locale.ROOT, "  %-52s %8.0f%n", "launcher, JVM creation before its clock, teardown",
                (wall - median(ends)) * 1000);
        System.out.printf(Locale.ROOT, "  %-52s %8.0f%n", "wall (whole process)", wall * 1000);
    }

    private static double median(List<double[]> rows, int column) {
        return median(rows.stream().map(r -> r[column]).toList());
    }

    private static double median(List<Double> values) {
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        int n = sorted.length;
        return n == 0 ? Double.NaN : n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
}
