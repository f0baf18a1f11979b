package org.ctorole.rules;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * What changed between an earlier and a later assessment, findings keyed by
 * {@code (ruleId, subject)}: the baseline mechanism behind "fail only on new findings". Like is
 * compared with like: a finding whose rule the later assessment could not judge (its section
 * omitted, the rule disabled) is not "resolved" but no longer assessed, and a score is compared
 * only where both assessments have one.
 *
 * <pre>{@code
 * AssessmentComparison c = AssessmentComparison.between(lastQuarter, today);
 * c.newFindings(); c.resolvedFindings(); c.noLongerAssessed(); c.scoreChanges();
 * }</pre>
 *
 * @param newFindings        in the later assessment only
 * @param resolvedFindings   in the earlier assessment only, their rule assessed in the later one
 * @param persistingFindings in both (as the later assessment reports them)
 * @param noLongerAssessed   in the earlier assessment only, their rule not assessed in the later one
 * @param scoreChanges       every score, earlier and later, in scorecard order
 */
@API(status = API.Status.STABLE, since = "0.1")
public record AssessmentComparison(List<Finding> newFindings, List<Finding> resolvedFindings,
                                   List<Finding> persistingFindings, List<Finding> noLongerAssessed,
                                   List<ScoreChange> scoreChanges) {

    public AssessmentComparison {
        newFindings = List.copyOf(newFindings);
        resolvedFindings = List.copyOf(resolvedFindings);
        persistingFindings = List.copyOf(persistingFindings);
        noLongerAssessed = List.copyOf(noLongerAssessed);
        scoreChanges = List.copyOf(scoreChanges);
    }

    /**
     * One score before and after.
     *
     * @param id     the score's id (area, axis, constituent, {@code OVERALL})
     * @param title  its title
     * @param before the earlier value, empty when it was not assessed
     * @param after  the later value, empty when it is not assessed
     */
    @API(status = API.Status.STABLE, since = "0.1")
    public record ScoreChange(String id, String title, OptionalDouble before, OptionalDouble after) {
        public ScoreChange {
            Objects.requireNonNull(id, "id");
            before = before == null ? OptionalDouble.empty() : before;
            after = after == null ? OptionalDouble.empty() : after;
        }

        /** Later minus earlier, to one decimal, when both were assessed. */
        public OptionalDouble delta() {
            if (before.isEmpty() || after.isEmpty()) {
                return OptionalDouble.empty();
            }
            return OptionalDouble.of(Math.round((after.getAsDouble() - before.getAsDouble()) * 10) / 10.0);
        }
    }

    public static AssessmentComparison between(Assessment earlier, Assessment later) {
        Map<String, Finding> before = new LinkedHashMap<>();
        earlier.findings().forEach(f -> before.put(f.key(), f));
        Set<String> after = new HashSet<>();
        later.findings().forEach(f -> after.add(f.key()));
        Set<String> unjudged = new HashSet<>();
        later.notAssessed().forEach(n -> unjudged.add(n.ruleId()));
        List<Finding> added = new ArrayList<>();
        List<Finding> persisting = new ArrayList<>();
        for (Finding f : later.findings()) {
            (before.containsKey(f.key()) ? persisting : added).add(f);
        }
        List<Finding> resolved = new ArrayList<>();
        List<Finding> unassessed = new ArrayList<>();
        for (Finding f : earlier.findings()) {
            if (!after.contains(f.key())) {
                (unjudged.contains(f.ruleId()) ? unassessed : resolved).add(f);
            }
        }
        List<ScoreChange> changes = new ArrayList<>();
        List<Score> old = earlier.scorecard().all();
        List<Score> now = later.scorecard().all();
        for (int i = 0; i < now.size(); i++) {
            changes.add(new ScoreChange(now.get(i).id(), now.get(i).title(), old.get(i).value(), now.get(i).value()));
        }
        return new AssessmentComparison(added, resolved, persisting, unassessed, changes);
    }

    /** Later minus earlier per score id, for the scores assessed in both. */
    public Map<String, Double> scoreDeltas() {
        Map<String, Double> deltas = new LinkedHashMap<>();
        scoreChanges.forEach(c -> c.delta().ifPresent(d -> deltas.put(c.id(), d)));
        return Collections.unmodifiableMap(deltas);
    }

    /** Whether a new, unwaived finding is at least as severe as {@code threshold}. */
    public boolean hasNewFindingAtLeast(Severity threshold) {
        return newFindings.stream().anyMatch(f -> !f.waived() && f.severity().isAtLeast(threshold));
    }
}
