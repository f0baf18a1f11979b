package org.ctorole.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.statistics.Statistics;
import org.ctorole.io.ProfileReader;
import org.ctorole.io.ProfileWriter;
import org.ctorole.model.text.PrintableText;
import picocli.CommandLine;

/**
 * The {@code cto} command, in process, on damaged profiles, reports and policy files and on odd
 * arguments: whatever it is given, it ends with a documented exit code for that input (0 or 1
 * when it could assess, 2 when the input or the usage is bad, never 3 (an internal error) for
 * what a user can type, and never an uncaught exception), writes a plain message to stderr (one
 * starting {@code cto: } when it refuses, no stack trace, nothing a terminal would obey), and
 * {@code validate} accepts exactly the profiles {@code assess} assesses. Each run has a time
 * bound that catches a hang; it is no speed target.
 */
class CliFuzzProperties {
    private static final Duration BOUND = Duration.ofSeconds(20);
    private static final Path DIR = temporaryFolder();
    private static final String NORTHWIND_YAML = read(CliTest.NORTHWIND);
    private static final String NORTHWIND_JSON = ProfileWriter.standard()
            .toJson(ProfileReader.standard().read(CliTest.NORTHWIND));
    private static final String REPORT = CliTest.cto("assess", CliTest.NORTHWIND.toString(), "-f", "json").out();
    private static final String POLICY = """
            restoreTestMaxAgeDays: 30
            staleBackupFactor: 2
            lateJoinStages: [REVIEW, FEASIBILITY]
            maxHandsOnPercent: 25.5
            minTruckFactor: 3
            """;

    /** One change to a text: on a line (remove, repeat, replace its value) or at an offset (insert, flip, cut). */
    record Damage(String kind, int at, String text) {

        String apply(String in) {
            List<String> lines = new ArrayList<>(Arrays.asList(in.split("\n", -1)));
            int line = Math.floorMod(at, lines.size());
            int offset = Math.floorMod(at, in.length() + 1);
            switch (kind) {
                case "remove-line" -> lines.remove(line);
                case "repeat-line" -> lines.add(line, lines.get(line));
                case "replace-value" -> {
                    String l = lines.get(line);
                    int colon = l.indexOf(": ");
                    String end = l.endsWith(",") ? "," : "";
                    lines.set(line, colon < 0 ? text : l.substring(0, colon + 2) + text + end);
                }
                case "insert" -> {
                    return in.substring(0, offset) + text + in.substring(offset);
                }
                case "flip" -> {
                    if (in.isEmpty()) {
                        return in;
                    }
                    int p = Math.min(offset, in.length() - 1);
                    return in.substring(0, p) + (char) (in.charAt(p) ^ (1 << (at & 6))) + in.substring(p + 1);
                }
                case "cut" -> {
                    return in.substring(0, offset);
                }
                default -> throw new IllegalArgumentException(kind);
            }
            return String.join("\n", lines);
        }
    }

    /** What a value may be replaced with, or inserted: wrong types, nulls, extremes, escapes, structure. */
    private static final List<String> SNIPPETS = List.of("null", "\"\"", "[]", "{}", "[null]", "-1", "0", "1e999",
            "99999999999999999999", "true", "\"\\u001b]0;x\\u0007\\u001b[2J\"", "\u001b[2J", "\u202e", "\"NO_SUCH\"",
            "\"2026-02-30\"", "\"distant-from-ceo\"", "{\"a\": 1}", "&a x", "*a", "---", "\t", "\"", "'", "{", "]",
            ",", ": ", "- ", "\n", "\\");

