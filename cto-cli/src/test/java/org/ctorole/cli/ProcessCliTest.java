package org.ctorole.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;
import static org.ctorole.cli.CliTest.NORTHWIND;
import static org.ctorole.cli.HardeningCliTest.HOSTILE;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The {@code cto} command as a process of its own, for what only a process shows: the exit code
 * the JVM ends with when a rule calls {@code System.exit} or fills the heap, and standard output
 * that is closed or a pipe nobody reads.
 */
class ProcessCliTest {
    private static final String LINE = System.lineSeparator();

    record Ended(int exit, String err) {
    }

    /** {@code java [jvmOptions] org.ctorole.cli.Main args}, with the test's class path. */
    static List<String> command(List<String> jvmOptions, String... args) {
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC"));
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", classPath, Main.class.getName()));
        command.addAll(List.of(args));
        return command;
    }

    /** Runs the process to its end (standard output discarded) and returns its exit code and stderr. */
    static Ended run(ProcessBuilder builder) throws IOException, InterruptedException {
        Process process = builder.redirectError(ProcessBuilder.Redirect.PIPE).start();
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        // A bound on a hang, not a measure of speed: the command takes a few seconds.
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("cto did not end: " + builder.command());
        }
        return new Ended(process.exitValue(), err);
    }

    static Ended cto(List<String> jvmOptions, String... args) throws IOException, InterruptedException {
        return run(new ProcessBuilder(command(jvmOptions, args)).redirectOutput(ProcessBuilder.Redirect.DISCARD));
    }

    @Test
    void aRuleCallingSystemExitCannotEndTheCommandWithItsOwnCode() throws Exception {
        Path rules = HOSTILE.resolve("exits");
        String expected = "cto: rule 'acme-exits' (" + rules.resolve("exits.drl") + ") called System.exit: a rule"
                + " may not end the command" + LINE;

        Ended onWorker = cto(List.of(), "assess", NORTHWIND.toString(), "--rules", rules.toString());
        Ended onMain = cto(List.of(), "assess", NORTHWIND.toString(), "--rules", rules.toString(), "--rule-timeout", "0");

        assertThat(onWorker.exit()).isEqualTo(Exit.INVALID);
        assertThat(onWorker.err()).isEqualTo(expected);
        assertThat(onMain.exit()).isEqualTo(Exit.INVALID);
        assertThat(onMain.err()).isEqualTo(expected);
    }

    @Test
    void aRuleThatFillsTheHeapIsTheRulesFailureNotTheHosts() throws Exception {
        Path rules = HOSTILE.resolve("fills-memory");

        Ended ended = cto(List.of("-Xmx128m"), "assess", NORTHWIND.toString(), "--rules", rules.toString());

        assertThat(ended.exit()).isEqualTo(Exit.INVALID);
        assertThat(ended.err()).isEqualTo("cto: rule 'acme-fills-memory' (" + rules.resolve("fills.drl")
                + ") failed: java.lang.OutOfMemoryError: Java heap space" + LINE);
    }

    @Test
    void theCommandsOwnExitCodeStands() throws Exception {
        Ended ended = cto(List.of(), "assess", NORTHWIND.toString(), "--fail-on", "LOW");

        assertThat(ended.exit()).isEqualTo(Exit.FINDINGS);
        assertThat(ended.err()).startsWith("cto: 26 unwaived findings at or above LOW: missing-backup:customer-crm,")
                .endsWith(", and 16 more" + LINE);
    }

    @Test
    void aClosedStandardOutputIsReportedWithItsReason() throws Exception {
        assumeThat(new File("/bin/sh")).exists();
        List<String> command = new ArrayList<>(List.of("/bin/sh", "-c", "exec \"$@\" >&-", "sh"));
        command.addAll(command(List.of(), "assess", NORTHWIND.toString()));

        Ended ended = run(new ProcessBuilder(command));

        assertThat(ended.exit()).isEqualTo(Exit.INVALID);
        assertThat(ended.err()).isEqualTo("cto: cannot write to standard output: Bad file descriptor" + LINE);
    }

    @Test
    void aPipeNobodyReadsIsReportedWithItsReason() throws Exception {
        Process process = new ProcessBuilder(command(List.of(), "assess", NORTHWIND.toString(), "-f", "html"))
                .start();
        process.getInputStream().close(); // the reader goes away before the report is written, as `| head -1` may
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(5, TimeUnit.MINUTES)).isTrue();

        assertThat(process.exitValue()).isEqualTo(Exit.INVALID);
        assertThat(err).isEqualTo("cto: cannot write to standard output: Broken pipe" + LINE);
    }
}
