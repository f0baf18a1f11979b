package org.ctorole.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The library's footprint for three uses, each in fresh JVMs: the built-in rule pack alone
 * ({@code cto-rules}), the pack with one custom rule ({@code cto-rules-custom}, or
 * {@code cto-rules} in a build that has no such module) and the pack with YAML/JSON
 * ({@code cto-io}). For each: the jars and MiB of the runtime classpath, the median time from a
 * fresh JVM to the first northwind assessment, and for custom rules the time to build an assessor
 * with one rule (cold, in the fresh JVM, and warm, a second build in it).
 *
 * <p>Each module's runtime classpath is read from {@code target/runtime.classpath}, written by
 * the dependency plugin; run from the repository root:
 *
 * <pre>{@code
 * mvn -B -q -DskipTests package dependency:build-classpath -DincludeScope=runtime \
 *     -Dmdep.outputFile=target/runtime.classpath
 * java -cp cto-bench/target/classes org.ctorole.bench.FootprintReport [ROOT] [RUNS]
 * }</pre>
 *
 * {@code ROOT} is the repository to measure (default: the working directory), so the same report
 * measures an older checkout; {@code RUNS} fresh JVMs per use (default 7).
 */
public final class FootprintReport {
    private static final double MIB = 1024.0 * 1024.0;

    private FootprintReport() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        Path root = Path.of(args.length > 0 ? args[0] : ".").toAbsolutePath().normalize();
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 7;
        Path probe = Path.of(FootprintProbe.class.getProtectionDomain().getCodeSource().getLocation().getPath());
        Path fixture = jar(root.resolve("cto-model"), "-tests.jar");
        Path northwind = root.resolve("cto-examples/profiles/northwind.yaml");
        String customModule = Files.isDirectory(root.resolve("cto-rules-custom")) ? "cto-rules-custom" : "cto-rules";

