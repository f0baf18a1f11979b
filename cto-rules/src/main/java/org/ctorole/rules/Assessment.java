package org.ctorole.rules;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;
import org.ctorole.model.profile.Waiver;

/**
 * The result of assessing one profile. Immutable; findings come in a deterministic order
 * (severity, ruleId, subject) that does not depend on the order of anything in the input.
 *
 * <pre>{@code
 * Assessment a = CtoAssessor.withDefaultRules().assess(profile);
 * a.findings().forEach(f -> System.out.println(f.severity() + " " + f.key() + ": " + f.message()));
 * }</pre>
 *
 * @param profile          the organisation id of the profile
 * @param assessedOn       the profile's reference date
 * @param findings         every finding, waived ones included (marked so)
 * @param notAssessed      rules that stayed silent for lack of data, by rule id
 * @param unmatchedWaivers waivers that matched no finding (the problem may be fixed: the waiver can go)
 * @param scorecard        scores per area, axis, constituent and overall; indicator readings beside them
 * @param actionPlan       the findings as steps along the integration timeline
 */
@API(status = API.Status.STABLE, since = "0.1")
public record Assessment(String profile, LocalDate assessedOn, List<Finding> findings, List<NotAssessed> notAssessed,
                         List<Waiver> unmatchedWaivers, Scorecard scorecard, ActionPlan actionPlan) {

    public Assessment {
        Objects.requireNonNull(profile, "profile");
        findings = List.copyOf(findings);
        notAssessed = List.copyOf(notAssessed);
        unmatchedWaivers = List.copyOf(unmatchedWaivers);
        Objects.requireNonNull(scorecard, "scorecard");
        Objects.requireNonNull(actionPlan, "actionPlan");
    }

    /** The finding of a rule about a subject (by id), if there is one. */
    public Optional<Finding> finding(String ruleId, String subject) {
        return findings.stream().filter(f -> f.ruleId().equals(ruleId) && f.subject().id().equals(subject)).findFirst();
    }

    /** Findings not accepted by a waiver: the ones that count. */
    public List<Finding> activeFindings() {
        return findings.stream().filter(f -> !f.waived()).toList();
    }

    /** Findings of one rule. */
    public List<Finding> findingsOf(String ruleId) {
        return findings.stream().filter(f -> f.ruleId().equals(ruleId)).toList();
    }

    /** Whether an unwaived finding is at least as severe as {@code threshold}. */
    public boolean hasActiveFindingAtLeast(Severity threshold) {
        return findings.stream().anyMatch(f -> !f.waived() && f.severity().isAtLeast(threshold));
    }
}
