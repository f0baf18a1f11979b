package org.ctorole.rules;

import java.util.Objects;
import org.apiguardian.api.API;

/**
 * One way a rule can fire, with its own wording: a rule is one or more DRL rules that share an
 * id, the first named by the id alone ({@code untested-backup}), the others by the id and a
 * label ({@code untested-backup (never tested)}). When several fire for one subject, the finding
 * says each of them.
 *
 * @param name           the DRL rule name
 * @param label          the label in parentheses, empty for the rule's own condition
 * @param severity       the severity of a finding this condition raises
 * @param message        what was found, with {@code {placeholders}} for the subject, the evidence and thresholds
 * @param recommendation what to do, with placeholders likewise
 */
@API(status = API.Status.STABLE, since = "0.1")
public record RuleCondition(String name, String label, Severity severity, String message, String recommendation) {

    public RuleCondition {
        Objects.requireNonNull(name, "name");
        label = label == null ? "" : label;
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(recommendation, "recommendation");
    }
}
