package org.ctorole.io.report;

import java.util.Objects;
import org.apiguardian.api.API;
import org.ctorole.rules.AssessmentPolicy;
import org.ctorole.rules.CtoAssessor;
import org.ctorole.rules.RuleBook;
import org.ctorole.rules.StagePolicy;

/**
 * How to render a report.
 *
 * <pre>{@code
 * ReportOptions options = ReportOptions.plain().withColor(System.console() != null).withRules(assessor.ruleBook());
 * }</pre>
 *
 * @param color ANSI colours in the text report (set it only when writing to a terminal)
 * @param rules  the rules the findings come from, for their titles and descriptions (custom ones
 *               included); the built-in rules by default
 * @param policy the thresholds the profiles were assessed with; the defaults by default
 * @param stages the thresholds by stage (each profile is judged by its organisation's stage);
 *               {@code policy} for every stage unless an assessor's are given
 */
@API(status = API.Status.STABLE, since = "0.1")
public record ReportOptions(boolean color, RuleBook rules, AssessmentPolicy policy, StagePolicy stages) {

    public ReportOptions {
        Objects.requireNonNull(rules, "rules");
        Objects.requireNonNull(policy, "policy");
        stages = stages == null ? StagePolicy.uniform(policy) : stages;
    }

    /** Options whose policy applies at every stage. */
    public ReportOptions(boolean color, RuleBook rules, AssessmentPolicy policy) {
        this(color, rules, policy, null);
    }

    /** No colour, the built-in rules, the default policy. */
    public static ReportOptions plain() {
        return new ReportOptions(false, RuleBook.builtIn(), AssessmentPolicy.defaults());
    }

    public ReportOptions withColor(boolean value) {
        return new ReportOptions(value, rules, policy, stages);
    }

    /** The rule book the findings come from: an assessor's {@code ruleBook()}. */
    public ReportOptions withRules(RuleBook book) {
        return new ReportOptions(color, book, policy, stages);
    }

    /** The policy the profiles were assessed with: an assessor's {@code policy()}. */
    public ReportOptions withPolicy(AssessmentPolicy value) {
        return new ReportOptions(color, rules, value, null);
    }

    /** The rules and policy of the assessor that made the assessments. */
    public ReportOptions of(CtoAssessor assessor) {
        return new ReportOptions(color, assessor.ruleBook(), assessor.policy(), assessor.stagePolicy());
    }
}
