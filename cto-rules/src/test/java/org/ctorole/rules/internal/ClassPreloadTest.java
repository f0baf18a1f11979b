package org.ctorole.rules.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The list {@link ClassPreloader} loads ahead is what a fresh JVM loads, outside the JDK, to build
 * the built-in assessor and assess a first profile. Measured here in a JVM of its own with
 * preloading off; run with {@code -Dctorole.writePreload=true} to write the list anew (after a
 * Drools upgrade or a change in what the first assessment touches).
 */
class ClassPreloadTest {
    private static final Path LIST = Path.of("src", "main", "resources", ClassPreloader.LIST);
    // "[0.123s][info][class,load] org.x.Y source: jar:file:/...!/" or "source: file:/.../classes/"
    private static final Pattern LOADED = Pattern.compile("\\[class,load\\] (\\S+) source: (jar:)?file:(\\S+)");

    @Test
    void theListIsWhatAFirstAssessmentLoads() throws IOException, InterruptedException {
        List<String> measured = firstAssessmentClasses();
        if (Boolean.getBoolean("ctorole.writePreload")) {
            Files.writeString(LIST, "# Written by ClassPreloadTest (-Dctorole.writePreload=true): the classes outside the"
                    + " JDK that making a profile in code, building the built-in assessor and a first assessment load,"
                    + " in order.\n"
                    + String.join("\n", measured) + "\n", StandardCharsets.UTF_8);
        }
        List<String> listed = listed();
        Set<String> seen = new LinkedHashSet<>(measured);

        // Hardly anything stale, and hardly anything missing. Not an exact match: a few classes
        // depend on timing (a JIT-triggered load, the JVM's own threads), and a class listed but not
        // needed costs only its loading.
        long stillLoaded = listed.stream().filter(seen::contains).count();
        assertThat(stillLoaded).as("listed classes the first assessment still loads, of " + listed.size()
                + " (regenerate with -Dctorole.writePreload=true)").isGreaterThanOrEqualTo(listed.size() * 98L / 100);
        long covered = measured.stream().filter(new LinkedHashSet<>(listed)::contains).count();
        assertThat(covered).as("classes of the first assessment that are listed, of " + measured.size()
                + " (regenerate with -Dctorole.writePreload=true)").isGreaterThanOrEqualTo(measured.size() * 95L / 100);
        assertThat(measured).as("the run reached the rule base").anyMatch(n -> n.startsWith("org.drools."))
                .contains(ClassPreloader.class.getName().replace("ClassPreloader", "FindingAssembler"));
    }

    @Test
    void theListNamesOnlyClassesOfTheRuntimeClasspath() throws IOException {
        for (String name : listed()) {
            assertThat(getClass().getClassLoader().getResource(name.replace('.', '/') + ".class")).as(name).isNotNull();
            assertThat(name).as("no test class in the list").doesNotEndWith("Test").doesNotContain("FirstAssessmentRun");
        }
    }

    private static List<String> listed() throws IOException {
        try (InputStream in = ClassPreloader.class.getClassLoader().getResourceAsStream(ClassPreloader.LIST)) {
            assertThat(in).as(ClassPreloader.LIST).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
        }
    }

    /** Classes loaded from jars and folders (not the JDK) between the run's markers, in order. */
    private static List<String> firstAssessmentClasses() throws IOException, InterruptedException {
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-D" + ClassPreloader.SWITCH + "=false", "-Xlog:class+load=info:stdout", "-cp", classPath,
                FirstAssessmentRun.class.getName());
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        List<String> lines = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        // A bound on a hang, not a measure of speed: the run takes a few seconds.
        assertThat(process.waitFor(5, TimeUnit.MINUTES)).isTrue();
        assertThat(process.exitValue()).as(String.join("\n", lines.subList(Math.max(0, lines.size() - 20), lines.size())))
                .isZero();
        List<String> classes = new ArrayList<>();
        boolean inside = false;
        for (String line : lines) {
            if (line.equals(FirstAssessmentRun.START)) {
                inside = true;
            } else if (line.startsWith(FirstAssessmentRun.END)) {
                assertThat(line).isEqualTo(FirstAssessmentRun.END + " 27");
                return classes;
            } else if (inside) {
                Matcher m = LOADED.matcher(line);
                // Only the runtime's own classes: not this module's tests, and no test library.
                if (m.find() && !m.group(3).contains("/test-classes/") && !m.group(3).contains("-tests.jar")) {
                    classes.add(m.group(1));
                }
            }
        }
        throw new AssertionError("the run did not finish its first assessment:\n" + String.join("\n", lines));
    }
}