    @Provide
    Arbitrary<List<Damage>> damage() {
        Arbitrary<Integer> at = Arbitraries.integers().between(0, Integer.MAX_VALUE);
        Arbitrary<String> snippet = Arbitraries.of(SNIPPETS);
        Arbitrary<Damage> one = Arbitraries.frequencyOf(
                Tuple.of(3, at.map(a -> new Damage("remove-line", a, ""))),
                Tuple.of(2, at.map(a -> new Damage("repeat-line", a, ""))),
                Tuple.of(5, Combinators.combine(at, snippet).as((a, s) -> new Damage("replace-value", a, s))),
                Tuple.of(3, Combinators.combine(at, snippet).as((a, s) -> new Damage("insert", a, s))),
                Tuple.of(2, at.map(a -> new Damage("flip", a, ""))),
                Tuple.of(1, at.map(a -> new Damage("cut", a, ""))));
        return one.list().ofMinSize(1).ofMaxSize(3);
    }

    /** Options of {@code assess} that change what is printed and when it fails, not what is read. */
    @Provide
    Arbitrary<List<String>> assessOptions() {
        return Arbitraries.of(List.<String>of(), List.of("-f", "json"), List.of("-f", "csv"), List.of("-f", "html"),
                List.of("-f", "markdown"), List.of("--fail-on", "HIGH"), List.of("--redact-people"),
                List.of("--disable", "no-deputy"), List.of("--max-firings", "20"));
    }

    @Property(tries = 120)
    void aDamagedProfileIsAssessedOrRefused(@ForAll boolean json, @ForAll("damage") List<Damage> damage,
                                            @ForAll("assessOptions") List<String> options) {
        Path profile = write(json ? "org.json" : "org.yaml", apply(json ? NORTHWIND_JSON : NORTHWIND_YAML, damage));
        List<String> args = new ArrayList<>(List.of("assess", profile.toString()));
        args.addAll(options);

        Outcome assess = run(args, damage);
        Outcome validate = run(List.of("validate", profile.toString()), damage);

        assess.assertDocumented(options.contains("--fail-on") ? Set.of(0, 1, 2) : Set.of(0, 2));
        validate.assertDocumented(Set.of(0, 2));
        assess.assertNoTrace();
        validate.assertNoTrace();
        Statistics.label("profile").collect(assess.exit() == 2 ? "refused" : "assessed");
        if (!options.contains("--max-firings")) {
            assertThat(validate.exit() == 0).as("validate and assess agree on %s", damage)
                    .isEqualTo(assess.exit() != 2);
        }
    }

    @Property(tries = 120)
    void aDamagedReportIsComparedOrRefused(@ForAll("damage") List<Damage> damage, @ForAll boolean asBaseline) {
        Path good = write("old.json", REPORT);
        Path report = write("new.json", apply(REPORT, damage));

        Outcome outcome = asBaseline
                ? run(List.of("assess", CliTest.NORTHWIND.toString(), "--baseline", report.toString(), "--fail-on",
                "LOW"), damage)
                : run(List.of("diff", good.toString(), report.toString()), damage);

        outcome.assertDocumented(asBaseline ? Set.of(0, 1, 2) : Set.of(0, 2));
        outcome.assertNoTrace();
        Statistics.label("report").collect(outcome.exit() == 2 ? "refused" : "read");
    }

    @Property(tries = 60)
    void aDamagedPolicyIsAppliedOrRefused(@ForAll("damage") List<Damage> damage) {
        Path policy = write("policy.yaml", apply(POLICY, damage));

        Outcome outcome = run(List.of("assess", CliTest.NORTHWIND.toString(), "--policy", policy.toString()), damage);

        outcome.assertDocumented(Set.of(0, 2));
        outcome.assertNoTrace();
        Statistics.label("policy").collect(outcome.exit() == 2 ? "refused" : "applied");
    }

