package org.ctorole.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;
import static org.ctorole.cli.CliTest.NORTHWIND;
import static org.ctorole.cli.CliTest.cto;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.RandomAccessFile;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.Callable;
import org.ctorole.cli.CliTest.Run;
import org.ctorole.io.report.AssessmentJson;
import org.ctorole.rules.CtoAssessor;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The hostile and careless inputs of issue 13 that reach the command itself: custom rules that
 * fail or loop, JVM errors, output that cannot be written or would overwrite an input, reports
 * that are devices or pipes, and terminal escapes in what the command echoes. Each case runs the
 * reproducer and asserts the exact exit code and a plain message without a stack trace.
 */
class HardeningCliTest {
    /** The DRL reproducers, one folder per case (shared with cto-rules' RuleLimitsTest). */
    static final Path HOSTILE = Path.of("../cto-rules-custom/src/test/resources/hostile");

    @TempDir
    Path tmp;

    static String northwind() throws IOException {
        return Files.readString(NORTHWIND);
    }

    static void assertOneLine(Run run) {
        assertThat(run.err()).endsWith(System.lineSeparator()).doesNotContain("\tat ");
        assertThat(run.err().lines()).hasSize(1);
    }

    @Nested
    class CustomRules {
        @Test
        void aRuleThatThrowsIsTheUsersInputNamedWithItsFile() {
            Run run = cto("assess", NORTHWIND.toString(), "--rules", HOSTILE.resolve("throws").toString());

            assertThat(run.exit()).isEqualTo(Exit.INVALID);
            assertOneLine(run);
            assertThat(run.err()).startsWith("cto: rule 'acme-throws' (" + HOSTILE.resolve("throws/throws.drl")
                    + ") failed: java.lang.IllegalStateException: no backup policy for ");
            assertThat(run.out()).isEmpty();
        }

        @Test
        void aStackOverflowInARuleIsTheRulesFailureNotExitCodeOne() {
            Run run = cto("assess", NORTHWIND.toString(), "--rules", HOSTILE.resolve("deep-recursion").toString());

            assertThat(run.exit()).isEqualTo(Exit.INVALID);
            assertOneLine(run);
            assertThat(run.err()).isEqualTo("cto: rule 'acme-deep' (" + HOSTILE.resolve("deep-recursion/deep.drl")
                    + ") failed: java.lang.StackOverflowError" + System.lineSeparator());
        }

        @Test
        void aConditionThatThrowsNamesItsRule() {
            Run run = cto("assess", NORTHWIND.toString(), "--rules", HOSTILE.resolve("bad-condition").toString());

            assertThat(run.exit()).isEqualTo(Exit.INVALID);
            assertOneLine(run);
            assertThat(run.err()).contains("rule 'acme-bad-condition'", "condition.drl",
                    "StringIndexOutOfBoundsException");
        }

        @Test
        void aBusyLoopEndsAtTheRuleTimeoutNamingTheRule() throws InterruptedException {
            try {
                Run run = cto("assess", NORTHWIND.toString(), "--rules", HOSTILE.resolve("busy-loop").toString(),
                        "--rule-timeout", "300ms");

                assertThat(run.exit()).isEqualTo(Exit.INVALID);
                assertOneLine(run);
                assertThat(run.err()).isEqualTo("cto: the rules ran longer than the time limit of 300 ms: rule"
                        + " 'acme-busy' (" + HOSTILE.resolve("busy-loop/busy.drl") + ") was running"
                        + " (--rule-timeout sets the limit)" + System.lineSeparator());
            } finally {
                releaseBusyRule();
            }
        }

        @Test
        void aSelfFeedingRuleEndsAtTheFiringLimit() {
            Run run = cto("assess", NORTHWIND.toString(), "--rules", HOSTILE.resolve("self-feeding").toString(),
                    "--max-firings", "5000");

            assertThat(run.exit()).isEqualTo(Exit.INVALID);
            assertThat(run.err()).isEqualTo("cto: the rules fired more than 5000 times (the firing limit); the last"
                    + " to fire was rule 'acme-feeds' (" + HOSTILE.resolve("self-feeding/feeds.drl") + ")"
                    + " (--max-firings sets the limit)" + System.lineSeparator());
        }

