package org.ctorole.rules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apiguardian.api.API;

/**
 * What changed between an earlier and a later assessment, findings keyed by
 * {@code (ruleId, subject)}: the baseline mechanism behind "fail only on new findings".
 *
 * <pre>{@code
 * AssessmentComparison c = AssessmentComparison.between(lastQuarter, today);
 * c.newFindings(); c.resolvedFindings(); c.scoreDeltas();
 * }</pre>
 *
 * @param newFindings        in the later assessment only
 * @param resolvedFindings   in the earlier assessment only
 * @param persistingFindings in both (as the later assessment reports them)
 * @param scoreDeltas        later minus earlier, per score id (areas, axes, constituents, OVERALL)
 */
@API(status = API.Status.STABLE, since = "0.1")
public record AssessmentComparison(List<Finding> newFindings, List<Finding> resolvedFindings,
                                   List<Finding> persistingFindings, Map<String, Double> scoreDeltas) {

    public AssessmentComparison {
        newFindings = List.copyOf(newFindings);
        resolvedFindings = List.copyOf(resolvedFindings);
        persistingFindings = List.copyOf(persistingFindings);
        scoreDeltas = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(scoreDeltas));
    }

    public static AssessmentComparison between(Assessment earlier, Assessment later) {
        Map<String, Finding> before = new LinkedHashMap<>();
        earlier.findings().forEach(f -> before.put(f.key(), f));
        Map<String, Finding> after = new LinkedHashMap<>();
        later.findings().forEach(f -> after.put(f.key(), f));
        List<Finding> added = new ArrayList<>();
        List<Finding> persisting = new ArrayList<>();
        for (Finding f : later.findings()) {
            (before.containsKey(f.key()) ? persisting : added).add(f);
        }
        List<Finding> resolved = earlier.findings().stream().filter(f -> !after.containsKey(f.key())).toList();
        Map<String, Double> deltas = new LinkedHashMap<>();
        List<Score> old = earlier.scorecard().all();
        List<Score> now = later.scorecard().all();
        for (int i = 0; i < now.size(); i++) {
            double delta = now.get(i).value() - old.get(i).value();
            deltas.put(now.get(i).id(), Math.round(delta * 10) / 10.0);
        }
        return new AssessmentComparison(added, resolved, persisting, deltas);
    }

    /** Whether a new, unwaived finding is at least as severe as {@code threshold}. */
    public boolean hasNewFindingAtLeast(Severity threshold) {
        return newFindings.stream().anyMatch(f -> !f.waived() && f.severity().isAtLeast(threshold));
    }
}
