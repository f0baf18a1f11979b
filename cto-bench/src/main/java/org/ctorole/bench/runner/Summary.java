package org.ctorole.bench.runner;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.ctorole.bench.runner.Target.Outcome;
import org.ctorole.bench.runner.Target.Verdict;

/**
 * The table {@code bench.sh} prints: the machine and its load, every figure with whether it
 * converged and how it was measured, every target with its verdict, and, last, how many targets
 * were met out of how many could be judged (their figures converged).
 *
 * <pre>{@code
 * Summary.lines(machine, "rules...", 0.4, 1.9, 540, results, plan.targets()).forEach(System.out::println);
 * }</pre>
 */
public final class Summary {
    private Summary() {
    }

    public static List<String> lines(Machine machine, String rules, double loadStart, double loadEnd, long seconds,
                                     List<Result> results, List<Target> targets) {
        List<String> out = new ArrayList<>();
        out.add("ctorole benchmarks");
        out.add("machine: " + machine);
        out.add(String.format(Locale.ROOT, "load average (1 min): %s at start, %s at end; %d min %02d s in all",
                load(loadStart), load(loadEnd), seconds / 60, seconds % 60));
        out.add("converged: " + rules);
        out.add("");
        out.add(String.format(Locale.ROOT, "%-56s %16s  %-9s %5s  %s", "figure", "value", "converged", "load",
                "why / how"));
        Map<String, Result> byId = new LinkedHashMap<>();
        for (Result r : results) {
            byId.put(r.id(), r);
            out.add(String.format(Locale.ROOT, "%-56s %16s  %-9s %5s  %s", r.label(), r.shown(),
                    r.converged() ? "yes" : "NO", load(r.load()), r.convergence()));
            out.add(String.format(Locale.ROOT, "%-56s %16s  %-9s %5s  %s", "", "", "", "", r.detail()));
        }
        out.add("");
        out.add("targets (ratios to figures of this same run)");
        int met = 0;
        int judged = 0;
        int notJudged = 0;
        for (Target t : targets) {
            Verdict v = t.judge(byId);
            String outcome = switch (v.outcome()) {
                case MET -> "met";
                case NOT_MET -> "NOT MET";
                case NOT_JUDGED -> "not judged";
                case NOT_MEASURED -> "not measured";
            };
            if (judged(v.outcome())) {
                judged++;
                met += v.outcome() == Outcome.MET ? 1 : 0;
            } else {
                notJudged++;
            }
            out.add(judged(v.outcome())
                    ? String.format(Locale.ROOT, "  %-44s %12s   %s", t.text(), v.shown(), outcome)
                    : String.format(Locale.ROOT, "  %-44s %12s   %s (%s)", t.text(), "", outcome, v.shown()));
        }
        out.add("");
        out.add(String.format(Locale.ROOT, "targets met: %d of %d with converged figures (%d target%s, %d not judged)",
                met, judged, targets.size(), targets.size() == 1 ? "" : "s", notJudged));
        return out;
    }

    /** Whether every target was judged and met. */
    public static boolean allMet(List<Result> results, List<Target> targets) {
        Map<String, Result> byId = new LinkedHashMap<>();
        results.forEach(r -> byId.put(r.id(), r));
        return targets.stream().allMatch(t -> t.judge(byId).outcome() == Outcome.MET);
    }

    private static boolean judged(Outcome outcome) {
        return outcome == Outcome.MET || outcome == Outcome.NOT_MET;
    }

    private static String load(double load) {
        return Double.isNaN(load) ? "n/a" : String.format(Locale.ROOT, "%.2f", load);
    }
}
