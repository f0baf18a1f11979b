package org.ctorole.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's recipes for a fast first assessment: a fresh JVM started from what one earlier run
 * loaded (a class-data archive on this JDK; the AOT cache of JDK 25, where one is installed)
 * assesses northwind. The options they return make the JVM stop rather than start without the
 * archive, so a passing run used it. The speed is measured by bench.sh, not here.
 */
class StartupArchivesTest {

    @Test
    void aFreshJvmAssessesFromAClassDataArchiveOfOneRun(@TempDir Path work) throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        List<String> command = probe(work);

        List<String> launch = new ArrayList<>(List.of(java.toString()));
        launch.addAll(StartupArchives.classDataArchive(java, command, work));
        launch.addAll(command);

        assertThat(StartupArchives.run(launch)).anyMatch(l -> l.matches("ms \\d+ 27"));
    }

    @Test
    void aFreshJdk25AssessesFromTheAotCacheOfOneTrainingRun(@TempDir Path work) throws Exception {
        Optional<StartupArchives.Jdk> jdk = StartupArchives.find();
        assumeTrue(jdk.isPresent(), "no JDK " + StartupArchives.FIRST_RELEASE + " or later here");
        List<String> command = probe(work);

        List<String> launch = new ArrayList<>(List.of(jdk.get().java().toString()));
        launch.addAll(StartupArchives.aotCache(jdk.get().java(), command, work));
        launch.addAll(command);

        assertThat(StartupArchives.run(launch)).anyMatch(l -> l.matches("ms \\d+ 27"));
    }

    @Test
    void foldersOfClassesArePackedIntoJars(@TempDir Path work) throws IOException {
        Path folder = Files.createDirectories(work.resolve("classes/org/example"));
        Files.writeString(folder.resolve("A.class"), "not really a class");
        Path jar = work.resolve("lib.jar");
        Files.writeString(jar, "");

        List<Path> packed = StartupArchives.jarsOnly(List.of(work.resolve("classes"), jar, work.resolve("missing")),
                Files.createDirectories(work.resolve("out")));

        assertThat(packed).hasSize(2).contains(jar);
        try (JarFile made = new JarFile(packed.get(0).toFile())) {
            assertThat(made.getEntry("org/example/A.class")).isNotNull();
        }
    }

    /** The footprint probe's built-in use on this test's classpath, its folders packed into jars. */
    private static List<String> probe(Path work) throws IOException {
        List<Path> classpath = new ArrayList<>();
        for (String entry : System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"))
                .split(File.pathSeparator)) {
            classpath.add(Path.of(entry));
        }
        String jars = String.join(File.pathSeparator, StartupArchives.jarsOnly(classpath,
                Files.createDirectories(work.resolve("jars"))).stream().map(Path::toString).toList());
        return List.of("-cp", jars, FootprintProbe.class.getName(), "builtin");
    }
}
