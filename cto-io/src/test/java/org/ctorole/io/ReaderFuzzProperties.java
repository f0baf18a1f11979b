package org.ctorole.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;
import org.junit.jupiter.api.function.ThrowingSupplier;
import org.ctorole.model.text.PrintableText;
import org.ctorole.model.validation.InvalidProfileException;
import org.ctorole.model.validation.Problem;

/**
 * Hostile and careless input through the readers: valid profiles (YAML and JSON, northwind and
 * generated ones) and policy files, damaged by a few mutations each (byte flips, truncation,
 * duplicated and removed lines, huge scalars, deep nesting, YAML's aliases, tags and documents,
 * control and bidi characters, UTF-16, Latin-1 and broken UTF-8). Every input is either read or
 * refused with the documented exception, listing at least one problem placed in the input (or
 * naming it when it could not be read at all), printable and free of Jackson's wording; nothing
 * else may escape (no NullPointerException, no YAMLException, no OutOfMemoryError). Each read has
 * a time bound: a read that has not ended after {@link #BOUND} fails the property as a hang (a
 * quadratic path on a 3 MB scalar took minutes); it is no speed target.
 */
class ReaderFuzzProperties {

    private static final Duration BOUND = Duration.ofSeconds(10);
    private static final String NORTHWIND = read(NorthwindTest.NORTHWIND);
    private static final String POLICY = """
            # thresholds of a stricter review
            restoreTestMaxAgeDays: 30
            staleBackupFactor: 2
            lateJoinStages: [REVIEW, FEASIBILITY, IMPLEMENTATION, NEVER]
            maxHandsOnPercent: 25.5
            minOnTimeDeliveryRate: 0.9
            indicatorTarget: 3.5
            """;
    /** Jackson's and the JDK's words for what went wrong inside them. */
    private static final Pattern INTERNALS = Pattern.compile(
            "Cannot (construct|deserialize|coerce)|creator property|CoercionConfig|com\\.fasterxml|org\\.ctorole"
                    + "|org\\.yaml|java\\.lang|Exception|Source: \\(");

    /** One change to the bytes of a file; positions are taken modulo the file's length. */
    record Mutation(String kind, int at, int size, String text) {

        byte[] apply(byte[] in) {
            int n = in.length;
            int p = n == 0 ? 0 : Math.floorMod(at, n + 1);
            return switch (kind) {
                case "flip" -> {
                    byte[] out = in.clone();
                    if (n > 0) {
                        out[Math.min(p, n - 1)] ^= (byte) (1 << (size & 7));
                    }
                    yield out;
                }
                case "truncate" -> Arrays.copyOf(in, p);
                case "insert" -> splice(in, p, p, text.getBytes(StandardCharsets.UTF_8));
                case "bytes" -> splice(in, p, p, latin1(text));
                case "repeat" -> splice(in, p, p, text.repeat(size).getBytes(StandardCharsets.UTF_8));
                case "long" -> splice(in, p, p, (text.equals("\"") || text.equals("'")
                        ? text + "y".repeat(size) + text : text.repeat(size / text.length()))
                        .getBytes(StandardCharsets.UTF_8));
                case "duplicate-line", "remove-line" -> lines(in, kind.equals("duplicate-line"));
                case "utf16" -> reencode(in, text.equals("le") ? StandardCharsets.UTF_16LE
                        : StandardCharsets.UTF_16BE, text.equals("le") ? "\uFEFF" : "");
                case "latin1" -> new String(in, StandardCharsets.UTF_8).replace("a", "\u00e9")
                        .getBytes(StandardCharsets.ISO_8859_1);
                default -> throw new IllegalArgumentException(kind);
            };
        }

        private byte[] lines(byte[] in, boolean duplicate) {
            List<String> lines = new ArrayList<>(Arrays.asList(new String(in, StandardCharsets.UTF_8).split("\n", -1)));
            int line = Math.floorMod(at, lines.size());
            int count = Math.min(1 + size % 12, lines.size() - line);
            List<String> block = new ArrayList<>(lines.subList(line, line + count));
            if (duplicate) {
                lines.addAll(line + count, block);
            } else {
                lines.subList(line, line + count).clear();
            }
            return String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
        }

