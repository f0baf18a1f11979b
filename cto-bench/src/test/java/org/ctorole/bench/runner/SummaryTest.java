package org.ctorole.bench.runner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ctorole.bench.runner.Target.Outcome;
import org.junit.jupiter.api.Test;

class SummaryTest {
    private static final Machine MACHINE = new Machine(2, "AMD EPYC", "OpenJDK 64-Bit Server VM 17.0.15", "Linux 6.1");

    private static Result result(String id, double value, String unit, boolean converged) {
        return new Result(id, id, value, unit, converged, converged ? "2 forks within ±1.0 %" : "1 of 2 forks not settled",
                "fork 1: 20 it.", 0.4);
    }

    private static final List<Result> RESULTS = List.of(
            result("northwind-rules", 0.120, "ms/op", true),
            result("northwind-baseline", 0.0061, "ms/op", true),
            result("batch", 9_000, "ops/s", false),
            result("first-1000", 180, "ms", true),
            result("cli-assess", 0.45, "s", true));

    private static final List<Target> TARGETS = List.of(
            Target.timesAtMost("northwind-rules", 15, "northwind-baseline", 1, "northwind <= 15x baseline"),
            Target.atLeast("batch", 10_000, "batch >= 10,000/s"),
            Target.timesAtMost("first-1000", 3, "northwind-rules", 1_000, "first 1,000 <= 3x steady 1,000"),
            Target.atMost("cli-assess", 0.5, "CLI <= 0.5 s"),
            Target.atMost("first-assessment", 500, "first assessment <= 0.5 s"));

    @Test
    void targetsAreJudgedOnlyOnConvergedFigures() {
        Map<String, Result> byId = Map.of("northwind-rules", RESULTS.get(0), "northwind-baseline", RESULTS.get(1),
                "batch", RESULTS.get(2), "first-1000", RESULTS.get(3), "cli-assess", RESULTS.get(4));

        assertThat(TARGETS.get(0).judge(byId)).isEqualTo(new Target.Verdict(Outcome.NOT_MET, "19.7x"));
        assertThat(TARGETS.get(1).judge(byId)).isEqualTo(new Target.Verdict(Outcome.NOT_JUDGED, "batch not converged"));
        assertThat(TARGETS.get(2).judge(byId)).isEqualTo(new Target.Verdict(Outcome.MET, "1.5x"));
        assertThat(TARGETS.get(3).judge(byId)).isEqualTo(new Target.Verdict(Outcome.MET, "0.450"));
        assertThat(TARGETS.get(4).judge(byId))
                .isEqualTo(new Target.Verdict(Outcome.NOT_MEASURED, "first-assessment not measured"));
    }

    @Test
    void theLastLineCountsTargetsMetOutOfThoseWithConvergedFigures() {
        List<String> lines = Summary.lines(MACHINE, "the rule", 0.4, 1.2, 615, RESULTS, TARGETS);

        assertThat(lines.get(1)).isEqualTo("machine: 2 cores, AMD EPYC, OpenJDK 64-Bit Server VM 17.0.15, Linux 6.1");
        assertThat(lines.get(2)).isEqualTo("load average (1 min): 0.40 at start, 1.20 at end; 10 min 15 s in all");
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("batch").contains("9,000 ops/s").contains("NO"));
        assertThat(lines).anySatisfy(l -> assertThat(l).contains("northwind <= 15x baseline").endsWith("NOT MET"));
        assertThat(lines.get(lines.size() - 1))
                .isEqualTo("targets met: 2 of 3 with converged figures (5 targets, 2 not judged)");
        assertThat(Summary.allMet(RESULTS, TARGETS)).isFalse();
        assertThat(Summary.allMet(RESULTS, TARGETS.subList(2, 4))).isTrue();
    }

    @Test
    void thePlanKnowsEveryFigureItsTargetsRead() {
        assertThat(Plan.STANDARD.targets()).hasSize(13);
        assertThat(Plan.STANDARD.figures()).extracting(Figure::id).doesNotHaveDuplicates()
                .contains("northwind-rules", "northwind-baseline", "batch", "first-1000", "cli-assess",
                        "read-yaml-10000", "read-scalar-yaml", "import-csv-100000", "import-scim-100000", "git-analysis-20000");
        assertThatThrownBy(() -> new Plan(List.of(Figure.process("a", "a", "./cto")),
                List.of(Target.atMost("b", 1, "b <= 1")))).hasMessageContaining("reads unknown figure b");
        assertThatThrownBy(() -> new Plan(List.of(Figure.process("a", "a", "./cto"), Figure.process("a", "b", "x")),
                List.of())).hasMessageContaining("figure id used twice: a");
    }

    @Test
    void onlyKeepsTheNamedFiguresAndTheTargetsTheyCover() {
        Plan plan = Plan.STANDARD.only(Set.of("northwind-rules", "northwind-baseline", "cli-version"));

        assertThat(plan.figures()).extracting(Figure::id)
                .containsExactly("northwind-rules", "northwind-baseline", "cli-version");
        assertThat(plan.targets()).extracting(Target::text).containsExactly("northwind <= 15x baseline");
        assertThatThrownBy(() -> Plan.STANDARD.only(Set.of("nothing"))).hasMessageStartingWith("no figure 'nothing'");
    }
}
