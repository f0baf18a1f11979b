package org.ctorole.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's recipe for a fast first assessment on JDK 25: one training run makes an
 * ahead-of-time cache, and a fresh JVM started from it assesses northwind. Skipped where no
 * JDK 25 or later is installed; the speed is measured by bench.sh, not here.
 */
class AotCacheTest {

    @Test
    void aFreshJvmAssessesFromTheCacheOfOneTrainingRun(@TempDir Path work) throws IOException, InterruptedException {
        Optional<AotCache.Jdk> jdk = AotCache.find();
        assumeTrue(jdk.isPresent(), "no JDK " + AotCache.FIRST_RELEASE + " or later here");
        List<Path> classpath = new ArrayList<>();
        for (String entry : System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"))
                .split(File.pathSeparator)) {
            classpath.add(Path.of(entry));
        }
        String jars = String.join(File.pathSeparator, AotCache.jarsOnly(classpath, work).stream()
                .map(Path::toString).toList());
        Path cache = work.resolve("first-assessment.aot");

        List<String> training = run(jdk.get(), "-XX:AOTCacheOutput=" + cache, "-cp", jars,
                FootprintProbe.class.getName(), "builtin");
        assertThat(cache).isRegularFile();
        // AOTMode=on: the JVM stops rather than start without the cache it cannot use.
        List<String> fromCache = run(jdk.get(), "-XX:AOTCache=" + cache, "-XX:AOTMode=on", "-cp", jars,
                FootprintProbe.class.getName(), "builtin");

        assertThat(training).anyMatch(l -> l.matches("ms \\d+ 27"));
        assertThat(fromCache).anyMatch(l -> l.matches("ms \\d+ 27"));
    }

    private static List<String> run(AotCache.Jdk jdk, String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(jdk.java().toString()));
        command.addAll(Arrays.asList(arguments));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        List<String> lines = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        // A bound on a hang, not a measure of speed: each run takes a few seconds.
        assertThat(process.waitFor(5, TimeUnit.MINUTES)).isTrue();
        assertThat(process.exitValue()).as(String.join("\n", lines)).isZero();
        return lines;
    }

    @Test
    void foldersOfClassesArePackedIntoJars(@TempDir Path work) throws IOException {
        Path folder = Files.createDirectories(work.resolve("classes/org/example"));
        Files.writeString(folder.resolve("A.class"), "not really a class");
        Path jar = work.resolve("lib.jar");
        Files.writeString(jar, "");

        List<Path> packed = AotCache.jarsOnly(List.of(work.resolve("classes"), jar, work.resolve("missing")),
                Files.createDirectories(work.resolve("out")));

        assertThat(packed).hasSize(2).contains(jar);
        try (java.util.jar.JarFile made = new java.util.jar.JarFile(packed.get(0).toFile())) {
            assertThat(made.getEntry("org/example/A.class")).isNotNull();
        }
    }
}