        @Test
        void theLimitsAreOnByDefaultAndCanBeLifted() {
            CommandLine.Model.CommandSpec assess = CtoCommand.commandLine().getSubcommands().get("assess")
                    .getCommandSpec();

            assertThat(assess.findOption("--rule-timeout").defaultValue()).isEqualTo("60s");
            assertThat(assess.findOption("--max-firings").defaultValue()).isEqualTo("1000000");
            assertThat(cto("assess", NORTHWIND.toString(), "--rule-timeout", "0", "--max-firings", "0").exit())
                    .isZero();
            Run bad = cto("assess", NORTHWIND.toString(), "--rule-timeout", "soon");
            assertThat(bad.exit()).isEqualTo(Exit.INVALID);
            assertThat(bad.err()).contains("'soon' is not a duration");
            assertThat(cto("assess", NORTHWIND.toString(), "--max-firings", "-1").err())
                    .contains("the firing limit must be positive");
        }

        /** Lets the busy fixture's consequence end (it watches a system property) once the test is done. */
        static void releaseBusyRule() throws InterruptedException {
            System.setProperty("acme.hostile.release", "yes");
            for (int i = 0; i < 200 && Thread.getAllStackTraces().keySet().stream()
                    .anyMatch(t -> CtoAssessor.customRuleOn(t).isPresent()); i++) {
                Thread.sleep(50);
            }
            System.clearProperty("acme.hostile.release");
        }
    }

    @Nested
    class JvmErrors {
        /** A command that throws what it is given: the JVM errors no profile can provoke on demand. */
        @Command(name = "boom")
        static final class Boom implements Callable<Integer> {
            private final Error error;

            Boom(Error error) {
                this.error = error;
            }

            @Override
            public Integer call() {
                throw error;
            }
        }

        Run runThrowing(Error error, String... args) {
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            CommandLine cl = CtoCommand.commandLine();
            cl.addSubcommand("boom", new Boom(error));
            cl.setOut(new PrintWriter(out, true));
            cl.setErr(new PrintWriter(err, true));
            return new Run(cl.execute(args), out.toString(), err.toString());
        }

        @Test
        void aStackOverflowIsAnInternalErrorOnOneLineNotTheFindingsCode() {
            Run run = runThrowing(new StackOverflowError(), "boom");

            assertThat(run.exit()).isEqualTo(Exit.INTERNAL);
            assertThat(run.err()).isEqualTo("cto: internal error: java.lang.StackOverflowError (run with --debug for"
                    + " details)" + System.lineSeparator());
        }

        @Test
        void runningOutOfMemorySaysHowToGiveMore() {
            Run run = runThrowing(new OutOfMemoryError("Java heap space"), "boom");

            assertThat(run.exit()).isEqualTo(Exit.INTERNAL);
            assertOneLine(run);
            assertThat(run.err()).isEqualTo("cto: internal error: java.lang.OutOfMemoryError: Java heap space;"
                    + " CTO_JAVA_OPTS=-Xmx4g gives the JVM more memory (run with --debug for details)"
                    + System.lineSeparator());
        }

        @Test
        void debugPrintsTheTrace() {
            Run run = runThrowing(new StackOverflowError(), "--debug", "boom");

            assertThat(run.exit()).isEqualTo(Exit.INTERNAL);
            assertThat(run.err()).startsWith("java.lang.StackOverflowError").contains("\tat org.ctorole.cli.")
                    .endsWith("cto: internal error: java.lang.StackOverflowError" + System.lineSeparator());
        }
    }

    @Nested
    class Output {
        @Test
        void anOutputNamingTheProfileIsRefusedAndTheProfileKept() throws IOException {
            Path profile = Files.writeString(tmp.resolve("org.yaml"), northwind());

            Run run = cto("assess", profile.toString(), "-o", profile.toString());

            assertThat(run.exit()).isEqualTo(Exit.INVALID);
            assertThat(run.err()).isEqualTo("cto: -o " + profile + " is an input of this command (" + profile
                    + "): it is never overwritten; write the result to another file" + System.lineSeparator());
            assertThat(Files.readString(profile)).isEqualTo(northwind());
        }

        @Test
        void anOutputNamingThePolicyOrTheBaselineByAnotherPathIsRefused() throws IOException {
            Path policy = Files.writeString(tmp.resolve("policy.yaml"), "minTruckFactor: 3\n");
            Path baseline = Files.writeString(tmp.resolve("q1.json"), cto("assess", NORTHWIND.toString(), "-f", "json")
                    .out());
            String report = Files.readString(baseline);
            Path link = Files.createSymbolicLink(tmp.resolve("link.json"), baseline);

            Run viaDots = cto("assess", NORTHWIND.toString(), "--policy", policy.toString(),
                    "-o", tmp.resolve("sub/../policy.yaml").toString());
            Run viaLink = cto("assess", NORTHWIND.toString(), "--baseline", baseline.toString(), "-f", "json",
                    "-o", link.toString());
            Run diff = cto("diff", baseline.toString(), baseline.toString(), "-o", baseline.toString());

            assertThat(viaDots.exit()).isEqualTo(Exit.INVALID);
            assertThat(viaDots.err()).contains("is an input of this command (" + policy + ")");
            assertThat(viaLink.exit()).isEqualTo(Exit.INVALID);
            assertThat(viaLink.err()).contains("is an input of this command (" + baseline + ")");
            assertThat(diff.exit()).isEqualTo(Exit.INVALID);
            assertThat(Files.readString(policy)).isEqualTo("minTruckFactor: 3\n");
            assertThat(Files.readString(baseline)).isEqualTo(report);
        }