        private static byte[] reencode(byte[] in, java.nio.charset.Charset charset, String bom) {
            return (bom + new String(in, StandardCharsets.UTF_8)).getBytes(charset);
        }

        private static byte[] latin1(String text) {
            return text.getBytes(StandardCharsets.ISO_8859_1);
        }

        private static byte[] splice(byte[] in, int from, int to, byte[] insert) {
            ByteArrayOutputStream out = new ByteArrayOutputStream(in.length + insert.length);
            out.write(in, 0, from);
            out.write(insert, 0, insert.length);
            out.write(in, to, in.length - to);
            return out.toByteArray();
        }
    }

    @Provide
    Arbitrary<List<Mutation>> mutations() {
        Arbitrary<Integer> at = Arbitraries.integers().between(0, Integer.MAX_VALUE);
        Arbitrary<Integer> small = Arbitraries.integers().between(0, 40);
        Arbitrary<String> snippets = Arbitraries.of("&a ", "*a", "&a [1, 2]\nb: *a\n", "<<: *a\n", "---\n",
                "...\n", "? ", "!!binary ", "!!python/object/apply:os.system ", "!<tag:x> ", "%YAML 1.1\n",
                "{", "}", "[", "]", ": ", "- ", "\t", "'", "\"", "|\n", ">-\n", "#", "\\", "\"\\e]0;x\\a\\e[2J\"",
                "\u202E", "\u2066", "\u0000", "\u0007", "\u001B[2J", "\u0085", "\u2028", "\uFEFF", "\uD83D\uDE00",
                "null", "~", "yes", "0x1F", ".inf", "-.nan", "1e999", "99999999999999999999", "2026-02-30",
                "\"\\uD800\"", "{\"a\":1}", "[null]", ": :", "\n  - \n", "  ", "\r\n", "\r");
        Arbitrary<Mutation> mutation = Arbitraries.frequencyOf(
                Tuple.of(6, Combinators.combine(at, small).as((a, s) -> new Mutation("flip", a, s, ""))),
                Tuple.of(2, at.map(a -> new Mutation("truncate", a, 0, ""))),
                Tuple.of(8, Combinators.combine(at, snippets).as((a, t) -> new Mutation("insert", a, 0, t))),
                Tuple.of(2, Combinators.combine(at, Arbitraries.of("\u00e9", "\u00c3", "\u00ff\u00fe", "\u00c0\u0080",
                        "\u00ed\u00a0\u0080", "\u00f4\u0090\u0080\u0080")).as((a, t) -> new Mutation("bytes", a, 0, t))),
                Tuple.of(3, Combinators.combine(at, small).as((a, s) -> new Mutation("duplicate-line", a, s, ""))),
                Tuple.of(3, Combinators.combine(at, small).as((a, s) -> new Mutation("remove-line", a, s, ""))),
                // Huge scalars, quoted or not, and deep nesting: a quadratic scanner or a recursive reader shows here.
                Tuple.of(1, Combinators.combine(at, Arbitraries.of(100_000, 1_000_000, 3_000_000),
                        Arbitraries.of("x", "a b ", "\"", "'")).as((a, s, t) -> new Mutation("long", a, s, t))),
                Tuple.of(2, Combinators.combine(at, Arbitraries.of(50, 99, 100, 101, 5_000),
                        Arbitraries.of("[", "{a: ", "- ", "{\"a\": ", "[{"))
                        .as((a, s, t) -> new Mutation("repeat", a, s, t))),
                Tuple.of(1, Arbitraries.of("le", "be").map(t -> new Mutation("utf16", 0, 0, t))),
                Tuple.of(1, Arbitraries.just(new Mutation("latin1", 0, 0, ""))));
        return mutation.list().ofMinSize(1).ofMaxSize(4);
    }