        System.out.printf(Locale.ROOT, "%s, %d fresh JVMs per use, java %s%n", root, runs,
                System.getProperty("java.version"));
        System.out.printf(Locale.ROOT, "%-34s %5s %8s %16s %26s%n", "use", "jars", "MiB",
                "first assessment", "one custom rule built");
        // The built-in pack's first assessment, by how the JVM started: the 0.5 s target's figures.
        Map<String, Long> firsts = new LinkedHashMap<>();
        firsts.put("no archive", report("built-in pack (cto-rules)", classpath(root, "cto-rules"), probe, fixture,
                runs, "builtin"));
        // The example's one house rule; from this checkout when the measured one (an older one) has none.
        Path rule = Path.of("cto-examples/rules/house-rules.drl");
        rule = Files.isRegularFile(root.resolve(rule)) ? root.resolve(rule) : rule.toAbsolutePath();
        report("custom rules (" + customModule + ")", classpath(root, customModule), probe, fixture, runs,
                "custom", rule.toString());
        report("YAML/JSON (cto-io)", classpath(root, "cto-io"), probe, fixture, runs, "yaml",
                northwind.toString());
        archived(classpath(root, "cto-rules"), probe, fixture, runs, firsts);
        List<String> met = new ArrayList<>();
        List<String> notMet = new ArrayList<>();
        firsts.forEach((start, ms) -> (ms <= 500 ? met : notMet).add(start + " " + ms + " ms"));
        System.out.printf(Locale.ROOT, "first assessment <= 500 ms from a fresh JVM's launch: met by %s; not by %s%n",
                met.isEmpty() ? "none" : String.join(", ", met), notMet.isEmpty() ? "none" : String.join(", ", notMet));
    }

    /**
     * The built-in pack started from what one earlier run of the same probe loaded, as the README
     * tells an embedder: an application class-data archive on this JDK, then JDK 25 (when one is
     * installed, see {@link StartupArchives#find}) without and with its ahead-of-time cache. The
     * archives (tens of MB) are deleted after.
     */
    private static void archived(List<Path> runtime, Path probe, Path fixture, int runs, Map<String, Long> firsts)
            throws IOException, InterruptedException {
        Path work = Files.createTempDirectory("ctorole-archives");
        try {
            List<Path> extra = StartupArchives.jarsOnly(List.of(probe, fixture), work);
            List<String> command = probeCommand(runtime, extra, "builtin");
            Path java = Path.of(System.getProperty("java.home"), "bin", "java");
            List<String> launch = new ArrayList<>(List.of(java.toString()));
            Path cds = Files.createDirectories(work.resolve("cds"));
            launch.addAll(StartupArchives.classDataArchive(java, command, cds));
            firsts.put("class-data archive", report("built-in pack, class-data archive", runtime, extra, launch, runs,
                    "builtin"));

            Optional<StartupArchives.Jdk> jdk = StartupArchives.find();
            if (jdk.isEmpty()) {
                System.out.printf(Locale.ROOT, "built-in pack, AOT cache: no JDK %d or later found (set"
                        + " BENCH_AOT_JAVA to its java)%n", StartupArchives.FIRST_RELEASE);
                return;
            }
            String label = "built-in pack, " + jdk.get().label();
            firsts.put(jdk.get().label(), report(label, runtime, extra, List.of(jdk.get().java().toString()), runs,
                    "builtin"));
            launch = new ArrayList<>(List.of(jdk.get().java().toString()));
            launch.addAll(StartupArchives.aotCache(jdk.get().java(), command,
                    Files.createDirectories(work.resolve("aot"))));
            firsts.put(jdk.get().label() + " AOT cache", report(label + ", AOT cache", runtime, extra, launch, runs,
                    "builtin"));
        } finally {
            GeneratedHistory.deleteRecursively(work);
        }
    }

    private static long report(String use, List<Path> jars, Path probe, Path fixture, int runs, String... args)
            throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return report(use, jars, List.of(probe, fixture), List.of(java), runs, args);
    }

    /** {@code java} (with its options) runs the probe on {@code jars} and {@code extra}; the jars are measured. */
    /** Prints one line; returns the median time to the first assessment, in ms. */
    private static long report(String use, List<Path> jars, List<Path> extra, List<String> java, int runs,
                               String... args) throws IOException, InterruptedException {
        long bytes = 0;
        for (Path jar : jars) {
            bytes += Files.size(jar);
        }
        long[] firsts = new long[runs];
        long[] cold = new long[runs];
        long[] warm = new long[runs];
        for (int i = 0; i < runs; i++) {
            List<String> command = new ArrayList<>(java);
            command.addAll(probeCommand(jars, extra, args));
            long start = System.nanoTime();
            Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
            try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                    StandardCharsets.UTF_8))) {
                for (String line = out.readLine(); line != null; line = out.readLine()) {
                    if (line.startsWith("ms ")) {
                        firsts[i] = (System.nanoTime() - start) / 1_000_000;
                    } else if (line.startsWith("cold ")) {
                        cold[i] = Long.parseLong(line.split(" ")[1]);
                    } else if (line.startsWith("warm ")) {
                        warm[i] = Long.parseLong(line.split(" ")[1]);
                    }
                }
            }
            if (process.waitFor() != 0 || firsts[i] == 0) {
                throw new IllegalStateException(use + ": the probe failed (exit " + process.exitValue()
                        + "); run it by hand: " + String.join(" ", command));
            }
        }
        String custom = args[0].equals("custom")
                ? String.format(Locale.ROOT, "%d ms (warm %d ms)", median(cold), median(warm)) : "";
        System.out.printf(Locale.ROOT, "%-34s %5d %8.1f %13d ms %26s%n", use, jars.size(), bytes / MIB,
                median(firsts), custom);
        return median(firsts);
    }

    /** What follows {@code java} to run the probe on these jars: classpath, class, arguments. */
    private static List<String> probeCommand(List<Path> jars, List<Path> extra, String... args) {
        List<String> classpath = new ArrayList<>(jars.stream().map(Path::toString).toList());
        extra.forEach(p -> classpath.add(p.toString()));
        List<String> command = new ArrayList<>(List.of("-cp", String.join(java.io.File.pathSeparator, classpath),
                FootprintProbe.class.getName()));
        command.addAll(Arrays.asList(args));
        return command;
    }

    /** The module's jar, then its runtime dependencies. */
    private static List<Path> classpath(Path root, String module) throws IOException {
        Path dir = root.resolve(module);
        Path file = dir.resolve("target/runtime.classpath");
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException(file + " is missing: build it with dependency:build-classpath"
                    + " (see this class's documentation)");
        }
        List<Path> jars = new ArrayList<>();
        jars.add(jar(dir, ".jar"));
        for (String entry : Files.readString(file).trim().split(java.io.File.pathSeparator)) {
            if (!entry.isBlank()) {
                jars.add(Path.of(entry));
            }
        }
        return jars;
    }

    /** The module's own jar ending in {@code suffix}: the main jar for {@code .jar}. */
    private static Path jar(Path module, String suffix) throws IOException {
        try (Stream<Path> files = Files.list(module.resolve("target"))) {
            return files.filter(f -> {
                String name = f.getFileName().toString();
                return name.endsWith(suffix) && (!suffix.equals(".jar") || !name.matches(".*-(tests|sources|javadoc)\\.jar"));
            }).min(Comparator.naturalOrder()).orElseThrow(() -> new IllegalStateException("no *" + suffix + " in "
                    + module.resolve("target") + ": package the module first"));
        }
    }

    private static long median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