        @Test
        void anEmptyOutputPathOrADirectoryIsRefusedPlainly() {
            Run empty = cto("assess", NORTHWIND.toString(), "-o", "");
            Run directory = cto("assess", NORTHWIND.toString(), "-o", tmp.toString());

            assertThat(empty.exit()).isEqualTo(Exit.INVALID);
            assertThat(empty.err()).isEqualTo("cto: -o '': an empty path names no file" + System.lineSeparator());
            // init writes its file itself (never over an existing one): the same answer, not an internal error.
            Run init = cto("init", "-o", "");
            assertThat(init.exit()).isEqualTo(Exit.INVALID);
            assertThat(init.err()).isEqualTo("cto: -o '': an empty path names no file" + System.lineSeparator());
            assertThat(directory.exit()).isEqualTo(Exit.INVALID);
            assertThat(directory.err()).isEqualTo("cto: cannot write " + tmp + ": it is a directory"
                    + System.lineSeparator());
        }

        @Test
        void aFullDeviceGivesTheSystemsReason() {
            assumeThat(Path.of("/dev/full")).exists();

            Run run = cto("assess", NORTHWIND.toString(), "-o", "/dev/full");

            assertThat(run.exit()).isEqualTo(Exit.INVALID);
            assertThat(run.err()).isEqualTo("cto: cannot write /dev/full: No space left on device"
                    + System.lineSeparator());
        }

        @Test
        void aReadOnlyFolderGivesTheSystemsReason() throws IOException {
            Path folder = Files.createDirectory(tmp.resolve("read-only"));
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("r-xr-xr-x"));
            try {
                assumeThat(Files.isWritable(folder)).as("not run as root, who may write anywhere").isFalse();

                Run run = cto("assess", NORTHWIND.toString(), "-f", "html", "-o", folder.resolve("r.html").toString());

                assertThat(run.exit()).isEqualTo(Exit.INVALID);
                assertThat(run.err()).isEqualTo("cto: cannot write " + folder.resolve("r.html")
                        + ": Permission denied" + System.lineSeparator());
            } finally {
                Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
            }
        }