    @Provide
    Arbitrary<Tuple.Tuple2<String, String>> profiles() {
        Arbitrary<Tuple.Tuple2<String, String>> northwind = Arbitraries.of(
                Tuple.of("northwind.yaml", NORTHWIND),
                Tuple.of("northwind.json", ProfileWriter.standard().toJson(
                        ProfileReader.standard().read(NORTHWIND, "northwind.yaml"))));
        Arbitrary<Tuple.Tuple2<String, String>> generated = Combinators.combine(ProfileArbitraries.profiles(),
                        Arbitraries.of("generated.yaml", "generated.json"))
                .as((profile, name) -> Tuple.of(name, name.endsWith(".json") ? ProfileWriter.standard().toJson(profile)
                        : ProfileWriter.standard().toYaml(profile)));
        return Arbitraries.frequencyOf(Tuple.of(2, northwind), Tuple.of(1, generated));
    }

    @Provide
    Arbitrary<String> policies() {
        return Arbitraries.of("strict.yaml", "strict.json");
    }

    @Property(tries = 300)
    void aDamagedProfileIsReadOrRefusedWithPlacedProblems(@ForAll("profiles") Tuple.Tuple2<String, String> seed,
                                                          @ForAll("mutations") List<Mutation> mutations) {
        String source = seed.get1();
        byte[] bytes = mutate(seed.get2().getBytes(StandardCharsets.UTF_8), mutations);

        checkOutcome("profile", source, mutations, () -> {
            try {
                return ProfileReader.standard().read(new ByteArrayInputStream(bytes), source);
            } catch (InvalidProfileException refused) {
                return refused.problems();
            }
        });
    }

    @Property(tries = 200)
    void aDamagedPolicyIsReadOrRefusedWithPlacedProblems(@ForAll("policies") String source,
                                                         @ForAll("mutations") List<Mutation> mutations) {
        String text = source.endsWith(".json") ? "{\"restoreTestMaxAgeDays\": 30, \"lateJoinStages\": [\"REVIEW\"],"
                + " \"maxHandsOnPercent\": 25.5, \"indicatorTarget\": 3.5}\n" : POLICY;
        byte[] bytes = mutate(text.getBytes(StandardCharsets.UTF_8), mutations);

        checkOutcome("policy", source, mutations, () -> {
            try {
                return PolicyReader.read(new ByteArrayInputStream(bytes), source);
            } catch (InvalidInputException refused) {
                return refused.problems();
            }
        });
    }

    /**
     * Runs a read within the time bound: it gives the value read, or the list of problems of the
     * documented exception, which must be well formed; any other exception fails the property.
     */
    private static void checkOutcome(String what, String source, List<Mutation> mutations,
                                     ThrowingSupplier<Object> read) {
        Object outcome = assertTimeoutPreemptively(BOUND, read,
                () -> source + " was still being read after " + BOUND + " with " + mutations);

        boolean refused = outcome instanceof List<?>;
        Statistics.label(what).collect(refused ? "refused" : "read");
        if (refused) {
            assertWellFormed(source, castProblems(outcome));
        } else {
            assertThat(outcome).isNotNull();
        }
    }

    private static byte[] mutate(byte[] bytes, List<Mutation> mutations) {
        byte[] out = bytes;
        for (Mutation m : mutations) {
            out = m.apply(out);
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    private static List<Problem> castProblems(Object outcome) {
        return (List<Problem>) outcome;
    }

    private static void assertWellFormed(String source, List<Problem> problems) {
        assertThat(problems).isNotEmpty().allSatisfy(p -> {
            assertThat(p.message()).isNotBlank();
            assertThat(PrintableText.isPrintable(p.toString())).as("printable: %s", p).isTrue();
            assertThat(INTERNALS.matcher(p.message()).find()).as("plain words: %s", p).isFalse();
            if (p.location().isPresent()) {
                assertThat(p.location().get().source()).isEqualTo(source);
                assertThat(p.location().get().line()).isPositive();
                assertThat(p.location().get().column()).isPositive();
            } else {
                // Only input that cannot be read at all (too large) is refused without a place.
                assertThat(p.message()).startsWith("cannot read '" + source + "': ");
            }
        });
    }

    private static String read(java.nio.file.Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
