package org.ctorole.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The two ways the README gives an embedder to start a fresh JVM from what an earlier run loaded,
 * made and used here as it says, for {@link FootprintReport} and for the test that keeps the
 * recipes working: an application class-data archive (any JDK since 10: a class list from one run,
 * then {@code -Xshare:dump}) and the ahead-of-time cache of JDK 25 and later (JEP 483, 514, 515: one
 * training run with {@code -XX:AOTCacheOutput}). Both need a classpath of jars only (the JVM
 * refuses to archive with a non-empty directory on it), so folders of classes are packed first.
 */
final class StartupArchives {
    /** The first JDK feature release whose {@code java} makes the AOT cache in one training run. */
    static final int FIRST_RELEASE = 25;
    private static final Pattern VERSION = Pattern.compile("^JAVA_VERSION=\"(\\d+)", Pattern.MULTILINE);

    private StartupArchives() {
    }

    /** A JDK's {@code java} and its feature release (0: named by {@code BENCH_AOT_JAVA}, release unknown). */
    record Jdk(Path java, int release) {
        String label() {
            return release == 0 ? java.toString() : "JDK " + release;
        }
    }

    /**
     * A JDK whose {@code java} makes AOT caches: the one {@code BENCH_AOT_JAVA} names, else this JVM's
     * if it is recent enough, else the newest such JDK under {@code /usr/lib/jvm}; empty if none.
     */
    static Optional<Jdk> find() throws IOException {
        String named = System.getenv("BENCH_AOT_JAVA");
        if (named != null && !named.isBlank()) {
            Path java = Path.of(named).toAbsolutePath();
            Path bin = java.getParent();
            return Optional.of(new Jdk(java, bin == null || bin.getParent() == null ? 0 : release(bin.getParent())));
        }
        if (Runtime.version().feature() >= FIRST_RELEASE) {
            return Optional.of(new Jdk(Path.of(System.getProperty("java.home"), "bin", "java"),
                    Runtime.version().feature()));
        }
        Path jvms = Path.of("/usr/lib/jvm");
        if (!Files.isDirectory(jvms)) {
            return Optional.empty();
        }
        Jdk best = null;
        try (DirectoryStream<Path> homes = Files.newDirectoryStream(jvms)) {
            for (Path jdk : homes) {
                int release = release(jdk);
                if (release >= FIRST_RELEASE && (best == null || release > best.release())
                        && Files.isExecutable(jdk.resolve("bin/java"))) {
                    best = new Jdk(jdk.resolve("bin/java"), release);
                }
            }
        }
        return Optional.ofNullable(best);
    }

    /** The feature release a JDK's {@code release} file names, 0 when it names none. */
    private static int release(Path jdk) throws IOException {
        Path file = jdk.resolve("release");
        if (!Files.isRegularFile(file)) {
            return 0;
        }
        Matcher m = VERSION.matcher(Files.readString(file, StandardCharsets.UTF_8));
        return m.find() ? Integer.parseInt(m.group(1)) : 0;
    }

    /**
     * Makes an application class-data archive of what {@code command} (the classpath, main class and
     * arguments that follow {@code java}) loads: a class list from one run, then the archive.
     *
     * @return the JVM options that start from it; {@code -Xshare:on} stops a JVM that cannot use it
     */
    static List<String> classDataArchive(Path java, List<String> command, Path work)
            throws IOException, InterruptedException {
        Path list = work.resolve("app.classlist");
        Path archive = work.resolve("app.jsa");
        List<String> record = new ArrayList<>(List.of(java.toString(), "-XX:DumpLoadedClassList=" + list));
        record.addAll(command);
        run(record);
        // The dump needs the classpath only: the class list says what to archive.
        run(List.of(java.toString(), "-Xshare:dump", "-XX:SharedClassListFile=" + list,
                "-XX:SharedArchiveFile=" + archive, command.get(0), command.get(1)));
        return List.of("-XX:SharedArchiveFile=" + archive, "-Xshare:on");
    }

    /**
     * Makes the AOT cache of {@code command} with a JDK that can ({@link #find}).
     *
     * @return the JVM options that start from it; {@code -XX:AOTMode=on} stops a JVM that cannot use it
     */
    static List<String> aotCache(Path java, List<String> command, Path work) throws IOException, InterruptedException {
        Path cache = work.resolve("app.aot");
        List<String> training = new ArrayList<>(List.of(java.toString(), "-XX:AOTCacheOutput=" + cache));
        training.addAll(command);
        run(training);
        return List.of("-XX:AOTCache=" + cache, "-XX:AOTMode=on");
    }

    /**
     * Runs a JVM to its end (within 10 minutes, a bound on a hang, not a measure); its output, or an
     * exception with the command and the output's last lines if it failed.
     */
    static List<String> run(List<String> command) throws IOException, InterruptedException {
        Path output = Files.createTempFile("ctorole-jvm", ".out");
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile())
                    .start();
            if (!process.waitFor(10, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new IllegalStateException("no end after 10 minutes: " + String.join(" ", command));
            }
            List<String> lines = Files.readAllLines(output, StandardCharsets.UTF_8);
            if (process.exitValue() != 0) {
                throw new IllegalStateException("exit " + process.exitValue() + " from " + String.join(" ", command)
                        + "\n" + String.join("\n", lines.subList(Math.max(0, lines.size() - 20), lines.size())));
            }
            return lines;
        } finally {
            Files.deleteIfExists(output);
        }
    }

    /**
     * The classpath with each folder of classes replaced by a jar of it, made in {@code work}.
     * Entries that do not exist are dropped, as the JVM ignores them.
     */
    static List<Path> jarsOnly(List<Path> classpath, Path work) throws IOException {
        List<Path> jars = new ArrayList<>();
        for (Path entry : classpath) {
            if (Files.isDirectory(entry)) {
                Path jar = work.resolve("folder-" + jars.size() + ".jar");
                pack(entry, jar);
                jars.add(jar);
            } else if (Files.isRegularFile(entry)) {
                jars.add(entry);
            }
        }
        return jars;
    }

    private static void pack(Path folder, Path jar) throws IOException {
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file);
             Stream<Path> files = Files.walk(folder)) {
            for (Path f : (Iterable<Path>) files.filter(Files::isRegularFile).sorted()::iterator) {
                out.putNextEntry(new JarEntry(folder.relativize(f).toString().replace('\\', '/')));
                try (InputStream in = Files.newInputStream(f)) {
                    in.transferTo(out);
                }
                out.closeEntry();
            }
        }
    }
}