        @Test
        void standardOutputThatFailsGivesExitTwoAndTheReasonWhateverWasFound() {
            OutputStream full = new OutputStream() {
                @Override
                public void write(int b) throws IOException {
                    throw new IOException("No space left on device");
                }
            };
            StringWriter err = new StringWriter();
            CommandLine cl = CtoCommand.commandLine();
            cl.setOut(StandardOutput.over(full, StandardCharsets.UTF_8));
            cl.setErr(new PrintWriter(err, true));

            int exit = cl.execute("assess", NORTHWIND.toString(), "--fail-on", "LOW");

            assertThat(exit).isEqualTo(Exit.INVALID);
            assertThat(err.toString()).isEqualTo("cto: cannot write to standard output: No space left on device"
                    + System.lineSeparator());
        }
    }

    @Nested
    class Reports {
        @Test
        void aDeviceIsRefusedAsAReport() {
            Run run = cto("diff", "/dev/zero", "/dev/zero");

            assertThat(run.exit()).isEqualTo(Exit.INVALID);
            assertThat(run.err()).isEqualTo("cto: cannot read '/dev/zero': it is not a regular file"
                    + " (a device, a pipe or a socket)" + System.lineSeparator());
        }

        @Test
        void aPipeIsRefusedAsABaselineWithoutWaitingForAWriter() throws Exception {
            Path fifo = tmp.resolve("baseline.json");
            assumeThat(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor()).isZero();

            Run run = cto("assess", NORTHWIND.toString(), "--baseline", fifo.toString());

            assertThat(run.exit()).isEqualTo(Exit.INVALID);
            assertThat(run.err()).contains("cannot read '" + fifo + "': it is not a regular file");
        }

        @Test
        void aReportOverTheLimitIsRefusedUnread() throws IOException {
            Path huge = tmp.resolve("huge.json");
            try (RandomAccessFile file = new RandomAccessFile(huge.toFile(), "rw")) {
                file.setLength(AssessmentJson.MAX_REPORT_BYTES + 1L); // sparse: nothing is written
            }

            Run run = cto("diff", huge.toString(), huge.toString());

            assertThat(run.exit()).isEqualTo(Exit.INVALID);
            assertThat(run.err()).contains("cannot read '" + huge + "': the file is larger than the limit of "
                    + AssessmentJson.MAX_REPORT_BYTES + " bytes");
        }

        @Test
        void aReportWhoseFindingLacksItsRuleOrIsNullIsTheFilesFault() throws IOException {
            String report = cto("assess", NORTHWIND.toString(), "-f", "json").out();
            Path noRule = Files.writeString(tmp.resolve("no-rule.json"),
                    report.replaceFirst("\"ruleId\" : \"[a-z-]+\",", ""));
            Path nullFinding = Files.writeString(tmp.resolve("null-finding.json"),
                    report.replaceFirst("\"findings\" : \\[", "\"findings\" : [ null,"));

            Run diff = cto("diff", noRule.toString(), noRule.toString());
            Run baseline = cto("assess", NORTHWIND.toString(), "--baseline", nullFinding.toString());

            assertThat(diff.exit()).isEqualTo(Exit.INVALID);
            assertThat(diff.err()).isEqualTo("cto: 1 problem in report " + noRule + ":" + System.lineSeparator()
                    + "  /findings/0/ruleId: missing required value" + System.lineSeparator());
            assertThat(baseline.exit()).isEqualTo(Exit.INVALID);
            assertThat(baseline.err()).isEqualTo("cto: 1 problem in report " + nullFinding + ":"
                    + System.lineSeparator() + "  /findings/0: expected an object, got null" + System.lineSeparator());
        }

        @Test
        void aPipeAmongTheCustomRulesIsRefused() throws Exception {
            Path rules = Files.createDirectory(tmp.resolve("rules"));
            Files.copy(HOSTILE.resolve("throws/throws.drl"), rules.resolve("a.drl"));
            assumeThat(new ProcessBuilder("mkfifo", rules.resolve("b.drl").toString()).start().waitFor()).isZero();

            Run run = cto("assess", NORTHWIND.toString(), "--rules", rules.toString());

            assertThat(run.exit()).isEqualTo(Exit.INVALID);
            assertThat(run.err()).contains("b.drl': it is not a regular file");
        }
    }

    @Nested
    class TerminalEscapes {
        static final String ESCAPES = "\u001b]0;owned\u0007\u001b[2J\u202e";

        static void assertPrintable(Run run) {
            assertThat(run.err()).doesNotContain("\u001b", "\u0007", "\u202e").contains("\\u001B]0;owned\\u0007");
        }

        @Test
        void anUnknownOptionIsEchoedEscaped() {
            Run run = cto("assess", NORTHWIND.toString(), "--x" + ESCAPES);

            assertThat(run.exit()).isEqualTo(Exit.INVALID);
            assertPrintable(run);
        }

        @Test
        void aFileNameIsEchoedEscaped() {
            Run missing = cto("assess", "missing" + ESCAPES + ".yaml");
            Run report = cto("diff", "old" + ESCAPES + ".json", "new.json");

            assertThat(missing.exit()).isEqualTo(Exit.INVALID);
            assertPrintable(missing);
            assertThat(report.exit()).isEqualTo(Exit.INVALID);
            assertPrintable(report);
        }

        @Test
        void argumentsInTheCommandsOwnMessagesAreEscaped() {
            Run whatIf = cto("what-if", NORTHWIND.toString(), "--without", "zed" + ESCAPES);
            Run explain = cto("explain", "rule" + ESCAPES);
            Run disable = cto("assess", NORTHWIND.toString(), "--disable", "rule" + ESCAPES);

            for (Run run : new Run[] {whatIf, explain, disable}) {
                assertThat(run.exit()).isEqualTo(Exit.INVALID);
                assertPrintable(run);
            }
        }

        @Test
        void aCustomRuleNameIsEchoedEscaped() throws IOException {
            Path rules = Files.createDirectory(tmp.resolve("rules"));
            Files.writeString(rules.resolve("x.drl"), "package x;\nrule \"r" + ESCAPES + "\"\nwhen\n  NoSuchFact()\n"
                    + "then\nend\n");

            Run run = cto("assess", NORTHWIND.toString(), "--rules", rules.toString());

            assertThat(run.exit()).isEqualTo(Exit.INVALID);
            assertPrintable(run);
        }
    }
}
