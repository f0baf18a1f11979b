package org.ctorole.bench.runner;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The figures {@code bench.sh} measures, in the order they run, and the targets judged on them.
 * A new figure is one entry in {@link #STANDARD}'s list (and, when it has one, its target one
 * entry in the other), e.g. for a read benchmark:
 *
 * <pre>{@code
 * Figure.steady("read-yaml-10000", "read 10,000 people, YAML", "ReadBenchmark.people", "format=yaml", "people=10000"),
 * ...
 * Target.timesAtMost("read-yaml-10000", 1.5, "read-json-10000", 1, "YAML read <= 1.5x JSON"),
 * }</pre>
 *
 * @param figures what to measure
 * @param targets what to judge; every figure a target reads is in {@code figures}
 */
public record Plan(List<Figure> figures, List<Target> targets) {

    public Plan {
        figures = List.copyOf(figures);
        targets = List.copyOf(targets);
        Set<String> ids = new HashSet<>();
        for (Figure f : figures) {
            if (!ids.add(f.id())) {
                throw new IllegalArgumentException("figure id used twice: " + f.id());
            }
        }
        for (Target t : targets) {
            for (String id : t.figures()) {
                if (!ids.contains(id)) {
                    throw new IllegalArgumentException("target '" + t.text() + "' reads unknown figure " + id);
                }
            }
        }
    }

    private static final String NORTHWIND = "cto-examples/profiles/northwind.yaml";

    /** The figures and targets of issue 17: warm, batch, fresh JVM and CLI. */
    public static final Plan STANDARD = new Plan(List.of(
            Figure.steady("northwind-rules", "northwind (11 people), rule pack", "AssessBenchmark.rules",
                    "profile=northwind"),
            Figure.steady("northwind-baseline", "northwind, hand-written baseline", "AssessBenchmark.baseline",
                    "profile=northwind").iterations(10, 20),
            Figure.steady("people-1000-rules", "1,000 people, rule pack", "AssessBenchmark.rules",
                    "profile=1000").iterations(30, 60),
            Figure.steady("people-1000-baseline", "1,000 people, baseline", "AssessBenchmark.baseline",
                    "profile=1000").iterations(10, 20),
            Figure.steady("people-10000-rules", "10,000 people, rule pack", "AssessBenchmark.rules",
                    "profile=10000"),
            Figure.steady("people-10000-baseline", "10,000 people, baseline", "AssessBenchmark.baseline",
                    "profile=10000").iterations(10, 20),
            Figure.steady("batch", "batch: one shared assessor, 2 threads", "BatchBenchmark.assess")
                    .iterations(30, 60),
            Figure.fresh("first-assessment", "fresh JVM: build assessor + first northwind assessment",
                    "FirstAssessments", "first-assessment"),
            Figure.fresh("first-1000", "fresh JVM: first 1,000 northwind assessments", "FirstAssessments",
                    "first-1000"),
            Figure.fresh("next-1000", "fresh JVM: the 1,000 after them", "FirstAssessments", "second-1000"),
            Figure.fresh("assessor-construction", "fresh JVM: CtoAssessor.withDefaultRules()", "FirstAssessments",
                    "construct"),
            Figure.process("cli-assess", "CLI: ./cto assess northwind.yaml --format json", "./cto", "assess",
                    NORTHWIND, "--format", "json"),
            Figure.process("cli-version", "CLI: ./cto --version", "./cto", "--version"),
            Figure.steady("read-yaml-1000", "read 1,000 people, YAML", "ReadBenchmark.people", "format=yaml",
                    "people=1000").iterations(10, 20),
            Figure.steady("read-json-1000", "read 1,000 people, JSON", "ReadBenchmark.people", "format=json",
                    "people=1000").iterations(10, 20),
            Figure.steady("read-yaml-10000", "read 10,000 people, YAML", "ReadBenchmark.people", "format=yaml",
                    "people=10000").iterations(10, 20),
            Figure.steady("read-json-10000", "read 10,000 people, JSON", "ReadBenchmark.people", "format=json",
                    "people=10000").iterations(10, 20),
            // Single-shot figures: each iteration is one read, import or analysis, a second or more.
            Figure.steady("read-scalar-yaml", "read a 9 MB scalar, YAML (one call)", "ReadBenchmark.longScalar",
                    "format=yaml").iterations(8, 16),
            Figure.steady("read-scalar-json", "read a 9 MB scalar, JSON (one call)", "ReadBenchmark.longScalar",
                    "format=json").iterations(8, 16),
            Figure.steady("import-csv-100000", "import a 100,000-row CSV org chart (one call)", "ImportBenchmark.csv",
                    "rows=100000").iterations(10, 20),
            Figure.steady("import-scim-100000", "import a 100,000-user SCIM export (one call)",
                    "ImportBenchmark.scim", "rows=100000").iterations(10, 20),
            Figure.steady("git-analysis-20000", "git: authorship and truck factor, 20,000 commits (one call)",
                    "GitHistoryBenchmark.analysis", "revision=at-20000").iterations(8, 16),
            Figure.steady("git-log-20000", "git log --no-merges --name-status -M, 20,000 commits (one call)",
                    "GitHistoryBenchmark.gitLogFloor", "revision=at-20000").iterations(8, 16)),
            List.of(
                    Target.timesAtMost("northwind-rules", 15, "northwind-baseline", 1, "northwind <= 15x baseline"),
                    Target.timesAtMost("people-1000-rules", 5, "people-1000-baseline", 1,
                            "1,000 people <= 5x baseline"),
                    Target.timesAtMost("people-10000-rules", 5, "people-10000-baseline", 1,
                            "10,000 people <= 5x baseline"),
                    Target.atLeast("batch", 10_000, "batch >= 10,000 assessments/s"),
                    Target.timesAtMost("first-1000", 3, "northwind-rules", 1_000,
                            "first 1,000 <= 3x steady-state 1,000"),
                    Target.atMost("first-assessment", 500, "first assessment, fresh JVM <= 0.5 s"),
                    Target.atMost("cli-assess", 0.5, "CLI cold start <= 0.5 s"),
                    Target.timesAtMost("read-yaml-1000", 1.5, "read-json-1000", 1,
                            "YAML read <= 1.5x JSON, 1,000 people"),
                    Target.timesAtMost("read-yaml-10000", 1.5, "read-json-10000", 1,
                            "YAML read <= 1.5x JSON, 10,000 people"),
                    Target.atMost("read-scalar-yaml", 3_000, "9 MB YAML scalar read < 3 s"),
                    Target.atMost("import-csv-100000", 2_000, "CSV import of 100,000 rows <= 2 s"),
                    Target.atMost("import-scim-100000", 2_000, "SCIM import of 100,000 users <= 2 s"),
                    Target.timesAtMost("git-analysis-20000", 5, "git-log-20000", 1,
                            "git analysis <= 5x git log")));

    /**
     * Only the named figures, and the targets whose every figure is among them.
     *
     * @throws IllegalArgumentException naming an id that is no figure
     */
    public Plan only(Set<String> ids) {
        Set<String> known = new LinkedHashSet<>();
        figures.forEach(f -> known.add(f.id()));
        for (String id : ids) {
            if (!known.contains(id)) {
                throw new IllegalArgumentException("no figure '" + id + "'; figures: " + String.join(", ", known));
            }
        }
        return new Plan(figures.stream().filter(f -> ids.contains(f.id())).toList(),
                targets.stream().filter(t -> ids.containsAll(t.figures())).toList());
    }
}