    /**
     * Arguments a user may type: commands, options, values that are wrong, empty, escaped, or name
     * odd files. An output is only ever given with a path in the test's folder (a bare word after
     * {@code -o} would be a file written where the tests run).
     */
    @Provide
    Arbitrary<List<String>> arguments() {
        Arbitrary<List<String>> word = Arbitraries.of("assess", "validate", "rules", "explain", "catalogue", "diff",
                "what-if", "init", "import", "csv", "truck-factor", "--format", "-f", "json", "pdf", "--fail-on", "LOW",
                "low", "SEVERE", "--policy", "--rules", "--disable", "--baseline", "--without", "ana",
                "--rule-timeout", "1ms", "0", "-5", "--max-firings", "1", "--debug", "--help", "--version",
                "--no-color", "--redact-people", "--", "-", "", " ", "=", "--format=", "single-point-of-knowledge",
                "\u001b]0;x\u0007", "\u202eabc", "x".repeat(300), "--\u0000", "/dev/zero", "/dev/null",
                "/nonexistent/x.yaml", CliTest.NORTHWIND.toString(), DIR.resolve("missing.json").toString(),
                DIR.toString()).map(List::of);
        Arbitrary<List<String>> output = Arbitraries.of("-o", "--output").flatMap(option -> Arbitraries.of(
                DIR.resolve("out.txt").toString(), DIR.resolve("sub/out.json").toString(), DIR.toString(), "")
                .map(path -> List.of(option, path)));
        return Arbitraries.frequencyOf(Tuple.of(9, word), Tuple.of(1, output)).list().ofMinSize(1).ofMaxSize(6)
                .map(tokens -> tokens.stream().flatMap(List::stream).toList());
    }

    @Property(tries = 250)
    void oddArgumentsGetADocumentedExitCode(@ForAll("arguments") List<String> args) {
        Outcome outcome = run(args, List.of());

        outcome.assertDocumented(Set.of(0, 1, 2));
        if (!args.contains("--debug")) {
            outcome.assertNoTrace();
        }
        Statistics.label("arguments").collect(outcome.exit());
    }

    record Outcome(List<String> args, List<Damage> damage, int exit, String out, String err) {

        /** No stack trace on stderr (only {@code --debug} prints one). */
        void assertNoTrace() {
            assertThat(err).as("no stack trace: %s with %s", args, damage).doesNotContain("\tat ");
        }

        /** The exit code is one of those allowed, and stderr is plain: a refusal says so, no trace, nothing raw. */
        void assertDocumented(Set<Integer> allowed) {
            String what = args + " with " + damage + "\nstderr: " + err;
            assertThat(exit).as("exit code of %s", what).isIn(allowed);
            assertThat(err).as("no internal error: %s", what).doesNotContain("internal error");
            // A trace's frames (--debug) are indented with a tab; what follows must be printable.
            assertThat(err.lines().map(l -> l.replaceFirst("^[\t ]+", ""))).as("printable: %s", what)
                    .allMatch(PrintableText::isPrintable);
            if (exit == Exit.INVALID) {
                assertThat(err.lines()).as("a refusal says why: %s", what).anyMatch(l -> l.startsWith("cto: "));
            }
        }
    }

    /** Runs the command in process within the time bound; stdin is empty. */
    private static Outcome run(List<String> args, List<Damage> damage) {
        return assertTimeoutPreemptively(BOUND, () -> {
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            CommandLine cl = CtoCommand.commandLine(new ByteArrayInputStream(new byte[0]));
            cl.setOut(new PrintWriter(out, true));
            cl.setErr(new PrintWriter(err, true));
            int exit = cl.execute(args.toArray(String[]::new));
            return new Outcome(args, damage, exit, out.toString(), err.toString());
        }, () -> "cto " + args + " with " + damage + " had not ended after " + BOUND);
    }

    private static String apply(String text, List<Damage> damage) {
        String out = text;
        for (Damage d : damage) {
            out = d.apply(out);
        }
        return out;
    }

    private static Path write(String name, String content) {
        try {
            return Files.writeString(DIR.resolve(name), content, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path temporaryFolder() {
        try {
            return Files.createTempDirectory("cto-cli-fuzz");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @AfterContainer
    static void removeFolder() throws IOException {
        try (Stream<Path> files = Files.walk(DIR)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
