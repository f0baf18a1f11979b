package org.ctorole.rules;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.apiguardian.api.API;
import org.ctorole.rules.internal.Wording;

/**
 * One way a rule can fire, with its own wording: a rule is one or more DRL rules that share an
 * id, the first named by the id alone ({@code untested-backup}), the others by the id and a
 * label ({@code untested-backup (never tested)}). When several fire for one subject, the finding
 * says each of them.
 *
 * <pre>{@code
 * RuleCondition c = RuleBook.builtIn().rule("no-deputy").orElseThrow().condition("no-deputy (other leader)").orElseThrow();
 * c.thresholds(); // [OTHER_LEADERS_NEED_DEPUTIES]: a finding it raises shows that threshold
 * }</pre>
 *
 * @param name           the DRL rule name
 * @param label          the label in parentheses, empty for the rule's own condition
 * @param severity       the severity of a finding this condition raises
 * @param message        what was found, with {@code {placeholders}} for the subject, the evidence and thresholds
 * @param recommendation what to do, with placeholders likewise
 * @param thresholds     the policy thresholds a finding it raises shows: those its DRL condition reads (its
 *                       {@code @thresholds} metadata), then those its message and recommendation name; the
 *                       named ones are added when missing
 */
@API(status = API.Status.STABLE, since = "0.1")
public record RuleCondition(String name, String label, Severity severity, String message, String recommendation,
                            List<Threshold> thresholds) {

    public RuleCondition {
        Objects.requireNonNull(name, "name");
        label = label == null ? "" : label;
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(recommendation, "recommendation");
        Set<Threshold> all = new LinkedHashSet<>(thresholds == null ? List.of() : thresholds);
        for (String text : List.of(message, recommendation)) {
            for (String placeholder : Wording.placeholders(text)) {
                Threshold.byKey(placeholder).ifPresent(all::add);
            }
        }
        thresholds = List.copyOf(all);
    }

    /** A condition that reads no threshold besides those its message and recommendation name. */
    public RuleCondition(String name, String label, Severity severity, String message, String recommendation) {
        this(name, label, severity, message, recommendation, List.of());
    }
}
